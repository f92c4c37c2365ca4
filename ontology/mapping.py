"""Extraction -> RDF: the article's named graph and the shared actor descriptions.

Owns how the contract of ``extract.model`` becomes triples:

- the article: ``schema:NewsArticle`` with title, language, datePublished, url, text and the
  SHA-256 of the text every offset points into;
- every mention, cue, content, speaker/holder/target mention and trigger as a ``qawl:TextSpan``
  (an ``oa:SpecificResource`` on the article) with an ``oa:TextPositionSelector`` (start, end)
  and an ``oa:TextQuoteSelector`` (exact); a stance's ``qawl:evidence`` is the sentence around
  its trigger;
- claims (``qawl:Claim``) and stances (``qawl:Stance``, typed by a PLOVER SKOS concept), and
  shortcut edges between actors (``qawl:requests``, ``qawl:opposes`` ...) next to them;
- provenance: the extraction run (``prov:Activity``) and qawl as ``prov:SoftwareAgent``.

``extraction_graph`` holds what belongs to one article (replaced as a whole when the article is
re-ingested); ``actor_graph`` holds actor descriptions shared by all articles, so the same
actor is one IRI with one description. No blank nodes: every IRI comes from ``ontology.iris``,
so the same extraction and run give the same graph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from extract.model import Actor, Extraction, Span
from ontology import iris
from ontology.namespace import DCTERMS, OA, OWL, PREFIXES, PROV, QAWL, RDF, RDFS, SCHEMA, SKOS

__all__ = [
    "KIND_CLASSES",
    "SHORTCUTS",
    "Run",
    "actor_graph",
    "evidence_sentence",
    "extraction_graph",
    "qawl_version",
]

SHORTCUTS: dict[str, URIRef] = {
    "AGREE": QAWL.agreesWith, "CONSULT": QAWL.consults, "SUPPORT": QAWL.endorses,
    "CONCEDE": QAWL.concedesTo, "COOPERATE": QAWL.cooperatesWith, "AID": QAWL.aids,
    "RETREAT": QAWL.retreatsFrom, "REQUEST": QAWL.requests, "ACCUSE": QAWL.accuses,
    "REJECT": QAWL.rejects, "THREATEN": QAWL.threatens, "PROTEST": QAWL.protestsAgainst,
    "SANCTION": QAWL.sanctions, "MOBILIZE": QAWL.mobilizesAgainst, "COERCE": QAWL.coerces,
    "ASSAULT": QAWL.assaults,
}
KIND_CLASSES: dict[str, URIRef] = {
    "person": SCHEMA.Person, "state": SCHEMA.Country, "organization": SCHEMA.Organization,
    "armed_group": SCHEMA.Organization, "igo": SCHEMA.GovernmentOrganization,
    "media": SCHEMA.NewsMediaOrganization,
}
_SENTENCE_END = re.compile(r"[.!?؟۔]+[\"'”»’)]*(?=\s)|\n")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_DAY = re.compile(r"^--\d{2}-\d{2}$")


def qawl_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("qawl")
    except PackageNotFoundError:
        return "0.0.0"


@dataclass(frozen=True, slots=True)
class Run:
    """One extraction run: its id, when it started (ISO 8601 UTC) and the qawl version."""

    id: str
    started: str | None = None
    version: str = ""

    @classmethod
    def start(cls, *, now: datetime | None = None) -> Run:
        when = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
        stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        return cls(id=stamp.replace(":", ""), started=stamp, version=qawl_version())


def _new_graph() -> Graph:
    g = Graph(store="SimpleMemory")  # no contexts needed; several times faster to fill
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def _decimal(x: float) -> Literal:
    return Literal(Decimal(str(round(float(x), 3))), datatype=XSD.decimal)


def _date(value: str | None) -> Literal | None:
    if not value:
        return None
    if _FULL_DATE.match(value):
        return Literal(value, datatype=XSD.date)
    if _MONTH_DAY.match(value):
        return Literal(value, datatype=XSD.gMonthDay)
    return Literal(value)


def evidence_sentence(text: str, span: Span) -> Span:
    """The sentence of ``text`` around ``span``: from the previous sentence end (or line break)
    to the next one, trimmed of white space. Offsets stay offsets into ``text``."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, span.start):
        start = m.end()
    m = _SENTENCE_END.search(text, span.end)
    end = m.end() if m and text[m.start()] != "\n" else (m.start() if m else len(text))
    end = max(end, span.end)
    while start < span.start and text[start].isspace():
        start += 1
    while end > span.end and text[end - 1].isspace():
        end -= 1
    return Span.of(text, start, end)


