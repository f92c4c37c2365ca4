"""Labels of persons the gazetteer does not know: conventional spellings of name words from
``data/patterns/names.ar.tsv``, al- for the article, long vowels inside words."""

from __future__ import annotations

import pytest

from extract.ar.titles import romanize
from tests.extract.helpers_ar import run


@pytest.mark.parametrize("arabic, english", [
    ("ناصر كنعاني", "Nasser Knani"),
    ("عبد الله الدردري", "Abdullah al-Drdri"),  # a two-word compound first
    ("محمد عبد السلام", "Mohammed Abdul Salam"),
    ("صلاح الدين الأيوبي", "Salah al-Din al-Ayubi"),
    ("أحمد أبو الغيط", "Ahmed Abu al-Ghit"),
    ("إبراهيم", "Ibrahim"),  # hamza forms normalised before the lookup
])
def test_romanize(arabic: str, english: str) -> None:
    assert romanize(arabic) == english


def test_new_person_gets_the_conventional_label_and_id() -> None:
    ex = run("وقال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن طهران ترفض العقوبات.",
             published="2023-01-10")
    person = next(a for a in ex.actors if a.kind == "person")
    assert (person.id, person.label, person.country) == ("x-nasser-knani", "Nasser Knani", "IRN")
    assert person.labels["ar"] == "ناصر كنعاني"
