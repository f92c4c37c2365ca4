"""Boilerplate removal: which lines of an article are its body.

Owns ``classify_lines(text) -> list[Line]`` (every line with its offsets and a label: body,
caption, boilerplate or blank) and ``body_spans(text)`` (the body as ``((start, end), ...)``
offsets into the original text). The decision uses general line features, not site templates:
known furniture vocabulary (``data/boilerplate/furniture.tsv``) on short lines, length in words,
sentence punctuation, and position (the first line is the title; a short line is body only when
body lines surround it, so footers of short lines fall away).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.arabic import norm_word
from extract.datafiles import data_files, read_tsv

__all__ = ["Line", "body_spans", "classify_lines"]

LONG_WORDS = 12  # a line this long with sentence punctuation reads as running text
FURNITURE_MAX_WORDS = 20  # furniture vocabulary only condemns lines shorter than this
SENTENCE_PUNCT = re.compile(r"[.!?؟،,:;؛]")
WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Line:
    n: int  # 0-based line number
    start: int
    end: int  # excluding the newline
    label: str  # "body" | "caption" | "boilerplate" | "blank"


@lru_cache(maxsize=1)
def _furniture() -> tuple[tuple[str, ...], tuple[str, ...]]:
    caption: list[str] = []
    boiler: list[str] = []
    for path in data_files("boilerplate/furniture.tsv"):
        for _, row in read_tsv(path, "furniture"):
            if isinstance(row, list):
                (caption if row[0] == "caption" else boiler).append(norm_word(row[1]).casefold())
    return tuple(caption), tuple(boiler)


def _has(phrases: tuple[str, ...], norm: str) -> bool:
    return any(p in norm for p in phrases)


CLOSING_MIN_WORDS = 4
SENTENCE_END = re.compile(r"[.!?؟][\"'”’»)\]]*\s*$")


def _is_sentence(line: str) -> bool:
    """A line of a few words that ends as a sentence does."""
    return len(WORD.findall(line)) >= CLOSING_MIN_WORDS and bool(SENTENCE_END.search(line))


def classify_lines(text: str) -> list[Line]:
    """Label every line of ``text``."""
    raw: list[tuple[int, int]] = []
    pos = 0
    for part in text.split("\n"):
        raw.append((pos, pos + len(part)))
        pos += len(part) + 1
    caption, boiler = _furniture()
    labels: list[str] = []
    first_text = True
    for start, end in raw:
        line = text[start:end].strip()
        words = len(WORD.findall(line))
        short = words < FURNITURE_MAX_WORDS  # only short lines are judged by their vocabulary
        norm = norm_word(line).casefold() if short else ""
        if not line:
            labels.append("blank")
        elif short and _has(caption, norm):
            labels.append("caption")
        elif short and _has(boiler, norm):
            labels.append("boilerplate")
        elif words == 0:
            labels.append("boilerplate")  # symbols only (×, ···)
        elif first_text:
            labels.append("body")  # the title
        elif words >= LONG_WORDS and SENTENCE_PUNCT.search(line):
            labels.append("body")
        else:
            labels.append("short")
        if line:
            first_text = False
    # A short line is body (a subheading, a one-line paragraph) between body lines, or when it
    # closes the running text as a sentence of its own ("«…»، قال لافروف." after the last
    # paragraph); other short lines after the text are footers.
    nonblank = [i for i, lab in enumerate(labels) if lab != "blank"]
    for k, i in enumerate(nonblank):
        if labels[i] != "short":
            continue
        prev_body = k > 0 and labels[nonblank[k - 1]] == "body"
        nxt = next((labels[j] for j in nonblank[k + 1:] if labels[j] != "short"), None)
        closing = prev_body and _is_sentence(text[raw[i][0]:raw[i][1]])
        labels[i] = "body" if prev_body and (nxt == "body" or closing) else "boilerplate"
    return [Line(n, s, e, lab) for n, ((s, e), lab) in enumerate(zip(raw, labels))]


def body_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets of the body lines, whitespace trimmed."""
    out = []
    for line in classify_lines(text):
        if line.label == "body":
            s, e = line.start, line.end
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append((s, e))
    return tuple(out)
