"""Claims whose source the text does not name (extract.en.unattributed): agentless passives of
blame ("was accused of"), regard ("is seen as") and expectation ("is expected to"). Their
speaker is one actor per article with no mention; no stance comes from them; an article with
such a claim builds into a real Oxigraph store that passes SHACL validation and serves its
records and neighbourhood. Every sentence here is written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.extract.en.test_attribution_forms import only, run


# text, cue, content (subject ... complement)
AGENTLESS = [
    pytest.param("The harbour master was accused of selling the permits.", "was accused of",
                 "The harbour master was accused of selling the permits", id="accused_of"),
    pytest.param("The inspectors have often been criticized for ignoring the leaks.",
                 "have often been criticized for",
                 "The inspectors have often been criticized for ignoring the leaks",
                 id="criticized_for_with_adverb"),
    pytest.param("The old ferry line has been blamed for the delays, the report shows.",
                 "has been blamed for", "The old ferry line has been blamed for the delays",
                 id="blamed_for_ends_at_comma"),
    pytest.param("The new dam was widely seen as a gift to the builders.", "was widely seen as",
                 "The new dam was widely seen as a gift to the builders", id="seen_as"),
    pytest.param("The canal will surely be viewed as a failure.", "will surely be viewed as",
                 "The canal will surely be viewed as a failure", id="viewed_as_modal"),
    pytest.param("The bridge is considered a risk to the town.", "is considered",
                 "The bridge is considered a risk to the town", id="considered_bare"),
    pytest.param("The toll rise is expected to pass next week.", "is expected",
                 "The toll rise is expected to pass next week", id="expected_to"),
    pytest.param("Its accounts have never been questioned.", "have never been questioned",
                 "Its accounts have never been questioned", id="questioned_no_complement"),
    pytest.param("The old harbour master was hailed for his calm.", "was hailed for",
                 "The old harbour master was hailed for his calm", id="praise_hailed_for"),
    pytest.param("The bank had been celebrated for years as the safest.", "had been celebrated",
                 "The bank had been celebrated for years as the safest",
                 id="for_years_is_no_reason"),
    pytest.param("Most of his claims were rated as false.", "were rated as",
                 "Most of his claims were rated as false", id="rated_as"),
    pytest.param("The deputy has been mentioned as a successor.", "has been mentioned as",
                 "The deputy has been mentioned as a successor", id="mentioned_as"),
]


@pytest.mark.parametrize("text,cue,content", AGENTLESS)
def test_agentless_passive_is_an_unnamed_claim(text, cue, content):
    ex = run(text)
    c = only(ex, cue)
    assert c.content.text == content
    assert c.speaker_mention is None
    speaker = ex.actor(c.speaker)
    assert speaker.label == "unnamed source (article t)" and speaker.kind == "group"
    assert speaker.mentions == () and speaker.country is None and speaker.role is None
    assert c.confidence < 0.5


def test_relative_pronoun_opens_the_content():
    ex = run("The dean, who for years was seen as aloof, resigned on Monday.")
    assert only(ex, "was seen as").content.text == "who for years was seen as aloof"


@pytest.mark.parametrize("text", [
    "The plan was criticized by the mayor.",          # an agent: forms.passive names it
    "Marta Velasquez criticized the plan.",           # active: the subject speaks
    "The widely criticized plan stalled.",            # no be-form: an adjective
    "The ferry was seen leaving the harbour.",        # "seen" without "as": eyesight
    "Being seen is what matters to the mayor.",       # no subject
    "The mayor said: \"The plan was criticized as too costly.\"",  # inside a quotation
    "The convoy was attacked near the border.",       # an assault, not words
    "The suspect was questioned for hours.",          # an interrogation
    "The officer was condemned to death.",            # a sentence passed
])
def test_no_unnamed_claim(text):
    ex = run(text)
    assert not any(ex.actor(c.speaker).label.startswith("unnamed source") for c in ex.claims)


def test_one_unnamed_actor_per_article_and_distinct_across_articles():
    text = ("The harbour master was accused of selling the permits. "
            "His deputy was seen as his accomplice.")
    one = run(text, aid="a1")
    two = run(text, aid="a2")
    assert len(one.claims) == 2 and len({c.speaker for c in one.claims}) == 1
    assert {c.speaker for c in one.claims}.isdisjoint({c.speaker for c in two.claims})
    assert [a.label for a in one.actors if a.id == one.claims[0].speaker] == [
        "unnamed source (article a1)"]


def test_no_stance_from_an_unnamed_claim():
    ex = run("Marta Velasquez was accused of threatening the inspectors.")
    unnamed = {c.speaker for c in ex.claims if c.speaker_mention is None}
    assert unnamed and not any(s.holder in unnamed for s in ex.stances)


def test_named_speaker_after_an_unnamed_claim_keeps_the_subject():
    # ", saying ...": the participle's speaker is the clause's subject, not the unnamed source
    ex = run("Marta Velasquez was criticized for saying that the tolls were fair.")
    assert only(ex, "saying").speaker_mention.text == "Marta Velasquez"


def test_an_unnamed_claim_builds_validates_and_serves(tmp_path: Path) -> None:
    from graph.build import build
    from graph.neighbourhood import neighbourhood
    from graph.records import iter_actors, iter_claims
    from graph.serving import article_record, claim_record, filtered_neighbourhood
    from graph.store import Store, validate_store
    from ontology.mapping import Run

    text = ("Harbour row deepens.\n\nThe harbour master was accused of selling the permits. "
            "Marta Velasquez said the port would stay open.")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "un1", "text": text, "lang": "en",
                               "published": "2024-05-10"}) + "\n", encoding="utf-8")
    with Store.open(tmp_path / "store") as store:
        summary = build([src], store=store, run=Run(id="r", started="2026-01-01T00:00:00Z",
                                                    version="0.1.0"))
        assert summary.failures == [] and summary.claims == 2
        report = validate_store(store)
        assert report.conforms, report.summary()
        unnamed = next(a for a in iter_actors(store, article="un1")
                       if a.to_dict()["label"] == "unnamed source (article un1)")
        uid = unnamed.to_dict()["id"]
        claims = [c.to_dict() for c in iter_claims(store, speaker=uid)]
        assert len(claims) == 1 and claims[0]["cue"] == "was accused of"
        record = claim_record(store, claims[0]["id"])
        assert record["spans"]["speaker"] is None
        assert record["spans"]["content"]["text"].startswith("The harbour master")
        assert record["spans"]["evidence"] is not None
        page = article_record(store, "un1")
        assert uid in {a["id"] for a in page["actors"]}
        around = neighbourhood(store, uid, depth=1)
        assert around["center"] == uid and uid in {n["id"] for n in around["nodes"]}
        assert filtered_neighbourhood(store, uid, depth=1)["center"] == uid


# "X faced criticism for Y": blame undergone; the content is what for, else the subject
UNDERGONE = [
    pytest.param("The port authority has faced sharp criticism for raising the fees.",
                 "has faced sharp criticism for", "raising the fees", id="faced_for"),
    pytest.param("The new mayor came under fire over the budget cuts.",
                 "came under fire over", "the budget cuts", id="came_under_fire_over"),
    pytest.param("The ferry company is drawing criticism after it cancelled the crossings.",
                 "is drawing criticism", "The ferry company", id="drawing_no_prep"),
]


@pytest.mark.parametrize("text,cue,content", UNDERGONE)
def test_undergone_blame_is_an_unnamed_claim(text, cue, content):
    ex = run(text)
    c = only(ex, cue)
    assert c.content.text == content and c.speaker_mention is None
    assert ex.actor(c.speaker).label == "unnamed source (article t)"


@pytest.mark.parametrize("text", [
    "The port authority faced criticism from the unions for raising the fees.",  # named source
    "The convoy came under fire near the border.",        # gunfire: "fire" needs what for
    "In the face of criticism the mayor kept the fees.",  # "face" is a noun
    "The harbour drew tourists over the summer.",         # no noun of blame
])
def test_no_undergone_claim(text):
    ex = run(text)
    assert not any(ex.actor(c.speaker).label.startswith("unnamed source") for c in ex.claims)


def test_seeming_is_how_the_subject_looks_to_no_one_named():
    ex = run("The new ferry timetable seems to be a failure.")
    c = only(ex, "seems")
    assert c.speaker_mention is None and ex.actor(c.speaker).mentions == ()
    assert c.content.text == "The new ferry timetable seems to be a failure"


def test_seeming_before_a_cue_verb_stays_the_subjects():
    # "seemed to think": the belief is Marta Velasquez's own, so no unnamed source
    ex = run("Marta Velasquez seemed to think the fees were fair.")
    assert only(ex, "seemed to think").speaker_mention.text == "Marta Velasquez"
    assert all(c.speaker_mention is not None for c in ex.claims)


@pytest.mark.parametrize("text,content", [
    ("Asked whether the fees would rise, Marta Velasquez said they would not.",
     "whether the fees would rise"),
    ("When asked about the ferry, the mayor said nothing.", "about the ferry"),
])
def test_a_sentence_opening_question_is_asked_by_no_one_named(text, content):
    ex = run(text)
    c = only(ex, "asked" if text.startswith("When") else "Asked")
    assert c.content.text == content and c.speaker_mention is None
    assert ex.actor(c.speaker).label == "unnamed source (article t)"
    assert only(ex, "said").speaker_mention is not None  # the answer keeps its speaker


@pytest.mark.parametrize("text", [
    "Marta Velasquez asked whether the fees would rise.",      # the asker is named
    "Asked by reporters whether the fees would rise, she said no.",  # an agent
    "The mayor was asked whether the fees would rise.",        # not sentence-opening
])
def test_no_asked_opening(text):
    ex = run(text)
    assert not any(ex.actor(c.speaker).label.startswith("unnamed source") for c in ex.claims)


@pytest.mark.parametrize("text,cue,content", [
    ("It is still unclear whether the ferry will run in May.", "It is still unclear",
     "whether the ferry will run in May"),
    ("By now it should be obvious that the tolls are too high.", "it should be obvious",
     "that the tolls are too high"),
    ("Nor is it clear that the bridge can be saved.", "Nor is it clear",
     "that the bridge can be saved"),
])
def test_an_impersonal_judgment_is_the_unnamed_sources(text, cue, content):
    ex = run(text)
    c = only(ex, cue)
    assert c.content.text == content and c.speaker_mention is None
    assert ex.actor(c.speaker).label == "unnamed source (article t)"


@pytest.mark.parametrize("text", [
    "Marta Velasquez made it clear that the tolls would stay.",  # the subject speaks
    "It is clear.",                                             # no clause of what is clear
    "It is a clear night over the harbour.",                    # no judgment
])
def test_no_impersonal_judgment_claim(text):
    ex = run(text)
    assert not any(ex.actor(c.speaker).label.startswith("unnamed source") for c in ex.claims)
