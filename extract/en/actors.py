"""English actor mentions: gazetteer names, demonyms, metonyms, titles, appositions, pronouns.

Owns :class:`Mention`, the article's :class:`Registry` of actors (gazetteer entries plus new
``x-<slug>`` actors for people and groups named by a title) and :func:`find_mentions`, which
scans one sentence left to right, longest match first. Offsets always point into the article
text; matching uses the tokens' lower-case forms.

A new actor is *generic* when nothing in its description names someone: a title with no
person's name and no country ("the president", "a spokesman", "officials": ``Registry.office``
without a country) or a noun phrase with no proper name in it ("Most analysts", "sources",
"critics": :meth:`Registry.has_name` is false). Generic actors are scoped to the article at the
end (``extract.scope``: "officials (article X)"), since "officials" in two articles are not one
actor; named ones ("Robby Mook", "Democratic officials", "Trump's spokesman", "Turkish foreign
minister") keep their label id, which a store merges across articles. A generic official that
later takes the article's one state as its country (``_home_country``) stays the article's own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from extract.en.gazindex import Entry, GazIndex
from extract.en.lexicon import Lexicon, Title
from extract.en.text import Sentence, Token
from extract.model import Actor, Span
from extract.scope import slug

__all__ = ["Mention", "Registry", "find_mentions", "slug"]

_DETS = frozenset("the a an his her its their our these those".split())
_MODS = frozenset(
    "senior top former deputy junior chief acting new newly appointed visiting outgoing interim "
    "then ousted exiled late ruling main local official ethnic radical armed angry some several "
    "many two three four five hundreds thousands dozens of rival elected incoming".split()
)
_NAME_LINKS = frozenset({"bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "la", "abu",
                         "abdel", "abd", "du", "le", "di", "ben"})
_HONORIFICS = frozenset("mr mrs ms dr sen rep gov gen lt col maj capt sgt prof rev adm sens reps "
                        "sheikh".split())
_ORG_HEADS = frozenset(
    "committee department ministry university institute center centre council party bank "
    "agency commission foundation association union corporation company group times post "
    "journal news press network court board office house senate congress assembly parliament "
    "army force forces police service services organization organisation front movement "
    "league alliance fund campaign administration coalition federation caucus cooperation "
    "community forum conference program programme authority bureau tribunal".split())
_FUNCTION_WORDS = frozenset(
    "against in of on to for with by and or the a an from at into over under near about after "
    "before between among across through during without within than as is are was were has "
    "have had will would said says".split())
_MODAL_WORDS = frozenset("will may can shall must might".split())  # "Will Trump ...?"
_PAIR_NOUNS = {"leaders": "person", "presidents": "person", "ministers": "person",
               "men": "person", "sides": "party", "countries": "party", "governments": "party",
               "parties": "party", "states": "party", "nations": "party"}
# "we" and "I" speak from inside a quotation: they are the speaker, not the latest actor
_SUBJECT_PRONOUNS = {"he": "sg", "she": "sg", "they": "pl", "it": "it"}
# possessive pronouns and the subject pronoun each is resolved as
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_MONTH_NAMES = frozenset("January February March April May June July August September October "
                         "November December".split())
_NOT_NAMES = frozenset(
    "The A An In On At For But And Or If As After Before When While Since During Under With "
    "This That These Those It He She They We I His Her Its Their Our Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday Mr Mrs Ms Dr".split()
) | _MONTH_NAMES
# capitalised words that never make a description a name ("Most analysts", "Some officials")
_NEVER_NAMES = _DETS | _MODS | _FUNCTION_WORDS | frozenset(
    "most few all both other others another one no not every each any such fellow certain "
    "more".split())
# tokens after which a word is capitalised because it opens a quotation or a clause
_OPENERS = frozenset({"“", "‘", '"', "``", "'", "«", "(", ":", "—", "--", "–"})



@dataclass(slots=True)
class Mention:
    start: int
    end: int
    i: int  # first token index in the sentence
    j: int  # one past the last token index
    actor: str
    how: str  # name | demonym | metonym | title | pronoun | pair | alias | np
    plural: bool = False
    partner: str | None = None  # "the two leaders": the second of the pair
    rank: int = 0  # 2: opens a clause (a subject), 1: subject of a "that"/"whether" clause


@dataclass
class _Draft:
    id: str
    label: str
    kind: str
    labels: dict[str, str] = field(default_factory=dict)
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    mentions: list[Span] = field(default_factory=list)
    generic: bool = False  # names nobody in particular: scoped to the article (module docstring)


class Registry:
    """The actors of one article and their mentions."""

    def __init__(self, text: str, gaz: GazIndex, date: str | None, *, article: str = "") -> None:
        self.text = text
        self.article = article  # the article's id (actors that exist only in it name it)
        self.gaz = gaz
        self.date = date
        self.drafts: dict[str, _Draft] = {}
        self.aliases: dict[tuple[str, ...], str] = {}  # article-local: surnames -> actor id
        self.issuer: str | None = None  # the speaker of the latest claim of earlier sentences
        self.alias_firsts: dict[str, int] = {}
        self.given: dict[str, str] = {}  # given name -> "m" | "f" (the lexicon's)
        self.title_words: frozenset[str] = frozenset()  # the lexicon's title heads ("officials")
        self.genders: dict[str, tuple[str, int]] = {}  # actor -> (sex, strength of evidence)
        self.opening_names: dict[tuple[str, str], bool] = {}  # _opening_name per word

    def from_entry(self, e: Entry) -> str:
        if e.id not in self.drafts:
            self.drafts[e.id] = _Draft(e.id, e.label, e.kind, dict(e.labels), e.wikidata,
                                       e.country, e.sector, e.role)
            if e.kind == "person":
                self._name_gender(e.id, e.label)
        return e.id

    def set_gender(self, aid: str, sex: str, strength: int) -> None:
        """Record ``sex`` ("m"/"f") for a person; stronger evidence wins (2: honorific or
        gendered title, 1: given name, 0: a pronoun that was resolved to it)."""
        old = self.genders.get(aid)
        if old is None or old[1] < strength:
            self.genders[aid] = (sex, strength)

    def gender(self, aid: str) -> str | None:
        g = self.genders.get(aid)
        return g[0] if g else None

    def _name_gender(self, aid: str, name: str) -> None:
        words = name.split()
        if len(words) >= 2:
            sex = self.given.get(words[0].lower())
            if sex:
                self.set_gender(aid, sex, 1)

    def new(self, label: str, kind: str, *, country: str | None = None,
            sector: str | None = None, role: str | None = None, key: str | None = None,
            generic: bool = False) -> str:
        """A new actor named ``label`` (id ``x-<slug>``); ``generic`` when the label names nobody
        in particular (a name wins: an actor is generic only if every caller says so)."""
        aid = "x-" + slug(key or label)
        if aid not in self.drafts:
            self.drafts[aid] = _Draft(aid, label, kind, {"en": label}, None, country, sector, role,
                                      generic=generic)
        else:
            d = self.drafts[aid]
            d.country = d.country or country
            d.sector = d.sector or sector
            d.role = d.role or role
            d.generic = d.generic and generic
        return aid

    def generic(self) -> dict[str, str]:
        """The article's generic actors, id -> label (``extract.scope`` scopes them)."""
        return {d.id: d.label for d in self.drafts.values() if d.generic}

    def has_name(self, toks: tuple[Token, ...], idx: list[int], *, headline: bool = False
                 ) -> bool:
        """Whether the tokens ``idx`` of a sentence hold a proper name: a capitalised word that
        is not a determiner or quantifier ("Most", "Some") and is capitalised for itself, not
        because it opens the sentence, a quotation or a headline (or has a capital inside it:
        "YouGov", "FBI"), or such an opening word that :meth:`_opening_name` takes for a name
        ("Velasquez said", not "Officials said")."""
        for n in idx:
            t = toks[n]
            if not t.cap or t.low in _NEVER_NAMES:
                continue
            if not (headline or n == 0 or toks[n - 1].text in _OPENERS) \
                    or any(c.isupper() for c in t.text[1:]) or self._opening_name(t):
                return True
        return False

    def _opening_name(self, t: Token) -> bool:
        """Whether a word capitalised only because it opens a sentence is a name: not when the
        article writes it in lower case elsewhere ("Federal and state officials" with
        "federal" elsewhere); yes when it capitalises it inside a sentence elsewhere or it is a
        given name; not when it is a title word ("Officials", "Police") or a plural in -s
        ("Analysts", "Critics", "Authorities"); else yes (an unknown word: a surname).
        The answer depends on the word and the article only, so it is kept per word."""
        got = self.opening_names.get((t.text, t.low))
        if got is None:
            got = self.opening_names[t.text, t.low] = self._opening_name_in_text(t)
        return got

    def _opening_name_in_text(self, t: Token) -> bool:
        if t.low in self.text and re.search(r"\b" + re.escape(t.low) + r"\b", self.text):
            return False
        if t.low in self.given or ((" " + t.text) in self.text and re.search(
                r"[a-z,;] " + re.escape(t.text) + r"\b", self.text)):
            return True
        return not (t.low in self.title_words or (
            t.low.endswith("s") and not t.low.endswith(("ss", "us", "is"))))

    def person(self, name: str, *, country: str | None, sector: str | None,
               role: str | None) -> str:
        """A named person: the gazetteer's when it knows the name, else a new actor."""
        key = tuple(name.lower().replace("’", "'").split())
        known = self._known_person(key, country)
        if known is not None:
            aid = self.from_entry(known)
        else:
            if country is None and len(key) >= 2:  # "Bill Clinton": kin of "Hillary Clinton"
                country = next((e.country for e in self.gaz.names.get(key[-1:], ())
                                if e.kind == "person"), None)
            aid = self.aliases.get(key) or self.new(name, "person", country=country,
                                                    sector=sector, role=role)
        words = name.split()
        if known is None:
            self._name_gender(aid, name)
        if len(words) >= 2 and words[-1][:1].isupper():
            self._alias((words[-1].lower().replace("’", "'"),), aid)
        self._alias(key, aid)
        return aid

    def _known_person(self, key: tuple[str, ...], country: str | None) -> Entry | None:
        """The gazetteer person named ``key``, or named by its last words ("Tayyip Erdogan" is
        "Recep Tayyip Erdoğan", whose names list "Erdogan") when the country does not differ
        and the two do not begin with different given names ("Bill Clinton" is not "Hillary
        Clinton")."""
        for n in range(len(key)):
            for e in self.gaz.names.get(key[n:], ()):
                if e.kind == "person" and (n == 0 or country is None
                                           or e.country in (None, country)) and not (
                        n and key[0] in self.given and self._first_given(e.label)
                        and key[0] not in e.label.lower().replace("’", "'").split()):
                    return e  # (not "Bill Clinton" for "Hillary Clinton": another first name)
        return None

    def _first_given(self, label: str) -> bool:
        words = label.lower().split()
        return len(words) >= 2 and words[0] in self.given

    def _alias(self, key: tuple[str, ...], aid: str) -> None:
        self.aliases.setdefault(key, aid)
        self.alias_firsts[key[0]] = max(self.alias_firsts.get(key[0], 0), len(key))

    def office(self, country_entry: Entry | None, title: Title, words: str) -> str:
        """An actor named by a title only: the office holder on the date, else the office."""
        country = country_entry.country if country_entry else None
        holder = self.gaz.holder(country, title.role, self.date)
        if holder is not None and not title.plural:
            return self.from_entry(holder)
        role = title.role or words
        if country_entry is None:  # "the president", "a spokesman", "officials": nobody named
            return self.new(words, "group" if title.plural else title.kind, sector=title.sector,
                            role=None if title.plural else role, generic=True)
        kind = "person" if title.kind == "person" else "group" if title.plural else title.kind
        if kind == "organization" and title.sector == "GOV" and title.role == "government":
            return self.from_entry(country_entry)
        label = f"{country_entry.label} {role}"
        return self.new(label, kind, country=country, sector=title.sector,
                        role=role if kind == "person" else None)

    def add(self, m: Mention) -> None:
        self.drafts[m.actor].mentions.append(Span.of(self.text, m.start, m.end))

    def kind(self, aid: str) -> str:
        return self.drafts[aid].kind

    def actors(self, used: set[str] | None = None) -> tuple[Actor, ...]:
        out = []
        for d in self.drafts.values():
            if used is not None and d.id not in used and not d.mentions:
                continue
            spans = tuple(sorted(set(d.mentions), key=lambda s: (s.start, s.end)))
            out.append(Actor(d.id, d.label, d.kind, d.labels, d.wikidata, d.country, d.sector,
                             d.role, spans))
        return tuple(out)


