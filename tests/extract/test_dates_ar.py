"""Arabic date expressions resolved against the publication date."""

from __future__ import annotations

import pytest

from extract.ar.dates import find_dates
from extract.ar.doc import make_doc
from extract.gazetteer import load_default
from extract.model import Article


def dates(text: str, published: str | None) -> list[str]:
    doc = make_doc(Article("t", text, "ar", published=published), load_default())
    return [h.value for h in find_dates(doc, 0, len(doc.toks))]


@pytest.mark.parametrize("text, published, expected", [
    ("جرى الاتصال الأربعاء 3 من كانون الثاني مع بوتين", None, ["--01-03"]),
    ("جرى الاتصال الأربعاء 3 من كانون الثاني مع بوتين", "2019-01-05", ["2019-01-03"]),
    # a January date read in December of the same year would be in the future: the year after
    ("في 3 يناير", "2018-12-30", ["2019-01-03"]),
    # a December date in a January article belongs to the previous year
    ("في 28 كانون الأول", "2019-01-05", ["2018-12-28"]),
    ("في 12 شباط 2017", None, ["2017-02-12"]),
    ("في 5 جانفي الماضي", "2020-03-01", ["2020-01-05"]),
    ("في 14 غشت", "2021-09-01", ["2021-08-14"]),
    ("في 9 من تشرين الأول", "2021-11-01", ["2021-10-09"]),
])
def test_day_month(text: str, published: str | None, expected: list[str]) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("وأعلنت فرنسا، الثلاثاء الماضي، إرسال مقاتلات", "2019-01-04", ["2019-01-01"]),  # a Friday
    ("وقال أمس إن", "2019-01-04", ["2019-01-03"]),
    ("وقال أمس إن", None, []),
    ("الثلاثاء الماضي", None, []),
    ("الأحد المقبل", "2019-01-04", ["2019-01-06"]),
])
def test_weekday_and_relative(text: str, published: str | None, expected: list[str]) -> None:
    assert dates(text, published) == expected


def test_claim_takes_the_date_of_its_sentence() -> None:
    from extract.pipeline import extract
    ex = extract(Article("t", "وقال وزير الخارجية التركي، الأحد 6 من كانون الثاني، إن بلاده ستتحرك.",
                         "ar", published="2019-01-08"))
    assert ex.claims[0].date == "2019-01-06"


@pytest.mark.parametrize("text, expected", [
    ("في الثالث من كانون الثاني", ["--01-03"]),
    ("في الحادي والعشرين من آذار", ["--03-21"]),
    ("في ٣ من أيار", ["--05-03"]),
])
def test_ordinal_and_eastern_digit_days(text: str, expected: list[str]) -> None:
    assert dates(text, None) == expected
