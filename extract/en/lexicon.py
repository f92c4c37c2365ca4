"""The English extractor's word lists, read from the TSV files in ``extract/en/data``.

Owns the file formats (each file's header documents its own), verb inflection for entries
written ``~lemma``, the compiled :class:`Lexicon` and :func:`check`, which reports every bad
line of these files as ``file:line: reason``. Users add entries without touching the package:
files with the same names in ``<dir>/en/`` for each folder of ``QAWL_RULES_PATH`` are read
after the shipped ones.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.model import PLOVER_TYPES, SECTORS

__all__ = ["DATA_DIR", "Cue", "Lexicon", "Title", "Trigger", "check", "inflect", "load",
           "user_dirs"]

DATA_DIR = Path(__file__).resolve().parent / "data"
_KINDS = ("person", "group", "organization", "state")
_CUE_FLAGS = frozenset({"addressee", "negated", "modal", "weak", "attitude", "clause", "act",
                        "topic", "of"})
_STANCE_FLAGS = frozenset({"verbal", "intent", "complement", "noun", "speech"})


@dataclass(frozen=True, slots=True)
class Cue:
    words: tuple[str, ...]  # one surface form, lower case
    lemma: str
    kind: str  # verb | noun | prep
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class Trigger:
    pattern: tuple[tuple[str, ...] | None, ...]  # each slot: accepted words; None = gap
    source: str  # the pattern as written
    type: str
    polarity: int
    cameo: str
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class Title:
    words: tuple[str, ...]
    role: str | None
    sector: str | None
    kind: str
    plural: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    cues: dict[str, list[Cue]]  # first word -> cues starting with it, longest first
    triggers: dict[str, list[Trigger]]  # first word -> triggers
    titles: dict[tuple[str, ...], Title]
    title_heads: frozenset[str]
    max_title: int
    cue_verbs: frozenset[str] = frozenset()  # inflected verb cues ("says", "warned"), lower case
    cue_nouns: frozenset[str] = frozenset()  # first words of noun cues ("claim", "comments")
    title_firsts: frozenset[str] = frozenset()  # first words of titles
    given: dict[str, str] | None = None  # given name -> "m" | "f" (given_names.tsv)


def _rows(path: Path):
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        yield n, [c.strip() for c in line.split("\t")]


def _table(path: Path, width: int, errors: list[str]):
    """The rows of ``path`` that have ``width`` columns; each other row is an error."""
    for n, cols in _rows(path):
        if len(cols) != width:
            errors.append(f"{path}:{n}: expected {width} tab-separated columns, found {len(cols)}")
            continue
        yield n, cols


def _irregular(path: Path) -> dict[str, tuple[str, ...]]:
    return {cols[0]: tuple(cols[1].split("|")) for _, cols in _rows(path) if len(cols) >= 2}


def inflect(lemma: str, irregular: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every form of a verb: the lemma, -s, -ed, -ing (by rule, plus listed irregular forms)."""
    if lemma in irregular:
        return (lemma, *irregular[lemma])
    forms = {lemma}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" \
                and lemma[-3] not in "aeiou":
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # snub: snubbed
    return tuple(sorted(forms))


def _parse_cues(path: Path, irregular, errors: list[str]) -> dict[str, list[Cue]]:
    index: dict[str, list[Cue]] = {}
    seen: dict[tuple[str, str], int] = {}
    for n, cols in _table(path, 4, errors):
        lemma, forms, kind, flags = cols
        if (lemma, kind) in seen:
            errors.append(f"{path}:{n}: {kind} cue {lemma!r} already on line {seen[lemma, kind]}")
            continue
        seen[lemma, kind] = n
        if kind not in ("verb", "noun", "prep"):
            errors.append(f"{path}:{n}: kind must be verb, noun or prep, not {kind!r}")
            continue
        fl = _flags(flags, _CUE_FLAGS, f"{path}:{n}", errors)
        if fl is None:
            continue
        words = lemma.split()
        surface = set()
        if kind == "verb":
            head = inflect(words[0], irregular)
            surface |= {(h, *words[1:]) for h in head}
        else:
            surface.add(tuple(words))
        if forms != "-":
            surface |= {tuple(f.split()) for f in forms.split("|")}
        for s in surface:
            index.setdefault(s[0], []).append(Cue(s, lemma, kind, fl))
    for v in index.values():
        v.sort(key=lambda c: -len(c.words))
    return index


def _flags(value: str, known: frozenset[str], where: str,
           errors: list[str]) -> frozenset[str] | None:
    """The comma-separated flags of a column ("-" for none), or None after recording an
    unknown one in ``errors``."""
    fl = frozenset() if value == "-" else frozenset(value.split(","))
    if fl - known:
        errors.append(f"{where}: unknown flag(s) {', '.join(sorted(fl - known))}")
        return None
    return fl


