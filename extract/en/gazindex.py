"""An English view of the gazetteer: token-sequence indexes of names, demonyms and metonyms.

Owns the mapping from the gazetteer's entries (``extract.gazetteer``; entries carry
``names``, ``demonyms`` and ``metonyms`` per language) to what English matching needs, plus the
office-holder lookup (country + role, valid on a date). The index is built once per gazetteer
object and cached.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from typing import Any

from extract.en.lexicon import DATA_DIR
from extract.en.text import tokenize
from extract.gazetteer import in_term

__all__ = ["Entry", "GazIndex", "index_for", "role_key"]

_CACHE: dict[int, tuple[Any, GazIndex]] = {}


def _get(e: Any, name: str, default: Any = None) -> Any:
    if isinstance(e, dict):
        return e.get(name, default)
    return getattr(e, name, default)


def _en(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, dict):
        return list(value.get("en") or ())
    return list(value)


@dataclass(frozen=True, slots=True)
class Entry:
    """The fields of a gazetteer entry the English extractor uses."""

    id: str
    label: str
    kind: str
    labels: dict[str, str] = field(default_factory=dict)
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None

    @classmethod
    def of(cls, e: Any) -> Entry:
        labels = dict(_get(e, "labels") or {})
        label = _get(e, "label") or labels.get("en") or _get(e, "id")
        return cls(
            id=_get(e, "id"), label=label, kind=_get(e, "kind") or "organization",
            labels=labels, wikidata=_get(e, "wikidata"), country=_get(e, "country"),
            sector=_get(e, "sector"), role=_get(e, "role"),
            valid_from=_get(e, "valid_from"), valid_to=_get(e, "valid_to"),
        )

    def valid_on(self, date: str | None) -> bool:
        return in_term(self.valid_from, self.valid_to, date)


_ROLE_REWRITES = (
    (r"\bminister of foreign affairs\b|\bforeign secretary\b|\bsecretary of state\b",
     "foreign minister"),
    (r"\bminister of defen[cs]e\b|\bdefen[cs]e secretary\b|\bdefense minister\b",
     "defence minister"),
    (r"\bpresident\b|\bking\b|\bemir\b|\bsultan\b|\bmonarch\b", "head of state"),
    (r"\bprime minister\b|\bpremier\b|\bchancellor\b", "head of government"),
)


def role_key(role: str | None) -> str | None:
    """A comparable form of an office name ("Minister of Foreign Affairs" = "foreign minister")."""
    if not role:
        return None
    r = role.casefold().replace("_", " ")
    if "vice" in r or "deputy" in r:
        return r
    for pattern, repl in _ROLE_REWRITES:
        if re.search(pattern, r):
            return repl
    return r.strip()


@dataclass
class GazIndex:
    names: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    demonyms: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    metonyms: dict[tuple[str, ...], tuple[Entry, str | None]] = field(default_factory=dict)
    states: dict[str, Entry] = field(default_factory=dict)  # country code -> state entry
    holders: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)
    upper_only: set[tuple[str, ...]] = field(default_factory=set)
    max_len: int = 1
    firsts: dict[int, dict[str, int]] = field(default_factory=dict)  # table -> first word -> len

    def holder(self, country: str | None, role: str | None, date: str | None) -> Entry | None:
        key = role_key(role)
        if not country or not key:
            return None
        for e in self.holders.get((country, key), ()):
            if e.valid_on(date):
                return e
        return None


def _key(name: str) -> tuple[str, ...]:
    toks = [t.low for t in tokenize(name)]
    if len(toks) > 1 and toks[0] == "the":
        toks = toks[1:]
    return tuple(toks)


def _entries(gazetteer: Any) -> list[Any]:
    for attr in ("entries", "all"):
        v = getattr(gazetteer, attr, None)
        if v is not None:
            v = v() if callable(v) else v
            return list(v.values()) if isinstance(v, dict) else list(v)
    if isinstance(gazetteer, dict):
        return list(gazetteer.values())
    return list(gazetteer)


def _build(gazetteer: Any) -> GazIndex:
    ix = GazIndex()
    for raw in _entries(gazetteer):
        e = Entry.of(raw)
        names = _en(_get(raw, "names")) or [e.label]
        for n in {*names, e.labels.get("en") or e.label}:
            k = _key(n)
            if k and (len(k) > 1 or len(k[0]) > 1):
                ix.names.setdefault(k, []).append(e)
                if n.isupper() or (len(n) <= 3 and not n.islower()):
                    ix.upper_only.add(k)  # "IT", "US": only as written
        if e.kind == "state" and e.country:
            ix.states.setdefault(e.country, e)
            for d in _en(_get(raw, "demonyms")):
                ix.demonyms.setdefault(_key(d), e)
            for m in _en(_get(raw, "metonyms")):
                ix.metonyms.setdefault(_key(m), (e, "GOV"))
        if e.kind == "person":
            offices = [(_get(o, "role"), _get(o, "country") or e.country, _get(o, "start"),
                        _get(o, "end")) for o in _get(raw, "offices") or ()]
            if not offices and e.role:
                offices = [(e.role, e.country, e.valid_from, e.valid_to)]
            for role, country, start, end in offices:
                if role and country:
                    held = Entry(e.id, e.label, e.kind, e.labels, e.wikidata, e.country,
                                 e.sector, e.role, start, end)
                    ix.holders.setdefault((country, role_key(role)), []).append(held)
    for line in (DATA_DIR / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) != 3:
            continue
        state = ix.states.get(cols[1])
        if state is None:
            slug = "x-" + re.sub(r"[^a-z0-9]+", "-", cols[2].lower()).strip("-")
            state = Entry(slug, cols[2], "state", {"en": cols[2]}, None, cols[1], "GOV")
            ix.states[cols[1]] = state
            ix.names.setdefault(_key(cols[2]), []).append(state)
        ix.demonyms.setdefault(_key(cols[0]), state)
    for key, state in list(ix.demonyms.items()):
        last = key[-1]
        if not last.endswith(("s", "ese", "ish", "ch", "i")) or last.endswith("ali"):
            ix.demonyms.setdefault((*key[:-1], last + "s"), state)
        elif last.endswith("i"):
            ix.demonyms.setdefault((*key[:-1], last + "s"), state)
    for line in (DATA_DIR / "metonyms.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) != 3:
            continue
        state = ix.states.get(cols[1])
        if state is not None:
            ix.metonyms[_key(cols[0])] = (state, cols[2])
    for v in ix.holders.values():  # the latest office holder first
        v.sort(key=lambda e: e.valid_from or "", reverse=True)
    ix.max_len = max((len(k) for k in (*ix.names, *ix.demonyms, *ix.metonyms)), default=1)
    for table in (ix.names, ix.demonyms, ix.metonyms):
        firsts: dict[str, int] = {}
        for k in table:
            firsts[k[0]] = max(firsts.get(k[0], 0), len(k))
        ix.firsts[id(table)] = firsts
    return ix


def index_for(gazetteer: Any) -> GazIndex:
    """The English index of ``gazetteer`` (built on first use, then cached)."""
    hit = _CACHE.get(id(gazetteer))
    if hit is not None and hit[0]() is gazetteer:
        return hit[1]
    ix = _build(gazetteer)
    try:
        ref = weakref.ref(gazetteer)
    except TypeError:  # plain lists/dicts: keep them alive with the cache
        ref = (lambda g: (lambda: g))(gazetteer)
    _CACHE[id(gazetteer)] = (ref, ix)
    return ix
