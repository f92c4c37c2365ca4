"""Cue leftovers (helper 11): noun readings of cue words after a plural quantifier. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.en.test_attribution_forms import run


def cues(text: str) -> list[str]:
    return [c.cue.text for c in run(text).claims]


@pytest.mark.parametrize("text", [
    "All rates exclude the local harbour levy.",
    "Most plans cover only the first two children.",
    "Several reports reached the ministry after the flood.",
])
def test_s_form_after_a_plural_quantifier_is_a_noun(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("Most say the harbour levy is too high.", "say"),
    ("The auditor both reports the losses and explains them.", "reports"),
])
def test_verb_after_a_quantifier_stays_a_cue(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize("text, cue, content", [
    ("The levy drew protests from those who argued that it would close the harbour.",
     "argued", "it would close the harbour"),
    ("The mayor was among others who warned that the harbour would close.",
     "warned", "the harbour would close"),
])
def test_pronoun_headed_relative_after_a_preposition_is_a_speaker(text, cue, content):
    found = [c for c in run(text).claims if c.cue.text == cue]
    assert len(found) == 1 and found[0].content.text == content


def test_pronoun_headed_relative_as_subject_keeps_the_main_claim():
    # the relative clause is the subject here: its content would swallow the main verb
    assert cues("Those who touted the levy now say that it failed.") == ["now say"]


@pytest.mark.parametrize("text", [
    "The ministry announced plans to widen the harbour.",
    "The port authority is making plans to widen the harbour.",
    "The fishermen made plans to block the harbour.",
])
def test_s_form_after_a_verb_before_to_is_its_object(text):
    assert "plans" not in cues(text)


def test_s_form_after_a_subject_before_to_stays_a_cue():
    assert cues("The ministry plans to widen the harbour.") == ["plans"]


def test_has_plans_to_stays_a_cue_of_intent():
    assert cues("The port authority has plans to widen the harbour.") == ["has plans"]


@pytest.mark.parametrize("text, cue", [
    ("Marta Velasquez argued that the port needs more money, which the council plans to raise "
     "through a levy.", "plans"),
    ("Marta Velasquez argued that the fund paid for what the auditors said was waste.", "said"),
])
def test_relative_clause_with_its_own_subject_keeps_its_claim(text, cue):
    assert cue in cues(text)


def test_what_someone_called_names_a_thing_inside_the_claim():
    assert cues("Marta Velasquez condemned what the council called a reckless levy.") == [
        "condemned"]


def test_attitude_in_a_that_clause_stays_nested():
    assert cues("Marta Velasquez argued that the council plans to raise a levy.") == ["argued"]
