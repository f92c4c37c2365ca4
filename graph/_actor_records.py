"""Actors out of a store as ``ActorRecord``s, and actor search by name (part of ``graph.records``).

Owns the actor query and its filters (id, kind, country, wikidata, article), ``iter_actors``,
``list_actors`` (with a name filter, pages are read until one is full), ``search_actors``
(exact matches first, then prefixes, then substrings) and ``normalise_name``, the form names
are compared in. Callers import these from ``graph.records``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pyoxigraph as ox

from extract.arabic import norm_word
from graph._records import (
    ActorRecord,
    Many,
    Page,
    _known,
    _limit,
    _many,
    _next_cursor,
    _select,
    _string,
    _v,
    _values,
)
from graph.errors import GraphError
from graph.store import Store
from ontology import iris

__all__ = ["iter_actors", "list_actors", "normalise_name", "search_actors"]

_SEP, _LSEP = "\u001f", "\u001e"  # separators inside GROUP_CONCAT (never in labels)
_HAMZA = str.maketrans({"ؤ": "و", "ئ": "ي", "ء": None, "ٱ": "ا"})


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
