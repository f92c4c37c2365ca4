"""The notebook entry point: ``Qawl``, one object over a store for pandas, networkx and rdflib.

Owns the facade a researcher meets with ``import qawl``::

    from qawl import Qawl
    q = Qawl.build("articles/", store="store/")     # or Qawl.open("store/"), Qawl.memory()
    q.stances(holder="Q39723", since="2024-01-01")   # pandas DataFrame, the API's filters
    q.sparql("SELECT ?a ?label WHERE { ?a rdfs:label ?label }")   # typed DataFrame
    q.neighbourhood("Q3052772", depth=2)             # networkx DiGraph (multi=True: MultiDiGraph)
    q.actor_graph()                                  # the whole signed, weighted actor graph
    q.rdflib()                                       # rdflib Dataset over the same store
    q.export("gexf", "actors.gexf")                  # graph.export.export

``sparql`` types its columns from the RDF datatypes: integers as ``Int64``, decimals and
doubles as ``float64``, booleans as ``boolean``, ``xsd:date``/``xsd:dateTime`` as pandas
datetimes, IRIs and other literals as strings; a column holding language-tagged text gets a
companion ``<column>_lang`` column with the tags. A column mixing kinds stays ``object`` with
Python values. Large results stream: ``sparql_chunks`` and ``chunks`` yield DataFrames of
``size`` rows, ``records`` yields the plain records of ``graph.records``. Building shows a
progress bar (``tqdm.auto``: a widget in notebooks, a text bar in terminals). Everything here
calls the same library functions as the CLI and the API.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import fields
from datetime import date
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any, Self

import networkx as nx
import pandas as pd
import pyoxigraph as ox
import rdflib

from graph.build import BuildSummary, build
from graph.errors import GraphError
from graph.export import ExportResult, export
from graph.networks import actor_graph, neighbourhood_graph, stance_multigraph
from graph.records import (
    ActorRecord,
    ClaimRecord,
    StanceRecord,
    iter_actors,
    iter_claims,
    iter_stances,
    search_actors,
)
from graph.store import Store

__all__ = ["Qawl"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTS = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                            "positiveInteger", "negativeInteger", "nonPositiveInteger",
                            "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {_XSD + t for t in ("decimal", "double", "float")}
_KINDS = {"actors": (iter_actors, ActorRecord), "claims": (iter_claims, ClaimRecord),
          "stances": (iter_stances, StanceRecord)}


class Qawl:
    """A qawl graph store, seen from a notebook (see the module docstring)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.last_build: BuildSummary | None = None

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Qawl:
        """Open the store in folder ``path`` (created if missing, unless ``read_only``)."""
        return cls(Store.open(path, read_only=read_only))

    @classmethod
    def memory(cls) -> Qawl:
        """An empty store in memory, for trying things out."""
        return cls(Store.memory())

    @classmethod
    def build(cls, inputs: str | Path | Iterable[str | Path], *, store: str | Path | Store | None = None,
              progress: bool = True, **options: Any) -> Qawl:
        """Build a store from files or folders of articles (txt, html, jsonl); ``store`` is a
        folder (default: in memory). ``options`` go to ``graph.build.build`` (``lang``,
        ``published``, ``strict``, ``extract_fn``). The summary is kept in ``last_build``."""
        if isinstance(store, Store):
            q = cls(store)
        else:
            q = cls.memory() if store is None else cls.open(store)
        q.ingest(inputs, progress=progress, **options)
        return q

    def ingest(self, inputs: str | Path | Iterable[str | Path], *, progress: bool = True,
               **options: Any) -> BuildSummary:
        """Add (or replace) articles; returns the build summary, failures included."""
        if not progress:
            self.last_build = build(inputs, store=self.store, **options)
            return self.last_build
        from tqdm.auto import tqdm

        with tqdm(desc="articles", unit="article") as bar:
            def tick(done: int, source: str) -> None:
                bar.set_postfix_str(Path(str(source)).name, refresh=False)
                bar.update(done - bar.n)

            self.last_build = build(inputs, store=self.store, progress=tick, **options)
        return self.last_build

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        where = self.store.path or "memory"
        return f"<Qawl {where}: {len(self.store.article_ids())} articles>"

    # -- SPARQL ----------------------------------------------------------------------------

    def sparql(self, query: str) -> pd.DataFrame | bool | rdflib.Graph:
        """SELECT gives a typed DataFrame, ASK a bool, CONSTRUCT/DESCRIBE an rdflib Graph.
        Prefixes ``qawl:``, ``schema:``, ``prov:``, ``rdfs:`` … are predefined."""
        result = self.store.query(query)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            return _frame(names, ([s[n] for n in names] for s in result))
        g = rdflib.Graph()
        data = ox.serialize(result, format=ox.RdfFormat.N_TRIPLES)
        return g.parse(data=data.decode("utf-8"), format="nt")

    def sparql_chunks(self, query: str, *, size: int = 10_000) -> Iterator[pd.DataFrame]:
        """A SELECT query's solutions as typed DataFrames of at most ``size`` rows each."""
        result = self.store.query(query)
        if not isinstance(result, ox.QuerySolutions):
            raise GraphError("sparql_chunks needs a SELECT query")
        names = [v.value for v in result.variables]
        rows = ([s[n] for n in names] for s in result)
        while chunk := list(islice(rows, size)):
            yield _frame(names, chunk)

    # -- records ---------------------------------------------------------------------------

    def records(self, what: str, /, **filters: Any) -> Iterator[Any]:
        """Stream ``"actors"``, ``"claims"`` or ``"stances"`` as records (graph.records)."""
        if what not in _KINDS:
            raise GraphError(f"records: one of {', '.join(_KINDS)}, not {what!r}")
        return _KINDS[what][0](self.store, **filters)

    def chunks(self, what: str, /, *, size: int = 10_000, **filters: Any) -> Iterator[pd.DataFrame]:
        """``records`` as DataFrames of at most ``size`` rows."""
        it = self.records(what, **filters)
        while chunk := list(islice(it, size)):
            yield _records_frame(chunk, _KINDS[what][1])

    def actors(self, **filters: Any) -> pd.DataFrame:
        """Actors (filters: id, q, kind, country, wikidata, article)."""
        return _records_frame(list(self.records("actors", **filters)), ActorRecord)

    def claims(self, **filters: Any) -> pd.DataFrame:
        """Claims (filters: speaker, target, actor, since, until, min_confidence, article, negated)."""
        return _records_frame(list(self.records("claims", **filters)), ClaimRecord)

    def stances(self, **filters: Any) -> pd.DataFrame:
        """Stances (filters: holder, target, actor, type, polarity, since, until,
        min_confidence, article, negated)."""
        return _records_frame(list(self.records("stances", **filters)), StanceRecord)

    def search(self, text: str, *, limit: int = 20) -> pd.DataFrame:
        """Actors named ``text`` (Arabic or English, any spelling variant), best first."""
        return _records_frame(search_actors(self.store, text, limit=limit), ActorRecord)

    # -- networks and exports --------------------------------------------------------------

    def neighbourhood(self, actor: str, *, depth: int = 1, since: date | str | None = None,
                      until: date | str | None = None, min_confidence: float | None = None,
                      type: str | Iterable[str] | None = None,
                      multi: bool = False) -> nx.DiGraph | nx.MultiDiGraph:
        """The actors within ``depth`` stance hops of ``actor`` (graph.networks)."""
        return neighbourhood_graph(self.store, actor, depth=depth, since=since, until=until,
                                   min_confidence=min_confidence, type=type, multi=multi)

    def actor_graph(self, *, since: date | str | None = None, until: date | str | None = None,
                    min_confidence: float | None = None,
                    type: str | Iterable[str] | None = None) -> nx.DiGraph:
        """The signed, weighted actor-to-actor DiGraph of the whole store."""
        return actor_graph(self.store, since=since, until=until, min_confidence=min_confidence,
                           type=type)

    def stance_graph(self, *, since: date | str | None = None, until: date | str | None = None,
                     min_confidence: float | None = None,
                     type: str | Iterable[str] | None = None) -> nx.MultiDiGraph:
        """Every stance as its own edge (MultiDiGraph keyed by stance id)."""
        return stance_multigraph(self.store, since=since, until=until,
                                 min_confidence=min_confidence, type=type)

    def rdflib(self) -> rdflib.Dataset:
        """An rdflib Dataset reading the same Oxigraph store (no copy; oxrdflib). Its default
        graph is the union of all graphs. Read through it; write through ``ingest``."""
        from oxrdflib import OxigraphStore

        return rdflib.Dataset(store=OxigraphStore(store=self.store.inner), default_union=True)

    def export(self, fmt: str, out: str | Path, **filters: Any) -> ExportResult:
        """``graph.export.export`` on this store (filters: since, until, min_confidence, actor,
        depth)."""
        return export(self.store, fmt=fmt, out=out, **filters)


