"""graph.projection kept in step with a real on-disk store: the projection gives the same
neighbourhoods and summaries as SPARQL over the article graphs (the reference), after builds,
a replaced and a removed article, a lost or damaged projection file, opaque writes, and an
ingest that fails or crashes half way."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from itertools import product
from pathlib import Path

import pytest

from graph.build import build
from graph.errors import StoreError
from graph.neighbourhood import neighbourhood
from graph.projection import FILE_NAME, Projection, derive
from graph.samples import SAMPLES_DIR
from graph.serving import filtered_neighbourhood, run_update
from graph.store import Store
from graph.summaries import stance_summary
from ontology import iris

REPLACED = {"id": "en-un-aid-idlib", "lang": "en", "published": "2019-06-02",
            "title": "Russia denies strikes",
            "text": "Russia denies strikes\n\nRussia denied that its aircraft had targeted "
                    "civilians in Idlib. The Kremlin said the strikes hit militants of Hayat "
                    "Tahrir al-Sham.\n\nTurkey urged Russia to uphold the ceasefire agreement."}
REMOVED = "ar_lavrov_astana"
FILTERS = [
    {},
    {"types": ["REQUEST", "THREATEN"]},
    {"types": ["speaksAbout"]},
    {"types": ["addresses", "ASSAULT", "ACCUSE"]},
    {"since": date(2019, 5, 1)},
    {"until": date(2019, 5, 8)},
    {"since": date(2019, 1, 3), "until": date(2019, 5, 8)},
    {"min_confidence": 0.65},
    {"min_confidence": 0.7, "since": date(2019, 1, 1), "types": ["speaksAbout", "REQUEST"]},
]


def _build_samples(folder: Path) -> Store:
    store = Store.open(folder / "store")
    first = build([SAMPLES_DIR], store=store)
    assert first.failures == [] and first.articles == 6
    replaced = folder / "replaced.jsonl"
    replaced.write_text(json.dumps(REPLACED) + "\n", encoding="utf-8")
    again = build([replaced], store=store)
    assert again.failures == [] and again.articles == 1
    assert store.remove_article(REMOVED)
    return store


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples built once into a closed store folder, copied by the tests that write."""
    folder = tmp_path_factory.mktemp("projection")
    _build_samples(folder).close()
    return folder / "store"


@pytest.fixture(scope="module")
def store(template: Path):
    s = Store.open(template, read_only=True)
    yield s
    s.close()


@pytest.fixture
def copy(template: Path, tmp_path: Path):
    """A factory: a writable copy of the samples store in ``tmp_path / "store"``."""
    def make() -> Store:
        shutil.copytree(template, tmp_path / "store")
        return Store.open(tmp_path / "store")
    return make


def _actors(store: Store) -> list[str]:
    rows = store.query("SELECT DISTINCT ?id WHERE { GRAPH ?g { ?a a qawl:Actor ; "
                       "dcterms:identifier ?id } }")
    return sorted(r["id"].value for r in rows)


def _tables(projection: Projection) -> tuple[list, list]:
    items = projection.conn.execute("SELECT * FROM items").fetchall()
    counts = projection.conn.execute("SELECT * FROM stance_counts").fetchall()
    return sorted(items, key=repr), sorted(counts, key=repr)


def _same_everywhere(store: Store, filters_tried: list[dict] = FILTERS[:2]) -> int:
    """Assert both engines agree for every actor, depth and filter; the number of edges seen."""
    edges = 0
    busiest = sorted(_actors(store), key=lambda a: -len(neighbourhood(store, a)["edges"]))[:8]
    for actor, depth in product(_actors(store), (1, 2)):
        for filters in filters_tried if actor in busiest else FILTERS[:1]:
            reference = filtered_neighbourhood(store, actor, depth=depth, engine="sparql", **filters)
            assert filtered_neighbourhood(store, actor, depth=depth, **filters) == reference, \
                (actor, depth, filters)
            edges += len(reference["edges"])
        assert neighbourhood(store, actor, depth=depth) == \
            neighbourhood(store, actor, depth=depth, engine="sparql")
    for actor, negated in product([None, *_actors(store)], (False, True)):
        assert stance_summary(store, actor=actor, negated=negated) == \
            stance_summary(store, actor=actor, negated=negated, engine="sparql"), (actor, negated)
    return edges


