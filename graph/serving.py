"""What an HTTP server needs from the store beyond queries and records.

Owns, for ``api`` (which only adapts them to HTTP):

- ``service_endpoints(sparql, *, base_iri)``: every endpoint a query's ``SERVICE`` clauses
  would call, found by a lexical scan that fails closed (a ``SERVICE ?var`` or an endpoint
  that cannot be resolved is reported as ``None``);
- ``serialise_graph``: a graph result (``graph.query.QueryResult``) in any RDF format
  pyoxigraph writes, JSON-LD and RDF/XML included;
- ``run_update`` and the Graph Store HTTP Protocol operations (``read_graph``,
  ``replace_graph``, ``add_to_graph``, ``drop_graph``) on a store open for writing;
- ``ingest_article``: one article (text or HTML with metadata) extracted and stored with
  ``graph.build.build``, its graph replaced in one transaction, the extraction returned;
- ``article_record``: an article's metadata, text and its claims and stances with their spans;
- ``claim_record`` / ``stance_record``: one claim or stance by its record id with every
  evidence span (offsets into the article text) and the sentence it was read from;
- ``filtered_neighbourhood``: ``graph.neighbourhood.neighbourhood`` cut to relation types,
  a date range and a minimum confidence;
- ``example_queries``: the bundled ``graph/queries/*.rq``.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import deque
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pyoxigraph as ox

from graph.errors import GraphError, QuerySyntaxError, StoreError, UnknownFormat
from graph.store import Store
from ontology import iris
from ontology.namespace import PREFIXES

__all__ = [
    "GRAPH_WRITE_FORMATS",
    "QUERIES_DIR",
    "UnknownArticle",
    "UnknownClaim",
    "UnknownStance",
    "add_to_graph",
    "article_record",
    "claim_record",
    "drop_graph",
    "example_queries",
    "filtered_neighbourhood",
    "ingest_article",
    "read_graph",
    "replace_graph",
    "run_update",
    "serialise_graph",
    "service_endpoints",
    "stance_record",
    "with_using",
]

QUERIES_DIR = Path(__file__).parent / "queries"

# format name -> pyoxigraph format (graph results and the Graph Store protocol)
GRAPH_WRITE_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML,
}


class UnknownArticle(GraphError):
    """No article with this id is in the store."""

    def __init__(self, article_id: str) -> None:
        super().__init__(f"no article with id {article_id!r} in the store")
        self.article_id = article_id


class UnknownClaim(GraphError):
    """No claim with this record id (``<article id>/<claim id>``) is in the store."""

    def __init__(self, claim_id: str) -> None:
        super().__init__(f"no claim with id {claim_id!r} in the store")
        self.claim_id = claim_id


class UnknownStance(GraphError):
    """No stance with this record id (``<article id>/<stance id>``) is in the store."""

    def __init__(self, stance_id: str) -> None:
        super().__init__(f"no stance with id {stance_id!r} in the store")
        self.stance_id = stance_id


# -- SERVICE ---------------------------------------------------------------------------------

# One SPARQL token at a time, in the order the grammar reads them: strings and IRIs first, so a
# "SERVICE" inside them is no keyword, then comments, words (keywords, prefixed names), variables.
_TOKENS = re.compile(r'''
    (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
              |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<comment>\#[^\n\r]*)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]*)
  | (?P<word>(?:[^\W\d][\w.\-]*)?:(?:[\w.\-:%]|\\.)*|[^\W\d][\w\-]*)
  | (?P<other>\S)
''', re.X | re.S | re.U)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _unescape(sparql: str) -> str:
    """SPARQL's codepoint escapes (``\\u0053ERVICE``) are undone before parsing (spec 19.2)."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), sparql)


