"""The README's three questions, each one SPARQL file of graph/queries/, on the seed's graph.

Run against the hand-made seed extraction (always) and against the real pipeline's extraction
of the seed (when ``extract.pipeline`` is installed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from graph.build import build
from graph.query import run_query
from graph.store import Store
from tests.ontology.handmade import handmade_extraction

QUERIES = Path(__file__).resolve().parents[2] / "graph" / "queries"
HAVE_PIPELINE = importlib.util.find_spec("extract.pipeline") is not None


def _extract_fns():
    fns = [pytest.param(handmade_extraction, id="handmade")]
    if HAVE_PIPELINE:
        from extract.pipeline import extract

        fns.append(pytest.param(extract, id="pipeline"))
    return fns


@pytest.fixture(scope="module", params=_extract_fns())
def store(request, tmp_path_factory: pytest.TempPathFactory, seed_path: Path):
    s = Store.open(tmp_path_factory.mktemp("readme") / "store")
    summary = build([seed_path], store=s, extract_fn=request.param)
    assert summary.articles == 1, summary.failures
    yield s
    s.close()


def _ask(store: Store, name: str) -> list[dict]:
    return run_query(store, (QUERIES / name).read_text(encoding="utf-8")).records()


def test_who_called_on_whom_to_protect_the_sdf(store: Store) -> None:
    rows = _ask(store, "called_on_to_protect.rq")
    assert rows, "nobody called on anybody to protect the SDF"
    for row in rows:
        assert row["speakerLabel"] in ("Emmanuel Macron", "France")
        assert row["addresseeLabel"] in ("Vladimir Putin", "Russia")
        assert "حماية" in row["content"]
        assert row["title"] == "فرنسا تطلب من روسيا حماية “قسد” في سوريا"  # the source article
    [call] = [r for r in rows if r["cue"] == "دعا"]
    assert (call["speakerLabel"], call["addresseeLabel"]) == ("Emmanuel Macron", "Vladimir Putin")
    assert call["viaLabel"] == "France"  # «وفق بيان للرئاسة الفرنسية», the next sentence


def test_stances_against_the_islamic_state(store: Store, seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    rows = _ask(store, "stances_against_islamic_state.rq")
    assert rows
    for row in rows:
        assert row["holderLabel"] in ("Emmanuel Macron", "France", "Florence Parly")
        start, end = int(row["start"]), int(row["end"])
        assert text[start:end] == row["evidence"]
        assert row["trigger"] in row["evidence"]
    assert any("استمرار الحرب" in row["evidence"] for row in rows)


def test_macron_neighbourhood_at_depth_two(store: Store) -> None:
    rows = _ask(store, "macron_neighbourhood.rq")
    pairs = {(r["sourceLabel"], r["targetLabel"]) for r in rows}
    assert ("Emmanuel Macron", "Vladimir Putin") in pairs
    assert any("Islamic State" in p for p in pairs)
    labels = {label for pair in pairs for label in pair}
    assert "Emmanuel Macron" in labels and len(labels) >= 3
