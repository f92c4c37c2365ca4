"""``extract.rules.check`` reports every bad line of the data files as file:line: reason."""

from __future__ import annotations

import json
from pathlib import Path

from extract.gazetteer import load
from extract.rules import check, default_paths

GOOD = {"id": "x-test-group", "label": "Test Group", "labels": {"ar": "مجموعة الاختبار", "en": "Test Group"},
        "kind": "armed_group", "wikidata": None, "country": "SYR", "sector": "REB", "role": None,
        "names": {"ar": ["مجموعة الاختبار"], "en": ["Test Group"]},
        "valid_from": None, "valid_to": None, "source": "test"}


def test_shipped_data_is_valid() -> None:
    assert check(default_paths()) == []


def test_every_bad_line_is_reported(tmp_path: Path) -> None:
    gaz = tmp_path / "gazetteer"
    gaz.mkdir()
    lines = [
        json.dumps(GOOD, ensure_ascii=False),
        "{not json",
        json.dumps({**GOOD, "id": "x-b", "kind": "tribe"}),
        json.dumps({**GOOD, "id": "x-c", "source": ""}),
        json.dumps({**GOOD, "id": "Q5", "wikidata": None}),
        json.dumps({**GOOD, "id": "x-d", "valid_from": "2019"}),
        json.dumps(GOOD, ensure_ascii=False),
    ]
    (gaz / "mine.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    cues = tmp_path / "cues"
    cues.mkdir()
    (cues / "ar.tsv").write_text("# comment\nقال\tقال\tverb\tSTATE\t-\t0\nهدد\tهدد\tverb\tTHREATEN\tMENACE\t-1\n"
                                 "نفى\tنفى\tverb\n", encoding="utf-8")
    problems = check([tmp_path])
    path = gaz / "mine.jsonl"
    assert [p.split(": ", 1)[0] for p in problems] == [
        f"{cues / 'ar.tsv'}:3", f"{cues / 'ar.tsv'}:4",
        f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:5", f"{path}:6", f"{path}:7"]
    assert "MENACE" in problems[0] and "expected 6 tab-separated columns" in problems[1]
    assert "duplicate id 'x-test-group'" in problems[-1]
    assert "kind 'tribe'" in problems[3]


def test_user_files_extend_and_replace(tmp_path: Path) -> None:
    (tmp_path / "extra.jsonl").write_text(json.dumps(GOOD, ensure_ascii=False) + "\n", encoding="utf-8")
    gaz = load(extra=[tmp_path])
    assert gaz.get("x-test-group").label == "Test Group"
    assert gaz.get("Q142").label == "France"
    renamed = {**GOOD, "id": "Q142", "wikidata": "Q142", "kind": "state", "label": "Frankreich"}
    (tmp_path / "extra.jsonl").write_text(json.dumps(renamed, ensure_ascii=False) + "\n", encoding="utf-8")
    assert load(extra=[tmp_path]).get("Q142").label == "Frankreich"


def test_unknown_tsv_kind_is_reported(tmp_path: Path) -> None:
    (tmp_path / "whatever.tsv").write_text("a\tb\n", encoding="utf-8")
    assert check([tmp_path])[0].startswith(f"{tmp_path / 'whatever.tsv'}: unknown data file kind")


def test_user_cue_file_extends_the_lexicon(tmp_path: Path, monkeypatch) -> None:
    from extract.ar.lexicon import load_lexicon
    from extract.model import Article
    from extract.pipeline import extract

    (tmp_path / "cues").mkdir()
    (tmp_path / "cues" / "ar.tsv").write_text("غرد\tغرد|غردت\tverb\tSTATE\t-\t0\n", encoding="utf-8")
    article = Article("t", "وغرد ترامب أن الاتفاق سيئ.", "ar")
    assert extract(article).claims == ()
    monkeypatch.setenv("QAWL_RULES_PATH", str(tmp_path))
    load_lexicon.cache_clear()
    try:
        claims = extract(article).claims
        assert [(c.cue.text, c.content.text) for c in claims] == [("غرد", "الاتفاق سيئ")]
    finally:
        monkeypatch.delenv("QAWL_RULES_PATH")
        load_lexicon.cache_clear()
