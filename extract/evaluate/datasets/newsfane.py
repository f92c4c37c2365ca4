"""Scorer of actor mentions against NewsFANE's geopolitical entities (eval/README.md).

Owns: ``NewsfaneScorer``. Mentions of every actor except media are compared with the gold
entities marked ``geo``: recall over those entities, precision over the mentions, where a
mention that overlaps only non-geopolitical gold entities (a capital used for its state, a
news agency) is neither right nor wrong. Overlap (one to one) and exact matches are both
counted, and recall is broken down by the gold entity's kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from extract.model import Article, Extraction, Span

from ..match import one_to_one
from ..report import Rate, Score
from .base import DatasetScorer

__all__ = ["NewsfaneScorer", "actor_mentions"]


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    type: str
    geo: bool
    kind: str | None


def actor_mentions(ext: Extraction | None) -> list[tuple[Span, str]]:
    """Each distinct mention span of a non-media actor, with the actor's label."""
    seen: dict[tuple[int, int], tuple[Span, str]] = {}
    for actor in ext.actors if ext else ():
        if actor.kind == "media":
            continue
        for m in actor.mentions:
            seen.setdefault((m.start, m.end), (m, actor.label))
    return [seen[k] for k in sorted(seen)]


def _context(text: str, span: Span | Entity, width: int = 30) -> str:
    return " ".join(text[max(0, span.start - width):span.end + width].split())


def _overlaps(a: Span | Entity, b: Span | Entity) -> bool:
    return a.start < b.end and b.start < a.end


class NewsfaneScorer(DatasetScorer):
    name = "newsfane"
    title = "NewsFANE (ar): actor mentions against geopolitical entities"

    def __init__(self, *, source: str, max_errors: int | None = 40) -> None:
        super().__init__(source=source, max_errors=max_errors)
        self.overlap = Score()
        self.exact = Score()
        self.neutral = 0
        self.by_kind: dict[str, Rate] = {}

    def parse_gold(self, gold: dict[str, Any], article: Article) -> list[Entity]:
        out = []
        for e in gold["entities"]:
            start, end = int(e["start"]), int(e["end"])
            if not 0 <= start < end <= len(article.text):
                raise ValueError(f"entity {start}..{end} outside the text")
            out.append(Entity(start, end, str(e.get("text") or ""), str(e.get("type")),
                              bool(e["geo"]), e.get("kind")))
        return out

    @staticmethod
    def _count(mentions, geo, other, same) -> tuple[Score, dict[int, int], list[int]]:
        matched = one_to_one(len(mentions), len(geo), lambda s, g: same(mentions[s][0], geo[g]))
        used = set(matched.values())
        # An unmatched mention touching only non-geopolitical gold is neither right nor wrong.
        fp_idx = [i for i, (m, _) in enumerate(mentions) if i not in used and (
            any(_overlaps(m, g) for g in geo) or not any(_overlaps(m, o) for o in other))]
        score = Score(tp=len(matched), fp=len(fp_idx), fn=len(geo) - len(matched))
        return score, matched, fp_idx

    def score(self, article: Article, gold: list[Entity], ext: Extraction | None) -> None:
        mentions = actor_mentions(ext)
        geo = [e for e in gold if e.geo]
        other = [e for e in gold if not e.geo]
        overlap, matched, fp_idx = self._count(mentions, geo, other, _overlaps)
        exact, _, _ = self._count(mentions, geo, other,
                                  lambda m, g: (m.start, m.end) == (g.start, g.end))
        self.overlap += overlap
        self.exact += exact
        self.neutral += len(mentions) - len(matched) - len(fp_idx)
        for gi, e in enumerate(geo):
            key = f"recall {e.kind or e.type}"
            self.by_kind[key] = self.by_kind.get(key, Rate()) + Rate(int(gi in matched), 1)
        for gi, e in enumerate(geo):
            if gi not in matched:
                self.error(kind="miss", message=f"MISS {article.id} «{e.text}»@{e.start} {e.type}/{e.kind} "
                           f"| …{_context(article.text, e)}…")
        for i in fp_idx:
            m, label = mentions[i]
            self.error(kind="fp", message=f"FP   {article.id} «{m.text}»@{m.start} as {label} "
                       f"| …{_context(article.text, m)}…")

    def finish(self):
        sec = self.section
        sec.scores["overlap"] = self.overlap
        sec.scores["exact"] = self.exact
        sec.rates["neither right nor wrong (mentions)"] = Rate(
            self.neutral, self.neutral + self.overlap.tp + self.overlap.fp)
        for key in sorted(self.by_kind):
            sec.rates[key] = self.by_kind[key]
        return sec