# -- typing of result columns ----------------------------------------------------------------

def _value(t: Any) -> tuple[Any, str, str | None]:
    """(python value, kind, language) of one term."""
    if t is None:
        return None, "none", None
    if isinstance(t, ox.NamedNode):
        return t.value, "str", None
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}", "str", None
    if isinstance(t, ox.Triple):
        return str(t), "str", None
    if t.language:
        return t.value, "str", t.language
    dt = t.datatype.value
    try:
        if dt in _INTS:
            return int(t.value), "int", None
        if dt in _FLOATS:
            return float(Decimal(t.value)) if dt.endswith("decimal") else float(t.value), "float", None
        if dt == _XSD + "boolean":
            return t.value in ("true", "1"), "bool", None
        if dt == _XSD + "date":
            return pd.Timestamp(t.value[:10]), "date", None
        if dt == _XSD + "dateTime":
            return pd.Timestamp(t.value), "datetime", None
    except ValueError:  # an ill-typed literal: keep its text
        return t.value, "str", None
    return t.value, "str", None


def _column(values: list[tuple[Any, str, str | None]]) -> tuple[pd.Series, pd.Series | None]:
    kinds = {k for _, k, _ in values} - {"none"}
    data = [v for v, _, _ in values]
    langs = [lang for _, _, lang in values]
    lang = pd.Series(langs, dtype="string") if any(langs) else None
    if kinds == {"int"}:
        return pd.Series(data, dtype="Int64"), lang
    if kinds <= {"int", "float"} and kinds:
        return pd.Series([None if v is None else float(v) for v in data], dtype="float64"), lang
    if kinds == {"bool"}:
        return pd.Series(data, dtype="boolean"), lang
    if kinds == {"date"}:
        return pd.to_datetime(pd.Series(data, dtype="object")), lang
    if kinds == {"datetime"}:
        return pd.to_datetime(pd.Series(data, dtype="object"), utc=True), lang
    if kinds <= {"str"}:
        return pd.Series(data, dtype="string"), lang
    return pd.Series(data, dtype="object"), lang


