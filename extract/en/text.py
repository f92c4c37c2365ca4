"""English text units with offsets: tokens, sentences and paragraphs.

Owns the one tokeniser the English extractor uses. Nothing here rewrites the text: every
token, sentence and paragraph is a pair of offsets into ``Article.text`` (code points), and
the lower-cased form of a token is kept only for matching.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

__all__ = ["Sentence", "Token", "paragraphs", "sentences", "token_at", "token_from", "tokenize"]

# Words (with inner hyphens, apostrophes, dots of abbreviations such as U.S. or U.N.),
# numbers with separators, possessive endings, then single punctuation characters.
_TOKEN = re.compile(
    # fast paths, matching just what the alternatives below match there: a word of two or
    # more ASCII letters that no word character, apostrophe, hyphen or '&' follows, and a
    # punctuation mark that no longer alternative starts with
    r"[A-Za-z]{2,}(?![\w'’&-])|[,;:()!?“”]"
    r"|(?:[A-Z]\.){2,}(?![A-Za-z])"         # U.S.  U.N.  U.A.E.
    r"|[A-Z]-[A-Z][a-z]{0,3}\.(?:[A-Z]\.)?(?=[),])"  # party-state: (D-N.Y.)  (R-Ga.),
    r"|\d+(?:[.,:]\d+)*"                  # 1,000  5.0  10:30
    r"|\w+(?=n['’]t\b)|n['’]t\b"           # did|n't
    r"|\w+s['’](?=\s+[a-z])"              # plural possessive: veterans' families
    r"|(?i:he|she|it|they|we|you|i|who)(?=['’](?:d|ll|ve|re|m)\b)"  # they|'ve  he|'d  I|'m
    r"|\w+(?:[-&]\w+|['’](?![sS]\b)(?=\w\w)\w+)*"  # words, O'Neill, hyphens
    r"|[’'](?:s|S)\b"                      # possessive ending
    r"|[’'](?:d|ll|ve|re|m|D|LL|VE|RE|M)\b"  # the clitic half: 've 'd 'll 're 'm
    r"|``|''|\.\.\.|--|[^\w\s]"
)
# the same tokens, each with the white space before it (group 1 is the token): white space is
# passed over in one step instead of trying every alternative at each space
_SPACED = re.compile(r"\s*+(" + _TOKEN.pattern + ")")
_ABBREV = frozenset(
    "mr mrs ms dr gen lt col maj capt sgt sen rep gov st jr sr prof rev adm cmdr pres "
    "jan feb mar apr aug sep sept oct nov dec no vs inc corp ltd co dept mt ft".split()
)
_OPEN_QUOTES = frozenset("“‘\"'«`")


@dataclass(slots=True, eq=False)  # not frozen: made once per word, where creation time counts
class Token:
    start: int
    end: int
    text: str
    low: str
    cap: bool  # starts with an upper-case letter


def token_at(toks: tuple[Token, ...], pos: int, *, end: bool = False) -> int | None:
    """Index of the token of ``toks`` that starts at offset ``pos`` (that ends there, with
    ``end``), else None."""
    if end:
        n = bisect_left(toks, pos, key=lambda t: t.end)
        return n if n < len(toks) and toks[n].end == pos else None
    n = bisect_left(toks, pos, key=lambda t: t.start)
    return n if n < len(toks) and toks[n].start == pos else None


def token_from(toks: tuple[Token, ...], pos: int) -> int | None:
    """Index of the first token of ``toks`` that starts at or after offset ``pos``, else None."""
    n = bisect_left(toks, pos, key=lambda t: t.start)
    return n if n < len(toks) else None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]
    paragraph: int
    headline: bool = False  # a Title Case first line: capitals do not mark names there


def _title_case(toks: list[Token]) -> bool:
    """Whether most longer words of a line are capitalised ("Obama Says Museum Will Tell")."""
    words = [t for t in toks if len(t.text) > 3 and t.text.isalpha()]
    return len(words) >= 3 and sum(t.cap for t in words) >= 0.75 * len(words)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    low = text[start:end].lower().replace("’", "'")
    if len(low) != end - start:  # a character whose lower case is longer: word by word
        return [Token(m.start(), m.end(), m.group(), m.group().lower().replace("’", "'"),
                      m.group()[:1].isupper()) for m in _TOKEN.finditer(text, start, end)]
    spans = [m.span(1) for m in _SPACED.finditer(text, start, end)]
    if start:
        return [Token(a, b, text[a:b], low[a - start:b - start], text[a].isupper())
                for a, b in spans]
    return [Token(a, b, text[a:b], low[a:b], text[a].isupper()) for a, b in spans]


def paragraphs(text: str, body: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
    """Paragraph spans: runs of non-empty lines separated by a line break."""
    regions = body or ((0, len(text)),)
    out = []
    for rs, re_ in regions:
        for m in re.finditer(r"[^\n]+", text[rs:re_]):
            s, e = rs + m.start(), rs + m.end()
            if text[s:e].strip():
                out.append((s, e))
    return out


_STOPS = frozenset({".", "!", "?"})


def _ends_sentence(tokens: list[Token], i: int) -> bool:
    t = tokens[i]
    if t.text not in _STOPS:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None:
        return True
    # closing quotes after the full stop belong to this sentence
    j = i + 1
    while j < len(tokens) and tokens[j].text in {"”", "’", '"', "'", "''", ")"}:
        j += 1
    if j >= len(tokens):
        return True
    nxt = tokens[j]
    if not (nxt.cap or nxt.text in _OPEN_QUOTES or nxt.text[:1].isdigit()):
        return False
    if t.text == "." and i > 0:
        prev = tokens[i - 1]
        if prev.end == t.start and (prev.low in _ABBREV or (len(prev.text) == 1 and prev.cap)):
            return prev.low == "no" and not nxt.text[:1].isdigit()  # "No. 2" but "said no."
    return True


def sentences(text: str, body: tuple[tuple[int, int], ...] = ()) -> list[Sentence]:
    """Sentences of every paragraph, in text order."""
    out: list[Sentence] = []
    for p, (ps, pe) in enumerate(paragraphs(text, body)):
        toks = tokenize(text, ps, pe)
        headline = p == 0 and _title_case(toks)
        begin = 0
        for i in range(len(toks)):
            if toks[i].text in _STOPS and _ends_sentence(toks, i):
                j = i + 1
                while j < len(toks) and toks[j].text in {"”", "’", '"', "'", "''", ")"} \
                        and toks[j].start == toks[j - 1].end:
                    j += 1
                if j > begin:
                    part = toks[begin:j]
                    out.append(Sentence(part[0].start, part[-1].end, tuple(part), p, headline))
                begin = j
        if begin < len(toks):
            part = toks[begin:]
            out.append(Sentence(part[0].start, part[-1].end, tuple(part), p, headline))
    return out
