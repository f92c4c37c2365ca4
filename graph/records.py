"""Actors, claims and stances out of a store as plain records, with the filters the API uses.

The public surface for records: the record types (``ActorRecord``, ``ClaimRecord``,
``StanceRecord``: frozen dataclasses with ``to_dict``; defined with the shared query plumbing in
``graph._records``), their filters, streaming (``iter_*``: one SPARQL query read lazily, in the
store's order) and cursor pagination (``list_*``: ordered by IRI, ``Page.next_cursor`` is an
opaque string to pass back), and actor search by name (``search_actors``). This module owns
the claim and stance queries; actors and search live in ``graph._actor_records``.

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

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

import pyoxigraph as ox

from extract.model import PLOVER_TYPES
from graph._actor_records import iter_actors, list_actors, normalise_name, search_actors
from graph._records import (
    _DAY,
    ActorRecord,
    ClaimRecord,
    Many,
    Page,
    StanceRecord,
    _actor,
    _actors,
    _common_filters,
    _date_of,
    _int,
    _known,
    _limit,
    _many,
    _page,
    _select,
    _v,
    _values,
)
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


def _in(var: str, who: str) -> str:
    return f"?{var} IN ({who.replace('> <', '>, <')})"


# -- stances -------------------------------------------------------------------------------------

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
        filters.append(f"FILTER({_in('holder', who)} || (BOUND(?target) && {_in('target', who)}))")
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
