"""The actor gazetteer: entries read from JSONL data files, indexed for matching.

Owns: ``Entry`` (one actor as the data files describe it), ``Gazetteer`` (entries by id, an
Arabic index keyed by the first normalised token of every name, demonym and metonym, an English
index keyed by the first casefolded token, and office holders by role, country and date),
``load`` / ``load_default``. The file format is documented in ``data/gazetteer/README.md``;
``extract.rules.check`` validates it. Users add files through ``QAWL_RULES_PATH`` (folders,
``os.pathsep``-separated) or ``load(extra=...)``; a user entry with a known id replaces it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from extract.arabic import norm_word
from extract.errors import InputError

__all__ = [
    "DATA_DIR",
    "Entry",
    "in_term",
    "Gazetteer",
    "NameRef",
    "load",
    "load_default",
    "parse_entry",
    "strip_al",
]

DATA_DIR = Path(__file__).resolve().parent / "data" / "gazetteer"
KINDS = ("person", "state", "organization", "armed_group", "igo", "media", "group")
NAME_FIELDS = ("names", "demonyms", "metonyms")


def in_term(start: str | None, end: str | None, date: str | None) -> bool:
    """Whether a term from ``start`` to ``end`` (YYYY-MM-DD, ``None`` = open or unknown) covers
    ``date``. The end day belongs to the successor; with no date, only a term still running does."""
    if date is None:
        return end is None
    return (start is None or start[:10] <= date) and (end is None or date < end[:10])


@dataclass(frozen=True, slots=True)
class Office:
    role: str
    country: str | None
    start: str | None  # YYYY-MM-DD, None = unknown/open
    end: str | None

    def holds(self, date: str | None) -> bool:
        return in_term(self.start, self.end, date)


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    label: str
    kind: str
    labels: dict[str, str] = field(default_factory=dict)
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    metonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    offices: tuple[Office, ...] = ()
    valid_from: str | None = None
    valid_to: str | None = None
    source: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "label": self.label, "labels": dict(self.labels), "kind": self.kind,
            "wikidata": self.wikidata, "country": self.country, "sector": self.sector,
            "role": self.role, "names": {k: list(v) for k, v in self.names.items()},
            "valid_from": self.valid_from, "valid_to": self.valid_to, "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class NameRef:
    """One indexed surface form: its normalised tokens, the entry and how it names it."""

    tokens: tuple[str, ...]
    entry: Entry
    how: str  # "name" | "demonym" | "metonym"


DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _req_str(d: dict, key: str, *, null: bool = False) -> str | None:
    v = d.get(key)
    if v is None and null:
        return None
    if not isinstance(v, str) or not v.strip():
        raise ValueError(f"field {key!r} must be a non-empty string")
    return v


def _date(d: dict, key: str) -> str | None:
    v = d.get(key)
    if v is not None and (not isinstance(v, str) or not DATE_RE.match(v)):
        raise ValueError(f"field {key!r} must be YYYY-MM-DD or null, not {v!r}")
    return v


def _names(d: dict, key: str) -> dict[str, tuple[str, ...]]:
    v = d.get(key) or {}
    if not isinstance(v, dict):
        raise ValueError(f"field {key!r} must be an object {{lang: [names]}}")  # noqa: TRY004 - a bad data line, reported as file:line
    out = {}
    for lang, names in v.items():
        if lang not in ("ar", "en") or not isinstance(names, list):
            raise ValueError(f"field {key!r}: expected 'ar'/'en' lists, got {lang!r}")
        if not all(isinstance(n, str) and n.strip() for n in names):
            raise ValueError(f"field {key!r}.{lang} holds an empty or non-string name")
        out[lang] = tuple(names)
    return out


def parse_entry(d: Any) -> Entry:
    """Validate one decoded JSONL record; raises ``ValueError`` with the reason."""
    if not isinstance(d, dict):
        raise ValueError("a line must be a JSON object")  # noqa: TRY004 - a bad data line, reported as file:line
    eid = _req_str(d, "id")
    wikidata = d.get("wikidata")
    if wikidata is not None and not re.fullmatch(r"Q\d+", str(wikidata)):
        raise ValueError(f"wikidata must be Q<digits> or null, not {wikidata!r}")
    if not (re.fullmatch(r"Q\d+", eid) or re.fullmatch(r"x-[a-z0-9]+(?:-[a-z0-9]+)*", eid)):
        raise ValueError(f"id {eid!r} must be a Wikidata id or x-<slug> (lowercase ascii)")
    if eid.startswith("Q") and wikidata != eid:
        raise ValueError(f"id {eid!r} is a Wikidata id but wikidata is {wikidata!r}")
    kind = _req_str(d, "kind")
    if kind not in KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    country = d.get("country")
    if country is not None and not re.fullmatch(r"[A-Z]{3}", str(country)):
        raise ValueError(f"country must be ISO 3166-1 alpha-3 or null, not {country!r}")
    if not isinstance(d.get("source"), str) or not d["source"].strip():
        raise ValueError("every entry must say its source")
    names = _names(d, "names")
    if not any(names.values()):
        raise ValueError("names must hold at least one name")
    offices = []
    for o in d.get("offices") or ():
        if not isinstance(o, dict) or not isinstance(o.get("role"), str):
            raise ValueError("offices must be objects with a role")  # noqa: TRY004 - a bad data line, reported as file:line
        offices.append(Office(o["role"], o.get("country") or country, _date(o, "from"), _date(o, "to")))
    labels = d.get("labels") or {}
    if not isinstance(labels, dict):
        raise ValueError("labels must be an object {ar, en}")  # noqa: TRY004 - a bad data line, reported as file:line
    return Entry(
        id=eid, label=_req_str(d, "label"), kind=kind, labels=dict(labels), wikidata=wikidata,
        country=country, sector=d.get("sector"), role=d.get("role"), names=names,
        demonyms=_names(d, "demonyms"), metonyms=_names(d, "metonyms"), offices=tuple(offices),
        valid_from=_date(d, "valid_from"), valid_to=_date(d, "valid_to"), source=d["source"],
    )


def read_entries(path: Path) -> Iterator[tuple[int, Entry | InputError]]:
    """Entries of one JSONL file with their line numbers; bad lines come as ``InputError``."""
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                yield n, parse_entry(json.loads(line))
            except json.JSONDecodeError as e:
                yield n, InputError(path, f"not JSON: {e.msg}", line=n)
            except ValueError as e:
                yield n, InputError(path, str(e), line=n)


def strip_al(tok: str) -> str:
    return tok[2:] if tok.startswith("ال") and len(tok) > 4 else tok


class Gazetteer:
    """Entries by id plus the indexes the matchers use."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._by_id: dict[str, Entry] = {}
        for e in entries:
            self._by_id[e.id] = e
        self._offices: dict[tuple[str, str | None], list[Entry]] | None = None
        self.ar_index: dict[str, list[NameRef]] = {}
        self.en_index: dict[str, list[NameRef]] = {}
        for e in self._by_id.values():
            for fld in NAME_FIELDS:
                forms = getattr(e, fld)
                how = fld[:-1]
                for name in forms.get("ar", ()):
                    toks = tuple(norm_word(name).split())
                    if toks:
                        self.ar_index.setdefault(strip_al(toks[0]), []).append(NameRef(toks, e, how))
                for name in forms.get("en", ()):
                    toks = tuple(re.findall(r"\w+|[^\w\s]", name.casefold()))
                    if toks:
                        self.en_index.setdefault(toks[0], []).append(NameRef(toks, e, how))
        for idx in (self.ar_index, self.en_index):
            for refs in idx.values():
                refs.sort(key=lambda r: -len(r.tokens))
        self._states: dict[str, Entry] = {}  # ISO3 -> the first state entry of that country
        for e in self._by_id.values():
            if e.kind == "state" and e.country is not None:
                self._states.setdefault(e.country, e)

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._by_id.values())

    def get(self, actor_id: str) -> Entry | None:
        return self._by_id.get(actor_id)

    def state(self, iso3: str | None) -> Entry | None:
        return None if iso3 is None else self._states.get(iso3)

    def holders(self, role: str, country: str | None, date: str | None) -> list[Entry]:
        """Persons holding ``role`` for ``country`` on ``date`` (None = today, open offices)."""
        return [e for e in self._holders_of(role, country)
                if any(o.role == role and o.country == country and o.holds(date) for o in e.offices)]

    def _holders_of(self, role: str, country: str | None) -> list[Entry]:
        """Persons who ever held ``role`` for ``country`` (indexed on first use)."""
        if self._offices is None:
            index: dict[tuple[str, str | None], list[Entry]] = {}
            for e in self._by_id.values():
                if e.kind == "person":
                    for key in dict.fromkeys((o.role, o.country) for o in e.offices):
                        index.setdefault(key, []).append(e)
            self._offices = index
        return self._offices.get((role, country), [])


