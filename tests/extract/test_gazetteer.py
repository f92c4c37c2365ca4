"""The gazetteer: shipped data is reproducible from its sources, offices by date, lookups."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.data.build_gazetteer import OUT, ar_demonym_forms, build_states, derived_nisba
from extract.en.gazindex import Entry as EnEntry
from extract.gazetteer import Office, in_term, load_default

SOURCES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "gazetteer"


@pytest.mark.skipif(not SOURCES.is_dir(), reason="the shared gazetteer sources are not here")
def test_states_jsonl_is_what_the_generator_makes() -> None:
    shipped = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert build_states(SOURCES) == shipped


def test_demonym_forms() -> None:
    assert ar_demonym_forms("فرنسي") == [
        "فرنسي", "فرنسية", "فرنسيون", "فرنسيين", "فرنسيات",
        "الفرنسي", "الفرنسية", "الفرنسيون", "الفرنسيين", "الفرنسيات"]


def test_derived_nisba_follows_the_regular_rule() -> None:
    assert derived_nisba("روسيا") == "روسي"
    assert derived_nisba("السودان") == "سوداني"
    assert derived_nisba("فرنسا") == "فرنسي"
    assert derived_nisba("كوريا الجنوبية") is None  # several words: curated, not derived
    assert derived_nisba("مالي") is None  # a name ending in ي has no regular nisba


def test_states_without_curated_demonyms_get_derived_ones() -> None:
    gaz = load_default()
    somalia = gaz.state("SOM")
    assert "الصوماليين" in somalia.demonyms["ar"]
    assert "derived" in somalia.source
    assert not gaz.state("MLI").demonyms["ar"]  # مالي is also "financial"


def test_every_state_has_wikidata_and_names() -> None:
    gaz = load_default()
    states = [e for e in gaz if e.kind == "state"]
    assert len(states) > 200
    assert all(e.wikidata and e.id == e.wikidata and e.names.get("ar") for e in states)
    assert gaz.get("Q43").label == "Turkey" and "أنقرة" in gaz.get("Q43").metonyms["ar"]


@pytest.mark.parametrize("role, country, date, label", [
    ("head of state", "USA", "2019-06-01", "Donald Trump"),
    ("head of state", "USA", "2022-06-01", "Joe Biden"),
    ("head of state", "USA", "2025-06-01", "Donald Trump"),
    ("head of state", "RUS", "2010-01-01", "Dmitry Medvedev"),
    ("head of government", "RUS", "2010-01-01", "Vladimir Putin"),
    ("foreign minister", "TUR", "2015-08-28", "Feridun Sinirlioğlu"),  # a caretaker of three months
    ("foreign minister", "TUR", "2015-11-24", "Mevlut Cavusoglu"),  # the end day is the successor's
    ("interior minister", "FRA", "2026-01-10", "Laurent Nuñez"),
])
def test_office_holders_by_date(role: str, country: str, date: str, label: str) -> None:
    assert [e.label for e in load_default().holders(role, country, date)] == [label]


@pytest.mark.parametrize("date, held", [
    ("2017-05-13", False), ("2017-05-14", True), ("2020-01-01", True),
    ("2022-05-20", False), ("2022-05-21", False), (None, False),
])
def test_a_term_is_the_same_in_both_languages(date, held) -> None:
    # The end day belongs to the successor, for the Arabic and the English extractor alike.
    assert in_term("2017-05-14", "2022-05-20", date) is held
    assert Office("foreign minister", "FRA", "2017-05-14", "2022-05-20").holds(date) is held
    en = EnEntry("x-a", "A", "person", valid_from="2017-05-14", valid_to="2022-05-20")
    assert en.valid_on(date) is held
