"""An actor's neighbourhood: the actors within ``depth`` hops and the edges between them.

Owns ``neighbourhood(store, actor_id, *, depth=1)``. Edges come from the claim and stance
nodes of all article graphs (not the shortcut triples), so each edge can say which claims and
stances support it: one edge per (source, target, type, polarity), where type is a PLOVER
category for stances, or ``addresses`` / ``speaksAbout`` for claims. Negated claims and stances
give no edge. Each hop asks a few SPARQL queries that start from the frontier (fine for small and medium
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
from ontology.namespace import PLOVER
from graph.errors import GraphError, UnknownActor
from graph.store import Store

__all__ = ["neighbourhood"]

# One simple query per direction and kind, each starting from the frontier: Oxigraph plans
# these as index lookups, where one UNION of all four scanned every stance of the store.
_STANCES = """
SELECT ?item ?src ?dst ?t ?pol ?g WHERE {{
  VALUES ?{side} {{ {frontier} }}
  GRAPH ?g {{
    ?item qawl:{role} ?{side} ; a qawl:Stance ; qawl:holder ?src ; qawl:target ?dst ;
          qawl:eventType ?t ; qawl:polarity ?pol ; qawl:negated false .
  }}
}}
"""
_CLAIMS = """
SELECT ?item ?src ?dst ?g WHERE {{
  VALUES ?{side} {{ {frontier} }}
  GRAPH ?g {{ {pattern} ?item a qawl:Claim ; qawl:negated false . }}
}}
"""
_CLAIM_EDGES = (("addresses", "qawl:addressee"), ("speaksAbout", "schema:about"))

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
        for src, dst, type_, pol, kind, item, graph in _edges_of(store, values):
            if src == dst:
                continue
            edge = edges.setdefault((src, dst, type_, pol),
                                    {"claims": set(), "stances": set(), "articles": set()})
            article = iris.article_id(graph)
            edge[kind].add(f"{article}/{iris_local_id(item)}")
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


def _edges_of(store: Store, values: str):
    """(source, target, type, polarity, "claims"|"stances", item IRI, graph IRI) touching the frontier."""
    for side, role in (("src", "holder"), ("dst", "target")):
        for r in store.query(_STANCES.format(side=side, role=role, frontier=values)):
            yield (r["src"].value, r["dst"].value, r["t"].value[len(str(PLOVER._NS)):],
                   int(r["pol"].value), "stances", r["item"].value, r["g"].value)
    for type_, prop in _CLAIM_EDGES:
        for side, pattern in (("src", f"?item qawl:speaker ?src ; {prop} ?dst ."),
                              ("dst", f"?item {prop} ?dst ; qawl:speaker ?src .")):
            for r in store.query(_CLAIMS.format(side=side, frontier=values, pattern=pattern)):
                yield (r["src"].value, r["dst"].value, type_, None, "claims", r["item"].value,
                       r["g"].value)


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
