"""The Arabic extractor's word lists, read once from the TSV data files.

Owns ``Lexicon`` (cues by normalised form, triggers by normalised first word, titles, closed word
classes, date words, place names) and ``load_lexicon()`` (cached; shipped files plus same-named files in
``QAWL_RULES_PATH`` folders). Every form is stored normalised (``extract.arabic.norm_word``) so
that lookups are plain dictionary hits on normalised tokens.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from extract.ar import morph
from extract.arabic import norm_word, proclitic_variants
from extract.datafiles import data_files, read_tsv
from extract.gazetteer import strip_al

__all__ = ["Agent", "Cue", "Lexicon", "SourceWord", "Title", "Trigger", "load_lexicon"]

MEMO_LIMIT = 200_000  # words a per-word cache holds before it starts afresh (memory on big builds)


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    kind: str  # verb | participle
    speech_act: str
    plover: str | None
    polarity: int


@dataclass(frozen=True, slots=True)
class Trigger:
    words: tuple[str, ...]  # normalised
    type: str
    polarity: int
    negated_type: str | None
    target: str  # after | before | with | pair
    scope: str  # claim | any


@dataclass(frozen=True, slots=True)
class Title:
    words: tuple[str, ...]
    role: str
    sector: str


@dataclass(frozen=True, slots=True)
class Agent:
    words: tuple[str, ...]
    sector: str
    label: str
    needs_country: bool


@dataclass(frozen=True, slots=True)
class SourceWord:
    """A row of ``patterns/sources.ar.tsv``: an unnamed-source noun or a word after one."""

    words: tuple[str, ...]
    cls: str  # noun | reporter | modifier | member | close
    number: str | None  # sg | pl (nouns)
    sector: str | None
    label: str
    alone: bool


@dataclass
class Lexicon:
    cues: dict[str, Cue] = field(default_factory=dict)
    triggers: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    titles: dict[str, list[Title]] = field(default_factory=lambda: defaultdict(list))
    markers: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    multi_markers: dict[str, list[tuple[str, ...]]] = field(default_factory=lambda: defaultdict(list))
    months: dict[str, list[tuple[tuple[str, ...], int]]] = field(default_factory=lambda: defaultdict(list))
    weekdays: dict[str, int] = field(default_factory=dict)
    relative: dict[str, list[tuple[tuple[str, ...], int]]] = field(default_factory=lambda: defaultdict(list))
    agents: dict[str, list[Agent]] = field(default_factory=lambda: defaultdict(list))
    days: dict[str, list[tuple[tuple[str, ...], int]]] = field(default_factory=lambda: defaultdict(list))
    sources: dict[str, list[SourceWord]] = field(default_factory=lambda: defaultdict(list))  # by first word
    places: dict[str, str] = field(default_factory=dict)  # one-word place (al- stripped) -> ISO3
    cue_lemmas: dict[str, Cue] = field(default_factory=dict)  # verb cues by lemma, when morphology is on
    _memos: dict[str, dict] = field(default_factory=dict, repr=False, compare=False)
    _cue_memo: dict[str, tuple[Cue, int] | None] = field(default_factory=dict, repr=False, compare=False)
    _stem_memo: dict[tuple[str, str], bool] = field(default_factory=dict, repr=False, compare=False)
    _phrase_index: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = field(
        default_factory=dict, repr=False, compare=False)

    def is_(self, category: str, tok: str) -> bool:
        return tok in self.markers[category]

    def memo(self, name: str) -> dict:
        """A cache named ``name`` that a component fills with what it derives per word from these
        lists (word -> candidates); shared by all documents, as the lists do not change."""
        memo = self._memos.setdefault(name, {})
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        return memo

    def phrases(self, category: str, first: str) -> tuple[tuple[str, ...], ...]:
        """The multi-word ``category`` markers that start with the word ``first``, in file order."""
        index = self._phrase_index.get(category)
        if index is None:
            by_first: dict[str, list[tuple[str, ...]]] = {}
            for words in self.multi_markers[category]:
                by_first.setdefault(words[0], []).append(words)
            index = self._phrase_index[category] = {w: tuple(p) for w, p in by_first.items()}
        return index.get(first, ())

    def stem_is(self, category: str, w: str) -> bool:
        """Is the word ``w`` or a stem of it without proclitics a ``category`` marker? Cached."""
        hit = self._stem_memo.get((category, w))
        if hit is None:
            if len(self._stem_memo) > MEMO_LIMIT:
                self._stem_memo.clear()
            hit = self._stem_memo[category, w] = any(
                v in self.markers[category] for v, _ in proclitic_variants(w))
        return hit

    def cue_at(self, w: str) -> tuple[Cue, int] | None:
        """The cue the word ``w`` is (bare or behind و/ف) and the number of clitic letters."""
        memo = self._cue_memo
        if w not in memo:
            if len(memo) > MEMO_LIMIT:
                memo.clear()
            memo[w] = self._find_cue(w)
        return memo[w]

    def cue_positions(self, words: list[str]) -> list[int]:
        """Indexes of the words that are cues (``cue_at``), each distinct word looked up once."""
        memo = self._cue_memo
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        for w in set(words).difference(memo):
            memo[w] = self._find_cue(w)
        return [k for k, w in enumerate(words) if memo[w] is not None]

    def _find_cue(self, w: str) -> tuple[Cue, int] | None:
        listed = next(((self.cues[stem], cut) for stem, cut in proclitic_variants(w)
                       if stem in self.cues and (cut == 0 or w[0] in "وف")), None)
        if listed is not None or not self.cue_lemmas:
            return listed
        # an inflection the list does not spell out (أوضحوا، صرحتا), where camel-tools'
        # morphology database is installed: a verb whose lemma is a cue's
        for lemma, pos, conj in morph.lemmas(w):
            if pos == "verb" and lemma in self.cue_lemmas:
                return self.cue_lemmas[lemma], 1 if conj and w[0] in "وف" else 0
        return None


def _rows(rel: str, schema: str):
    for path in data_files(rel):
        for _, row in read_tsv(path, schema):
            if isinstance(row, list):
                yield row


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    lex = Lexicon()
    for lemma, forms, kind, act, plover, pol in _rows("cues/ar.tsv", "cues"):
        cue = Cue(lemma, kind, act, None if plover == "-" else plover, int(pol))
        for form in forms.split("|"):
            lex.cues[norm_word(form)] = cue
        if kind == "verb" and morph.analyzer() is not None:
            lex.cue_lemmas.setdefault(norm_word(lemma), cue)
    for phrase, typ, pol, neg, target, scope in _rows("triggers/ar.tsv", "triggers"):
        words = tuple(norm_word(phrase).split())
        lex.triggers[words[0]].append(Trigger(words, typ, int(pol), None if neg == "-" else neg,
                                              target, scope))
    for title, role, sector in _rows("patterns/titles.ar.tsv", "titles"):
        words = tuple(norm_word(title).split())
        lex.titles[words[0]].append(Title(words, role, sector))
    for cat, form in _rows("patterns/markers.ar.tsv", "markers"):
        words = tuple(norm_word(form).split())
        if len(words) == 1:
            lex.markers[cat].add(words[0])
        else:
            lex.multi_markers[cat].append(words)
    for cat, form, value in _rows("patterns/dates.ar.tsv", "dates"):
        words = tuple(norm_word(form).split())
        if cat == "month":
            lex.months[words[0]].append((words, int(value)))
        elif cat == "weekday":
            lex.weekdays[words[0]] = int(value)
        elif cat == "day":
            lex.days[words[0]].append((words, int(value)))
        else:
            lex.relative[words[0]].append((words, int(value)))
    for forms, sector, label, needs in _rows("patterns/agents.ar.tsv", "agents"):
        for form in forms.split("|"):
            words = tuple(norm_word(form).split())
            lex.agents[words[0]].append(Agent(words, sector, label, needs == "yes"))
    for cls, forms, number, sector, label, alone in _rows("patterns/sources.ar.tsv", "sources"):
        for form in forms.split("|"):
            words = tuple(norm_word(form).split())
            lex.sources[words[0]].append(SourceWord(
                words, cls, None if number == "-" else number, None if sector == "-" else sector,
                label, alone == "yes"))
    for name, iso in _rows("patterns/places.ar.tsv", "places"):
        lex.places[strip_al(norm_word(name))] = iso
    for table in (lex.triggers, lex.titles, lex.months, lex.relative, lex.agents, lex.days,
                  lex.sources):
        for items in table.values():
            items.sort(key=lambda x: -len(x[0] if isinstance(x, tuple) else x.words))
    return lex
