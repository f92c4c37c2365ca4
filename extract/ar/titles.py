"""Titles and appositions: ``الرئيس الفرنسي، إيمانويل ماكرون``, ``نظيره الروسي``, ``المتحدث باسم …``.

Owns ``TitleMixin``, the part of the actor scanner (``extract.ar.actors``) that reads a title
(``data/patterns/titles.ar.tsv``), the demonym, state or organisation after it, an optional place
(``إلى سوريا``) and the name that follows or stands between commas, and resolves it: the named
gazetteer person; else the holder of that office for that country on the article's date; else a
new person built from the name (id ``x-<romanised name>``, country from the demonym); else the
state or organisation itself. Without an article date the holder is today's, flagged as a guess
(``Mention.guess``; ``extract.ar.actors`` re-resolves it against the holders the article names).
A definite title takes only a definite nisba (``الأمير تركي الفيصل`` is a name, not Turkey); an
indefinite one (``قائد شرطة النجدة``) is followed by its complement, not a name; an honorific
(``الأمير``، ``الشيخ``، ``اللواء``) may stand between the title's country and the name. Personal
names run over their nasab and family connectors (``بن``، ``بنت``، ``ولد``، ``آل``، ``عبد``:
``حمدان بن محمد بن راشد آل مكتوم`` is one name even where the gazetteer knows the father).
A title after an adviser's noun (markers ``dependent``: ``مستشار الأمين العام فلان``) takes no
name: the name is the adviser's. A one-word "name" in the accusative (``وزير النقل بيانا``) is an
object, and prepositions and «قوله» end a name (markers ``stop``). Words qualifying the office
after the title or its country (``السابق``، ``الراحل``، ``المنتخب``: markers ``nonholder``;
``الحالي``، ``الجديد``، ``بالوكالة``: ``incumbent``) belong to the title; after a ``nonholder``
word a bare title is neither the holder on the date nor the state: it names nobody.
The scanner provides ``norm``, ``match_name``, ``_add``, ``use``,
``local_add`` and the fields ``doc``, ``lex``, ``toks``, ``n``, ``date``, ``last_role``, ``_inst_heads``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.ar.doc import ActorRec
from extract.ar.lexicon import Title
from extract.arabic import enclitic_variants, norm_word, proclitic_variants
from extract.datafiles import data_files, read_tsv
from extract.gazetteer import Entry

__all__ = ["TitleMixin", "romanize"]

QUOTE = '"'
COMMA = {"،", ","}
ORG_KINDS = {"organization", "armed_group"}
MAX_NAME = 4
SPEAKS_FOR = "باسم"
LOC_PREPS = {"الي", "في", "لدي"}
# Words that join the parts of one Arabic personal name (normalised): the nasab «بن/ابن/بنت»
# and the Mauritanian «ولد», the family «آل», the compound «عبد …»; after one, the next word is a
# name word even when the gazetteer knows it (the father in «حمدان بن محمد بن راشد»).
NASAB = {"بن", "ابن", "بنت", "ولد"}
JOINERS = NASAB | {"ال", "عبد"}
# Words before a name that make it part of another person's name: a nasab connector, or the
# kunya «أبو/أم» (the son in «أبو عبد الله» is not King Abdullah).
NOT_OWN = NASAB | {"ابو", "ابي", "ابا", "ام"}
# Regnal and ordinal numbers closing a name (عبد الله الثاني): never a short form of the person
ORDINALS = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
            "التاسع", "العاشر", "الاولي", "الثانية", "الثالثة"}
MAX_NASAB = 9  # tokens of a name run with connectors («حمدان بن محمد بن راشد آل مكتوم»)
# Honorifics that may stand between a title and the name (وزير الدفاع السعودي الأمير خالد …)
HONORIFIC_ROLES = {"notable", "military officer", "head of state"}

_ROMAN = dict(zip(
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوىيءآأإؤئة",
    ["a", "b", "t", "th", "j", "h", "kh", "d", "dh", "r", "z", "s", "sh", "s", "d", "t", "z", "",
     "gh", "f", "q", "k", "l", "m", "n", "h", "w", "a", "y", "", "a", "a", "i", "u", "i", "a"],
))


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Conventional English spellings of Arabic name words (``data/patterns/names.ar.tsv``)."""
    out: dict[str, str] = {}
    for path in data_files("patterns/names.ar.tsv"):
        if path.is_file():
            for _, row in read_tsv(path, "names"):
                if isinstance(row, list):
                    out[" ".join(norm_word(w) for w in row[0].split())] = row[1]
    return out


