"""English cue frames added for attribution recall: cues inside to-infinitives (catenative
verbs and adjectives, verbs of causing, "for X to"). Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest

from tests.extract.en.test_attribution_forms import assert_claim, only, run

# text, cue, the speaker's words, content
INFINITIVES = [
    pytest.param("Marta Velasquez went on to say that the port would close.",
                 "went on to say", "Marta Velasquez", "the port would close",
                 id="catenative_with_particle"),
    pytest.param("Marta Velasquez tried to argue that the tolls were fair.",
                 "tried to argue", "Marta Velasquez", "the tolls were fair",
                 id="catenative_verb"),
    pytest.param("Marta Velasquez was quick to note that the tolls were fair.",
                 "was quick to note", "Marta Velasquez", "the tolls were fair",
                 id="catenative_adjective_after_be"),
    pytest.param("The vote prompted dozens of farmers to denounce the new tolls.",
                 "to denounce", "dozens of farmers", "the new tolls",
                 id="object_of_a_verb_of_causing"),
    pytest.param("It was too early for the farmers to believe that the tolls would fall.",
                 "to believe", "the farmers", "the tolls would fall",
                 id="for_subject"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), INFINITIVES)
def test_cue_inside_an_infinitive(text: str, cue: str, speaker: str, content: str) -> None:
    assert_claim(text, cue, speaker, content)


@pytest.mark.parametrize("text", [
    "The union's decision to endorse the plan surprised nobody.",  # a noun before "to"
    "Marta Velasquez went to say goodbye to the farmers.",  # a movement, not a catenative
    "The inspectors failed to show up at the port.",
])
def test_infinitive_without_a_speaker_is_not_a_claim(text: str) -> None:
    assert run(text).claims == ()


# an -ing cue hanging on a noun phrase: the noun phrase speaks; a document's issuer speaks
REDUCED = [
    pytest.param("With polls showing Marta Velasquez far ahead, the union relaxed.",
                 "showing", "polls", id="evidence_noun_before_participle"),
    pytest.param("Marta Velasquez issued a statement saying that the port would close.",
                 "issued a statement saying", "Marta Velasquez", id="issued_document"),
    pytest.param("Marta Velasquez kept saying that the port would close.",
                 "kept saying", "Marta Velasquez", id="verb_of_going_on"),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), REDUCED)
def test_cue_in_an_ing_clause_after_a_noun(text: str, cue: str, speaker: str) -> None:
    assert only(run(text), cue).speaker_mention.text == speaker


@pytest.mark.parametrize("text", [
    "Marta Velasquez avoided saying much about the port.",  # a verb before the -ing form
    "After his strong showing at the debate, the union relaxed.",  # a verbal noun
])
def test_ing_form_after_a_verb_or_as_a_noun_is_not_a_claim(text: str) -> None:
    assert run(text).claims == ()


def test_the_poll_shows_is_a_verb():
    c = only(run("The new poll shows Marta Velasquez with a wide lead."), "shows")
    assert c.speaker_mention.text == "The new poll"
    assert c.content.text == "Marta Velasquez with a wide lead"


# a light verb with a noun of speech or attitude is the cue, with the noun's preposition
LIGHT = [
    pytest.param("Marta Velasquez has been a staunch supporter of the new tolls.",
                 "has been a staunch supporter of", "the new tolls", id="be_role_noun"),
    pytest.param("Marta Velasquez raised questions about the new tolls.",
                 "raised questions about", "the new tolls", id="raise_questions"),
    pytest.param("Marta Velasquez took issue with the new tolls.",
                 "took issue with", "the new tolls", id="take_issue"),
    pytest.param("Marta Velasquez made it clear that the tolls would stay.",
                 "made it clear", "the tolls would stay", id="make_it_clear"),
]


@pytest.mark.parametrize(("text", "cue", "content"), LIGHT)
def test_light_verb_with_a_noun_of_speech(text: str, cue: str, content: str) -> None:
    c = only(run(text), cue)
    assert c.speaker_mention.text == "Marta Velasquez"
    assert c.content.text == content


@pytest.mark.parametrize("text", [
    "Marta Velasquez made the comments on Friday.",  # nothing said follows the noun
    "Marta Velasquez took questions from farmers.",  # "take" goes with few nouns
    "The union's loudest critics were farmers.",  # a possessive, not "is"
    "Marta Velasquez has sent a parcel to the farmers.",  # "has" is an auxiliary here
])
def test_light_verb_without_what_is_held_is_not_a_claim(text: str) -> None:
    assert run(text).claims == ()


def test_relative_which_after_a_comma_makes_a_cue_word_a_verb():
    ex = run("The union released the minutes, which detail the new tolls.")
    c = only(ex, "detail")
    assert c.speaker_mention.text == "which"
    assert c.content.text == "the new tolls"


def test_inverted_speaker_before_a_venue_phrase():
    c = only(run("“The tolls will stay,” said the narrator in the new video."), "said")
    assert c.speaker_mention.text == "the narrator"
    assert c.content.text == "“The tolls will stay,”"


def test_manner_of_speaking_verb_is_a_cue():
    c = only(run("“The tolls will stay,” Marta Velasquez gushed."), "gushed")
    assert c.speaker_mention.text == "Marta Velasquez"


def test_signed_quotation_after_a_name_and_its_outlet():
    ex = run('Marta Velasquez, The Daily Courier: "The tolls will stay."')
    c = only(ex, ":")
    assert c.speaker_mention.text == "Marta Velasquez, The Daily Courier"
    assert c.content.text == '"The tolls will stay."'
    assert ex.actor(c.speaker).label == "Marta Velasquez"


def test_readers_heading_is_no_speaker():
    assert run("COURIER READERS: What is happening in your town?").claims == ()


def test_linking_verb_with_an_attitude_adjective_is_a_cue():
    c = only(run("Farmers in the valley were increasingly nervous about the new tolls."),
             "were increasingly nervous about")
    assert c.speaker_mention.text == "Farmers in the valley"
    assert c.content.text == "the new tolls"


@pytest.mark.parametrize("text", [
    "It is clear that the tolls will stay.",  # an expletive subject names no one
    "Marta Velasquez is sure to win the race.",  # a prediction about her, not her view
])
def test_attitude_adjective_without_a_holder_is_not_a_claim(text: str) -> None:
    # no claim of a named holder ("It is clear that ..." is the article's unnamed source's:
    # tests/extract/en/test_unattributed.py)
    ex = run(text)
    assert all(c.speaker_mention is None and not ex.actor(c.speaker).mentions
               for c in ex.claims)
    assert len(ex.claims) == (1 if text.startswith("It") else 0)


def test_phrasal_verb_of_speaking_out_is_one_cue():
    c = only(run("Marta Velasquez is speaking out against the new tolls."), "is speaking out against")
    assert c.speaker_mention.text == "Marta Velasquez"
    assert c.content.text == "the new tolls"


def test_who_after_a_plain_noun_phrase_speaks_for_it():
    ex = run("Marta Velasquez met young farmers who criticized the new tolls.")
    c = only(ex, "criticized")
    assert c.speaker_mention.text == "who"
    assert ex.actor(c.speaker).label == "young farmers (article t)"  # a generic group


def test_who_after_a_horizontal_bar_points_at_the_name():
    ex = run("The race was won by Marta Velasquez ― who famously rejected the new tolls.")
    c = only(ex, "famously rejected")
    assert ex.actor(c.speaker).label == "Marta Velasquez"


def test_inverted_speaker_with_a_long_affiliation_or_a_relative_clause():
    ex = run('"The tolls will stay," said Marta Velasquez of the University of the Valley '
             'Center on Road Policy.')
    assert only(ex, "said").speaker_mention.text.startswith("Marta Velasquez of the University")
    ex = run('"The tolls will stay," said a union official who spoke on condition of anonymity.')
    c = only(ex, "said")  # and "spoke on condition of anonymity" is no claim of its own
    assert c.speaker_mention.text == "a union official"


def test_gerund_after_a_preposition_shares_the_clause_subject():
    c = only(run("Marta Velasquez was criticized for saying that the tolls were fair."),
             "saying")
    assert c.speaker_mention.text == "Marta Velasquez"
    assert c.content.text == "the tolls were fair"


def test_verbs_of_acting_are_not_cues():
    # (signing an agreement is a deed that takes a side: tests/extract/en/test_evidence_verbs.py)
    ex = run("The union voted for the new tolls and pushed the council to act.")
    assert ex.claims == ()


def test_possessive_reporting_noun_with_modifiers_before_it():
    ex = run("Marta Velasquez's repeated admission that the tolls were too high surprised us.")
    c = only(ex, "repeated admission")
    assert c.speaker_mention.text == "Marta Velasquez's"
    assert c.content.text.startswith("the tolls were too high")


@pytest.mark.parametrize(("text", "cue"), [
    ("Marta Velasquez wrote on Twitter that the tolls would stay.", "wrote on Twitter"),
    ("Marta Velasquez said in a statement on Monday that the tolls would stay.",
     "said in a statement"),
    ("“The tolls will stay,” Marta Velasquez wrote on Facebook.", "wrote on Facebook"),
])
def test_venue_or_platform_after_the_cue_goes_with_it(text: str, cue: str) -> None:
    assert only(run(text), cue).speaker_mention.text == "Marta Velasquez"


def test_verb_of_relating_is_a_cue():
    c = only(run("Marta Velasquez linked the new tolls to the budget crisis."), "linked")
    assert c.speaker_mention.text == "Marta Velasquez"
    assert c.content.text == "the new tolls to the budget crisis"


def test_weak_cue_after_a_plural_noun_subject():
    c = only(run("Critics consider the new tolls a disgrace."), "consider")
    assert c.speaker_mention.text == "Critics"
    assert c.content.text == "the new tolls a disgrace"