def service_endpoints(sparql: str, *, base_iri: str | None = None) -> list[str | None]:
    """The endpoint IRI of each ``SERVICE`` clause of ``sparql``, in order; ``None`` for an
    endpoint known only at run time (a variable) or that cannot be resolved.

    Fails closed: any ``SERVICE`` keyword counts, even where the grammar would not allow it."""
    text = _unescape(sparql)
    if "service" not in text.lower():
        return []
    prefixes = dict(PREFIXES)
    base = base_iri or ""
    tokens = [(m.lastgroup, m.group()) for m in _TOKENS.finditer(text)
              if m.lastgroup not in ("comment", "string")]
    found: list[str | None] = []
    for i, (kind, value) in enumerate(tokens):
        upper = value.upper() if kind == "word" else ""
        if upper == "BASE" and i + 1 < len(tokens) and tokens[i + 1][0] == "iri":
            base = urljoin(base, tokens[i + 1][1][1:-1])
        elif upper == "PREFIX" and i + 2 < len(tokens) and tokens[i + 2][0] == "iri":
            prefixes[tokens[i + 1][1].rstrip(":")] = urljoin(base, tokens[i + 2][1][1:-1])
        elif upper == "SERVICE":
            j = i + 1
            if j < len(tokens) and tokens[j][1].upper() == "SILENT":
                j += 1
            found.append(_endpoint(tokens[j] if j < len(tokens) else None, prefixes, base))
    return found


def with_using(update: str, *, using: list[str] | tuple[str, ...] = (),
               using_named: list[str] | tuple[str, ...] = ()) -> str:
    """``update`` with the protocol's ``using-graph-uri`` / ``using-named-graph-uri`` written
    into it: ``USING <g>`` / ``USING NAMED <g>`` before the ``WHERE`` of each DELETE/INSERT
    operation. An update that names its own dataset (``USING``, ``WITH``) as well is refused, as
    the protocol says."""
    if not using and not using_named:
        return update
    clauses = " ".join([*(f"USING <{g}>" for g in using), *(f"USING NAMED <{g}>" for g in using_named)])
    depth = 0
    operation: list[str] = []  # the depth-0 keywords of the current operation
    inserts: list[int] = []
    previous = ""
    for m in _TOKENS.finditer(update):
        kind, value = m.lastgroup, m.group()
        if kind in ("comment", "string") and depth > 0:
            continue
        before, previous = previous, value.upper()
        if kind == "other" and value == "{":
            depth += 1
        elif kind == "other" and value == "}":
            depth -= 1
        elif depth == 0 and kind == "other" and value == ";":
            operation = []
        elif depth == 0 and kind == "word":
            word = value.upper()
            if word in ("USING", "WITH"):
                raise QuerySyntaxError("the update names its own dataset (USING or WITH): give "
                                       "using-graph-uri / using-named-graph-uri or those, not both")
            # DELETE WHERE { } (the shorthand) takes no USING
            if word == "WHERE" and operation[:1] in (["DELETE"], ["INSERT"]) and before != "DELETE":
                inserts.append(m.start())
            operation.append(word)
    for at in reversed(inserts):
        update = f"{update[:at]}{clauses} {update[at:]}"
    return update


def _endpoint(token: tuple[str, str] | None, prefixes: dict[str, str], base: str) -> str | None:
    if token is None:
        return None
    kind, value = token
    if kind == "iri":
        return urljoin(base, value[1:-1]) if base else value[1:-1]
    if kind == "word" and ":" in value:
        prefix, _, local = value.partition(":")
        if prefix in prefixes and "\\" not in local:
            return prefixes[prefix] + local
    return None


# -- graph results in every RDF format ---------------------------------------------------------

def serialise_graph(triples: Any, fmt: str) -> bytes:
    """Triples (or quads) in ``fmt`` (a key of ``GRAPH_WRITE_FORMATS``)."""
    if fmt not in GRAPH_WRITE_FORMATS:
        raise UnknownFormat(f"a graph can be written as {', '.join(GRAPH_WRITE_FORMATS)}, not {fmt!r}")
    items = list(triples)
    if fmt in ("nquads", "trig") or any(isinstance(t, ox.Quad) for t in items):
        items = [t if isinstance(t, ox.Quad) else ox.Quad(t.subject, t.predicate, t.object) for t in items]
        if fmt not in ("nquads",):
            items = [ox.Triple(q.subject, q.predicate, q.object) for q in items]
    kwargs: dict[str, Any] = {}
    if fmt in ("turtle", "rdfxml", "jsonld"):
        kwargs["prefixes"] = dict(PREFIXES)
    return ox.serialize(items, format=GRAPH_WRITE_FORMATS[fmt], **kwargs) or b""


