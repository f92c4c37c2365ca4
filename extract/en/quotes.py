"""Quotation regions of English text: “…”, ‘…’, "…", ``…'' and «…».

Owns :func:`quote_regions`, which pairs opening and closing marks within a paragraph (a quote
left open at the end of a paragraph closes there, as in news style where a quote continues in
the next paragraph) and tells apostrophes from single quotes.
"""

from __future__ import annotations

import re

__all__ = ["quote_regions"]

_PAIRS = {"“": "”", "«": "»", "‘": "’", "„": "“", '"': '"', "``": "''", "''": "''"}
_MARKS = re.compile(r"``|''|[“”«»‘’„\"]")


def quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(open, close_end)`` offsets of every quotation in ``text[start:end]``, marks included."""
    out: list[tuple[int, int]] = []
    opening: tuple[int, str] | None = None  # (offset, the closing mark wanted)
    for m in _MARKS.finditer(text, start, end):
        mark, pos = m.group(), m.start()
        if opening is None:
            if mark == "”" and (pos == start or text[pos - 1].isspace()) and m.end() < end \
                    and text[m.end()].isalnum():
                opening = (pos, "”")  # a closing mark typed where the opening one belongs
                continue
            if mark not in _PAIRS:
                continue
            if mark == "‘" and pos > start and text[pos - 1].isalnum():
                continue  # an apostrophe written with the opening mark
            opening = (pos, _PAIRS[mark])
        elif mark == opening[1] or (
                {mark, opening[1]} == {"”", '"'} and pos > start and not text[pos - 1].isspace()
                and (m.end() >= end or not text[m.end()].isalnum())):
            # (a curly quotation closed with a straight mark, or the other way round)
            # a closing single quote inside a word is an apostrophe (don’t)
            if mark == "’" and m.end() < end and text[m.end()].isalpha():
                continue
            out.append((opening[0], m.end()))
            opening = None
    if opening is not None:
        out.append((opening[0], end))
    return out
