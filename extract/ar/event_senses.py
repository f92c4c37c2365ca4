"""Sense checks of Arabic event frames: whether an attack or protest word reports one event.

Owns ``Senses``, the base of the frame builder in ``extract.ar.events``, built once per document:
the marker categories of every word (``patterns/markers.ar.tsv``: ``unreal``, ``trial``,
``outcome``, ``now``, ``speechattack``, ``anchor``, ``launch``, ``weapon``, ``mishap``, ``tally``,
``similar``, ``depiction``, ``aim``; phrases and object pronouns included) with each category's positions,
the words where an attack or protest trigger may start (``triggers/ar.tsv``), the state a
sentence's places name, and the questions asked of a trigger in its sentence — is it framed as
unreal (plans, fears, trials, a year of history; in reported speech by the words of the saying),
offered as one of several kinds (``أو``), deep in a long sentence (a side mention), an attack in
words, tied to one occasion by an anchor (an outcome, a time, a scene, a count, a weapon),
concrete, and is an actor a generic agent (مسلحون، المدنيين).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.ar.doc import Mention
from extract.ar.lexicon import Trigger
from extract.arabic import enclitic_variants, proclitic_variants
from extract.gazetteer import strip_al
from extract.scope import slug as scope_slug

if TYPE_CHECKING:
    from extract.ar.stances import _Stances

__all__ = ["ARMED", "EVENTS", "LAUNCH_NOUNS", "LOC_PREPS", "UNNAMED", "VICTIMS", "Senses", "slug"]

YEAR = re.compile(r"^(19|20)\d\d$")
# "عام 2004", "منذ 2004": a year as a period of history; a full date (13 يونيو 2007) dates one event
YEAR_WORDS = {"عام", "العام", "منذ", "سنه", "السنه", "خلال", "اعوام", "عامي"}
ARMED = {"UAF", "REB"}  # generic agents that are doers when named near an unnamed attack
VICTIMS = {"CVL", "MIL", "GOV"}
NEAR = 12  # how far an outcome or date may stand from an unnamed event's trigger
FRAME_MARKERS = ("unreal", "trial", "outcome", "now", "speechattack", "anchor", "launch",
                 "weapon", "mishap", "tally", "similar", "depiction", "aim")
ENCLITIC_MARKERS = frozenset({"unreal", "trial"})  # اتهمها، تتهمه، يهددهم: verbs with an object pronoun
_NONE: frozenset[str] = frozenset()
OR = {"او", "أو", "أم", "ام"}
OR_NEAR = 6  # how far from an attack word «أو» makes it one of several kinds
LOC_PREPS = {"في", "فى"}
SPEECH_PREPS = {"على", "علي", "ضد"}  # هجوم على: the preposition is no weapon
POLITICAL = {"PTY", "OPP", "LEG", "JUD", "MED", "CVL"}  # doers whose attacks are mostly words
UNREAL_NEAR = 25
COMPLEMENTIZERS = {"ان", "انه", "انها", "«"}  # قال إن، أعلن أنه، قال: «
CUE_BEFORE = 15  # how far before «أن» its reporting verb may stand (the speaker between)
SIMILAR_NEAR = 3  # how far after an event word «مماثلة» may stand (تفجيرات مماثلة)  # how far from a trigger a plan, trial or year frames it
# an attack word this many words into its sentence is a side mention (the time, cause or
# background of what the sentence reports), not the event it reports: news sentences put the
# event they report early
DEEP = 30
EVENTS = ("ASSAULT", "PROTEST")
COMPASS = {"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"}
UNDERGO = ("تعرض", "يتعرض", "تتعرض")  # تعرض لهجوم: the ل of what one underwent
UNDERGO_NEAR = 12  # تعرض قيادي في حركة … الثلاثاء، للخطف: the verb a few words before
LAUNCH_NOUNS = {"اطلاق", "إطلاق", "القاء", "إلقاء"}  # قامت طائرة بإطلاق صاروخ
UNNAMED = {"ASSAULT": ("unidentified attackers", "UAF"), "PROTEST": ("protesters", "CVL")}


slug = lru_cache(maxsize=4096)(scope_slug)  # labels recur in every document


class Senses:
    """Per document: marker categories of words (cached) and the sense checks of a trigger."""

    def __init__(self, st: _Stances) -> None:
        self.st, self.doc, self.lex = st, st.doc, st.lex
        slugs = self.lex.__dict__.get("_frame_agent_slugs")
        if slugs is None:  # per lexicon, shared by all documents
            slugs = frozenset({slug(a.label) for items in self.lex.agents.values() for a in items}
                              | {slug(label) for label, _ in UNNAMED.values()})
            self.lex.__dict__["_frame_agent_slugs"] = slugs
        self.agent_slugs = slugs
        self._word_cats: dict[str, frozenset[str]] = self.lex.__dict__.setdefault("_frame_cats", {})
        form_cats = self.lex.__dict__.get("_frame_form_cats")
        if form_cats is None:  # per lexicon: each marker word with its categories
            index: dict[str, set[str]] = {}
            for c in FRAME_MARKERS:
                for form in self.lex.markers[c]:
                    index.setdefault(form, set()).add(c)
            form_cats = {form: frozenset(cs) for form, cs in index.items()}
            self.lex.__dict__["_frame_form_cats"] = form_cats
        self._form_cats: dict[str, frozenset[str]] = form_cats
        self._multi: dict[str, dict[str, list[tuple[str, ...]]]] = self.lex.__dict__.get(
            "_frame_multi", {})
        if "_frame_multi" not in self.lex.__dict__:
            for c in FRAME_MARKERS:
                for words in self.lex.multi_markers[c]:
                    self._multi.setdefault(words[0], {}).setdefault(c, []).append(words)
            self.lex.__dict__["_frame_multi"] = self._multi
        # per lexicon: the second words of the phrases each first word starts
        self._seconds: dict[str, frozenset[str]] = self.lex.__dict__.get("_frame_seconds", {})
        if "_frame_seconds" not in self.lex.__dict__:
            self._seconds.update({first: frozenset(words[1] for phrases in by_cat.values()
                                                   for words in phrases if len(words) > 1)
                                  for first, by_cat in self._multi.items()})
            self.lex.__dict__["_frame_seconds"] = self._seconds
        # the categories of every word, and per category the sorted positions of its words:
        # a range is asked about by bisection, not word by word
        self.norms = norms = [t.norm for t in self.doc.toks]
        word_cats, multi = self._word_cats, self._multi
        self._tok_cats = tok_cats = [word_cats[tok] if tok in word_cats else self._cats_of(tok)
                                     for tok in norms]
        self._where: dict[str, list[int]] = {}
        seconds = self._seconds
        last = len(norms) - 1
        for k, tok in enumerate(norms):
            if tok in multi and k < last and norms[k + 1] in seconds[tok]:
                tok_cats[k] = self._with_phrases(k, tok, tok_cats[k])  # في حال، أول من أمس
            for c in tok_cats[k]:
                self._where.setdefault(c, []).append(k)
        self._years: list[int] | None = None  # years (2004) by position, when first asked
        # per lexicon: the state a word names as a place (بغداد، والموصل), or None
        self._place_of: dict[str, str | None] = self.lex.__dict__.setdefault("_frame_places", {})
        self._where_of: dict[tuple[int, int], str | None] = {}  # per sentence
        # per lexicon, shared by all documents: word -> trigger candidates
        self._cands: dict[tuple[str, bool], list] = self.lex.__dict__.setdefault("_frame_cands", {})
        self._may: dict[str, bool] = self.lex.__dict__.setdefault("_frame_may", {})
        # where a trigger may start: the sentences are searched only there
        may = self._may
        self.trigger_pos = [k for k, tok in enumerate(norms)
                            if may.get(tok) or (tok not in may and self.may_trigger(tok))
                            or "launch" in tok_cats[k]]

    # -- trigger words -----------------------------------------------------------------
    def candidates(self, tok: str, teh: bool) -> list:
        """The attack and protest triggers a word form may start (per lexicon, cached); ``teh``:
        the word ends in ة, so a final ه is no pronoun."""
        cands = []
        for stem, cut in proclitic_variants(tok):
            bare = strip_al(stem)
            for form in dict.fromkeys((stem, bare, *(() if teh else enclitic_variants(stem)))):
                for trig in self.lex.triggers.get(form, ()):
                    if trig.scope == "crowd" and form != stem:
                        continue  # a verb has no ال and no object here (التجمع، تجمعهم: nouns)
                    if trig.type in EVENTS and trig.scope in ("any", "event", "crowd", "done",
                                                              "claim"):
                        at = tok.find(form)  # the ال a bare form drops is still in the text
                        cands.append((trig, at if at >= 0 else cut, form == bare != stem))
        self._cands[(tok, teh)] = cands
        return cands

    def may_trigger(self, tok: str) -> bool:
        """Whether a word form may start a trigger in any spelling of its end (per lexicon)."""
        got = self._may.get(tok)
        if got is None:
            got = self._may[tok] = bool(
                self._cands.get((tok, False), None) or self.candidates(tok, False)
                or self._cands.get((tok, True), None) or self.candidates(tok, True)
                or tok[1:] in LAUNCH_NOUNS)
        return got

    # -- location ------------------------------------------------------------------------
    def location(self, s0: int, s1: int) -> str | None:
        """The state a place, a state governed by a preposition, or else a capital names."""
        if (s0, s1) not in self._where_of:
            self._where_of[(s0, s1)] = self._location(s0, s1)
        return self._where_of[(s0, s1)]

    def _location(self, s0: int, s1: int) -> str | None:
        capital = None
        for k in range(s0, s1):
            if k in self.doc.mention_at:
                m = self.doc.mention_at[k]
                rec = self.doc.actors[m.key]
                if rec.kind == "state" and m.how in ("name", "metonym") and m.t0 == k \
                        and (self.st.governed(m, s0) or self.compass(k, s0)):
                    return rec.country
                if rec.kind == "state" and m.how == "metonym" and capital is None:
                    capital = rec.country
                continue
            iso = self.place(k)
            if iso:
                return iso
        return capital

    def compass(self, k: int, s0: int) -> bool:
        """A direction before the word at ``k`` (في غرب اليونان، جنوب بغداد، شمالي العراق): a place."""
        return k > s0 and any(strip_al(w) in COMPASS for w, _ in proclitic_variants(self.norms[k - 1]))

    # -- sentence properties -------------------------------------------------------------
    def has(self, category: str, s0: int, s1: int) -> bool:
        where = self._where.get(category)
        if not where:
            return False
        j = bisect_left(where, s0)
        return j < len(where) and where[j] < s1

    def cats_in(self, s0: int, s1: int) -> set[str]:
        """All marker categories of the words from ``s0`` to ``s1``."""
        out: set[str] = set()
        for c, where in self._where.items():
            j = bisect_left(where, s0)
            if j < len(where) and where[j] < s1:
                out.add(c)
        return out

    def cats(self, k: int) -> frozenset[str]:
        """Marker categories of the word at ``k`` (or of a phrase starting there)."""
        return self._tok_cats[k]

    def _cats_of(self, tok: str) -> frozenset[str]:
        """Marker categories of one word form, with its clitics (per lexicon, cached)."""
        got = self._word_cats.get(tok)
        if got is None:
            found: set[str] = set()
            for stem, _ in proclitic_variants(tok):
                found |= self._form_cats.get(stem, _NONE)
                found |= self._form_cats.get(strip_al(stem), _NONE)
                for v in enclitic_variants(stem):
                    found |= self._form_cats.get(v, _NONE) & ENCLITIC_MARKERS
            got = frozenset(found)
            self._word_cats[tok] = got
        return got

    def _with_phrases(self, k: int, tok: str, got: frozenset[str]) -> frozenset[str]:
        norms = self.norms
        extra = {c for c, phrases in self._multi[tok].items() for words in phrases
                 if all(k + n < len(norms) and norms[k + n] == w for n, w in enumerate(words))}
        return got | extra if extra else got

    def place(self, k: int) -> str | None:
        """The state the word at ``k`` names as a place of the places file (في بعقوبة)."""
        tok = self.norms[k]
        if tok in self._place_of:
            return self._place_of[tok]
        iso = next((iso for stem, _ in proclitic_variants(tok)
                    if (iso := self.lex.places.get(strip_al(stem)))), None)
        self._place_of[tok] = iso
        return iso

    def deep(self, i: int, s0: int) -> bool:
        """The word at ``i`` stands ``DEEP`` words or more into its sentence (punctuation not
        counted): what it names is a side mention, not what the sentence reports."""
        if i - s0 < DEEP:
            return False
        if any(w.startswith(UNDERGO) for k in range(max(s0, i - UNDERGO_NEAR), i)
               for w, _ in proclitic_variants(self.norms[k])):
            return False  # تعرض قيادي … للخطف: what the subject underwent is the report
        n = 0
        for k in range(s0, i):
            if any(ch.isalnum() for ch in self.st.norm(k)):
                n += 1
                if n >= DEEP:
                    return True
        return False

    def purpose(self, t: int, start: int, s0: int) -> bool:
        """An attack word behind the preposition ل (شبكة لتفجير سيارات، سعيا لاغتياله) names an
        aim, not a deed; unless it is what someone underwent (تعرضت القافلة لهجوم)."""
        before = self.doc.text[self.doc.toks[t].start:start]
        if not before.endswith("ل") or before.endswith(("ال", "أل")):
            return False  # التفجير: the article, no preposition
        return not any(w.startswith(UNDERGO) for k in range(s0, t)
                       for w, _ in proclitic_variants(self.norms[k]))

    def alternatives(self, i: int, end: int, s0: int, s1: int) -> bool:
        """«أو» next to an attack word (خطف جندي أو إطلاق صواريخ، تفجير بناية أو سوق): kinds of
        attack weighed against each other, not one that took place."""
        return any(self.st.norm(k) in OR and not self.count_or(k, s0, s1)
                   for k in range(max(s0, i - OR_NEAR), min(s1, end + OR_NEAR)))

    def count_or(self, k: int, s0: int, s1: int) -> bool:
        """«أو» between two counts (خمسة أو ستة، 5 أو 6) says how many, not which attack."""
        def count(j: int) -> bool:
            return s0 <= j < s1 and (self.st.norm(j).isdigit() or self.has("anchor", j, j + 1))
        return count(k - 1) and count(k + 1)

    def unreal(self, i: int, end: int, s0: int, s1: int, typ: str = "ASSAULT") -> bool:
        """The words around a trigger (not the whole of a long sentence) frame it as unreal;
        trials and investigations only attacks (a protest against a court ruling is real), and
        so does a non-hostile cause near (زلزال، تجربة نووية، ألعاب نارية: deaths, no attack)
        and a period of counting (حتى الآن، منذ بداية العام: a tally, not one event); an event
        word called like others (تفجيرات مماثلة، مظاهرات مماثلة) names a kind of event, and one
        shown in a film, a play or recordings (مسرحية، أشرطة) is no event of the news."""
        near = self.cats_in(max(s0, i - NEAR), min(s1, end + NEAR))
        if (typ == "ASSAULT" and ("mishap" in near or "tally" in near)) or "depiction" in near \
                or self.has("similar", end, min(s1, end + SIMILAR_NEAR)):
            return True
        s0, s1 = max(s0, i - UNREAL_NEAR), min(s1, end + UNREAL_NEAR)
        cue = self.said(i, s0)
        if cue is not None:  # said by someone: the words of the saying frame it, not the
            s0, cue_t = cue  # speaker's titles (الناطق باسم خطة الأمن)
        wide = self.cats_in(s0, s1) | (self.cats(cue_t) if cue is not None else _NONE)
        if "unreal" in wide or (typ == "ASSAULT" and "trial" in wide):
            return True
        pub = self.doc.article.published
        year = int(pub[:4]) if pub else None
        years = self._years
        if years is None:
            years = self._years = [k for k, tok in enumerate(self.norms)
                                   if len(tok) == 4 and YEAR.match(tok)]
        dated = any((year is None or int(self.norms[k]) < year) and k > s0
                    and self.norms[k - 1] in YEAR_WORDS
                    for k in years[bisect_left(years, s0):bisect_left(years, s1)])
        return dated and not self.has("now", s0, s1)

    def said(self, i: int, s0: int) -> tuple[int, int] | None:
        """(start of the saying, cue) when the word at ``i`` is in what someone is reported to
        have said: the nearest «أن» or opening quote before it, with a reporting verb (قال،
        أعلن) a few words before that."""
        for k in range(i - 1, s0, -1):
            if self.st.norm(k) in COMPLEMENTIZERS:
                for c in range(k - 1, max(s0, k - CUE_BEFORE) - 1, -1):
                    if any(stem in self.lex.cues for stem, _ in proclitic_variants(self.st.norm(c))):
                        return k, c
                return None
        return None

    def verbal(self, holder: str, i: int, end: int, s0: int, s1: int) -> bool:
        """An attack word of double sense (هجوم: also a verbal attack) whose doer is a person or
        a political body, with no outcome or weapon near: an attack in words."""
        if not any(self.has("speechattack", k, k + 1) for k in range(i, end)):
            return False
        rec = self.doc.actors.get(holder)
        if rec is None or not (rec.kind == "person" or rec.sector in POLITICAL):
            return False
        return not self.concrete_outcome(i, end, s0, s1)

    def in_words(self, trig: Trigger, i: int, end: int, s0: int, s1: int) -> bool:
        """A bare attack word of double sense (هجوم، هاجم، هجومه على: no weapon with it) with
        neither an outcome nor a scene (a place, a victim) is as likely an attack in words
        (شن هجوما قويا على بعض الأعضاء) as a physical one: no event."""
        if any(w not in SPEECH_PREPS for w in trig.words[1:]) or not self.has("speechattack", i, end):
            return False
        return not self.concrete_outcome(i, end, s0, s1) and not self.scene(s0, s1)

    def anchored(self, i: int, end: int, s0: int, s1: int) -> bool:
        """A concrete anchor of one event: an outcome or a time near, a scene, or a count."""
        return self.concrete(i, end, s0, s1) or self.scene(s0, s1) or self.has(
            "anchor", s0, s1) or any(self.st.norm(k).isdigit() for k in range(s0, s1))

    def scene(self, s0: int, s1: int) -> bool:
        """A place (``في الموصل``, a place of the places file) or victims (جنود، الشرطة) named."""
        for k in range(s0, s1):
            m = self.doc.mention_at.get(k)
            if m is not None and m.t0 == k:
                rec = self.doc.actors[m.key]
                if rec.kind == "state" and k > s0 and self.st.norm(k - 1) in LOC_PREPS:
                    return True
                if self.is_agent(m.key) and rec.sector in VICTIMS:
                    return True
            elif m is None and self.place(k):
                return True
        return False

    def armed(self, m: Mention | None) -> bool:
        rec = self.doc.actors[m.key] if m is not None else None
        return rec is not None and (rec.sector in ARMED or rec.sector == "MIL"
                                    or rec.kind == "armed_group")

    def concrete_outcome(self, i: int, end: int, s0: int, s1: int) -> bool:
        for a, b in ((max(s0, i - NEAR), i), (end, self.reach(end, s1))):
            if self.has("outcome", a, b):
                return True
        return False

    def reach(self, end: int, s1: int) -> int:
        """Where ``NEAR`` words after ``end`` end, words in parentheses not counted (بمدينة
        المقدادية (شمال شرقي بغداد) أول من أمس: a gloss does not push the date away)."""
        k, n, depth = end, 0, 0
        while k < s1 and n < NEAR:
            tok = self.st.norm(k)
            if tok == "(":
                depth += 1
            elif tok == ")":
                depth = max(0, depth - 1)
            elif depth == 0:
                n += 1
            k += 1
        return k

    def concrete(self, i: int, end: int, s0: int, s1: int) -> bool:
        """An outcome or a date near the trigger (not the trigger itself) makes the event concrete."""
        for a, b in ((max(s0, i - NEAR), i), (end, self.reach(end, s1))):
            if self.has("outcome", a, b) or self.has("now", a, b):
                return True
        return False

    def is_agent(self, key: str) -> bool:
        rec = self.doc.actors.get(key)
        return rec is not None and rec.wikidata is None and key == f"x-{slug(rec.label)}" \
            and slug(rec.label) in self.agent_slugs

    def is_state_agent(self, key: str) -> bool:
        """A generic agent of a named state (x-usa-military: القوات الأمريكية، جنود باكستانيون)."""
        rec = self.doc.actors.get(key)
        if rec is None or rec.wikidata is not None or rec.country is None:
            return False
        head = f"x-{rec.country.lower()}-"
        return key.startswith(head) and key[len(head):] in self.agent_slugs
