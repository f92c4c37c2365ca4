"""Golden cases other than the seed: each folder under ``tests/golden/`` holding an ``article.txt``
(with ``meta.json``: lang, published) and its expected ``extraction.json`` and ``graph.trig``.

The extraction must equal the JSON; the graph built with a fixed run must equal the TriG by
isomorphism, per named graph. After a deliberate change, regenerate with
``QAWL_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/golden/test_cases.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyoxigraph as ox
import pytest

from extract.model import Article
from extract.pipeline import extract
from graph.build import build
from graph.store import Store
from ontology import iris
from ontology.mapping import Run
from ontology.namespace import PREFIXES
from tests.golden.kit import assert_same_graphs, graphs

HERE = Path(__file__).resolve().parent
CASES = sorted(p.parent for p in HERE.glob("*/article.txt"))
RUN = Run(id="golden", started="2019-01-03T00:00:00Z", version="golden")
REGEN = os.environ.get("QAWL_REGEN_GOLDEN") == "1"


def _article(case: Path) -> Article:
    meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    return Article(id=case.name, text=(case / "article.txt").read_text(encoding="utf-8"),
                   lang=meta["lang"], published=meta.get("published"))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_extraction_matches_golden(case: Path) -> None:
    got = extract(_article(case)).to_dict()
    golden = case / "extraction.json"
    if REGEN:
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    for part in ("article", "actors", "claims", "stances"):
        assert got[part] == expected[part], part


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_graph_matches_golden(case: Path, tmp_path: Path) -> None:
    article = _article(case)
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": article.id, "text": article.text, "lang": article.lang,
                                  "published": article.published}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    store = Store.open(tmp_path / "store")
    summary = build([source], store=store, extract_fn=extract, run=RUN)
    assert summary.failures == [] and summary.articles == 1
    keep = {str(iris.article_graph_iri(article.id)), str(iris.ACTORS_GRAPH)}
    quads = sorted((q for q in store.inner if isinstance(q.graph_name, ox.NamedNode)
                    and q.graph_name.value in keep), key=lambda q: (q.graph_name.value, str(q)))
    store.close()
    golden = case / "graph.trig"
    if REGEN:
        golden.write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES))
    assert_same_graphs(graphs(ox.parse(golden.read_bytes(), format=ox.RdfFormat.TRIG)), graphs(quads))


def test_english_has_a_golden_case_beside_the_arabic_seed() -> None:
    assert "en" in {json.loads((c / "meta.json").read_text(encoding="utf-8"))["lang"] for c in CASES}