# -- writes: SPARQL Update and the Graph Store HTTP Protocol -----------------------------------

def _writable(store: Store) -> ox.Store:
    if store.read_only:
        raise StoreError(f"{store.path}: the store is open read-only")
    return store.inner


def run_update(store: Store, sparql: str, *, base_iri: str | None = None) -> None:
    """Apply one SPARQL 1.1 Update (in one transaction: all of it or nothing; a read-only
    store is refused by ``Store.changing``)."""
    try:
        with store.changing() as inner:
            inner.update(sparql, base_iri=base_iri, prefixes=dict(PREFIXES))
    except SyntaxError as exc:
        raise QuerySyntaxError(f"malformed SPARQL update: {_one_line(exc)}") from None
    except ValueError as exc:
        raise QuerySyntaxError(f"bad SPARQL update: {_one_line(exc)}") from None


def _graph_name(graph: str | None) -> ox.NamedNode | ox.DefaultGraph:
    return ox.DefaultGraph() if graph is None else ox.NamedNode(graph)


def read_graph(store: Store, graph: str | None, fmt: str) -> bytes | None:
    """The named graph ``graph`` (``None``: the default graph) in ``fmt``; None when it does not exist."""
    name = _graph_name(graph)
    if graph is not None and not store.inner.contains_named_graph(name):
        return None
    if fmt not in GRAPH_WRITE_FORMATS or fmt == "nquads":
        raise UnknownFormat(f"a graph can be written as turtle, ntriples, jsonld or rdfxml, not {fmt!r}")
    return store.inner.dump(format=GRAPH_WRITE_FORMATS[fmt], from_graph=name,
                            **({"prefixes": dict(PREFIXES)} if fmt != "ntriples" else {})) or b""


def _parse(data: bytes, fmt: str, graph: str | None, base_iri: str | None) -> list[ox.Quad]:
    name = _graph_name(graph)
    try:
        return [ox.Quad(t.subject, t.predicate, t.object, name)
                for t in ox.parse(data, format=GRAPH_WRITE_FORMATS[fmt], base_iri=base_iri)]
    except SyntaxError as exc:
        raise QuerySyntaxError(f"malformed {fmt}: {_one_line(exc)}") from None


def replace_graph(store: Store, graph: str | None, data: bytes, fmt: str, *,
                  base_iri: str | None = None) -> bool:
    """PUT: the graph's content becomes ``data``, in one transaction. True when it existed."""
    return _write_graph(store, graph, data, fmt, base_iri=base_iri, replace=True)


def add_to_graph(store: Store, graph: str | None, data: bytes, fmt: str, *,
                 base_iri: str | None = None) -> bool:
    """POST: ``data`` is merged into the graph (created when missing). True when it existed."""
    return _write_graph(store, graph, data, fmt, base_iri=base_iri, replace=False)


def _write_graph(store: Store, graph: str | None, data: bytes, fmt: str, *,
                 base_iri: str | None, replace: bool) -> bool:
    """Parse ``data`` and store it in ``graph`` in one transaction, dropping the graph's old
    content first when ``replace``. True when the graph existed (the default graph always does)."""
    inner = _writable(store)
    quads = _parse(data, fmt, graph, base_iri)
    name = _graph_name(graph)
    existed = graph is None or inner.contains_named_graph(name)
    with store.changing():
        _transaction(inner, drop=name if replace else None, quads=quads)
    return existed


def drop_graph(store: Store, graph: str | None) -> bool:
    """DELETE: the graph goes (the default graph is emptied). False when there was none."""
    inner = _writable(store)
    name = _graph_name(graph)
    if graph is not None and not inner.contains_named_graph(name):
        return False
    with store.changing():
        inner.update("CLEAR DEFAULT" if graph is None else f"DROP GRAPH <{graph}>")
    return True


