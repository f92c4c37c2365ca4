"""The on-disk graph store: a pyoxigraph ``Store`` with qawl's layout of named graphs.

Owns the layout and every write:

    graph/article/<id>   one named graph per article, replaced as a whole (``replace_article``)
    graph/actors         the shared actor descriptions (labels, kind, country, Wikidata link),
                         so the same actor across articles is one IRI with one description
    graph/ontology       qawl.ttl and plover.ttl, loaded when a store is opened for writing

A replacement is one SPARQL update, which Oxigraph applies in one transaction: the old article
graph is dropped, the descriptions of its actors are refreshed and the new triples inserted,
or nothing changes. Queries see the union of all graphs as their default graph unless a
default graph is given.

The actor-level projection (``graph.projection``: edge items and stance counts in SQLite,
``projection.sqlite3`` in the store folder) is written in the same step: an article write is
one Oxigraph transaction that also sets a new generation stamp (a triple in the ontology
graph), inside an SQLite transaction that commits after it; ``Store.projection()`` rebuilds
the projection from the store whenever its stamp is not the store's (missing file, crash
between the two commits, a write through ``Store.changing()``). An actor's description goes
when the last article mentioning it is replaced or removed.
"""

from __future__ import annotations

import hashlib
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from ontology import iris
from ontology.namespace import ID, PREFIXES, QAWL, SCHEMA
from ontology.validate import DATA_DIR, ValidationReport, validate
from graph.errors import QuerySyntaxError, StoreError
from graph.projection import Projection, derive

__all__ = ["PreparedGraphs", "Store", "validate_store"]

_VOCABULARY_FILES = ("qawl.ttl", "plover.ttl")
_VERSION = ox.NamedNode("http://purl.org/dc/terms/hasVersion")
# the generation stamp: <store> dcterms:hasVersion "<token>" in the ontology graph, replaced by
# every write, so a projection can tell whether it reflects the store (graph.projection)
_STAMP = ox.NamedNode(f"{ID}store")
_OPENING = threading.RLock()  # one projection per store, however many threads ask at once


