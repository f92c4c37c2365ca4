"""The seed-format gold scorer on a small hand-made gold article and hand-made extractions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.evaluate import EvalError, evaluate_files
from extract.evaluate.gold_article import cue_matches, load_gold
from extract.evaluate.match import GoldActor, KeyIndex
from extract.model import Actor, Article, Claim, Extraction, Span, Stance

TEXT = ("وقال الرئيس الفرنسي إيمانويل ماكرون إن الحرب مستمرة. "
        "وهددت تركيا بعملية عسكرية ضد الوحدات. وأعلنت فرنسا دعمها.")

GOLD = {
    "article": "seeds/t1.txt",
    "lang": "ar",
    "actors": [
        {"key": "Emmanuel Macron", "wikidata": "Q3052772", "aliases": ["Macron"]},
        {"key": "France", "wikidata": "Q142", "aliases": ["French Republic"]},
        {"key": "Turkey", "wikidata": "Q43", "aliases": ["Türkiye"]},
        {"key": "People's Protection Units", "wikidata": None, "aliases": ["YPG"]},
        {"key": "Kurds", "wikidata": None, "aliases": [], "optional": True},
    ],
    "claims": [
        {"id": "C1", "speaker": ["Emmanuel Macron", "France"], "cue": "قال",
         "content_has": "الحرب", "note": "war goes on"},
        {"id": "C2", "speaker": ["Turkey"], "cue": "هددت", "content_has": "عملية"},
        {"id": "C3", "speaker": ["France"], "cue": "أعلنت", "optional": True},
    ],
    "stances": [
        {"id": "S1", "holder": ["Turkey"], "target": ["People's Protection Units"],
         "polarity": -1, "types": ["THREATEN"], "evidence": "C2"},
        {"id": "S2", "holder": ["France"], "target": ["People's Protection Units", "Kurds"],
         "polarity": None, "types": ["SUPPORT"], "optional": True},
    ],
}


def sp(word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return Span.of(TEXT, start, start + len(word))


MACRON = Actor(id="Q3052772", label="Emmanuel Macron", kind="person", wikidata="Q3052772",
               mentions=(sp("إيمانويل ماكرون"),))
FRANCE = Actor(id="Q142", label="France", kind="state", wikidata="Q142", mentions=(sp("فرنسا"),))
TURKEY = Actor(id="Q43", label="Turkey", kind="state", wikidata="Q43", mentions=(sp("تركيا"),))
YPG = Actor(id="x-ypg", label="People’s Protection Units", kind="armed_group",
            mentions=(sp("الوحدات"),))
KURDS = Actor(id="x-kurds", label="Kurds", kind="group")


def claim(cid: str, speaker: str, cue: str, content: str = "الحرب مستمرة") -> Claim:
    return Claim(id=cid, speaker=speaker, cue=sp(cue), content=sp(content))


def stance(sid: str, holder: str, target: str | None, typ: str, pol: int) -> Stance:
    return Stance(id=sid, holder=holder, target=target, type=typ, polarity=pol,
                  trigger=sp("هددت"))


PERFECT = dict(
    actors=(MACRON, FRANCE, TURKEY, YPG),
    claims=(claim("c1", "Q3052772", "وقال"), claim("c2", "Q43", "وهددت", "بعملية عسكرية")),
    stances=(stance("s1", "Q43", "x-ypg", "THREATEN", -1),),
)


@pytest.fixture()
def gold_path(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "seeds" / "t1.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "gold" / "t1.gold.json"
    path.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return path


def run(gold_path: Path, **parts):
    seen: list[Article] = []

    def fn(article: Article) -> Extraction:
        seen.append(article)
        return Extraction(article=article, **parts)

    report = evaluate_files([gold_path], extract_fn=fn)
    return report.sections[0], seen


def test_perfect_extraction_scores_one(gold_path: Path) -> None:
    sec, seen = run(gold_path, **PERFECT)
    assert seen[0].id == "t1" and seen[0].lang == "ar" and seen[0].text == TEXT
    for name in ("actors", "claims", "stances"):
        s = sec.scores[name]
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0), name
    assert sec.scores["actors"].tp == 4 and sec.scores["actors"].fn == 0


def test_empty_extraction_scores_zero(gold_path: Path) -> None:
    sec, _ = run(gold_path)
    assert sec.scores["actors"].fn == 4  # the optional Kurds are not a miss
    assert sec.scores["claims"].fn == 2 and sec.scores["stances"].fn == 1
    assert all(s.f1 == 0.0 and s.tp == 0 for s in sec.scores.values())


def test_partial_extraction(gold_path: Path) -> None:
    wrong_target = stance("s2", "Q43", "Q142", "THREATEN", -1)
    sec, _ = run(gold_path, actors=(MACRON, TURKEY, YPG, Actor(id="x-egypt", label="Egypt",
                                                                kind="state")),
                 claims=(claim("c1", "Q3052772", "وقال"),),
                 stances=(wrong_target,))
    a = sec.scores["actors"]
    assert (a.tp, a.fp, a.fn) == (3, 1, 1)
    assert a.precision == pytest.approx(0.75) and a.recall == pytest.approx(0.75)
    c = sec.scores["claims"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 1) and c.precision == 1.0 and c.recall == 0.5
    assert c.f1 == pytest.approx(2 / 3)
    assert sec.scores["stances"].tp == 0 and sec.scores["stances"].fp == 1


def test_duplicates_are_not_counted_twice(gold_path: Path) -> None:
    france2 = Actor(id="x-france", label="French Republic", kind="state")
    sec, _ = run(gold_path, actors=(FRANCE, france2, TURKEY, YPG),
                 claims=(claim("c1", "Q142", "وقال"), claim("c1b", "Q142", "وقال")),
                 stances=(stance("s1", "Q43", "x-ypg", "THREATEN", -1),
                          stance("s1b", "Q43", "x-ypg", "THREATEN", -1)))
    assert (sec.scores["actors"].tp, sec.scores["actors"].fp) == (3, 1)
    assert (sec.scores["claims"].tp, sec.scores["claims"].fp) == (1, 1)
    assert (sec.scores["stances"].tp, sec.scores["stances"].fp) == (1, 1)


def test_optional_items_count_for_precision_only(gold_path: Path) -> None:
    parts = dict(PERFECT)
    parts["actors"] = (*PERFECT["actors"], KURDS)
    parts["claims"] = (*PERFECT["claims"], claim("c3", "Q142", "وأعلنت"))
    parts["stances"] = (*PERFECT["stances"], stance("s2", "Q142", "x-kurds", "SUPPORT", 1))
    sec, _ = run(gold_path, **parts)
    for name in ("actors", "claims", "stances"):
        s = sec.scores[name]
        assert s.opt == 1 and s.fp == 0 and s.precision == 1.0 and s.recall == 1.0, name


def test_required_gold_wins_a_system_item_that_also_fits_optional(gold_path: Path) -> None:
    # France -> YPG SUPPORT fits the optional S2 only; Turkey -> YPG fits S1.
    sec, _ = run(gold_path, actors=(FRANCE, TURKEY, YPG),
                 stances=(stance("s1", "Q43", "x-ypg", "THREATEN", -1),))
    assert sec.scores["stances"].tp == 1 and sec.scores["stances"].opt == 0


def test_stance_polarity_or_type(gold_path: Path) -> None:
    by_polarity = stance("s1", "Q43", "x-ypg", "ACCUSE", -1)  # type not listed, polarity right
    sec, _ = run(gold_path, actors=(TURKEY, YPG), stances=(by_polarity,))
    assert sec.scores["stances"].tp == 1
    wrong_both = stance("s1", "Q43", "x-ypg", "ACCUSE", 1)
    sec, _ = run(gold_path, actors=(TURKEY, YPG), stances=(wrong_both,))
    assert sec.scores["stances"].tp == 0
    # S2's gold polarity is null: only its type counts.
    null_pol = stance("s2", "Q142", "x-ypg", "AID", 1)
    sec, _ = run(gold_path, actors=(FRANCE, YPG), stances=(null_pol,))
    assert sec.scores["stances"].opt == 0 and sec.scores["stances"].fp == 1


def test_claim_speaker_is_resolved_to_the_system_actor(gold_path: Path) -> None:
    # Speaker ids that name no actor of the extraction match nothing.
    sec, _ = run(gold_path, actors=(TURKEY,), claims=(claim("c1", "x-nobody", "وقال"),))
    assert sec.scores["claims"].tp == 0 and sec.scores["claims"].fp == 1
    # A French actor with a non-Wikidata id still matches by its label.
    fr = Actor(id="x-fr", label="France", kind="state")
    sec, _ = run(gold_path, actors=(fr,), claims=(claim("c1", "x-fr", "وقال"),))
    assert sec.scores["claims"].tp == 1


@pytest.mark.parametrize(("system", "gold", "ok"), [
    ("وقال", "قال", True),
    ("فقال", "قال", True),
    ("قالت", "قال", True),         # contains the gold cue
    ("أكّد", "أكد", True),          # shadda dropped
    ("وأكد", "اكد", True),          # alef with hamza folded
    ("مضيفًا", "مضيفا", True),       # tanween dropped
    ("هـددت", "هددت", True),         # tatweel dropped
    ("دعت إلى", "دعت", True),
    ("نفى", "أكد", False),
    ("", "قال", False),
    ("Said", "said", True),
])
def test_cue_matching(system: str, gold: str, ok: bool) -> None:
    assert cue_matches(system, gold) is ok


@pytest.mark.parametrize(("label", "labels", "wikidata", "key", "ok"), [
    ("Mevlüt Çavuşoğlu", {}, None, "Mevlut Cavusoglu", True),
    ("people’s  protection units", {}, None, "People's Protection Units", True),
    ("U.N.", {}, None, "United Nations", True),           # alias "UN"
    ("Nations", {}, None, "United Nations", False),
    ("Something", {"en": "Macron"}, None, "Emmanuel Macron", True),
    ("Président", {}, "Q3052772", "Emmanuel Macron", True),
    ("Emmanuel Macron", {}, "Q1", "Emmanuel Macron", True),  # the label is enough
    ("Someone", {}, "Q1", "Emmanuel Macron", False),
    ("Ghost", {}, None, "Ghost", True),                    # a key with no actor entry
])
def test_actor_key_matching(label, labels, wikidata, key, ok) -> None:
    keys = KeyIndex([
        GoldActor(key="Emmanuel Macron", wikidata="Q3052772", aliases=("Macron",)),
        GoldActor(key="Mevlut Cavusoglu", aliases=("Cavusoglu",)),
        GoldActor(key="People's Protection Units", aliases=("YPG",)),
        GoldActor(key="United Nations", wikidata="Q1065", aliases=("UN",)),
    ])
    actor = Actor(id=wikidata or "x-a", label=label, kind="person", labels=labels,
                  wikidata=wikidata)
    assert keys.matches(actor, key) is ok


def test_failing_extractor_is_a_reported_miss(gold_path: Path) -> None:
    def boom(article: Article) -> Extraction:
        raise RuntimeError("no model")

    sec = evaluate_files([gold_path], extract_fn=boom).sections[0]
    assert sec.failures == ["t1: RuntimeError: no model"]
    assert sec.scores["claims"].fn == 2 and sec.scores["claims"].tp == 0


def test_errors_listing_and_render(gold_path: Path) -> None:
    report = evaluate_files([gold_path, gold_path], extract_fn=lambda a: Extraction(
        article=a, actors=(TURKEY, KURDS, Actor(id="x-eg", label="Egypt", kind="state")),
        claims=(claim("c9", "Q43", "وقال"),)))
    sec = report.sections[0]
    assert any(e.startswith("MISS claim C1") for e in sec.errors)
    assert any("near: cue right, speaker wrong" in e for e in sec.errors)
    assert any(e.startswith("FP   actor Egypt") for e in sec.errors)
    assert not any("Kurds" in e for e in sec.errors)  # optional, matched: not an error
    text = report.render(errors=True)
    assert "TOTAL over 2 gold files" in text and "MISS stance S1" in text
    assert "MISS" not in report.render(errors=False)
    d = report.to_dict()
    assert d["gold_total"]["scores"]["actors"]["tp"] == 2
    assert d["sections"][0]["scores"]["claims"]["recall"] == 0.0


def test_article_path_absolute_and_missing(tmp_path: Path, gold_path: Path) -> None:
    data = dict(GOLD, article=str(gold_path.parent.parent / "seeds" / "t1.txt"))
    absolute = tmp_path / "abs.gold.json"
    absolute.write_text(json.dumps(data), encoding="utf-8")
    assert load_gold(absolute).article_path.read_text(encoding="utf-8") == TEXT
    missing = tmp_path / "gold" / "missing.gold.json"
    missing.write_text(json.dumps(dict(GOLD, article="seeds/nope.txt")), encoding="utf-8")
    with pytest.raises(EvalError, match=r"missing\.gold\.json: article .*nope\.txt"):
        evaluate_files([missing], extract_fn=lambda a: Extraction(article=a))


def test_malformed_gold_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gold.json"
    bad.write_text('{"article": "x.txt",\n "lang": }', encoding="utf-8")
    with pytest.raises(EvalError, match=r"bad\.gold\.json:2: not JSON"):
        load_gold(bad)
    no_lang = tmp_path / "nolang.gold.json"
    no_lang.write_text('{"article": "x.txt"}', encoding="utf-8")
    with pytest.raises(EvalError, match="'lang' must be"):
        load_gold(no_lang)


def test_stance_near_misses_are_listed(gold_path: Path) -> None:
    sec, _ = run(gold_path, actors=(TURKEY, YPG, FRANCE),
                 stances=(stance("s1", "Q43", "Q142", "THREATEN", -1),))
    i = sec.errors.index(next(e for e in sec.errors if e.startswith("MISS stance S1")))
    assert sec.errors[i + 1].startswith("       near: target wrong: stance s1")


def test_public_names_exist() -> None:
    import importlib

    for name in ("extract.evaluate", "extract.evaluate.gold_article", "extract.evaluate.match",
                 "extract.evaluate.normalize", "extract.evaluate.report",
                 "extract.evaluate.runner", "extract.evaluate.datasets",
                 "extract.evaluate.datasets.events", "extract.evaluate.datasets.polnear",
                 "extract.evaluate.datasets.newsfane", "extract.evaluate.datasets.base"):
        module = importlib.import_module(name)
        missing = [n for n in module.__all__ if not hasattr(module, n)]
        assert not missing, f"{name}: {missing}"


def test_the_seed_gold_scores_one_for_an_extraction_written_from_it(seed_gold_path: Path) -> None:
    """Every required item of the real seed gold can be matched: an extraction written
    from the gold itself (its first key, cue, type) scores 1.0 everywhere."""
    gold_json = json.loads(seed_gold_path.read_text(encoding="utf-8"))

    def from_gold(a: Article) -> Extraction:
        def at(words: str) -> Span:
            start = a.text.index(words)
            return Span.of(a.text, start, start + len(words))

        ids = {g["key"]: f"x-{i}" for i, g in enumerate(gold_json["actors"])}
        actors = tuple(
            Actor(id=ids[g["key"]], label=g["key"], kind=g["kind"],
                  mentions=tuple(at(w) for w in g["in_text"] if w in a.text))
            for g in gold_json["actors"])
        claims = tuple(
            Claim(id=c["id"], speaker=ids[c["speaker"][0]], cue=at(c["cue"]),
                  content=at(c["content_has"]))
            for c in gold_json["claims"] if not c.get("optional"))
        stances_ = tuple(
            Stance(id=s["id"], holder=ids[s["holder"][0]], target=ids[s["target"][0]],
                   type=s["types"][0], polarity=s["polarity"] or 0, trigger=at(a.text[:5]))
            for s in gold_json["stances"] if not s.get("optional"))
        return Extraction(article=a, actors=actors, claims=claims, stances=stances_)

    sec = evaluate_files([seed_gold_path], extract_fn=from_gold).sections[0]
    assert not sec.failures
    assert sec.scores["actors"].opt == 3  # the three optional gold actors, written too
    for name, n_required in (("actors", 12), ("claims", 7), ("stances", 7)):
        s = sec.scores[name]
        assert (s.tp, s.fn, s.fp, s.f1) == (n_required, 0, 0, 1.0), name


def test_a_claim_that_fits_two_gold_claims_counts_once(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gold["claims"].append({"id": "C4", "speaker": ["Turkey"], "cue": "هدد"})
    gold_path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    sec, _ = run(gold_path, actors=(TURKEY,), claims=(claim("c2", "Q43", "وهددت"),))
    c = sec.scores["claims"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 2)
    assert any("fits, but counted for another gold claim" in e for e in sec.errors)


def test_one_to_one_is_maximum_and_required_first() -> None:
    from extract.evaluate.match import one_to_one

    # system 0 fits gold 0 and 1, system 1 fits gold 0 only: greedy would lose one match.
    fits = {(0, 0), (0, 1), (1, 0)}
    assert one_to_one(2, 2, lambda s, g: (s, g) in fits) == {0: 1, 1: 0}
    # gold 1 (required) wins the only system item over gold 0 (optional).
    assert one_to_one(1, 2, lambda s, g: True, groups=[[1], [0]]) == {1: 0}
    # preferred pairs are chosen when they exist, the count stays maximum.
    every = one_to_one(2, 2, lambda s, g: True, preferred=lambda s, g: s != g)
    assert every == {0: 1, 1: 0}
    assert len(one_to_one(3, 2, lambda s, g: True, preferred=lambda s, g: s == 2)) == 2


def test_same_speaker_and_cue_pairs_by_content(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gold["claims"] = [
        {"id": "A", "speaker": ["Turkey"], "cue": "هددت", "content_has": "عسكرية"},
        {"id": "B", "speaker": ["Turkey"], "cue": "هددت", "content_has": "الحرب"},
    ]
    gold_path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    sec, _ = run(gold_path, actors=(TURKEY,), claims=(
        claim("c1", "Q43", "وهددت", "الحرب مستمرة"), claim("c2", "Q43", "وهددت", "بعملية عسكرية")))
    assert sec.scores["claims"].tp == 2
    rate = sec.rates["found claims whose content holds content_has"]
    assert (rate.hits, rate.total) == (2, 2)


def test_body_diagnostic(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gold_path.parent.parent.joinpath("seeds", "t1.txt").write_text(
        "headline\n\nbody one\n\nshare icon\n", encoding="utf-8")
    gold.update(body_lines=[0, 2], boilerplate_lines=[4])
    gold_path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")

    def with_body(*spans: tuple[int, int]):
        return lambda a: Extraction(article=a.with_body(spans))

    sec = evaluate_files([gold_path], extract_fn=with_body((0, 8), (10, 18))).sections[0]
    assert sec.rates["body lines kept"].value == 1.0
    assert sec.rates["boilerplate lines dropped"].value == 1.0
    sec = evaluate_files([gold_path], extract_fn=with_body((10, 31))).sections[0]
    assert (sec.rates["body lines kept"].hits, sec.rates["boilerplate lines dropped"].hits) == (1, 0)
    assert "BODY line 0 dropped: «headline»" in sec.errors
    sec = evaluate_files([gold_path], extract_fn=with_body()).sections[0]
    assert "body lines kept" not in sec.rates  # no body spans: nothing to say
