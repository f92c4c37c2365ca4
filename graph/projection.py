"""The actor-level projection of a store, kept in step with it (ARCHITECTURE.md section 5).

Owns ``Projection``: an SQLite database (``projection.sqlite3`` in the store folder; in memory
for a memory store, or for a read-only store whose file is missing or stale) with two tables:

    items          one row per actor-to-actor edge item: a stance with a target (type = its
                   PLOVER category, polarity), or a claim's speaker to its addressee
                   (``addresses``) or to an actor it is about (``speaksAbout``); with the
                   article, the item's local id, negated, confidence (decimal text), its day
                   (own date when a full xsd:date, else the article's publication date) and
                   month (the first 7 characters of that day, as ``graph.summaries`` counts it)
    stance_counts  per (holder, target, type, polarity, month, negated): the number of stances
                   and the sum of their confidences (decimal text), updated at every ingest

Rows are derived from the store by one SPARQL query per kind (``derive``), for one article
graph at ingest or for all of them at a rebuild, so both give the same rows.

Keeping in step: the store holds a generation stamp (a triple in the ontology graph, written by
``graph.store``) and the projection the stamp it reflects. An article write is one Oxigraph
transaction that replaces the article graph and sets a new stamp, inside an SQLite transaction
that replaces the article's rows and records that stamp; the SQLite transaction commits after
the Oxigraph one, and rolls back when it fails. A crash between the two leaves the projection
with the old stamp: it no longer matches the store and is rebuilt from the store when next
read (``Store.projection()``). Writes the projection cannot follow row by row (SPARQL Update,
the Graph Store Protocol) mark it stale before they write and set a new stamp after.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ontology import iris
from ontology.namespace import PLOVER, PREFIXES
from graph.errors import GraphError

__all__ = ["ENGINES", "FILE_NAME", "Projection", "check_engine", "derive"]

FILE_NAME = "projection.sqlite3"
# what the readers (graph.neighbourhood, graph.summaries, graph.serving) can answer from: this
# projection, or SPARQL over the article graphs (the reference it is tested against)
ENGINES = ("projection", "sparql")
_SCHEMA_VERSION = "1"
_XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
_ARTICLE_GRAPH = str(iris.article_graph_iri("x"))[:-1]
_PLOVER = str(PLOVER._NS)

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (
  article TEXT NOT NULL, kind TEXT NOT NULL, local TEXT NOT NULL,
  src TEXT NOT NULL, dst TEXT NOT NULL, type TEXT NOT NULL, polarity INTEGER,
  negated INTEGER NOT NULL, confidence TEXT, day TEXT, month TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS items_src ON items (src, negated);
CREATE INDEX IF NOT EXISTS items_dst ON items (dst, negated);
CREATE INDEX IF NOT EXISTS items_article ON items (article);
CREATE TABLE IF NOT EXISTS stance_counts (
  holder TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL, polarity INTEGER NOT NULL,
  month TEXT NOT NULL, negated INTEGER NOT NULL, n INTEGER NOT NULL, conf_sum TEXT NOT NULL,
  PRIMARY KEY (holder, target, type, polarity, month, negated)
);
CREATE INDEX IF NOT EXISTS stance_counts_target ON stance_counts (target);
"""

# Item = (article, kind, local, src, dst, type, polarity, negated, confidence, day, month)
Item = tuple[str, str, str, str, str, str, int | None, int, str | None, str | None, str]

_STANCE_ROWS = """
SELECT ?g ?item ?src ?dst ?t ?pol ?neg ?conf ?own ?pub WHERE {{
  GRAPH {graph} {{
    ?item a qawl:Stance ; qawl:holder ?src ; qawl:target ?dst ; qawl:eventType ?t ;
          qawl:polarity ?pol ; qawl:negated ?neg .
    OPTIONAL {{ ?item qawl:confidence ?conf }}
    OPTIONAL {{ ?item dcterms:date ?own FILTER(DATATYPE(?own) = xsd:date) }}
    OPTIONAL {{ ?item prov:wasDerivedFrom ?a }}
  }}
  OPTIONAL {{ ?a schema:datePublished ?pub }}
  {bind}
}}
"""
_CLAIM_ROWS = """
SELECT ?g ?item ?src ?dst ?type ?neg ?conf ?own ?pub WHERE {{
  GRAPH {graph} {{
    ?item a qawl:Claim ; qawl:speaker ?src ; qawl:negated ?neg .
    {{ ?item qawl:addressee ?dst BIND("addresses" AS ?type) }}
    UNION {{ ?item schema:about ?dst BIND("speaksAbout" AS ?type) }}
    OPTIONAL {{ ?item qawl:confidence ?conf }}
    OPTIONAL {{ ?item dcterms:date ?own FILTER(DATATYPE(?own) = xsd:date) }}
    OPTIONAL {{ ?item prov:wasDerivedFrom ?a }}
  }}
  OPTIONAL {{ ?a schema:datePublished ?pub }}
  {bind}
}}
"""


