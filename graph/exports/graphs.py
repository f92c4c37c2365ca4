"""Graph files from an aggregated actor DiGraph (``graph.networks``): GraphML, GEXF 1.2,
Cytoscape.js JSON and networkx node-link JSON.

Owns how node and edge attributes become columns that graph tools read without help:

- GraphML: one ``<key>`` per attribute with ``attr.name`` (ids ``n_<name>`` / ``e_<name>``)
  and a GraphML type (``int``, ``double``, ``string``); lists become text joined by ``;``
  (``stances``, ``articles``, ``days``), per-type aggregates become ``types`` ("ACCUSE:1;
  THREATEN:1") and ``main_type`` (the most frequent); ``label`` and ``weight`` are the names
  Gephi uses for node labels and edge weights. Missing values are left out, not written empty.
- GEXF 1.2 (``http://www.gexf.net/1.2draft``), ``mode="dynamic"``, ``timeformat="date"``: each
  edge has one spell per day it was stated, each node one spell from its first to its last
  dated stance (nodes with no dated stance have none: always visible), so Gephi's timeline
  plays the graph. The same attributes as GraphML, declared as static columns, and two dynamic
  edge columns, ``day_count`` and ``day_polarity`` (stances and their net polarity on each day),
  so colours and widths can follow the timeline.
- Cytoscape.js: ``{"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}`` with JSON
  values kept whole (lists, the per-type object); dates as ISO strings.
- node-link: ``networkx.node_link_data`` with ``edges="edges"``, readable by
  ``networkx.node_link_graph``; dates as ISO strings.

Text is written as UTF-8 and never escaped into entities, so Arabic labels stay readable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
from lxml import etree

__all__ = ["GEXF_NS", "GRAPHML_NS", "write_cytoscape", "write_gexf", "write_graphml",
           "write_node_link"]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GEXF_NS = "http://www.gexf.net/1.2draft"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"

# name -> GraphML type; the order is the column order in Gephi's data laboratory
NODE_COLUMNS: dict[str, str] = {
    "label": "string", "label_ar": "string", "label_en": "string", "kind": "string",
    "country": "string", "sector": "string", "role": "string", "wikidata": "string",
    "first": "string", "last": "string",
}
EDGE_COLUMNS: dict[str, str] = {
    "weight": "double", "count": "int", "polarity": "int", "sign": "int", "positive": "int",
    "neutral": "int", "negative": "int", "confidence": "double", "main_type": "string",
    "types": "string", "first": "string", "last": "string", "days": "string",
    "stances": "string", "articles": "string",
}
_GEXF_TYPES = {"int": "integer", "double": "double", "string": "string"}
# characters XML 1.0 cannot hold (a control character in a news title would make lxml refuse)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ";".join(str(_text(v)) for v in value)
    return value


def _node_row(g: nx.DiGraph, n: str) -> dict[str, Any]:
    row = dict(g.nodes[n])
    row.setdefault("label", n)
    days = [d for e in (*g.in_edges(n, data=True), *g.out_edges(n, data=True))
            for d in (e[2].get("first"), e[2].get("last")) if d is not None]
    if days:
        row["first"], row["last"] = min(days), max(days)
    return row


def _edge_row(attrs: Mapping[str, Any]) -> dict[str, Any]:
    row = {k: v for k, v in attrs.items() if k in EDGE_COLUMNS and v is not None}
    types = attrs.get("types") or {}
    if types:
        row["types"] = ";".join(f"{t}:{v['count']}" for t, v in types.items())
        row["main_type"] = max(types, key=lambda t: (types[t]["count"], t))
    return row


def _formatted(value: Any, kind: str) -> str:
    value = _text(value)
    if kind == "double":
        return repr(float(value))
    if kind == "int":
        return str(int(value))
    return _NOT_XML.sub("", str(value))


def _write(root: etree._Element, path: Path) -> None:
    etree.ElementTree(root).write(str(path), encoding="utf-8", xml_declaration=True,
                                  pretty_print=True)


def write_graphml(g: nx.DiGraph, path: Path) -> None:
    """GraphML 1.0 with named, typed keys (see the module docstring)."""
    E = f"{{{GRAPHML_NS}}}"
    root = etree.Element(E + "graphml", nsmap={None: GRAPHML_NS, "xsi": _XSI}, attrib={
        f"{{{_XSI}}}schemaLocation":
        f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"})
    for domain, columns in (("node", NODE_COLUMNS), ("edge", EDGE_COLUMNS)):
        for name, kind in columns.items():
            etree.SubElement(root, E + "key", attrib={
                "id": f"{domain[0]}_{name}", "for": domain, "attr.name": name, "attr.type": kind})
    graph = etree.SubElement(root, E + "graph", id="qawl", edgedefault="directed")
    for n in g.nodes:
        el = etree.SubElement(graph, E + "node", id=str(n))
        _graphml_data(el, _node_row(g, n), NODE_COLUMNS, "n")
    for i, (u, v, attrs) in enumerate(g.edges(data=True)):
        el = etree.SubElement(graph, E + "edge", id=f"e{i}", source=str(u), target=str(v))
        _graphml_data(el, _edge_row(attrs), EDGE_COLUMNS, "e")
    _write(root, path)


def _graphml_data(el: etree._Element, row: Mapping[str, Any], columns: Mapping[str, str],
                  prefix: str) -> None:
    for name, kind in columns.items():
        if row.get(name) is not None:
            d = etree.SubElement(el, f"{{{GRAPHML_NS}}}data", key=f"{prefix}_{name}")
            d.text = _formatted(row[name], kind)


def write_gexf(g: nx.DiGraph, path: Path) -> None:
    """GEXF 1.2 in dynamic mode with day spells (see the module docstring)."""
    E = f"{{{GEXF_NS}}}"
    root = etree.Element(E + "gexf", nsmap={None: GEXF_NS}, version="1.2")
    meta = etree.SubElement(root, E + "meta", lastmodifieddate=date.today().isoformat())
    etree.SubElement(meta, E + "creator").text = "qawl"
    etree.SubElement(meta, E + "description").text = (
        "actors and the stances between them, one spell per day a stance was stated")
    graph = etree.SubElement(root, E + "graph", mode="dynamic", defaultedgetype="directed",
                             timeformat="date")
    for cls, columns in (("node", NODE_COLUMNS), ("edge", EDGE_COLUMNS)):
        box = etree.SubElement(graph, E + "attributes", attrib={"class": cls, "mode": "static"})
        for name, kind in columns.items():
            if name not in ("label", "weight"):  # GEXF has these as XML attributes
                etree.SubElement(box, E + "attribute", id=name, title=name, type=_GEXF_TYPES[kind])
    dynamic = etree.SubElement(graph, E + "attributes", attrib={"class": "edge", "mode": "dynamic"})
    for name in ("day_count", "day_polarity"):  # stances and their net polarity, per day
        etree.SubElement(dynamic, E + "attribute", id=name, title=name, type="integer")
    nodes = etree.SubElement(graph, E + "nodes")
    for n in g.nodes:
        row = _node_row(g, n)
        el = etree.SubElement(nodes, E + "node", id=str(n),
                              label=_formatted(row["label"], "string"))
        _gexf_values(el, row, NODE_COLUMNS)
        if "first" in row:
            spells = etree.SubElement(el, E + "spells")
            etree.SubElement(spells, E + "spell", start=_text(row["first"]), end=_text(row["last"]))
    edges = etree.SubElement(graph, E + "edges")
    for i, (u, v, attrs) in enumerate(g.edges(data=True)):
        row = _edge_row(attrs)
        el = etree.SubElement(edges, E + "edge", id=f"e{i}", source=str(u), target=str(v),
                              weight=_formatted(row.get("weight", 1), "double"))
        if "main_type" in row:
            el.set("label", row["main_type"])
        _gexf_values(el, row, EDGE_COLUMNS)
        if attrs.get("by_day"):
            box = el.find(E + "attvalues")
            if box is None:
                box = etree.SubElement(el, E + "attvalues")
            for day, agg in attrs["by_day"].items():
                for name in ("count", "polarity"):
                    etree.SubElement(box, E + "attvalue", attrib={
                        "for": f"day_{name}", "value": str(agg[name]), "start": _text(day),
                        "end": _text(day)})
        if attrs.get("days"):
            spells = etree.SubElement(el, E + "spells")
            for day in attrs["days"]:
                etree.SubElement(spells, E + "spell", start=_text(day), end=_text(day))
    _write(root, path)


def _gexf_values(el: etree._Element, row: Mapping[str, Any], columns: Mapping[str, str]) -> None:
    values = [(name, kind) for name, kind in columns.items()
              if name not in ("label", "weight") and row.get(name) is not None]
    if values:
        box = etree.SubElement(el, f"{{{GEXF_NS}}}attvalues")
        for name, kind in values:
            etree.SubElement(box, f"{{{GEXF_NS}}}attvalue", attrib={
                "for": name, "value": _formatted(row[name], kind)})


def _json_value(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {_json_value(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_json_value(v) for v in value]
    return value


def write_cytoscape(g: nx.DiGraph, path: Path) -> None:
    """Cytoscape.js elements JSON (``cy.add(json["elements"])``)."""
    nodes = [{"data": {"id": str(n), **_json_value(_node_row(g, n))}} for n in g.nodes]
    edges = [{"data": {"id": f"e{i}", "source": str(u), "target": str(v),
                       **_json_value(dict(attrs)), **_json_value(
                           {k: x for k, x in _edge_row(attrs).items() if k == "main_type"})}}
             for i, (u, v, attrs) in enumerate(g.edges(data=True))]
    doc = {"data": _json_value(dict(g.graph)), "elements": {"nodes": nodes, "edges": edges}}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def write_node_link(g: nx.DiGraph, path: Path) -> None:
    """networkx node-link JSON (``networkx.node_link_graph(data, edges="edges")`` reads it)."""
    h = g.__class__()
    h.graph.update(_json_value(dict(g.graph)))
    h.add_nodes_from((n, _json_value(dict(a))) for n, a in g.nodes(data=True))
    h.add_edges_from((u, v, _json_value(dict(a))) for u, v, a in g.edges(data=True))
    data = nx.node_link_data(h, edges="edges")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