class _Mapper:
    def __init__(self, extraction: Extraction, run: Run) -> None:
        self.x = extraction
        self.aid = extraction.article.id
        self.article = iris.article_iri(self.aid)
        self.run = iris.run_iri(run.id)
        self.g = _new_graph()
        self._spans: set[URIRef] = set()

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | None) -> None:
        if o is not None:
            self.g.add((s, p, o))

    def span(self, span: Span | None, *, refers_to: str | None = None) -> URIRef | None:
        if span is None:
            return None
        iri = iris.span_iri(self.aid, span.start, span.end)
        if iri not in self._spans:
            self._spans.add(iri)
            pos, quote = URIRef(f"{iri}/position"), URIRef(f"{iri}/quote")
            self.g.add((iri, RDF.type, QAWL.TextSpan))
            self.g.add((iri, OA.hasSource, self.article))
            self.g.add((iri, OA.hasSelector, pos))
            self.g.add((iri, OA.hasSelector, quote))
            self.g.add((pos, RDF.type, OA.TextPositionSelector))
            self.g.add((pos, OA.start, Literal(span.start, datatype=XSD.integer)))
            self.g.add((pos, OA.end, Literal(span.end, datatype=XSD.integer)))
            self.g.add((quote, RDF.type, OA.TextQuoteSelector))
            self.g.add((quote, OA.exact, Literal(span.text)))
        if refers_to is not None:
            self.g.add((iri, QAWL.refersTo, iris.actor_iri(refers_to)))
        return iri

    def edge(self, source: URIRef, prop: URIRef, target: URIRef) -> None:
        # the parent property is asserted too: stores without RDFS inference can still walk
        # "any edge" with one property path
        self.g.add((source, prop, target))
        self.g.add((source, QAWL.relatedTo, target))

    def actor(self, actor_id: str | None) -> URIRef | None:
        return iris.actor_iri(actor_id) if actor_id else None

    def build(self, run: Run) -> Graph:
        a, g = self.x.article, self.g
        graph_iri = iris.article_graph_iri(self.aid)
        g.add((self.article, RDF.type, SCHEMA.NewsArticle))
        g.add((self.article, DCTERMS.identifier, Literal(self.aid)))
        self.add(self.article, SCHEMA.headline, Literal(a.title) if a.title else None)
        g.add((self.article, SCHEMA.inLanguage, Literal(a.lang)))
        self.add(self.article, SCHEMA.datePublished, _date(a.published))
        self.add(self.article, SCHEMA.url, URIRef(a.url) if a.url else None)
        g.add((self.article, SCHEMA.text, Literal(a.text)))
        g.add((self.article, QAWL.textSha256, Literal(a.text_sha256)))
        g.add((self.article, PROV.wasGeneratedBy, self.run))
        g.add((graph_iri, PROV.wasGeneratedBy, self.run))
        g.add((graph_iri, PROV.wasDerivedFrom, self.article))
        agent = iris.agent_iri(run.version or "unknown")
        g.add((self.run, RDF.type, PROV.Activity))
        g.add((self.run, PROV.wasAssociatedWith, agent))
        g.add((self.run, RDFS.label, Literal(f"qawl extraction run {run.id}")))
        if run.started:
            g.add((self.run, PROV.startedAtTime, Literal(run.started, datatype=XSD.dateTime)))
        g.add((agent, RDF.type, PROV.SoftwareAgent))
        g.add((agent, RDFS.label, Literal(f"qawl {run.version or 'unknown'}")))
        g.add((agent, SCHEMA.softwareVersion, Literal(run.version or "unknown")))
        for actor in self.x.actors:
            g.add((self.article, SCHEMA.mentions, iris.actor_iri(actor.id)))
            for m in actor.mentions:
                self.span(m, refers_to=actor.id)
        for c in self.x.claims:
            self.claim(c)
        for s in self.x.stances:
            self.stance(s)
        return g

    def _common(self, node: URIRef, cls: URIRef, item) -> None:
        g = self.g
        g.add((node, RDF.type, cls))
        g.add((node, DCTERMS.identifier, Literal(item.id)))
        g.add((node, PROV.wasDerivedFrom, self.article))
        g.add((node, PROV.wasGeneratedBy, self.run))
        g.add((node, QAWL.negated, Literal(bool(item.negated))))
        g.add((node, QAWL.confidence, _decimal(item.confidence)))
        self.add(node, DCTERMS.date, _date(item.date))

    def claim(self, c) -> None:
        node, g = iris.claim_iri(self.aid, c.id), self.g
        self._common(node, QAWL.Claim, c)
        speaker = iris.actor_iri(c.speaker)
        g.add((node, QAWL.speaker, speaker))
        g.add((node, PROV.wasAttributedTo, speaker))
        self.add(node, QAWL.speakerMention, self.span(c.speaker_mention, refers_to=c.speaker))
        self.add(node, QAWL.cue, self.span(c.cue))
        g.add((node, QAWL.reportingVerb, Literal(c.cue.text)))
        self.add(node, QAWL.content, self.span(c.content))
        g.add((node, SCHEMA.text, Literal(c.content.text)))
        g.add((node, QAWL.direct, Literal(bool(c.direct))))
        self.add(node, QAWL.addressee, self.actor(c.addressee))
        self.add(node, QAWL.via, self.actor(c.via))
        for about in c.about:
            g.add((node, SCHEMA.about, iris.actor_iri(about)))
        if not c.negated:
            if c.addressee and c.addressee != c.speaker:
                self.edge(speaker, QAWL.addresses, iris.actor_iri(c.addressee))
            for about in c.about:
                if about != c.speaker:
                    self.edge(speaker, QAWL.speaksAbout, iris.actor_iri(about))

    def stance(self, s) -> None:
        node, g = iris.stance_iri(self.aid, s.id), self.g
        self._common(node, QAWL.Stance, s)
        holder = iris.actor_iri(s.holder)
        g.add((node, QAWL.holder, holder))
        self.add(node, QAWL.holderMention, self.span(s.holder_mention, refers_to=s.holder))
        self.add(node, QAWL.target, self.actor(s.target))
        if s.target:
            self.add(node, QAWL.targetMention, self.span(s.target_mention, refers_to=s.target))
        g.add((node, QAWL.eventType, iris.plover_iri(s.type)))
        g.add((node, QAWL.polarity, Literal(int(s.polarity), datatype=XSD.integer)))
        self.add(node, QAWL.claim, iris.claim_iri(self.aid, s.claim) if s.claim else None)
        self.add(node, QAWL.trigger, self.span(s.trigger))
        self.add(node, QAWL.evidence, self.span(evidence_sentence(self.x.article.text, s.trigger)))
        if s.target and not s.negated and s.target != s.holder:
            target = iris.actor_iri(s.target)
            self.edge(holder, SHORTCUTS[s.type], target)
            if s.polarity == 1:
                self.edge(holder, QAWL.supports, target)
            elif s.polarity == -1:
                self.edge(holder, QAWL.opposes, target)


