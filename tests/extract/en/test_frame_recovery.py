"""Verb frames recovered for listed cues that used to find no subject: modal auxiliaries
between the subject and the verb, and the article's author as the speaker of "I"/"we"
outside quotation marks. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from extract.model import Extraction
from tests.extract.en.test_attribution_forms import only, run


def cues(ex: Extraction) -> list[str]:
    return [c.cue.text for c in ex.claims]


@pytest.mark.parametrize("text, cue, speaker", [
    ("Farmers should consider what a drought would cost them.", "should consider", "Farmers"),
    ("The ministry may argue that the river is too low.", "may argue", "The ministry"),
    ("Marta Velasquez must explain why the port closed.", "must explain", "Marta Velasquez"),
])
def test_modal_between_subject_and_cue(text, cue, speaker):
    c = only(run(text), cue)  # the modal is part of the cue, not of the speaker
    assert c.speaker_mention is not None and c.speaker_mention.text == speaker


def test_contracted_modal_between_subject_and_cue():
    ex = run("The council can't claim that the bridge is safe.")
    c = next(c for c in ex.claims if c.cue.text.endswith("claim"))
    assert c.speaker_mention is not None and c.speaker_mention.text == "The council"


def test_capitalised_may_is_a_name_not_a_modal():
    ex = run("Later, Theresa May argued that the deal was fair.")
    c = only(ex, "argued")
    assert c.speaker_mention is not None and "May" in c.speaker_mention.text


def test_author_speaks_for_i_outside_quotes():
    ex = run("The mayor spoke for an hour on Monday. I believe the bridge will stay closed.")
    c = only(ex, "believe")
    assert c.speaker_mention is not None and c.speaker_mention.text == "I"
    actor = ex.actor(c.speaker)
    assert actor is not None and "author" in actor.label and actor.kind == "person"
    assert c.content.text == "the bridge will stay closed"
    # the author's "I" is a mention of the author actor
    assert any(s.text == "I" for s in actor.mentions)


def test_author_we_in_an_editorial():
    ex = run("We asked whether the new port would pay for itself.")
    c = only(ex, "asked")
    actor = ex.actor(c.speaker)
    assert actor is not None and "author" in actor.label and actor.kind == "group"


def test_i_inside_a_quotation_is_not_the_author():
    ex = run("“I believe the bridge will hold,” Marta Velasquez said.")
    assert all("author" not in (ex.actor(c.speaker).label if ex.actor(c.speaker) else "")
               for c in ex.claims)


@pytest.mark.parametrize("text, cue", [
    ("Please read the two guides I wrote last year.", "wrote"),  # an object relative clause
    ("Why do I know this?", "know"),  # a question with inversion
    ("Marta Velasquez said we must continue to build.", "continue"),  # her "we"
])
def test_i_and_we_that_are_not_the_author_speaking(text, cue):
    ex = run(text)
    assert not any(c.cue.text.endswith(cue) and ex.actor(c.speaker) is not None
                   and "author" in ex.actor(c.speaker).label for c in ex.claims), \
        [(c.cue.text, c.speaker) for c in ex.claims]


@pytest.mark.parametrize("text, outer, inner", [
    ("Marta Velasquez said she plans to reopen the port.", "said", "plans"),
    ("Marta Velasquez said on Friday that the ministry believes the bridge is safe.", "said",
     "believes"),
    ("The mayor argued that voters want a new bridge.", "argued", "want"),
])
def test_subject_opening_reported_content_speaks_no_claim_of_its_own(text, outer, inner):
    ex = run(text)
    c = only(ex, outer)
    assert inner in c.content.text  # what the inner subject "does" is part of the report
    assert not any(d.cue.text.endswith(inner) for d in ex.claims), cues(ex)


def test_second_claim_after_the_content_still_found():
    # the second subject does not open the first claim's content: both are claims
    ex = run("Marta Velasquez said the port would close. The mayor argued that it would not.")
    assert "said" in cues(ex) and "argued" in cues(ex)


def test_pronoun_subject_after_a_long_stretch_without_boundary():
    # nothing but words before "he": the pronoun is the subject all the same
    ex = run("Marta Velasquez was questioned for hours about the costly bridge repairs of the "
             "old northern river port he has promoted for years.")
    c = next(c for c in ex.claims if c.cue.text.startswith("has promoted"))
    assert c.speaker_mention is not None and c.speaker_mention.text == "he"


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Citing a new poll, Marta Velasquez argued that the port should stay open.", "Citing",
     "Marta Velasquez", "a new poll"),
    ('Lamenting the "broken budget," Marta Velasquez asked for more money.', "Lamenting",
     "Marta Velasquez", 'the "broken budget'),
])
def test_opening_participle_speaks_for_the_main_subject(text, cue, speaker, content):
    c = only(run(text), cue)
    assert c.speaker_mention is not None and c.speaker_mention.text == speaker
    assert c.content.text == content


@pytest.mark.parametrize("text", [
    "Speaking at a rally in Ohio, Marta Velasquez said the port would stay open.",  # a venue
    "Citing the costs the council could not afford the bridge.",  # no comma, no subject
])
def test_opening_participle_without_its_own_object_or_subject(text):
    ex = run(text)
    assert not any(c.cue.text in ("Speaking", "Citing") for c in ex.claims), \
        [(c.cue.text, c.content.text) for c in ex.claims]


@pytest.mark.parametrize("text, cue, content", [
    ("When asked directly by Marta Velasquez if the port would close, the mayor said no.",
     "asked", "if the port would close"),
    ("Asked by Marta Velasquez about the new tariffs, the mayor said the port would adapt.",
     "Asked", "the new tariffs"),
])
def test_opening_question_put_by_a_named_asker(text, cue, content):
    ex = run(text)
    c = only(ex, cue)
    assert c.content.text == content
    assert c.speaker_mention is not None and c.speaker_mention.text == "Marta Velasquez"


@pytest.mark.parametrize("text", [
    "Asked about the new tariffs, Marta Velasquez said the port would adapt.",
    "When asked whether the bridge was safe, the mayor said it was.",
])
def test_opening_question_with_no_named_asker_is_the_unnamed_sources(text):
    """An unnamed asker's question is a claim of the article's unnamed source (an actor with
    no mentions: tests/extract/en/test_unattributed.py), while what the one asked says stays
    a claim of the one asked."""
    ex = run(text)
    assert [c.cue.text.lower() for c in ex.claims] == ["asked", "said"]
    unnamed = [a for a in ex.actors if not a.mentions]
    assert [a.label for a in unnamed] == ["unnamed source (article t)"]
    assert ex.claims[0].speaker == unnamed[0].id and ex.claims[1].speaker != unnamed[0].id


@pytest.mark.parametrize("text", [
    "The police shot him when asked to leave the car.",  # inside a clause, no opening
    "The reporters asked about the port and the mayor said nothing.",  # a subject of its own
])
def test_asked_that_opens_no_sentence(text):
    ex = run(text)
    assert not any(ex.actor(c.speaker) is not None and "questioner" in ex.actor(c.speaker).label
                   for c in ex.claims)


def test_subject_before_a_long_relative_clause():
    ex = run("A harbor pilot in Lisbon, who spoke on condition of anonymity because the port "
             "authority had banned interviews last winter, said the cranes were idle.")
    c = only(ex, "said")
    assert c.speaker_mention is not None
    assert c.speaker_mention.text.startswith("A harbor pilot in Lisbon, who spoke")
    assert c.content.text == "the cranes were idle"


@pytest.mark.parametrize("text, outer, inner", [
    ("The ministry plans to reopen the port next year, Marta Velasquez said.", "said", "plans"),
    ("The council believes the bridge is safe, the mayor argued on Friday.", "argued",
     "believes"),
])
def test_subject_opening_later_reported_content_speaks_no_claim(text, outer, inner):
    ex = run(text)
    c = only(ex, outer)
    assert inner in c.content.text
    assert not any(d.cue.text.endswith(inner) for d in ex.claims), cues(ex)


def test_what_a_source_phrase_relays_and_coordinated_verbs_keep_their_claims():
    ex = run("The council rejected the plan, according to a city report.")
    assert "rejected" in cues(ex) and "according to" in cues(ex)
    ex = run("The council rejected the plan and accused the mayor of lying, an aide said.")
    assert any(c.cue.text.startswith("accused") for c in ex.claims), cues(ex)


def test_has_yet_to_carries_the_infinitive_cue():
    c = only(run("The ministry has yet to explain why the port closed."), "has yet to explain")
    assert c.speaker_mention is not None and c.speaker_mention.text == "The ministry"
    assert c.content.text == "why the port closed"


@pytest.mark.parametrize("text, cue", [
    ("No one expected a long debate on the port.", "expected"),
    ("Few analysts expected a long debate on the port.", "expected"),
])
def test_weak_cue_with_a_quantified_subject(text, cue):
    # "expect" needs a clause or a named subject; a quantified noun phrase names one
    c = only(run(text), cue)
    assert c.content.text == "a long debate on the port"


def test_subject_after_according_to_keeps_its_own_claim():
    """"According to X, Y rejected Z": X relays what Y did, so Y's rejection stays a claim
    (with its stance), unlike "X said Y plans ...", where Y's verb is part of X's claim."""
    ex = run("According to the state news agency, Damascus rejected the proposal.")
    assert [c.cue.text for c in ex.claims] == ["According to", "rejected"]
    ex = run("The mayor said the governor plans to raise taxes.")
    assert [c.cue.text for c in ex.claims] == ["said"]


def test_authors_of_two_articles_are_two_actors():
    """"I"/"we" outside quotes is the article's writer: an actor of that article only (its id
    and label name the article), pointing at the pronoun."""
    from extract.en import extract_english
    from extract.model import Article
    from tests.extract.en.test_english import GAZ

    ids = []
    for aid in ("col-1", "col-2"):
        ex = extract_english(Article(aid, "I think the port will close.", "en"), gazetteer=GAZ)
        c = only(ex, "think")
        author = ex.actor(c.speaker)
        assert author.label == f"author of article {aid} (I)"
        assert c.speaker_mention.text == "I"
        ids.append(author.id)
    assert ids[0] != ids[1]
