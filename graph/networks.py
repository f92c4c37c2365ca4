"""networkx projections of the stances: actors as nodes, stances as edges.

Owns two shapes, for the whole store or for an actor's neighbourhood:

- ``stance_multigraph``: a ``MultiDiGraph`` with one edge per stance (key = stance id
  ``"<article>/<stance>"``; attributes ``type``, ``polarity``, ``confidence``, ``day``,
  ``article``, ``claim``, ``trigger``, ``evidence``);
- ``actor_graph``: a signed, weighted ``DiGraph`` with one edge per (holder, target) pair that
  aggregates its stances: ``count`` (= ``weight``), ``polarity`` (net sum of -1/0/+1),
  ``sign`` (of the net), ``positive``/``neutral``/``negative`` counts, ``confidence`` (mean),
  ``first``/``last`` day, ``days`` (the distinct days, sorted), ``by_day`` (``{day: {"count",
  "polarity"}}``), ``stances`` and ``articles`` (evidence ids), and ``types``: the same
  aggregates per PLOVER type (``{"REQUEST": {"count", "polarity", "first", "last",
  "stances"}}``).

Nodes carry the actor description: ``label`` (English, else any), ``label_ar``, ``label_en``,
``kind``, ``country``, ``sector``, ``role``, ``wikidata``. Negated stances, stances without a
target and stances of an actor towards itself give no edge (as for the shortcut edges of the
ontology). ``neighbourhood_graph`` walks ``depth`` hops in either direction from an actor over
the stances that pass the filters, then keeps every such stance between the actors found.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import networkx as nx

from graph.errors import GraphError, UnknownActor
from graph.records import ActorRecord, StanceRecord, iter_actors, iter_stances
from graph.store import Store

__all__ = ["actor_graph", "aggregate", "neighbourhood_actors", "neighbourhood_graph",
           "stance_multigraph"]


def _filters(since, until, min_confidence, type) -> dict[str, Any]:
    return {"since": since, "until": until, "min_confidence": min_confidence, "type": type,
            "negated": False}


def _edges(stances: Iterable[StanceRecord]) -> Iterable[StanceRecord]:
    return (s for s in stances if s.target is not None and s.target != s.holder and not s.negated)


def _node_attrs(a: ActorRecord) -> dict[str, Any]:
    attrs = {"label": a.label, "label_ar": a.labels.get("ar"), "label_en": a.labels.get("en"),
             "kind": a.kind, "country": a.country, "sector": a.sector, "role": a.role,
             "wikidata": a.wikidata}
    return {k: v for k, v in attrs.items() if v is not None}


def _add_nodes(g: nx.Graph, store: Store, ids: Iterable[str] | None) -> None:
    wanted = None if ids is None else sorted(set(ids))
    if wanted == []:
        return
    for a in iter_actors(store, id=wanted):
        g.add_node(a.id, **_node_attrs(a))


def _stance_edge(s: StanceRecord) -> dict[str, Any]:
    attrs = {"type": s.type, "polarity": s.polarity, "confidence": s.confidence, "day": s.day,
             "article": s.article, "claim": s.claim, "trigger": s.trigger, "evidence": s.evidence}
    return {k: v for k, v in attrs.items() if v is not None}


def _multi(stances: Iterable[StanceRecord]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for s in _edges(stances):
        g.add_edge(s.holder, s.target, key=s.id, **_stance_edge(s))
    return g


def _sign(x: int) -> int:
    return (x > 0) - (x < 0)


def _merge(agg: dict[str, Any], s: StanceRecord) -> None:
    agg["count"] += 1
    agg["polarity"] += s.polarity
    agg["stances"].append(s.id)
    if s.day is not None:
        agg["first"] = s.day if agg["first"] is None else min(agg["first"], s.day)
        agg["last"] = s.day if agg["last"] is None else max(agg["last"], s.day)


def _new() -> dict[str, Any]:
    return {"count": 0, "polarity": 0, "first": None, "last": None, "stances": []}


def aggregate(stances: Iterable[StanceRecord]) -> nx.DiGraph:
    """The signed, weighted DiGraph of ``stances`` (edges only; see the module docstring)."""
    g = nx.DiGraph()
    for s in _edges(stances):
        if g.has_edge(s.holder, s.target):
            e = g.edges[s.holder, s.target]
        else:
            g.add_edge(s.holder, s.target, **_new(), positive=0, neutral=0, negative=0,
                       confidence=0.0, articles=[], types={}, _days={})
            e = g.edges[s.holder, s.target]
        _merge(e, s)
        e["positive" if s.polarity > 0 else "negative" if s.polarity < 0 else "neutral"] += 1
        e["confidence"] += s.confidence
        if s.day is not None:
            day = e["_days"].setdefault(s.day, {"count": 0, "polarity": 0})
            day["count"] += 1
            day["polarity"] += s.polarity
        if s.article not in e["articles"]:
            e["articles"].append(s.article)
        _merge(e["types"].setdefault(s.type, _new()), s)
    for _, _, e in g.edges(data=True):
        e["weight"] = e["count"]
        e["sign"] = _sign(e["polarity"])
        e["confidence"] = round(e["confidence"] / e["count"], 3)
        by_day = e.pop("_days")
        e["days"] = sorted(by_day)
        e["by_day"] = {d: by_day[d] for d in e["days"]}
        e["stances"].sort()
        e["articles"].sort()
        e["types"] = {t: {**v, "stances": sorted(v["stances"])} for t, v in sorted(e["types"].items())}
    return g


def stance_multigraph(store: Store, *, since: date | str | None = None,
                      until: date | str | None = None, min_confidence: float | None = None,
                      type: str | Iterable[str] | None = None) -> nx.MultiDiGraph:
    """Every stance that passes the filters as one edge; every actor of the store as a node."""
    g = _multi(iter_stances(store, **_filters(since, until, min_confidence, type)))
    _add_nodes(g, store, None)
    return g


def actor_graph(store: Store, *, since: date | str | None = None,
                until: date | str | None = None, min_confidence: float | None = None,
                type: str | Iterable[str] | None = None) -> nx.DiGraph:
    """The aggregated actor-to-actor DiGraph of the whole store (every actor is a node)."""
    g = aggregate(iter_stances(store, **_filters(since, until, min_confidence, type)))
    _add_nodes(g, store, None)
    return g


def neighbourhood_graph(store: Store, actor: str, *, depth: int = 1,
                        since: date | str | None = None, until: date | str | None = None,
                        min_confidence: float | None = None,
                        type: str | Iterable[str] | None = None,
                        multi: bool = False) -> nx.DiGraph | nx.MultiDiGraph:
    """Actors within ``depth`` stance hops of ``actor`` (either direction) and the stances
    between them, aggregated (``DiGraph``) or one edge each (``multi=True``)."""
    if not isinstance(depth, int) or depth < 0:
        raise GraphError(f"depth must be an integer 0 or more, not {depth!r}")
    if not store.has_actor(actor):
        raise UnknownActor(actor)
    found = neighbourhood_actors(store, actor, depth=depth, filters=_filters(
        since, until, min_confidence, type))
    stances: list[StanceRecord] = []
    if len(found) > 1:
        stances = list(iter_stances(store, holder=sorted(found), target=sorted(found),
                                    **_filters(since, until, min_confidence, type)))
    g = _multi(stances) if multi else aggregate(stances)
    _add_nodes(g, store, found)
    g.graph.update({"center": actor, "depth": depth})
    return g


def neighbourhood_actors(store: Store, actor: str, *, depth: int,
                         filters: Mapping[str, Any]) -> set[str]:
    """The ids of the actors within ``depth`` hops of ``actor`` over the filtered stances."""
    seen = {actor}
    frontier = {actor}
    for _ in range(depth):
        if not frontier:
            break
        nxt: set[str] = set()
        for s in _edges(iter_stances(store, actor=sorted(frontier), **filters)):
            nxt.update((s.holder, s.target))
        frontier = nxt - seen
        seen |= nxt
    return seen