def extraction_graph(extraction: Extraction, *, run: Run) -> Graph:
    """The triples of one article's named graph (everything but the shared actor descriptions)."""
    return _Mapper(extraction, run).build(run)


def actor_graph(actors: Iterable[Actor]) -> Graph:
    """Descriptions of actors, shared by all articles: labels, kind, country, Wikidata link."""
    g = _new_graph()
    for actor in actors:
        node = iris.actor_iri(actor.id)
        g.add((node, RDF.type, QAWL.Actor))
        if actor.kind in KIND_CLASSES:
            g.add((node, RDF.type, KIND_CLASSES[actor.kind]))
        g.add((node, DCTERMS.identifier, Literal(actor.id)))
        g.add((node, RDFS.label, Literal(actor.label, lang="en")))
        g.add((node, SKOS.prefLabel, Literal(actor.label, lang="en")))
        for lang, label in sorted(actor.labels.items()):
            if label and lang != "en":
                g.add((node, RDFS.label, Literal(label, lang=lang)))
                g.add((node, SKOS.prefLabel, Literal(label, lang=lang)))
            elif label and label != actor.label:
                g.add((node, SKOS.altLabel, Literal(label, lang=lang)))
        g.add((node, QAWL.kind, Literal(actor.kind)))
        if actor.wikidata:
            g.add((node, OWL.sameAs, iris.wikidata_iri(actor.wikidata)))
        for prop, value in ((QAWL.country, actor.country), (QAWL.sector, actor.sector),
                            (QAWL.role, actor.role)):
            if value:
                g.add((node, prop, Literal(value)))
    return g
