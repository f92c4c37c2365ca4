"""Summaries the pages and notebooks ask for all the time: stances per actor pair, type and month.

Owns ``stance_summary``. The counts are kept up to date at ingest in the store's actor-level
projection (``graph.projection``: per holder, target, type, polarity, month and negation, the
number of stances and the sum of their confidences), so asking costs a lookup, not a pass over
the store (ARCHITECTURE.md section 5). ``engine="sparql"`` computes the same rows with one
SPARQL GROUP BY over the stance nodes instead: the reference the projection is tested against.

A stance's month is taken from its own date when that is a full date, else from the article's
publication date; stances with neither are counted under month None. Negated stances are left
out unless ``negated=True``.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from ontology import iris
from graph.errors import UnknownActor
from graph.projection import check_engine
from graph.store import Store

__all__ = ["stance_summary"]

_QUERY = """
SELECT ?holder ?target ?type ?polarity ?month (COUNT(DISTINCT ?s) AS ?n) (AVG(?conf) AS ?confidence)
WHERE {{
  ?s a qawl:Stance ; qawl:holder ?holder ; qawl:target ?target ; qawl:eventType ?t ;
     qawl:polarity ?polarity ; qawl:negated ?neg ; qawl:confidence ?conf ;
     prov:wasDerivedFrom ?article .
  {filters}
  OPTIONAL {{ ?s dcterms:date ?own FILTER(DATATYPE(?own) = xsd:date) }}
  OPTIONAL {{ ?article schema:datePublished ?published }}
  BIND(COALESCE(?own, ?published) AS ?day)
  BIND(IF(BOUND(?day), SUBSTR(STR(?day), 1, 7), "") AS ?month)
  BIND(STRAFTER(STR(?t), STR(plover:)) AS ?type)
}}
GROUP BY ?holder ?target ?type ?polarity ?month
ORDER BY ?holder ?target ?type ?month ?polarity
"""


def stance_summary(store: Store, *, actor: str | None = None, negated: bool = False,
                   engine: str = "projection") -> list[dict[str, Any]]:
    """Counts of stances per (holder, target, PLOVER type, polarity, month), optionally only
    those where ``actor`` (a contract id) is holder or target; ordered by holder IRI, target
    IRI, type, month and polarity."""
    check_engine(engine)
    if actor is not None and not store.has_actor(actor):
        raise UnknownActor(actor)
    node = str(iris.actor_iri(actor)) if actor is not None else None
    if engine == "projection":
        groups = store.projection().stance_counts(actor=node, negated=negated)
        rows = [(h, t, type_, pol, month, n, _average(total, n))
                for h, t, type_, pol, month, n, total in sorted(groups, key=_order)]
    else:
        filters = [] if negated else ["FILTER(?neg = false)"]
        if node is not None:
            filters.append(f"FILTER(?holder = <{node}> || ?target = <{node}>)")
        rows = [(r["holder"].value, r["target"].value, r["type"].value, int(r["polarity"].value),
                 r["month"].value, int(r["n"].value), float(r["confidence"].value))
                for r in store.query(_QUERY.format(filters="\n  ".join(filters)))]
    ids: dict[str, str] = {}  # one IRI is one actor id: decode it once
    return [_row(*row, ids) for row in rows]


def _order(group: tuple[Any, ...]) -> tuple[Any, ...]:
    holder, target, type_, polarity, month = group[:5]
    return holder, target, type_, month, polarity


def _average(total: Decimal, n: int) -> float:
    # as Oxigraph divides xsd:decimal values: 18 fractional digits
    return float((total / Decimal(n)).quantize(Decimal(1).scaleb(-18), rounding=ROUND_HALF_EVEN))


def _row(holder: str, target: str, type_: str, polarity: int, month: str, n: int,
         confidence: float, ids: dict[str, str]) -> dict[str, Any]:
    for iri in (holder, target):
        if iri not in ids:
            ids[iri] = iris.actor_id(iri)
    return {
        "holder": ids[holder], "target": ids[target], "type": type_,
        "polarity": polarity, "month": month or None, "count": n,
        "confidence": round(confidence, 3),
    }
