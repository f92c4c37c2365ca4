"""Scoring one extraction against a hand-made gold article (the seed's format).

Owns: reading a ``*.gold.json`` file (``load_gold``), the Article it describes
(``gold_article``: id = the article file's stem, text as read, UTF-8 and NFC) and
``score_gold``: actors, claims and stances exactly as EVALUATION.md says, each matched one
to one, required gold items first, with a listing of misses and false positives.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.model import Actor, Article, Claim, Extraction, Span, Stance

from .match import GoldActor, KeyIndex, one_to_one
from .normalize import normalize_arabic, normalize_cue
from .report import EvalError, Rate, Score, Section

__all__ = [
    "GoldArticle",
    "GoldClaim",
    "GoldStance",
    "cue_matches",
    "gold_article",
    "load_gold",
    "score_gold",
]


@dataclass(frozen=True, slots=True)
class GoldClaim:
    id: str
    speaker: tuple[str, ...]
    cue: str
    content_has: str = ""
    optional: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class GoldStance:
    id: str
    holder: tuple[str, ...]
    target: tuple[str, ...]
    types: tuple[str, ...]
    polarity: int | None = None
    optional: bool = False
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class GoldArticle:
    path: Path
    article_path: Path
    lang: str
    published: str | None
    actors: tuple[GoldActor, ...]
    claims: tuple[GoldClaim, ...]
    stances: tuple[GoldStance, ...]
    body_lines: tuple[int, ...] = ()  # line numbers (0-based, "\n"-separated) of the body
    boilerplate_lines: tuple[int, ...] = ()


def _keys(value: Any, path: Path, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise EvalError(path, f"{where}: expected a key or a list of keys, got {value!r}")


def _resolve_article(path: Path, ref: str) -> Path:
    ref_path = Path(ref)
    if ref_path.is_absolute():
        return ref_path
    # The gold lives in <shared>/gold/ and names its article relative to <shared>.
    return path.resolve().parent.parent / ref_path


def load_gold(path: str | Path) -> GoldArticle:
    """Read a gold article file; a malformed one raises ``EvalError`` naming it."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvalError(path, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise EvalError(path, "not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise EvalError(path, f"not JSON: {exc.msg}", line=exc.lineno) from None
    if not isinstance(data, dict) or not isinstance(data.get("article"), str):
        raise EvalError(path, "a gold article needs an 'article' field (path of its text)")
    lang = data.get("lang")
    if lang not in ("ar", "en"):
        raise EvalError(path, f"'lang' must be 'ar' or 'en', not {lang!r}")
    try:
        actors = tuple(
            GoldActor(key=a["key"], wikidata=a.get("wikidata"),
                      aliases=tuple(a.get("aliases") or ()), optional=bool(a.get("optional")),
                      note=a.get("note") or "")
            for a in data.get("actors") or ()
        )
        claims = tuple(
            GoldClaim(id=str(c["id"]), speaker=_keys(c["speaker"], path, f"claim {c['id']}"),
                      cue=c["cue"], content_has=c.get("content_has") or "",
                      optional=bool(c.get("optional")), note=c.get("note") or "")
            for c in data.get("claims") or ()
        )
        stances = tuple(
            GoldStance(id=str(s["id"]), holder=_keys(s["holder"], path, f"stance {s['id']}"),
                       target=_keys(s.get("target"), path, f"stance {s['id']}"),
                       types=tuple(s.get("types") or ()), polarity=s.get("polarity"),
                       optional=bool(s.get("optional")), evidence=str(s.get("evidence") or ""))
            for s in data.get("stances") or ()
        )
    except (KeyError, TypeError) as exc:
        raise EvalError(path, f"malformed gold entry: missing or bad field {exc}") from None
    try:
        body = tuple(int(n) for n in data.get("body_lines") or ())
        boilerplate = tuple(int(n) for n in data.get("boilerplate_lines") or ())
    except (TypeError, ValueError):
        raise EvalError(path, "body_lines / boilerplate_lines must be line numbers") from None
    return GoldArticle(path=path, article_path=_resolve_article(path, data["article"]),
                       lang=lang, published=data.get("published"),
                       actors=actors, claims=claims, stances=stances,
                       body_lines=body, boilerplate_lines=boilerplate)


