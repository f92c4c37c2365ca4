"""English cue classes added for attribution recall: verbs of urging, summing up and bringing
to light, nouns of feeling with the preposition they govern, attitude adjectives of will.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.en.test_attribution_forms import assert_claim, only, run

# text, cue, the speaker's words, content
CLASSES = [
    pytest.param("Marta Velasquez exhorted the farmers to vote for the new tolls.",
                 "exhorted", "Marta Velasquez", "the farmers to vote for the new tolls",
                 id="verb_of_urging"),
    pytest.param("Marta Velasquez summed up the meeting: the tolls will stay.",
                 "summed up", "Marta Velasquez", "the meeting: the tolls will stay",
                 id="phrasal_verb_of_summing_up"),
    pytest.param("Marta Velasquez espoused a flat toll for every farm.",
                 "espoused", "Marta Velasquez", "a flat toll for every farm",
                 id="verb_of_professing_a_view"),
    pytest.param("Marta Velasquez chalked up the losses to the new tolls.",
                 "chalked up", "Marta Velasquez", "the losses to the new tolls",
                 id="verb_of_attributing"),
    pytest.param("The farmers balked at the new tolls.",
                 "balked at", "The farmers", "the new tolls",
                 id="verb_of_resenting_with_its_preposition"),
    pytest.param("Auditors in Lisbon discovered that the tolls had been diverted.",
                 "discovered", "Auditors in Lisbon", "the tolls had been diverted",
                 id="verb_of_bringing_to_light_with_a_clause"),
    pytest.param("The farmers were unhappy with Marta Velasquez's disdain for the new tolls.",
                 "disdain for", "Marta Velasquez's", "the new tolls",
                 id="noun_of_feeling_with_its_preposition"),
    pytest.param("Marta Velasquez has gone after the mayor as a friend of the banks.",
                 "has gone after", "Marta Velasquez", "the mayor as a friend of the banks",
                 id="phrasal_verb_of_attacking"),
    pytest.param("The farmers would like the mayor to lower the tolls.",
                 "would like", "The farmers", "the mayor to lower the tolls",
                 id="would_like_a_wish"),
    pytest.param("Marta Velasquez is already bearish on the tolls.",
                 "is already bearish on", "Marta Velasquez", "the tolls",
                 id="attitude_adjective_after_a_degree_word"),
    pytest.param("Marta Velasquez was sure the tolls would fall.",
                 "was sure", "Marta Velasquez", "the tolls would fall",
                 id="belief_adjective_with_a_bare_clause"),
    pytest.param("The farmers were wary of Marta Velasquez's eagerness to lower the tolls.",
                 "eagerness", "Marta Velasquez's", "to lower the tolls",
                 id="noun_of_wanting_before_to"),
    pytest.param("Marta Velasquez is willing to lower the tolls.",
                 "is willing", "Marta Velasquez", "to lower the tolls",
                 id="attitude_adjective_before_an_infinitive"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), CLASSES)
def test_cue_class(text: str, cue: str, speaker: str, content: str) -> None:
    assert_claim(text, cue, speaker, content)


@pytest.mark.parametrize("text", [
    "The diverted tolls discovered last year were small.",  # a participle after its noun
    "The farmers' disdain grew over the summer.",  # the noun without its preposition
    "The disdain for the new tolls grew over the summer.",  # no possessor holds it
])
def test_no_claim(text: str) -> None:
    assert [c.cue.text for c in run(text).claims] == []


# text, cue, the speaker's words, content
ISSUED = [
    pytest.param("The port authority sent a sharply worded letter on Tuesday.",
                 "sent", "The port authority", "a sharply worded letter",
                 id="verb_of_sending_a_document"),
    pytest.param("The port authority is rolling out a new message for farmers.",
                 "is rolling out", "The port authority", "a new message for farmers",
                 id="phrasal_verb_of_issuing"),
    pytest.param("Marta Velasquez unleashed a series of angry posts overnight.",
                 "unleashed", "Marta Velasquez", "a series of angry posts overnight",
                 id="verb_of_issuing_messages_with_a_quantifier"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), ISSUED)
def test_verb_of_issuing_a_document(text: str, cue: str, speaker: str, content: str) -> None:
    assert_claim(text, cue, speaker, content)


@pytest.mark.parametrize("text", [
    "The farmers asked the port authority to release the letter.",  # an infinitive
    "The port authority released video of the collision.",  # footage shows, it does not say
    "Tolls are a key issue for the farmers in the valley.",  # a noun
    "The port authority put a letter in every mailbox.",  # "put" without "out"
])
def test_verb_of_issuing_without_a_claim(text: str) -> None:
    assert [c.cue.text for c in run(text).claims
            if c.cue.text in ("release", "released", "issue", "put")] == []


def test_participle_after_the_document_keeps_its_own_frame() -> None:
    c = only(run("The port authority issued a statement saying the tolls would rise."),
             "issued a statement saying")
    assert c.content.text == "the tolls would rise"


# text, cue, the speaker's words, content
AS_FRAMES = [
    pytest.param("As Marta Velasquez put it, the tolls are a tax on farmers.",
                 "put it", "Marta Velasquez", "the tolls are a tax on farmers",
                 id="as_x_put_it"),
    pytest.param("Marta Velasquez identified the tolls as the main cause of the losses.",
                 "identified", "Marta Velasquez", "the tolls as the main cause of the losses",
                 id="identify_with_as"),
    pytest.param("Marta Velasquez painted the mayor as a friend of the banks.",
                 "painted", "Marta Velasquez", "the mayor as a friend of the banks",
                 id="characterize_verb_with_as"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), AS_FRAMES)
def test_as_frame(text: str, cue: str, speaker: str, content: str) -> None:
    assert_claim(text, cue, speaker, content)


@pytest.mark.parametrize("text", [
    "Marta Velasquez put it on the table.",  # "put it" with a place: no saying
    "Marta Velasquez painted the fence.",  # no "as"
    "The mayor was painted as a friend of the banks.",  # a passive without its agent
])
def test_as_frame_without_a_claim(text: str) -> None:
    assert run(text).claims == ()


def test_possessive_pronoun_opening_a_sentence_is_the_latest_speaker() -> None:
    ex = run("Marta Velasquez said the tolls were too high. Her promise to cut them won votes.")
    c = only(ex, "promise")
    assert c.speaker == only(ex, "said").speaker
    assert c.content.text == "to cut them won votes"


def test_possessive_pronoun_that_does_not_fit_the_latest_speaker() -> None:
    ex = run("Marta Velasquez said the tolls were too high. Their promise to cut them won votes.")
    assert [c.cue.text for c in ex.claims] == ["said"]


def test_participle_that_is_no_cue_after_the_document() -> None:
    c = only(run("Marta Velasquez unleashed a flurry of posts shaming the mayor."), "unleashed")
    assert c.content.text == "a flurry of posts shaming the mayor"


def test_like_as_a_preposition_is_no_cue() -> None:
    assert run("The farmers, like the mayor, would pay the tolls.").claims == ()


def test_sure_to_is_no_view() -> None:
    assert run("Marta Velasquez is sure to lose the vote.").claims == ()
