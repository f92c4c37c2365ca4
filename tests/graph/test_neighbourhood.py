"""graph.neighbourhood over a real store: nodes, typed edges with their evidence, depth, errors."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from extract.model import Actor, Span, Stance
from graph.build import build
from graph.errors import GraphError, UnknownActor
from graph.neighbourhood import neighbourhood
from graph.store import Store
from ontology.mapping import Run
from tests.ontology.handmade import handmade_extraction

RUN = Run(id="r", started="2026-01-01T00:00:00Z", version="0.1.0")
SEED = "000_ddc8bb61b41df7f1"


def _with_putin_to_syria(article):
    """The hand-made seed extraction plus one stance Putin -> Syria, so depth 2 differs from 1."""
    x = handmade_extraction(article)
    t = article.text
    start = t.index("سوريا", t.index("دعا"))
    syria = Actor("Q858", "Syria", "state", labels={"ar": "سوريا", "en": "Syria"}, wikidata="Q858",
                  country="SYR", mentions=(Span.of(t, start, start + 5),))
    call = t.index("اتصال هاتفي")
    consult = Stance("S9", "Q7747", "CONSULT", 0, Span.of(t, call, call + 11), target="Q858")
    return dataclasses.replace(x, actors=x.actors + (syria,), stances=x.stances + (consult,))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, seed_path: Path):
    s = Store.open(tmp_path_factory.mktemp("n") / "store")
    build([seed_path], store=s, extract_fn=_with_putin_to_syria, run=RUN)
    yield s
    s.close()


def _ids(result) -> set[str]:
    return {n["id"] for n in result["nodes"]}


def test_depth_one(store: Store) -> None:
    result = neighbourhood(store, "Q3052772", depth=1)
    assert _ids(result) == {"Q3052772", "Q7747", "Q2429253", "x-syrian-democratic-forces"}
    macron = next(n for n in result["nodes"] if n["id"] == "Q3052772")
    assert macron == {"id": "Q3052772", "label": "Emmanuel Macron", "kind": "person", "country": "FRA",
                      "labels": {"ar": "إيمانويل ماكرون", "en": "Emmanuel Macron"}}
    edges = {(e["source"], e["target"], e["type"]): e for e in result["edges"]}
    request = edges[("Q3052772", "Q7747", "REQUEST")]
    assert request["polarity"] == 0 and request["stances"] == [f"{SEED}/S1"] and request["articles"] == [SEED]
    assert edges[("Q3052772", "Q7747", "addresses")]["claims"] == [f"{SEED}/C1"]
    assert edges[("Q3052772", "Q2429253", "MOBILIZE")]["polarity"] == -1
    assert ("Q7747", "Q858", "CONSULT") not in edges  # two hops away
    for e in result["edges"]:
        assert {e["source"], e["target"]} <= _ids(result)


def test_depth_two_reaches_further(store: Store) -> None:
    one = neighbourhood(store, "Q3052772", depth=1)
    two = neighbourhood(store, "Q3052772", depth=2)
    assert _ids(two) == _ids(one) | {"Q858"}
    assert any(e["source"] == "Q7747" and e["target"] == "Q858" and e["type"] == "CONSULT"
               for e in two["edges"])


def test_depth_zero_and_incoming_edges(store: Store) -> None:
    assert neighbourhood(store, "Q7747", depth=0) == {
        "center": "Q7747", "depth": 0, "edges": [],
        "nodes": [{"id": "Q7747", "label": "Vladimir Putin", "kind": "person", "country": "RUS",
                   "labels": {"ar": "فلاديمير بوتين", "en": "Vladimir Putin"}}]}
    putin = neighbourhood(store, "Q7747", depth=1)
    assert _ids(putin) == {"Q7747", "Q3052772", "Q858"}  # Macron's edges point at Putin


def test_negated_stances_are_not_edges(store: Store) -> None:
    france = neighbourhood(store, "Q142", depth=1)
    assert france["edges"] == [] and _ids(france) == {"Q142"}


def test_unknown_actor_and_bad_depth(store: Store) -> None:
    with pytest.raises(UnknownActor) as info:
        neighbourhood(store, "Q999999999")
    assert "Q999999999" in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(GraphError):
        neighbourhood(store, "Q3052772", depth=-1)
