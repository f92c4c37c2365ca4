"""Summaries the pages and notebooks ask for all the time: stances per actor pair, type and month.

Owns ``stance_summary``. For now it is one SPARQL GROUP BY over the stance nodes of the
store, computed when asked (fine for small and medium stores); ARCHITECTURE.md section 5 wants
these kept up to date at ingest for stores of millions of triples, which is not done yet.

A stance's month is taken from its own date when that is a full date, else from the article's
publication date; stances with neither are counted under month None. Negated stances are left
out unless ``negated=True``.
"""

from __future__ import annotations

from typing import Any

from ontology import iris
from graph.errors import UnknownActor
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
ORDER BY ?holder ?target ?type ?month
"""


def stance_summary(store: Store, *, actor: str | None = None, negated: bool = False) -> list[dict[str, Any]]:
    """Counts of stances per (holder, target, PLOVER type, polarity, month), optionally only
    those where ``actor`` (a contract id) is holder or target."""
    filters = [] if negated else ["FILTER(?neg = false)"]
    if actor is not None:
        if not store.has_actor(actor):
            raise UnknownActor(actor)
        node = f"<{iris.actor_iri(actor)}>"
        filters.append(f"FILTER(?holder = {node} || ?target = {node})")
    rows = store.query(_QUERY.format(filters="\n  ".join(filters)))
    return [
        {
            "holder": iris.actor_id(r["holder"].value),
            "target": iris.actor_id(r["target"].value),
            "type": r["type"].value,
            "polarity": int(r["polarity"].value),
            "month": r["month"].value or None,
            "count": int(r["n"].value),
            "confidence": round(float(r["confidence"].value), 3),
        }
        for r in rows
    ]