def _longest(toks: tuple[Token, ...], i: int, table: dict, max_len: int | dict[str, int], *,
             cap: bool = True, upper: set | None = None) -> tuple[int, object] | None:
    """Longest key of ``table`` at token ``i``; ``max_len`` may map first words to lengths."""
    first = toks[i]
    if cap and not (first.cap or first.text[:1].isdigit()):
        return None
    if isinstance(max_len, dict):
        max_len = max_len.get(first.low, 0)
    longest = min(max_len, len(toks) - i)
    if longest <= 0:
        return None  # no key starts with this word (most words)
    lows = tuple([t.low for t in toks[i:i + longest]])
    for n in range(longest, 0, -1):
        key = lows if n == longest else lows[:n]
        hit = table.get(key)
        if hit:
            if upper is not None and key in upper and not all(
                    t.text.isupper() or not t.text.isalpha() for t in toks[i:i + n]):
                continue
            return n, hit
    return None


def _name_run(toks: tuple[Token, ...], i: int, stop: frozenset[str] = frozenset()) -> int:
    """Length of a run of capitalised name words starting at ``i`` (0 if none); a word of
    ``stop`` ends it (the reporting verbs of a Title Case headline: "Graham Says")."""
    n = 0
    while i + n < len(toks):
        t = toks[i + n]
        if t.low in stop:
            break
        if n and re.fullmatch(r"[A-Z]", t.text) and i + n + 1 < len(toks) \
                and toks[i + n + 1].text == "." and toks[i + n + 1].start == t.end:
            n += 2  # an initial: "James E. Clyburn"
        elif n and t.low in _HONORIFICS and i + n + 1 < len(toks) \
                and toks[i + n + 1].text == "." and toks[i + n + 1].start == t.end:
            break  # "Arkansas Gov. Bill Clinton": the title abbreviation opens another name
        elif t.cap and t.text not in _NOT_NAMES and (t.text.isalpha() or "-" in t.text
                                                      or re.fullmatch(r"(?:[A-Z]\.)+", t.text)):
            n += 1
        elif n and t.text in _MONTH_NAMES and not (
                i + n + 1 < len(toks) and toks[i + n + 1].text[:1].isdigit()):
            n += 1  # a month after a given name is a surname: "Theresa May" (not "May 5")
        elif t.low in _NAME_LINKS and n and i + n + 1 < len(toks) and toks[i + n + 1].cap:
            n += 1
        else:
            break
    return n


