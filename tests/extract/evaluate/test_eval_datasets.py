"""The third-party set scorers on hand-made JSON Lines items and hand-made extractions."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from extract.evaluate import EvalError, evaluate_files
from extract.evaluate.runner import default_extract_fn
from extract.model import Actor, Article, Claim, Extraction, Span, Stance

Build = Callable[[Article], Extraction]


def write(tmp_path: Path, items: list[dict], name: str = "set.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items),
                    encoding="utf-8")
    return path


def by_id(builders: dict[str, Build]) -> Callable[[Article], Extraction]:
    return lambda a: builders[a.id](a) if a.id in builders else Extraction(article=a)


def span(text: str, word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Span.of(text, start, start + len(word))


def stances(*specs: tuple) -> Build:
    """specs: (type, holder Actor, target Actor | None)."""
    def build(a: Article) -> Extraction:
        actors = {x.id: x for _, h, t in specs for x in (h, t) if x is not None}
        out = tuple(Stance(id=f"s{i}", holder=h.id, target=t.id if t else None, type=typ,
                           polarity=-1, trigger=Span.of(a.text, 0, 1))
                    for i, (typ, h, t) in enumerate(specs))
        return Extraction(article=a, actors=tuple(actors.values()), stances=out)
    return build


def state(code: str, sector: str | None = None) -> Actor:
    return Actor(id=f"x-{code.lower()}-{sector}", label=code, kind="state", country=code,
                 sector=sector)


# ---------------------------------------------------------------- PLOVER GSR

def plover(iid: str, typ: str, countries: list[str]) -> dict:
    return {"dataset": "plover_gsr", "id": iid, "lang": "en", "text": f"Sentence {iid}.",
            "gold": {"type": typ, "actors": [{"text": c, "country": c, "sector": None}
                                             for c in countries], "event_text": "x"}}


def test_plover_mixed(tmp_path: Path) -> None:
    igo = Actor(id="x-un", label="UN", kind="igo")  # no country: its kind stands for IGO
    path = write(tmp_path, [plover("A", "AGREE", ["HUN"]), plover("B", "ASSAULT", ["IGO"]),
                            plover("C", "REQUEST", [])])
    sec = evaluate_files([path], extract_fn=by_id({
        "A": stances(("AGREE", state("HUN"), None)),
        "B": stances(("ASSAULT", igo, None), ("PROTEST", igo, None)),
    })).sections[0]
    t = sec.scores["type"]
    assert (t.tp, t.fp, t.fn) == (2, 1, 1)
    assert sec.rates["type accuracy"].value == pytest.approx(2 / 3)
    assert sec.rates["stance precision"].value == pytest.approx(2 / 3)
    assert (sec.rates["tuple accuracy"].hits, sec.rates["tuple accuracy"].total) == (2, 2)


def test_plover_perfect_none_and_duplicates(tmp_path: Path) -> None:
    path = write(tmp_path, [plover("A", "AGREE", ["HUN"]), plover("B", "REJECT", ["ROU"])])
    perfect = {"A": stances(("AGREE", state("HUN"), None)),
               "B": stances(("REJECT", state("ROU"), state("HUN")))}
    sec = evaluate_files([path], extract_fn=by_id(perfect)).sections[0]
    assert sec.scores["type"].f1 == 1.0 and sec.scores["type+holder"].f1 == 1.0
    sec = evaluate_files([path], extract_fn=by_id({})).sections[0]
    assert sec.rates["type accuracy"].value == 0.0 and sec.scores["type"].fn == 2
    twice = {"A": stances(("AGREE", state("HUN"), None), ("AGREE", state("HUN"), None)),
             "B": stances(("REJECT", state("FRA"), None))}  # right type, wrong holder
    sec = evaluate_files([path], extract_fn=by_id(twice)).sections[0]
    assert sec.rates["type accuracy"].value == 1.0
    assert sec.rates["stance precision"].value == pytest.approx(2 / 3)
    assert sec.rates["tuple accuracy"].value == 0.5


# ---------------------------------------------------------------- event_gsr detection

def detection(iid: str, typ: str, label: str, binary: bool | None) -> dict:
    return {"dataset": "event_gsr_detection", "id": iid, "lang": "ar", "text": "نص قصير.",
            "gold": {"event_type": typ, "label": label, "binary": binary}}


def test_event_detection(tmp_path: Path) -> None:
    isr = state("ISR")
    path = write(tmp_path, [
        detection("a1", "ASSAULT", "yes", True), detection("a2", "ASSAULT", "easy no", False),
        detection("p1", "PROTEST", "yes", True), detection("p2", "PROTEST", "easy no", False),
        detection("a3", "ASSAULT", "ambiguous", None), detection("a4", "ASSAULT", "yes", True),
    ])
    sec = evaluate_files([path], extract_fn=by_id({
        "a1": stances(("ASSAULT", isr, None)), "a2": stances(("ASSAULT", isr, None)),
        "a3": stances(("ASSAULT", isr, None)), "a4": stances(("PROTEST", isr, None)),
    })).sections[0]
    a, p, o = sec.scores["ASSAULT"], sec.scores["PROTEST"], sec.scores["overall"]
    assert (a.tp, a.fp, a.fn) == (1, 1, 1)
    assert (p.tp, p.fp, p.fn) == (0, 0, 1)
    assert (o.tp, o.fp, o.fn) == (1, 1, 2)
    assert o.precision == 0.5 and o.recall == pytest.approx(1 / 3)
    assert sec.rates["ambiguous (left out)"].hits == 1
    assert sec.rates["said yes | ASSAULT easy no"].value == 1.0


# ---------------------------------------------------------------- event_gsr spans

def spans_item(iid: str, holder: tuple, target: tuple) -> dict:
    return {"dataset": "event_gsr_spans", "id": iid, "lang": "ar", "text": "نص قصير.",
            "gold": {"event_type": "ASSAULT",
                     "holder": {"text": None, "country": holder[0], "role": holder[1]},
                     "target": {"text": None, "country": target[0], "role": target[1]}}}


def test_event_spans_best_stance_and_codes(tmp_path: Path) -> None:
    img = Actor(id="x-qaeda", label="al-Qaeda", kind="armed_group", sector="IMG")
    path = write(tmp_path, [spans_item("s1", ("ISR", None), ("LBN", "REB")),
                            spans_item("s2", (None, "CVL"), ("IRQ", "GOV")),
                            spans_item("s3", ("IMG", None), ("USA", "MIL"))])
    sec = evaluate_files([path], extract_fn=by_id({
        # the second stance agrees with more gold codes and is the one compared
        "s1": stances(("ASSAULT", state("SYR"), state("LBN")),
                      ("ASSAULT", state("ISR"), state("LBN", "REB")),
                      ("PROTEST", state("ISR"), state("LBN", "REB"))),
        "s3": stances(("ASSAULT", img, state("USA", "GOV"))),
    })).sections[0]
    r = sec.rates
    assert (r["with such a stance"].hits, r["with such a stance"].total) == (2, 3)
    assert (r["holder country"].hits, r["holder country"].total) == (2, 2)
    assert (r["holder role"].hits, r["holder role"].total) == (0, 1)
    assert (r["target country"].hits, r["target country"].total) == (2, 3)
    assert (r["target role"].hits, r["target role"].total) == (1, 3)


# ---------------------------------------------------------------- PolNeAR

PN_TEXT = "The plan works, Smith said, and it will last. Jones denied it. Smith left."


def part(*words: tuple[str, int]) -> dict:
    pieces = [(s.start, s.end) for s in (span(PN_TEXT, w, n) for w, n in words)]
    return {"text": " ".join(PN_TEXT[a:b] for a, b in pieces), "start": pieces[0][0],
            "end": pieces[-1][1], "spans": [list(p) for p in pieces]}


PN_GOLD = {"attributions": [
    {"id": "E1", "source": part(("Smith", 0)), "cue": part(("said", 0)),
     "content": part(("The plan works", 0), ("and it will last", 0)), "no_source": False},
    {"id": "E2", "source": part(("Jones", 0)), "cue": part(("denied", 0)),
     "content": part(("it", 2)), "no_source": False},
]}
SMITH = Actor(id="x-smith", label="Smith", kind="person",
              mentions=(span(PN_TEXT, "Smith", 1), span(PN_TEXT, "Smith", 0)))
JONES = Actor(id="x-jones", label="Jones", kind="person", mentions=(span(PN_TEXT, "Jones"),))


def pn_claims(*claims: Claim) -> Build:
    return lambda a: Extraction(article=a, actors=(SMITH, JONES), claims=claims)


def c1(content: Span) -> Claim:
    return Claim(id="c1", speaker="x-smith", cue=span(PN_TEXT, "said"), content=content)


C2 = Claim(id="c2", speaker="x-jones", cue=span(PN_TEXT, "denied"), content=span(PN_TEXT, "it", 2),
           speaker_mention=span(PN_TEXT, "Jones"))


@pytest.fixture()
def pn_path(tmp_path: Path) -> Path:
    return write(tmp_path, [{"dataset": "polnear", "id": "doc", "lang": "en", "text": PN_TEXT,
                             "gold": PN_GOLD}])


def test_polnear_gap_tokens_count_neither_way(pn_path: Path) -> None:
    # c1's content runs over the whole extent, gap (", Smith said,") included; its speaker
    # span comes from the Smith mention nearest to the cue.
    whole = Span.of(PN_TEXT, 0, PN_TEXT.index("last") + 4)
    sec = evaluate_files([pn_path], extract_fn=by_id({"doc": pn_claims(c1(whole), C2)})).sections[0]
    for p in ("source", "cue", "content"):
        s = sec.scores[f"{p} tokens"]
        assert (s.precision, s.recall) == (1.0, 1.0), p
        assert sec.rates[f"mean {p} F1 over pairs"].value == 1.0
    assert sec.scores["pairs"].f1 == 1.0


def test_polnear_tokens_outside_the_extent_are_false_positives(pn_path: Path) -> None:
    beyond = Span.of(PN_TEXT, 0, PN_TEXT.index("Jones") + 5)  # ". Jones" lies outside E1
    sec = evaluate_files([pn_path], extract_fn=by_id({"doc": pn_claims(c1(beyond))})).sections[0]
    content = sec.scores["content tokens"]
    assert (content.tp, content.fp, content.fn) == (7, 2, 1)
    pairs = sec.scores["pairs"]
    assert (pairs.tp, pairs.fp, pairs.fn) == (1, 0, 1)


def test_polnear_partial_and_empty(pn_path: Path) -> None:
    short = span(PN_TEXT, "The plan works")
    sec = evaluate_files([pn_path], extract_fn=by_id({"doc": pn_claims(c1(short))})).sections[0]
    s = sec.scores
    assert (s["content tokens"].tp, s["content tokens"].fp, s["content tokens"].fn) == (3, 0, 5)
    assert (s["source tokens"].tp, s["source tokens"].fn) == (1, 1)
    assert s["source tokens"].precision == 1.0  # the mention nearest to "said" was taken
    assert (s["cue tokens"].tp, s["cue tokens"].fn) == (1, 1)
    assert sec.rates["mean content F1 over pairs"].value == pytest.approx(2 * 3 / (3 + 7))
    sec = evaluate_files([pn_path], extract_fn=by_id({})).sections[0]
    assert all(x.tp == 0 and x.f1 == 0.0 for x in sec.scores.values())
    assert sec.scores["pairs"].fn == 2


def test_polnear_duplicate_claims_pair_once(pn_path: Path) -> None:
    sec = evaluate_files([pn_path], extract_fn=by_id({"doc": pn_claims(C2, C2)})).sections[0]
    pairs = sec.scores["pairs"]
    assert (pairs.tp, pairs.fp, pairs.fn) == (1, 1, 1)
    assert sec.scores["cue tokens"].fp == 0  # the same tokens, counted once


# ---------------------------------------------------------------- NewsFANE

NF_TEXT = "أعلنت الحكومة العراقية في بغداد أن العراق و الأمم المتحدة اتفقا"


def nf_span(words: str) -> Span:
    """The occurrence of ``words`` that stands as whole words."""
    m = re.search(rf"(?<!\S){words}(?!\S)", NF_TEXT)
    assert m is not None, words
    return Span.of(NF_TEXT, *m.span())


def entity(word: str, typ: str, geo: bool, kind: str | None) -> dict:
    s = nf_span(word)
    return {"start": s.start, "end": s.end, "text": word, "type": typ, "geo": geo, "kind": kind}


NF_GOLD = {"entities": [
    entity("الحكومة العراقية", "Government", True, "organization"),
    entity("بغداد", "Population-Center", False, None),
    entity("العراق", "Nation", True, "state"),
    entity("الأمم المتحدة", "Non-Governmental", True, "organization"),
]}


def nf_actors(*actors: Actor) -> Build:
    return lambda a: Extraction(article=a, actors=actors)


def nf_actor(aid: str, kind: str, *words: str) -> Actor:
    return Actor(id=aid, label=aid, kind=kind, mentions=tuple(nf_span(w) for w in words))


@pytest.fixture()
def nf_path(tmp_path: Path) -> Path:
    return write(tmp_path, [{"dataset": "newsfane", "id": "d", "lang": "ar", "text": NF_TEXT,
                             "gold": NF_GOLD}])


def test_newsfane_overlap_exact_and_neutral(nf_path: Path) -> None:
    sec = evaluate_files([nf_path], extract_fn=by_id({"d": nf_actors(
        nf_actor("iraq", "state", "العراق", "بغداد", "الحكومة"),
        nf_actor("un", "igo", "المتحدة"),
        nf_actor("agency", "media", "أعلنت"),       # media mentions are not scored
        nf_actor("other", "group", "اتفقا"),
    )})).sections[0]
    o, e = sec.scores["overlap"], sec.scores["exact"]
    assert (o.tp, o.fp, o.fn) == (3, 1, 0)   # بغداد is neither right nor wrong
    assert (e.tp, e.fp, e.fn) == (1, 3, 2)
    assert sec.rates["neither right nor wrong (mentions)"].hits == 1
    assert sec.rates["recall organization"].value == 1.0


def test_newsfane_perfect_empty_duplicates(nf_path: Path) -> None:
    exact = ("الحكومة العراقية", "العراق", "الأمم المتحدة")
    sec = evaluate_files([nf_path], extract_fn=by_id({"d": nf_actors(
        nf_actor("a", "state", *exact), nf_actor("b", "state", "العراق"))})).sections[0]
    assert sec.scores["exact"].f1 == 1.0 and sec.scores["overlap"].f1 == 1.0  # same span once
    iraq = nf_span("العراق")
    twice = Actor(id="a", label="Iraq", kind="state",
                  mentions=(iraq, Span.of(NF_TEXT, iraq.start, iraq.end - 1)))
    sec = evaluate_files([nf_path], extract_fn=by_id({"d": nf_actors(twice)})).sections[0]
    assert (sec.scores["overlap"].tp, sec.scores["overlap"].fp) == (1, 1)
    sec = evaluate_files([nf_path], extract_fn=by_id({})).sections[0]
    assert sec.scores["overlap"].fn == 3 and sec.scores["overlap"].f1 == 0.0


# ---------------------------------------------------------------- the runner

def test_limit_mixed_sets_and_failures(tmp_path: Path) -> None:
    path = write(tmp_path, [plover("A", "AGREE", ["HUN"]), detection("a1", "ASSAULT", "yes", True),
                            plover("B", "AGREE", ["HUN"]), plover("C", "AGREE", ["HUN"])])
    seen: list[str] = []

    def fn(a: Article) -> Extraction:
        seen.append(a.id)
        if a.id == "B":
            raise RuntimeError("broken")
        return stances(("AGREE", state("HUN"), None))(a)

    report = evaluate_files([path], extract_fn=fn, limit=3)
    assert seen == ["A", "a1", "B"]
    plov, det = report.sections
    assert (plov.kind, plov.items, det.kind, det.items) == ("plover_gsr", 2, "event_gsr_detection", 1)
    assert plov.failures == ["B: RuntimeError: broken"] and plov.scores["type"].fn == 1
    text = report.render(errors=True)
    assert "extraction failed on 1 item(s)" in text and "PLOVER GSR" in text
    assert json.loads(json.dumps(report.to_dict()))["sections"][0]["items"] == 2


def test_error_listing_is_bounded_per_kind(tmp_path: Path) -> None:
    path = write(tmp_path, [detection(f"y{i}", "ASSAULT", "yes", True) for i in range(5)]
                 + [detection(f"n{i}", "ASSAULT", "easy no", False) for i in range(5)])
    always = stances(("ASSAULT", state("ISR"), None))
    sec = evaluate_files([path], max_errors=2, extract_fn=by_id(
        {f"n{i}": always for i in range(5)})).sections[0]
    assert sum(e.startswith("FN") for e in sec.errors) == 2
    assert sum(e.startswith("FP") for e in sec.errors) == 2
    assert sec.errors_left_off == 6


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", r"set\.jsonl:2: not JSON"),
    ('{"dataset": "nope", "id": "x", "lang": "en", "text": "t", "gold": {}}',
     r"set\.jsonl:2: unknown dataset 'nope'"),
    ('{"dataset": "plover_gsr", "id": "x", "lang": "fr", "text": "t", "gold": {}}',
     r"set\.jsonl:2: lang must be"),
    ('{"dataset": "plover_gsr", "id": "x", "lang": "en", "text": "t", "gold": {"type": "HUG"}}',
     r"set\.jsonl:2: malformed gold: .*HUG"),
])
def test_bad_lines_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(plover("A", "AGREE", [])) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        evaluate_files([path], extract_fn=lambda a: Extraction(article=a))


def test_folders_and_missing_paths(tmp_path: Path) -> None:
    write(tmp_path, [plover("A", "AGREE", [])], name="one.jsonl")
    write(tmp_path, [plover("B", "AGREE", [])], name="two.jsonl")
    report = evaluate_files([tmp_path], extract_fn=lambda a: Extraction(article=a))
    assert [Path(s.source).name for s in report.sections] == ["one.jsonl", "two.jsonl"]
    with pytest.raises(EvalError, match="no such file"):
        evaluate_files([tmp_path / "absent.jsonl"], extract_fn=lambda a: Extraction(article=a))


def test_missing_extractor_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "extract.pipeline", None)
    with pytest.raises(EvalError, match="extract.pipeline.extract cannot be imported"):
        default_extract_fn()


def test_sections_carry_the_data_version(tmp_path: Path) -> None:
    import hashlib

    path = write(tmp_path, [plover("A", "AGREE", [])])
    sec = evaluate_files([path], extract_fn=lambda a: Extraction(article=a)).sections[0]
    assert sec.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("perfect", [True, False])
def test_event_sets_score_one_or_zero(tmp_path: Path, perfect: bool) -> None:
    det = write(tmp_path, [detection("y", "PROTEST", "yes", True),
                           detection("n", "PROTEST", "difficult no", False)], name="d.jsonl")
    spans = write(tmp_path, [spans_item("s", ("USA", "MIL"), ("IRQ", "CVL"))], name="s.jsonl")
    protest = stances(("PROTEST", state("USA"), None))
    right = stances(("ASSAULT", state("USA", "MIL"), state("IRQ", "CVL")))
    wrong = stances(("ASSAULT", state("IRQ", "CVL"), state("USA", "MIL")))
    builders = {"y": protest, "s": right} if perfect else {"n": protest, "s": wrong}
    d, s = evaluate_files([det, spans], extract_fn=by_id(builders)).sections
    assert d.scores["overall"].f1 == (1.0 if perfect else 0.0)
    expected = 1.0 if perfect else 0.0
    assert [s.rates[p].value for p in ("holder country", "holder role", "target country",
                                       "target role")] == [expected] * 4
    assert s.rates["with such a stance"].value == 1.0


def test_module_entry_point_reports_bad_paths(tmp_path: Path, capsys) -> None:
    from extract.evaluate.__main__ import main

    assert main([str(tmp_path / "absent.gold.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "absent.gold.json: no such file" in err


def test_saved_outputs_by_id_then_position(tmp_path: Path) -> None:
    items = [plover("A", "AGREE", ["HUN"]), plover("B", "REJECT", []), plover("C", "AGREE", []),
             plover("D", "AGREE", [])]
    path = write(tmp_path, items)

    def saved(item: dict, typ: str, *, out_id: str | None = None) -> dict:
        article = Article(id=out_id or item["id"], text=item["text"], lang="en")
        return stances(("AGREE" if typ == "AGREE" else typ, state("HUN"), None))(article).to_dict()

    records = [saved(items[2], "AGREE"),                 # C, out of order: found by id
               saved(items[1], "REJECT", out_id="b?"),   # at B's position, id unknown
               saved(items[0], "AGREE"),                 # A, by id
               {"article": {"id": "D"}, "stances": "?"}]  # D: unreadable
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    sec = evaluate_files([path], outputs=out).sections[0]
    assert sec.rates["type accuracy"].hits == 3
    assert len(sec.failures) == 1 and sec.failures[0].startswith("D: ValueError")
    with pytest.raises(ValueError, match="not both"):
        evaluate_files([path], outputs=out, extract_fn=lambda a: Extraction(article=a))


def test_spans_that_miss_their_text_are_reported(tmp_path: Path) -> None:
    path = write(tmp_path, [plover("A", "AGREE", ["HUN"])])

    def shifted(a: Article) -> Extraction:
        bad = Span(start=1, end=9, text=a.text[:8])  # offsets one off
        actor = Actor(id="x-h", label="H", kind="state", country="HUN", mentions=(bad,))
        st = Stance(id="s", holder="x-h", type="AGREE", polarity=1, trigger=Span.of(a.text, 0, 3))
        return Extraction(article=a, actors=(actor,), stances=(st,))

    report = evaluate_files([path], extract_fn=shifted)
    sec = report.sections[0]
    assert sec.misplaced == 1 and "actor x-h mention" in sec.misplaced_examples[0]
    assert "1 span(s) do not point at their text" in report.render(errors=False)


def test_a_single_path_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, [plover("A", "AGREE", [])])
    report = evaluate_files(str(path), extract_fn=lambda a: Extraction(article=a))
    assert len(report.sections) == 1 and report.sections[0].items == 1


def test_undecodable_and_incomplete_lines(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_bytes(json.dumps(plover("A", "AGREE", [])).encode() + b"\n\xff\xfe{}\n")
    with pytest.raises(EvalError, match=r"set\.jsonl:2: not UTF-8"):
        evaluate_files([path], extract_fn=lambda a: Extraction(article=a))
    item = plover("A", "AGREE", [])
    del item["gold"]["type"]
    path = write(tmp_path, [item])
    with pytest.raises(EvalError, match=r"set\.jsonl:1: malformed gold: missing field 'type'"):
        evaluate_files([path], extract_fn=lambda a: Extraction(article=a))
