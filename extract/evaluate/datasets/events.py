"""Scorers of the event-coded sets: PLOVER GSR and arabic_event_gsr (eval/README.md).

Owns: ``PloverScorer`` (per sentence: a stance of the gold type; of that type with a holder
of a gold source country; precision over all stances), ``DetectionScorer`` (a stance of
the asked type or not, against yes/no gold; ambiguous items left out) and ``SpansScorer``
(holder / target country and role codes of the best stance of the asked type).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from extract.model import PLOVER_TYPES, Actor, Article, Extraction, Stance

from ..match import actor_matches_code
from ..report import Rate, Score
from .base import DatasetScorer

__all__ = ["DetectionScorer", "PloverScorer", "SpansScorer"]

EVENT_TYPES = ("ASSAULT", "PROTEST")


def _short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _actor_code(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    return f"{actor.label}[{actor.country or '-'}/{actor.sector or '-'}]"


def _stance_brief(st: Stance, ext: Extraction) -> str:
    target = _actor_code(ext.actor(st.target)) if st.target else "-"
    return (f"{st.type} {_actor_code(ext.actor(st.holder))} -> {target} "
            f"«{_short(st.trigger.text, 30)}»@{st.trigger.start}")


def _check_type(value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValueError(f"type {value!r} is not one of {', '.join(allowed)}")
    return value


@dataclass(frozen=True, slots=True)
class PloverGold:
    type: str
    sources: tuple[str, ...]  # the gold source actors' country codes
    event_text: str


class PloverScorer(DatasetScorer):
    name = "plover_gsr"
    title = "PLOVER GSR (en): stance type and source per sentence"

    def __init__(self, *, source: str, max_errors: int | None = 40) -> None:
        super().__init__(source=source, max_errors=max_errors)
        self.type_hits = Counter[str]()
        self.type_items = Counter[str]()
        self.tuple_hits = 0
        self.tuple_items = 0
        self.stances = 0

    def parse_gold(self, gold: dict[str, Any], article: Article) -> PloverGold:
        sources = tuple(a["country"] for a in gold.get("actors") or () if a.get("country"))
        return PloverGold(type=_check_type(gold["type"], PLOVER_TYPES), sources=sources,
                          event_text=gold.get("event_text") or "")

    def score(self, article: Article, gold: PloverGold, ext: Extraction | None) -> None:
        stances = ext.stances if ext else ()
        self.stances += len(stances)
        typed = [s for s in stances if s.type == gold.type]
        self.type_items[gold.type] += 1
        self.type_hits[gold.type] += bool(typed)
        tuple_ok = False
        if gold.sources:
            self.tuple_items += 1
            tuple_ok = any(actor_matches_code(ext.actor(s.holder), code, use_role=False)
                           for s in typed for code in gold.sources) if ext else False
            self.tuple_hits += tuple_ok
        if ext is None or not typed or (gold.sources and not tuple_ok) or len(stances) > 1:
            what = "type" if not typed else ("holder" if gold.sources and not tuple_ok else "extra")
            got = "; ".join(_stance_brief(s, ext) for s in stances) if ext else "no extraction"
            self.error(kind=what, message=f"{what.upper():<6} {article.id}: gold {gold.type} "
                       f"src {list(gold.sources)} «{gold.event_text}» | system: {got or 'none'} "
                       f"| {_short(article.text)}")

    def finish(self):
        sec = self.section
        hits, items = sum(self.type_hits.values()), sum(self.type_items.values())
        # One stance per sentence can be right, so precision = sentences found / stances.
        sec.scores["type"] = Score(tp=hits, fp=self.stances - hits, fn=items - hits)
        sec.scores["type+holder"] = Score(tp=self.tuple_hits, fp=self.stances - self.tuple_hits,
                                          fn=self.tuple_items - self.tuple_hits)
        sec.rates["type accuracy"] = Rate(hits, items)
        sec.rates["tuple accuracy"] = Rate(self.tuple_hits, self.tuple_items)
        sec.rates["stance precision"] = Rate(hits, self.stances)
        for t in sorted(self.type_items):
            sec.rates[f"  accuracy {t}"] = Rate(self.type_hits[t], self.type_items[t])
        return sec


@dataclass(frozen=True, slots=True)
class DetectionGold:
    event_type: str
    binary: bool | None
    label: str


class DetectionScorer(DatasetScorer):
    name = "event_gsr_detection"
    title = "arabic_event_gsr detection (ar): ASSAULT / PROTEST stance or not"

    def __init__(self, *, source: str, max_errors: int | None = 40) -> None:
        super().__init__(source=source, max_errors=max_errors)
        self.counts = {t: Score() for t in EVENT_TYPES}
        self.by_label: dict[str, Rate] = {}
        self.ambiguous = 0

    def parse_gold(self, gold: dict[str, Any], article: Article) -> DetectionGold:
        binary = gold["binary"]
        if binary not in (True, False, None):
            raise ValueError(f"binary must be true, false or null, not {binary!r}")
        return DetectionGold(_check_type(gold["event_type"], EVENT_TYPES), binary,
                             str(gold.get("label") or ""))

    def score(self, article: Article, gold: DetectionGold, ext: Extraction | None) -> None:
        typed = [s for s in ext.stances if s.type == gold.event_type] if ext else []
        said = bool(typed)
        key = f"{gold.event_type} {gold.label}"
        self.by_label[key] = self.by_label.get(key, Rate()) + Rate(int(said), 1)
        if gold.binary is None:
            self.ambiguous += 1
            return
        c = self.counts[gold.event_type]
        if said and gold.binary:
            c = c + Score(tp=1)
        elif said:
            c = c + Score(fp=1)
            self.error(kind="fp", message=f"FP {article.id} ({gold.label}): "
                       f"{_stance_brief(typed[0], ext)} | {_short(article.text)}")
        elif gold.binary:
            c = c + Score(fn=1)
            self.error(kind="fn", message=f"FN {article.id}: no {gold.event_type} | {_short(article.text)}")
        self.counts[gold.event_type] = c

    def finish(self):
        sec = self.section
        sec.scores["overall"] = sum(self.counts.values(), Score())
        sec.scores.update(self.counts)
        sec.rates["ambiguous (left out)"] = Rate(self.ambiguous, sec.items)
        for key in sorted(self.by_label):
            sec.rates[f"said yes | {key}"] = self.by_label[key]
        return sec


@dataclass(frozen=True, slots=True)
class SpansGold:
    event_type: str
    codes: dict[str, str | None]  # holder country, holder role, target country, target role


PARTS = ("holder country", "holder role", "target country", "target role")


class SpansScorer(DatasetScorer):
    name = "event_gsr_spans"
    title = "arabic_event_gsr spans (ar): holder / target codes of the ASSAULT / PROTEST stance"

    def __init__(self, *, source: str, max_errors: int | None = 40) -> None:
        super().__init__(source=source, max_errors=max_errors)
        self.rates = {p: Rate() for p in ("with such a stance", *PARTS)}

    def parse_gold(self, gold: dict[str, Any], article: Article) -> SpansGold:
        h, t = gold["holder"], gold["target"]
        return SpansGold(_check_type(gold["event_type"], EVENT_TYPES), {
            "holder country": h.get("country"), "holder role": h.get("role"),
            "target country": t.get("country"), "target role": t.get("role")})

    @staticmethod
    def _agreement(st: Stance, ext: Extraction, codes: dict[str, str | None]) -> dict[str, bool]:
        holder, target = ext.actor(st.holder), ext.actor(st.target) if st.target else None
        return {
            "holder country": actor_matches_code(holder, codes["holder country"], use_role=False),
            "holder role": holder is not None and holder.sector == codes["holder role"],
            "target country": actor_matches_code(target, codes["target country"], use_role=False),
            "target role": target is not None and target.sector == codes["target role"],
        }

    def score(self, article: Article, gold: SpansGold, ext: Extraction | None) -> None:
        typed = [s for s in ext.stances if s.type == gold.event_type] if ext else []
        self.rates["with such a stance"] += Rate(int(bool(typed)), 1)
        scored = [p for p in PARTS if gold.codes[p]]
        best, agree = None, dict.fromkeys(PARTS, False)
        for st in typed:
            a = self._agreement(st, ext, gold.codes)
            if best is None or sum(a[p] for p in scored) > sum(agree[p] for p in scored):
                best, agree = st, a
        for p in scored:
            self.rates[p] += Rate(int(agree[p]), 1)
        wrong = [p for p in scored if not agree[p]]
        if not typed or wrong:
            want = ", ".join(f"{p}={gold.codes[p]}" for p in scored) or "no codes"
            got = _stance_brief(best, ext) if best and ext else f"no {gold.event_type} stance"
            self.error(f"{article.id}: gold {want} | wrong {wrong} | system: {got} "
                       f"| {_short(article.text)}")

    def finish(self):
        self.section.rates.update(self.rates)
        return self.section
