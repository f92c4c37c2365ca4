"""English cues of thought, feeling and wanting held by a named subject: emotion participles
after be/get/feel with the preposition they govern, verbs of deliberating, "have" with a noun
of a feeling or belief held, a verb of thought before "from" or a verb, "love", "lean
toward", verbs of an emotion felt about something ("agonized over", "believe in"), a role noun opening
the sentence before its subject. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.en.test_attribution_forms import assert_claim, run

# text, cue, the speaker's words, content
CLASSES = [
    pytest.param("The dock workers have been rattled by the new shift rules.",
                 "have been rattled by", "The dock workers", "the new shift rules",
                 id="emotion_participle_with_by"),
    pytest.param("Councillor Ines Moreau gets exasperated over the toll debate.",
                 "gets exasperated over", "Councillor Ines Moreau", "the toll debate",
                 id="get_as_a_linking_verb"),
    pytest.param("The growers got nervous about the late frost.",
                 "got nervous about", "The growers", "the late frost",
                 id="get_with_an_older_attitude_adjective"),
    pytest.param("The harbour board is mulling a second ferry route.",
                 "is mulling", "The harbour board", "a second ferry route",
                 id="verb_of_deliberating_progressive"),
    pytest.param("The growers pondered whether to sell the orchard.",
                 "pondered", "The growers", "whether to sell the orchard",
                 id="verb_of_deliberating_with_whether"),
    pytest.param("The harbour board eyed a second ferry route.",
                 "eyed", "The harbour board", "a second ferry route",
                 id="eye_as_a_verb_of_considering"),
    pytest.param("The growers have little faith in the new harbour board.",
                 "have little faith in", "The growers", "the new harbour board",
                 id="have_a_noun_of_trust_with_in"),
    pytest.param("Councillor Ines Moreau has no illusions about the ferry budget.",
                 "has no illusions about", "Councillor Ines Moreau", "the ferry budget",
                 id="have_a_noun_of_belief_with_about"),
    pytest.param("The growers know from long experience that the frost will come late.",
                 "know", "The growers", "from long experience that the frost will come late",
                 id="verb_of_thought_before_from"),
    pytest.param("My grandfather would have loved the new harbour.",
                 "would have loved", "My grandfather", "the new harbour",
                 id="love_with_an_unnamed_subject"),
    pytest.param("Most growers are leaning toward the cheaper ferry.",
                 "are leaning toward", "Most growers", "the cheaper ferry",
                 id="lean_toward_a_choice"),
    pytest.param("Most growers are leaning strongly toward the cheaper ferry.",
                 "are leaning", "Most growers", "toward the cheaper ferry",
                 id="lean_with_an_adverb_before_toward"),
    pytest.param("The growers agonized over the ferry contract.",
                 "agonized over", "The growers", "the ferry contract",
                 id="verb_of_emotion_with_its_preposition"),
    pytest.param("The growers were quietly rejoicing in the late frost.",
                 "were quietly rejoicing in", "The growers", "the late frost",
                 id="verb_of_emotion_progressive_with_an_adverb"),
    pytest.param("Councillor Ines Moreau believes in the new harbour.",
                 "believes in", "Councillor Ines Moreau", "the new harbour",
                 id="believe_in_with_its_preposition"),
    pytest.param("A passionate defender of the ferry, Councillor Ines Moreau voted for the tolls.",
                 "A passionate defender of", "Councillor Ines Moreau", "the ferry",
                 id="role_noun_opening_the_sentence_before_its_subject"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), CLASSES)
def test_attitude_class(text: str, cue: str, speaker: str, content: str) -> None:
    assert_claim(text, cue, speaker, content)


@pytest.mark.parametrize("text", [
    "The dock workers were emboldened to strike by the new shift rules.",  # "to": a cause
    "Councillor Ines Moreau became agitated on Tuesday morning.",  # a time, not a topic
    "It was shocking to the growers that the frost came so late.",  # no one holds it
    "The harbour got crowded with tourists in the summer.",  # no feeling
    "All eyes are on the harbour board.",  # "eyes" as a noun
    "The growers have the confidence of the harbour board.",  # held by the board, not them
    "The growers made love songs for the harbour board.",  # "made" takes no feeling noun
    "The growers know and the harbour board knows.",  # "know and": nothing known here
    "Their love for the harbour grew over the years.",  # "love" as a noun
    "The growers leaned on the mayor for help.",  # no "toward": no preference
    "The defender of the title, Ines Moreau, lost in May.",  # an apposition, no verb next
    "A supporter of the tolls, in the end, is hard to find.",  # no subject after the comma
])
def test_no_attitude_claim(text: str) -> None:
    assert [c.cue.text for c in run(text).claims] == []
