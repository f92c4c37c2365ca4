"""Arabic actor mentions: gazetteer names, titles with apposition, the article's own aliases.

Owns ``find_mentions(doc)`` (title resolution itself lives in ``extract.ar.titles``). One left-to-right pass over the body tokens tries, at each token:
1. a title (``الرئيس``, ``وزير الخارجية``, ``نظيره``) + optional demonym or state name + optional
   name: resolved to the named person, else the gazetteer's holder of that office for that country
   on the article's date, else a new person built from the name, else the state; failing a title,
   an unnamed source (``مصدر عسكري``, ``مصادر محلية``, ``مسؤول تركي``, ``مراسل عنب بلدي``:
   ``extract.ar.sources``);
2. an institution noun + demonym (``الرئاسة الفرنسية``) -> the state; a generic agent noun
   (``مسلحون``, ``القوات`` + demonym) -> a generic actor, and a generic agent + a community's
   name (``المقاتلين الكرد``) -> the community; with a demonym the agent is that country's
   (``x-usa-military``, shared by all articles), without one it names nobody in particular and
   is scoped to the article at the end (``extract.scope``: "gunmen (article X)");
3. the longest gazetteer or article-local name (clitic-aware on the first word; quote marks
   inside a name are skipped), where a demonym right before a person of that country is read as
   an elliptical title (``والفرنسي إيمانويل ماكرون``);
   A gazetteer person right after a nasab connector or a kunya (``بن محمد``، ``أبو عبد الله``) is
   part of another person's name and not that person; a known name goes on over the rest of its
   nasab (``محمد بن سلمان بن عبد العزيز``); an unknown nasab with two connectors, the family
   ``آل`` or a father the gazetteer knows is a new person (``حمدان بن محمد بن راشد``);
4. "the two parties" (``الطرفان``) -> the two most recent distinct persons (or states).
After a mention the pass registers short forms the article introduces: a parenthesised name
(``(قسد)``) and the definite head noun of a multi-word organisation (``التنظيم``, ``الوحدات``).
At the end, bare titles of an undated article that went to today's office holder are given to
another holder of that office when the article names exactly one (``_resolve_guesses``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from extract.ar.doc import ActorRec, Doc, Mention
from extract.ar.lexicon import MEMO_LIMIT, Lexicon, Title, load_lexicon
from extract.ar.sources import SourceMixin
from extract.ar.titles import NASAB, NOT_OWN, ORG_KINDS, QUOTE, TitleMixin, romanize
from extract.arabic import enclitic_variants, proclitic_variants
from extract.gazetteer import Entry, Gazetteer, NameRef, strip_al
from extract.scope import slug as scope_slug

__all__ = ["entry_rec", "find_mentions", "romanize"]


def entry_rec(e: Entry) -> ActorRec:
    return ActorRec(e.id, e.label, e.kind, dict(e.labels), e.wikidata, e.country, e.sector, e.role)


@lru_cache(maxsize=65536)
def start_forms(tok: str) -> tuple[str, ...]:
    """The forms under which ``tok`` may open a mention: its stems without proclitics and
    enclitics, al- stripped (the way the first words of names are indexed)."""
    # a tuple of strings, which the garbage collector stops tracking (a frozenset it keeps)
    return tuple(dict.fromkeys(strip_al(v) for stem, _ in proclitic_variants(tok)
                               for v in enclitic_variants(stem)))


@dataclass
class _Shared:
    """What the scanner looks up per word, shared by all documents of one lexicon and gazetteer
    (the article's own aliases are kept apart, in the scanner)."""

    gaz: Gazetteer
    keys: frozenset[str]  # first words (al- stripped) that can open any kind of mention
    opens: dict[str, bool] = field(default_factory=dict)  # word -> can it open a mention?
    names: dict[str, tuple[tuple[str, int, NameRef], ...]] = field(default_factory=dict)
    titles: dict[tuple[str, bool], tuple[tuple[int, Title], ...]] = field(default_factory=dict)
    alias_intros: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # by first word


class _Scanner(TitleMixin, SourceMixin):
    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.toks, self.norms = doc.toks, doc.norms
        self.n = len(doc.toks)
        self.local: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        self.last_role: str | None = None
        self.date = doc.article.published
        self._inst_heads = {w[0] for w in lex.multi_markers["institution"]}
        shared = lex.__dict__.get("_actor_shared")
        if shared is None or shared.gaz is not doc.gaz:
            shared = _Shared(doc.gaz, frozenset(self._starts()))
            intros = lex.multi_markers["alias_intro"] + [(w,) for w in lex.markers["alias_intro"]]
            for words in intros:
                shared.alias_intros.setdefault(words[0], []).append(words)
            lex.__dict__["_actor_shared"] = shared
        for memo in (shared.opens, shared.names, shared.titles):
            if len(memo) > MEMO_LIMIT:
                memo.clear()
        self.shared = shared
        self._titles, self._names = shared.titles, shared.names
        self._local_keys: set[str] = set()
        self.guessed: list[tuple[Mention, str, str | None]] = []  # titles resolved without a date

    # -- helpers -------------------------------------------------------------------------
    def norm(self, i: int) -> str:
        return self.norms[i] if i < self.n else ""

    def same_sent(self, i: int, j: int) -> bool:
        return j < self.n and self.doc.sent_of[i] == self.doc.sent_of[j]

    def start_at(self, i: int, cut: int) -> int:
        return self.doc.nt.orig[self.toks[i].nstart + cut]

    def use(self, e: Entry) -> str:
        if e.id not in self.doc.actors:
            self.doc.actors[e.id] = entry_rec(e)
        return e.id

    def _follow(self, i: int, words: tuple[str, ...]) -> int | None:
        """Index after ``words`` matched from token ``i`` (quote marks skipped), or None."""
        j = i
        for w in words:
            while j < self.n and self.norm(j) == QUOTE and self.same_sent(i, j):
                j += 1
            if j >= self.n or self.norm(j) != w:
                return None
            j += 1
        return j

    # -- name matching -------------------------------------------------------------------
    def _name_candidates(self, tok: str) -> tuple[tuple[str, int, NameRef], ...]:
        hit = self._names.get(tok)
        if hit is None:
            found = []
            for stem, cut in proclitic_variants(tok):
                for ref in self.doc.gaz.ar_index.get(strip_al(stem), ()):
                    if stem == ref.tokens[0]:
                        found.append((stem, cut, ref))
            hit = self._names[tok] = tuple(found)
        return hit

    def match_name(self, i: int) -> tuple[int, int, NameRef | None, str | None, str] | None:
        """Longest gazetteer/local name at token ``i``: (end, cut, ref, local_key, how)."""
        best = None
        tok = self.norm(i)
        for _stem, cut, ref in self._name_candidates(tok):
            j = self._follow(i + 1, ref.tokens[1:])
            if j is not None:
                score = (j, ref.how == "name", -cut)
                if best is None or score > best[0]:
                    best = (score, (j, cut, ref, None, ref.how))
        if self.local:
            for stem, cut in proclitic_variants(tok):
                for toks, akey, how in self.local.get(strip_al(stem), ()):
                    if stem != toks[0]:
                        continue
                    j = self._follow(i + 1, toks[1:])
                    if j is None or (how == "head" and self.norm(j).startswith("ال")):
                        continue
                    score = (j, True, -cut)
                    if best is None or score > best[0]:
                        best = (score, (j, cut, None, akey, "alias"))
        return best[1] if best else None

    # -- the pass ------------------------------------------------------------------------
    def _add(self, i: int, j: int, cut: int, key: str, how: str, role: str | None = None,
             pair: str | None = None) -> Mention:
        m = Mention(i, j, self.start_at(i, cut), self.toks[j - 1].end, key, how, pair, role)
        self.doc.add_mention(m)
        return m

    def _known_as(self, j: int) -> tuple[int, int] | None:
        """``، المعروف بـ“داعش”`` after a mention: the token range of the quoted short form."""
        while j < self.n and self.norm(j) in (QUOTE, "،", ","):
            j += 1
        for words in self.shared.alias_intros.get(self.norm(j), ()):
            k = self._follow(j, words)
            if k is None:
                continue
            if k < self.n and self.norm(k) == "ب":  # بـ“…” written apart
                k += 1
            elif k < self.n and self.norm(k).startswith("ب") and self.norm(k)[1:] and k + 1 < self.n:
                return (k, k + 1) if self.norm(k + 1) in (QUOTE, "،", ",", ".", ")") else None
            if k < self.n and self.norm(k) == QUOTE:
                close = next((x for x in range(k + 1, min(k + 6, self.n)) if self.norm(x) == QUOTE), None)
                if close is not None and close > k + 1:
                    return k + 1, close
        return None

    def _register_aliases(self, m: Mention, ref: NameRef | None) -> None:
        j = m.t1
        known = self._known_as(j)
        if known is not None:
            a, b = known
            toks = tuple(self.norm(k) for k in range(a, b))
            if a == b - 1 and toks[0].startswith("ب"):  # بداعش: the ب is the preposition
                toks = (toks[0][1:],)
            if all(t.isalpha() for t in toks) and self.match_name(a) is None:
                self.local_add(toks, m.key, "name")
        if j + 2 < self.n and self.norm(j) == "(":
            close = next((k for k in range(j + 2, min(j + 5, self.n)) if self.norm(k) == ")"), None)
            if close is not None and self.match_name(j + 1) is None:
                toks = tuple(self.norm(k) for k in range(j + 1, close))
                if all(t.isalpha() for t in toks):
                    self.local_add(toks, m.key, "name")
        if ref is not None and ref.how == "name" and ref.entry.kind in ORG_KINDS and len(ref.tokens) >= 2:
            head = ref.tokens[0]
            head = head if head.startswith("ال") else "ال" + head
            if self.lex.is_("institution", head) or head in self.lex.agents or head in self.lex.titles:
                return
            self.local_add((head,), m.key, "head")

    def _pair(self, i: int) -> bool:
        if not any(self.lex.is_("pair", s) for s, _ in proclitic_variants(self.norm(i))):
            return False
        seen: list[str] = []
        for m in reversed(self.doc.mentions):
            if self.doc.actors[m.key].kind == "person" and m.key not in seen:
                seen.append(m.key)
            if len(seen) == 2:
                break
        if len(seen) < 2:
            return False
        cut = next(c for s, c in proclitic_variants(self.norm(i)) if self.lex.is_("pair", s))
        self._add(i, i + 1, cut, seen[1], "pair", pair=seen[0])
        return True

    def _institution(self, i: int) -> int | None:
        hit = self.institution_at(i)
        if hit is None:
            return None
        end, cut, entry = hit
        self._add(i, end, cut, self.use(entry), "institution")
        return end

    def institution_at(self, i: int) -> tuple[int, int, Entry] | None:
        """An institution noun + demonym at ``i`` (``الرئاسة الفرنسية``): (end, cut, state)."""
        for stem, cut in proclitic_variants(self.norm(i)):
            if not self.lex.is_("institution", stem) and stem not in self._inst_heads:
                continue
            for words in ((stem,), *self.lex.phrases("institution", stem)):
                if len(words) == 1 and not self.lex.is_("institution", stem):
                    continue
                j = self._follow(i + 1, words[1:])
                if j is None or j >= self.n:
                    continue
                nm = self.match_name(j)
                if nm and nm[2] is not None and nm[2].how == "demonym" and nm[1] == 0:
                    return nm[0], cut, nm[2].entry
        return None

    def _agent(self, i: int) -> tuple[int, int, str] | None:
        """A generic agent noun (+ demonym) at ``i``: (end, cut, actor key)."""
        for stem, cut in proclitic_variants(self.norm(i)):
            for agent in self.lex.agents.get(stem, ()):
                j = self._follow(i + 1, agent.words[1:])
                if j is None:
                    continue
                nm = self.match_name(j) if j < self.n else None
                state = nm[2].entry if (nm and nm[2] is not None and nm[2].how == "demonym"
                                        and nm[1] == 0) else None
                if state is None and agent.needs_country:
                    continue
                if state is None and nm and nm[2] is not None and nm[2].entry.kind == "group" \
                        and nm[1] == 0:
                    # "المقاتلين الكرد", "المسلحين الشيعة": the agent of a named community
                    return nm[0], cut, self.use(nm[2].entry)
                end = nm[0] if state is not None else j
                slug = scope_slug(agent.label)
                if state is not None:
                    key = f"x-{state.country.lower()}-{slug}"
                    label = f"{state.label} {agent.label}"
                    labels = {"ar": self.doc.text[self.start_at(i, cut):self.toks[end - 1].end],
                              "en": label}
                else:
                    key, label, labels = f"x-{slug}", agent.label, {"en": agent.label}
                if key not in self.doc.actors:
                    kind = "group" if agent.sector in ("CVL", "UAF", "REB", "OPP") else "organization"
                    # without a country the agent names nobody in particular: the article's own
                    self.doc.actors[key] = ActorRec(key, label, kind, labels, None,
                                                    state.country if state else None, agent.sector,
                                                    generic=state is None)
                return end, cut, key
        return None

    def _starts(self) -> set[str]:
        """First words (al- stripped) that can open any kind of mention."""
        lex = self.lex
        keys = set(self.doc.gaz.ar_index)
        keys.update(lex.titles, lex.agents, lex.markers["institution"], lex.markers["pair"])
        keys.update(w for w, rows in lex.sources.items() if any(r.cls in ("noun", "reporter") for r in rows))
        keys.update(w[0] for w in lex.multi_markers["institution"])
        return {strip_al(k) for k in keys}

    def can_start(self, tok: str) -> bool:
        """Can the word ``tok`` open a mention (a gazetteer or lexicon word, or a local alias)?"""
        hit = self.shared.opens.get(tok)
        if hit is None:
            hit = self.shared.opens[tok] = tok.isalpha() and not self.shared.keys.isdisjoint(
                start_forms(tok))
        return hit or (bool(self._local_keys) and tok.isalpha()
                       and not self._local_keys.isdisjoint(start_forms(tok)))

    def local_add(self, toks: tuple[str, ...], key: str, how: str) -> None:
        """Register an article-local name (an alias the article introduces)."""
        first = strip_al(toks[0])
        self.local.setdefault(first, []).append((toks, key, how))
        if first not in self.shared.keys:
            self._local_keys.add(first)

    def run(self) -> None:
        i = 0
        while i < self.n:
            if not self.can_start(self.norms[i]) \
                    and not (i + 1 < self.n and self.norms[i + 1] in NASAB):
                i += 1
                continue
            end = self.title_mention(i)
            if end is None:
                end = self.source_mention(i)
            nm = self.match_name(i) if end is None else None
            if end is None:
                end = self._institution(i)
                if end is not None and nm is not None and nm[0] >= end:
                    self.doc.drop_last_mention()
                    end = None
            if end is None:
                ag = self._agent(i)
                if ag is not None and (nm is None or ag[0] > nm[0]):
                    self._add(i, ag[0], ag[1], ag[2], "agent")
                    end = ag[0]
            if end is None and nm is not None and nm[2] is not None \
                    and nm[2].entry.kind == "person" and self._inside_name(i):
                nm = None  # «حمدان بن محمد …», «أبو عبد الله»: another person's name
            if end is None and nm is None:
                end = self._nasab_person(i)
            if end is None:
                if nm is not None:
                    end, cut, ref, lkey, how = nm
                    if ref is not None and ref.entry.kind == "person":
                        end = self.nasab_end(end, i)  # «محمد بن سلمان بن عبد العزيز»
                    if ref is not None and how == "demonym" and ref.entry.kind == "state":
                        nxt = self.match_name(end) if end < self.n else None
                        if nxt and nxt[2] is not None and nxt[2].entry.kind == "person" \
                                and nxt[2].entry.country == ref.entry.country:
                            # "والفرنسي إيمانويل ماكرون": an elliptical title before the name
                            self._add_titled(i, end, end, nxt[0], cut, self.use(nxt[2].entry),
                                             nxt[2].entry.role)
                            i = nxt[0]
                            continue
                    key = lkey if ref is None else self.use(ref.entry)
                    m = self._add(i, end, cut, key, how)
                    if ref is not None and ref.entry.kind == "person":
                        self.last_role = ref.entry.role
                    self._register_aliases(m, ref)
                elif self._pair(i):
                    end = i + 1
            i = end if end is not None and end > i else i + 1
        self._resolve_guesses()

    def _inside_name(self, i: int) -> bool:
        """Is token ``i`` preceded by a nasab connector or a kunya (part of a longer name)?"""
        return i > 0 and self.same_sent(i - 1, i) and self.norm(i - 1) in NOT_OWN \
            and (self.norm(i - 1) not in NASAB or i > 1 and self.name_word(i - 2))

    def _nasab_person(self, i: int) -> int | None:
        """An unknown name built as a nasab, with no title before it: «حمدان بن محمد بن راشد»
        becomes a person when the chain is clearly a name — two connectors, the family «آل», or
        a father the gazetteer knows."""
        if i + 2 >= self.n or self.norm(i + 1) not in NASAB or not self.name_word(i) \
                or not self.same_sent(i, i + 2) or self.match_title(i) is not None \
                or self.norm(i).startswith("ال") or self._common_noun(i) or self._inside_name(i):
            return None
        end = self.nasab_end(i + 1, i)
        if end <= i + 2:
            return None
        words = [self.norm(t) for t in range(i + 1, end)]
        father = self.match_name(i + 2)
        known = father is not None and father[2] is not None and father[2].entry.kind == "person"
        if sum(w in NASAB for w in words) < 2 and "ال" not in words and not known:
            return None
        country = self.doc.gaz.state(father[2].entry.country) if known else None  # the family's
        key = self._new_person(i, end, country, Title((), "", None), None)
        self._add(i, end, 0, key, "name")
        return end

    def _resolve_guesses(self) -> None:
        """A bare title of an undated article went to today's office holder; when the article
        names another holder of that office (for that country), the title is that person."""
        if not self.guessed:
            return  # (a dated article, or no bare title: no pass over the mentions)
        sure = {x.key for x in self.doc.mentions if not x.guess}
        for m, role, country in self.guessed:
            if m.key in sure:  # the article names today's holder too: no guess
                m.guess = False
                continue
            named = {a.id for a in self.doc.actors.values()
                     if a.kind == "person" and a.id != m.key and a.id in sure
                     and (e := self.doc.gaz.get(a.id))
                     and any(o.role == role and o.country == country for o in e.offices)}
            if len(named) != 1:
                continue
            old, m.key, m.guess = m.key, named.pop(), False
            if not any(x.key == old for x in self.doc.mentions):
                self.doc.actors.pop(old, None)


def find_mentions(doc: Doc, *, lexicon: Lexicon | None = None) -> None:
    """Fill ``doc.mentions`` and ``doc.actors``."""
    _Scanner(doc, lexicon or load_lexicon()).run()
