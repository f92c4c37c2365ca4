"""graph.build and graph.store on a real on-disk Oxigraph store in tmp_path."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from extract.errors import ExtractError
from extract.model import Extraction
from graph.build import build
from graph.store import Store, validate_store
from ontology import iris
from ontology.mapping import Run
from tests.ontology.handmade import handmade_extraction

RUN = Run(id="test-run", started="2026-01-01T00:00:00Z", version="0.1.0")


def _copy_seed(seed_path: Path, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(seed_path.read_bytes())
    return path


def _count(store: Store, sparql: str) -> int:
    return int(next(iter(store.query(sparql)))["n"].value)


def test_build_then_rebuild_replaces_without_duplicates(tmp_path: Path, seed_path: Path) -> None:
    store = Store.open(tmp_path / "store")
    first = build([seed_path], store=store, extract_fn=handmade_extraction, run=RUN)
    assert (first.articles, first.claims, first.stances, first.actors) == (1, 2, 4, 5)
    assert first.failures == [] and first.triples > 300
    graph = str(iris.article_graph_iri(seed_path.stem))
    in_graph = store.count_triples(graph)
    total = store.count_triples()
    second = build([seed_path], store=store, extract_fn=handmade_extraction, run=RUN)
    assert second.triples == first.triples
    assert store.count_triples(graph) == in_graph and store.count_triples() == total
    assert _count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a qawl:Claim } }") == 2

    # a new run replaces the old graph: the old run's provenance is gone
    third = build([seed_path], store=store, extract_fn=handmade_extraction,
                  run=Run(id="later", started="2026-02-01T00:00:00Z", version="0.1.0"))
    assert third.articles == 1
    runs = {r["r"].value for r in store.query(
        "SELECT DISTINCT ?r WHERE { GRAPH ?g { ?r a prov:Activity } }")}
    assert runs == {str(iris.run_iri("later"))}
    store.close()


def test_store_persists_on_disk(tmp_path: Path, seed_path: Path) -> None:
    with Store.open(tmp_path / "store") as store:
        build([seed_path], store=store, extract_fn=handmade_extraction, run=RUN)
    import gc

    gc.collect()
    reopened = Store.open(tmp_path / "store")
    assert reopened.article_ids() == [seed_path.stem]
    assert reopened.has_actor("Q3052772") and not reopened.has_actor("Q1")
    assert validate_store(reopened).conforms
    reopened.close()


def test_same_actor_across_articles_is_one_description(tmp_path: Path, seed_path: Path) -> None:
    a = _copy_seed(seed_path, tmp_path / "in", "one.txt")
    b = _copy_seed(seed_path, tmp_path / "in", "two.txt")
    store = Store.open(tmp_path / "store")
    summary = build([a, b], store=store, extract_fn=handmade_extraction, run=RUN)
    assert summary.articles == 2 and summary.actors == 5
    assert store.article_ids() == ["one", "two"]
    macron = iris.actor_iri("Q3052772")
    labels = list(store.query(f"SELECT ?l ?g WHERE {{ GRAPH ?g {{ <{macron}> rdfs:label ?l }} }}"))
    assert len(labels) == 2 and {r["g"].value for r in labels} == {str(iris.ACTORS_GRAPH)}
    assert _count(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a qawl:Actor }") == 5
    store.close()


def test_bad_inputs_are_reported_and_stored_articles_stay(tmp_path: Path, seed_path: Path) -> None:
    store = Store.open(tmp_path / "store")
    build([seed_path], store=store, extract_fn=handmade_extraction, run=RUN)
    before = store.count_triples()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "feed.jsonl").write_text('{"id": "x", "text": "Macron spoke."}\n{broken\n', encoding="utf-8")
    progress: list[int] = []
    summary = build([folder, tmp_path / "missing.txt"], store=store, run=RUN,
                    extract_fn=lambda a: handmade_extraction(a) if a.id == "never" else _fail(a),
                    progress=lambda done, where: progress.append(done))
    failures = {(Path(f).name, line): reason for f, line, reason in summary.failures}
    assert set(failures) == {("binary.txt", None), ("empty.txt", None), ("feed.jsonl", 1),
                             ("feed.jsonl", 2), ("missing.txt", None)}
    assert "binary" in failures[("binary.txt", None)]
    assert "extraction failed" in failures[("feed.jsonl", 1)]
    assert "malformed JSON" in failures[("feed.jsonl", 2)]
    assert summary.articles == 0 and progress == [1, 2, 3, 4, 5]
    assert store.count_triples() == before and store.article_ids() == [seed_path.stem]
    store.close()


def _fail(article) -> Extraction:
    raise ExtractError(article.id, "no body found")


def test_graph_failing_shacl_is_not_stored(tmp_path: Path, seed_path: Path) -> None:
    store = Store.open(tmp_path / "store")
    build([seed_path], store=store, extract_fn=handmade_extraction, run=RUN)
    before = store.count_triples()

    def unlabelled(article) -> Extraction:
        x = handmade_extraction(article)
        bad = dataclasses.replace(x.actors[0], kind="alien")
        return dataclasses.replace(x, actors=(bad,) + x.actors[1:])

    summary = build([seed_path], store=store, extract_fn=unlabelled, run=RUN)
    assert summary.articles == 0
    [(file, line, reason)] = summary.failures
    assert file == str(seed_path) and line is None
    assert "graph not stored" in reason and "SHACL" in reason and "\n" not in reason
    assert store.count_triples() == before
    store.close()


def test_strict_stops_at_the_first_failure(tmp_path: Path, seed_path: Path) -> None:
    folder = tmp_path / "in"
    (folder).mkdir()
    (folder / "a.txt").write_bytes(b"")
    _copy_seed(seed_path, folder, "b.txt")
    store = Store.open(tmp_path / "store")
    summary = build([folder], store=store, extract_fn=handmade_extraction, run=RUN, strict=True)
    assert len(summary.failures) == 1 and summary.articles == 0
    lenient = build([folder], store=store, extract_fn=handmade_extraction, run=RUN)
    assert len(lenient.failures) == 1 and lenient.articles == 1
    store.close()


def test_summary_to_dict(tmp_path: Path, seed_path: Path) -> None:
    store = Store.open(tmp_path / "store")
    summary = build([seed_path, tmp_path / "nope.txt"], store=store, extract_fn=handmade_extraction, run=RUN)
    d = json.loads(json.dumps(summary.to_dict()))
    assert d["articles"] == 1 and d["failures"][0]["reason"] == "no such file or folder"
    store.close()


def test_remove_article(tmp_path: Path, seed_path: Path) -> None:
    store = Store.open(tmp_path / "store")
    build([seed_path], store=store, extract_fn=handmade_extraction, run=RUN)
    assert store.remove_article(seed_path.stem) is True
    assert store.article_ids() == [] and store.remove_article(seed_path.stem) is False
    store.close()


def test_closed_store_says_so(tmp_path: Path) -> None:
    from graph.errors import StoreError

    store = Store.open(tmp_path / "store")
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.article_ids()


def test_vocabulary_is_loaded_once(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store")
    labels = {r["l"].value for r in store.query("SELECT ?l WHERE { plover:ASSAULT skos:prefLabel ?l }")}
    assert labels == {"assault", "اعتداء"}
    before = store.count_triples(str(iris.ONTOLOGY_GRAPH))
    store.ensure_vocabulary()
    assert store.count_triples(str(iris.ONTOLOGY_GRAPH)) == before > 300
    store.close()


def test_a_file_is_not_a_store(tmp_path: Path) -> None:
    from graph.errors import StoreError

    path = tmp_path / "file"
    path.write_text("not a store", encoding="utf-8")
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_duplicate_ids_in_one_build_keep_the_first(tmp_path: Path, seed_path: Path) -> None:
    first = _copy_seed(seed_path, tmp_path / "a", "same.txt")
    second = tmp_path / "b" / "same.txt"
    second.parent.mkdir()
    second.write_text("France said nothing new today.", encoding="utf-8")
    store = Store.open(tmp_path / "store")
    summary = build([first, second], store=store, extract_fn=handmade_extraction, run=RUN)
    assert summary.articles == 1
    [(file, line, reason)] = summary.failures
    assert file == str(second) and "duplicate article id 'same'" in reason and str(first) in reason
    text = next(iter(store.query("SELECT ?t WHERE { ?a a schema:NewsArticle ; schema:text ?t }")))["t"].value
    assert text == seed_path.read_text(encoding="utf-8")
    store.close()


def test_actors_no_article_mentions_are_forgotten(tmp_path: Path, seed_path: Path) -> None:
    one = _copy_seed(seed_path, tmp_path / "in", "one.txt")
    two = _copy_seed(seed_path, tmp_path / "in", "two.txt")
    store = Store.open(tmp_path / "store")
    build([one, two], store=store, extract_fn=handmade_extraction, run=RUN)

    def without_putin(article) -> Extraction:
        x = handmade_extraction(article)
        keep = tuple(a for a in x.actors if a.id != "Q7747")
        claims = tuple(dataclasses.replace(c, addressee=None) for c in x.claims)
        stances = tuple(s for s in x.stances if s.target != "Q7747")
        return dataclasses.replace(x, actors=keep, claims=claims, stances=stances)

    build([one], store=store, extract_fn=without_putin, run=RUN)
    assert store.has_actor("Q7747")  # "two" still mentions him
    build([two], store=store, extract_fn=without_putin, run=RUN)
    assert not store.has_actor("Q7747") and store.has_actor("Q3052772")
    store.remove_article("one")
    assert store.has_actor("Q3052772")
    store.remove_article("two")
    assert not store.has_actor("Q3052772") and store.count_triples(str(iris.ACTORS_GRAPH)) == 0
    store.close()
