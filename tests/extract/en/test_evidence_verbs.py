"""English cues of deeds that take a side ("act" in cues.tsv: an authority's decision, a vote
against, a signature, a thanks, a repost). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.en.test_attribution_forms import assert_claim, only, run

# text, cue, the speaker's words, content
DEEDS = [
    pytest.param("The city council imposed a curfew on the harbour district.",
                 "imposed", "The city council", "a curfew on the harbour district",
                 id="decision_with_object"),
    pytest.param("Governor Dana Whitfield appointed Lena Ortiz to the port board.",
                 "appointed", "Governor Dana Whitfield", "Lena Ortiz to the port board",
                 id="appointment"),
    pytest.param("An appeals court overturned the ruling on the toll road.",
                 "overturned", "An appeals court", "the ruling on the toll road",
                 id="court_overturns"),
    pytest.param("Senator Ruth Okafor voted against the harbour bill.",
                 "voted against", "Senator Ruth Okafor", "the harbour bill",
                 id="vote_against"),
    pytest.param("The fishing union signed the agreement with the port.",
                 "signed", "The fishing union", "the agreement with the port",
                 id="signature"),
    pytest.param("Mayor Ines Delacroix thanked the volunteers for their work.",
                 "thanked", "Mayor Ines Delacroix", "the volunteers for their work",
                 id="thanks"),
    pytest.param("Ines Delacroix retweeted a photo of the flooded pier.",
                 "retweeted", "Ines Delacroix", "a photo of the flooded pier",
                 id="repost"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), DEEDS)
def test_deed_with_its_own_subject_and_object(text: str, cue: str, speaker: str,
                                              content: str) -> None:
    assert_claim(text, cue, speaker, content)


def test_deed_with_its_doer_after_by():
    c = only(run("Six of the judges were appointed by Democratic governors."), "were appointed")
    assert c.speaker_mention.text == "Democratic governors"


@pytest.mark.parametrize("text", [
    # an infinitive of purpose: nothing done yet by anyone named
    "The union pushed for an amendment to overturn the toll decision.",
    # no object right after the verb: a relative clause's gap, a particle
    "The toll law, which a state court struck down in July, had angered farmers.",
    "The sponsors backed out and the fishing union signed on to the plan.",
    # a noun, not the verb: "the latest sign that"
    "The vote was the latest sign that the council is divided.",
    # a verb of the same list without its named subject, coordinated under a plan
    "Ines Delacroix hopes to fill the posts and appoint new harbour masters.",
])
def test_deed_verbs_without_their_frame_are_no_cues(text: str) -> None:
    cues = [c.cue.text for c in run(text).claims]
    assert not any(w in " ".join(cues) for w in (
        "overturn", "struck down", "signed", "sign", "appoint")), cues


# what a document, a poll or a broadcaster shows, finds, reads or puts forward
EVIDENCE = [
    pytest.param("The brochure shows Governor Dana Whitfield posing with a trawler captain.",
                 "shows", "The brochure", "Governor Dana Whitfield posing with a trawler captain",
                 id="shows_a_name"),
    pytest.param("Footage of the protest shows them with their hands raised.",
                 "shows", "Footage of the protest", "them with their hands raised",
                 id="shows_a_pronoun"),
    pytest.param("The Harbour Board report found at least 40 unpaid invoices.",
                 "found", "The Harbour Board report", "at least 40 unpaid invoices",
                 id="named_report_found"),
    pytest.param("“We will not leave the pier,” the sign reads.",
                 "reads", "the sign", "“We will not leave the pier,”", id="text_reads"),
    pytest.param("Ines Delacroix presented a plan for the harbour.",
                 "presented", "Ines Delacroix", "a plan for the harbour", id="presented_a_plan"),
    pytest.param("The broadcaster presents itself as a friend of farmers.",
                 "presents", "The broadcaster", "itself as a friend of farmers",
                 id="presents_itself_as"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), EVIDENCE)
def test_evidence_and_presenting_verbs(text: str, cue: str, speaker: str,
                                       content: str) -> None:
    assert_claim(text, cue, speaker, content)


def test_named_report_before_its_verb_is_a_noun():
    ex = run("A Port Authority report released last month found that tolls hurt farmers.")
    assert [c.cue.text for c in ex.claims] == ["found"]


@pytest.mark.parametrize("text", [
    "Ines Delacroix presented the award to the captain.",  # giving, not words
    "The fishing union presented its members with a bill.",
    "The fishermen read the report on the pier.",  # "read" needs a quotation or a clause
])
def test_present_and_read_in_other_senses_are_no_cues(text: str) -> None:
    assert run(text).claims == ()
