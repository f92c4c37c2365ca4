"""Nested claims (helper 2, session 4): which cues inside another claim's content are claims of
their own. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.en.test_attribution_forms import run


def cues(text: str) -> list[str]:
    return [c.cue.text for c in run(text).claims]


@pytest.mark.parametrize("text, inner", [
    ("The harbour board said the ferries would stop in May, according to the port workers' "
     "union.", "said"),
    ("According to the minutes, the auditors have said the levy breaks the charter.",
     "have said"),
    ("The mayor reports that the bridge will reopen, according to the local radio station.",
     "reports"),
])
def test_plain_report_inside_according_to_is_one_claim(text, inner):
    found = cues(text)
    assert any(c.lower() == "according to" for c in found)
    assert inner not in found


@pytest.mark.parametrize("text, inner", [
    ("The fishermen urged the council to lower the levy, according to the harbour master.",
     "urged"),
    ("According to the minutes, the mayor threatened to close the market.", "threatened"),
])
def test_speech_act_with_a_stance_inside_according_to_keeps_its_claim(text, inner):
    assert inner in cues(text)


def test_plain_report_outside_according_to_stays():
    found = cues("The harbour board said the ferries would stop in May.")
    assert found == ["said"]


@pytest.mark.parametrize("text, inner", [
    ("Mayor Ana Ruiz met the union on Monday. The union argued that the ferries stopped "
     "because she needed to defend the harbour budget.", "needed to defend"),
    ("Mayor Ana Ruiz visited the port. The clerk warned that the ballots were void if she did "
     "not confirm the count.", "did not confirm"),
    ("Mayor Ana Ruiz spoke at the port. The auditor argued that the budget was wrong when she "
     "claimed to have no records.", "claimed"),
])
def test_pronoun_cue_in_an_adverbial_clause_inside_a_report_is_no_claim(text, inner):
    found = cues(text)
    assert inner not in found
    assert len(found) == 1


@pytest.mark.parametrize("text, inner", [
    # a name after the conjunction is a new source, not the pronoun of the reported clause
    ("Mayor Ana Ruiz spoke at the port. The auditor argued that the budget was wrong after "
     "the harbour master claimed that the records were lost.", "claimed"),
    # no report around the clause: the adverbial clause's cue is the sentence's only claim
    ("Mayor Ana Ruiz closed the pier because she claimed that it was unsafe.", "claimed"),
])
def test_cue_in_an_adverbial_clause_that_stays(text, inner):
    assert inner in cues(text)


def test_paragraph_after_a_closing_colon_is_the_speakers_words():
    text = ("Mayor Ana Ruiz spoke to the harbour workers on Monday. She added:\n\n"
            "The ferries will stop in May. The auditor knows the budget is short, and the union "
            "has said it will strike.\n\n"
            "The council meets on Friday. The union said it would strike.")
    ex = run(text)
    found = [c.cue.text for c in ex.claims]
    assert found == ["added:", "said"]  # nothing inside the reported paragraph, a claim after it
    assert ex.claims[0].content.text.startswith("The ferries will stop")


@pytest.mark.parametrize("text, content", [
    ("The union urged the council to lower the levy and consider a new pier.",
     "the council to lower the levy and consider a new pier"),
    ("The auditor said the levy could hurt the port and suggest the council was careless.",
     "the levy could hurt the port and suggest the council was careless"),
])
def test_bare_verb_after_and_goes_on_with_the_content(text, content):
    (claim,) = run(text).claims
    assert claim.content.text == content


@pytest.mark.parametrize("text, second", [
    ("The union urged the council to lower the levy and warned that the pier was unsafe.",
     "warned"),
    # a plain present "say" is as bare as "warn": the two verbs share the subject
    ("Harbour workers say the levy is too high and warn that the port will close.", "warn"),
])
def test_coordinated_cue_with_the_same_form_is_a_claim_of_its_own(text, second):
    assert cues(text)[1:] == [second]


@pytest.mark.parametrize("text, content", [
    ("“The port is broke,” Ruiz said at the time.", "“The port is broke,”"),
    ("“The port is broke,” Ruiz told reporters two years ago.", "“The port is broke,”"),
    ("Mayor Ana Ruiz runs the port. The port has lost money for years, she wrote in 2014.",
     "The port has lost money for years"),
    ("Mayor Ana Ruiz runs the port. The pier is unsafe, she said in an interview earlier "
     "this year.", "The pier is unsafe"),
])
def test_time_phrase_after_a_trailing_speaker_is_no_content(text, content):
    (claim,) = run(text).claims
    assert claim.content.text == content


def test_time_phrase_before_that_is_skipped():
    (claim,) = run("Mayor Ana Ruiz said earlier this year that the port has lost money.").claims
    assert claim.content.text == "the port has lost money"


@pytest.mark.parametrize("text", [
    "“The port is broke,” Ruiz said after the meeting broke up.",
    "“The port is broke,” Ruiz said of the harbour levy, which the council raised in May.",
])
def test_speaker_right_after_an_opening_quotation_said_it(text):
    (claim,) = run(text).claims
    assert claim.content.text == "“The port is broke,”"


def test_quoted_title_inside_the_sentence_is_no_content():
    (claim,) = run("In her book, “Harbour Days,” Ruiz argued that the port was broke.").claims
    assert claim.content.text == "the port was broke"


@pytest.mark.parametrize("text, content", [
    ("Harbour economist Jo Roe, who studies port fees and shipping costs at the Baltic Maritime "
     "Research Institute, said Ana Ruiz's levy didn't help the port.",
     "Ana Ruiz's levy didn't help the port"),
    ("Harbour economist Jo Roe, who studies port fees and shipping costs at the Baltic Maritime "
     "Research Institute, said Donald Trump's plan would hurt the port.",
     "Donald Trump's plan would hurt the port"),
])
def test_clause_after_a_cue_is_no_inverted_speaker(text, content):
    said = [c for c in run(text).claims if c.cue.text == "said"]
    assert len(said) == 1 and said[0].content.text == content


def test_inverted_speaker_with_affiliation_stays():
    (claim,) = run("The port will close, said Mayor Ana Ruiz of the Harbour Party.").claims
    assert claim.content.text == "The port will close"
    assert claim.speaker_mention.text.startswith("Mayor Ana Ruiz")


@pytest.mark.parametrize("text", [
    "The port will close, Mayor Ana Ruiz told The Harbour Gazette on Thursday.",
    "The port will close, Mayor Ana Ruiz told The New York Times.",
])
def test_named_addressee_after_a_trailing_speaker_is_no_content(text):
    (claim,) = run(text).claims
    assert claim.content.text == "The port will close"


def test_named_addressee_before_that_clause():
    (claim,) = run("Mayor Ana Ruiz told the Harbour Gazette that the port will close.").claims
    assert claim.content.text == "the port will close"


@pytest.mark.parametrize("text", [
    "“The port is broke,” Ruiz said, “and the pier is unsafe.”",
    "“The port is broke,” said Ruiz, “and the pier is unsafe.”",
])
def test_quotation_split_by_its_speaker_is_one_content(text):
    (claim,) = run(text).claims
    assert claim.content.text.startswith("“The port is broke,”")
    assert claim.content.text.endswith("“and the pier is unsafe.”")
    assert claim.direct


@pytest.mark.parametrize("text", [
    "“Enough is enough,” Ruiz said to the council.",
    "“Enough is enough,” Ruiz said to Obama on Monday.",
])
def test_addressee_after_to_is_no_content_after_a_quotation(text):
    (claim,) = run(text).claims
    assert claim.content.text == "“Enough is enough,”"


def test_quotation_after_a_sentence_opening_conjunction():
    (claim,) = run("So “the port is broke,” Ruiz said after the vote.").claims
    assert claim.content.text == "“the port is broke,”"


@pytest.mark.parametrize("text, cue", [
    ("Mayor Ana Ruiz claimed the port was broke, without offering any evidence.", "offering"),
    ("Mayor Ana Ruiz closed the pier without disclosing the report.", "disclosing"),
    ("Mayor Ana Ruiz raised the levy without telling the harbour workers that the port was "
     "broke.", "telling"),
])
def test_cue_after_without_is_no_claim(text, cue):
    assert cue not in cues(text)
