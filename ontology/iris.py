"""Deterministic IRIs for everything qawl puts in a graph: the same input gives the same graph.

Owns the IRI scheme under ``https://w3id.org/qawl/id/``:

    actor/<actor id>                          one per actor across all articles ("Q3052772", "x-…")
    article/<article id>                      the schema:NewsArticle
    graph/article/<article id>                the article's named graph (replaced as a whole)
    article/<article id>/claim/<claim id>     claims and stances are local to their article
    article/<article id>/stance/<stance id>
    article/<article id>/span/<start>-<end>   a qawl:TextSpan; its selectors add /position, /quote
    run/<run id>                              an extraction run (prov:Activity)
    agent/qawl/<version>                      the software agent
    graph/actors                              the shared actor descriptions

Ids are percent-encoded (UTF-8) so any article id or file name gives a valid IRI, and
``actor_id`` inverts ``actor_iri``.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

from rdflib import URIRef

from ontology.namespace import ID, PLOVER, WD

__all__ = [
    "ACTORS_GRAPH",
    "ONTOLOGY_GRAPH",
    "actor_id",
    "actor_iri",
    "agent_iri",
    "article_graph_iri",
    "article_id",
    "article_iri",
    "claim_iri",
    "local_id",
    "plover_iri",
    "run_iri",
    "span_iri",
    "stance_iri",
    "wikidata_iri",
]

ACTORS_GRAPH = URIRef(ID + "graph/actors")
ONTOLOGY_GRAPH = URIRef(ID + "graph/ontology")
_ACTOR = str(ID) + "actor/"
_ARTICLE = str(ID) + "article/"
_ARTICLE_GRAPH = str(ID) + "graph/article/"


def _seg(value: str) -> str:
    if not value:
        raise ValueError("an id must not be empty")
    return quote(value, safe="-._~")


def actor_iri(actor_id: str) -> URIRef:
    return URIRef(_ACTOR + _seg(actor_id))


def actor_id(iri: str) -> str:
    """The contract id of an actor IRI (the inverse of ``actor_iri``)."""
    if not str(iri).startswith(_ACTOR):
        raise ValueError(f"not an actor IRI: {iri}")
    return unquote(str(iri)[len(_ACTOR):])


def article_iri(article_id: str) -> URIRef:
    return URIRef(_ARTICLE + _seg(article_id))


def article_id(iri: str) -> str:
    """The article id of an article IRI or of an article graph IRI."""
    s = str(iri)
    for prefix in (_ARTICLE_GRAPH, _ARTICLE):
        if s.startswith(prefix) and "/" not in s[len(prefix):]:
            return unquote(s[len(prefix):])
    raise ValueError(f"not an article IRI: {iri}")


def article_graph_iri(article_id: str) -> URIRef:
    return URIRef(_ARTICLE_GRAPH + _seg(article_id))


def claim_iri(article_id: str, claim_id: str) -> URIRef:
    return URIRef(f"{article_iri(article_id)}/claim/{_seg(claim_id)}")


def stance_iri(article_id: str, stance_id: str) -> URIRef:
    return URIRef(f"{article_iri(article_id)}/stance/{_seg(stance_id)}")


def local_id(item_iri: str) -> str:
    """"S1" from ``…/article/<id>/stance/S1`` (the inverse of the last segment's encoding)."""
    return unquote(str(item_iri).rsplit("/", 1)[-1])


def span_iri(article_id: str, start: int, end: int) -> URIRef:
    return URIRef(f"{article_iri(article_id)}/span/{int(start)}-{int(end)}")


def run_iri(run_id: str) -> URIRef:
    return URIRef(f"{ID}run/{_seg(run_id)}")


def agent_iri(version: str) -> URIRef:
    return URIRef(f"{ID}agent/qawl/{_seg(version)}")


def plover_iri(category: str) -> URIRef:
    return PLOVER[category]


def wikidata_iri(qid: str) -> URIRef:
    return WD[qid]
