"""The plain records ``graph.records`` returns and the SPARQL plumbing its queries share.

Owns the record types (``ActorRecord``, ``ClaimRecord``, ``StanceRecord``, ``Page``), the
filter clauses common to claims and stances (dates on ``?day``, confidence, article, negation),
cursor encoding, the ``SELECT`` builder (``_select``) and the conversion of result terms to
Python values. Callers import the public names from ``graph.records``.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

import pyoxigraph as ox

from graph.errors import GraphError
from ontology import iris

__all__ = ["ActorRecord", "ClaimRecord", "Many", "Page", "StanceRecord"]

T = TypeVar("T")
Many = str | Iterable[str] | None
_XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
_DAY = "BIND(COALESCE(IF(DATATYPE(?date) = xsd:date, ?date, ?nodate), ?pub) AS ?day)"


@dataclass(frozen=True, slots=True)
class ActorRecord:
    id: str
    label: str
    labels: dict[str, str] = field(default_factory=dict)
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    wikidata: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    id: str  # "<article id>/<claim id>": unique in the store
    article: str
    speaker: str
    cue: str
    content: str
    content_start: int | None
    content_end: int | None
    addressee: str | None
    via: str | None
    about: tuple[str, ...]
    direct: bool
    negated: bool
    confidence: float
    date: str | None  # the claim's own date as extracted ("YYYY-MM-DD", "--MM-DD" or None)
    published: date | None
    day: date | None  # own full date, else the publication date

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["about"] = list(self.about)
        for k in ("published", "day"):
            d[k] = d[k].isoformat() if d[k] else None
        return d


@dataclass(frozen=True, slots=True)
class StanceRecord:
    id: str  # "<article id>/<stance id>"
    article: str
    holder: str
    target: str | None
    type: str
    polarity: int
    confidence: float
    negated: bool
    claim: str | None  # "<article id>/<claim id>"
    trigger: str | None
    trigger_start: int | None
    trigger_end: int | None
    evidence: str | None
    date: str | None
    published: date | None
    day: date | None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("published", "day"):
            d[k] = d[k].isoformat() if d[k] else None
        return d


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    next_cursor: str | None  # None on the last page

    def to_dict(self) -> dict[str, Any]:
        return {"items": [i.to_dict() for i in self.items], "next_cursor": self.next_cursor}

# -- filters -------------------------------------------------------------------------------------

def _many(value: Any) -> list[Any] | None:
    if value is None:
        return None
    if isinstance(value, (str, int)):
        return [value]
    out = list(value)
    if not out:
        raise GraphError("an empty list of values matches nothing; pass None for no filter")
    return out


def _day(value: date | str | None, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise GraphError(f"{name}: expected a date YYYY-MM-DD, not {value!r}") from None


def _actors(values: Many) -> str | None:
    ids = _many(values)
    return None if ids is None else " ".join(f"<{iris.actor_iri(str(a))}>" for a in ids)


def _common_filters(*, since, until, min_confidence, article, negated) -> list[str]:
    out = []
    if (s := _day(since, "since")) is not None:
        out.append(f'FILTER(BOUND(?day) && ?day >= "{s.isoformat()}"^^xsd:date)')
    if (u := _day(until, "until")) is not None:
        out.append(f'FILTER(BOUND(?day) && ?day <= "{u.isoformat()}"^^xsd:date)')
    if min_confidence is not None:
        c = float(min_confidence)
        if not 0 <= c <= 1:
            raise GraphError(f"min_confidence must be between 0 and 1, not {min_confidence}")
        out.append(f"FILTER(?conf >= {c!r})")
    if (arts := _many(article)) is not None:
        out.append("VALUES ?a { " + " ".join(f"<{iris.article_iri(str(a))}>" for a in arts) + " }")
    if negated is not None:
        out.append(f"FILTER(?neg = {'true' if negated else 'false'})")
    return out


def _values(var: str, actors: Many) -> list[str]:
    v = _actors(actors)
    return [] if v is None else [f"VALUES ?{var} {{ {v} }}"]


def _cursor_filter(var: str, cursor: str | None) -> list[str]:
    if cursor is None:
        return []
    try:
        after = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("utf-8")
    except (ValueError, UnicodeError):
        after = ""
    if not after or _next_cursor(after) != cursor:
        raise GraphError(f"bad cursor {cursor!r}: pass back a next_cursor unchanged")
    return [f"FILTER(STR(?{var}) > {_string(after)})"]


def _next_cursor(key: str) -> str:
    return base64.urlsafe_b64encode(key.encode("utf-8")).decode("ascii")


def _string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _select(template: str, var: str, *, values: list[str], filters: list[str],
            cursor: str | None, limit: int | None, **slots: str) -> str:
    """``template`` filled in: the VALUES and FILTER lines, then (for a page) the cursor's
    filter and ``ORDER BY`` the IRI in ``?var`` with one row more than ``limit``."""
    filters = filters + _cursor_filter(var, cursor)
    tail = f"ORDER BY STR(?{var}) LIMIT {limit + 1}" if limit else ""
    return template.format(values="\n  ".join(values), filters="\n  ".join(filters), tail=tail,
                           **slots)


def _page(rows: list[tuple[str, T]], limit: int) -> Page[T]:
    if len(rows) > limit:
        return Page([r for _, r in rows[:limit]], _next_cursor(rows[limit - 1][0]))
    return Page([r for _, r in rows], None)


def _limit(limit: int) -> int:
    if not isinstance(limit, int) or limit < 1:
        raise GraphError(f"limit must be a positive integer, not {limit!r}")
    return limit


# -- term conversion -----------------------------------------------------------------------------

def _v(row: ox.QuerySolution, name: str) -> str | None:
    t = row[name]
    return None if t is None else t.value


def _actor(row: ox.QuerySolution, name: str) -> str | None:
    t = row[name]
    return None if t is None else iris.actor_id(t.value)


def _int(row: ox.QuerySolution, name: str) -> int | None:
    t = row[name]
    return None if t is None else int(t.value)


def _date_of(row: ox.QuerySolution, name: str) -> date | None:
    t = row[name]
    if t is None or not isinstance(t, ox.Literal) or t.datatype.value != _XSD_DATE:
        return None
    return date.fromisoformat(t.value)


# -- filter names ---------------------------------------------------------------------------------

def _known(filters: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    unknown = sorted(set(filters) - set(names))
    if unknown:
        raise GraphError(f"unknown filter {unknown[0]!r} (filters: {', '.join(names)})")
    return {n: filters.get(n) for n in names}