def check_engine(engine: str) -> None:
    if engine not in ENGINES:
        raise GraphError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")


def derive(inner: ox.Store, graph: str | None = None) -> Iterator[Item]:
    """The projection rows of one article graph (or of every article graph) of ``inner``."""
    # a constant graph name, not VALUES ?g: Oxigraph then reads one graph, not all of them
    where = {"graph": f"<{graph}>", "bind": f"BIND(<{graph}> AS ?g)"} if graph else \
        {"graph": "?g", "bind": ""}
    for kind, query in (("stances", _STANCE_ROWS), ("claims", _CLAIM_ROWS)):
        for r in inner.query(query.format(**where), prefixes=PREFIXES,
                             use_default_graph_as_union=True):
            g = r["g"].value
            if not g.startswith(_ARTICLE_GRAPH):
                continue
            src, dst = r["src"], r["dst"]
            if not isinstance(src, ox.NamedNode) or not isinstance(dst, ox.NamedNode):
                continue
            if kind == "stances":
                type_, pol = r["t"].value[len(_PLOVER):], int(r["pol"].value)
            else:
                type_, pol = r["type"].value, None
            day_term = r["own"] if r["own"] is not None else r["pub"]
            day = day_term.value if day_term is not None else None
            is_date = isinstance(day_term, ox.Literal) and day_term.datatype.value == _XSD_DATE
            yield (iris.article_id(g), kind, iris.local_id(r["item"].value),
                   src.value, dst.value, type_, pol, int(r["neg"].value != "false"),
                   r["conf"].value if r["conf"] is not None else None,
                   day if is_date else None, day[:7] if day is not None else "")


