"""Actors, claims and stances out of a store as plain records, with the filters the API uses.

Owns the record types (``ActorRecord``, ``ClaimRecord``, ``StanceRecord``: frozen dataclasses
with ``to_dict``), their filters, streaming (``iter_*``: one SPARQL query read lazily, in the
store's order) and cursor pagination (``list_*``: ordered by IRI, ``Page.next_cursor`` is an
opaque string to pass back), and actor search by name (``search_actors``).

Filters (all keyword-only, all optional, combined with AND; a value may be one item or a list):

    stances: holder, target, actor (holder or target), type (PLOVER), polarity, since, until,
             min_confidence, article, negated
    claims:  speaker, target (addressee or about), actor (speaker, addressee or about), since,
             until, min_confidence, article, negated
    actors:  id, q (name search), kind, country, wikidata, article (mentioned in)

Dates: a claim's or stance's ``day`` is its own date when that is a full date, else the
article's publication date; ``since``/``until`` (inclusive) filter on ``day``, so items with
no date at all are left out by a date filter. Search (``q``) matches labels, the gazetteer's
aliases, the id and the Wikidata id after normalisation: Arabic hamza forms, alef maksura/ya,
teh marbuta/heh, diacritics and tatweel (camel-tools, via ``extract.arabic``), English case and
accents.
"""

from __future__ import annotations

import base64
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

import pyoxigraph as ox

from extract.arabic import norm_word
from extract.model import PLOVER_TYPES
from graph.errors import GraphError
from graph.store import Store
from ontology import iris

__all__ = [
    "ActorRecord",
    "ClaimRecord",
    "Page",
    "StanceRecord",
    "iter_actors",
    "iter_claims",
    "iter_stances",
    "list_actors",
    "list_claims",
    "list_stances",
    "normalise_name",
    "search_actors",
]

T = TypeVar("T")
Many = str | Iterable[str] | None
_XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
_SEP, _LSEP = "\u001f", "\u001e"  # separators inside GROUP_CONCAT (never in labels)
_HAMZA = str.maketrans({"ؤ": "و", "ئ": "ي", "ء": None, "ٱ": "ا"})


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


# -- stances -------------------------------------------------------------------------------------

_DAY = "BIND(COALESCE(IF(DATATYPE(?date) = xsd:date, ?date, ?nodate), ?pub) AS ?day)"

_STANCES = """
SELECT ?s ?sid ?art ?holder ?target ?t ?pol ?conf ?neg ?date ?pub ?day ?claim ?trig ?ts ?te ?ev
WHERE {{
  {values}
  ?s a qawl:Stance ; dcterms:identifier ?sid ; qawl:holder ?holder ; qawl:eventType ?t ;
     qawl:polarity ?pol ; qawl:confidence ?conf ; qawl:negated ?neg ; prov:wasDerivedFrom ?a .
  ?a dcterms:identifier ?art .
  OPTIONAL {{ ?s qawl:target ?target }}
  OPTIONAL {{ ?s dcterms:date ?date }}
  OPTIONAL {{ ?a schema:datePublished ?pub }}
  OPTIONAL {{ ?s qawl:claim/dcterms:identifier ?claim }}
  OPTIONAL {{ ?s qawl:trigger ?tr . ?tr oa:hasSelector ?tq, ?tp .
             ?tq oa:exact ?trig . ?tp oa:start ?ts ; oa:end ?te }}
  OPTIONAL {{ ?s qawl:evidence/oa:hasSelector/oa:exact ?ev }}
  {day}
  {filters}
}} {tail}
"""
_STANCE_FILTERS = ("holder", "target", "actor", "type", "polarity", "since", "until",
                   "min_confidence", "article", "negated")


def _stance_query(*, holder, target, actor, type, polarity, since, until, min_confidence,
                  article, negated, cursor=None, limit=None) -> str:
    values = _values("holder", holder)
    if (who := _actors(target)) is not None:  # required here: an OPTIONAL would not filter
        values.append(f"VALUES ?target {{ {who} }} ?s qawl:target ?target .")
    filters = _common_filters(since=since, until=until, min_confidence=min_confidence,
                              article=article, negated=negated)
    if (types := _many(type)) is not None:
        bad = [t for t in types if t not in PLOVER_TYPES]
        if bad:
            raise GraphError(f"type: unknown PLOVER type {bad[0]!r} (one of {', '.join(PLOVER_TYPES)})")
        values.append("VALUES ?t { " + " ".join(f"<{iris.plover_iri(t)}>" for t in types) + " }")
    if (pols := _many(polarity)) is not None:
        if any(p not in (-1, 0, 1) for p in pols):
            raise GraphError(f"polarity must be -1, 0 or 1, not {polarity!r}")
        filters.append("FILTER(?pol IN (" + ", ".join(str(int(p)) for p in pols) + "))")
    if (who := _actors(actor)) is not None:
        filters.append(f"FILTER(?holder IN ({who.replace('> <', '>, <')}) || "
                       f"(BOUND(?target) && ?target IN ({who.replace('> <', '>, <')})))")
    return _select(_STANCES, "s", values=values, filters=filters, cursor=cursor, limit=limit,
                   day=_DAY)


