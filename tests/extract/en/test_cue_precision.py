"""Cue precision: cue words that head no claim of their own here. A belief, feeling or plan
inside another claim's content is part of what that speaker says. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.en.test_attribution_forms import run


def cues(text: str) -> list[str]:
    return [c.cue.text for c in run(text).claims]


@pytest.mark.parametrize("text", [
    "The mayor said the council plans to raise taxes next year.",
    "The council plans to raise taxes next year, the mayor said.",
    "The mayor said that many voters think the bridge is unsafe.",
    "The senator said the governor hopes the budget will pass.",
    "The inspector said the auditors found serious errors in the books.",
])
def test_attitude_inside_content_is_no_claim(text):
    assert cues(text) == ["said"]


@pytest.mark.parametrize("text, cue", [
    ("The council plans to raise taxes next year.", "plans"),
    ("The auditors found that the books were wrong.", "found"),
])
def test_attitude_alone_is_a_claim(text, cue):
    assert cues(text) == [cue]


def test_speech_inside_content_stays_a_claim():
    assert cues("The mayor said the governor argued that taxes must rise.") == ["said", "argued"]


@pytest.mark.parametrize("text, cue_list", [
    ("The fact-checkers rated many Republican claims as false last year.", ["rated"]),
    ("Farmers in Midwestern states like Iowa backed the bill.", []),
    ("The plan drew on a March report, officials said.", ["said"]),
])
def test_noun_before_a_phrase_end_is_no_cue(text, cue_list):
    assert cues(text) == cue_list


def test_verb_with_a_clause_after_a_name_stays_a_cue():
    assert cues("The union claims the plant is unsafe.") == ["claims"]


@pytest.mark.parametrize("text", [
    "The governor spoke to reporters on Friday after the vote.",
    "The mayor talked with local business owners at the fair.",
])
def test_speaking_without_a_topic_is_no_claim(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("The governor spoke at length about the flooding.", "spoke"),
    ("The mayor talked to farmers about water prices.", "talked"),
])
def test_speaking_about_a_topic_is_a_claim(text, cue):
    assert cues(text) == [cue]


@pytest.mark.parametrize("text, cue", [
    ("The minister condemned what she called a reckless attack on the port.", "condemned"),
    ("The union said the plan amounted to what its lawyers described as a breach of contract.",
     "said"),
])
def test_free_relative_inside_content_is_no_claim(text, cue):
    assert cues(text) == [cue]


@pytest.mark.parametrize("text, cue_list", [
    ("The clerk said the lawyers asked for the files on Monday.", ["said"]),
    ("The lawyers asked for the files on Monday, the clerk said.", ["said"]),
    ("The mayor told reporters the new data shows a drop in crime.", ["told"]),
    # a clause of its own keeps the inner cue a claim
    ("The clerk said the lawyers argued that the files were sealed.", ["said", "argued"]),
    ("The lawyers asked for the files on Monday.", ["asked for"]),
    ("Mayor Jane Roe: The council asked for more money last week.", [":"]),
    ("Mayor Jane Roe: The council argued that the money was needed.", [":", "argued"]),
])
def test_cue_without_a_clause_inside_what_was_said(text, cue_list):
    assert cues(text) == cue_list


@pytest.mark.parametrize("text, cue_list", [
    ("It goes without saying that the bridge must be repaired, the mayor said.", ["said"]),
    ("Having said that, the council will vote on Monday.", []),
    ("The mayor spoke. It goes without saying that the bridge must be repaired.", []),
    ("That said, the mayor said the vote would be close.", ["said"]),
    ("The mayor said that, in her view, the vote would be close.", ["said"]),
])
def test_discourse_idioms_of_saying_are_no_cues(text, cue_list):
    assert cues(text) == cue_list


@pytest.mark.parametrize("second", [
    "She called into a radio program on Monday.",
    "She recently called in to a town hall about the bill.",
])
def test_calling_in_by_phone_is_no_cue(second):
    assert cues("Senator Jane Roe was at home. " + second) == []


@pytest.mark.parametrize("text, cue_list", [
    ("The money went to GOP state parties in October.", []),
    ("The report states that the plant is unsafe.", ["states"]),
    ("The governor stated: “We will rebuild.”", ["stated:"]),
    ("The appeals court ruling could reach the Supreme Court.", []),
    ("The judge ruled that the law was void.", ["ruled"]),
])
def test_clause_cues_need_a_clause(text, cue_list):
    assert cues(text) == cue_list