def gold_article(gold: GoldArticle) -> Article:
    """The Article the gold describes: its text read as UTF-8 and put in NFC."""
    try:
        raw = gold.article_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise EvalError(gold.path, f"article {gold.article_path} cannot be read: "
                                   f"{exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise EvalError(gold.path, f"article {gold.article_path} is not UTF-8") from None
    return Article(id=gold.article_path.stem, text=unicodedata.normalize("NFC", raw),
                   lang=gold.lang, published=gold.published,  # type: ignore[arg-type]
                   source=str(gold.article_path))


def cue_matches(system_cue: str, gold_cue: str) -> bool:
    """Normalised cues equal, or one contains the other."""
    s, g = normalize_cue(system_cue), normalize_cue(gold_cue)
    return bool(s and g) and (s == g or g in s or s in g)


def _span(span: Span | None, *, width: int = 70) -> str:
    if span is None:
        return "-"
    text = span.text if len(span.text) <= width else span.text[: width - 1] + "…"
    return f"«{text}»@{span.start}-{span.end}"


def _actor_str(actor: Actor | None, actor_id: str | None) -> str:
    if actor is None:
        return f"{actor_id}(unknown actor)" if actor_id else "-"
    return f"{actor.label} ({actor.id})"


def _add_near(sec: Section, near: list[str], *, limit: int = 3) -> None:
    """Near misses of one gold item: system items with one part wrong, or that fit but
    were counted for another gold item."""
    for line in near[:limit]:
        sec.add_error(line)
    if len(near) > limit:
        sec.add_error(f"       near: … {len(near) - limit} more")


def _ordered(items: Sequence[Any]) -> list[list[int]]:
    """Required gold items first, so they win any contest for a system item."""
    return [[i for i, g in enumerate(items) if not g.optional],
            [i for i, g in enumerate(items) if g.optional]]


def _count(matched: dict[int, int], gold: Sequence[Any], n_system: int) -> Score:
    tp = sum(1 for g in matched if not gold[g].optional)
    opt = len(matched) - tp
    fn = sum(1 for i, g in enumerate(gold) if not g.optional and i not in matched)
    return Score(tp=tp, fp=n_system - len(matched), fn=fn, opt=opt)


def _score_actors(gold: GoldArticle, keys: KeyIndex, ext: Extraction, sec: Section) -> Score:
    actors = ext.actors
    matched = one_to_one(len(actors), len(gold.actors),
                         lambda s, g: keys.matches(actors[s], gold.actors[g].key),
                         groups=_ordered(gold.actors))
    used = set(matched.values())
    for i, g in enumerate(gold.actors):
        if i not in matched and not g.optional:
            sec.add_error(f"MISS actor {g.key!r} (wikidata {g.wikidata}, aliases {list(g.aliases)})")
    for s, a in enumerate(actors):
        if s not in used:
            names = ", ".join(_span(m, width=30) for m in a.mentions[:3])
            sec.add_error(f"FP   actor {_actor_str(a, a.id)} labels {a.labels} mentions [{names}]")
    return _count(matched, gold.actors, len(actors))


def _claim_str(c: Claim, ext: Extraction) -> str:
    return (f"claim {c.id}: speaker {_actor_str(ext.actor(c.speaker), c.speaker)} "
            f"cue {_span(c.cue)} content {_span(c.content)}")


def _content_holds(claim: Claim, gold: GoldClaim) -> bool:
    return bool(gold.content_has) and (
        normalize_arabic(gold.content_has) in normalize_arabic(claim.content.text))


def _score_claims(gold: GoldArticle, keys: KeyIndex, ext: Extraction, sec: Section) -> Score:
    claims = ext.claims
    speakers = [ext.actor(c.speaker) for c in claims]

    def speaker_ok(s: int, g: GoldClaim) -> bool:
        return keys.matches_any(speakers[s], g.speaker)

    matched = one_to_one(
        len(claims), len(gold.claims),
        lambda s, g: speaker_ok(s, gold.claims[g]) and cue_matches(claims[s].cue.text,
                                                                   gold.claims[g].cue),
        groups=_ordered(gold.claims),
        # Two gold claims with one speaker and cue: pair each with the claim that says it.
        preferred=lambda s, g: _content_holds(claims[s], gold.claims[g]))
    used = set(matched.values())
    for i, g in enumerate(gold.claims):
        if i in matched or g.optional:
            continue
        sec.add_error(f"MISS claim {g.id}: speaker {list(g.speaker)} cue «{g.cue}» "
                      f"content_has «{g.content_has}» — {g.note}")
        near = []
        for s, c in enumerate(claims):
            cue_ok, spk_ok = cue_matches(c.cue.text, g.cue), speaker_ok(s, g)
            if cue_ok or spk_ok:
                why = ("fits, but counted for another gold claim" if cue_ok and spk_ok else
                       "cue right, speaker wrong" if cue_ok else "speaker right, cue wrong")
                near.append(f"       near: {why}: {_claim_str(c, ext)}")
        _add_near(sec, near)
    for s, c in enumerate(claims):
        if s not in used:
            sec.add_error(f"FP   {_claim_str(c, ext)}")
    with_content = [(g, s) for g, s in matched.items() if gold.claims[g].content_has]
    held = 0
    for g, s in with_content:
        if _content_holds(claims[s], gold.claims[g]):
            held += 1
        else:
            sec.add_error(f"     content of {claims[s].id} (found {gold.claims[g].id}) lacks "
                          f"«{gold.claims[g].content_has}»: {_span(claims[s].content)}")
    sec.rates["found claims whose content holds content_has"] = Rate(held, len(with_content))
    return _count(matched, gold.claims, len(claims))


def _stance_str(st: Stance, ext: Extraction) -> str:
    return (f"stance {st.id}: {_actor_str(ext.actor(st.holder), st.holder)} -> "
            f"{_actor_str(ext.actor(st.target), st.target) if st.target else '-'} "
            f"{st.type} {st.polarity:+d} trigger {_span(st.trigger)} "
            f"holder {_span(st.holder_mention, width=30)} target {_span(st.target_mention, width=30)}")


def stance_matches(keys: KeyIndex, holder: Actor | None, target: Actor | None,
                   stance: Stance, gold: GoldStance) -> bool:
    """Holder and target match their keys, and the type is a gold type or the polarity
    equals a non-null gold polarity. A gold stance without target keys ignores the target."""
    if not keys.matches_any(holder, gold.holder):
        return False
    if gold.target and not keys.matches_any(target, gold.target):
        return False
    return stance.type in gold.types or (
        gold.polarity is not None and stance.polarity == gold.polarity)


def _stance_near(keys: KeyIndex, holder: Actor | None, target: Actor | None,
                 stance: Stance, gold: GoldStance) -> str:
    """Which part of a system stance is wrong, when only one of them is ("" otherwise)."""
    wrong = [name for name, ok in (
        ("holder", keys.matches_any(holder, gold.holder)),
        ("target", not gold.target or keys.matches_any(target, gold.target)),
        ("type/polarity", stance.type in gold.types
         or (gold.polarity is not None and stance.polarity == gold.polarity)),
    ) if not ok]
    if not wrong:
        return "fits, but counted for another gold stance"
    return f"{wrong[0]} wrong" if len(wrong) == 1 else ""


def _score_stances(gold: GoldArticle, keys: KeyIndex, ext: Extraction, sec: Section) -> Score:
    stances = ext.stances
    holders = [ext.actor(s.holder) for s in stances]
    targets = [ext.actor(s.target) if s.target else None for s in stances]
    matched = one_to_one(
        len(stances), len(gold.stances),
        lambda s, g: stance_matches(keys, holders[s], targets[s], stances[s], gold.stances[g]),
        groups=_ordered(gold.stances))
    used = set(matched.values())
    for i, g in enumerate(gold.stances):
        if i not in matched and not g.optional:
            pol = "null" if g.polarity is None else f"{g.polarity:+d}"
            sec.add_error(f"MISS stance {g.id}: {list(g.holder)} -> {list(g.target)} "
                          f"types {list(g.types)} polarity {pol} — evidence: {g.evidence}")
            _add_near(sec, [f"       near: {why}: {_stance_str(stances[s], ext)}"
                            for s in range(len(stances))
                            if (why := _stance_near(keys, holders[s], targets[s], stances[s], g))])
    for s, st in enumerate(stances):
        if s not in used:
            sec.add_error(f"FP   {_stance_str(st, ext)}")
    return _count(matched, gold.stances, len(stances))


def score_gold(gold: GoldArticle, extraction: Extraction | None, *,
               failure: str | None = None) -> Section:
    """Actors, claims and stances of ``extraction`` against ``gold``; no extraction (it
    failed) scores every required gold item as a miss."""
    ext = extraction or Extraction(article=Article(id=gold.article_path.stem, text="",
                                                   lang=gold.lang))  # type: ignore[arg-type]
    sec = Section(kind="gold", source=str(gold.path),
                  title=f"gold article {gold.article_path.stem} ({gold.lang})", items=1)
    if failure:
        sec.failures.append(failure)
    keys = KeyIndex(gold.actors)
    sec.scores["actors"] = _score_actors(gold, keys, ext, sec)
    sec.scores["claims"] = _score_claims(gold, keys, ext, sec)
    sec.scores["stances"] = _score_stances(gold, keys, ext, sec)
    if extraction is not None and extraction.article.body:
        _score_body(gold, extraction, sec)
    return sec


def _score_body(gold: GoldArticle, ext: Extraction, sec: Section) -> None:
    """Diagnostic beyond EVALUATION.md: which gold body lines the extraction's ``body``
    keeps and which boilerplate lines it drops (a line is kept when a body span touches
    its non-space characters)."""
    text = ext.article.text
    lines, start = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        lead = start + (len(line) - len(line.lstrip()))
        lines.append((lead, lead + len(stripped)))
        start += len(line) + 1

    def kept(n: int) -> bool:
        a, b = lines[n] if n < len(lines) else (0, 0)
        return a < b and any(s < b and a < e for s, e in ext.article.body)

    body = [n for n in gold.body_lines if not kept(n)]
    boiler = [n for n in gold.boilerplate_lines if kept(n)]
    sec.rates["body lines kept"] = Rate(len(gold.body_lines) - len(body), len(gold.body_lines))
    sec.rates["boilerplate lines dropped"] = Rate(len(gold.boilerplate_lines) - len(boiler),
                                                 len(gold.boilerplate_lines))
    for n in body:
        sec.add_error(f"BODY line {n} dropped: «{text[slice(*lines[n])][:60]}»")
    for n in boiler:
        sec.add_error(f"BOILERPLATE line {n} kept: «{text[slice(*lines[n])][:60]}»")
