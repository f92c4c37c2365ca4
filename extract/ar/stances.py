"""Arabic stances: from claims (the cue's own type, triggers in the content) and from actions.

Owns ``find_stances(doc, infos)``:
- a claim whose cue has a PLOVER type (دعا -> REQUEST, هدد -> THREATEN) gives a stance of the
  speaker toward the addressee, else toward the first other actor of the content;
- triggers (``data/triggers/ar.tsv``) inside a claim's content give stances of the speaker, or of
  the content's own subject (``أن إسرائيل شنت غارات``): ``حماية X`` -> SUPPORT +1 toward X,
  ``ضد X`` -> ASSAULT -1. Inside a condition (إذا، لو) or after a quantifier (أي هجوم) they are
  hypothetical and skipped; a negation (لن، لم، لا، وقف) within three words before turns them into
  their ``negated_type`` with the opposite sign. Actions in denied (نفى) or requested (طالب X ب)
  content are not reported as done;
- triggers of scope ``any`` in narrated sentences give stances of the sentence's subject (the actor
  right after a verb, else the nearest one shortly before): ``الانسحاب من`` -> RETREAT,
  ``اتصال هاتفي`` -> CONSULT between the two parties, ``إرسال … لضرب X`` -> MOBILIZE toward the
  purpose clause's target. Attacks and protests without a named target keep a null target;
  negated narrated actions give nothing.
- the claims of unnamed sources and correspondents (``extract.ar.sources``: «قال مصدر عسكري إن
  …», «قال مراسل عنب بلدي إن …») report deeds they did not do: they give the stance of their own
  cue only (نفى مصدر …, where the source is named at the cue), and their content is read like a
  narrated sentence, whose stances then point at the claim; a source is never a narrated holder.
One stance per (holder, target, type, negated) is kept: the first, i.e. the best evidenced.
Event frames (``extract.ar.events``) then drop attacks and protests in unreal sentences, give
generic agents the country where they act, and add attacks and protests whose doer is unnamed.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from extract.ar.claims import PREPS, ClaimInfo
from extract.ar.dates import sentence_dates
from extract.ar.doc import Doc, Mention
from extract.ar.events import apply_event_frames
from extract.ar.lexicon import Lexicon, Trigger, load_lexicon
from extract.arabic import enclitic_variants, particle_forms, proclitic_variants
from extract.model import Span, Stance

__all__ = ["find_stances"]

AFTER_WINDOW = 3
HOLDER_WINDOW = 6  # a narrated action's subject stands close before it
PURPOSE_WINDOW = 12  # how far a purpose clause (لضرب …) may follow a deployment
# Events reported without a named target still say something about the holder.
UNTARGETED = {"ASSAULT", "PROTEST"}
SKIP = {'"', "(", ")", "،", ","}


def _trigger_candidates(lex: Lexicon, tok: str, teh: bool) -> tuple[tuple[Trigger, int, bool], ...]:
    """Triggers whose first word ``tok`` may be, in the order they are tried: (trigger, clitic
    letters cut, has a pronoun). ``teh``: the word ends in ة, so a final ه is no pronoun."""
    return tuple((trig, cut, form != stem) for stem, cut in proclitic_variants(tok)
                 for form in ((stem,) if teh else enclitic_variants(stem))
                 for trig in lex.triggers.get(form, ()))


class _Stances:
    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc, self.lex, self.toks = doc, lex, doc.toks
        self.norm = doc.norms.__getitem__  # norm(i): the normalised word at token i
        self._trigger_cands = lex.memo("stance_triggers")
        # the positions whose word may start a trigger: the only ones the scans stop at
        for tok in set(doc.norms).difference(self._trigger_cands):
            self._trigger_cands[tok] = (_trigger_candidates(lex, tok, False),
                                        _trigger_candidates(lex, tok, True))
        self.trigger_starts = [k for k, tok in enumerate(doc.norms) if self._trigger_cands[tok][False]]
        self.out: list[Stance] = []
        self.seen: set[tuple] = set()
        self.consumed = 0  # end of a purpose-clause trigger already used as a target
        # unnamed sources (extract.ar.sources) report deeds, they hold none but their speech acts
        self.sources = {k for k, rec in doc.actors.items() if rec.source}

    def is_source(self, key: str) -> bool:
        return key in self.sources

    def reports(self, info: ClaimInfo) -> bool:
        """Is the claim an unnamed source's or a correspondent's (مراسل عنب بلدي: the outlet), who
        tell of deeds they did not do?"""
        return self.is_source(info.claim.speaker) or (
            info.speaker is not None and info.speaker.how == "reporter")

    def span(self, t0: int, t1: int, cut: int = 0) -> Span:
        start = self.doc.nt.orig[self.toks[t0].nstart + cut]
        return Span.of(self.doc.text, start, self.toks[t1 - 1].end)

    def mspan(self, m: Mention | None) -> Span | None:
        return Span.of(self.doc.text, m.start, m.end) if m else None

    def emit(self, holder: str, target: str | None, typ: str, polarity: int, trigger: Span, *,
             holder_m: Mention | None, target_m: Mention | None, claim: str | None,
             date: str | None, negated: bool, confidence: float) -> None:
        if target == holder or (target is None and typ not in UNTARGETED):
            return
        key = (holder, target, typ, negated)
        if key in self.seen:
            return
        self.seen.add(key)
        self.out.append(Stance(
            id=f"s{len(self.out) + 1}", holder=holder, type=typ, polarity=polarity, trigger=trigger,
            target=target, holder_mention=self.mspan(holder_m), target_mention=self.mspan(target_m),
            claim=claim, date=date, negated=negated, confidence=confidence))

    # -- lookups -------------------------------------------------------------------------
    def trigger_at(self, i: int, t1: int) -> tuple[Trigger, int, int, bool] | None:
        """(trigger, end, cut, has_pronoun) for a trigger starting at token ``i``."""
        tok = self.norm(i)
        by_teh = self._trigger_cands.get(tok)
        if by_teh is None:
            by_teh = self._trigger_cands[tok] = (_trigger_candidates(self.lex, tok, False),
                                                 _trigger_candidates(self.lex, tok, True))
        if not by_teh[False]:  # (with ة there are fewer: no pronoun forms)
            return None
        teh = self.doc.text[self.toks[i].end - 1] == "ة"  # a final ه from ة is no pronoun
        for trig, cut, pronoun in by_teh[teh]:
            words = trig.words
            if all(i + k < t1 and self.norm(i + k) == w for k, w in enumerate(words[1:], 1)):
                return trig, i + len(words), cut, pronoun
        return None

    def next_start(self, i: int, hi: int) -> int:
        """The first position from ``i`` on where a trigger may start, else ``hi``."""
        k = bisect_left(self.trigger_starts, i)
        return self.trigger_starts[k] if k < len(self.trigger_starts) else hi

    def negated(self, i: int, lo: int) -> bool:
        """A negation (لن، لم، ولم، لا) within three words before ``i``."""
        return any(self.lex.stem_is("neg", w) or any(self.lex.is_("neg", p) for p in particle_forms(w))
                   for w in map(self.norm, range(max(lo, i - 3), i)))

    def conditional(self, i: int, lo: int) -> bool:
        for k in range(i - 1, lo - 1, -1):
            w = self.norm(k)
            if w in ("فان", "فانه") or w in (".", "؟"):
                return False
            if self.lex.stem_is("cond", w):
                return True
        return False

    def first_after(self, j: int, hi: int, exclude: set[str]) -> Mention | None:
        count = 0
        while j < hi and count < AFTER_WINDOW:
            m = self.doc.mention_at.get(j)
            if m is not None and m.key not in exclude:
                return m
            if m is None and self.norm(j) not in SKIP:
                count += 1  # the holder's own mention (VSO) does not use up the window
            j = m.t1 if m is not None else j + 1
        return None

    def last_before(self, i: int, lo: int, exclude: set[str], *, subject: bool = False) -> Mention | None:
        for m in sorted(self.doc.mentions_in(lo, i), key=lambda m: -m.t1):
            if m.key in exclude:
                continue
            if subject and m.t0 > lo and self.norm(m.t0 - 1) in PREPS:
                continue
            return m
        return None

    def governed(self, m: Mention, lo: int) -> bool:
        k = m.t0 - 1
        while k >= lo and self.norm(k) in SKIP:
            k -= 1
        first = self.norm(m.t0)
        clitic = any(cut and first[0] in "بلك" for _, cut in proclitic_variants(first)[1:])
        return (k >= lo and self.norm(k) in PREPS) or (clitic and m.start > self.toks[m.t0].start)

    def subject_after(self, j: int, hi: int) -> Mention | None:
        """A mention right after a verb-like trigger (VSO order), not governed by a preposition."""
        for k in range(j, min(hi, j + 3)):
            m = self.doc.mention_at.get(k)
            if m is not None:
                return None if self.governed(m, 0) else m
            if self.norm(k) not in SKIP and not self.lex.is_("filler", self.norm(k)):
                break
        return None

    def target_of(self, trig: Trigger, i: int, end: int, lo: int, hi: int, pronoun: bool,
                  exclude: set[str]) -> Mention | None:
        if trig.target == "before" or (pronoun and trig.target == "after"):
            return self.last_before(i, lo, exclude)
        if trig.target == "with":
            for k in range(end, hi):
                if self.norm(k) == "مع":
                    return self.first_after(k + 1, hi, exclude)
            return None
        if trig.target == "purpose":
            # "إرسال مقاتلات … لضرب مواقع التنظيم": the target of the purpose clause (ل + action)
            for k in range(end, min(hi, end + PURPOSE_WINDOW)):
                w = self.norm(k)
                if w[:1] != "ل" or len(w) < 4:
                    continue
                hit = self.trigger_at(k, hi)
                if hit is not None and hit[0].target == "after":
                    self.consumed = hit[1]
                    return self.first_after(hit[1], hi, exclude)
            return None
        return self.first_after(end, hi, exclude)

    # -- sources of stances --------------------------------------------------------------
    def from_claim(self, info: ClaimInfo) -> None:
        c = info.claim
        c0, c1 = info.content
        exclude = {c.speaker}
        source = self.reports(info)
        if info.cue.plover and not (source and c.speaker_mention is None):
            # (an unnamed source's speech act counts only where the source is named at the cue:
            # «قال شاهد عيان إن المتظاهرين … وطالبوا» reports the protesters' demand)
            # a denial is against its accuser (نفت اتهامات واشنطن), not against whoever the
            # denied act involves (نفت إرسال طائرات إلى روسيا)
            deny = info.cue.speech_act == "DENY"
            target_m = info.addressee or next(
                (m for m in self.doc.mentions_in(c0, c1)
                 if m.key != c.speaker and not (deny and self.governed(m, c0))), None)
            if target_m is not None:
                self.emit(c.speaker, target_m.key, info.cue.plover, info.cue.polarity, c.cue,
                          holder_m=info.speaker, target_m=target_m, claim=c.id, date=c.date,
                          negated=c.negated, confidence=0.7)
        if source:
            return  # what an unnamed source reports is narrated (find_stances): it did none of it
        i = c0
        while (i := self.next_start(i, c1)) < c1:
            hit = None if i in self.doc.mention_at else self.trigger_at(i, c1)
            if hit is None or self.conditional(i, c0):
                i += 1
                continue
            trig, end, cut, pronoun = hit
            if (c.negated and trig.negated_type is None) or (
                    info.addressee is not None and trig.scope == "any"):
                # a denied action is not reported; a requested action is not done (yet)
                i = end
                continue
            holder, holder_m = c.speaker, info.speaker
            if trig.target in ("after", "with") and not pronoun:
                # the content's own subject (أن إسرائيل شنت غارات) holds the stance, not the speaker
                sub = next((m for m in self.doc.mentions_in(c0, i) if m.key not in exclude), None)
                if sub is not None and sub.t0 <= c0 + 1 and not self.governed(sub, 0):
                    holder, holder_m = sub.key, sub
            self.from_trigger(trig, i, end, cut, pronoun, c0, c1, holder=holder,
                              holder_m=holder_m, claim=c.id, date=c.date, exclude={holder})
            i = max(end, self.consumed)

    def from_trigger(self, trig: Trigger, i: int, end: int, cut: int, pronoun: bool, lo: int,
                     hi: int, *, holder: str, holder_m: Mention | None, claim: str | None,
                     date: str | None, exclude: set[str]) -> None:
        neg = self.negated(i, lo)
        if neg and claim is None and trig.negated_type is None:
            return  # a narrated action that did not happen (لم تنسحب، وقف إطلاق النار)
        typ, pol = trig.type, trig.polarity
        if neg:
            typ, pol = (trig.negated_type or trig.type), (-pol if pol else 0)
        if not neg and i > lo and self.lex.is_("generic", self.norm(i - 1)):
            return  # "أي هجوم": any attack, not one that happened (but "لن … أي مكاسب" is negated)
        target_m = self.target_of(trig, i, end, lo, hi, pronoun, exclude)
        target = target_m.key if target_m else None
        if target is None and holder_m is not None and holder_m.how == "pair" \
                and trig.target in ("with", "pair") and holder_m.pair not in (None, holder):
            # "اتفق الزعيمان على …": the two parties act with each other
            target, target_m = holder_m.pair, holder_m
        if target is None and (typ not in UNTARGETED or claim is not None):
            return
        self.emit(holder, target, typ, pol, self.span(i, end, cut),
                  holder_m=holder_m,
                  target_m=target_m, claim=claim, date=date, negated=neg, confidence=0.6)

    def sentence_date(self, s0: int, s1: int) -> str | None:
        """The first date the sentence names (``التقى … يوم الثلاثاء``), else publication."""
        hits = sentence_dates(self.doc, self.doc.sent_of[s0], lexicon=self.lex)
        return hits[min(hits)].value if hits else self.doc.article.published

    def narrated(self, s0: int, s1: int, covered: set[int]) -> None:
        date: str | None = None
        i = s0
        while (i := self.next_start(i, s1)) < s1:
            hit = None if i in covered or i in self.doc.mention_at else self.trigger_at(i, s1)
            if hit is None or hit[0].scope != "any":
                i += 1
                continue
            trig, end, cut, pronoun = hit
            date = date or self.sentence_date(s0, s1)
            if trig.target == "pair":
                self.pair(trig, i, end, cut, s0, s1, date)
            else:
                # a verbal noun behind ب/ل (بقتل المدنيين، لضرب مواقع) takes its object after it,
                # so its doer stands before; a verb (قتلت القوات …) has its subject after it
                masdar = cut > 0 and self.norm(i)[cut - 1] in "بل"
                if trig.type in UNTARGETED and i > s0 and self.lex.is_("eventprep", self.norm(i - 1)):
                    i = end  # "قتل ثلاثة في هجوم": a circumstance; the event frame finds its doer
                    continue
                holder_m = (None if masdar else self.subject_after(end, s1)) or self.last_before(
                    i, max(s0, i - HOLDER_WINDOW), self.sources, subject=True)
                if holder_m is not None and self.is_source(holder_m.key):
                    holder_m = None  # a source reports; it is not the doer
                if holder_m is not None:
                    self.from_trigger(trig, i, end, cut, pronoun, s0, s1, holder=holder_m.key,
                                      holder_m=holder_m, claim=None, date=date,
                                      exclude={holder_m.key})
            i = max(end, self.consumed)

    def pair(self, trig: Trigger, i: int, end: int, cut: int, s0: int, s1: int, date: str | None) -> None:
        after = [m for m in self.doc.mentions_in(end, s1)]
        before = [m for m in self.doc.mentions_in(s0, i)]
        for m in after + before:
            if m.pair:
                a, b, am, bm = m.key, m.pair, m, None
                break
        else:
            people = [m for m in after + before if self.doc.actors[m.key].kind in ("person", "state")]
            distinct: list[Mention] = []
            for m in people:
                if all(m.key != d.key for d in distinct):
                    distinct.append(m)
            if len(distinct) < 2:
                return
            am, bm = distinct[0], distinct[1]
            a, b = am.key, bm.key
        self.emit(a, b, trig.type, trig.polarity, self.span(i, end, cut), holder_m=am, target_m=bm,
                  claim=None, date=date, negated=self.negated(i, s0), confidence=0.6)


def find_stances(doc: Doc, infos: list[ClaimInfo], *, lexicon: Lexicon | None = None) -> None:
    """Fill ``doc.stances`` from the claims and the narrated sentences."""
    st = _Stances(doc, lexicon or load_lexicon())
    covered: set[int] = set()
    reported: list[ClaimInfo] = []  # claims of unnamed sources, correspondents: content narrated
    for info in infos:
        st.from_claim(info)
        if st.reports(info):
            reported.append(info)
        else:
            covered.update(range(*info.content))
        covered.add(info.cue_t)
    for s0, s1 in doc.sents:
        st.narrated(s0, s1, covered)
    apply_event_frames(st, infos)
    doc.stances = [_reported_by(s, reported) for s in st.out]


def _reported_by(s: Stance, reported: list[ClaimInfo]) -> Stance:
    """A deed told in an unnamed source's claim (قال ناشطون إن الطيران قصف …) keeps the doer the
    narrated rules found and points at the claim that reports it."""
    if s.claim is not None:
        return s
    for info in reported:
        c = info.claim.content
        if c.start <= s.trigger.start and s.trigger.end <= c.end:
            return replace(s, claim=info.claim.id)
    return s