def _stance(row: ox.QuerySolution) -> StanceRecord:
    art = row["art"].value
    claim = _v(row, "claim")
    return StanceRecord(
        id=f"{art}/{row['sid'].value}", article=art, holder=iris.actor_id(row["holder"].value),
        target=_actor(row, "target"), type=row["t"].value.rsplit("/", 1)[-1],
        polarity=int(row["pol"].value), confidence=float(row["conf"].value),
        negated=row["neg"].value == "true", claim=f"{art}/{claim}" if claim else None,
        trigger=_v(row, "trig"), trigger_start=_int(row, "ts"), trigger_end=_int(row, "te"),
        evidence=_v(row, "ev"), date=_v(row, "date"), published=_date_of(row, "pub"),
        day=_date_of(row, "day"),
    )


def iter_stances(store: Store, *, holder: Many = None, target: Many = None, actor: Many = None,
                 type: Many = None, polarity: int | Iterable[int] | None = None,
                 since: date | str | None = None, until: date | str | None = None,
                 min_confidence: float | None = None, article: Many = None,
                 negated: bool | None = None) -> Iterator[StanceRecord]:
    """Every stance matching the filters, read lazily from one query."""
    q = _stance_query(holder=holder, target=target, actor=actor, type=type, polarity=polarity,
                      since=since, until=until, min_confidence=min_confidence, article=article,
                      negated=negated)
    return (_stance(row) for row in store.query(q))


def list_stances(store: Store, *, limit: int = 100, cursor: str | None = None,
                 **filters: Any) -> Page[StanceRecord]:
    """One page of ``iter_stances`` (same filters), ordered by stance IRI."""
    q = _stance_query(cursor=cursor, limit=_limit(limit), **_known(filters, _STANCE_FILTERS))
    return _page([(r["s"].value, _stance(r)) for r in store.query(q)], limit)