def test_the_projection_follows_the_replaced_and_removed_articles(store: Store) -> None:
    items = store.projection().conn.execute("SELECT DISTINCT article FROM items").fetchall()
    assert sorted(a for (a,) in items) == sorted(set(store.article_ids()) - {REMOVED})
    assert REMOVED not in store.article_ids()
    days = store.projection().conn.execute(
        "SELECT DISTINCT day FROM items WHERE article = 'en-un-aid-idlib'").fetchall()
    assert days == [("2019-06-02",)]  # the replacement's date, none of the old article's


def test_both_engines_give_the_same_neighbourhoods_and_summaries(store: Store) -> None:
    assert len(_actors(store)) > 20
    assert _same_everywhere(store, FILTERS) > 300
    depth2 = neighbourhood(store, "Q858", depth=2)
    assert len(depth2["nodes"]) > len(neighbourhood(store, "Q858", depth=1)["nodes"]) > 3
    summary = stance_summary(store)
    assert {r["month"] for r in summary} >= {None, "2019-01", "2019-06"}
    assert len(stance_summary(store, negated=True)) > len(summary) or \
        sum(r["count"] for r in stance_summary(store, negated=True)) > sum(r["count"] for r in summary)


def test_rows_kept_at_ingest_equal_a_rebuild(store: Store, tmp_path: Path) -> None:
    kept = _tables(store.projection())
    fresh = Projection.open(None)
    fresh.rebuild(store.inner, store.generation())
    assert _tables(fresh) == kept and len(kept[0]) > 40 and len(kept[1]) > 5


def test_a_deleted_or_damaged_projection_file_is_rebuilt(copy, tmp_path: Path) -> None:
    store = copy()
    expected = _tables(store.projection())
    answer = neighbourhood(store, "Q858", depth=2)
    store.close()
    file = tmp_path / "store" / FILE_NAME
    assert file.exists()
    for damage in (file.unlink, lambda: file.write_bytes(b"this is no database " * 100)):
        damage()
        with Store.open(tmp_path / "store") as reopened:
            assert neighbourhood(reopened, "Q858", depth=2) == answer
            assert _tables(reopened.projection()) == expected
            assert reopened.projection().generation() == reopened.generation() != ""
        assert file.exists()


def test_a_projection_older_than_the_store_is_rebuilt(copy, tmp_path: Path) -> None:
    store = copy()
    store.close()
    # a projection copied aside, then the store moves on without it
    old = Projection.open(tmp_path / "store")
    old_rows = _tables(old)
    old.close()
    saved = (tmp_path / "store" / FILE_NAME).read_bytes()
    with Store.open(tmp_path / "store") as s:
        assert s.remove_article("en_sanctions")
        after = _tables(s.projection())
    assert after != old_rows
    (tmp_path / "store" / FILE_NAME).write_bytes(saved)
    with Store.open(tmp_path / "store") as s:
        assert s.projection().generation() == s.generation()
        assert _tables(s.projection()) == after


def test_a_read_only_store_without_its_projection_rebuilds_it_in_memory(copy, tmp_path: Path) -> None:
    store = copy()
    answer = stance_summary(store, actor="Q858")
    store.close()
    (tmp_path / "store" / FILE_NAME).unlink()
    with Store.open(tmp_path / "store", read_only=True) as ro:
        assert stance_summary(ro, actor="Q858") == answer != []
        assert ro.projection().path is None
    assert not (tmp_path / "store" / FILE_NAME).exists()