def _parse_triggers(path: Path, irregular, errors: list[str]) -> dict[str, list[Trigger]]:
    index: dict[str, list[Trigger]] = {}
    seen: dict[str, int] = {}
    for n, cols in _table(path, 5, errors):
        pattern, type_, pol, cameo, flags = cols
        if type_ not in PLOVER_TYPES and type_ != "NONE":
            errors.append(f"{path}:{n}: {type_!r} is not a PLOVER category (or NONE)")
            continue
        if pol not in ("-1", "0", "1"):
            errors.append(f"{path}:{n}: polarity must be -1, 0 or 1, not {pol!r}")
            continue
        fl = _flags(flags, _STANCE_FLAGS, f"{path}:{n}", errors)
        if fl is None:
            continue
        if pattern in seen:
            errors.append(f"{path}:{n}: pattern {pattern!r} already on line {seen[pattern]}")
            continue
        seen[pattern] = n
        words = pattern.split()
        if not words or words[0] == "*" or words[-1] == "*":
            errors.append(f"{path}:{n}: a pattern cannot start or end with '*'")
            continue
        slots: list[list[tuple[str, ...]] | None] = []
        for w in words:
            if w == "*":
                slots.append(None)
            elif w.startswith("~"):
                slots.append([(f,) for f in inflect(w[1:], irregular)])
            else:
                slots.append([(a,) for a in w.split("/")])
        first = slots[0]
        assert first is not None
        compiled = tuple(None if s is None else tuple(x[0] for x in s) for s in slots)
        trig = Trigger(compiled, pattern, type_, int(pol), cameo, fl)
        for (f,) in first:
            index.setdefault(f, []).append(trig)
    for v in index.values():
        v.sort(key=lambda t: -len(t.pattern))
    return index


def _parse_titles(path: Path, errors: list[str]) -> dict[tuple[str, ...], Title]:
    out: dict[tuple[str, ...], Title] = {}
    for n, cols in _table(path, 5, errors):
        phrase, role, sector, kind, number = cols
        if sector != "-" and sector not in SECTORS:
            errors.append(f"{path}:{n}: {sector!r} is not a sector code")
            continue
        if kind not in _KINDS:
            errors.append(f"{path}:{n}: kind must be one of {', '.join(_KINDS)}")
            continue
        if number not in ("sg", "pl"):
            errors.append(f"{path}:{n}: number must be sg or pl")
            continue
        words = tuple(phrase.split())
        out[words] = Title(words, None if role == "-" else role,
                           None if sector == "-" else sector, kind, number == "pl")
    return out


def _parse_given(path: Path, errors: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, cols in _table(path, 2, errors):
        if cols[1] not in ("m", "f"):
            errors.append(f"{path}:{n}: sex must be m or f, not {cols[1]!r}")
            continue
        out[cols[0].lower()] = cols[1]
    return out


def _merge(into: dict, more: dict) -> None:
    for k, v in more.items():
        into.setdefault(k, []).extend(v)


def _build(dirs: tuple[Path, ...]) -> tuple[Lexicon, list[str]]:
    errors: list[str] = []
    irregular: dict[str, tuple[str, ...]] = {}
    for d in dirs:
        if (d / "verbs.tsv").is_file():
            irregular.update(_irregular(d / "verbs.tsv"))
    cues: dict[str, list[Cue]] = {}
    triggers: dict[str, list[Trigger]] = {}
    titles: dict[tuple[str, ...], Title] = {}
    given: dict[str, str] = {}
    for d in dirs:
        if (d / "given_names.tsv").is_file():
            given.update(_parse_given(d / "given_names.tsv", errors))
        if (d / "cues.tsv").is_file():
            _merge(cues, _parse_cues(d / "cues.tsv", irregular, errors))
        if (d / "stances.tsv").is_file():
            _merge(triggers, _parse_triggers(d / "stances.tsv", irregular, errors))
        if (d / "titles.tsv").is_file():
            titles.update(_parse_titles(d / "titles.tsv", errors))
    for v in cues.values():
        v.sort(key=lambda c: -len(c.words))
    for v in triggers.values():
        v.sort(key=lambda t: -len(t.pattern))
    lex = Lexicon(
        cues=cues, triggers=triggers, titles=titles,
        title_heads=frozenset(w[-1] for w in titles),
        max_title=max((len(w) for w in titles), default=1),
        title_firsts=frozenset(w[0] for w in titles),
        given=given,
        cue_verbs=frozenset(c.words[0] for v in cues.values() for c in v
                            if c.kind == "verb" and c.words[0] != c.lemma.split()[0]),
        cue_nouns=frozenset(w for w, v in cues.items() if any(c.kind == "noun" for c in v)),
    )
    return lex, errors


def user_dirs() -> tuple[Path, ...]:
    """``<dir>/en`` of every folder in ``QAWL_RULES_PATH`` that has one (user word lists)."""
    parts = filter(None, os.environ.get("QAWL_RULES_PATH", "").split(os.pathsep))
    return tuple(Path(p) / "en" for p in parts if (Path(p) / "en").is_dir())


def check(*dirs: Path) -> list[str]:
    """Every bad line of the English lexicon files (the shipped ones, or ``dirs``), as
    ``file:line: reason``."""
    return _build(tuple(Path(d) for d in dirs) or (DATA_DIR, *user_dirs()))[1]


def load(data_dir: Path | None = None) -> Lexicon:
    """The shipped lexicon plus user files under ``QAWL_RULES_PATH`` (or only ``data_dir``)."""
    return _load((Path(data_dir),) if data_dir else (DATA_DIR, *user_dirs()))


@lru_cache(maxsize=8)
def _load(dirs: tuple[Path, ...]) -> Lexicon:
    lex, errors = _build(dirs)
    if errors:
        raise ValueError(errors[0] + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""))
    return lex
