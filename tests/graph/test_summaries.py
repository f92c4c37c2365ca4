"""graph.summaries: stances per actor pair, type and month, on a real store."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from extract.model import Article
from graph.build import build
from graph.errors import UnknownActor
from graph.store import Store
from graph.summaries import stance_summary
from ontology.mapping import Run
from tests.ontology.handmade import handmade_extraction


def _dated(article: Article):
    x = handmade_extraction(article)
    s3 = dataclasses.replace(x.stances[2], date="2019-01-05")  # a full date wins over publication
    return dataclasses.replace(x, stances=x.stances[:2] + (s3,) + x.stances[3:])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, seed_path: Path):
    folder = tmp_path_factory.mktemp("in")
    record = {"id": "seed-copy", "text": seed_path.read_text(encoding="utf-8"), "published": "2018-12-20"}
    (folder / "feed.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    s = Store.open(tmp_path_factory.mktemp("sum") / "store")
    run = Run(id="r", started="2026-01-01T00:00:00Z", version="0.1.0")
    build([seed_path], store=s, extract_fn=handmade_extraction, run=run)
    build([folder], store=s, extract_fn=_dated, run=run)
    yield s
    s.close()


def test_counts_per_pair_type_and_month(store: Store) -> None:
    rows = stance_summary(store)
    key = {(r["holder"], r["target"], r["type"], r["month"]): r for r in rows}
    request = [r for r in rows if r["type"] == "REQUEST"]
    assert {r["month"] for r in request} == {None, "2018-12"}  # seed has no date; the copy has one
    assert all(r["count"] == 1 for r in request)
    assert key[("Q3052772", "Q2429253", "MOBILIZE", "2019-01")]["count"] == 1
    assert key[("Q3052772", "Q2429253", "MOBILIZE", None)]["polarity"] == -1
    assert not [r for r in rows if r["type"] == "THREATEN"]  # the negated stance


def test_negated_and_actor_filter(store: Store) -> None:
    assert any(r["type"] == "THREATEN" for r in stance_summary(store, negated=True))
    putin = stance_summary(store, actor="Q7747")
    assert putin and all("Q7747" in (r["holder"], r["target"]) for r in putin)
    assert sum(r["count"] for r in putin) == 2
    with pytest.raises(UnknownActor):
        stance_summary(store, actor="Q1")
