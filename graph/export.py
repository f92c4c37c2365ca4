"""Export a store, or a filtered part of it, for graph tools, RDF tools and dataframes.

Owns ``export`` (the function behind ``qawl export`` and the notebook's ``Qawl.export``),
``FORMATS`` and ``ExportResult``::

    export(store, *, fmt, out, since=None, until=None, min_confidence=None, actor=None, depth=None)

``fmt`` is one of ``FORMATS``:

    graphml, gexf, cytoscape, node-link   the aggregated actor graph (graph.networks.actor_graph,
                                          or neighbourhood_graph with ``actor``), one file
    turtle, trig, nquads, jsonld          RDF, one file (graph.exports.rdf)
    csv, parquet                          a folder with actors, claims and stances tables

Filters: ``since``/``until`` (dates, inclusive, on a stance's or claim's day),
``min_confidence`` (0..1), ``actor`` (an actor id: only its neighbourhood) and ``depth``
(hops from ``actor``, default 1; only with ``actor``). Graph files and tables hold exactly the
stances that pass (tables keep negated stances too, with ``negated`` true; graphs leave them
out). RDF is article-granular: with a filter, it holds the whole graphs of the articles that
have a claim or stance passing it, and the descriptions of the actors those items name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from graph.errors import GraphError, UnknownActor, UnknownFormat
from graph.exports.graphs import (
    write_cytoscape,
    write_gexf,
    write_graphml,
    write_node_link,
)
from graph.exports.rdf import RDF_FORMATS, write_rdf
from graph.exports.tables import TABLE_FORMATS, write_tables
from graph.networks import actor_graph, neighbourhood_actors, neighbourhood_graph
from graph.records import iter_actors, iter_claims, iter_stances
from graph.store import Store
from ontology import iris

__all__ = ["FORMATS", "ExportResult", "export"]

_GRAPH_WRITERS = {"graphml": write_graphml, "gexf": write_gexf, "cytoscape": write_cytoscape,
                  "node-link": write_node_link}
FORMATS: tuple[str, ...] = (*_GRAPH_WRITERS, *RDF_FORMATS, *TABLE_FORMATS)
SUFFIXES: dict[str, str] = {"graphml": ".graphml", "gexf": ".gexf", "cytoscape": ".cyjs",
                            "node-link": ".json", "turtle": ".ttl", "trig": ".trig",
                            "nquads": ".nq", "jsonld": ".jsonld", "csv": "", "parquet": ""}


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote: the files, their total size and what they hold."""

    format: str
    files: tuple[Path, ...]
    bytes: int
    nodes: int | None = None  # graph formats
    edges: int | None = None
    quads: int | None = None  # RDF formats
    rows: dict[str, int] = field(default_factory=dict)  # table formats

    def to_dict(self) -> dict[str, Any]:
        return {"format": self.format, "files": [str(f) for f in self.files], "bytes": self.bytes,
                "nodes": self.nodes, "edges": self.edges, "quads": self.quads,
                "rows": dict(self.rows)}


def export(store: Store, *, fmt: str, out: str | Path, since: date | str | None = None,
           until: date | str | None = None, min_confidence: float | None = None,
           actor: str | None = None, depth: int | None = None) -> ExportResult:
    """Write the store (or the filtered part) in ``fmt`` to ``out`` (a file, or a folder for
    csv and parquet); see the module docstring."""
    if fmt not in FORMATS:
        raise UnknownFormat(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if depth is not None and actor is None:
        raise GraphError("depth needs an actor: pass actor=<id> to export a neighbourhood")
    if actor is not None and not store.has_actor(actor):
        raise UnknownActor(actor)
    out = Path(out)
    if fmt not in TABLE_FORMATS:
        if out.is_dir():
            raise GraphError(f"{out}: is a folder; give a file name for {fmt} (e.g. qawl{SUFFIXES[fmt]})")
        out.parent.mkdir(parents=True, exist_ok=True)
    filters = {"since": since, "until": until, "min_confidence": min_confidence}
    depth = 1 if actor is not None and depth is None else depth

    if fmt in _GRAPH_WRITERS:
        g = (neighbourhood_graph(store, actor, depth=depth, **filters) if actor is not None
             else actor_graph(store, **filters))
        _GRAPH_WRITERS[fmt](g, out)
        return ExportResult(fmt, (out,), out.stat().st_size, nodes=g.number_of_nodes(),
                            edges=g.number_of_edges())

    actors = (None if actor is None else
              neighbourhood_actors(store, actor, depth=depth, filters={**filters, "negated": False}))
    who = None if actors is None else sorted(actors)
    if fmt in TABLE_FORMATS:
        written = write_tables(
            out, fmt, actors=iter_actors(store, id=who),
            claims=iter_claims(store, speaker=who, **filters),
            stances=iter_stances(store, holder=who, target=who, **filters))
        files = tuple(p for p, _ in written.values())
        return ExportResult(fmt, files, sum(p.stat().st_size for p in files),
                            rows={k: n for k, (_, n) in written.items()})

    graphs, named = None, None
    if actor is not None or any(v is not None for v in filters.values()):
        articles: set[str] = set()
        named = set(actors or ())
        for s in iter_stances(store, holder=who, target=who, **filters):
            articles.add(s.article)
            named.update(a for a in (s.holder, s.target) if a)
        for c in iter_claims(store, speaker=who, **filters):
            articles.add(c.article)
            named.update(a for a in (c.speaker, c.addressee, c.via, *c.about) if a)
        graphs = [str(iris.article_graph_iri(a)) for a in sorted(articles)]
    quads = write_rdf(store, fmt, out, graphs=graphs, actors=named)
    return ExportResult(fmt, (out,), out.stat().st_size, quads=quads)