class Projection:
    """One store's projection; every method is safe to call from several threads."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, *, writable: bool) -> None:
        self.conn = conn
        self.path = path
        self.writable = writable
        self.lock = threading.RLock()

    @classmethod
    def open(cls, folder: Path | None, *, read_only: bool = False) -> Projection:
        """The projection file in ``folder`` (created when missing), in memory without a folder.
        Read-only: the file as it is when present, else an empty in-memory one (to be rebuilt)."""
        # absolute: a read-only file is opened by URI, and a URI cannot be relative
        path = (folder / FILE_NAME).absolute() if folder is not None else None
        if path is None or (read_only and not path.exists()):
            conn = sqlite3.connect(":memory:", check_same_thread=False)
            writable, path = True, None
        elif read_only:
            conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
            writable = False
        else:
            conn = sqlite3.connect(str(path), check_same_thread=False)
            writable = True
        conn.isolation_level = None  # transactions are explicit (BEGIN ... COMMIT)
        projection = cls(conn, path, writable=writable)
        if writable:
            if path is None:
                conn.executescript(_DDL)
            else:
                try:
                    conn.executescript(_DDL)
                except sqlite3.DatabaseError:  # not a database (any more): start again
                    conn.close()
                    path.unlink()
                    conn = projection.conn = sqlite3.connect(str(path), check_same_thread=False)
                    conn.isolation_level = None
                    conn.executescript(_DDL)
                # WAL without a sync per commit: a power cut may lose the last commits, which
                # leaves an older stamp (so a rebuild), never a torn file
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            if projection._meta("schema") != _SCHEMA_VERSION:
                projection._reset()
        return projection

    def close(self) -> None:
        """Close; a file goes back to a rollback journal, so a read-only reader needs no WAL."""
        with self.lock:
            if self.writable and self.path is not None:
                try:
                    self.conn.execute("PRAGMA journal_mode = DELETE")
                except sqlite3.OperationalError:  # another connection still reads it
                    pass
            self.conn.close()

    # -- the stamp -------------------------------------------------------------------------

    def _meta(self, key: str) -> str | None:
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError:
            return None
        return row[0] if row else None

    def generation(self) -> str | None:
        """The store generation this projection reflects; None when unknown (rebuild it)."""
        with self.lock:
            if self._meta("schema") != _SCHEMA_VERSION:
                return None
            return self._meta("generation")

    def _set_generation(self, stamp: str | None) -> None:
        if stamp is None:
            self.conn.execute("DELETE FROM meta WHERE key = 'generation'")
        else:
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (stamp,))

    def mark_stale(self) -> None:
        """Forget the stamp (committed at once): the next read rebuilds from the store."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            self._set_generation(None)
            self.conn.execute("COMMIT")

    def _reset(self) -> None:
        self.conn.executescript("BEGIN IMMEDIATE; DROP TABLE IF EXISTS items; "
                                "DROP TABLE IF EXISTS stance_counts; DROP TABLE IF EXISTS meta; "
                                + _DDL + "COMMIT;")
        self.conn.execute("INSERT INTO meta VALUES ('schema', ?)", (_SCHEMA_VERSION,))

    # -- writing ---------------------------------------------------------------------------

    def rebuild(self, inner: ox.Store, stamp: str) -> None:
        """Every row again from the store, recorded as reflecting ``stamp`` (read before the
        rows, so a write that lands meanwhile leaves the projection stale, not wrong)."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.execute("DELETE FROM items")
                self.conn.execute("DELETE FROM stance_counts")
                self._add(derive(inner))
                self._set_generation(stamp)
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def begin(self) -> None:
        self.lock.acquire()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except BaseException:
            self.lock.release()
            raise

    def replace_article(self, article_id: str, rows: Iterable[Item]) -> None:
        """Inside ``begin``: the article's rows become ``rows`` (none: the article went)."""
        old = self.conn.execute(
            "SELECT src, dst, type, polarity, month, negated, confidence FROM items "
            "WHERE article = ? AND kind = 'stances'", (article_id,)).fetchall()
        self._count(old, -1)
        self.conn.execute("DELETE FROM items WHERE article = ?", (article_id,))
        self._add(rows)

    def commit(self, stamp: str) -> None:
        try:
            self._set_generation(stamp)
            self.conn.execute("COMMIT")
        finally:
            self.lock.release()

    def rollback(self) -> None:
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        finally:
            self.lock.release()

    def _add(self, rows: Iterable[Item]) -> None:
        batch: list[Item] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= 5000:
                self._insert(batch)
                batch = []
        self._insert(batch)

    def _insert(self, rows: list[Item]) -> None:
        self.conn.executemany("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        # src, dst, type, polarity, month, negated, confidence (_count skips stances without one)
        self._count([(r[3], r[4], r[5], r[6], r[10], r[7], r[8]) for r in rows
                     if r[1] == "stances"], +1)

    def _count(self, stances: Iterable[tuple[Any, ...]], sign: int) -> None:
        totals: dict[tuple[Any, ...], list[Any]] = {}
        for *key, conf in stances:
            if conf is None:
                continue
            t = totals.setdefault(tuple(key), [0, Decimal(0)])
            t[0] += 1
            t[1] += Decimal(conf)
        for key, (n, total) in totals.items():
            row = self.conn.execute(
                "SELECT n, conf_sum FROM stance_counts WHERE holder = ? AND target = ? AND type = ? "
                "AND polarity = ? AND month = ? AND negated = ?", key).fetchone()
            n_new = (row[0] if row else 0) + sign * n
            sum_new = (Decimal(row[1]) if row else Decimal(0)) + sign * total
            if n_new <= 0:
                self.conn.execute("DELETE FROM stance_counts WHERE holder = ? AND target = ? AND "
                                  "type = ? AND polarity = ? AND month = ? AND negated = ?", key)
            else:
                self.conn.execute("INSERT OR REPLACE INTO stance_counts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                  (*key, n_new, str(sum_new)))

    # -- reading ---------------------------------------------------------------------------

    def edges_touching(self, actors: Iterable[str]) -> list[tuple[Any, ...]]:
        """(src, dst, type, polarity, kind, article, local) of the items not negated with an end
        in ``actors`` (IRIs)."""
        return self._touching("src, dst, type, polarity, kind, article, local", actors,
                              "AND negated = 0")

    def items_between(self, actors: Iterable[str]) -> list[tuple[Any, ...]]:
        """(kind, article, local, confidence, day) of every item with an end in ``actors``."""
        return self._touching("kind, article, local, confidence, day", actors)

    def _touching(self, columns: str, actors: Iterable[str],
                  extra: str = "") -> list[tuple[Any, ...]]:
        """``columns`` of the items whose source, then whose target, is one of ``actors``
        (asked 500 at a time: SQLite limits the parameters of one statement)."""
        wanted = sorted(set(actors))
        out: list[tuple[Any, ...]] = []
        with self.lock:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                marks = ",".join("?" * len(chunk))
                for column in ("src", "dst"):
                    out += self.conn.execute(
                        f"SELECT {columns} FROM items WHERE {column} IN ({marks}) {extra}",
                        chunk).fetchall()
        return out

    def stance_counts(self, *, actor: str | None, negated: bool) -> list[tuple[Any, ...]]:
        """(holder, target, type, polarity, month, n, conf_sum) per group, negated ones
        included only when ``negated``; both sides of a group summed."""
        where, args = ("" if negated else "WHERE negated = 0"), []
        if actor is not None:
            where += (" AND " if where else "WHERE ") + "(holder = ? OR target = ?)"
            args = [actor, actor]
        with self.lock:
            rows = self.conn.execute(
                "SELECT holder, target, type, polarity, month, n, conf_sum FROM stance_counts "
                f"{where}", args).fetchall()
        groups: dict[tuple[Any, ...], list[Any]] = {}
        for *key, n, total in rows:
            g = groups.setdefault(tuple(key), [0, Decimal(0)])
            g[0] += n
            g[1] += Decimal(total)
        return [(*key, n, total) for key, (n, total) in groups.items()]