def _frame(names: list[str], rows: Iterable[list[Any]]) -> pd.DataFrame:
    cols: dict[str, list] = {n: [] for n in names}
    for row in rows:
        for n, t in zip(names, row):
            cols[n].append(_value(t))
    out: dict[str, pd.Series] = {}
    for n in names:
        series, lang = _column(cols[n])
        out[n] = series
        if lang is not None:
            out[f"{n}_lang"] = lang
    return pd.DataFrame(out)


def _records_frame(records: list[Any], cls: type) -> pd.DataFrame:
    if cls is ActorRecord:
        rows = [{"id": a.id, "label": a.label, "label_ar": a.labels.get("ar"),
                 "label_en": a.labels.get("en"), "kind": a.kind, "country": a.country,
                 "sector": a.sector, "role": a.role, "wikidata": a.wikidata} for a in records]
        columns = ["id", "label", "label_ar", "label_en", "kind", "country", "sector", "role",
                   "wikidata"]
    else:
        columns = [f.name for f in fields(cls)]
        rows = [{c: getattr(r, c) for c in columns} for r in records]
    df = pd.DataFrame(rows, columns=columns)
    for c in ("published", "day"):
        if c in df:
            df[c] = pd.to_datetime(df[c])
    for c in ("confidence",):
        if c in df:
            df[c] = df[c].astype("float64")
    for c in ("polarity", "content_start", "content_end", "trigger_start", "trigger_end"):
        if c in df:
            df[c] = df[c].astype("Int64")
    for c in ("negated", "direct"):
        if c in df:
            df[c] = df[c].astype("boolean")
    return df
