"""English nominal cues: a noun of statement or opinion after its source (a possessor), with
the preposition that opens its topic ("his crude comments on the video"). Every sentence here
is written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.en.test_attribution_forms import only, run

# text, cue, the speaker's words, content
TOPICS = [
    pytest.param("Farmers cheered Marta Velasquez's blunt remarks about the new tolls.",
                 "blunt remarks about", "Marta Velasquez's", "the new tolls",
                 id="possessor_adjective_noun_about"),
    pytest.param("Marta Velasquez criticized the port. Her angry comments on the harbour fees "
                 "were not the only problem for the mayor.",
                 "angry comments on", "Her", "the harbour fees",
                 id="sentence_opening_pronoun_with_adjective"),
    pytest.param("Prices fell after Marta Velasquez's estimate of grain exports in May.",
                 "estimate of", "Marta Velasquez's", "grain exports in May",
                 id="noun_whose_of_opens_its_topic"),
    pytest.param("Prices fell after the shipping board's estimate of grain exports in May.",
                 "estimate of", "the shipping board's", "grain exports in May",
                 id="noun_phrase_possessor_that_names_no_known_actor"),
    pytest.param("Marta Velasquez drew cheers with her message regarding the river locks in Porto.",
                 "message regarding", "her", "the river locks in Porto",
                 id="pronoun_possessor_in_the_sentence"),
]


@pytest.mark.parametrize("text,cue,speaker,content", TOPICS)
def test_noun_with_its_topic(text, cue, speaker, content):
    c = only(run(text), cue)
    assert c.speaker_mention is not None and c.speaker_mention.text == speaker
    assert c.content.text == content


def test_story_is_a_noun_of_statement():
    c = only(run("The council met after Marta Velasquez's story that the tolls were illegal."),
             "story")
    assert c.speaker_mention.text == "Marta Velasquez's"
    assert c.content.text == "the tolls were illegal"


@pytest.mark.parametrize("text,word", [
    pytest.param("Marta Velasquez repeated her story to the council in Porto.",
                 "story", id="to_before_a_noun_phrase_is_no_infinitive"),
    pytest.param("Farmers fear the governor's threat to the river ports.",
                 "threat", id="to_before_the_is_no_infinitive"),
    pytest.param("Marta Velasquez's remarks on Saturday drew loud applause in Porto.",
                 "remarks", id="date_after_on"),
    pytest.param("Marta Velasquez's comments on Twitter drew loud applause in Porto.",
                 "comments", id="platform_after_on"),
    pytest.param("Marta Velasquez never hid her views of the harbour board.",
                 "views", id="of_after_a_noun_of_opinion"),
    pytest.param("Marta Velasquez's allegations of fraud in the port shocked the council.",
                 "allegations", id="of_after_a_noun_of_charging"),
])
def test_no_topic_claim(text, word):
    assert not any(word in c.cue.text for c in run(text).claims)


def test_topic_noun_inside_another_claim_is_part_of_it():
    ex = run("Marta Velasquez said the mayor's comments about the farmers were unfair.")
    assert [c.cue.text for c in ex.claims] == ["said"]
    assert ex.claims[0].content.text == "the mayor's comments about the farmers were unfair"


def test_topic_noun_keeps_a_that_clause_reading():
    c = only(run("The council rejected Marta Velasquez's claim that the tolls were illegal."),
             "claim")
    assert c.content.text == "the tolls were illegal"


def test_possessive_pronoun_resolved_like_a_speaking_pronoun():
    # no actor in the noun's own sentence: "her" takes the person of the sentence before
    ex = run("Marta Velasquez spoke for an hour. The crowd was moved by her long-held views "
             "about the river locks.")
    c = only(ex, "long-held views about")
    assert c.speaker_mention.text == "her" and c.content.text == "the river locks"
    assert ex.actor(c.speaker).label == "Marta Velasquez"


def test_resolved_possessive_is_only_for_topic_nouns():
    ex = run("Marta Velasquez spoke for an hour. The crowd was moved by her plans to close "
             "the river locks.")
    assert not any("plans" in c.cue.text for c in ex.claims)


def test_topic_claim_is_no_subject_for_a_following_participle():
    ex = run("Ravi Menon is doing the right things - condemning the mayor's remarks about "
             "farmers, announcing he will not back the tolls.")
    c = only(ex, "announcing")
    assert c.speaker_mention.text == "Ravi Menon"
    assert only(ex, "remarks about").speaker_mention.text == "the mayor's"


def test_quote_before_a_cue_whose_venue_has_a_topic():
    # "said in her first comments on X since ...": the quotation is what was said, and the
    # comments' topic is a claim of its own
    ex = run('"We will rebuild the port," Marta Velasquez said in her first comments on the '
             'strike since it began.')
    said = next(c for c in ex.claims if c.cue.text.startswith("said"))
    assert said.content.text == '"We will rebuild the port,"'
    assert only(ex, "first comments on").content.text.startswith("the strike")


def test_infinitive_after_a_noun_still_reads():
    c = only(run("Farmers fear the governor's threat to close the river ports."), "threat")
    assert c.content.text == "to close the river ports"


def test_possessive_is_no_addressee():
    # "told her story": "her" only owns the story; it is no one told
    ex = run("Marta Velasquez spoke for an hour. She told her story to the council.")
    assert all(c.addressee is None for c in ex.claims)
