"""Arabic normalisation for matching, with a map back to the original offsets.

Owns: ``normalize`` (camel-tools alef / alef-maksura / teh-marbuta normalisation, ``dediac_ar``,
tatweel removal, applied character by character so every normalised character remembers the
original index it came from), ``NormText`` (the normalised text plus its offset map and tokens)
and ``proclitic_variants`` (the stems a token may hide behind و ف ب ل ك ال and their
combinations). The original text is never rewritten; spans always go back through ``orig``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

__all__ = [
    "NormText",
    "Token",
    "enclitic_variants",
    "norm_word",
    "normalize",
    "particle_forms",
    "proclitic_variants",
]

TATWEEL = "\u0640"
TOKEN_RE = re.compile(r"\w+|[^\w\s]")


def _char_table() -> dict[int, str]:
    """Apply the camel-tools normalisers once to every Arabic code point (they are 1:1 or deletions)."""
    table: dict[int, str] = {}
    for cp in list(range(0x0600, 0x0700)) + list(range(0x0750, 0x0780)):
        ch = chr(cp)
        out = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(ch))))
        out = out.replace(TATWEEL, "")
        if out != ch:
            table[cp] = out
    # Typographic variants of punctuation that behave alike for matching.
    for ch in "“”«»„‟\"":
        table[ord(ch)] = '"'
    table[ord("’")] = "'"
    table[ord("‘")] = "'"
    return table


_TABLE = _char_table()
# The characters the table changes and the ones it deletes, as one-character-class patterns:
# a regex finds the few that occur faster than ``str.translate`` walks every character.
_CHANGED = {chr(cp): rep for cp, rep in _TABLE.items()}
_CHANGED_RE = re.compile("[" + "".join(re.escape(ch) for ch in _CHANGED) + "]")
_DELETED_RE = re.compile("[" + "".join(re.escape(ch) for ch, rep in _CHANGED.items() if not rep) + "]")


@dataclass(slots=True)  # not frozen: built for every word, and a frozen init costs twice as much
class Token:
    norm: str  # normalised form
    start: int  # offsets into the ORIGINAL text
    end: int
    i: int  # index in the token list
    nstart: int  # offset of the token in the normalised text


@dataclass(frozen=True, slots=True)
class NormText:
    """A normalised copy of ``text[offset:]`` for matching, with tokens in original offsets."""

    original: str
    norm: str
    orig: tuple[int, ...]  # orig[k] = original index of norm[k]; orig[len(norm)] = end
    tokens: tuple[Token, ...]

    def span(self, nstart: int, nend: int) -> tuple[int, int]:
        """Original offsets of the normalised range ``norm[nstart:nend]``."""
        if nend <= nstart:
            return self.orig[nstart], self.orig[nstart]
        return self.orig[nstart], self.orig[nend - 1] + 1


def normalize(text: str, *, start: int = 0, end: int | None = None) -> NormText:
    """Normalise ``text[start:end]``; offsets in the result refer to ``text`` itself."""
    end = len(text) if end is None else end
    part = text[start:end]
    # Every table entry maps one character to one or none, so the map is the kept indices:
    # the runs of characters between deleted ones.
    orig: list[int] = []
    k = start
    for m in _DELETED_RE.finditer(part):
        orig.extend(range(k, start + m.start()))
        k = start + m.end()
    orig.extend(range(k, end))
    orig.append(end)
    norm = _CHANGED_RE.sub(lambda m: _CHANGED[m.group()], part)
    toks = []
    for m in TOKEN_RE.finditer(norm):
        a, b = m.span()
        toks.append(Token(m.group(), orig[a], orig[b - 1] + 1, len(toks), a))
    return NormText(text, norm, tuple(orig), tuple(toks))


@lru_cache(maxsize=65536)
def norm_word(word: str) -> str:
    """The normalised form of a word or phrase (for dictionary keys)."""
    return " ".join(word.translate(_TABLE).split())


CONJ = ("و", "ف")
PREP = ("ب", "ل", "ك")


@lru_cache(maxsize=65536)
def proclitic_variants(tok: str) -> tuple[tuple[str, int], ...]:
    """Stems of ``tok`` after removing proclitics, with the number of characters removed.

    The token itself comes first. ``لل`` + X is read as ``ل`` + ``ال`` + X, so a stem that had its
    article swallowed gets it back (``للولايات`` -> ``الولايات``). Stems shorter than two letters
    are not offered.
    """
    out: dict[str, int] = {tok: 0}

    def add(stem: str, cut: int) -> None:
        if len(stem) >= 2 and stem not in out:
            out[stem] = cut

    rest, cut = tok, 0
    if len(rest) > 3 and rest[0] in CONJ:
        rest, cut = rest[1:], 1
        add(rest, cut)
    if len(rest) > 3 and rest.startswith("لل"):
        add("ال" + rest[2:], cut + 2)  # the span starts after the fused article
    elif len(rest) > 3 and rest[0] in PREP:
        add(rest[1:], cut + 1)
    return tuple(out.items())


ENCLITICS = ("هما", "هم", "ها", "ه", "كم", "نا")  # not ي: قتلى/قتلي is "casualties", not قتل + ي


@lru_cache(maxsize=65536)
def enclitic_variants(tok: str) -> tuple[str, ...]:
    """``tok`` and its stems without an attached pronoun (``نظيره`` -> ``نظير``)."""
    out = [tok]
    for enc in ENCLITICS:
        if tok.endswith(enc) and len(tok) - len(enc) >= 3:
            stem = tok[: -len(enc)]
            out.append(stem)
            if stem.endswith("ت"):  # teh marbuta surfaces as ت before a pronoun
                out.append(stem[:-1] + "ه")
    return tuple(out)


def particle_forms(tok: str) -> tuple[str, ...]:
    """``tok`` and, for short particles behind a conjunction (``ولم``, ``ولن``), the particle."""
    if len(tok) >= 3 and tok[0] in CONJ:
        return (tok, tok[1:])
    return (tok,)