def _title_at(toks, i, lex: Lexicon) -> tuple[int, Title] | None:
    if toks[i].low not in lex.title_firsts:
        return None
    for n in range(min(lex.max_title, len(toks) - i), 0, -1):
        t = lex.titles.get(tuple(x.low for x in toks[i:i + n]))
        if t:
            # a longer office may follow ("State Department spokesman")
            more = _title_at(toks, i + n, lex) if i + n < len(toks) else None
            if more and t.kind == "organization":
                return n + more[0], more[1]
            return n, t
    return None


class _Scanner:
    def __init__(self, sent: Sentence, reg: Registry, lex: Lexicon) -> None:
        self.toks = sent.tokens
        self.reg = reg
        self.lex = lex
        self.gaz = reg.gaz
        self.stop = lex.cue_verbs if sent.headline else frozenset()
        firsts = lex.title_firsts  # the tokens whose word may open a title, in order
        self.title_pos = [k for k, t in enumerate(self.toks) if t.low in firsts]

    def country_at(self, i: int) -> tuple[int, Entry, str] | None:
        """A country named at ``i``: demonym, state name (possibly with 's) or metonym."""
        toks, gaz = self.toks, self.gaz
        hit = _longest(toks, i, gaz.demonyms, gaz.firsts[id(gaz.demonyms)])
        if hit:
            return hit[0], hit[1], "demonym"
        hit = _longest(toks, i, gaz.names, gaz.firsts[id(gaz.names)], upper=gaz.upper_only)
        if hit:
            states = [e for e in hit[1] if e.kind == "state"]
            if states:
                n = hit[0]
                return n, states[0], "name"
        return None

    def title_np(self, i: int) -> tuple[Mention, int] | None:
        toks, lex = self.toks, self.lex
        p = bisect_left(self.title_pos, i)
        if p == len(self.title_pos) or self.title_pos[p] >= i + 9:
            return None  # no title word near: most capitalised words
        k = i
        if k < len(toks) and toks[k].low in _DETS:
            k += 1
        while k < len(toks) and toks[k].low in _MODS:
            k += 1
        country = None
        org = None
        c = self.country_at(k) if k < len(toks) else None
        if c:
            n, country, _how = c
            k += n
            if k < len(toks) and toks[k].low in ("'s", "’s"):
                k += 1
        elif k < len(toks):
            hit = _longest(toks, k, self.gaz.names, self.gaz.firsts[id(self.gaz.names)],
                           upper=self.gaz.upper_only)
            if hit and hit[1][0].kind in ("organization", "igo", "armed_group", "media"):
                org = hit[1][0]
                k += hit[0]
                if k < len(toks) and toks[k].low in ("'s", "’s"):
                    k += 1
        while k < len(toks) and toks[k].low in _MODS:
            k += 1
        # "Croatian Serb refugees", "French paper workers": up to two words before the head
        title = None
        for skip in range(0, 3):
            if k + skip >= len(toks):
                break
            title = _title_at(toks, k + skip, lex)
            if title:
                k += skip
                break
            w = toks[k + skip]
            if not w.text.isalpha() or w.low in lex.triggers or w.low in _FUNCTION_WORDS \
                    or country is None:
                break
        if not title:
            return None
        n, t = title
        end = k + n
        if k + n < len(toks) - 1 and toks[end].low == "of":  # "President of France"
            c2 = self.country_at(end + 1)
            if c2 and country is None:
                country = c2[1]
                end = end + 1 + c2[0]
        start_tok = i if (country or org or toks[i].low in _DETS) else k
        if country is None and org is None and t.kind != "person":
            return None  # "forces", "the government" alone: too vague to be an actor
        # a name right after the title, or after a comma (apposition)
        name_at = end
        if name_at < len(toks) and toks[name_at].text == "," and not t.plural:
            name_at += 1
        run = _name_run(toks, name_at, self.stop) if name_at < len(toks) else 0
        if run and not t.plural and not (name_at > end and run < 2):
            hit = _longest(toks, name_at, self.gaz.names, self.gaz.firsts[id(self.gaz.names)],
                            upper=self.gaz.upper_only)
            if hit and hit[1][0].kind not in ("person",) and hit[0] >= run:
                run = 0  # "... minister, Turkey ..." is not a name
        if run and not t.plural and not (name_at > end and run < 2):
            name = self.reg.text[toks[name_at].start:toks[name_at + run - 1].end]
            country_code = country.country if country else (org.country if org else None)
            aid = self.reg.person(name, country=country_code, sector=t.sector, role=t.role)
            sex = next(filter(None, (_gendered(x.low) for x in toks[k:end])), None)
            if sex:
                self.reg.set_gender(aid, sex, 2)  # "spokeswoman Jo Roe"
            j = name_at + run
            m = Mention(toks[start_tok].start, toks[j - 1].end, start_tok, j, aid, "title")
            return m, j
        if org is not None and country is None:
            aid = self.reg.new(f"{org.label} {t.role or toks[end - 1].low}", "person"
                               if t.kind == "person" else "group", country=org.country,
                               sector=org.sector or t.sector)
            if t.kind != "person" and t.plural:
                aid = self.reg.from_entry(org)
        else:
            words = " ".join(x.low for x in toks[k:end])
            aid = self.reg.office(country, t, words)
        m = Mention(toks[start_tok].start, toks[end - 1].end, start_tok, end, aid, "title",
                    plural=t.plural)
        return m, end

    def pair_at(self, i: int) -> tuple[Mention, int] | None:
        """"the two leaders", "both sides": two actors named before, resolved like pronouns."""
        toks = self.toks
        k = i + 1 if toks[i].low == "the" else i
        if k + 1 >= len(toks) or toks[k].low not in ("two", "both") \
                or toks[k + 1].low not in _PAIR_NOUNS:
            return None
        kind = _PAIR_NOUNS[toks[k + 1].low]
        return Mention(toks[i].start, toks[k + 1].end, i, k + 2, "", "pair", plural=True,
                       partner=kind), k + 2

    def name_at(self, i: int) -> tuple[Mention, int] | None:
        """A person or organisation named by capitalised words the gazetteer does not know."""
        toks = self.toks
        k = i
        honorific = toks[k].low.rstrip(".") in _HONORIFICS
        if honorific:
            k += 1
            if k < len(toks) and toks[k].text == "." and toks[k].start == toks[k - 1].end:
                k += 1
            while k + 1 < len(toks) and toks[k].low in _HONORIFICS and toks[k + 1].text == "." \
                    and toks[k + 1].start == toks[k].end:
                k += 2  # "Lt. Gen. Michael Flynn"
        run = _name_run(toks, k, self.stop) if k < len(toks) else 0
        while run and toks[k].low in _MODS and toks[k].low not in ("new", "newly"):
            k, run = k + 1, run - 1  # "Former", "Senior": not part of a name
        full = run
        for n in range(1, run):  # "NATO-member Norway": stop where a known name begins
            if self.country_at(k + n):
                run = n
                break
            hit = _longest(toks, k + n, self.gaz.names, self.gaz.firsts[id(self.gaz.names)],
                           upper=self.gaz.upper_only)
            if hit and not (n == 1 and toks[k].low in self.reg.given
                            and toks[k].low not in _MODAL_WORDS
                            and hit[1][0].kind == "person"):
                run = n  # (but "Bill Clinton" is a name of its own, not "Bill" + "Clinton")
                break
        if not run or (run < 2 and not honorific):
            return None
        if honorific and run < full:
            return None  # "Gov. Bill Clinton": part of a name the gazetteer knows follows
        j = k + run
        if not honorific and j + 1 < len(toks) and toks[j].low in _HONORIFICS \
                and toks[j + 1].text == "." and toks[j + 1].start == toks[j].end:
            return None  # "New Hampshire Sen. Kelly Ayotte": a place before a title
        if k == 0 and run == 2 and toks[1].low in self.lex.title_heads:
            return None
        j = k + run
        words = [t.text for t in toks[k:j]]
        name = self.reg.text[toks[k].start:toks[j - 1].end]
        if any(w.lower() in _ORG_HEADS for w in words):
            aid = self.reg.new(name, "organization")
        elif run > 4:
            return None
        else:
            aid = self.reg.person(name, country=None, sector=None, role=None)
            sex = _gendered(toks[i].low.rstrip(".")) if honorific else None
            if sex:
                self.reg.set_gender(aid, sex, 2)  # "Mrs. Clinton"
        return Mention(toks[i].start, toks[j - 1].end, i, j, aid, "name"), j

    def noun_cue_after(self, i: int) -> bool:
        """A noun cue of ``cues.tsv`` right after token ``i`` or after one or two lower-case
        words ("his claim", "her first comments")."""
        toks = self.toks
        nouns = self.lex.cue_nouns
        for n in range(i + 1, min(i + 4, len(toks))):
            if toks[n].low in nouns:
                return True
            if not (toks[n].text.isalpha() or "-" in toks[n].text) or toks[n].cap:
                return False
        return False

    def scan(self) -> list[Mention]:
        toks, gaz, reg = self.toks, self.gaz, self.reg
        out: list[Mention] = []
        i = 0
        quiet = _quiet(self.lex)
        while i < len(toks):
            t = toks[i]
            if t.low in _POSSESSIVE_PRONOUNS and self.noun_cue_after(i):
                # "his comments on", "her long-held views about": the possessor of a reporting
                # noun is resolved like a speaking pronoun (a "possessive" mention, which only
                # the noun's claim reads)
                out.append(Mention(t.start, t.end, i, i + 1, "", "possessive",
                                   plural=t.low == "their"))
                i += 1
                continue
            if not t.cap and t.low not in quiet:
                i += 1  # most words: lower case and no part of a name or title
                continue
            got = self.title_np(i)
            if got:
                out.append(got[0])
                i = got[1]
                continue
            hit = _longest(toks, i, gaz.metonyms, gaz.firsts[id(gaz.metonyms)])
            if hit:
                n, (entry, sector) = hit
                out.append(Mention(t.start, toks[i + n - 1].end, i, i + n,
                                   reg.from_entry(entry), "metonym"))
                i += n
                continue
            hit = _longest(toks, i, gaz.names, gaz.firsts[id(gaz.names)], upper=gaz.upper_only)
            if hit:
                n, entries = hit
                out.append(Mention(t.start, toks[i + n - 1].end, i, i + n,
                                   reg.from_entry(entries[0]), "name",
                                   plural=entries[0].kind not in ("person",)))
                i += n
                continue
            hit = _longest(toks, i, reg.aliases, reg.alias_firsts)
            if hit:
                n, aid = hit
                out.append(Mention(t.start, toks[i + n - 1].end, i, i + n, aid, "alias"))
                i += n
                continue
            hit = _longest(toks, i, gaz.demonyms, gaz.firsts[id(gaz.demonyms)])
            if hit:
                n, entry = hit
                out.append(Mention(t.start, toks[i + n - 1].end, i, i + n,
                                   reg.from_entry(entry), "demonym", plural=True))
                i += n
                continue
            got = self.name_at(i)
            if got:
                out.append(got[0])
                i = got[1]
                continue
            pair = self.pair_at(i)
            if pair:
                out.append(pair[0])
                i = pair[1]
                continue
            if t.low in _SUBJECT_PRONOUNS:
                out.append(Mention(t.start, t.end, i, i + 1, "", "pronoun",
                                   plural=_SUBJECT_PRONOUNS[t.low] != "sg"))
            i += 1
        return out


