"""English attribution forms beyond "X said": headlines, passives, possessive nouns, relative
and coordinated subjects, governed prepositions, paragraph-ending colons, quotation marks typed
the wrong way round, documents as sources, and the country of untitled officials. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from extract.en import extract_english
from extract.en.dates import find_date
from extract.en.text import sentences, tokenize
from extract.model import Article, Extraction
from tests.extract.en.test_english import GAZ, assert_offsets


def run(text: str, aid: str = "t") -> Extraction:
    """Extract ``text`` as English article ``aid`` published on Friday 2024-05-10, and check
    that every span points at its characters."""
    ex = extract_english(Article(aid, text, "en", published="2024-05-10"), gazetteer=GAZ)
    assert_offsets(ex)
    return ex


def only(ex: Extraction, cue: str):
    found = [c for c in ex.claims if c.cue.text == cue]
    assert len(found) == 1, [(c.cue.text, c.content.text) for c in ex.claims]
    return found[0]


def assert_claim(text: str, cue: str, speaker: str | None, content: str) -> None:
    """``text`` has one claim with ``cue``, whose speaker's words are ``speaker`` (None: not
    checked) and whose content is ``content``."""
    c = only(run(text), cue)
    if speaker is not None:
        assert c.speaker_mention is not None and c.speaker_mention.text == speaker
    assert c.content.text == content


# text, cue, the speaker's words (None: not checked), content
CLAIM_FORMS = [
    pytest.param("Talks Could Resume Next Month, Marta Velasquez Says.\n\nThe body starts here.",
                 "Says", "Marta Velasquez",
                 "Talks Could Resume Next Month",
                 id="title_case_headline_with_trailing_speaker"),
    pytest.param("Marta Velasquez Warns Ports Will Close.\n\nThe body starts here.",
                 "Warns", "Marta Velasquez",
                 "Ports Will Close",
                 id="title_case_headline_with_leading_speaker"),
    pytest.param("“The bridge stays open,” Marta Velasquez told the crowd on Friday.",
                 "told", None,
                 "“The bridge stays open,”",
                 id="told_with_an_object_phrase_keeps_the_quotation_as_content"),
    pytest.param("A new survey shows that most farmers back the plan.",
                 "shows", None,
                 "most farmers back the plan",
                 id="noun_like_verb_before_that_is_a_cue"),
    pytest.param("Marta Velasquez is once again questioning the count.",
                 "is once again questioning", None,
                 "the count",
                 id="progressive_after_adverbs_includes_the_auxiliary"),
    pytest.param("Observers doubted Marta Velasquez's claim that the dam was safe.",
                 "claim", "Marta Velasquez's",
                 "the dam was safe",
                 id="possessive_reporting_noun"),
    pytest.param("The new tariff was criticized by Marta Velasquez on Monday.",
                 "was criticized", "Marta Velasquez",
                 "The new tariff",
                 id="passive_with_an_agent"),
    pytest.param("Marta Velasquez complained about the new tolls.",
                 "complained about", None,
                 "the new tolls",
                 id="governed_preposition_goes_with_the_cue"),
    pytest.param("Marta Velasquez spoke on Monday about the tolls.",
                 "spoke", None,
                 "about the tolls",
                 id="time_phrase_is_not_a_governed_preposition"),
    pytest.param("The new toll, Marta Velasquez said, will double by spring.",
                 "said", None,
                 "The new toll, Marta Velasquez said, will double by spring",
                 id="parenthetical_speaker_content_runs_to_the_sentence_end"),
    pytest.param("The toll drew fire from towns that oppose the new bridge.",
                 "oppose", "that",
                 "the new bridge",
                 id="relative_pronoun_after_a_plain_noun_phrase"),
    pytest.param("His former partner agreed, but also contended that the tolls were unfair.",
                 "also contended", "His former partner",
                 "the tolls were unfair",
                 id="coordinated_cue_after_an_unnamed_subject_takes_the_earlier_speaker"),
    pytest.param('"We love tolls," Marta Velasquez said sarcastically.',
                 "said sarcastically", None,
                 '"We love tolls,"',
                 id="trailing_adverb_goes_with_the_cue"),
    pytest.param("The port was never closed, as local officials have said.",
                 "have said", None,
                 "The port was never closed",
                 id="as_clause_speaker_after_the_content"),
    pytest.param("Marta Velasquez backed the plan, now saying the toll should fall.",
                 "now saying", None,
                 "the toll should fall",
                 id="participle_after_an_adverb"),
    pytest.param('"Tolls will fall," Marta Velasquez said in a phone interview.',
                 "said in a phone interview", None,
                 '"Tolls will fall,"',
                 id="venue_after_a_trailing_cue_goes_with_the_cue"),
    pytest.param("Marta Velasquez said in an interview that tolls would fall.",
                 "said in an interview", None,
                 "tolls would fall",
                 id="venue_after_a_leading_cue_goes_with_the_cue"),
    pytest.param("Tolls rose by a third last year, The Harbor Gazette reports.",
                 "reports", None,
                 "Tolls rose by a third last year",
                 id="third_person_cue_after_a_name_at_the_sentence_end"),
    pytest.param("Marta Velasquez expressed deep concern about the new tolls.",
                 "expressed deep concern about", None,
                 "the new tolls",
                 id="expressed_feeling_and_its_preposition_go_with_the_cue"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), CLAIM_FORMS)
def test_claim_form(text: str, cue: str, speaker: str | None, content: str) -> None:
    assert_claim(text, cue, speaker, content)


def test_sentence_case_first_line_keeps_capitalised_cue_words_out():
    ex = run("State media reported the closure.\n\nNothing else.")
    assert all(c.cue.text != "State" for c in ex.claims)


def test_party_and_state_after_a_name_do_not_end_the_sentence():
    text = "“We will fund it,” said Sen. Jo Park (D-N.Y.), who chairs the panel."
    assert len(sentences(text)) == 1
    c = only(run(text), "said")
    assert c.speaker_mention.text.startswith("Sen. Jo Park (D-N.Y.)")
    assert c.content.text == "“We will fund it,”"


def test_plural_possessive_is_one_token():
    assert [t.text for t in tokenize("the farmers' union")] == ["the", "farmers'", "union"]


def test_to_infinitive_after_want_and_plan():
    ex = run("The French government wants to reopen the border. Marta Velasquez plans to visit "
             "Ankara.")
    assert only(ex, "wants").content.text == "to reopen the border"
    assert only(ex, "plans").content.text == "to visit Ankara"


def test_a_plan_as_a_noun_is_not_a_cue():
    ex = run("Its own plan to widen the road failed.")
    assert ex.claims == ()


def test_passive_without_an_agent_has_no_named_speaker():
    # an unnamed source's claim (tests/extract/en/test_unattributed.py): no speaker mention,
    # and no actor of the text is made its speaker
    ex = run("The new tariff was criticized as too high.")
    (c,) = ex.claims
    assert c.speaker_mention is None and ex.actor(c.speaker).mentions == ()


def test_relative_pronoun_subject_points_at_the_named_actor():
    ex = run("The vote was welcomed by farmers and by Marta Velasquez, who said the price "
             "would fall.")
    c = only(ex, "said")
    assert c.speaker_mention.text == "who"
    assert ex.actor(c.speaker).label == "Marta Velasquez"


def test_coordinated_cue_takes_the_clause_subject():
    ex = run("Marta Velasquez outlined the budget and vowed to cut fuel taxes.")
    c = only(ex, "vowed")
    assert ex.actor(c.speaker).label == "Marta Velasquez"
    assert c.content.text == "to cut fuel taxes"


def test_colon_at_paragraph_end_takes_the_next_paragraph():
    text = "Marta Velasquez added:\n\n“The port will reopen within weeks.”\n\nOther news."
    c = only(run(text), "added:")
    assert c.content.text == "“The port will reopen within weeks.”"
    assert c.direct


def test_dash_signature_after_a_quotation_opened_with_a_closing_mark():
    c = only(run("”The port will reopen within weeks.” ― Marta Velasquez"), "―")
    assert c.speaker_mention.text == "Marta Velasquez"
    assert c.content.text.endswith("weeks.”")


def test_a_statement_is_not_an_actor():
    ex = run("The ministry issued a note. The statement said the port would reopen.")
    assert all("statement" not in a.id for a in ex.actors)
    # "issued a note" is the ministry's claim, so the ministry is the statement's issuer
    assert all("statement" not in c.speaker for c in ex.claims)
    assert only(ex, "said").speaker == only(ex, "issued").speaker


def test_statement_of_a_named_body_is_that_body():
    ex = run("A statement from the Turkish government said the port would reopen.")
    c = only(ex, "said")
    assert ex.actor(c.speaker).country == "TUR"


def test_untitled_official_takes_the_only_state_of_the_article():
    ex = run("Prime Minister Jo Park said Turkey would reopen the port.")
    c = only(ex, "said")
    assert ex.actor(c.speaker).country == "TUR"


def test_untitled_official_gets_no_country_when_two_states_are_named():
    ex = run("Prime Minister Jo Park said Turkey and Russia would reopen the port.")
    c = only(ex, "said")
    assert ex.actor(c.speaker).country is None


def test_dates_nearest_to_the_anchor_and_explicit_dates_first():
    text = "On Monday she said the vote of March 3 was fair."
    assert find_date(text, 0, len(text), published="2024-05-10", anchor=text.index("said")) \
        == "2024-03-03"
    text = "She said on Monday that Tuesday's vote was fair."
    assert find_date(text, 0, len(text), published="2024-05-10", anchor=text.index("said")) \
        == "2024-05-06"


def test_trailing_speaker_followed_by_a_participle_keeps_the_clause_before():
    ex = run("The toll will double, Marta Velasquez said, adding that drivers would pay more.")
    assert only(ex, "said").content.text == "The toll will double"
    assert only(ex, "adding").content.text == "drivers would pay more"


def test_they_can_point_at_a_speaker_named_by_a_plain_noun_phrase():
    ex = run("Former port officials said the toll was unfair. They added that it would fall.")
    first, second = ex.claims
    assert second.speaker_mention.text == "They"
    assert second.speaker == first.speaker


def test_dash_apposition_before_the_cue():
    ex = run("Velasquez -- a lawyer for the union, which runs the port -- said tolls would fall.")
    c = only(ex, "said")
    assert c.speaker_mention.text.startswith("Velasquez --")
    assert ex.actor(c.speaker).label == "Velasquez"
    assert c.content.text == "tolls would fall"


def test_check_reports_a_cue_listed_twice(tmp_path):
    from extract.en import check

    (tmp_path / "cues.tsv").write_text("say\tsaid\tverb\t-\nsay\t-\tverb\t-\n", encoding="utf-8")
    problems = check(tmp_path)
    assert len(problems) == 1 and "cues.tsv:2:" in problems[0] and "line 1" in problems[0]


def test_called_as_naming_is_not_a_cue():
    ex = run("The new program, called Harbor Link, starts in May. Boats use a channel called "
             "Deep Run.")
    assert ex.claims == ()


def test_called_after_a_named_subject_is_a_cue():
    c = only(run("Marta Velasquez called the toll “a tax on the poor.”"), "called")
    assert c.content.text.startswith("the toll")


def test_the_statement_said_is_attributed_to_its_issuer():
    ex = run("Marta Velasquez called on Ankara to reopen the port, according to a statement by "
             "the French government. The two leaders met on Friday, the statement said.")
    said = only(ex, "said")
    assert ex.actor(said.speaker).country == "FRA"


def test_a_cue_word_after_a_demonym_is_a_noun():
    ex = run("Ankara rejected the toll, according to the Turkish state news agency.")
    assert all(c.cue.text != "state" for c in ex.claims)


def test_a_person_is_the_head_of_a_speaker_phrase_with_an_organisation_first():
    ex = run("French ministry aide Jo Park said the port would reopen.")
    c = only(ex, "said")
    assert ex.actor(c.speaker).kind == "person"


def test_curly_quotation_closed_with_a_straight_mark():
    c = only(run('“The toll must go," Marta Velasquez said.'), "said")
    assert c.content.text == '“The toll must go,"'
    assert c.direct


def test_named_subject_with_apposition_before_called_is_the_speaker():
    ex = run("Marta Velasquez, an adviser to the union, called the toll a disgrace.")
    c = only(ex, "called")
    assert ex.actor(c.speaker).label == "Marta Velasquez"
    assert c.content.text == "the toll a disgrace"


def test_cue_words_in_compound_nouns_and_prepositions_are_not_cues():
    ex = run("White House press secretary Jo Park spoke regarding the toll. The plan was viewed "
             "by 14 million people.")
    assert all(c.cue.text not in ("press", "regarding", "viewed by") for c in ex.claims)


def test_it_can_point_at_a_singular_speaker_named_by_a_noun_phrase():
    ex = run("A new survey shows that tolls are unpopular. It also found that drivers pay more.")
    first, second = ex.claims
    assert second.speaker_mention.text == "It"
    assert second.speaker == first.speaker


def test_possessive_pronoun_before_a_reporting_noun():
    ex = run("Marta Velasquez repeated her claim that the toll was illegal.")
    c = only(ex, "claim")
    assert c.speaker_mention.text == "her"
    assert ex.actor(c.speaker).label == "Marta Velasquez"
    assert c.content.text == "the toll was illegal"

