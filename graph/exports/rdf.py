"""RDF dumps of a store, or of the articles a selection touches: Turtle, TriG, N-Quads, JSON-LD.

Owns ``write_rdf(store, fmt, path, *, graphs=None, actors=None)``. ``graphs`` are the named
graphs to write (default: every article graph); the shared actor descriptions are added,
restricted to ``actors`` when given; the vocabulary graph is left out (the API publishes it).

- TriG and N-Quads keep the named graphs (one per article, plus ``graph/actors``);
- Turtle has no named graphs: the triples of all the graphs are written as one graph;
- JSON-LD keeps the named graphs and compacts with ``JSONLD_CONTEXT``: the project's prefixes,
  and short terms for the properties a reader meets on every node (``holder``, ``target``,
  ``polarity``, ``label``, ``text``, ``about`` …), so a stance reads as
  ``{"@id": "…/stance/S1", "@type": "qawl:Stance", "holder": {"@id": "id:actor/Q3052772"}}``.
  Strings are plain JSON strings, language-tagged text keeps ``@language``, integers and
  booleans are JSON numbers and booleans, other typed literals keep ``@type``.

Everything is streamed from the store graph by graph (pyoxigraph's serialisers for Turtle,
TriG and N-Quads; a small writer over the subject-grouped quads for JSON-LD), so memory stays
flat however big the store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

import pyoxigraph as ox

from graph.store import Store
from ontology import iris
from ontology.namespace import PREFIXES, QAWL

__all__ = ["JSONLD_CONTEXT", "RDF_FORMATS", "write_rdf"]

RDF_FORMATS = ("turtle", "trig", "nquads", "jsonld")
_OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
               "nquads": ox.RdfFormat.N_QUADS}
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NATIVE = {_XSD + "integer": int, _XSD + "boolean": lambda v: v == "true"}

_OTHER_TERMS = {
    "label": "rdfs:label", "prefLabel": "skos:prefLabel", "altLabel": "skos:altLabel",
    "identifier": "dcterms:identifier", "date": "dcterms:date", "sameAs": "owl:sameAs",
    "headline": "schema:headline", "text": "schema:text", "about": "schema:about",
    "mentions": "schema:mentions", "datePublished": "schema:datePublished",
    "inLanguage": "schema:inLanguage", "url": "schema:url",
    "wasDerivedFrom": "prov:wasDerivedFrom", "wasGeneratedBy": "prov:wasGeneratedBy",
    "wasAttributedTo": "prov:wasAttributedTo", "hasSource": "oa:hasSource",
    "hasSelector": "oa:hasSelector", "start": "oa:start", "end": "oa:end", "exact": "oa:exact",
}
JSONLD_CONTEXT: dict[str, str] = {
    **PREFIXES, "id": str(iris.ID),
    **{name: f"qawl:{name}" for name in sorted(QAWL.__annotations__)},
    **_OTHER_TERMS,
}
_EXPANDED = {}
for _term, _curie in JSONLD_CONTEXT.items():
    if ":" in _curie and not _curie.startswith("http"):
        _p, _, _local = _curie.partition(":")
        _EXPANDED[PREFIXES[_p] + _local] = _term


def _compact(iri: str) -> str:
    best = ""
    for prefix, ns in (*PREFIXES.items(), ("id", str(iris.ID))):
        if iri.startswith(ns) and len(ns) > len(best):
            best, name = ns, prefix
    if not best:
        return iri
    local = iri[len(best):]
    # "prefix://…" would read as an absolute IRI
    return f"{name}:{local}" if local and not local.startswith("//") else iri


def _selected(store: Store, graphs: Iterable[str] | None) -> list[str]:
    if graphs is None:
        return [str(iris.article_graph_iri(a)) for a in store.article_ids()]
    return list(graphs)


def _actor_quads(store: Store, actors: Iterable[str] | None) -> Iterator[ox.Quad]:
    graph = ox.NamedNode(str(iris.ACTORS_GRAPH))
    if actors is None:
        yield from store.inner.quads_for_pattern(None, None, None, graph)
        return
    for a in sorted(set(actors)):
        yield from store.inner.quads_for_pattern(ox.NamedNode(str(iris.actor_iri(a))), None, None, graph)


def _quads(store: Store, graphs: list[str], actors: Iterable[str] | None) -> Iterator[ox.Quad]:
    for g in graphs:
        yield from store.inner.quads_for_pattern(None, None, None, ox.NamedNode(g))
    yield from _actor_quads(store, actors)


def write_rdf(store: Store, fmt: str, path: Path, *, graphs: Iterable[str] | None = None,
              actors: Iterable[str] | None = None) -> int:
    """Write the selected graphs in ``fmt``; returns the number of quads written."""
    chosen = _selected(store, graphs)
    count = 0

    def counted(items: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
        nonlocal count
        for q in items:
            count += 1
            yield q

    quads = counted(_quads(store, chosen, actors))
    if fmt == "jsonld":
        with path.open("w", encoding="utf-8") as out:
            _write_jsonld(quads, out)
    elif fmt == "turtle":
        ox.serialize((q.triple for q in quads), str(path), _OX_FORMATS[fmt], prefixes=PREFIXES)
    else:
        ox.serialize(quads, str(path), _OX_FORMATS[fmt], prefixes=PREFIXES)
    return count


def _term(t: ox.NamedNode | ox.BlankNode | ox.Literal) -> Any:
    if isinstance(t, ox.NamedNode):
        return {"@id": _compact(t.value)}
    if isinstance(t, ox.BlankNode):
        return {"@id": f"_:{t.value}"}
    if t.language:
        return {"@value": t.value, "@language": t.language}
    dt = t.datatype.value
    if dt == _XSD + "string":
        return t.value
    if dt in _NATIVE:
        return _NATIVE[dt](t.value)
    return {"@value": t.value, "@type": _compact(dt)}


def _node(subject: str, props: dict[str, list]) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": _compact(subject)}
    for p, values in props.items():
        if p == _RDF_TYPE:
            types = [_compact(v.value) for v in values]
            node["@type"] = types[0] if len(types) == 1 else types
            continue
        key = _EXPANDED.get(p, _compact(p))
        vals = [_term(v) for v in values]
        node[key] = vals[0] if len(vals) == 1 else vals
    return node


def _write_jsonld(quads: Iterable[ox.Quad], out: TextIO) -> None:
    """Stream JSON-LD: quads come grouped by graph and subject (Oxigraph's GSPO order)."""
    out.write('{"@context": ' + json.dumps(JSONLD_CONTEXT, ensure_ascii=False) + ',\n"@graph": [')
    graph: str | None = None
    subject: str | None = None
    props: dict[str, list] = {}
    first_graph = True
    first_node = True

    def flush() -> None:
        nonlocal first_node
        if subject is not None:
            out.write(("" if first_node else ",\n") + json.dumps(_node(subject, props), ensure_ascii=False))
            first_node = False

    for q in quads:
        g, s = q.graph_name.value, q.subject.value
        if g != graph:
            flush()
            if graph is not None:
                out.write("]}")
            out.write(("" if first_graph else ",\n") + json.dumps({"@id": _compact(g)})[:-1]
                      + ', "@graph": [\n')
            graph, subject, props, first_graph, first_node = g, None, {}, False, True
        if s != subject:
            flush()
            subject, props = s, {}
        props.setdefault(q.predicate.value, []).append(q.object)
    flush()
    if graph is not None:
        out.write("]}")
    out.write("]}\n")
