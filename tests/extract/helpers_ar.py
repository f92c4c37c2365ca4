"""Small helpers shared by the Arabic extraction tests (not fixtures: plain functions)."""

from __future__ import annotations

from extract.model import Article, Extraction
from extract.pipeline import extract


def run(text: str, *, published: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, lang="ar", published=published))


def labels_at(ex: Extraction, surface: str) -> list[str]:
    """Labels of the actors with a mention whose text contains ``surface``."""
    return [a.label for a in ex.actors if any(surface in m.text for m in a.mentions)]


def spans_ok(ex: Extraction) -> bool:
    text = ex.article.text
    spans = [m for a in ex.actors for m in a.mentions]
    for c in ex.claims:
        spans += [c.cue, c.content] + ([c.speaker_mention] if c.speaker_mention else [])
    for s in ex.stances:
        spans += [s.trigger] + [x for x in (s.holder_mention, s.target_mention) if x]
    return all(text[s.start:s.end] == s.text for s in spans)
