"""English cue words in senses that report nothing: a verb of speaking whose "of"/"on" belongs
to a noun phrase of place or audience ("spoke at a meeting of farmers"). Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.en.test_attribution_forms import run


def cues(text: str) -> list[str]:
    return [c.cue.text for c in run(text).claims]


@pytest.mark.parametrize("text", [
    "Marta Velasquez spoke at a meeting of dairy farmers in the valley.",
    "Marta Velasquez spoke to a crowd of students before the vote.",
    "Marta Velasquez spoke in a tent on the edge of the fairground.",
])
def test_speak_where_or_to_whom_is_no_claim(text):
    assert not any(c.lower().startswith("spoke") for c in cues(text))


@pytest.mark.parametrize("text, cue", [
    ("Marta Velasquez spoke warmly of her years at the harbor.", "spoke warmly of"),
    ("Marta Velasquez spoke of her years at the harbor.", "spoke of"),
    ("Marta Velasquez spoke on the need for new roads.", "spoke on"),
    ("Marta Velasquez spoke to reporters about the new roads.", "spoke"),
])
def test_speak_with_topic_is_a_claim(text, cue):
    assert any(c.startswith(cue.split()[0]) for c in cues(text)), cues(text)


# "clause" cues: verbs that report only with a that-clause, a quotation or a colon; with a plain
# object or an infinitive they take on, keep, come to know, compete for, show, end or expect something
@pytest.mark.parametrize("text", [
    "Marta Velasquez assumed the chairmanship in May.",
    "The agency maintains a training program for pilots.",
    "On campus, the volunteers have learned to keep their views to themselves.",
    "Marta Velasquez learned the news on Friday.",
    "Marta Velasquez answered questions from students for an hour.",
    "Both parties are contesting the coastal district.",
    "The new mayor demonstrated more ease in the debate.",
    "The flyers convey the urgency of voting early.",
    "The film concludes with footage of the flood.",
    "The panel concluded its hearing on Friday.",
    "Officials anticipate heavy traffic on the bridge.",
])
def test_clause_cue_with_plain_object_is_no_claim(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("Marta Velasquez assumed that the port would reopen.", "assumed"),
    ("Marta Velasquez maintains that the vote was fair.", "maintains"),
    ("Marta Velasquez learned that the port would close.", "learned"),
    ("Marta Velasquez answered that the port would stay open.", "answered"),
    ("\"Not this year,\" Marta Velasquez answered.", "answered"),
    ("Marta Velasquez contested that the count was fair.", "contested"),
    ("Marta Velasquez demonstrated that the pumps worked.", "demonstrated"),
    ("Marta Velasquez conveyed that the talks had stalled.", "conveyed"),
    ("The panel concluded that the dam was safe.", "concluded"),
    ("\"The dam is safe,\" the panel concluded.", "concluded"),
    ("Officials anticipate that the bridge will reopen.", "anticipate"),
])
def test_clause_cue_with_clause_is_a_claim(text, cue):
    assert cues(text) == [cue]


# "add" and "point to" before a sum or a percentage: arithmetic, not speech
@pytest.mark.parametrize("text", [
    "The plan would add $84 billion over ten years.",
    "The tax would eventually add $84 billion to the deficit.",
    "The fund raised its forecast by 0.2 percentage points to 3.1 percent.",
])
def test_amount_after_add_is_no_claim(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, content", [
    ("Marta Velasquez added that 40 percent of the budget was spent.",
     "40 percent of the budget was spent"),
    ("Marta Velasquez added 5 percent of the funds were missing.",
     "5 percent of the funds were missing"),
    ("Marta Velasquez added $5 million was missing.", "$5 million was missing"),
])
def test_amount_opening_a_clause_after_add_is_a_claim(text, content):
    assert [c.content.text for c in run(text).claims] == [content]


# "see" with a possessive object: what befell the subject, not a view
@pytest.mark.parametrize("text", [
    "The mayor has seen his support slip since May.",
    "The farmers saw their harvest fall by half.",
])
def test_see_what_befell_one_is_no_claim(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("The mayor sees his rivals as weak.", "sees"),
    ("The mayor saw that the bridge was closed.", "saw"),
])
def test_see_as_a_view_is_a_claim(text, cue):
    assert cues(text) == [cue]


# a to-infinitive cue after "failure", "failing", "refusing", "unable": nothing was said
# (the criticism itself is an unnamed source's claim: tests/extract/en/test_unattributed.py)
@pytest.mark.parametrize("text,verb", [
    ("The council faced criticism for its failure to speak out on the floods.", "speak"),
    ("The minister was criticized for failing to address the shortages.", "address"),
])
def test_unrealized_speech_is_no_claim(text, verb):
    assert [c for c in cues(text) if verb in c] == []


def test_infinitive_cue_after_other_verbs_is_a_claim():
    assert cues("The mayor went on to say that the port would close.") == ["went on to say"]
