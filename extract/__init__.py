"""extract: article text -> Extraction (actors, claims, stances). Plain dataclasses, no RDF."""

from extract.model import Actor, Article, Claim, Extraction, Span, Stance

__all__ = ["Actor", "Article", "Claim", "Extraction", "Span", "Stance"]