def _transaction(inner: ox.Store, *, drop: ox.NamedNode | ox.DefaultGraph | None,
                 quads: list[ox.Quad]) -> None:
    """One SPARQL update (one Oxigraph transaction): optionally clear a graph, then insert."""
    parts = []
    if drop is not None:
        parts.append("CLEAR DEFAULT" if isinstance(drop, ox.DefaultGraph) else f"DROP SILENT GRAPH <{drop.value}>")
    if quads:
        body = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                            format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        target = quads[0].graph_name
        parts.append(f"INSERT DATA {{ {body} }}" if isinstance(target, ox.DefaultGraph)
                     else f"INSERT DATA {{ GRAPH <{target.value}> {{ {body} }} }}")
    if parts:
        inner.update(" ;\n".join(parts))


# -- ingest ------------------------------------------------------------------------------------

def ingest_article(store: Store, record: dict[str, Any]) -> tuple[Any, Any]:
    """Extract one article and replace its graph: ``record`` holds ``text`` or ``html`` and
    optionally ``id``, ``title``, ``published``, ``url``, ``lang`` (the JSONL input format of
    ``extract.reader``). Returns ``(extraction, build summary)``; an article that fails to read,
    extract or validate raises ``GraphError`` with the reason, and nothing stored changes."""
    from extract.pipeline import extract
    from graph.build import build

    caught: list[Any] = []

    def keep(article: Any) -> Any:
        extraction = extract(article)
        caught.append(extraction)
        return extraction

    with tempfile.TemporaryDirectory(prefix="qawl-ingest-") as folder:
        path = Path(folder) / "article.jsonl"
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        summary = build([path], store=store, extract_fn=keep)
    if summary.failures:
        _, _, reason = summary.failures[0]
        raise GraphError(reason)
    return caught[-1], summary


# -- one article -------------------------------------------------------------------------------

_ARTICLE = """
SELECT ?title ?lang ?published ?url ?text WHERE {{
  GRAPH <{graph}> {{
    <{article}> schema:inLanguage ?lang ; schema:text ?text .
    OPTIONAL {{ <{article}> schema:headline ?title }}
    OPTIONAL {{ <{article}> schema:datePublished ?published }}
    OPTIONAL {{ <{article}> schema:url ?url }}
  }}
}}
"""


def article_record(store: Store, article_id: str) -> dict[str, Any]:
    """The article's metadata and text, its claims and stances (as ``graph.records`` gives them,
    with their character spans into ``text``) and the actors it mentions."""
    from graph.records import iter_actors, iter_claims, iter_stances

    if not store.has_article(article_id):
        raise UnknownArticle(article_id)
    query = _ARTICLE.format(graph=iris.article_graph_iri(article_id), article=iris.article_iri(article_id))
    rows = list(store.query(query))
    if not rows:
        raise UnknownArticle(article_id)
    row = rows[0]
    value = lambda name: row[name].value if row[name] is not None else None  # noqa: E731
    claims = [c.to_dict() for c in iter_claims(store, article=article_id)]
    stances = [s.to_dict() for s in iter_stances(store, article=article_id)]
    return {
        "id": article_id, "title": value("title"), "lang": value("lang"),
        "published": value("published"), "url": value("url"), "text": value("text"),
        "actors": [a.to_dict() for a in iter_actors(store, article=article_id)],
        "claims": sorted(claims, key=lambda c: c["id"]),
        "stances": sorted(stances, key=lambda s: s["id"]),
    }


# -- one claim or stance with its evidence ------------------------------------------------------

