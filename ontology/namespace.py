"""The vocabulary's namespaces: ``QAWL`` (closed: a typo fails at import) and the reused ones.

Owns the project namespace IRI and the list of its terms. Every term listed here is
defined in ``ontology/data/qawl.ttl`` and every term defined there is listed here (a test
checks both ways). ``PLOVER`` is closed over the 16 categories of ``plover.ttl``; CAMEO
codes start with digits, so ``CAMEO`` is an open namespace used as ``CAMEO["010"]``.

Reused vocabularies: schema.org is ``http://schema.org/`` (not rdflib's https ``SDO``),
Web Annotation ``oa:``, PROV-O, SKOS, Dublin Core terms, OWL, and Wikidata entities ``wd:``.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD, DefinedNamespace

__all__ = [
    "BASE",
    "CAMEO",
    "DCTERMS",
    "ID",
    "OA",
    "OWL",
    "PLOVER",
    "PREFIXES",
    "PROV",
    "QAWL",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SH",
    "SKOS",
    "WD",
    "XSD",
]

BASE = "https://w3id.org/qawl/"

SCHEMA = Namespace("http://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
ID = Namespace(BASE + "id/")
CAMEO = Namespace(BASE + "cameo/")


class QAWL(DefinedNamespace):
    """qawl: the terms schema.org, PROV, SKOS and Web Annotation do not have."""

    _NS = Namespace(BASE + "ns#")
    _fail = True

    # classes
    Actor: URIRef
    Claim: URIRef
    Stance: URIRef
    TextSpan: URIRef
    # actors
    kind: URIRef
    country: URIRef
    sector: URIRef
    role: URIRef
    # articles
    textSha256: URIRef
    # text evidence
    refersTo: URIRef
    # claims
    speaker: URIRef
    speakerMention: URIRef
    addressee: URIRef
    via: URIRef
    reportingVerb: URIRef
    cue: URIRef
    content: URIRef
    direct: URIRef
    # claims and stances
    negated: URIRef
    confidence: URIRef
    # stances
    holder: URIRef
    holderMention: URIRef
    target: URIRef
    targetMention: URIRef
    polarity: URIRef
    eventType: URIRef
    claim: URIRef
    trigger: URIRef
    evidence: URIRef
    # shortcut edges between actors (one triple pattern for simple questions)
    relatedTo: URIRef
    addresses: URIRef
    speaksAbout: URIRef
    supports: URIRef
    opposes: URIRef
    agreesWith: URIRef
    consults: URIRef
    endorses: URIRef
    concedesTo: URIRef
    cooperatesWith: URIRef
    aids: URIRef
    retreatsFrom: URIRef
    requests: URIRef
    accuses: URIRef
    rejects: URIRef
    threatens: URIRef
    protestsAgainst: URIRef
    sanctions: URIRef
    mobilizesAgainst: URIRef
    coerces: URIRef
    assaults: URIRef


class PLOVER(DefinedNamespace):
    """The 16 PLOVER event categories as SKOS concepts, and their four quad collections."""

    _NS = Namespace(BASE + "plover/")
    _fail = True

    scheme: URIRef
    VerbalCooperation: URIRef
    MaterialCooperation: URIRef
    VerbalConflict: URIRef
    MaterialConflict: URIRef
    AGREE: URIRef
    CONSULT: URIRef
    SUPPORT: URIRef
    CONCEDE: URIRef
    COOPERATE: URIRef
    AID: URIRef
    RETREAT: URIRef
    REQUEST: URIRef
    ACCUSE: URIRef
    REJECT: URIRef
    THREATEN: URIRef
    PROTEST: URIRef
    SANCTION: URIRef
    MOBILIZE: URIRef
    COERCE: URIRef
    ASSAULT: URIRef


PREFIXES: dict[str, str] = {
    "qawl": str(QAWL._NS),
    "plover": str(PLOVER._NS),
    "cameo": str(CAMEO),
    "schema": str(SCHEMA),
    "oa": str(OA),
    "prov": str(PROV),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "wd": str(WD),
}
