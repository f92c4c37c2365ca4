"""Normalisation keeps a map back to the original offsets; clitic variants."""

from __future__ import annotations

import pytest

from extract.arabic import enclitic_variants, norm_word, normalize, proclitic_variants


@pytest.mark.parametrize("text", [
    "وأكّد الرئيسُ الفرنسيّ أنَّ “قسد” حليفة",
    "إلى مستشفـــى المدينة، قالت الوزيرة",
    "abc إيمانويل ماكرون (AFP) ١٢٣",
])
def test_offset_map_points_back_to_original(text: str) -> None:
    nt = normalize(text)
    assert len(nt.orig) == len(nt.norm) + 1
    for k, ch in enumerate(nt.norm):
        # every normalised character comes from an original character that normalises to it
        assert norm_word(text[nt.orig[k]]) in (ch, ch.strip()) or ch == '"'
    for tok in nt.tokens:
        assert norm_word(text[tok.start:tok.end]).replace(" ", "") == tok.norm


def test_normalisation_folds_alef_ya_teh_marbuta_diacritics_tatweel() -> None:
    assert norm_word("إلى") == norm_word("الى") == "الي"
    assert norm_word("السوريّة") == "السوريه"
    assert norm_word("مستشفـــى") == "مستشفي"
    assert norm_word("أنقرة") == "انقره"


def test_span_maps_a_normalised_range_to_original_offsets() -> None:
    text = "قالَ مـاكرون"
    nt = normalize(text)
    k = nt.norm.index("ماكرون")
    start, end = nt.span(k, k + len("ماكرون"))
    assert text[start:end] == "مـاكرون"


@pytest.mark.parametrize("token, stem, cut", [
    ("وفرنسا", "فرنسا", 1),
    ("بفرنسا", "فرنسا", 1),
    ("وبالحرب", "الحرب", 2),
    ("للولايات", "الولايات", 2),
    ("فالتنظيم", "التنظيم", 1),
])
def test_proclitic_variants(token: str, stem: str, cut: int) -> None:
    variants = dict(proclitic_variants(norm_word(token)))
    assert variants[norm_word(stem)] == cut


def test_short_words_keep_their_first_letter() -> None:
    assert dict(proclitic_variants("ولد")) == {"ولد": 0}
    assert dict(proclitic_variants("بلد")) == {"بلد": 0}


def test_enclitic_variants() -> None:
    assert "نظير" in enclitic_variants("نظيره")
    assert enclitic_variants("قوات") == ("قوات",)
    assert "قوات" in enclitic_variants("قواتها")
    assert "دعوه" in enclitic_variants("دعوتها")
