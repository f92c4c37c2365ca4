"""The pipeline: named components, error policy, language dispatch, offsets, speed."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.errors import ExtractError, InputError
from extract.model import Article, Extraction
from extract.pipeline import Pipeline, extract


def test_components_are_named_and_can_be_disabled() -> None:
    p = Pipeline()
    assert p.names == ["body", "normalize", "actors", "claims", "stances"]
    p.disable("stances")
    ex = p(Article("a", "دعا ماكرون بوتين إلى حماية “قسد”.", "ar"))
    assert ex.claims and ex.stances == ()
    with pytest.raises(KeyError, match="no component named 'nope'"):
        p.disable("nope")


def test_body_is_filled_when_empty() -> None:
    text = "عنوان\n\ncamera iconصورة\n\nوقال ماكرون إن الحرب ضد التنظيم مستمرة في سوريا وفي العراق أيضًا، وفق البيان.\n\nادعم عنب بلدي"
    ex = extract(Article("a", text, "ar"))
    assert [text[s:e] for s, e in ex.article.body] == ["عنوان", text.split("\n\n")[2]]


def test_pipe_skips_or_raises() -> None:
    p = Pipeline()

    def broken(state) -> None:
        raise ValueError("boom")

    p.replace("claims", broken)
    good = Article("g", "وقالت فرنسا إن الوضع خطير.", "en")
    bad = Article("b", "وقالت فرنسا إن الوضع خطير.", "ar")
    err = InputError("x.jsonl", "not JSON", line=3)
    out = list(p.pipe([bad, err, good]))
    assert isinstance(out[0], ExtractError) and str(out[0]) == "b [claims]: ValueError: boom"
    assert out[1] is err and isinstance(out[2], Extraction)
    with pytest.raises(ExtractError):
        list(p.pipe([bad], on_error="raise"))
    with pytest.raises(ValueError):
        list(p.pipe([bad], on_error="ignore"))


def test_english_is_dispatched() -> None:
    ex = extract(Article("e", "France urged Russia to protect the SDF, President Macron said.", "en"))
    assert isinstance(ex, Extraction) and ex.article.lang == "en"


def test_unknown_language_is_an_error() -> None:
    with pytest.raises(ExtractError, match="unsupported language"):
        Pipeline()(Article("x", "texte", "fr"))  # type: ignore[arg-type]


def test_every_span_points_into_the_original(seed_path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    ex = extract(Article("seed", text, "ar"))
    spans = [m for a in ex.actors for m in a.mentions]
    spans += [x for c in ex.claims for x in (c.cue, c.content, c.speaker_mention) if x]
    spans += [x for s in ex.stances for x in (s.trigger, s.holder_mention, s.target_mention) if x]
    assert spans and all(text[s.start:s.end] == s.text for s in spans)
    assert all(any(b0 <= s.start and s.end <= b1 for b0, b1 in ex.article.body) for s in spans)


def test_a_bug_in_a_component_is_reported_for_that_article_only() -> None:
    p = Pipeline()

    def buggy(state) -> None:
        return None.missing  # type: ignore[attr-defined]

    p.replace("stances", buggy)
    out = list(p.pipe([Article("x", "وقالت فرنسا إن الوضع خطير.", "ar"),
                       Article("y", "وقالت فرنسا إن الوضع خطير.", "ar")]))
    assert [type(o) for o in out] == [ExtractError, ExtractError]
    assert str(out[0]).startswith("x [stances]: AttributeError")


def test_every_referenced_actor_is_listed(seed_path) -> None:
    samples = Path(__file__).resolve().parents[2] / "graph" / "samples" / "articles"
    texts = [seed_path.read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted(samples.glob("ar_*.txt"))]
    for k, text in enumerate(texts):
        ex = extract(Article(f"a{k}", text, "ar"))
        ids = {a.id for a in ex.actors}
        refs = {c.speaker for c in ex.claims} | {c.addressee for c in ex.claims if c.addressee}
        refs |= {c.via for c in ex.claims if c.via} | {x for c in ex.claims for x in c.about}
        refs |= {s.holder for s in ex.stances} | {s.target for s in ex.stances if s.target}
        assert refs <= ids
        assert {s.claim for s in ex.stances if s.claim} <= {c.id for c in ex.claims}
