"""SPARQL over the store and the serialisers of its results.

Owns ``run_query`` (one query, results materialised up to a row limit so they can be
serialised later, in another thread, more than once) and ``serialise``:

    solutions and booleans (SELECT, ASK):  table, csv, tsv, json, xml
    graphs (CONSTRUCT, DESCRIBE):          turtle, ntriples, nquads

JSON, XML, CSV and TSV follow the W3C SPARQL 1.1 result formats (TSV writes terms in their
N-Triples form, CSV writes plain values); graphs go through pyoxigraph's RDF serialisers.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Literal as Kind
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from graph.errors import UnknownFormat
from graph.store import Store
from ontology.namespace import PREFIXES

__all__ = ["GRAPH_FORMATS", "SOLUTION_FORMATS", "QueryResult", "run_query", "serialise"]

SOLUTION_FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS: tuple[str, ...] = ("turtle", "ntriples", "nquads")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@dataclass(frozen=True, slots=True)
class QueryResult:
    """A materialised query result: solutions, a boolean or a graph."""

    kind: Kind["solutions", "boolean", "graph"]
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[object | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = field(default=())
    truncated: bool = False

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "solutions" else len(self.triples)

    def records(self) -> list[dict[str, str | None]]:
        """Rows as dicts of plain values (IRI, literal lexical form), for notebooks and tests."""
        return [{v: _plain(t) if t is not None else None for v, t in zip(self.variables, row)}
                for row in self.rows]


def run_query(
    store: Store,
    sparql: str,
    *,
    default_graph: list[str] | None = None,
    named_graphs: list[str] | None = None,
    limit: int | None = None,
) -> QueryResult:
    """Run one SPARQL query; keep at most ``limit`` rows (or triples) and say if more existed."""
    result = store.query(sparql, default_graph=default_graph, named_graphs=named_graphs)
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(kind="boolean", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        variables = tuple(v.value for v in result.variables)
        rows, truncated = _take(([s[v] for v in variables] for s in result), limit)
        return QueryResult(kind="solutions", variables=variables, rows=tuple(map(tuple, rows)),
                           truncated=truncated)
    triples, truncated = _take(iter(result), limit)
    return QueryResult(kind="graph", triples=tuple(triples), truncated=truncated)


def _take(items, limit: int | None) -> tuple[list, bool]:
    taken = []
    for item in items:
        if limit is not None and len(taken) >= limit:
            return taken, True
        taken.append(item)
    return taken, False


def serialise(result: QueryResult, fmt: str) -> str:
    """The result in format ``fmt`` (see the module docstring for which fits which result)."""
    if result.kind == "graph":
        if fmt not in GRAPH_FORMATS:
            raise UnknownFormat(f"a graph result can be written as {', '.join(GRAPH_FORMATS)}, not {fmt!r}")
        return _graph(result, fmt)
    if fmt not in SOLUTION_FORMATS:
        raise UnknownFormat(f"a {result.kind} result can be written as {', '.join(SOLUTION_FORMATS)}, not {fmt!r}")
    return {"table": _table, "csv": _csv, "tsv": _tsv, "json": _json, "xml": _xml}[fmt](result)


def _graph(result: QueryResult, fmt: str) -> str:
    if fmt == "nquads":
        data = ox.serialize([ox.Quad(t.subject, t.predicate, t.object) for t in result.triples],
                            format=ox.RdfFormat.N_QUADS)
    elif fmt == "ntriples":
        data = ox.serialize(result.triples, format=ox.RdfFormat.N_TRIPLES)
    else:
        used = {p: ns for p, ns in PREFIXES.items()}
        data = ox.serialize(result.triples, format=ox.RdfFormat.TURTLE, prefixes=used)
    return (data or b"").decode("utf-8")


def _plain(term: object) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value  # NamedNode, Literal


def _json_term(term: object) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _json(result: QueryResult) -> str:
    if result.kind == "boolean":
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None}
                for row in result.rows]
    return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                      ensure_ascii=False)


def _xml_term(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != _XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _xml(result: QueryResult) -> str:
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.kind == "boolean":
        out += ["<head/>", f"<boolean>{'true' if result.boolean else 'false'}</boolean>"]
    else:
        out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in result.variables) + "</head>")
        out.append("<results>")
        for row in result.rows:
            cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                            for v, t in zip(result.variables, row) if t is not None)
            out.append(f"<result>{cells}</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


def _csv(result: QueryResult) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if result.kind == "boolean":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else _plain(t) for t in row])
    return buf.getvalue()


def _tsv(result: QueryResult) -> str:
    if result.kind == "boolean":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _short(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and len(term.value) > len(ns):
                return f"{prefix}:{term.value[len(ns):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        value = " ".join(term.value.split())
        return f"{value}@{term.language}" if term.language else value
    return _plain(term)


def _table(result: QueryResult) -> str:
    """Aligned columns for a terminal; long values are cut with an ellipsis."""
    if result.kind == "boolean":
        return ("yes" if result.boolean else "no") + "\n"
    width = 60
    header = list(result.variables)
    body = [[_cut(_short(t), width) for t in row] for row in result.rows]
    sizes = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(n) for h, n in zip(header, sizes)).rstrip(),
             "  ".join("-" * n for n in sizes)]
    lines += ["  ".join(c.ljust(n) for c, n in zip(r, sizes)).rstrip() for r in body]
    tail = f"({len(body)} row{'s' if len(body) != 1 else ''}{', truncated' if result.truncated else ''})"
    return "\n".join(lines + [tail]) + "\n"


def _cut(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"