_LONG = {"و": "u", "ي": "i"}  # inside a word, before a consonant or at its end: long vowels
_VOWEL_LETTERS = set("اوىيءآأإؤئة")


def _letters(w: str) -> str:
    out = []
    for k, ch in enumerate(w):
        nxt = w[k + 1] if k + 1 < len(w) else ""
        if ch in _LONG and k > 0 and nxt not in _VOWEL_LETTERS:
            out.append(_LONG[ch])
        else:
            out.append(_ROMAN.get(ch, ch if ch.isascii() else ""))
    return re.sub(r"(.)\1+", r"\1", "".join(out)).capitalize()


def romanize(ar: str) -> str:
    """A readable ASCII rendering of an Arabic name, for labels and ids of new actors: name words
    with a conventional spelling take it (ناصر -> Nasser, عبد الله -> Abdullah), the article
    ال becomes al-, other words go letter by letter."""
    names, out = _names(), []
    # «عبدالله»، «عبدالعزيز» written as one word: read as «عبد» + the divine name
    words = [x for w in ar.split() for x in ((w[:3], w[3:]) if norm_word(w).startswith("عبدال")
                                             and len(w) > 5 else (w,))]
    keys = [norm_word(w) for w in words]
    k = 0
    while k < len(words):
        pair = f"{keys[k]} {keys[k + 1]}" if k + 1 < len(words) else ""
        if pair in names:
            out.append(names[pair])
            k += 2
            continue
        w, key = words[k], keys[k]
        if key in names:
            out.append(names[key])
        elif key.startswith("ال") and len(key) > 3:
            rest = names.get(key[2:]) or _letters(w[2:])
            out.append("al-" + rest if rest else _letters(w))
        else:
            out.append(_letters(w))
        k += 1
    return " ".join(x for x in out if x) or "Unknown"


