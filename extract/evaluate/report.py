"""The result of an evaluation run and how it is shown.

Owns: ``Score`` (tp / fp / fn counts with P, R, F1), ``Rate`` (hits over a total),
``Section`` (the figures of one gold file or one third-party set), ``EvalReport`` (all
sections, their total, ``render`` as a plain-text table and ``to_dict`` for JSON) and
``EvalError`` (a gold file that cannot be read, named with its line).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extract.errors import InputError

__all__ = ["EvalError", "EvalReport", "Rate", "Score", "Section"]


class EvalError(InputError):
    """A gold file or evaluation input that cannot be used: ``file[:line]: reason``."""

    def __init__(self, path: object, reason: str, *, line: int | None = None) -> None:
        super().__init__(path, reason, line)


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


@dataclass(frozen=True, slots=True)
class Score:
    """Counts of one P/R/F1 row.

    ``tp`` = required gold items found, ``opt`` = system items matched to optional gold
    (right, but not needed), ``fp`` = system items matching nothing, ``fn`` = required
    gold items not found. Precision = (tp + opt) / (tp + opt + fp), recall = tp / (tp + fn).
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    opt: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp + self.opt, self.tp + self.opt + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return _ratio(2 * p * r, p + r)

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn,
                     self.opt + other.opt)

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "optional": self.opt,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass(frozen=True, slots=True)
class Rate:
    """``hits`` out of ``total`` (an accuracy or a share; ``hits`` may be a sum of scores,
    making ``value`` a mean)."""

    hits: float = 0
    total: int = 0

    @property
    def value(self) -> float:
        return _ratio(self.hits, self.total)

    def __add__(self, other: Rate) -> Rate:
        return Rate(self.hits + other.hits, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        return {"hits": round(self.hits, 4), "total": self.total, "value": round(self.value, 4)}


@dataclass(slots=True)
class Section:
    """The figures of one gold article file or of one third-party set file."""

    kind: str  # "gold" or the dataset name (plover_gsr, polnear, …)
    source: str  # the file scored
    title: str
    items: int = 0
    sha256: str = ""  # of the gold file scored: the data version the figures belong to
    scores: dict[str, Score] = field(default_factory=dict)
    rates: dict[str, Rate] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    errors_left_off: int = 0
    failures: list[str] = field(default_factory=list)  # items whose extraction failed
    misplaced: int = 0  # spans whose text is not the article text at their offsets
    misplaced_examples: list[str] = field(default_factory=list)

    def add_misplaced(self, article_id: str, found: list[str], *, keep: int = 5) -> None:
        self.misplaced += len(found)
        room = keep - len(self.misplaced_examples)
        self.misplaced_examples.extend(f"{article_id}: {f}" for f in found[:max(room, 0)])

    def add_error(self, message: str, *, limit: int | None = None) -> None:
        """Keep ``message`` for the ``--errors`` listing, or count it as left off once
        ``limit`` messages are kept."""
        if limit is not None and len(self.errors) >= limit:
            self.errors_left_off += 1
        else:
            self.errors.append(message)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "source": self.source, "sha256": self.sha256,
            "title": self.title, "items": self.items,
            "scores": {k: v.to_dict() for k, v in self.scores.items()},
            "rates": {k: v.to_dict() for k, v in self.rates.items()},
            "failures": list(self.failures),
            "misplaced_spans": self.misplaced,
            "errors": list(self.errors), "errors_left_off": self.errors_left_off,
        }


def _score_table(scores: dict[str, Score], *, label: str) -> list[str]:
    width = max([len(label), *map(len, scores)])
    head = f"{label:<{width}}  {'tp':>6} {'opt':>4} {'fp':>6} {'fn':>6}  {'P':>6} {'R':>6} {'F1':>6}"
    lines = [head]
    for name, s in scores.items():
        lines.append(
            f"{name:<{width}}  {s.tp:>6} {s.opt:>4} {s.fp:>6} {s.fn:>6}  "
            f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
        )
    return lines


def _rate_table(rates: dict[str, Rate]) -> list[str]:
    width = max(map(len, rates))
    return [f"{name:<{width}}  {r.hits:>8.6g} / {r.total:<6} {r.value:>6.3f}"
            for name, r in rates.items()]


@dataclass(slots=True)
class EvalReport:
    """Every section of one ``evaluate_files`` run."""

    sections: list[Section] = field(default_factory=list)

    def gold_total(self) -> dict[str, Score]:
        """The seed-format gold articles summed row by row (micro-average)."""
        total: dict[str, Score] = {}
        for sec in self.sections:
            if sec.kind == "gold":
                for name, s in sec.scores.items():
                    total[name] = total.get(name, Score()) + s
        return total

    def to_dict(self) -> dict[str, Any]:
        gold = [s for s in self.sections if s.kind == "gold"]
        return {
            "sections": [s.to_dict() for s in self.sections],
            "gold_total": {
                "files": len(gold),
                "scores": {k: v.to_dict() for k, v in self.gold_total().items()},
            },
        }

    def render(self, *, errors: bool = False) -> str:
        out: list[str] = []
        for sec in self.sections:
            out.append(f"== {sec.title}")
            digest = f", sha256 {sec.sha256[:12]}" if sec.sha256 else ""
            out.append(f"   {sec.source} ({sec.items} item{'s' if sec.items != 1 else ''}{digest})")
            if sec.scores:
                out.extend(_score_table(sec.scores, label=""))
            if sec.rates:
                out.extend(_rate_table(sec.rates))
            if sec.failures:
                out.append(f"extraction failed on {len(sec.failures)} item(s), counted as misses:")
                out.extend(f"  {f}" for f in sec.failures[:10])
                if len(sec.failures) > 10:
                    out.append(f"  … {len(sec.failures) - 10} more")
            if sec.misplaced:
                out.append(f"{sec.misplaced} span(s) do not point at their text "
                           "(scored as they are):")
                out.extend(f"  {m}" for m in sec.misplaced_examples)
            if errors:
                out.append("errors:" if sec.errors else "errors: none")
                out.extend(f"  {e}" for e in sec.errors)
                if sec.errors_left_off:
                    out.append(f"  … {sec.errors_left_off} more left off")
            out.append("")
        gold = [s for s in self.sections if s.kind == "gold"]
        if len(gold) > 1:
            out.append(f"== TOTAL over {len(gold)} gold files")
            out.extend(_score_table(self.gold_total(), label=""))
            out.append("")
        return "\n".join(out).rstrip() + "\n"
