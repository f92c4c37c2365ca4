"""The extraction contract as plain, frozen dataclasses.

Owns: ``Span``, ``Article``, ``Actor``, ``Claim``, ``Stance``, ``Extraction`` and their
JSON form (``to_dict`` / ``from_dict``), which is section 2 of ARCHITECTURE.md: the
evaluation and every later layer read exactly this shape.

Offsets are Python string indices (code points) into ``Article.text``, the text exactly as
read (decoded, Unicode NFC, nothing else). Normalised text is never stored here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any, Literal

__all__ = [
    "ACTOR_KINDS",
    "PLOVER_TYPES",
    "SECTORS",
    "Actor",
    "Article",
    "Claim",
    "Extraction",
    "Span",
    "Stance",
]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
ACTOR_KINDS: tuple[str, ...] = (
    "person", "state", "organization", "armed_group", "igo", "media", "group",
)
SECTORS: tuple[str, ...] = (
    "GOV", "MIL", "REB", "OPP", "IGO", "CVL", "MED", "PTY", "JUD", "LEG", "UAF", "BUS",
)

Lang = Literal["ar", "en"]


@dataclass(frozen=True, slots=True)
class Span:
    """A run of characters ``text[start:end]`` of the original article text."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span offsets {self.start}..{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"span text {self.text!r} does not fit {self.start}..{self.end}")

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Span | None:
        if d is None:
            return None
        return cls(int(d["start"]), int(d["end"]), d["text"])


@dataclass(frozen=True, slots=True)
class Article:
    """One input article: its text exactly as read, plus metadata."""

    id: str
    text: str
    lang: Lang
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    source: str | None = None  # file path or feed the article came from
    body: tuple[tuple[int, int], ...] = ()  # spans kept after boilerplate removal

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def with_body(self, body: tuple[tuple[int, int], ...]) -> Article:
        return replace(self, body=tuple(body))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "lang": self.lang,
            "published": self.published,
            "url": self.url,
            "source": self.source,
            "text_sha256": self.text_sha256,
            "body": [list(b) for b in self.body],
        }


@dataclass(frozen=True, slots=True)
class Actor:
    id: str  # "Q…" when linked to Wikidata, else "x-<slug>"
    label: str  # canonical English name
    kind: str
    labels: dict[str, str] = field(default_factory=dict)
    wikidata: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None
    role: str | None = None
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "labels": dict(self.labels),
            "kind": self.kind,
            "wikidata": self.wikidata,
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(
            id=d["id"], label=d["label"], kind=d["kind"], labels=dict(d.get("labels") or {}),
            wikidata=d.get("wikidata"), country=d.get("country"), sector=d.get("sector"),
            role=d.get("role"),
            mentions=tuple(Span.from_dict(m) for m in d.get("mentions") or ()),
        )


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    speaker: str  # actor id
    cue: Span
    content: Span
    speaker_mention: Span | None = None
    addressee: str | None = None
    about: tuple[str, ...] = ()
    direct: bool = False
    via: str | None = None
    date: str | None = None  # YYYY-MM-DD or --MM-DD
    negated: bool = False
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "cue": self.cue.to_dict(),
            "content": self.content.to_dict(),
            "addressee": self.addressee,
            "about": list(self.about),
            "direct": self.direct,
            "via": self.via,
            "date": self.date,
            "negated": self.negated,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        return cls(
            id=d["id"], speaker=d["speaker"], cue=Span.from_dict(d["cue"]),
            content=Span.from_dict(d["content"]),
            speaker_mention=Span.from_dict(d.get("speaker_mention")),
            addressee=d.get("addressee"), about=tuple(d.get("about") or ()),
            direct=bool(d.get("direct")), via=d.get("via"), date=d.get("date"),
            negated=bool(d.get("negated")), confidence=float(d.get("confidence", 0.5)),
        )


@dataclass(frozen=True, slots=True)
class Stance:
    id: str
    holder: str  # actor id
    type: str  # one of PLOVER_TYPES
    polarity: int  # -1 against, 0 neutral, 1 for the target
    trigger: Span
    target: str | None = None
    holder_mention: Span | None = None
    target_mention: Span | None = None
    claim: str | None = None
    date: str | None = None
    negated: bool = False
    confidence: float = 0.5

    def __post_init__(self) -> None:
        if self.type not in PLOVER_TYPES:
            raise ValueError(f"unknown PLOVER type {self.type!r}")
        if self.polarity not in (-1, 0, 1):
            raise ValueError(f"polarity must be -1, 0 or 1, not {self.polarity!r}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "holder": self.holder,
            "target": self.target,
            "holder_mention": self.holder_mention.to_dict() if self.holder_mention else None,
            "target_mention": self.target_mention.to_dict() if self.target_mention else None,
            "type": self.type,
            "polarity": self.polarity,
            "claim": self.claim,
            "trigger": self.trigger.to_dict(),
            "date": self.date,
            "negated": self.negated,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Stance:
        return cls(
            id=d["id"], holder=d["holder"], type=d["type"], polarity=int(d["polarity"]),
            trigger=Span.from_dict(d["trigger"]), target=d.get("target"),
            holder_mention=Span.from_dict(d.get("holder_mention")),
            target_mention=Span.from_dict(d.get("target_mention")),
            claim=d.get("claim"), date=d.get("date"), negated=bool(d.get("negated")),
            confidence=float(d.get("confidence", 0.5)),
        )


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()
    stances: tuple[Stance, ...] = ()

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "claims": [c.to_dict() for c in self.claims],
            "stances": [s.to_dict() for s in self.stances],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any], *, text: str) -> Extraction:
        """Rebuild an extraction from its JSON; ``text`` is the article text it points into."""
        a = d["article"]
        article = Article(
            id=a["id"], text=text, lang=a["lang"], title=a.get("title"),
            published=a.get("published"), url=a.get("url"), source=a.get("source"),
            body=tuple(tuple(b) for b in a.get("body") or ()),
        )
        return cls(
            article=article,
            actors=tuple(Actor.from_dict(x) for x in d.get("actors") or ()),
            claims=tuple(Claim.from_dict(x) for x in d.get("claims") or ()),
            stances=tuple(Stance.from_dict(x) for x in d.get("stances") or ()),
        )
