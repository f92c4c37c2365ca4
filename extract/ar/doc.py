"""The working document the Arabic components read and write.

Owns ``Doc`` (the article, its normalised text, the body tokens, sentences, and the mentions,
actors, claims and stances found so far), ``Mention`` and ``ActorRec``. Components of
``extract.pipeline`` fill these fields in order; nothing here is part of the output contract
until ``extract.ar.build`` turns it into an ``Extraction``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from extract.arabic import NormText, Token, normalize
from extract.gazetteer import Gazetteer
from extract.model import Article, Claim, Stance

__all__ = ["ActorRec", "Doc", "Mention", "make_doc"]

SENT_END = {".", "!", "؟", "?", "…"}


@dataclass(slots=True)
class Mention:
    t0: int  # body-token range [t0, t1)
    t1: int
    start: int  # original offsets
    end: int
    key: str  # actor id
    how: str  # name | demonym | metonym | title | alias | pair | institution
    pair: str | None = None  # second actor of a "the two parties" mention
    role: str | None = None  # office named by a title mention
    ext: int | None = None  # token end of the whole title + name apposition this mention is part of
    guess: bool = False  # a bare title resolved to today's office holder (no article date)

    @property
    def last(self) -> int:
        """Token end of the mention including the rest of its apposition."""
        return self.ext if self.ext is not None else self.t1


@dataclass(slots=True)
class ActorRec:
    id: str
    label: str
    kind: str
    labels: dict[str, str]
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    generic: bool = False  # names nobody in particular (مسلحون): the article's own (extract.scope)
    source: bool = False  # an unnamed source (مصدر عسكري، ناشطون: extract.ar.sources): reports, holds no deeds


@dataclass
class Doc:
    article: Article
    gaz: Gazetteer
    nt: NormText
    toks: list[Token]
    sent_of: list[int]
    sents: list[tuple[int, int]]
    mentions: list[Mention] = field(default_factory=list)
    mention_at: dict[int, Mention] = field(default_factory=dict)
    actors: dict[str, ActorRec] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    text: str = field(init=False)  # the article's text
    norms: list[str] = field(init=False)  # norms[i] = toks[i].norm
    mention_starts: list[int] = field(init=False)  # mention_starts[k] = mentions[k].t0
    date_hits: dict[int, dict] = field(default_factory=dict)  # sentence -> its dates (extract.ar.dates)

    def __post_init__(self) -> None:
        self.text = self.article.text
        self.norms = [t.norm for t in self.toks]
        self.mention_starts = [m.t0 for m in self.mentions]

    def add_mention(self, m: Mention) -> None:
        self.mentions.append(m)
        self.mention_starts.append(m.t0)
        for t in range(m.t0, m.t1):
            self.mention_at[t] = m

    def drop_last_mention(self) -> None:
        m = self.mentions.pop()
        self.mention_starts.pop()
        for t in range(m.t0, m.t1):
            self.mention_at.pop(t, None)

    def same_paragraph(self, t0: int, t1: int) -> bool:
        """Whether no line break stands between token ``t0`` and the later token ``t1``."""
        return "\n" not in self.text[self.toks[t0].end:self.toks[t1].start]

    def mentions_in(self, t0: int, t1: int) -> list[Mention]:
        """Mentions inside the token range [t0, t1), in text order."""
        # mentions are added left to right, so sorted by t0
        lo, hi = bisect_left(self.mention_starts, t0), bisect_left(self.mention_starts, t1)
        return [m for m in self.mentions[lo:hi] if m.t1 <= t1]


def make_doc(article: Article, gaz: Gazetteer) -> Doc:
    """Normalise the article and keep the tokens of its body, split into sentences."""
    nt = normalize(article.text)
    body = article.body or ((0, len(article.text)),)
    toks: list[Token] = []
    sent_of: list[int] = []
    sents: list[tuple[int, int]] = []
    b, lo, hi = 0, *body[0]  # the body line being read: [lo, hi)
    sent_start = 0
    for tok in nt.tokens:
        if tok.start >= hi:  # past this line: on to the line that reaches the token
            while b < len(body) and tok.start >= body[b][1]:
                b += 1
                if len(toks) > sent_start:
                    sents.append((sent_start, len(toks)))
                    sent_start = len(toks)
            if b >= len(body):
                break
            lo, hi = body[b]
        if tok.start < lo:
            continue
        toks.append(tok)
        sent_of.append(len(sents))
        if tok.norm in SENT_END:
            sents.append((sent_start, len(toks)))
            sent_start = len(toks)
    if len(toks) > sent_start:
        sents.append((sent_start, len(toks)))
    return Doc(article, gaz, nt, toks, sent_of, sents)
