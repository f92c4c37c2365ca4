"""HTTP content negotiation for the SPARQL endpoint: which media type answers an Accept header.

Owns: the media types the endpoint can write for each kind of result (solutions and booleans,
graphs), their aliases, and the choice among them by an ``Accept`` header (RFC 9110 section
12.5.1: quality values, ``type/*`` and ``*/*`` ranges). Pure functions, no HTTP framework.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["GRAPH_TYPES", "SOLUTION_TYPES", "MediaType", "choose"]


@dataclass(frozen=True, slots=True)
class MediaType:
    """A media type the endpoint writes, the library format name behind it, and its aliases."""

    name: str  # the Content-Type sent back
    format: str  # the format name of graph.query's serialisers
    aliases: tuple[str, ...] = ()


# First entry of each table is the default for a missing Accept or "*/*".
SOLUTION_TYPES: tuple[MediaType, ...] = (
    MediaType("application/sparql-results+json", "json", ("application/json",)),
    MediaType("application/sparql-results+xml", "xml", ("application/xml", "text/xml")),
    MediaType("text/csv", "csv"),
    MediaType("text/tab-separated-values", "tsv"),
)
GRAPH_TYPES: tuple[MediaType, ...] = (
    MediaType("text/turtle", "turtle", ("application/turtle", "application/x-turtle")),
    MediaType("application/n-triples", "ntriples"),
    MediaType("application/n-quads", "nquads"),
    MediaType("application/ld+json", "jsonld"),
    MediaType("application/rdf+xml", "rdfxml"),
)


def _parse(accept: str) -> list[tuple[str, float, int]]:
    """``(range, q, position)`` for each media range of an Accept header; bad q values count as 0."""
    ranges = []
    for position, item in enumerate(accept.split(",")):
        parts = [p.strip() for p in item.split(";")]
        media = parts[0].lower()
        if not media or "/" not in media:
            continue
        q = 1.0
        for param in parts[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media, q, position))
    return ranges


def _match(media: str, offer: MediaType) -> int:
    """How specifically ``media`` (a range) matches ``offer``: 3 exact, 2 type/*, 1 */*, 0 no.

    A ``type/*`` range matches the type actually sent, not an alias (``text/*`` is not XML).
    """
    if media == offer.name or media in offer.aliases:
        return 3
    kind, _, sub = media.partition("/")
    if sub == "*" and kind != "*" and offer.name.startswith(kind + "/"):
        return 2
    return 1 if media == "*/*" else 0


def choose(accept: str | None, offers: tuple[MediaType, ...]) -> MediaType | None:
    """The offer the client prefers most, or None when it accepts none of them.

    Each offer takes the quality of the most specific range matching it; the highest quality
    wins, then the range the client listed first, then the endpoint's own order.
    """
    if not accept or not accept.strip():
        return offers[0]
    ranges = _parse(accept)
    best: tuple[float, int, int] | None = None
    chosen: MediaType | None = None
    for rank, offer in enumerate(offers):
        matches = [(_match(m, offer), q, pos) for m, q, pos in ranges]
        matches = [m for m in matches if m[0]]
        if not matches:
            continue
        _, q, pos = max(matches, key=lambda m: (m[0], -m[2]))
        if q <= 0:
            continue
        key = (q, -pos, -rank)
        if best is None or key > best:
            best, chosen = key, offer
    return chosen
