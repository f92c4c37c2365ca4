"""Quotation regions of English text: “…”, ‘…’, "…", ``…'' and «…».

Owns :func:`quote_regions`, which pairs opening and closing marks within a paragraph (a quote
left open at the end of a paragraph closes there, as in news style where a quote continues in
the next paragraph) and tells apostrophes from single quotes.
"""

from __future__ import annotations

__all__ = ["quote_regions"]

_PAIRS = {"“": "”", "«": "»", "‘": "’", "„": "“"}


def quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(open, close_end)`` offsets of every quotation in ``text[start:end]``, marks included."""
    out: list[tuple[int, int]] = []
    i = start
    while i < end:
        ch = text[i]
        if ch in _PAIRS or ch == '"' or text.startswith("``", i):
            if ch == "‘" and i > start and text[i - 1].isalnum():
                i += 1
                continue
            close = "''" if text.startswith("``", i) else _PAIRS.get(ch, '"')
            j = i + (2 if close == "''" else 1)
            while j < end:
                if text.startswith(close, j):
                    # a closing single quote inside a word is an apostrophe (don’t)
                    if close == "’" and j + 1 < end and text[j + 1].isalpha():
                        j += 1
                        continue
                    break
                j += 1
            stop = min(j + len(close), end)
            out.append((i, stop))
            i = stop
            continue
        i += 1
    return out
