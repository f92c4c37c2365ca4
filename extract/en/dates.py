"""English date expressions near a cue or trigger, resolved against the publication date.

Owns :func:`find_date`: "on Tuesday", "yesterday", "last week", "March 3", "3 March 2016",
"on September 29" become "YYYY-MM-DD" when the article date (or the expression) gives the
year, "--MM-DD" when only month and day are known, else None. News reports the past, so a
weekday is the latest such day on or before publication.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

__all__ = ["find_date"]

_MONTHS = {m: i for i, ms in enumerate((
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
    "august aug", "september sep sept", "october oct", "november nov", "december dec"), 1)
    for m in ms.split()}
_DAYS = {d: i for i, d in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday".split())}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_PATTERNS = (
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
               re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH
               + r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b", re.I),
    re.compile(r"\b(?P<rel>today|yesterday|tonight|last night|last week|this week|"
               r"(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
               re.I),
)


# the patterns that need a day number (a digit) to match, and a digit
_DAY_NUMBER = (0, 1)
_DIGIT = re.compile(r"\d")

# a date expression contains one of these (month abbreviations cover the full names)
_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
         "day", "tonight", "last night", "week")


def _parse(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _resolve(m: re.Match, pub: date | None) -> str | None:
    g = m.groupdict()
    if g.get("rel"):
        rel = g["rel"].lower()
        if pub is None:
            return None
        if rel in ("today", "tonight", "this week"):
            return pub.isoformat()
        if rel in ("yesterday", "last night"):
            return (pub - timedelta(days=1)).isoformat()
        if rel == "last week":
            return (pub - timedelta(days=7)).isoformat()
        wd = _DAYS[rel.split()[-1]]
        back = (pub.weekday() - wd) % 7
        if rel.startswith("last") and back == 0:
            back = 7
        return (pub - timedelta(days=back)).isoformat()
    month = _MONTHS[g["mon"].lower().rstrip(".")]
    day = int(g["day"])
    if not 1 <= day <= 31:
        return None
    year = int(g["year"]) if g.get("year") else None
    if year is None and pub is not None:
        year = pub.year
        # "December 30" in a January article is last year's
        if (month, day) > (pub.month, pub.day) and month - pub.month > 6:
            year -= 1
    try:
        if year is None:
            date(2000, month, day)
            return f"--{month:02d}-{day:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str, start: int, end: int, *, published: str | None,
              anchor: int | None = None) -> str | None:
    """The date expression in ``text[start:end]`` nearest to ``anchor``, resolved."""
    best: tuple[int, str] | None = None
    level = None
    for n, pos, value in _matches(text[start:end], published):
        if level is not None and n != level:
            break  # an explicit month-day beats a weekday in the same stretch
        dist = abs(start + pos - anchor) if anchor is not None else pos
        if best is None or dist < best[0]:
            best, level = (dist, value), n
    return best[1] if best else None


@lru_cache(maxsize=512)
def _matches(stretch: str, published: str | None) -> tuple[tuple[int, int, str], ...]:
    """(pattern number, offset, resolved date) of every date expression in ``stretch``, by
    pattern; a sentence is scanned once however many claims and stances ask."""
    low = stretch.lower()
    if not any(k in low for k in _KEYS):
        return ()  # no month, weekday or relative day: most sentences
    pub = _parse(published)
    out = []
    numbered = _DIGIT.search(stretch) is not None
    for n, pat in enumerate(_PATTERNS):
        if n in _DAY_NUMBER and not numbered:
            continue  # no digit: no "March 3" or "3 March" (most sentences)
        for m in pat.finditer(stretch):
            if m.groupdict().get("mon") and m.group("mon").lower() == "may" \
                    and not m.group("mon")[0].isupper():
                continue  # the modal verb
            value = _resolve(m, pub)
            if value is not None:
                out.append((n if n < len(_PATTERNS) - 1 else -1, m.start(), value))
    return tuple(out)
