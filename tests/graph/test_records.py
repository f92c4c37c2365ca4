"""graph.records on a real on-disk store: filters, pagination, streaming, actor search."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from graph import records as r
from graph.errors import GraphError
from tests.graph.qawl_fixture import make_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    s = make_store(tmp_path_factory.mktemp("records") / "store")
    yield s
    s.close()


def _ids(items) -> set[str]:
    return {x.id for x in items}


def test_every_stance_with_its_evidence(store) -> None:
    stances = {s.id: s for s in r.iter_stances(store)}
    assert len(stances) == 9
    s = stances["ar-2024-02/S2"]
    assert (s.holder, s.target, s.type, s.polarity) == ("Q39723", "x-syrian-democratic-forces", "THREATEN", -1)
    assert s.trigger == "هدد" and s.evidence == "وهدد أردوغان بعملية عسكرية جديدة."
    text = "اتهم الرئيس التركي رجب طيب أردوغان قوات سوريا الديمقراطية بالإرهاب. وهدد"
    assert text[s.trigger_start:s.trigger_end] == "هدد"
    # its own full date wins over the publication date
    assert (s.date, s.published, s.day) == ("2024-02-09", date(2024, 2, 10), date(2024, 2, 9))
    assert stances["ar-2024-01/S2"].claim == "ar-2024-01/C1"
    json.dumps(s.to_dict(), ensure_ascii=False)  # plain data all the way down


@pytest.mark.parametrize("filters, expected", [
    ({"holder": "Q39723"}, {"ar-2024-02/S1", "ar-2024-02/S2"}),
    ({"target": "Q7747"}, {"ar-2024-01/S1", "en-2024-03/S1"}),
    ({"actor": "Q43"}, {"ar-2024-02/S3", "en-2024-03/S2", "en-2024-03/S3"}),
    ({"type": ["REQUEST", "CONSULT"]}, {"ar-2024-01/S1", "en-2024-03/S1", "en-2024-03/S2"}),
    ({"polarity": 1, "negated": False}, {"ar-2024-01/S2", "en-2024-03/S2"}),
    ({"negated": True}, {"en-2024-03/S3"}),
    ({"since": "2024-02-10", "until": date(2024, 2, 28)}, {"ar-2024-02/S1", "ar-2024-02/S3"}),
    ({"min_confidence": 0.85}, {"ar-2024-01/S1", "en-2024-03/S2"}),
    ({"article": "ar-2024-01", "polarity": [-1, 0]}, {"ar-2024-01/S1", "ar-2024-01/S3"}),
    ({"holder": "Q3052772", "target": ["Q7747", "Q2429253"], "since": "2024-02-01"}, {"en-2024-03/S1"}),
])
def test_stance_filters(store, filters, expected) -> None:
    assert _ids(r.iter_stances(store, **filters)) == expected


def test_pages_walk_every_stance_once_in_order(store) -> None:
    seen, cursor, pages = [], None, 0
    while True:
        page = r.list_stances(store, limit=2, cursor=cursor, negated=False)
        seen += [s.id for s in page.items]
        pages += 1
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert pages == 4 and len(seen) == len(set(seen)) == 8
    assert set(seen) == _ids(r.iter_stances(store, negated=False))
    assert len(r.list_stances(store, limit=100).items) == 9
    as_json = json.loads(json.dumps(r.list_stances(store, limit=1).to_dict(), ensure_ascii=False))
    assert len(as_json["items"]) == 1 and as_json["next_cursor"]
    assert r.list_stances(store, limit=100).next_cursor is None


@pytest.mark.parametrize("call, message", [
    (lambda s: list(r.iter_stances(s, type="BOMB")), "unknown PLOVER type 'BOMB'"),
    (lambda s: list(r.iter_stances(s, polarity=2)), "polarity must be -1, 0 or 1"),
    (lambda s: list(r.iter_stances(s, since="last week")), "since: expected a date"),
    (lambda s: list(r.iter_stances(s, min_confidence=3)), "between 0 and 1"),
    (lambda s: r.list_stances(s, cursor="%%%"), "bad cursor"),
    (lambda s: r.list_stances(s, speaker="Q1"), "unknown filter 'speaker'"),
    (lambda s: r.list_claims(s, limit=0), "limit must be a positive integer"),
    (lambda s: list(r.iter_stances(s, holder=[])), "empty list"),
])
def test_bad_filters_say_what_is_wrong(store, call, message) -> None:
    with pytest.raises(GraphError, match=message):
        call(store)


def test_claims_and_their_filters(store) -> None:
    claims = {c.id: c for c in r.iter_claims(store)}
    assert len(claims) == 4
    c = claims["ar-2024-01/C1"]
    assert (c.speaker, c.addressee, c.about) == ("Q3052772", "Q7747", ("x-syrian-democratic-forces",))
    assert c.content == "إلى حماية قوات سوريا الديمقراطية" and c.cue == "دعا"
    # "--03-04" is not a full date: the claim's day is the publication date
    en = claims["en-2024-03/C1"]
    assert (en.date, en.day) == ("--03-04", date(2024, 3, 5))
    assert _ids(r.iter_claims(store, target="x-syrian-democratic-forces")) == {"ar-2024-01/C1", "ar-2024-02/C1"}
    assert _ids(r.iter_claims(store, target="Q7747")) == {"ar-2024-01/C1", "en-2024-03/C1"}
    assert _ids(r.iter_claims(store, actor="Q7747", until="2024-01-31")) == {"ar-2024-01/C1"}
    assert _ids(r.iter_claims(store, speaker="Q39723")) == {"ar-2024-02/C1"}
    assert [c.id for c in r.list_claims(store, limit=3).items] == sorted(claims)[:3]


def test_claim_pages_are_ordered_and_complete(store) -> None:
    first = r.list_claims(store, limit=3)
    second = r.list_claims(store, limit=3, cursor=first.next_cursor)
    assert len(first.items) == 3 and len(second.items) == 1 and second.next_cursor is None
    assert _ids(first.items + second.items) == _ids(r.iter_claims(store))


def test_actor_descriptions_and_filters(store) -> None:
    actors = {a.id: a for a in r.iter_actors(store)}
    assert len(actors) == 7
    assert actors["Q39723"].labels == {"ar": "رجب طيب أردوغان", "en": "Recep Tayyip Erdoğan"}
    assert actors["Q39723"].label == "Recep Tayyip Erdoğan" and actors["Q39723"].wikidata == "Q39723"
    assert _ids(r.iter_actors(store, kind="state")) == {"Q43", "Q142"}
    assert _ids(r.iter_actors(store, country="FRA")) == {"Q3052772", "Q142"}
    assert _ids(r.iter_actors(store, wikidata="Q7747")) == {"Q7747"}
    assert _ids(r.iter_actors(store, article="ar-2024-02")) == {
        "Q39723", "x-syrian-democratic-forces", "Q43", "Q142"}
    page = r.list_actors(store, limit=5)
    rest = r.list_actors(store, limit=5, cursor=page.next_cursor)
    assert len(page.items) == 5 and rest.next_cursor is None and len(_ids(page.items + rest.items)) == 7


@pytest.mark.parametrize("text, expected", [
    ("أردوغان", "Q39723"),
    ("اردوغان", "Q39723"),                  # bare alef for hamza-on-alef
    ("أَرْدُوغَان", "Q39723"),                # diacritics
    ("بوتىن", "Q7747"),                     # alef maksura for ya
    ("الدوله الاسلاميه", "Q2429253"),       # heh for teh marbuta, no hamza
    ("تنظيم الدولـــة", "Q2429253"),         # tatweel
    ("erdogan", "Q39723"),                  # English without the accent
    ("ERDOĞAN", "Q39723"),
    ("macron", "Q3052772"),
    ("Q7747", "Q7747"),
])
def test_search_tolerates_spelling_variants(store, text, expected) -> None:
    found = r.search_actors(store, text, aliases={})
    assert found and found[0].id == expected


def test_search_uses_aliases_and_ranks_exact_first(store) -> None:
    assert [a.id for a in r.search_actors(store, "sultan", aliases={"Q39723": ["The Sultan"]})] == ["Q39723"]
    assert r.search_actors(store, "sultan", aliases={}) == []
    # "France" is the exact name of Q142 and a substring of nobody else's; "fran" prefixes both
    ranked = [a.id for a in r.search_actors(store, "france", aliases={})]
    assert ranked[0] == "Q142"
    # the default aliases come from the gazetteer: "قسد" names the SDF there, not in the store
    assert [a.id for a in r.search_actors(store, "قسد")] == ["x-syrian-democratic-forces"]
    assert _ids(r.iter_actors(store, q="فرنسا", aliases={})) == {"Q142"}
    assert _ids(r.list_actors(store, q="ا", limit=2, aliases={}).items) <= _ids(r.iter_actors(store))
    with pytest.raises(GraphError, match="empty"):
        r.search_actors(store, "  ", aliases={})


def test_normalise_name() -> None:
    assert r.normalise_name("إِيمانُويل ماكرون") == r.normalise_name("ايمانويل ماكرون")
    assert r.normalise_name("Recep Tayyip ERDOĞAN") == "recep tayyip erdogan"
    assert r.normalise_name("مسؤول") == r.normalise_name("مسوول")
    assert r.normalise_name("Tokyo") != r.normalise_name("Kyoto")


def test_streaming_is_lazy(store) -> None:
    it = r.iter_stances(store)
    first = next(it)
    assert isinstance(first, r.StanceRecord)
    assert len(list(it)) == 8


def test_store_path_is_real(store) -> None:
    assert isinstance(store.path, Path) and store.path.is_dir()
