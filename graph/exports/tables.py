"""Tables of actors, claims and stances as CSV or Parquet files in one folder.

Owns ``write_tables(folder, fmt, *, actors, claims, stances)`` and the column schemas.
Writes ``actors.<ext>``, ``claims.<ext>`` and ``stances.<ext>`` from record iterators
(``graph.records``), in batches, so a large store never sits in memory whole.

Columns follow the records; ``labels`` becomes ``label_ar`` and ``label_en``. In Parquet,
``published`` and ``day`` are dates, ``about`` is a list of actor ids, numbers and booleans
keep their types. In CSV (UTF-8 with a header, RFC 4180 quoting) ``about`` is joined by ``;``
and missing values are empty.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import fields
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from graph.records import ActorRecord, ClaimRecord, StanceRecord

__all__ = ["SCHEMAS", "TABLE_FORMATS", "write_tables"]

TABLE_FORMATS = ("csv", "parquet")
_BATCH = 10_000

SCHEMAS: dict[str, pa.Schema] = {
    "actors": pa.schema([
        ("id", pa.string()), ("label", pa.string()), ("label_ar", pa.string()),
        ("label_en", pa.string()), ("kind", pa.string()), ("country", pa.string()),
        ("sector", pa.string()), ("role", pa.string()), ("wikidata", pa.string()),
    ]),
    "claims": pa.schema([
        ("id", pa.string()), ("article", pa.string()), ("speaker", pa.string()),
        ("cue", pa.string()), ("content", pa.string()), ("content_start", pa.int64()),
        ("content_end", pa.int64()), ("addressee", pa.string()), ("via", pa.string()),
        ("about", pa.list_(pa.string())), ("direct", pa.bool_()), ("negated", pa.bool_()),
        ("confidence", pa.float64()), ("date", pa.string()), ("published", pa.date32()),
        ("day", pa.date32()),
    ]),
    "stances": pa.schema([
        (f.name, t) for f, t in zip(fields(StanceRecord), (
            pa.string(), pa.string(), pa.string(), pa.string(), pa.string(), pa.int8(),
            pa.float64(), pa.bool_(), pa.string(), pa.string(), pa.int64(), pa.int64(),
            pa.string(), pa.string(), pa.date32(), pa.date32()))
    ]),
}


def _actor_row(a: ActorRecord) -> dict[str, Any]:
    return {"id": a.id, "label": a.label, "label_ar": a.labels.get("ar"),
            "label_en": a.labels.get("en"), "kind": a.kind, "country": a.country,
            "sector": a.sector, "role": a.role, "wikidata": a.wikidata}


def _row(record: Any) -> dict[str, Any]:
    if isinstance(record, ActorRecord):
        return _actor_row(record)
    return {f.name: getattr(record, f.name) for f in fields(record)}


def _batches(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while batch := list(islice(it, _BATCH)):
        yield batch


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return ";".join(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _write_csv(path: Path, schema: pa.Schema, rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(schema.names)
        for row in rows:
            w.writerow([_csv_value(row[c]) for c in schema.names])
            n += 1
    return n


def _write_parquet(path: Path, schema: pa.Schema, rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for batch in _batches(rows):
            cols = {c: [list(r[c]) if isinstance(r[c], tuple) else r[c] for r in batch]
                    for c in schema.names}
            writer.write_table(pa.table(cols, schema=schema))
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n


def write_tables(folder: Path, fmt: str, *, actors: Iterable[ActorRecord],
                 claims: Iterable[ClaimRecord],
                 stances: Iterable[StanceRecord]) -> dict[str, tuple[Path, int]]:
    """Write the three tables into ``folder`` (created); returns {table: (path, rows)}."""
    folder.mkdir(parents=True, exist_ok=True)
    writer = _write_csv if fmt == "csv" else _write_parquet
    out: dict[str, tuple[Path, int]] = {}
    for name, records in (("actors", actors), ("claims", claims), ("stances", stances)):
        path = folder / f"{name}.{fmt}"
        out[name] = (path, writer(path, SCHEMAS[name], (_row(r) for r in records)))
    return out