_QUIET: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _quiet(lex: Lexicon) -> frozenset[str]:
    """The lower-case words at which a scan looks for a mention (made once per lexicon)."""
    got = _QUIET.get(id(lex))
    if got is None or got[0] is not lex:
        got = _QUIET[id(lex)] = (lex, frozenset(
            lex.title_heads | _DETS | _MODS | _SUBJECT_PRONOUNS.keys() | {"two", "both"}))
    return got[1]


def _appositions(toks, mentions: list[Mention], reg: Registry) -> None:
    """"Kenzo Oshima, the UN relief coordinator": the office tells whom the person acts for."""
    for a, b in zip(mentions, mentions[1:]):
        if b.i != a.j + 1 or toks[a.j].text != "," or b.how != "title" or not a.actor:
            continue
        pa, pb = reg.drafts.get(a.actor), reg.drafts.get(b.actor)
        if pa is None or pb is None or pa.kind != "person" or pb.kind != "person" \
                or b.actor == a.actor:
            continue
        if pa.id.startswith("x-"):
            pa.country = pa.country or pb.country
            pa.sector = pa.sector or pb.sector
            pa.role = pa.role or pb.role
        b.actor = a.actor


_FEMALE = frozenset("mrs ms miss madam madame queen princess duchess lady wife mother daughter "
                    "sister widow".split())
