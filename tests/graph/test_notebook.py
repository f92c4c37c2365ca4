"""graph.notebook.Qawl: the facade a notebook uses, on real stores (and `import qawl`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
import rdflib

import qawl
from graph.errors import GraphError
from graph.notebook import Qawl
from graph.samples import SAMPLES_DIR
from ontology.mapping import actor_graph as describe_actors
from ontology.mapping import extraction_graph
from tests.graph.qawl_fixture import RUN, extractions, make_store


@pytest.fixture()
def q(tmp_path: Path):
    with Qawl(make_store(tmp_path / "store")) as facade:
        yield facade


def test_import_qawl_gives_only_the_facade() -> None:
    assert qawl.__all__ == ["Qawl"] and qawl.Qawl is Qawl


def test_sparql_columns_are_typed(q: Qawl) -> None:
    df = q.sparql("""
        SELECT ?art ?published ?pol ?conf ?neg ?label WHERE {
          ?a a schema:NewsArticle ; dcterms:identifier ?art ; schema:datePublished ?published ;
             schema:mentions ?x .
          ?s prov:wasDerivedFrom ?a ; a qawl:Stance ; qawl:holder ?x ; qawl:polarity ?pol ;
             qawl:confidence ?conf ; qawl:negated ?neg .
          ?x rdfs:label ?label
        } ORDER BY ?art ?conf ?label""")
    assert list(df.columns) == ["art", "published", "pol", "conf", "neg", "label", "label_lang"]
    assert pd.api.types.is_datetime64_any_dtype(df["published"])
    assert str(df["pol"].dtype) == "Int64" and str(df["conf"].dtype) == "float64"
    assert str(df["neg"].dtype) == "boolean" and pd.api.types.is_string_dtype(df["label"])
    row = df[(df["art"] == "ar-2024-02") & (df["label_lang"] == "ar") & (df["conf"] == 0.6)].iloc[0]
    assert row["label"] == "رجب طيب أردوغان" and row["published"] == pd.Timestamp("2024-02-10")
    assert row["pol"] == -1 and not row["neg"]
    assert set(df["label_lang"]) == {"ar", "en"}


def test_sparql_other_query_forms(q: Qawl) -> None:
    assert q.sparql("ASK { ?s a qawl:Stance ; qawl:negated true }") is True
    assert q.sparql("ASK { ?s a qawl:Stance ; qawl:polarity 7 }") is False
    g = q.sparql("CONSTRUCT { ?h qawl:opposes ?t } WHERE { ?h qawl:opposes ?t }")
    # Macron -> Islamic State, Erdoğan -> SDF (twice, one triple), Turkey -> France
    assert isinstance(g, rdflib.Graph) and len(g) == 3
    mixed = q.sparql("SELECT ?v WHERE { VALUES ?v { 1 \"one\" } }")
    assert mixed["v"].dtype == object and list(mixed["v"]) == [1, "one"]


def test_sparql_streams_in_chunks(q: Qawl) -> None:
    total = len(q.sparql("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"))
    sizes = [len(c) for c in q.sparql_chunks("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", size=500)]
    assert sum(sizes) == total and max(sizes) == 500 and len(sizes) == -(-total // 500)
    with pytest.raises(GraphError, match="SELECT"):
        next(q.sparql_chunks("ASK { ?s ?p ?o }"))


def test_record_frames_with_filters(q: Qawl) -> None:
    st = q.stances(holder="Q39723")
    assert sorted(st["id"]) == ["ar-2024-02/S1", "ar-2024-02/S2"]
    assert pd.api.types.is_datetime64_any_dtype(st["day"]) and str(st["polarity"].dtype) == "Int64"
    assert q.stances(since="2024-03-01", negated=False)["id"].tolist() != []
    assert set(q.stances(since="2024-03-01")["day"]) == {pd.Timestamp("2024-03-05")}
    empty = q.stances(type="ASSAULT")
    assert len(empty) == 0 and "holder" in empty.columns
    claims = q.claims(target="Q7747")
    assert sorted(claims["id"]) == ["ar-2024-01/C1", "en-2024-03/C1"]
    actors = q.actors(kind="person")
    assert set(actors["id"]) == {"Q3052772", "Q7747", "Q39723"}
    assert actors.set_index("id").loc["Q7747", "label_ar"] == "فلاديمير بوتين"
    assert q.search("اردوغان")["id"].tolist() == ["Q39723"]
    chunks = list(q.chunks("stances", size=4))
    assert [len(c) for c in chunks] == [4, 4, 1]
    assert [a.id for a in q.records("actors", kind="state")] != []
    with pytest.raises(GraphError, match="records: one of"):
        q.records("articles")


def test_networks(q: Qawl) -> None:
    g = q.neighbourhood("Q7747", depth=1)
    assert isinstance(g, nx.DiGraph) and set(g) == {"Q7747", "Q3052772", "Q43"}
    m = q.neighbourhood("Q7747", depth=1, multi=True)
    assert isinstance(m, nx.MultiDiGraph) and m.number_of_edges() == 3
    assert q.actor_graph().edges["Q3052772", "Q7747"]["count"] == 2
    assert q.stance_graph(min_confidence=0.8).number_of_edges() == 3


def test_rdflib_view_is_live(q: Qawl) -> None:
    ds = q.rdflib()
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/qawl/ns#Stance> }"
    assert int(next(iter(ds.query(count)))[0]) == 9
    # written after the view was made, seen through it: a view, not a copy
    x = extractions()[0]
    x2 = replace(x, article=replace(x.article, id="copy"))
    q.store.replace_article("copy", extraction_graph(x2, run=RUN), describe_actors(x2.actors))
    assert int(next(iter(ds.query(count)))[0]) == 12


def test_export_through_the_facade(q: Qawl, tmp_path: Path) -> None:
    r = q.export("gexf", tmp_path / "a.gexf", actor="Q7747", depth=2)
    assert r.nodes == 6 and (tmp_path / "a.gexf").stat().st_size == r.bytes


def test_build_from_the_bundled_samples_with_progress(tmp_path: Path, capsys) -> None:
    q = Qawl.build(SAMPLES_DIR, store=tmp_path / "store")
    summary = q.last_build
    assert summary is not None and summary.failures == []
    assert summary.articles >= 5 and summary.stances > 0
    assert "articles" in capsys.readouterr().err  # the text progress bar, outside notebooks
    assert len(q.stances()) == summary.stances
    assert repr(q).endswith(f"{summary.articles} articles>")
    q.close()
    again = Qawl.open(tmp_path / "store", read_only=True)
    assert len(again.actors()) > 0
    again.close()