def _known(filters: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    unknown = sorted(set(filters) - set(names))
    if unknown:
        raise GraphError(f"unknown filter {unknown[0]!r} (filters: {', '.join(names)})")
    return {n: filters.get(n) for n in names}


# -- claims --------------------------------------------------------------------------------------

_CLAIMS = """
SELECT ?c ?cid ?art ?speaker ?addr ?via ?cue ?content ?cst ?cen ?direct ?neg ?conf ?date ?pub
       ?day ?abouts
WHERE {{
  {values}
  ?c a qawl:Claim ; dcterms:identifier ?cid ; qawl:speaker ?speaker ; qawl:confidence ?conf ;
     qawl:negated ?neg ; qawl:direct ?direct ; prov:wasDerivedFrom ?a .
  ?a dcterms:identifier ?art .
  OPTIONAL {{ ?c qawl:addressee ?addr }}
  OPTIONAL {{ ?c qawl:via ?via }}
  OPTIONAL {{ ?c qawl:reportingVerb ?cue }}
  OPTIONAL {{ ?c qawl:content ?cs . ?cs oa:hasSelector ?cq, ?cp .
             ?cq oa:exact ?content . ?cp oa:start ?cst ; oa:end ?cen }}
  OPTIONAL {{ ?c dcterms:date ?date }}
  OPTIONAL {{ ?a schema:datePublished ?pub }}
  OPTIONAL {{ SELECT ?c (GROUP_CONCAT(STR(?ab); SEPARATOR=" ") AS ?abouts)
             WHERE {{ ?c a qawl:Claim ; schema:about ?ab }} GROUP BY ?c }}
  {day}
  {filters}
}} {tail}
"""
_CLAIM_FILTERS = ("speaker", "target", "actor", "since", "until", "min_confidence", "article",
                  "negated")


def _in(var: str, who: str) -> str:
    return f"?{var} IN ({who.replace('> <', '>, <')})"


def _claim_query(*, speaker, target, actor, since, until, min_confidence, article, negated,
                 cursor=None, limit=None) -> str:
    values = _values("speaker", speaker)
    filters = _common_filters(since=since, until=until, min_confidence=min_confidence,
                              article=article, negated=negated)
    if (who := _actors(target)) is not None:
        filters.append(f"FILTER((BOUND(?addr) && {_in('addr', who)}) || "
                       f"EXISTS {{ ?c schema:about ?ab2 FILTER({_in('ab2', who)}) }})")
    if (who := _actors(actor)) is not None:
        filters.append(f"FILTER({_in('speaker', who)} || (BOUND(?addr) && {_in('addr', who)}) || "
                       f"EXISTS {{ ?c schema:about ?ab3 FILTER({_in('ab3', who)}) }})")
    return _select(_CLAIMS, "c", values=values, filters=filters, cursor=cursor, limit=limit,
                   day=_DAY)


def _claim(row: ox.QuerySolution) -> ClaimRecord:
    art = row["art"].value
    abouts = _v(row, "abouts")
    return ClaimRecord(
        id=f"{art}/{row['cid'].value}", article=art, speaker=iris.actor_id(row["speaker"].value),
        cue=_v(row, "cue") or "", content=_v(row, "content") or "",
        content_start=_int(row, "cst"), content_end=_int(row, "cen"),
        addressee=_actor(row, "addr"), via=_actor(row, "via"),
        about=tuple(sorted(iris.actor_id(a) for a in abouts.split())) if abouts else (),
        direct=row["direct"].value == "true", negated=row["neg"].value == "true",
        confidence=float(row["conf"].value), date=_v(row, "date"),
        published=_date_of(row, "pub"), day=_date_of(row, "day"),
    )


def iter_claims(store: Store, *, speaker: Many = None, target: Many = None, actor: Many = None,
                since: date | str | None = None, until: date | str | None = None,
                min_confidence: float | None = None, article: Many = None,
                negated: bool | None = None) -> Iterator[ClaimRecord]:
    """Every claim matching the filters (``target``: the addressee or an actor it is about)."""
    q = _claim_query(speaker=speaker, target=target, actor=actor, since=since, until=until,
                     min_confidence=min_confidence, article=article, negated=negated)
    return (_claim(row) for row in store.query(q))


def list_claims(store: Store, *, limit: int = 100, cursor: str | None = None,
                **filters: Any) -> Page[ClaimRecord]:
    """One page of ``iter_claims`` (same filters), ordered by claim IRI."""
    q = _claim_query(cursor=cursor, limit=_limit(limit), **_known(filters, _CLAIM_FILTERS))
    return _page([(r["c"].value, _claim(r)) for r in store.query(q)], limit)


# -- actors --------------------------------------------------------------------------------------

_ACTORS = """
SELECT ?x ?id ?kind ?country ?sector ?role ?wd
       (GROUP_CONCAT(CONCAT(LANG(?l), "\\u001e", STR(?l)); SEPARATOR="\\u001f") AS ?labels)
WHERE {{
  {values}
  GRAPH <{graph}> {{
    ?x a qawl:Actor ; dcterms:identifier ?id .
    OPTIONAL {{ ?x qawl:kind ?kind }} OPTIONAL {{ ?x qawl:country ?country }}
    OPTIONAL {{ ?x qawl:sector ?sector }} OPTIONAL {{ ?x qawl:role ?role }}
    OPTIONAL {{ ?x owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), STR(wd:))) }}
    OPTIONAL {{ ?x rdfs:label ?l }}
  }}
  {filters}
}} GROUP BY ?x ?id ?kind ?country ?sector ?role ?wd {tail}
"""
_ACTOR_FILTERS = ("id", "q", "kind", "country", "wikidata", "article")


def _actor_query(*, id, kind, country, wikidata, article, cursor=None, limit=None) -> str:
    values = _values("x", id)
    filters: list[str] = []
    for var, value in (("kind", kind), ("country", country)):
        if (vs := _many(value)) is not None:
            filters.append(f"FILTER(?{var} IN ({', '.join(_string(str(v)) for v in vs)}))")
    if (qids := _many(wikidata)) is not None:
        wds = ", ".join(f"<{iris.wikidata_iri(str(q))}>" for q in qids)
        filters.append(f"FILTER(BOUND(?wd) && ?wd IN ({wds}))")  # ?wd is OPTIONAL: filter it
    if (arts := _many(article)) is not None:
        arts_iris = ", ".join(f"<{iris.article_iri(str(a))}>" for a in arts)
        filters.append(f"FILTER EXISTS {{ ?art schema:mentions ?x FILTER(?art IN ({arts_iris})) }}")
    return _select(_ACTORS, "x", values=values, filters=filters, cursor=cursor, limit=limit,
                   graph=iris.ACTORS_GRAPH)


def _actor_record(row: ox.QuerySolution) -> ActorRecord:
    labels: dict[str, str] = {}
    for item in (_v(row, "labels") or "").split(_SEP):
        if item:
            lang, _, text = item.partition(_LSEP)
            labels.setdefault(lang or "und", text)
    ident = row["id"].value
    wd = _v(row, "wd")
    return ActorRecord(
        id=ident, label=labels.get("en") or next(iter(labels.values()), ident),
        labels=dict(sorted(labels.items())), kind=_v(row, "kind"), country=_v(row, "country"),
        sector=_v(row, "sector"), role=_v(row, "role"),
        wikidata=wd.rsplit("/", 1)[-1] if wd else None,
    )


def iter_actors(store: Store, *, id: Many = None, q: str | None = None, kind: Many = None,
                country: Many = None, wikidata: Many = None, article: Many = None,
                aliases: Mapping[str, Iterable[str]] | None = None) -> Iterator[ActorRecord]:
    """Actors matching the filters; with ``q``, only those whose names match it (any order)."""
    query = _actor_query(id=id, kind=kind, country=country, wikidata=wikidata, article=article)
    records = (_actor_record(row) for row in store.query(query))
    if q is None:
        return records
    return (a for a, _ in _matches(records, q, aliases))


def list_actors(store: Store, *, limit: int = 100, cursor: str | None = None,
                aliases: Mapping[str, Iterable[str]] | None = None,
                **filters: Any) -> Page[ActorRecord]:
    """One page of actors ordered by IRI (with ``q``: the matching ones, in IRI order)."""
    f = _known(filters, _ACTOR_FILTERS)
    text = f.pop("q")
    rows: list[tuple[str, ActorRecord]] = []
    after = cursor
    limit = _limit(limit)
    while True:  # with a name filter, keep reading pages until one is full
        batch = [(r["x"].value, _actor_record(r))
                 for r in store.query(_actor_query(cursor=after, limit=limit, **f))]
        more = len(batch) > limit
        batch = batch[:limit]
        if text is not None:
            keep = {a.id for a, _ in _matches((a for _, a in batch), text, aliases)}
            rows += [(k, a) for k, a in batch if a.id in keep]
        else:
            rows += batch
        if not more or len(rows) > limit:
            break
        after = _next_cursor(batch[-1][0])
    if len(rows) > limit or (more and len(rows) == limit):
        return Page([a for _, a in rows[:limit]], _next_cursor(rows[limit - 1][0]))
    return Page([a for _, a in rows], None)


def search_actors(store: Store, text: str, *, limit: int = 20,
                  aliases: Mapping[str, Iterable[str]] | None = None) -> list[ActorRecord]:
    """Actors whose label, alias, id or Wikidata id matches ``text``: exact matches first,
    then prefixes, then other substrings. ``aliases`` maps actor ids to more names (default:
    the names of the gazetteer, ``extract.gazetteer.load_default``)."""
    found = sorted(_matches(iter_actors(store), text, aliases), key=lambda m: (m[1], m[0].label))
    return [a for a, _ in found[:_limit(limit)]]


def normalise_name(text: str) -> str:
    """The form names are compared in: Arabic normalised by camel-tools (alef and hamza forms,
    alef maksura, teh marbuta, diacritics, tatweel), Latin case-folded without accents."""
    s = norm_word(unicodedata.normalize("NFC", text)).translate(_HAMZA)
    s = "".join(c for c in unicodedata.normalize("NFKD", s.casefold())
                if not unicodedata.combining(c) or "\u0600" <= c <= "\u06ff")
    return " ".join(unicodedata.normalize("NFC", s).split())


def _default_aliases() -> Mapping[str, Iterable[str]]:
    from extract.gazetteer import load_default

    return {e.id: [n for names in e.names.values() for n in names] for e in load_default()}


def _matches(records: Iterable[ActorRecord], text: str,
             aliases: Mapping[str, Iterable[str]] | None) -> Iterator[tuple[ActorRecord, int]]:
    """(actor, rank) for each record naming ``text``: 0 exact, 1 prefix, 2 substring."""
    needle = normalise_name(text)
    if not needle:
        raise GraphError("q: the search text is empty")
    names_of = _default_aliases() if aliases is None else aliases
    for a in records:
        names = [a.id, a.label, *a.labels.values(), *names_of.get(a.id, ())]
        if a.wikidata:
            names.append(a.wikidata)
        ranks = [_rank(normalise_name(n), needle) for n in names]
        best = min(r for r in ranks) if ranks else 3
        if best < 3:
            yield a, best


def _rank(name: str, needle: str) -> int:
    if name == needle:
        return 0
    if name.startswith(needle) or any(w.startswith(needle) for w in name.split()):
        return 1
    return 2 if needle in name else 3
