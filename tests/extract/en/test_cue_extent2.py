"""The extent of an English claim cue, second part: a document sent with a phrase about it
before the -ing cue that says what it says ("sent a letter to the board urging ...") is one
cue from the sending verb to the participle. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.en.test_attribution_forms import run
from tests.extract.en.test_cue_extent import claim_with

# text, the whole cue, the speaker's words, the content
ISSUED_ACROSS = [
    pytest.param("The harbour board sent a letter to the mayor urging her to close the pier.",
                 "sent a letter to the mayor urging", "The harbour board",
                 "her to close the pier", id="to_object"),
    pytest.param("The ferry union issued a statement on Tuesday saying the strike would go on.",
                 "issued a statement on Tuesday saying", "The ferry union",
                 "the strike would go on", id="light_noun_with_weekday"),
    pytest.param("The ferry union released a memo to reporters late Monday saying fares "
                 "would rise.", "released a memo to reporters late Monday saying",
                 "The ferry union", "fares would rise", id="plural_object_and_time"),
    pytest.param("Governor Ruiz fired off a series of tweets early Sunday calling the vote "
                 "a fraud.", "fired off a series of tweets early Sunday calling",
                 "Governor Ruiz", "the vote a fraud", id="series_of_tweets"),
    pytest.param("The ferry union issued a statement saying the strike would go on.",
                 "issued a statement saying", "The ferry union", "the strike would go on",
                 id="no_phrase_as_before"),
    pytest.param("Governor Ruiz released a letter from her doctor on Friday that says she is "
                 "healthy.", "released a letter from her doctor on Friday that says",
                 "Governor Ruiz", "she is healthy", id="relative_that"),
    pytest.param("The ferry union sent a memo which urged members to strike.",
                 "sent a memo which urged", "The ferry union", "members to strike",
                 id="relative_which"),
]


@pytest.mark.parametrize("text,cue,speaker,content", ISSUED_ACROSS)
def test_issued_document_with_a_phrase_is_one_cue(text, cue, speaker, content):
    ex = run(text)
    c = claim_with(ex, cue)
    assert c.speaker_mention is not None and c.speaker_mention.text == speaker
    assert c.content.text == content
    assert len(ex.claims) == 1, [c.cue.text for c in ex.claims]


# text, the document, the -ing word: no cue runs over both
NOT_ACROSS = [
    # an attitude participle after a noun says what that noun holds
    pytest.param("The mayors sent a letter on Friday to council members opposing the levy.",
                 "letter", "opposing", id="attitude_participle"),
    # "to" before a verb opens a purpose clause, not a phrase about the document
    pytest.param("The papers filed a motion to unseal the files, arguing that voters "
                 "deserved them.", "motion", "arguing", id="purpose_infinitive"),
    # an ad shows rather than says
    pytest.param("The campaign released an ad this week showing the senator at a rally.",
                 "ad", "showing", id="ad_shows"),
]


@pytest.mark.parametrize("text,document,participle", NOT_ACROSS)
def test_no_cue_across_the_phrase(text, document, participle):
    ex = run(text)
    assert not any(document in c.cue.text.split() and participle in c.cue.text.split()
                   for c in ex.claims), [c.cue.text for c in ex.claims]


# text, the cue: a clause with an actor subject, a colon and a quotation (no reporting verb)
COLON_PREDICATES = [
    pytest.param('Governor Ruiz struck back in a short post: "The levy is dead."',
                 "struck back in a short post:", id="predicate_and_colon"),
    pytest.param('Governor Ruiz lost her temper, so that we had to leave the room: '
                 '"Get out now."', "had to leave the room:", id="last_clause_predicate"),
    pytest.param('Governor Ruiz lost her temper, and the crowd went quiet: "Get out now."',
                 ":", id="last_clause_without_pronoun"),
]


@pytest.mark.parametrize("text,cue", COLON_PREDICATES)
def test_colon_quote_cue_takes_the_predicate(text, cue):
    ex = run(text)
    assert [c.cue.text for c in ex.claims] == [cue]


# text, the cue: a preposition the verb governs after a bare weekday goes with the cue
WEEKDAY_PREPS = [
    pytest.param("The harbour master complained Monday about the new levy.",
                 "complained Monday about", id="about_after_weekday"),
    pytest.param("The ferry union called Friday for a new vote on the levy.",
                 "called Friday for", id="for_after_weekday"),
    pytest.param("The harbour master argued Sunday on Channel Nine that the levy was unfair.",
                 "argued Sunday", id="on_a_broadcaster_stays_out"),
]


@pytest.mark.parametrize("text,cue", WEEKDAY_PREPS)
def test_governed_preposition_after_a_weekday(text, cue):
    assert [c.cue.text for c in run(text).claims] == [cue]


def test_participle_alone_when_no_subject_is_found_before_the_sending_verb():
    # the verb frame finds no speaker before "sent" here: the -ing cue keeps its own claim
    ex = run("In late May, a group of black parents with kids in village schools sent a "
             "letter to the ACLU board of trustees urging them to reconsider.")
    assert any(c.cue.text == "urging" for c in ex.claims), [c.cue.text for c in ex.claims]