class Store:
    """A qawl graph store on disk (or in memory with ``Store.memory()``, for experiments)."""

    def __init__(self, inner: ox.Store, path: Path | None, *, read_only: bool = False) -> None:
        self._inner: ox.Store | None = inner
        self.path = path
        self.read_only = read_only
        self._projection: Projection | None = None

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        """Open (creating it if needed) the store in folder ``path``."""
        path = Path(path)
        try:
            if read_only:
                inner = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                inner = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the store: {exc}") from None
        store = cls(inner, path, read_only=read_only)
        if not read_only:
            store.ensure_vocabulary()
        return store

    @classmethod
    def memory(cls) -> Store:
        store = cls(ox.Store(), None)
        store.ensure_vocabulary()
        return store

    @property
    def inner(self) -> ox.Store:
        if self._inner is None:
            raise StoreError(f"{self.path}: the store is closed")
        return self._inner

    def close(self) -> None:
        """Flush and release the store (its folder lock goes when the object is collected)."""
        if self._inner is not None:
            if not self.read_only:
                self._inner.flush()
            self._inner = None
        if self._projection is not None:
            self._projection.close()
            self._projection = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def ensure_vocabulary(self) -> None:
        """Load the vocabulary files into the ontology graph unless the same version is there."""
        texts = [(DATA_DIR / name).read_text(encoding="utf-8") for name in _VOCABULARY_FILES]
        digest = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()
        graph = ox.NamedNode(str(iris.ONTOLOGY_GRAPH))
        if any(True for _ in self.inner.quads_for_pattern(graph, _VERSION, ox.Literal(digest), graph)):
            return
        g = Graph()
        for text in texts:
            g.parse(data=text, format="turtle")
        body = g.serialize(format="nt")
        self._update(f"DROP SILENT GRAPH <{graph.value}> ;\n"
                     f"INSERT DATA {{ GRAPH <{graph.value}> {{\n{body}\n"
                     f"<{graph.value}> <{_VERSION.value}> \"{digest}\" . }} }}")

    def replace_article(self, article_id: str, article: Graph, actors: Graph) -> int:
        """Replace the article's named graph by ``article`` and refresh the descriptions in
        ``actors``, in one transaction. Returns the number of triples written.

        Actors the old graph mentioned and no graph mentions any more lose their description."""
        self.replace_article_nt(article_id, PreparedGraphs.of(article, actors))
        return len(article) + len(actors)

    def replace_article_nt(self, article_id: str, prepared: PreparedGraphs) -> None:
        """``replace_article`` for graphs already serialised (by a worker process of a build)."""
        graph = iris.article_graph_iri(article_id)
        described = set(prepared.described)
        orphans = self._mentioned(str(graph)) - described
        parts = [f"DROP SILENT GRAPH <{graph}>"]
        if described:
            parts.append(f"DELETE {{ GRAPH <{iris.ACTORS_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ "
                         f"VALUES ?s {{ {_values(described)} }} GRAPH <{iris.ACTORS_GRAPH}> {{ ?s ?p ?o }} }}")
        parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{prepared.article_nt}\n}}\n"
                     f"GRAPH <{iris.ACTORS_GRAPH}> {{\n{prepared.actors_nt}\n}} }}")
        parts += _forget_orphans(orphans)
        self._write_article(article_id, parts)

    def remove_article(self, article_id: str) -> bool:
        """Drop the article's graph (and the descriptions of actors no other article mentions);
        False when there was none."""
        if not self.has_article(article_id):
            return False
        graph = str(iris.article_graph_iri(article_id))
        orphans = self._mentioned(graph)
        self._write_article(article_id, [f"DROP GRAPH <{graph}>", *_forget_orphans(orphans)])
        return True

    def _write_article(self, article_id: str, parts: list[str]) -> None:
        """One transaction on the store (``parts`` and a new generation stamp) inside one on the
        projection, which commits after it (see ``graph.projection``)."""
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")
        projection = self.projection()
        stamp = uuid.uuid4().hex
        projection.begin()
        try:
            self._update(" ;\n".join([*parts, *_stamp_update(stamp)]))
            graph = str(iris.article_graph_iri(article_id))
            projection.replace_article(article_id, derive(self.inner, graph))
        except BaseException:
            projection.rollback()
            raise
        projection.commit(stamp)

    @contextmanager
    def changing(self) -> Iterator[ox.Store]:
        """For writes the projection cannot follow (SPARQL Update, Graph Store Protocol): the
        projection is marked stale before and the store gets a new stamp after, so the next
        read rebuilds the projection whatever happened in between."""
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")
        self._open_projection().mark_stale()
        try:
            yield self.inner
        finally:
            self._update(" ;\n".join(_stamp_update(uuid.uuid4().hex)))

    # -- the projection --------------------------------------------------------------------

    def generation(self) -> str:
        """The store's generation stamp ("" for a store never written by this version)."""
        found = next(self.inner.quads_for_pattern(_STAMP, _VERSION, None,
                                                  ox.NamedNode(str(iris.ONTOLOGY_GRAPH))), None)
        return found.object.value if found is not None else ""

    def _open_projection(self) -> Projection:
        with _OPENING:
            if self._projection is None:
                self._projection = Projection.open(self.path, read_only=self.read_only)
            return self._projection

    def projection(self) -> Projection:
        """The actor-level projection, rebuilt from the store first when it does not reflect
        the store's generation (missing, stale, or left behind by a crash)."""
        projection = self._open_projection()
        stamp = self.generation()
        if projection.generation() != stamp:
            with _OPENING:
                projection = self._open_projection()
                if not projection.writable:  # read-only store, stale file: rebuild in memory
                    projection.close()
                    projection = self._projection = Projection.open(None)
            projection.rebuild(self.inner, stamp)
        return projection

    def _mentioned(self, graph: str) -> set[str]:
        query = f"SELECT DISTINCT ?a WHERE {{ GRAPH <{graph}> {{ ?x <{SCHEMA.mentions}> ?a }} }}"
        return {row["a"].value for row in self.inner.query(query)}

    def _update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")
        try:
            self.inner.update(sparql)
        except SyntaxError as exc:  # a bug in qawl, not in the input: say so plainly
            raise StoreError(f"internal error: generated update does not parse: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write the store: {exc}") from None

    # -- reading ---------------------------------------------------------------------------

    def query(self, sparql: str, *, default_graph: list[str] | None = None,
              named_graphs: list[str] | None = None) -> Any:
        """Run SPARQL; without ``default_graph`` the default graph is the union of all graphs."""
        kwargs: dict[str, Any] = {"prefixes": PREFIXES}
        if default_graph:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graph]
        else:
            kwargs["use_default_graph_as_union"] = True
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        try:
            return self.inner.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QuerySyntaxError(f"malformed SPARQL: {_one_line(exc)}") from None
        except ValueError as exc:
            raise QuerySyntaxError(f"bad SPARQL request: {_one_line(exc)}") from None

    def article_ids(self) -> list[str]:
        prefix = str(iris.article_graph_iri("x"))[:-1]
        return sorted(iris.article_id(g.value) for g in self.inner.named_graphs()
                      if isinstance(g, ox.NamedNode) and g.value.startswith(prefix))

    def has_article(self, article_id: str) -> bool:
        return self.inner.contains_named_graph(ox.NamedNode(str(iris.article_graph_iri(article_id))))

    def has_actor(self, actor_id: str) -> bool:
        node = ox.NamedNode(str(iris.actor_iri(actor_id)))
        graph = ox.NamedNode(str(iris.ACTORS_GRAPH))
        rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        return any(True for _ in self.inner.quads_for_pattern(node, rdf_type, ox.NamedNode(str(QAWL.Actor)), graph))

    def count_triples(self, graph: str | None = None) -> int:
        """Quads in one named graph, or in the whole store."""
        name = ox.NamedNode(graph) if graph else None
        return sum(1 for _ in self.inner.quads_for_pattern(None, None, None, name))

    def graph_of(self, graph: str) -> Graph:
        """An rdflib copy of one named graph (for export, tests and validation)."""
        data = self.inner.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))
        return Graph().parse(data=data.decode("utf-8"), format="nt")

    def iter_article_graphs(self) -> Iterator[tuple[str, Graph]]:
        for article_id in self.article_ids():
            yield article_id, self.graph_of(str(iris.article_graph_iri(article_id)))


