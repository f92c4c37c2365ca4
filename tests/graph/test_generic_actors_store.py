"""A store of several articles keeps generic actors apart: "officials" (or «مسلحون») of two
articles are two actors, while a named person the gazetteer does not know, cited in both, is one
(extract.scope). Real extraction into a real on-disk Oxigraph store in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

from graph.build import build
from graph.store import Store
from ontology import iris
from ontology.mapping import Run

RUN = Run(id="test-run", started="2026-01-01T00:00:00Z", version="0.1.0")

ARTICLES = [
    {"id": "port-a", "lang": "en", "published": "2024-05-10",
     "text": "Officials said on Monday that the port would reopen. Tomas Verhoeven, a shipping "
             "analyst, said the delay had cost millions."},
    {"id": "dam-b", "lang": "en", "published": "2024-05-11",
     "text": "The river authority said the dam was safe, but officials said repairs would take "
             "a year. Tomas Verhoeven said the repairs were overdue."},
    {"id": "kut-c", "lang": "ar", "published": "2024-05-12",
     "text": "وقال مسلحون إن الهجوم سيتواصل. وقال وزير الداخلية العراقي، سامر الخطيب، إن "
             "القوات صدت الهجوم."},
    {"id": "hit-d", "lang": "ar", "published": "2024-05-13",
     "text": "وقال مسلحون إن الطريق مغلق. وقال وزير الداخلية العراقي، سامر الخطيب، إن "
             "الطريق مفتوح."},
]


def _speakers(store: Store, label_start: str) -> dict[str, set[str]]:
    """Speaker actor IRI -> the article graphs whose claims it speaks, for actors whose English
    label starts with ``label_start``."""
    rows = store.query(f"""
        SELECT DISTINCT ?a ?g WHERE {{
          GRAPH ?g {{ ?c a qawl:Claim ; qawl:speaker ?a }}
          ?a a qawl:Actor ; rdfs:label ?l .
          FILTER (LANG(?l) = "en" && STRSTARTS(STR(?l), "{label_start}"))
        }}""")
    out: dict[str, set[str]] = {}
    for r in rows:
        out.setdefault(r["a"].value, set()).add(r["g"].value)
    return out


def test_generic_speakers_stay_apart_and_names_merge(tmp_path: Path) -> None:
    src = tmp_path / "in" / "articles.jsonl"
    src.parent.mkdir()
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES),
                   encoding="utf-8")
    with Store.open(tmp_path / "store") as store:
        summary = build([src], store=store, run=RUN)
        assert summary.failures == [] and summary.articles == 4
        graph = {a["id"]: str(iris.article_graph_iri(a["id"])) for a in ARTICLES}

        officials = _speakers(store, "officials")
        assert officials == {
            str(iris.actor_iri("x-officials-article-port-a")): {graph["port-a"]},
            str(iris.actor_iri("x-officials-article-dam-b")): {graph["dam-b"]},
        }
        gunmen = _speakers(store, "gunmen")
        assert sorted(gunmen.values(), key=sorted) == [{graph["hit-d"]}, {graph["kut-c"]}]

        assert _speakers(store, "Tomas Verhoeven") == {
            str(iris.actor_iri("x-tomas-verhoeven")): {graph["port-a"], graph["dam-b"]}}
        assert _speakers(store, "Samer al-Khtib") == {
            str(iris.actor_iri("x-samer-al-khtib")): {graph["kut-c"], graph["hit-d"]}}

        # one description per actor, and each generic actor's label names its article
        labels = {r["a"].value: r["l"].value for r in store.query("""
            SELECT ?a ?l WHERE { ?a a qawl:Actor ; rdfs:label ?l FILTER (LANG(?l) = "en") }""")}
        assert labels[str(iris.actor_iri("x-officials-article-dam-b"))] == \
            "officials (article dam-b)"
        assert labels[str(iris.actor_iri("x-gunmen-article-kut-c"))] == "gunmen (article kut-c)"
        assert not any(iri.endswith(("/x-officials", "/x-gunmen")) for iri in labels)

        # removing one article drops its generic actor and keeps the shared name
        assert store.remove_article("port-a")
        assert set(_speakers(store, "officials")) == {
            str(iris.actor_iri("x-officials-article-dam-b"))}
        assert store.has_actor("x-tomas-verhoeven")
        assert not store.has_actor("x-officials-article-port-a")
