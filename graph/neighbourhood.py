"""An actor's neighbourhood: the actors within ``depth`` hops and the edges between them.

Owns ``neighbourhood(store, actor_id, *, depth=1)``. Edges come from the claim and stance
nodes of all article graphs (not the shortcut triples), so each edge can say which claims and
stances support it: one edge per (source, target, type, polarity), where type is a PLOVER
category for stances, or ``addresses`` / ``speaksAbout`` for claims. Negated claims and stances
give no edge. Each hop is one SPARQL query over the frontier (fine for small and medium
stores; the actor-level projection of ARCHITECTURE.md section 5 is not built yet).

Result::

    {"center": "Q3052772", "depth": 1,
     "nodes": [{"id", "label", "labels": {"ar", "en"}, "kind", "country"}],
     "edges": [{"source", "target", "type", "polarity", "weight", "claims": ["<article>/C1"],
                "stances": ["<article>/S1"], "articles": ["<article>"]}]}
"""

from __future__ import annotations

from typing import Any

from ontology import iris
from graph.errors import GraphError, UnknownActor
from graph.store import Store

__all__ = ["neighbourhood"]

_EDGE_PATTERN = """
  {{
    ?item a qawl:Stance ; qawl:holder ?src ; qawl:target ?dst ; qawl:eventType ?t ;
          qawl:polarity ?pol ; qawl:negated false ;
          prov:wasDerivedFrom/dcterms:identifier ?art .
    BIND("stance" AS ?kind) BIND(STRAFTER(STR(?t), STR(plover:)) AS ?type)
  }} UNION {{
    ?item a qawl:Claim ; qawl:speaker ?src ; qawl:negated false ;
          prov:wasDerivedFrom/dcterms:identifier ?art .
    {{ ?item qawl:addressee ?dst BIND("addresses" AS ?type) }}
    UNION {{ ?item schema:about ?dst BIND("speaksAbout" AS ?type) }}
    BIND("claim" AS ?kind)
  }}
"""
# the frontier is bound on each side separately so that both joins start from it
_EDGES = (
    "SELECT DISTINCT ?src ?dst ?type ?pol ?item ?kind ?art WHERE {{\n"
    "  {{ VALUES ?src {{ {frontier} }}" + _EDGE_PATTERN + "  }} UNION\n"
    "  {{ VALUES ?dst {{ {frontier} }}" + _EDGE_PATTERN + "  }}\n"
    "  FILTER(?src != ?dst)\n}}"
)

_NODES = """
SELECT ?a ?id ?label ?lang ?kind ?country WHERE {{
  VALUES ?a {{ {nodes} }}
  GRAPH <{actors}> {{
    ?a dcterms:identifier ?id ; qawl:kind ?kind .
    OPTIONAL {{ ?a rdfs:label ?label BIND(LANG(?label) AS ?lang) }}
    OPTIONAL {{ ?a qawl:country ?country }}
  }}
}}
"""


def neighbourhood(store: Store, actor_id: str, *, depth: int = 1) -> dict[str, Any]:
    """Actors within ``depth`` hops of ``actor_id`` and the claim/stance edges between them."""
    if depth < 0:
        raise GraphError(f"depth must be 0 or more, not {depth}")
    if not store.has_actor(actor_id):
        raise UnknownActor(actor_id)
    center = str(iris.actor_iri(actor_id))
    seen = {center}
    frontier = {center}
    edges: dict[tuple[str, str, str, int], dict[str, set[str]]] = {}
    for _ in range(depth):
        if not frontier:
            break
        values = " ".join(f"<{a}>" for a in sorted(frontier))
        found: set[str] = set()
        for row in store.query(_EDGES.format(frontier=values)):
            src, dst = row["src"].value, row["dst"].value
            pol = int(row["pol"].value) if row["pol"] is not None else None
            key = (src, dst, row["type"].value, pol)
            edge = edges.setdefault(key, {"claims": set(), "stances": set(), "articles": set()})
            article = row["art"].value
            item_id = f"{article}/{iris_local_id(row['item'].value)}"
            edge["claims" if row["kind"].value == "claim" else "stances"].add(item_id)
            edge["articles"].add(article)
            found.update((src, dst))
        frontier = found - seen
        seen |= found
    return {
        "center": actor_id,
        "depth": depth,
        "nodes": _nodes(store, seen),
        "edges": [
            {
                "source": iris.actor_id(src), "target": iris.actor_id(dst), "type": type_,
                "polarity": pol, "weight": len(e["claims"]) + len(e["stances"]),
                "claims": sorted(e["claims"]), "stances": sorted(e["stances"]),
                "articles": sorted(e["articles"]),
            }
            for (src, dst, type_, pol), e in sorted(edges.items())
        ],
    }


def iris_local_id(item_iri: str) -> str:
    """"S1" from ``…/article/<id>/stance/S1`` (ids are percent-encoded like all IRI segments)."""
    from urllib.parse import unquote

    return unquote(item_iri.rsplit("/", 1)[-1])


def _nodes(store: Store, actors: set[str]) -> list[dict[str, Any]]:
    values = " ".join(f"<{a}>" for a in sorted(actors))
    nodes: dict[str, dict[str, Any]] = {}
    for row in store.query(_NODES.format(nodes=values, actors=iris.ACTORS_GRAPH)):
        node = nodes.setdefault(row["a"].value, {
            "id": row["id"].value, "label": None, "labels": {}, "kind": row["kind"].value,
            "country": row["country"].value if row["country"] is not None else None,
        })
        if row["label"] is not None:
            node["labels"][row["lang"].value or "und"] = row["label"].value
    for node in nodes.values():
        node["label"] = node["labels"].get("en") or next(iter(node["labels"].values()), node["id"])
    return [nodes[a] for a in sorted(nodes)]