_SPANS = """
SELECT ?role ?start ?end ?exact WHERE {{
  GRAPH <{graph}> {{
    <{node}> ?role ?span .
    ?span a qawl:TextSpan ; oa:hasSelector ?p, ?q .
    ?p oa:start ?start ; oa:end ?end .
    ?q oa:exact ?exact .
  }}
}}
"""
_TEXT = "SELECT ?text WHERE {{ GRAPH <{graph}> {{ <{article}> schema:text ?text }} }}"
# span property -> key in "spans"
_CLAIM_SPANS = {"speakerMention": "speaker", "cue": "cue", "content": "content"}
_STANCE_SPANS = {"holderMention": "holder", "targetMention": "target", "trigger": "trigger",
                 "evidence": "evidence"}


def claim_record(store: Store, claim_id: str) -> dict[str, Any]:
    """The claim ``<article id>/<claim id>`` as ``graph.records`` gives it, plus ``spans``:
    ``speaker`` (the mention), ``cue``, ``content`` and ``evidence`` (the sentences around
    them), each ``{"start", "end", "text"}`` with offsets into the article text (or None)."""
    from graph.records import iter_claims

    article_id, found = _find(store, claim_id, iter_claims)
    if found is None:
        raise UnknownClaim(claim_id)
    return _with_spans(store, article_id, found.to_dict(),
                       iris.claim_iri(article_id, claim_id.rsplit("/", 1)[1]), _CLAIM_SPANS)


def stance_record(store: Store, stance_id: str) -> dict[str, Any]:
    """The stance ``<article id>/<stance id>`` as ``graph.records`` gives it, plus ``spans``:
    ``holder`` and ``target`` (the mentions), ``trigger`` and ``evidence`` (the sentence around
    the trigger), each ``{"start", "end", "text"}`` with offsets into the article text (or
    None), and ``source_claim``: the claim it comes from as ``claim_record`` gives it, or None."""
    from graph.records import iter_stances

    article_id, found = _find(store, stance_id, iter_stances)
    if found is None:
        raise UnknownStance(stance_id)
    out = _with_spans(store, article_id, found.to_dict(),
                      iris.stance_iri(article_id, stance_id.rsplit("/", 1)[1]), _STANCE_SPANS)
    out["source_claim"] = claim_record(store, found.claim) if found.claim else None
    return out


def _find(store: Store, record_id: str, iter_fn: Any) -> tuple[str, Any]:
    article_id, _, local = record_id.rpartition("/")
    if not article_id or not local or not store.has_article(article_id):
        return article_id, None
    return article_id, next((r for r in iter_fn(store, article=article_id) if r.id == record_id), None)


def _with_spans(store: Store, article_id: str, record: dict[str, Any], node: Any,
                roles: dict[str, str]) -> dict[str, Any]:
    graph = iris.article_graph_iri(article_id)
    spans: dict[str, dict[str, Any] | None] = dict.fromkeys(roles.values())
    for row in store.query(_SPANS.format(graph=graph, node=node)):
        key = roles.get(row["role"].value.rsplit("#", 1)[-1].rsplit("/", 1)[-1])
        if key is not None:
            spans[key] = {"start": int(row["start"].value), "end": int(row["end"].value),
                          "text": row["exact"].value}
    if "evidence" not in spans:  # a claim: the sentences around its speaker, cue and content
        spans["evidence"] = _sentence(store, article_id, [s for s in spans.values() if s])
    return {**record, "spans": spans}


def _sentence(store: Store, article_id: str, spans: list[dict[str, Any]]) -> dict[str, Any] | None:
    from extract.model import Span
    from ontology.mapping import evidence_sentence

    rows = list(store.query(_TEXT.format(graph=iris.article_graph_iri(article_id),
                                         article=iris.article_iri(article_id))))
    if not spans or not rows:
        return None
    text = rows[0]["text"].value
    around = evidence_sentence(text, Span.of(text, min(s["start"] for s in spans),
                                             max(s["end"] for s in spans)))
    return {"start": around.start, "end": around.end, "text": around.text}


# -- neighbourhood with filters ------------------------------------------------------------------

