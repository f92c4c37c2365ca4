"""Scorer of PolNeAR attributions against claims (eval/README.md, ``polnear``).

Owns: ``PolnearScorer``. Each part (source = the claim's speaker mention, cue, content) is
scored by token overlap (tokens ``\\w+|[^\\w\\s]``), micro-averaged over articles. Tokens in
the gaps of a discontinuous gold part count neither way (the contract has one span per
part). Gold attributions are also paired one to one with claims (cue or content overlap,
largest overlap first) for a pairing P/R/F1 and the mean part F1 over the pairs.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from extract.model import Article, Claim, Extraction, Span

from ..normalize import tokens
from ..report import Rate, Score
from .base import DatasetScorer

__all__ = ["PolnearScorer", "speaker_span"]

PARTS = ("source", "cue", "content")


@dataclass(frozen=True, slots=True)
class GoldPart:
    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]
    text: str


@dataclass(frozen=True, slots=True)
class Attribution:
    id: str
    parts: dict[str, GoldPart | None]


def _part(d: dict[str, Any] | None, text_len: int) -> GoldPart | None:
    if d is None:
        return None
    pieces = tuple((int(a), int(b)) for a, b in d.get("spans") or [(d["start"], d["end"])])
    for a, b in pieces:
        if not 0 <= a <= b <= text_len:
            raise ValueError(f"span {a}..{b} outside the text")
    return GoldPart(int(d["start"]), int(d["end"]), pieces, str(d.get("text") or ""))


class _Tokens:
    """Token indices of character ranges of one text."""

    def __init__(self, text: str) -> None:
        spans = tokens(text)
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def of(self, start: int, end: int) -> set[int]:
        """Indices of the tokens overlapping ``[start, end)``."""
        i = bisect_right(self.ends, start)  # first token ending after start
        out = set()
        while i < len(self.starts) and self.starts[i] < end:
            out.add(i)
            i += 1
        return out

    def of_pieces(self, pieces: tuple[tuple[int, int], ...]) -> set[int]:
        return set().union(*(self.of(a, b) for a, b in pieces)) if pieces else set()


def speaker_span(claim: Claim, ext: Extraction) -> Span | None:
    """The claim's speaker mention, else the speaker actor's mention nearest to the cue."""
    if claim.speaker_mention is not None:
        return claim.speaker_mention
    actor = ext.actor(claim.speaker)
    if actor is None or not actor.mentions:
        return None

    def distance(m: Span) -> int:
        return max(0, m.start - claim.cue.end, claim.cue.start - m.end)

    return min(actor.mentions, key=lambda m: (distance(m), m.start))


def _f1(sys: set[int], gold: set[int]) -> float:
    both = len(sys & gold)
    return 2 * both / (len(sys) + len(gold)) if sys or gold else 1.0


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class PolnearScorer(DatasetScorer):
    name = "polnear"
    title = "PolNeAR (en): claims against attributions, token overlap per part"

    def __init__(self, *, source: str, max_errors: int | None = 40) -> None:
        super().__init__(source=source, max_errors=max_errors)
        self.parts = {p: Score() for p in PARTS}
        self.pairs = Score()
        self.pair_f1 = {p: Rate() for p in PARTS}
        self.attributions = 0

    def parse_gold(self, gold: dict[str, Any], article: Article) -> list[Attribution]:
        n = len(article.text)
        return [Attribution(str(a["id"]), {p: _part(a.get(p), n) for p in PARTS})
                for a in gold["attributions"]]

    def score(self, article: Article, gold: list[Attribution], ext: Extraction | None) -> None:
        toks = _Tokens(article.text)
        claims = ext.claims if ext else ()
        self.attributions += len(gold)
        gold_toks = [{p: toks.of_pieces(a.parts[p].pieces) if a.parts[p] else set()
                      for p in PARTS} for a in gold]
        gaps: dict[str, set[int]] = {}
        for p in PARTS:
            extent: set[int] = set()
            for a, gt in zip(gold, gold_toks):
                part = a.parts[p]
                if part is not None:
                    extent |= toks.of(part.start, part.end) - gt[p]
            gaps[p] = extent - set().union(*(gt[p] for gt in gold_toks))
        sys_spans = [{"source": speaker_span(c, ext), "cue": c.cue, "content": c.content}
                     for c in claims] if ext else []
        sys_toks = [{p: toks.of(s.start, s.end) if s else set() for p, s in spans.items()}
                    for spans in sys_spans]
        for p in PARTS:
            g = set().union(*(gt[p] for gt in gold_toks))
            s = set().union(*(st[p] for st in sys_toks)) - gaps[p]
            self.parts[p] += Score(tp=len(s & g), fp=len(s - g), fn=len(g - s))
        self._pair(article, gold, gold_toks, claims, sys_toks, sys_spans, toks)

    def _pair(self, article, gold, gold_toks, claims, sys_toks, sys_spans, toks) -> None:
        candidates = []
        for gi, gt in enumerate(gold_toks):
            for si, st in enumerate(sys_toks):
                overlap = len(gt["cue"] & st["cue"]) + len(gt["content"] & st["content"])
                if overlap:
                    candidates.append((-overlap, gi, si))
        paired_g: dict[int, int] = {}
        paired_s: set[int] = set()
        for _, gi, si in sorted(candidates):
            if gi not in paired_g and si not in paired_s:
                paired_g[gi] = si
                paired_s.add(si)
        self.pairs += Score(tp=len(paired_g), fp=len(claims) - len(paired_g),
                            fn=len(gold) - len(paired_g))
        for gi, si in paired_g.items():
            for p in PARTS:
                part = gold[gi].parts[p]
                if part is None:
                    continue
                own_gaps = toks.of(part.start, part.end) - gold_toks[gi][p]
                self.pair_f1[p] += Rate(_f1(sys_toks[si][p] - own_gaps, gold_toks[gi][p]), 1)
        for gi, a in enumerate(gold):
            if gi not in paired_g:
                desc = " | ".join(f"{p} «{_short(a.parts[p].text)}»" for p in PARTS
                                  if a.parts[p] is not None)
                self.error(kind="miss", message=f"MISS {article.id} {a.id}: {desc}")
        for si, c in enumerate(claims):
            if si not in paired_s:
                src = sys_spans[si]["source"]
                self.error(kind="fp", message=f"FP   {article.id} {c.id}: source «{_short(src.text) if src else '-'}» "
                           f"| cue «{c.cue.text}»@{c.cue.start} | content «{_short(c.content.text)}»")

    def finish(self):
        sec = self.section
        for p in PARTS:
            sec.scores[f"{p} tokens"] = self.parts[p]
        sec.scores["pairs"] = self.pairs
        for p in PARTS:
            sec.rates[f"mean {p} F1 over pairs"] = self.pair_f1[p]
        return sec