def _files(dirs: Iterable[Path]) -> list[Path]:
    out = []
    for d in dirs:
        d = Path(d)
        out.extend(sorted(d.glob("*.jsonl")) if d.is_dir() else [d])
    return out


def load(dirs: Iterable[Path] = (DATA_DIR,), *, extra: Iterable[Path] = ()) -> Gazetteer:
    """Load every ``*.jsonl`` in ``dirs`` then ``extra``; raises ``InputError`` on the first bad line.

    Use ``extract.rules.check`` to see every bad line at once.
    """
    entries: list[Entry] = []
    for path in _files([*dirs, *extra]):
        for _, item in read_entries(path):
            if isinstance(item, InputError):
                raise item
            entries.append(item)
    return Gazetteer(entries)


def user_dirs() -> list[Path]:
    """Folders named by ``QAWL_RULES_PATH`` that hold a ``gazetteer`` folder or JSONL files."""
    out = []
    for part in filter(None, os.environ.get("QAWL_RULES_PATH", "").split(os.pathsep)):
        p = Path(part)
        out.append(p / "gazetteer" if (p / "gazetteer").is_dir() else p)
    return out


@lru_cache(maxsize=4)
def _load_cached(extra: tuple[str, ...]) -> Gazetteer:
    return load(extra=[Path(x) for x in extra])


def load_default() -> Gazetteer:
    """The shipped gazetteer plus ``QAWL_RULES_PATH`` folders, loaded once per process."""
    return _load_cached(tuple(str(p) for p in user_dirs()))
