"""Arabic date expressions, resolved against the publication date.

Owns ``find_dates(doc, t0, t1) -> list[DateHit]``: ``[weekday] [day] [من] month [year]`` with
Levantine/Iraqi, Egyptian/Gulf and Maghrebi month names (``الأربعاء 3 من كانون الثاني``),
``weekday [الماضي|المقبل]`` and relative words (``أمس``, ``اليوم``). A day and month without a
year take the publication year (the year before when that would put the date well after
publication); with no publication date they stay ``--MM-DD``; a date more than ~10 months before publication is read as next year's.
Weekdays and relative words need
the publication date and give nothing without it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from extract.ar.doc import Doc
from extract.ar.lexicon import Lexicon, load_lexicon
from extract.arabic import proclitic_variants

__all__ = ["DateHit", "find_dates", "resolve_day_month", "resolve_weekday", "sentence_dates"]


@dataclass(frozen=True, slots=True)
class DateHit:
    t0: int
    t1: int
    value: str  # YYYY-MM-DD or --MM-DD


def _pub(doc: Doc) -> dt.date | None:
    try:
        return dt.date.fromisoformat(doc.article.published) if doc.article.published else None
    except ValueError:
        return None


def resolve_day_month(day: int, month: int, year: int | None, published: dt.date | None) -> str | None:
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if year is None and published is not None:
        year = published.year
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        if d > published + dt.timedelta(days=31):
            year -= 1  # a past event late in the previous year
        elif d < published - dt.timedelta(days=300):
            year += 1  # an upcoming event early in the next year
    if year is None:
        return f"--{month:02d}-{day:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def resolve_weekday(weekday: int, published: dt.date | None, *, direction: int = -1) -> str | None:
    """The ``weekday`` (Monday=1) on or before (``direction`` -1) / after (+1) publication."""
    if published is None:
        return None
    delta = (published.isoweekday() - weekday) % 7
    if direction > 0:
        delta = -((weekday - published.isoweekday()) % 7 or 7)
    return (published - dt.timedelta(days=delta)).isoformat()


def _month_at(doc: Doc, lex: Lexicon, i: int) -> tuple[int, int] | None:
    toks = doc.toks
    for stem, _ in proclitic_variants(toks[i].norm):
        for words, month in lex.months.get(stem, ()):
            if all(i + k < len(toks) and toks[i + k].norm == w for k, w in enumerate(words[1:], 1)):
                return i + len(words), month
    return None


def _day_at(doc: Doc, lex: Lexicon, i: int, t1: int) -> tuple[int, int] | None:
    """A day of the month at ``i``: digits (3, ٣) or an ordinal (الثالث، الحادي والعشرين)."""
    toks = doc.toks
    if i >= t1:
        return None
    w = toks[i].norm
    if w.isdigit() and len(w) <= 2:
        return i + 1, int(w)
    for stem, _ in proclitic_variants(w):
        for words, day in lex.days.get(stem, ()):
            if all(i + k < t1 and toks[i + k].norm == x for k, x in enumerate(words[1:], 1)):
                return i + len(words), day
    return None


def _may_open(lex: Lexicon, w: str) -> bool:
    """Can a date expression start with the word ``w`` (a weekday, a day or a relative word)?"""
    return (w.isdigit() and len(w) <= 2) or any(
        stem in lex.weekdays or stem in lex.days or stem in lex.relative
        for stem, _ in proclitic_variants(w))


def find_dates(doc: Doc, t0: int, t1: int, *, lexicon: Lexicon | None = None) -> list[DateHit]:
    lex = lexicon or load_lexicon()
    toks = doc.toks
    pub = _pub(doc)
    hits: list[DateHit] = []
    openers = lex.memo("date_openers")
    i = t0
    while i < t1:
        w = toks[i].norm
        opens = openers.get(w)
        if opens is None:
            opens = openers[w] = _may_open(lex, w)
        if not opens:
            i += 1
            continue
        start = i
        weekday = None
        for stem, _ in proclitic_variants(w):
            if stem in lex.weekdays:
                weekday = lex.weekdays[stem]
                i += 1
                break
        day_hit = _day_at(doc, lex, i, t1)
        if day_hit is not None:
            j, day = day_hit
            if j < t1 and toks[j].norm == "من":
                j += 1
            mm = _month_at(doc, lex, j) if j < t1 else None
            if mm:
                j, month = mm
                year = None
                if j < t1 and toks[j].norm.isdigit() and len(toks[j].norm) == 4:
                    year = int(toks[j].norm)
                    j += 1
                value = resolve_day_month(day, month, year, pub)
                if value:
                    hits.append(DateHit(start, j, value))
                i = j
                continue
        if weekday is not None:
            direction = 1 if i < t1 and toks[i].norm in ("المقبل", "القادم") else -1
            value = resolve_weekday(weekday, pub, direction=direction)
            if value:
                end = i + 1 if i < t1 and toks[i].norm in ("الماضي", "المقبل", "القادم") else i
                hits.append(DateHit(start, end, value))
            continue
        for stem, _ in proclitic_variants(w):
            rel = next((r for r in lex.relative.get(stem, ())
                        if all(i + k < t1 and toks[i + k].norm == x for k, x in enumerate(r[0][1:], 1))),
                       None)
            if rel and pub is not None:
                hits.append(DateHit(i, i + len(rel[0]), (pub + dt.timedelta(days=rel[1])).isoformat()))
                i += len(rel[0]) - 1
                break
        i += 1
    return hits


def sentence_dates(doc: Doc, sent: int, *, lexicon: Lexicon | None = None) -> dict[int, DateHit]:
    """The date expressions of sentence ``sent`` by start token, found once per document and
    shared by the claims and the stances."""
    hits = doc.date_hits.get(sent)
    if hits is None:
        s0, s1 = doc.sents[sent]
        hits = doc.date_hits[sent] = {h.t0: h for h in find_dates(doc, s0, s1, lexicon=lexicon)}
    return hits
