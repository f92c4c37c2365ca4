"""The extent of an English claim cue: the verb group with its auxiliaries, modals, negation
and pre-verbal adverbs belongs to the cue, not to the speaker's noun phrase before it.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from extract.model import Extraction
from tests.extract.en.test_attribution_forms import run


def claim_with(ex: Extraction, cue: str):
    found = [c for c in ex.claims if c.cue.text == cue]
    assert len(found) == 1, [(c.cue.text, c.speaker_mention and c.speaker_mention.text)
                             for c in ex.claims]
    return found[0]


# text, the whole cue, the speaker's words
VERB_GROUPS = [
    pytest.param("Ana Lopez should publicly support the new harbour plan.",
                 "should publicly support", "Ana Lopez", id="modal_and_adverb"),
    pytest.param("Ana Lopez might reject the offer from the union.",
                 "might reject", "Ana Lopez", id="modal_might"),
    pytest.param("Ana Lopez has long said that the harbour needs a new pier.",
                 "has long said", "Ana Lopez", id="has_long"),
    pytest.param("Ana Lopez further argued that the harbour needs a new pier.",
                 "further argued", "Ana Lopez", id="further"),
    pytest.param("Ana Lopez won't be able to defend the harbour plan.",
                 "won't be able to defend", "Ana Lopez", id="contracted_will_not"),
    pytest.param("Ana Lopez has been sharply criticized for the harbour plan.",
                 "has been sharply criticized for", None, id="perfect_passive"),
]


@pytest.mark.parametrize("text,cue,speaker", VERB_GROUPS)
def test_verb_group_is_the_cue_not_the_speaker(text, cue, speaker):
    c = claim_with(run(text), cue)
    if speaker is None:  # an agentless passive: its subject is what is held, no one speaks
        assert c.speaker_mention is None
    else:
        assert c.speaker_mention is not None and c.speaker_mention.text == speaker


def test_bound_subject_over_pre_verbal_adverb():
    # "and instead argued": the subject of the first clause speaks
    ex = run("Ana Lopez did not answer, and instead argued that the pier was safe.")
    c = claim_with(ex, "instead argued")
    assert c.content.text == "the pier was safe"


def test_said_of_leaves_the_topic_out_of_the_cue():
    ex = run("“The plan is sound,” Ana Lopez said of the harbour proposal.")
    assert [c.cue.text for c in ex.claims] == ["said"]


def test_spoke_of_keeps_its_preposition():
    ex = run("Ana Lopez spoke of a new pier for the harbour.")
    assert [c.cue.text for c in ex.claims] == ["spoke of"]


def test_passive_cue_ends_before_by():
    ex = run("The harbour plan has been endorsed by Ana Lopez.")
    c = claim_with(ex, "has been endorsed")
    assert c.speaker_mention is not None and c.speaker_mention.text == "Ana Lopez"


def test_manner_adverb_and_its_preposition_join_the_cue():
    ex = run("Ana Lopez spoke warmly of the fishermen who rebuilt the pier.")
    c = claim_with(ex, "spoke warmly of")
    assert c.content.text.startswith("the fishermen")


def test_adverb_of_the_next_word_stays_out_of_the_cue():
    ex = run("Ana Lopez discussed recently published figures on the harbour.")
    assert "discussed recently" not in [c.cue.text for c in ex.claims]


@pytest.mark.parametrize("when", ["this week", "over the weekend"])
def test_short_time_adverbial_after_the_verb(when):
    ex = run(f"Ana Lopez said {when} that the pier would reopen.")
    c = claim_with(ex, f"said {when}")
    assert c.content.text == "the pier would reopen"


def test_last_week_stays_outside_the_cue():
    ex = run("Ana Lopez said last week that the pier would reopen.")
    assert [c.cue.text for c in ex.claims] == ["said"]


def test_reason_for_praise_or_blame_stays_outside_the_cue():
    # "criticized X for Y": the cue is the verb; "compared X to Y" keeps its object and "to"
    ex = run("Ana Lopez criticized Old Chief for the delay at the harbour.")
    assert claim_with(ex, "criticized").content.text == "Old Chief for the delay at the harbour"
    ex = run("Ana Lopez compared Old Chief to a lighthouse keeper.")
    assert claim_with(ex, "compared Old Chief to").content.text == "a lighthouse keeper"


def test_venue_before_that_clause_is_no_content():
    ex = run("Former dock workers said in interviews that the pier was unsafe.")
    c = claim_with(ex, "said in interviews")
    assert c.content.text == "the pier was unsafe"


def test_object_preposition_is_not_a_date():
    # "expressed concern on Monday": "on" opens a date, not what the concern is about
    ex = run("Ana Lopez expressed concern on Monday that the pier was unsafe.")
    assert not any(c.cue.text.endswith(" on") for c in ex.claims)


def test_bare_weekday_joins_the_cue_but_not_a_longer_time_phrase():
    ex = run("Ana Lopez said Friday that the pier would reopen.")
    assert [c.cue.text for c in ex.claims] == ["said Friday"]
    ex = run("Ana Lopez said Friday afternoon that the pier would reopen.")
    assert [c.cue.text for c in ex.claims] == ["said"]


def test_noun_in_ly_is_no_adverb_of_the_cue():
    ex = run("The fisherman's family said that the pier was unsafe.")
    c = claim_with(ex, "said")
    assert c.speaker_mention is not None and c.speaker_mention.text.endswith("family")


def test_a_venue_word_after_a_that_clause_opens_is_no_venue():
    # "on ... air" is a venue only when nothing but its own words stand between
    ex = run("The United Nations warned on Thursday that renewed air strikes could trigger a "
             "disaster.")
    c = claim_with(ex, "warned")
    assert c.content.text == "renewed air strikes could trigger a disaster"


@pytest.mark.parametrize("text", [
    "Karl Brenner met the mayor. He complained about it on Friday.",
    "Karl Brenner complained about the permits on Friday.",
    "Karl Brenner complained about them in Lyon.",
])
def test_governed_preposition_stays_with_the_cue_before_a_later_date(text: str) -> None:
    # the date or place opens a phrase of its own after the object, so "about" is still the
    # verb's preposition and not the start of a time phrase
    c = claim_with(run(text), "complained about")
    assert c.content.text.split()[0] in ("it", "the", "them")