@dataclass(frozen=True, slots=True)
class PreparedGraphs:
    """An article's graph and its actors' descriptions as N-Triples, ready to store; small and
    picklable, so a worker process can make it and the writing process store it."""

    article_nt: str
    actors_nt: str
    described: tuple[str, ...]  # IRIs of the actors described
    triples: int

    @classmethod
    def of(cls, article: Graph, actors: Graph) -> PreparedGraphs:
        return cls(article.serialize(format="nt"), actors.serialize(format="nt"),
                   tuple(sorted({str(s) for s in actors.subjects()})), len(article) + len(actors))


def _stamp_update(stamp: str) -> list[str]:
    graph = f"<{iris.ONTOLOGY_GRAPH}>"
    return [f"DELETE WHERE {{ GRAPH {graph} {{ <{_STAMP.value}> <{_VERSION.value}> ?v }} }}",
            f"INSERT DATA {{ GRAPH {graph} {{ <{_STAMP.value}> <{_VERSION.value}> \"{stamp}\" }} }}"]


def _values(iris_: set[str]) -> str:
    return " ".join(f"<{i}>" for i in sorted(iris_))


def _forget_orphans(candidates: set[str]) -> list[str]:
    """Update operations removing the descriptions of those candidates no graph mentions."""
    if not candidates:
        return []
    return [f"DELETE {{ GRAPH <{iris.ACTORS_GRAPH}> {{ ?a ?p ?o }} }} WHERE {{ "
            f"VALUES ?a {{ {_values(candidates)} }} GRAPH <{iris.ACTORS_GRAPH}> {{ ?a ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?x <{SCHEMA.mentions}> ?a }} }} }}"]


def validate_store(store: Store) -> ValidationReport:
    """SHACL-validate every article graph of the store with the shared actor descriptions."""
    actors = store.graph_of(str(iris.ACTORS_GRAPH))
    data = Graph()
    for _, g in store.iter_article_graphs():
        data += g
    return validate(data + actors)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