class TitleMixin:
    """Title resolution for the actor scanner."""

    def match_title(self, i: int) -> tuple[int, int, Title] | None:
        tok = self.norm(i)
        teh = self.doc.text[self.toks[i].end - 1] == "ة"  # a final ه from ة is no pronoun
        cands = self._titles.get((tok, teh))
        if cands is None:
            cands = tuple((cut, title) for stem, cut in proclitic_variants(tok)
                          for form in ((stem,) if teh else enclitic_variants(stem))
                          for title in self.lex.titles.get(form, ()))
            self._titles[(tok, teh)] = cands
        for cut, title in cands:
            j = self._follow(i + 1, title.words[1:])
            if j is not None:
                return j, cut, title
        return None

    def name_word(self, k: int) -> bool:
        """Can token ``k`` be a word of a personal name (not a function word, cue or title)?"""
        w = self.norm(k)
        return (k < self.n and w.isalpha() and len(w) >= 2 and not self.lex.is_("stop", w)
                and not any(self.lex.is_("stop", st) for st, c in proclitic_variants(w) if c)
                and not (len(w) == 3 and w[0] in "بلكفو" and self.lex.is_("stop", w[1:]))  # بأن
                and w not in self.lex.cues and not self.lex.is_("filler", w)
                and not self.lex.weekdays.get(w))

    def nasab_end(self, k: int, j: int) -> int:
        """End of the connectors and name words continuing a name at ``k`` (``k`` when none):
        «… بن راشد آل مكتوم», «… ولد عبد العزيز», the father's known name included."""
        while k + 1 < self.n and self.norm(k) in JOINERS and self.same_sent(j, k + 1) \
                and k + 1 - j < MAX_NASAB and self.name_word(k + 1) \
                and self.norm(k + 1) not in JOINERS - {"عبد"} and not self.match_title(k + 1):
            k += 2
            if self.norm(k - 1) == "عبد" and self.name_word(k):  # عبد + the divine name
                k += 1
        return k

    def name_tokens(self, j: int, *, apposition: bool) -> int:
        """End of an unknown personal name starting at ``j`` (``j`` when there is none)."""
        if j >= self.n or any(st.startswith("ال") for st, _ in proclitic_variants(self.norm(j))) \
                or not self.norm(j).isalpha() \
                or len(self.norm(j)) < 2 or self.norm(j) in self.lex.cues \
                or self.match_title(j) is not None or self._common_noun(j):
            return j
        k = j
        nasab = False
        while k < self.n and k - j < (MAX_NASAB if nasab else MAX_NAME) and self.same_sent(j, k):
            w = self.norm(k)
            if k > j and w in JOINERS:
                e = self.nasab_end(k, j)
                if e > k:  # «بن راشد», «آل مكتوم», «ولد عبد العزيز»: the name goes on
                    nasab, k = True, e
                    if self.norm(k) not in JOINERS:
                        break  # the chain closes the name
                    continue
            if not self.name_word(k) or w[0] == "و" and len(w) <= 3 \
                    or (k > j and self.match_title(k)):
                break
            nm = self.match_name(k)
            if nm is not None and not self._bare_demonym(k, nm):
                break  # a known actor (واشنطن) is not part of an unknown name
            k += 1
        if apposition and k < self.n and self.norm(k) not in COMMA and self.norm(k) not in ".":
            return j  # an apposition closes with a comma; anything else is not a name
        if not apposition and not nasab and k - j > MAX_NAME - 1:
            return j  # without commas, a long run of words is more likely a clause than a name
        if not apposition and k - j == 1 and len(self.norm(j)) >= 4 and self.norm(j)[-1] == "ا":
            return j  # «وزير النقل بيانا»: one word in the accusative (tanween alef) is an object
        return k if not apposition or k - j >= 2 else j

    def _bare_demonym(self, k: int, nm) -> bool:
        """A nisba without the article inside a name after a title (الأمير تركي الفيصل): the
        definite title would take «التركي»; the bare form is a name word."""
        return (nm[2] is not None and nm[2].how == "demonym" and nm[1] == 0
                and not self.norm(k).startswith("ال") and nm[0] == k + 1)

    def _common_noun(self, j: int) -> bool:
        """A word that opens an institution or a group (شرطة، هيئة، قوات، بوزارة), not a name."""
        heads = self._inst_heads  # first words of multi-word institutions (the scanner's)
        for st, _ in proclitic_variants(self.norm(j)):
            w = st if st.startswith("ال") else "ال" + st
            if self.lex.is_("institution", w) or w in self.lex.agents or w in self.lex.titles \
                    or w in heads or st in heads:
                return True
        return False

    def honorific_end(self, p: int) -> int:
        """After a title and its country, an honorific before the name (الأمير، الشيخ، اللواء):
        the index of the name (``p`` when there is no honorific)."""
        if p < self.n and self.norm(p).startswith("ال"):
            for t in self.lex.titles.get(self.norm(p), ()):
                if len(t.words) == 1 and t.role in HONORIFIC_ROLES and p + 1 < self.n \
                        and self.name_word(p + 1) and not self.norm(p + 1).startswith("ال"):
                    return p + 1
        return p

    def title_mention(self, i: int) -> int | None:
        hit = self.match_title(i)
        if hit is None:
            return None
        j, cut, title = hit
        if title.words[-1] == SPEAKS_FOR:
            return self.spokesperson(i, j, cut, title)
        role = self.last_role if title.role == "counterpart" else title.role
        country_entry: Entry | None = None
        principal: Entry | None = None  # the organisation of a non-state title (المبعوث الأممي)
        q0, past = self.modifiers(i, j)  # «الرئيس السابق علي عبد الله صالح»
        k = q0
        while q0 < self.n and self.norm(q0) == QUOTE and self.same_sent(i, q0):
            q0 += 1
        nm = self.match_name(q0) if q0 < self.n else None
        if nm and nm[2] is not None and nm[2].entry.kind == "state" and q0 > j:
            nm = None  # a quoted state name after a title is not its demonym
        if nm and nm[2] is not None and nm[2].how == "demonym" and self._definite(title) \
                and not self.norm(q0).startswith("ال"):
            nm = None  # «الأمير تركي»: a definite title takes a definite nisba (الأمير التركي)
        if nm and nm[2] is not None and nm[2].entry.kind in ORG_KINDS | {"igo"} and nm[1] > 0 \
                and self.norm(q0).startswith("لل") and title.role != "counterpart":
            nm = (nm[0], 0, *nm[2:])  # «المبعوث الخاص للأمم المتحدة»: the principal after ل
        if nm and nm[2] is not None and nm[2].entry.kind == "state" and nm[1] == 0:
            country_entry = nm[2].entry
            k = nm[0]
        elif nm and nm[2] is not None and nm[2].entry.kind in ORG_KINDS | {"igo"} and nm[1] == 0 \
                and title.role != "counterpart":
            principal = nm[2].entry
            k = nm[0]
            while k < self.n and self.norm(k) == QUOTE and self.same_sent(i, k):
                k += 1
        elif title.role == "counterpart":
            return None
        elif not self._definite(title) and self.norm(i)[cut:] == title.words[0] \
                and not (k < self.n and self.norm(k) in COMMA):
            return None  # «قائد شرطة النجدة»: what follows an indefinite title is its complement
        if (country_entry or principal) and k + 1 < self.n and self.norm(k) in LOC_PREPS:
            # "المبعوث الأممي إلى سوريا، غير بيدرسون": the post's place is part of the title
            loc = self.match_name(k + 1)
            if loc and loc[2] is not None and loc[2].entry.kind == "state":
                k = loc[0]
        if country_entry is not None or principal is not None:
            k, past2 = self.modifiers(i, k)  # «الرئيس اليمني السابق»
            past = past or past2
        # the name: right after, or as an apposition between commas
        comma = k < self.n and self.norm(k) in COMMA
        p = k + 1 if comma else k
        if country_entry is not None or principal is not None or comma:
            p = self.honorific_end(p)
        person: Entry | None = None
        end = k
        # «مستشار الأمين العام فلان»: the name is the adviser's, not the titled person's
        dep = i > 0 and self.same_sent(i - 1, i) and any(
            self.lex.is_("dependent", st) for st, _ in proclitic_variants(self.norm(i - 1)))
        nm = self.match_name(p) if p < self.n and self.same_sent(i, p) and not dep else None
        if nm and nm[2] is not None and nm[2].entry.kind == "person" and nm[1] == 0:
            person, end = nm[2].entry, self.nasab_end(nm[0], p)
        elif nm and nm[3] is not None and self.doc.actors[nm[3]].kind == "person":
            end = nm[0]
            self._add_titled(i, k, p, end, cut, nm[3], role)
            return end
        new_name_end = p
        if person is None and principal is not None:
            q = p if dep else self.name_tokens(p, apposition=comma)
            if q > p:
                org_title = Title(title.words, title.role, principal.sector or title.sector)
                key = self._new_person(p, q, self.doc.gaz.state(principal.country), org_title, role)
                self._add_titled(i, k, p, q, cut, key, role)
                return q
            if not past:  # a former office holder does not speak for the organisation
                self._add(i, k, cut, self.use(principal), "title", role)
            return k
        if person is None and country_entry is not None and not dep:
            new_name_end = self.name_tokens(p, apposition=comma)
        if person is None and country_entry is None:
            new_name_end = p if dep else self.name_tokens(p, apposition=comma)
            if new_name_end == p:
                return None  # a bare title says too little
        if person is None and new_name_end > p:
            # a name the gazetteer does not know wins over the office holder on that date
            key = self._new_person(p, new_name_end, country_entry, title, role)
            self._add_titled(i, k, p, new_name_end, cut, key, role)
            return new_name_end
        guess = False
        if person is None and past:
            return k  # «رئيس الوزراء العراقي السابق»: neither today's holder nor the state
        if person is None:
            holders = self.doc.gaz.holders(role, country_entry.country, self.date) if role else []
            if len(holders) == 1:
                person = holders[0]
                # no article date: today's holder is a guess (extract.ar.actors resolves it again
                # against the holders the article names, and claims lower its confidence)
                guess = self.date is None
            else:
                self._add(i, k, cut, self.use(country_entry), "title", role)
                self.last_role = role
                return k
        if guess:
            m = self._add(i, k, cut, self.use(person), "title", role)
            m.guess = True
            self.guessed.append((m, role, country_entry.country))
            self.last_role = role
            return k
        self._add_titled(i, k, p, end, cut, self.use(person), role)
        self.last_role = role
        return end

    def modifiers(self, i: int, k: int) -> tuple[int, bool]:
        """Words after a title that qualify the office (markers ``nonholder``: السابق، الراحل،
        المنتخب; ``incumbent``: الحالي، الجديد، بالوكالة): the index after them, and whether one
        says that the person does not hold the office on the article's date."""
        past = False
        while k < self.n and self.same_sent(i, k):
            w = self.norm(k)
            if self.lex.is_("nonholder", w):
                past = True
            elif not self.lex.is_("incumbent", w):
                break
            k += 1
        return k, past

    @staticmethod
    def _definite(title: Title) -> bool:
        """«الرئيس», «وزير الخارجية»: the title's last word carries the article."""
        return title.words[-1].startswith("ال") or title.words[-1] == SPEAKS_FOR

    def spokesperson(self, i: int, j: int, cut: int, title: Title) -> int | None:
        """``المتحدث باسم X`` speaks for X; with an apposition name it is that person (of X)."""
        while j < self.n and self.norm(j) == QUOTE:
            j += 1
        nm = self.match_name(j) if j < self.n else None
        if nm is None:
            return None
        end = nm[0]
        principal = nm[2].entry if nm[2] is not None else None
        key = self.use(principal) if principal is not None else nm[3]
        while end < self.n and self.norm(end) == QUOTE:
            end += 1
        if end < self.n and self.norm(end) in COMMA:
            q = self.name_tokens(end + 1, apposition=True)
            if q > end + 1:
                rec = self.doc.actors[key]
                sector = rec.sector if rec.kind != "state" else title.sector
                country = self.doc.gaz.state(rec.country)
                key = self._new_person(end + 1, q, country, Title(title.words, title.role, sector),
                                       title.role)
                self._add_titled(i, end, end + 1, q, cut, key, title.role)
                return q
        self._add(i, end, cut, key, "title", title.role)
        return end

    def _add_titled(self, i: int, k: int, p: int, end: int, cut: int, key: str,
                    role: str | None) -> None:
        """Two mentions of one person, the title [i, k) and the name [p, end); both know the
        whole apposition's end, so a cue's speaker covers the title, the commas and the name."""
        if end <= k or p >= end:
            self._add(i, max(k, end), cut, key, "title", role)
            return
        first = self._add(i, k, cut, key, "title", role)
        second = self._add(p, end, 0, key, "name", role)
        first.ext = second.ext = end

    def _new_person(self, p: int, q: int, country: Entry | None, title: Title,
                    role: str | None) -> str:
        ar = self.doc.text[self.toks[p].start:self.toks[q - 1].end]
        label = romanize(ar)
        key = "x-" + re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
        if key not in self.doc.actors:
            self.doc.actors[key] = ActorRec(
                key, label, "person", {"ar": ar, "en": label}, None,
                country.country if country else None, title.sector, role)
        toks = tuple(self.norm(t) for t in range(p, q))
        self.local_add(toks, key, "name")
        if len(toks) >= 2 and len(toks[-1]) >= 3 and toks[-1] not in ORDINALS:
            self.local_add(toks[-1:], key, "name")
        self.last_role = role
        return key