def filtered_neighbourhood(store: Store, actor_id: str, *, depth: int = 1,
                           types: list[str] | None = None, since: date | None = None,
                           until: date | None = None, min_confidence: float | None = None,
                           engine: str = "projection") -> dict[str, Any]:
    """``graph.neighbourhood.neighbourhood`` keeping only the claims and stances that pass the
    filters: ``types`` (PLOVER categories, ``addresses``, ``speaksAbout``), a day range and a
    minimum confidence (as ``graph.records`` applies them). Edges left with no claim or stance
    go, and so do actors no longer within ``depth`` hops of the centre. ``engine``: as for
    ``neighbourhood`` (with ``"sparql"`` the filters are applied by ``graph.records``' queries)."""
    from graph.neighbourhood import neighbourhood

    full = neighbourhood(store, actor_id, depth=depth, engine=engine)
    if not types and since is None and until is None and min_confidence is None:
        return full
    ids = sorted(n["id"] for n in full["nodes"])
    stances, claims = _passing(store, ids, since=since, until=until,
                               min_confidence=min_confidence, engine=engine)
    edges = []
    for edge in full["edges"]:
        if types and edge["type"] not in types:
            continue
        kept_stances = [s for s in edge["stances"] if s in stances]
        kept_claims = [c for c in edge["claims"] if c in claims]
        if not kept_stances and not kept_claims:
            continue
        articles = sorted({i.rsplit("/", 1)[0] for i in kept_stances + kept_claims})
        edges.append({**edge, "stances": kept_stances, "claims": kept_claims, "articles": articles,
                      "weight": len(kept_stances) + len(kept_claims)})
    reach = _within(actor_id, edges, depth)
    edges = [e for e in edges if e["source"] in reach and e["target"] in reach]
    return {**full, "nodes": [n for n in full["nodes"] if n["id"] in reach], "edges": edges,
            "filters": {"types": types or None, "since": since.isoformat() if since else None,
                        "until": until.isoformat() if until else None, "min_confidence": min_confidence}}


def _passing(store: Store, ids: list[str], *, since: date | None, until: date | None,
             min_confidence: float | None, engine: str) -> tuple[set[str], set[str]]:
    """The ids of the stances and of the claims touching ``ids`` that pass the filters."""
    from decimal import Decimal

    from graph._records import _common_filters, _day
    from graph.records import iter_claims, iter_stances

    if not ids:
        return set(), set()
    filters = {"since": since, "until": until, "min_confidence": min_confidence}
    if engine == "sparql":
        return ({s.id for s in iter_stances(store, actor=ids, **filters)},
                {c.id for c in iter_claims(store, actor=ids, **filters)})
    _common_filters(**filters, article=None, negated=None)  # the same checks of the values
    low = Decimal(repr(float(min_confidence))) if min_confidence is not None else None
    first, last = (None if d is None else d.isoformat()
                   for d in (_day(since, "since"), _day(until, "until")))
    found: dict[str, set[str]] = {"stances": set(), "claims": set()}
    for kind, article, local, confidence, day in store.projection().items_between(
            str(iris.actor_iri(a)) for a in ids):
        if low is not None and (confidence is None or Decimal(confidence) < low):
            continue
        if (first or last) and (day is None or (first and day < first) or (last and day > last)):
            continue
        found[kind].add(f"{article}/{local}")
    return found["stances"], found["claims"]


def _within(center: str, edges: list[dict[str, Any]], depth: int) -> set[str]:
    near: dict[str, set[str]] = {}
    for e in edges:
        near.setdefault(e["source"], set()).add(e["target"])
        near.setdefault(e["target"], set()).add(e["source"])
    seen, queue = {center: 0}, deque([center])
    while queue:
        node = queue.popleft()
        if seen[node] >= depth:
            continue
        for other in near.get(node, ()):
            if other not in seen:
                seen[other] = seen[node] + 1
                queue.append(other)
    return set(seen)


# -- example queries -----------------------------------------------------------------------------

def example_queries() -> list[dict[str, str]]:
    """``{"name", "title", "query"}`` for each bundled query; the title is its first comment line."""
    out = []
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = next((ln for ln in text.splitlines() if ln.startswith("#")), f"# {path.stem}")
        out.append({"name": path.stem, "title": first.lstrip("# ").strip(), "query": text})
    return out


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
