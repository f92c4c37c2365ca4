"""An actor's neighbourhood: the actors within ``depth`` hops and the edges between them.

Owns ``neighbourhood(store, actor_id, *, depth=1)``. Edges come from the claim and stance
nodes of all article graphs (not the shortcut triples), so each edge can say which claims and
stances support it: one edge per (source, target, type, polarity), where type is a PLOVER
category for stances, or ``addresses`` / ``speaksAbout`` for claims. Negated claims and stances
give no edge. Each hop looks up the edges touching the frontier in the store's actor-level
projection (``graph.projection``, kept in step with the store at every write; ARCHITECTURE.md
section 5); ``engine="sparql"`` asks a few SPARQL queries over the article graphs instead,
which give the same result and stay as the reference the projection is tested against.
The nodes' descriptions are read from the actors graph either way.

Result::

    {"center": "Q3052772", "depth": 1,
     "nodes": [{"id", "label", "labels": {"ar", "en"}, "kind", "country"}],
     "edges": [{"source", "target", "type", "polarity", "weight", "claims": ["<article>/C1"],
                "stances": ["<article>/S1"], "articles": ["<article>"]}]}
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, RDFS

from ontology import iris
from ontology.namespace import PLOVER, QAWL
from graph.errors import GraphError, UnknownActor
from graph.projection import check_engine
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

_DESCRIBED = {str(DCTERMS.identifier): "id", str(QAWL.kind): "kind", str(RDFS.label): "label",
              str(QAWL.country): "country"}


def neighbourhood(store: Store, actor_id: str, *, depth: int = 1,
                  engine: str = "projection") -> dict[str, Any]:
    """Actors within ``depth`` hops of ``actor_id`` and the claim/stance edges between them."""
    check_engine(engine)
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
        found: set[str] = set()
        hop = (_edges_of(store, frontier) if engine == "sparql"
               else store.projection().edges_touching(frontier))
        for src, dst, type_, pol, kind, article, local in hop:
            if src == dst:
                continue
            edge = edges.setdefault((src, dst, type_, pol),
                                    {"claims": set(), "stances": set(), "articles": set()})
            edge[kind].add(f"{article}/{local}")
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


def _edges_of(store: Store, frontier: set[str]):
    """(source, target, type, polarity, "claims"|"stances", article id, item id) touching the
    frontier, by SPARQL over the article graphs."""
    values = " ".join(f"<{a}>" for a in sorted(frontier))
    for side, role in (("src", "holder"), ("dst", "target")):
        for r in store.query(_STANCES.format(side=side, role=role, frontier=values)):
            yield (r["src"].value, r["dst"].value, r["t"].value[len(str(PLOVER._NS)):],
                   int(r["pol"].value), "stances", iris.article_id(r["g"].value),
                   iris.local_id(r["item"].value))
    for type_, prop in _CLAIM_EDGES:
        for side, pattern in (("src", f"?item qawl:speaker ?src ; {prop} ?dst ."),
                              ("dst", f"?item {prop} ?dst ; qawl:speaker ?src .")):
            for r in store.query(_CLAIMS.format(side=side, frontier=values, pattern=pattern)):
                yield (r["src"].value, r["dst"].value, type_, None, "claims",
                       iris.article_id(r["g"].value), iris.local_id(r["item"].value))


def _nodes(store: Store, actors: set[str]) -> list[dict[str, Any]]:
    """The descriptions of ``actors`` (IRIs) from the actors graph, by direct index lookups
    (a ``VALUES`` query over the actors graph scanned all of it); actors with no identifier
    or kind there are left out."""
    graph = ox.NamedNode(str(iris.ACTORS_GRAPH))
    nodes = []
    for a in sorted(actors):
        found: dict[str, Any] = {"labels": {}}
        for q in store.inner.quads_for_pattern(ox.NamedNode(a), None, None, graph):
            key = _DESCRIBED.get(q.predicate.value)
            if key == "label":
                found["labels"].setdefault(q.object.language or "und", q.object.value)
            elif key is not None:
                found.setdefault(key, q.object.value)
        if "id" not in found or "kind" not in found:
            continue
        labels = found["labels"]
        nodes.append({"id": found["id"], "label": labels.get("en") or next(iter(labels.values()), found["id"]),
                      "labels": labels, "kind": found["kind"], "country": found.get("country")})
    return nodes
