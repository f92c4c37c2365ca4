"""Builds with worker processes (``jobs > 1``) store exactly what a one-process build stores, in
input order, with the same failures, and refuse what a worker could not run."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from extract.errors import ExtractError
from extract.model import Article, Extraction
from extract.pipeline import extract
from graph.build import build
from graph.samples import SAMPLES_DIR
from graph.store import Store
from ontology import iris
from ontology.mapping import Run

RUN = Run(id="test-run", started="2026-01-01T00:00:00Z", version="test")


def extract_unless_marked(article: Article) -> Extraction:
    """The default extractor, failing on articles whose text says so (module level: picklable)."""
    if "FAIL-HERE" in article.text:
        raise ExtractError(article.id, "marked to fail")
    return extract(article)


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES_DIR, folder)
    (folder / "zz_empty.txt").write_bytes(b"")
    (folder / "zz_marked.txt").write_text("Macron said FAIL-HERE that France will act.", encoding="utf-8")
    return folder


def _dump(store: Store) -> dict[str, set[str]]:
    return {aid: {str(t) for t in store.graph_of(str(iris.article_graph_iri(aid)))}
            for aid in store.article_ids()}


def extract_noting_pid(article: Article) -> Extraction:
    with open(os.environ["QAWL_TEST_PIDS"], "a", encoding="utf-8") as f:
        f.write(f"{os.getpid()}\n")
    return extract(article)


def test_jobs_run_in_other_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pids = tmp_path / "pids"
    monkeypatch.setenv("QAWL_TEST_PIDS", str(pids))
    store = Store.open(tmp_path / "store")
    summary = build([SAMPLES_DIR], store=store, run=RUN, jobs=2, extract_fn=extract_noting_pid)
    seen = set(pids.read_text().split())
    assert summary.articles >= 6 and str(os.getpid()) not in seen and 1 <= len(seen) <= 2
    store.close()


def test_two_jobs_store_the_same_graphs_and_failures_as_one(tmp_path: Path) -> None:
    folder = _inputs(tmp_path)
    results = {}
    for jobs in (1, 2):
        store = Store.open(tmp_path / f"store{jobs}")
        done: list[tuple[int, str]] = []
        summary = build([folder], store=store, run=RUN, jobs=jobs, extract_fn=extract_unless_marked,
                        progress=lambda n, where: done.append((n, Path(where.split(":")[0]).name)))
        results[jobs] = (summary.to_dict(), summary.article_ids, done, _dump(store), store.count_triples())
        store.close()
    one, two = results[1], results[2]
    assert one[0]["articles"] >= 6 and len(one[0]["failures"]) == 2
    assert [Path(f["file"]).name for f in one[0]["failures"]] == ["zz_empty.txt", "zz_marked.txt"]
    assert one == two  # summary, order of ingest, progress, every triple of every article graph


def test_strict_build_with_jobs_stops_at_the_first_failure(tmp_path: Path) -> None:
    folder = _inputs(tmp_path)
    (folder / "aa_empty.txt").write_bytes(b"")  # sorts first
    store = Store.open(tmp_path / "store")
    summary = build([folder], store=store, run=RUN, jobs=2, strict=True)
    assert summary.articles == 0 and len(summary.failures) == 1
    assert store.article_ids() == []
    store.close()


def test_jobs_need_a_picklable_extractor(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store")
    with pytest.raises(ValueError, match="module level"):
        build([SAMPLES_DIR], store=store, jobs=2, extract_fn=lambda a: extract(a))
    with pytest.raises(ValueError, match="at least 1"):
        build([SAMPLES_DIR], store=store, jobs=0)
    store.close()
