"""Text folding used only for matching in the evaluation (never for offsets).

Owns: ``fold`` (names: NFKD, no combining marks, casefold, no punctuation, squeezed
spaces), ``normalize_cue`` (reporting cues: camel-tools Arabic normalisation, tatweel and
diacritics removed, one leading و/ف removed) and ``tokens`` (the ``\\w+|[^\\w\\s]`` token
offsets the PolNeAR scorer counts).
"""

from __future__ import annotations

import re
import unicodedata

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

__all__ = ["fold", "normalize_arabic", "normalize_cue", "tokens"]

_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_TATWEEL = "\u0640"
# One conjunction glued to the cue ("وقال", "فأكد"); the rest must still be a word of its own.
_LEADING_CONJ = re.compile(r"^[وف](?=\w{3})")


def fold(text: str) -> str:
    """Fold a name for comparison: NFKD, drop combining marks, casefold, drop
    punctuation, squeeze spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(
        ch for ch in decomposed
        if not unicodedata.combining(ch) and not unicodedata.category(ch).startswith("P")
    )
    return _SPACES.sub(" ", kept.casefold()).strip()


def normalize_arabic(text: str) -> str:
    """camel-tools normalisation: alef forms, alef maksura, teh marbuta, diacritics,
    tatweel."""
    text = dediac_ar(text.replace(_TATWEEL, ""))
    return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(text)))


def normalize_cue(text: str) -> str:
    """A reporting cue as compared with a gold cue: Arabic-normalised, casefolded, outer
    punctuation and spaces trimmed, one leading و/ف removed from the first word."""
    text = _SPACES.sub(" ", normalize_arabic(unicodedata.normalize("NFC", text)).casefold())
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P")).strip()
    return _LEADING_CONJ.sub("", text)


def tokens(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` offsets of the tokens ``\\w+|[^\\w\\s]`` of ``text``."""
    return [m.span() for m in _TOKEN.finditer(text)]
