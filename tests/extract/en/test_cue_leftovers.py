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
