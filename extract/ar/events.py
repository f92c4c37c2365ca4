"""Arabic event frames: attacks and protests whose doer is unnamed, implied or only a crowd.

Owns ``apply_event_frames(st, infos)``, run by ``extract.ar.stances.find_stances`` after the trigger
pass, over each sentence (the sense checks of a trigger live in ``extract.ar.event_senses``):
- **unreal frames**: words near a trigger that speak of plans, fears, threats or questions
  (markers ``unreal``: خطط، مخاوف، هدد …; ``trial``: محاكمة، التحقيق, for attacks only), or a
  year of history before the publication year (عام 2004، منذ 2004; a full date dates one event)
  without a ``now`` word: no attack or protest took place, the stances from triggers are dropped;
- **location**: where the sentence's event happens — a place of ``patterns/places.ar.tsv`` (the
  state it lies in) or a state name or capital governed by a preposition (``في بغداد``);
- **attacks in words**: an attack word of double sense (``speechattack``: هجوم، هاجم) whose doer
  is a person or a political body and that reports no outcome is an accusation (ACCUSE);
- **anchors**: an attack told with its doer (the trigger pass) stands for one event only with an
  anchor of that occasion — an outcome or a time near it, a scene (a place, victims), a count or a
  weapon (markers ``anchor``: ستة، فجرا، بلدة، صاروخ; digits); else it is a topic, a list or a
  reference (إسرائيل تقتل الفلسطينيين) and is dropped;
- **holders and targets** (``extract.ar.event_roles``): generic agents localised to the place
  (``x-irq-gunmen``), a protest held by its crowd, the target the actor aimed at, the victims or
  the place;
- **unnamed events**: a sentence with an attack or protest word (``event`` and ``any`` triggers,
  al- forms included) and no stance of that type yet gives one when the event is concrete (an
  ``outcome`` such as مقتل، بجروح، أسفر, or a ``now`` word, or for an attack a verb of occurring
  right next to the indefinite word: وقع انفجار; ``done`` triggers, past-tense verbs such as
  انفجرت، فجر نفسه, need neither). The holder is a doer named by the
  sentence's own words (a generic armed agent: مسلحون، انتحاري، المتمردين; a crowd for protests),
  else an actor standing for the unnamed doer ("unidentified attackers", "protesters") that has no
  mention — the trigger is the evidence. The target is the actor aimed at (استهدف، ضد), else
  the victims (المدنيين، الشرطة، جنود), else the place. ``crowd`` triggers (تجمع، احتشد، هتف) fire only with a crowd
  standing next to them as their doer, and need no outcome. A launch verb with a weapon a few
  words after it (markers ``launch``, ``weapon``: أطلق مسلحون … الصواريخ) is such an attack too,
  and so is a verbal noun with ب after قام (قام مسلحون بخطف، قامت طائرة بإطلاق صاروخ), even one
  limited to claims: the deed was carried out;
- **background**: a definite protest noun (المظاهرة) refers back, crowd or not; an attack word
  opening a relative clause (… الذي اغتالته إسرائيل) or after a
  time preposition (بعد هجوم استهدف، منذ تفجيرات) or a time conjunction (عندما هاجم، حين
  اغتيل; not after a verb of occurring: وقع الحادث عندما انفجرت) describes someone or dates
  another event, and so does a deed told with قام in such a clause (الذين قاموا بتفجير سيارة);
  a bare double-sense word (هجوم) with no outcome, scene or armed doer may be words: no event;
  attack words offered as alternatives (خطف جندي أو تفجير حافلة) are kinds, not an event; an
  attack word 30 words or more into its sentence is a side mention of what the sentence reports
  (unless it is what the subject underwent: تعرض … للخطف);
- **downing**: أسقط (to drop, to topple, to shoot down) is an attack only with an aircraft right
  after it (أسقطت طائرتي تجسس: one that took place; أسقط الحكومة، أسقطت التهم: none).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from extract.ar.doc import Mention
from extract.ar.event_roles import Roles
from extract.ar.event_senses import (
    ARMED,
    EVENTS,
    LAUNCH_NOUNS,
)
from extract.ar.lexicon import Trigger
from extract.arabic import enclitic_variants, norm_word, proclitic_variants
from extract.gazetteer import strip_al

if TYPE_CHECKING:
    from extract.ar.claims import ClaimInfo
    from extract.ar.stances import _Stances

__all__ = ["apply_event_frames"]

# (sets of normalised words, as the scans compare: جرى is stored جري, بدأ بدا, أسقط اسقط)
OCCUR_NOW = {norm_word(w) for w in ("وقع", "وقعت", "حدث", "حدثت", "جرى")}  # وقع انفجار: it took place
# أسقط: an attack only with an aircraft right after it (أسقطت طائرتي تجسس، أسقطوا مروحية)
DOWN = {norm_word(w) for w in ("أسقط", "أسقطت", "أسقطوا", "أسقطا")}
AIRCRAFT = ("طائر", "مروحي", "مقاتل", "قاذف", "مسير")
DOWN_GAP = 3
CROWD_AFTER = 8  # تجمع نحو مائة متظاهر: the crowd a few words after the verb
CROWD_BEFORE = 3
ERUPT = {"اندلعت", "عمت", "انطلقت", "اجتاحت", "جابت", "شهدتها"}
# words that make the next verb background to another event: المتظاهرين الذين تجمعوا، عندما خرج
BACKGROUND = {"الذين", "التي", "الذي", "اللذين", "اللواتي", "عندما", "حين", "حينما", "بعدما",
              "لدى", "كلما"}
# a relative clause describes someone or something already known (الرنتيسي الذي اغتالته
# إسرائيل، الهجوم الذي نفذ ضد): the attack or protest in it is background, not the report
RELATIVE = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللذان"}
# an attack after a time preposition (بعد هجوم، منذ تفجيرات، إثر اغتيال) or a cause (بسبب هجوم،
# في أعقاب هجوم) is the time or cause of another event the sentence reports: a reference
ARMED_AFTER = 6  # how far after a claim-only attack word (خطف) its armed doers may be named
TIME_REF = {"بعد", "عقب", "اثر", "منذ", "قبل", "اعقاب", "بسبب"}
TIME_CONJ = {"ان", "ما"}  # بعد أن، منذ أن، قبل ما: a time preposition opening a clause
# a time conjunction (عندما هاجم، حين اغتيل، بعدما فجر) opens a clause dating another event;
# after a verb of occurring (الحادث الذي وقع عندما انفجرت) it tells that event itself
WHEN = {"عندما", "حينما", "حين", "بعدما", "كلما", "لما"}
OCCUR = {norm_word(w) for w in ("وقع", "وقعت", "حدث", "حدثت", "جرى", "جرت", "بدأ", "بدأت", "اندلعت", "اندلع")}
CLAUSE_PARTICLES = {"حيث", "اذ", "إذ", "بينما", "ثم", "كما", "قد", "لقد", "وقد", "فيما", "حين", "لما",
                    "ان", "أن", "إن", "انه", "أنه", "امس", "أمس", "اليوم"}
CROWD_SIZE = {"الاف", "الالاف", "الوف", "مئات", "المئات", "عشرات", "العشرات", "حشود", "الحشود",
              "جموع", "الجماهير", "مسيرة", "مسيرات", "تظاهرة", "مظاهرة"}
CARRY = {"قام", "قامت", "قاموا", "وقام", "وقامت", "وقاموا", "فقام", "فقامت", "قاما", "وقاما"}
CARRY_NEAR = 5
PURPOSE_OBJECT = 2  # the words after an aimed attack word that are its object (سيارات ملغومة)
LAUNCH_GAP = 5  # أطلق مسلحون فجر أمس عشرات الصواريخ: the weapon within five words of the verb


class _Frames(Roles):
    # -- background --------------------------------------------------------------------
    def background(self, i: int, s0: int, s1: int) -> bool:
        """A trigger opening a relative clause (… الذي اغتالته، التي استهدفت) or the time of
        another event (بعد هجوم، منذ تفجيرات، بعد أن خطف), or the verb describing such a
        background attack (بعد هجوم استهدف): background."""
        def after_marker(k: int) -> bool:
            if k > s0 and self.st.norm(k - 1) in TIME_CONJ and k - 1 > s0:
                k -= 1  # بعد أن خطف، منذ أن هاجم: the conjunction opens the same time clause
            return k > s0 and (self.st.norm(k - 1) in RELATIVE or self.st.norm(k - 1) in TIME_REF
                               or self.when(k - 1, s0))
        if after_marker(i):
            return True
        carry = self.carry_at(i)
        if carry is not None and after_marker(carry):
            return True  # الذين قاموا بتفجير سيارة، بعد أن قام مسلحون بخطف: the deed describes
        if i - 1 > s0 and after_marker(i - 1) and self.trigger_at(i - 1, s1) is not None:
            return True
        # a trigger of two words before the verb (بسبب هجوم انتحاري استهدف)
        hit = self.trigger_at(i - 2, s1) if i - 2 > s0 and after_marker(i - 2) else None
        return hit is not None and hit[1] == i

    def when(self, k: int, s0: int) -> bool:
        """A time conjunction at ``k`` (عندما، حين، بعدما) not right after a verb of occurring and
        its subject (وقعت المواجهات عندما احتشد: the clause tells the event itself)."""
        if not any(w in WHEN for w, _ in proclitic_variants(self.st.norm(k))):
            return False
        return not any(any(w in OCCUR for w, _ in proclitic_variants(self.st.norm(j)))
                       for j in range(max(s0, k - 2), k))

    def downing(self, i: int, s1: int) -> bool | None:
        """For a form of أسقط (to drop, to topple, to shoot down) at ``i``: whether an aircraft
        is named right after it (أسقطت طائرتي تجسس، أسقطوا مروحية) — only then an attack; None
        for any other word."""
        if not any(w in DOWN for w, _ in proclitic_variants(self.st.norm(i))):
            return None
        return any(strip_al(w).startswith(AIRCRAFT) for k in range(i + 1, min(s1, i + 1 + DOWN_GAP))
                   for w, _ in proclitic_variants(self.st.norm(k)))

    def plural_series(self, i: int, s0: int, s1: int) -> bool:
        """A plural attack noun (هجمات، اعتداءات، هجماتهم) with no count or other anchor (digits,
        ``anchor`` markers) in the sentence names a series or a kind (هجمات الميليشيات على
        القرى), not one reported event; also when the sentence names its doer."""
        if not any(v.endswith("ات") for v in enclitic_variants(self.st.norm(i))):
            return False  # هجمات، هجماتهم، اعتداءاتها
        return not any(self.st.norm(k).isdigit() or self.has("anchor", k, k + 1)
                       for k in range(s0, s1))

    # -- triggers ------------------------------------------------------------------------
    def trigger_at(self, i: int, s1: int) -> tuple[Trigger, int, int, bool] | None:
        """(trigger, end, cut, definite) of an attack or protest word at ``i``, al- forms
        included (definite: the word had ال, الهجوم, so it refers back to a known event)."""
        tok = self.norms[i]
        teh = self.doc.text[self.doc.toks[i].end - 1] == "ة"
        cands = self._cands.get((tok, teh))
        if cands is None:
            cands = self.candidates(tok, teh)
        if not cands:  # most words: only a launch verb or noun may still be an attack
            if "launch" not in self.cats(i) and tok[1:] not in LAUNCH_NOUNS:
                return None
            return self.launch_at(i, s1)
        for trig, cut, definite in cands:
            if trig.scope == "claim" or tok[0] == "ب":
                # قام مسلحون بخطف: a deed told with قام is one that took place; a claim-only
                # word (خطف) counts only so, or with armed men named as its doers (خطف مسلحون،
                # على أيدي مسلحين)
                if not self.carried_out(i) and not self.armed_doers(i, s1):
                    if trig.scope == "claim":
                        continue
                else:
                    trig = replace(trig, scope="done")
            # later words match with or without ال (الضربات الجوية = ضربات جوية)
            if all(i + k < s1 and strip_al(self.st.norm(i + k)) == strip_al(w)
                   for k, w in enumerate(trig.words[1:], 1)):
                return trig, i + len(trig.words), cut, definite
        return self.launch_at(i, s1)

    def carried_out(self, i: int) -> bool:
        """A verbal noun with ب after a form of قام a few words before (قام مسلحون بخطف)."""
        return self.carry_at(i) is not None

    def carry_at(self, i: int) -> int | None:
        """Where the form of قام stands whose verbal noun with ب is at ``i``, or None."""
        if not self.st.norm(i).startswith("ب"):
            return None
        # قامت الجماعة في ديسمبر (كانون الأول) 2005 بخطف: a gloss in parentheses and
        # punctuation do not count toward the distance
        k, n, depth = i - 1, 0, 0
        while k >= 0 and n < CARRY_NEAR:
            tok = self.st.norm(k)
            if tok == ")":
                depth += 1
            elif tok == "(":
                depth = max(0, depth - 1)
            elif depth == 0 and any(ch.isalnum() for ch in tok):
                if tok in CARRY:
                    return k
                n += 1
            k -= 1
        return None

    def armed_doers(self, i: int, s1: int) -> bool:
        """Armed men (مسلحون، متمردون) named within a few words after an attack word."""
        return any(self.is_agent(m.key) and self.doc.actors[m.key].sector in ARMED
                   for m in self.doc.mentions_in(i + 1, min(s1, i + 1 + ARMED_AFTER)))

    def launch_at(self, i: int, s1: int) -> tuple[Trigger, int, int, bool] | None:
        """A launch verb with a weapon a few words after it (أطلقت عشرات الصواريخ، ألقوا
        المتفجرات): an attack that took place (scope done). The noun (إطلاق صواريخ) is left
        out: it names attacks in lists and topics more often than it reports one."""
        tok = self.st.norm(i)
        verb = "launch" in self.cats(i) or (tok[1:] in LAUNCH_NOUNS and self.carried_out(i))
        if not verb or not self.has("weapon", i + 1, min(s1, i + 1 + LAUNCH_GAP)):
            return None
        cut = next((c for stem, c in proclitic_variants(tok) if self.lex.is_("launch", stem)),
                   1 if tok[1:] in LAUNCH_NOUNS else 0)
        trig = Trigger((tok,), "ASSAULT", -1, None, "after", "done")
        return trig, i + 1, cut, False

    def crowd_near(self, i: int, end: int, s0: int, s1: int) -> Mention | None:
        """The crowd right after or before a protest verb; next to the verb a nationality or a
        party is its doer too (تظاهر أمس عشرات من أعضاء حزب …، تجمع العشرات من المصريين)."""
        for m in self.doc.mentions_in(end, min(s1, end + CROWD_AFTER)):
            if self.is_crowd(m, near=True):
                return m
        for m in reversed(self.doc.mentions_in(max(s0, i - CROWD_BEFORE), i)):
            if self.is_crowd(m):
                return m
        return None

    def clause_start(self, i: int, s0: int) -> bool:
        """A verb opens its clause: sentence start, punctuation, a conjunction clitic (وتجمع)
        or a clause particle (حيث، إذ، بينما) before it; after a noun it is a noun (موقع تجمع)."""
        if i == s0 or self.st.norm(i)[:1] in ("و", "ف") or self.st.norm(i).endswith("وا"):
            return True  # تدفقوا، تجمعوا: a verb by its ending
        if i - 1 in self.doc.mention_at:
            return True  # وفي غواتيمالا نزل، المتظاهرون تجمع: after a place or its subject
        prev = self.st.norm(i - 1)
        if prev in CLAUSE_PARTICLES:
            return True
        return not any(ch.isalpha() for ch in prev) and prev not in ("«", '"')

    def erupted(self, i: int, end: int, s0: int, s1: int) -> bool:
        """A verb of breaking out next to an indefinite protest noun (واندلعت أمس مظاهرة،
        مظاهرة عنيفة اندلعت): the protest is reported even without its crowd or a date."""
        return any(w in ERUPT for k in (i - 2, i - 1, end, end + 1) if s0 <= k < s1
                   for w, _ in proclitic_variants(self.st.norm(k)))

    def occurred(self, i: int, end: int, s0: int, s1: int) -> bool:
        """A verb of occurring right next to an indefinite attack word (وقع انفجار، انفجار وقع):
        it happened (الهجوم وقع في …: a known attack, where it happened)."""
        if any(stem.startswith("ال") for stem, _ in proclitic_variants(self.st.norm(i))):
            return False
        return any(w in OCCUR_NOW for k in (i - 1, end) if s0 <= k < s1
                   for w, _ in proclitic_variants(self.st.norm(k)))

    def crowd_count(self, end: int, s1: int) -> bool:
        """A crowd given by its size right after the verb (خرج الآلاف، تجمع مئات)."""
        for k in range(end, min(s1, end + 3)):
            w = self.st.norm(k)
            if any(w2 in CROWD_SIZE for w2, _ in proclitic_variants(w)):
                return True
        return False

    # -- the frame -----------------------------------------------------------------------
    def sentence(self, s0: int, s1: int, have: set[str]) -> None:
        """Unnamed events of one sentence; of several attack words the one whose doer the
        sentence names wins (قصف … وغارة إسرائيلية), else the first concrete one."""
        cands = []
        pos, mention_at, nxt = self.trigger_pos, self.doc.mention_at, s0
        for i in pos[bisect_left(pos, s0):bisect_left(pos, s1)]:
            if i < nxt or i in mention_at:
                continue
            hit = self.trigger_at(i, s1)
            if hit is None:
                continue
            trig, end, cut, definite = hit
            start, nxt = end - len(trig.words), end
            down = self.downing(start, s1)
            if down is not None:
                if not down:
                    continue  # أسقطت التهم، أسقط الحكومة: no attack
                trig = replace(trig, scope="done")  # أسقطت طائرتين: it took place
            if self.st.negated(end - 1, s0) or self.st.conditional(end - 1, s0):
                continue
            if start > s0 and self.lex.is_("generic", self.st.norm(start - 1)):
                continue
            if trig.type == "ASSAULT" and self.deep(start, s0):
                continue
            if self.purpose(start, self.st.span(start, end, cut).start, s0):
                nxt = end + PURPOSE_OBJECT  # لتفجير سيارات ملغومة: its object is the aim too
                continue
            if self.background(start, s0, s1):
                if self.carry_at(start) is not None:
                    nxt = end + PURPOSE_OBJECT  # الذين قاموا بتفجير سيارة مفخخة: its object too
                continue
            if self.unreal(start, end, s0, s1, trig.type) or self.alternatives(start, end, s0, s1):
                continue
            cands.append((trig, start, end, cut, definite))
        if not cands:
            return
        named = set()
        for trig, start, end, cut, _definite in cands:
            # a doer the sentence names adds its attack even next to another one (the scorer
            # and the graph keep both: «قتل ثلاثة مسلحين في ضربة جوية أميركية»)
            if trig.type == "ASSAULT" and trig.type not in named and self.emit_frame(
                    trig, start, end, cut, s0, s1, need_doer=True, strong=True):
                named.add(trig.type)
        have |= named
        for trig, start, end, cut, definite in cands:
            # "الهجوم" refers back to an attack already known: the sentence reports it only
            # together with its doer (… الهجوم الذي شنه مسلحون)
            if trig.type not in have and self.emit_frame(trig, start, end, cut, s0, s1,
                                                          need_doer=definite):
                have.add(trig.type)

    def emit_frame(self, trig: Trigger, i: int, end: int, cut: int, s0: int, s1: int, *,
                   need_doer: bool = False, strong: bool = False) -> bool:
        where = self.location(s0, s1)
        ms = self.doc.mentions_in(s0, s1)
        holder_m: Mention | None
        if trig.scope == "crowd":
            if i > s0 and self.st.norm(i - 1) in BACKGROUND:
                return False  # المتظاهرين الذين تجمعوا: background to another event
            if not self.clause_start(i, s0):
                return False  # «تجمع العلماء»، موقع تجمع المتظاهرين: a noun, a name
            holder_m = self.crowd_near(i, end, s0, s1)
            if holder_m is None and not self.crowd_count(end, s1):
                return False
        elif (trig.scope != "done" and not self.concrete(i, end, s0, s1)
              and not (trig.type == "PROTEST" and self.erupted(i, end, s0, s1))
              and not (trig.type == "ASSAULT" and self.occurred(i, end, s0, s1))) \
                or self.plural_series(i, s0, s1):
            return False  # no outcome nor date; a series of attacks, not one
        elif trig.type == "PROTEST":
            if need_doer:
                return False  # المظاهرة: a protest already told; its crowd is no new report
            holder_m = self.crowd_near(i, end, s0, s1)
            if holder_m is None and not self.crowd_count(end, s1) and not self.erupted(i, end, s0, s1):
                return False  # a protest is reported with its crowd; alone it is mostly a mention
        else:
            holder_m = self.doer(i, end, s0, s1, ms, strong=strong, subject=not need_doer)
            if not self.armed(holder_m) and self.in_words(trig, i, end, s0, s1):
                return False
        if need_doer and holder_m is None:
            return False
        holder = holder_m.key if holder_m else self.unnamed(trig.type)
        if holder_m is not None and holder_m.how == "demonym" and trig.type == "ASSAULT":
            holder = self.force(holder)
        if trig.type == "PROTEST" and self.people(holder_m):
            # تجمع الفلسطينيين، خرج النيباليون: the people of a state protest
            holder = self.localise(self.unnamed("PROTEST"), self.doc.actors[holder].country)
        holder = self.localise(holder, where)
        target_m = self.aimed(i, end, s0, s1, holder_m.key if holder_m else holder)
        if target_m is None and trig.type == "ASSAULT":
            target_m = self.victim(ms, holder_m, holder)
        target = self.localise(target_m.key, where) if target_m else None
        if target is None:
            target = self.place_target(trig.type, where, holder, i, end, s0, s1)
        before = len(self.st.out)
        self.st.emit(holder, target, trig.type, trig.polarity, self.st.span(i, end, cut),
                     holder_m=holder_m, target_m=target_m, claim=None,
                     date=self.doc.article.published, negated=False, confidence=0.5)
        return len(self.st.out) > before






def apply_event_frames(st: _Stances, infos: list[ClaimInfo]) -> None:
    """Drop unreal ASSAULT/PROTEST stances, localise generic agents, add unnamed events."""
    fr = _Frames(st)
    if not fr.starts:
        return
    cues = {(i.claim.cue.start, i.claim.cue.end) for i in infos}
    sents = st.doc.sents
    where: dict[int, str | None] = {}
    kept = []
    have: dict[int, set[str]] = {}
    for s in st.out:
        if s.type in EVENTS and (s.trigger.start, s.trigger.end) not in cues:
            t = fr.tok_of_char(s.trigger.start)
            k = st.doc.sent_of[t]
            t1 = fr.tok_of_char(s.trigger.end - 1) + 1
            if fr.unreal(t, t1, *sents[k], s.type) or fr.background(t, *sents[k]) \
                    or fr.alternatives(t, t1, *sents[k]) \
                    or fr.purpose(t, s.trigger.start, sents[k][0]):
                continue
            if s.type == "ASSAULT" and fr.downing(t, sents[k][1]) is False:
                continue  # التقارير … أسقطت من المتابعة: dropped, not shot down
            if s.type == "ASSAULT" and fr.verbal(s.holder, t, t1, *sents[k]):
                # "شن الوزير هجوما حادا على خصومه": an attack in words, an accusation
                kept.append(replace(s, type="ACCUSE"))
                continue
            if s.type == "ASSAULT" and (not fr.anchored(t, t1, *sents[k])
                                        or fr.plural_series(t, *sents[k])
                                        or fr.deep(t, sents[k][0])):
                continue  # an attack with no occasion of its own: a topic, a list, a reference
            if k not in where:
                where[k] = fr.location(*sents[k])
            s = fr.recast(s, t, t1, *sents[k], where[k])
            have.setdefault(k, set()).add(s.type)
        kept.append(s)
    st.out = kept
    st.seen = {(s.holder, s.target, s.type, s.negated) for s in kept}
    for k, (s0, s1) in enumerate(sents):
        fr.sentence(s0, s1, have.setdefault(k, set()))
    st.out = [replace(s, id=f"s{n}") for n, s in enumerate(st.out, 1)]