def test_sparql_updates_are_followed(copy) -> None:
    s = copy()
    before = neighbourhood(s, "Q858", depth=1)
    run_update(s, "DELETE { GRAPH ?g { ?st qawl:negated false } } INSERT { GRAPH ?g { ?st qawl:negated true } } "
                  "WHERE { GRAPH ?g { ?st a qawl:Stance ; qawl:negated false ; qawl:target "
                  f"<{iris.actor_iri('Q858')}> }} }}")
    after = neighbourhood(s, "Q858", depth=1)
    assert after == neighbourhood(s, "Q858", depth=1, engine="sparql") != before
    assert _same_everywhere(s) > 0
    s.close()


class _Boom(RuntimeError):
    pass


def test_an_ingest_failing_in_the_store_changes_neither(copy, monkeypatch) -> None:
    s = copy()
    stamp, tables = s.generation(), _tables(s.projection())

    def fail(sparql: str) -> None:
        raise StoreError("disk full (simulated)")

    monkeypatch.setattr(s, "_update", fail)
    summary = build([SAMPLES_DIR / "en_sanctions.txt"], store=s)
    assert summary.articles == 0 and "disk full" in summary.failures[0][2]
    monkeypatch.undo()
    assert s.generation() == stamp == s.projection().generation()
    assert _tables(s.projection()) == tables
    s.close()


def test_an_ingest_failing_after_the_store_commit_is_repaired(copy, monkeypatch) -> None:
    s = copy()
    s.remove_article("en_sanctions")
    stamp, tables = s.generation(), _tables(s.projection())

    def half_way(self, article_id, rows) -> None:  # old rows deleted, then the failure
        self.conn.execute("DELETE FROM items")
        raise _Boom("projection write failed")

    monkeypatch.setattr(Projection, "replace_article", half_way)
    with pytest.raises(_Boom):
        build([SAMPLES_DIR / "en_sanctions.txt"], store=s, strict=True)
    monkeypatch.undo()
    assert "en_sanctions" in s.article_ids() and s.generation() != stamp
    inner = s._projection
    assert inner is not None and inner.generation() == stamp and _tables(inner) == tables  # rolled back
    assert _same_everywhere(s) > 0  # and rebuilt on the next read
    assert s.projection().generation() == s.generation()
    s.close()


_CRASH = """
import os, sys
from graph.build import build
from graph.projection import Projection
from graph.store import Store

def crash(self, stamp):
    os._exit(3)  # the store has committed; the projection never will

Projection.commit = crash
store = Store.open(sys.argv[1])
build([sys.argv[2]], store=store)
"""


def test_a_process_killed_between_the_two_commits_leaves_a_repairable_pair(copy, tmp_path: Path) -> None:
    s = copy()
    s.remove_article("en_sanctions")
    stamp = s.generation()
    s.close()
    del s
    import gc

    gc.collect()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", _CRASH, str(tmp_path / "store"),
                           str(SAMPLES_DIR / "en_sanctions.txt")], env=env, timeout=300,
                          check=False)
    assert done.returncode == 3
    with Store.open(tmp_path / "store") as s:
        assert "en_sanctions" in s.article_ids() and s.generation() != stamp
        assert s._open_projection().generation() == stamp  # the projection is behind ...
        assert _same_everywhere(s) > 0  # ... so it is rebuilt, and agrees again
        rows = [r for r in derive(s.inner) if r[0] == "en_sanctions"]
        assert rows and s.projection().conn.execute(
            "SELECT COUNT(*) FROM items WHERE article = 'en_sanctions'").fetchone()[0] == len(rows)


def test_read_only_store_at_a_relative_path_serves_neighbourhoods(tmp_path, monkeypatch) -> None:
    # `make demo` serves ".qawl/demo-store", a path relative to the checkout, read-only
    monkeypatch.chdir(tmp_path)
    written = Store.open(Path("rel") / "store")
    assert build([SAMPLES_DIR], store=written).failures == []
    written.close()
    store = Store.open(Path("rel") / "store", read_only=True)
    try:
        fast = neighbourhood(store, "Q3052772", depth=1)  # Macron, in the English wire sample
        assert fast == neighbourhood(store, "Q3052772", depth=1, engine="sparql")
        assert fast["edges"], fast
    finally:
        store.close()