_MALE = frozenset("mr sir king prince duke lord husband father son brother".split())


def _gendered(word: str) -> str | None:
    """The sex a title or honorific word names ("spokeswoman", "Mrs", "king"), if any."""
    if word in _FEMALE or (word.endswith("woman") and word != "woman"):
        return "f"
    if word in _MALE or (word.endswith("man") and len(word) > 4 and word not in (
            "human", "german", "woman", "ottoman", "roman")):
        return "m"
    return None


# words before a mention that open a clause, so that the mention is its subject
_CLAUSE_OPENERS = frozenset(
    ", ; : ( — -- – and but or when while as because after before since if although though so "
    "then until once where whereas unless".split()) | {"“", "‘", '"', "``", "'"}
_EMBEDDING = frozenset({"that", "whether"})


def _ranks(toks: tuple[Token, ...], mentions: list[Mention]) -> None:
    """How likely each mention is the subject of its clause (``Mention.rank``): one that opens
    the sentence or a clause outranks one inside a "that"/"whether" clause, which outranks an
    object, a possessor ("Trump's spokesman") or the noun of a preposition."""
    for m in mentions:
        if m.j < len(toks) and toks[m.j].low in ("'s", "’s", "'", "’"):
            continue
        prev = toks[m.i - 1].low if m.i > 0 else ""
        if m.i <= 1 or prev in _CLAUSE_OPENERS:
            m.rank = 2
        elif prev in _EMBEDDING:
            m.rank = 1


def find_mentions(sent: Sentence, reg: Registry, lex: Lexicon) -> list[Mention]:
    """Actor mentions of one sentence (pronouns unresolved: ``actor`` is empty)."""
    mentions = _Scanner(sent, reg, lex).scan()
    _appositions(sent.tokens, mentions, reg)
    _ranks(sent.tokens, mentions)
    return mentions
