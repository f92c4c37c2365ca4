"""Arabic claims: reporting cues with their speaker, addressee, content, source and date.

Owns ``find_claims(doc)``. A cue (``data/cues/ar.tsv``, with و/ف stripped) opens a claim unless it
sits in a source phrase (``وفق ما ذكرت …``). The speaker is the mention right after the cue
(fillers such as ``فيه`` and dates may stand between), else the nearest mention before it in the
sentence that is not governed by a preposition, else — for participles (``مضيفًا``) and
pronoun-dropping verbs (``وأضاف``) — the previous claim's speaker. Request cues take the next
mention as addressee (``دعا X Y إلى``, ``طلب من Y``). The content runs from the first
complementizer (أن، إن، إلى، على، «…») to the end of the sentence, stopping before a source
phrase or a participle cue or a cue with its own subject after a comma that starts the next claim.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from extract.ar.dates import DateHit, sentence_dates
from extract.ar.doc import Doc, Mention
from extract.ar.lexicon import Cue, Lexicon, load_lexicon
from extract.arabic import (
    enclitic_variants,
    norm_word,
    particle_forms,
    proclitic_variants,
)
from extract.model import Claim, Span

__all__ = ["ClaimInfo", "drop_headline_repeats", "find_claims"]

PREPS = {norm_word(w) for w in ("في", "من", "إلى", "على", "عن", "مع", "ضد", "حول", "بين", "لدى",
                                 "عبر", "خلال", "بعد", "قبل", "تحت", "داخل", "أمام", "نحو", "عند")}
QUOTE = '"'
IN = norm_word("في")  # "قال مسؤولون في باكستان إن": where the speaker is, before the content
PUNCT_SKIP = {"،", ",", QUOTE}


@dataclass
class ClaimInfo:
    """Token ranges behind one claim, kept for the stance component."""

    claim: Claim
    cue: Cue
    cue_t: int
    content: tuple[int, int]  # token range
    speaker: Mention | None
    addressee: Mention | None


class _Claims:
    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc, self.lex, self.toks = doc, lex, doc.toks
        self.norm = doc.norms.__getitem__  # norm(i): the normalised word at token i
        self.infos: list[ClaimInfo] = []
        self._via: dict[int, str | None] = {}  # sentence start -> the source it names
        self._via_phrases = tuple(" ".join(w) for w in lex.multi_markers["via"])

    def date_at(self, j: int) -> DateHit | None:
        """The date expression starting at token ``j``, if any."""
        return sentence_dates(self.doc, self.doc.sent_of[j], lexicon=self.lex).get(j)

    def in_via(self, i: int, s0: int) -> bool:
        """Is the cue at ``i`` part of a source phrase (``وفق ما ذكرت``)?"""
        before = [self.norm(k) for k in range(max(s0, i - 3), i)]
        joined = " ".join(before)
        return joined.endswith(self._via_phrases) or (
            bool(before) and before[-1] in ("ما", "حسبما", "كما"))

    def governed(self, m: Mention, s0: int) -> bool:
        """Is the mention the object of a preposition (so not a subject)?"""
        first = self.norm(m.t0)
        if any(cut and first[0] in "بلك" for _, cut in proclitic_variants(first)[1:]) and \
                self.doc.text[m.start - 1:m.start] not in (" ", "“", "\"", "«", "") and m.how != "pair":
            return True
        k = m.t0 - 1
        while k >= s0 and self.norm(k) == QUOTE:
            k -= 1
        return k >= s0 and self.norm(k) in PREPS

    def mention_after(self, j: int, s1: int, *, skip: int = 3) -> Mention | None:
        seen = 0
        while j < s1 and seen <= skip:
            m = self.doc.mention_at.get(j)
            if m is not None and m.t0 == j:
                return m
            w = self.norm(j)
            if w in PUNCT_SKIP:
                j += 1
                continue
            if self.lex.is_("filler", w) or w.isdigit() or any(
                    s in self.lex.weekdays for s, _ in proclitic_variants(w)):
                j += 1
                seen += 1
                continue
            hit = self.date_at(j)
            if hit is not None:
                j = hit.t1
                continue
            return None
        return None

    def mention_before(self, i: int, s0: int) -> Mention | None:
        for m in sorted(self.doc.mentions_in(s0, i), key=lambda m: -m.t1):
            if not self.governed(m, s0):
                return m
        return None

    def _follow(self, i: int, words: tuple[str, ...]) -> bool:
        return all(i + k < len(self.toks) and self.norm(i + k) == w for k, w in enumerate(words))

    def is_comp(self, j: int, s1: int) -> bool:
        if j >= s1:
            return False
        w = self.norm(j)
        return any(self.lex.is_("comp", v) for v in enclitic_variants(w)) or (
            len(w) >= 3 and w[0] in self.lex.markers["comp"])  # a ب- object: بأي خطوة

    def pro_drop(self, j: int, s1: int) -> bool:
        """Does the cue at ``j - 1`` have no overt subject (the next word opens its content)?"""
        if j >= s1:
            return False
        w = self.norm(j)
        return w in ("،", ",", ":", QUOTE) or self.is_comp(j, s1) or w in PREPS \
            or self.lex.is_("filler", w)

    def quote_before(self, i: int, s0: int) -> tuple[int, int] | None:
        """Token range inside a quotation that ends right before the cue (``«…»، قال``)."""
        k = i - 1
        while k >= s0 and self.norm(k) in ("،", ","):
            k -= 1
        if k < s0 or self.norm(k) != QUOTE:
            return None
        start = next((x for x in range(k - 1, s0 - 1, -1) if self.norm(x) == QUOTE), None)
        if start is None or k - start < 3:
            return None
        return start + 1, k

    def skip_lead(self, j: int, s1: int) -> int:
        """Skip punctuation, fillers and date expressions at ``j``."""
        while j < s1:
            w = self.norm(j)
            if w in ("،", ",") or self.lex.is_("filler", w) or any(
                    v in self.lex.weekdays for v, _ in proclitic_variants(w)):
                j += 1
                continue
            hit = self.date_at(j)
            if hit is not None:
                j = hit.t1
                continue
            break
        return j

    def outer_claim(self) -> ClaimInfo | None:
        """The last claim that is not reported inside the content of the claim before it: a
        continuation (``مضيفًا``) goes on with the speaker, not with someone the speaker quoted."""
        if len(self.infos) >= 2:
            last, before = self.infos[-1], self.infos[-2]
            if before.content[0] <= last.cue_t < before.content[1]:
                return before
        return self.infos[-1] if self.infos else None

    def topic_before(self, s0: int) -> Mention | None:
        """The subject of the sentence before ``s0`` in the same paragraph: its first mention
        that no preposition governs."""
        idx = self.doc.sent_of[s0]
        if idx == 0:
            return None
        a, b = self.doc.sents[idx - 1]
        if not self.doc.same_paragraph(b - 1, s0):
            return None
        for m in self.doc.mentions_in(a, b):
            if not self.governed(m, a):
                return m
        return None

    def quoted_before(self, span: tuple[int, int]) -> bool:
        return any(x.content[0] < span[1] and span[0] < x.content[1] for x in self.infos[-2:])

    def comp_after(self, j: int, s1: int, *, deny: bool = False) -> tuple[int, bool]:
        """Start of the content and whether it is a direct quotation. A denial's content is its
        object (``نفت إيران إرسال طائرات إلى روسيا``): a preposition further on does not open it."""
        if j < s1 and self.norm(j) in ("،", ","):
            # "، خلال مؤتمر صحفي مع …، أن": look past a parenthetical between commas
            close = next((x for x in range(j + 1, min(s1, j + 16)) if self.norm(x) in ("،", ",")), None)
            if close is not None and self.is_comp(close + 1, s1):
                return close + 2, False
            if close is not None and close + 1 < s1 and self.norm(close + 1) == QUOTE:
                j = close + 1
        if j < s1 and self.norm(j) == "(":  # "(سانا)" right after the speaker belongs to it
            close = next((x for x in range(j + 1, min(s1, j + 6)) if self.norm(x) == ")"), None)
            j = close + 1 if close is not None else j
        for k in range(j, min(s1, j + 12)):
            w = self.norm(k)
            if w == QUOTE or w == ":":
                q = k + 1 if w == ":" and k + 1 < s1 and self.norm(k + 1) == QUOTE else k
                close = next((x for x in range(q + 1, s1) if self.norm(x) == QUOTE), None)
                if w == ":" or (close is not None and close - q > 4):
                    return (q + 1 if self.norm(q) == QUOTE else q), True
                continue
            if deny and k > self.skip_lead(j, s1) and (w in PREPS or w in ("ب", ":")):
                continue
            if any(self.lex.is_("comp", v) for v in enclitic_variants(w)):
                # "أشار إلى أن …": a second complementizer right after the first opens the content
                if k + 1 < s1 and any(self.lex.is_("comp", v) for v in enclitic_variants(self.norm(k + 1))):
                    return k + 2, False
                return k + 1, False
            m = self.doc.mention_at.get(k)
            if m is not None and k > j and m.t0 == k and not self.in_via(k, j) \
                    and not self.told(m) and not (self.norm(k - 1) == IN or (
                        self.norm(j) == IN and k - j <= 3)):
                prev = self.norm(k - 1)
                if not any(v in self.lex.markers["via"] or v in self.lex.markers["statement"]
                           for v, _ in proclitic_variants(prev)):
                    break
        return self.skip_lead(j, s1), False

    def told(self, m: Mention) -> bool:
        """Is the mention the one told, behind ل (``قال مصدر لعنب بلدي إن``)? It stands between
        the speaker and the content and opens neither."""
        return self.norm(m.t0).startswith("ل") and m.start == self.toks[m.t0].start + 1

    def content_end(self, j: int, s1: int, *, at_via: bool = True) -> int:
        """End of the content starting at ``j``: before a source phrase (unless ``at_via`` is
        False), a participle cue or a coordinated cue after a comma, or the sentence end."""
        for k in range(j + 1, s1):
            w = self.norm(k)
            if at_via and self.lex.stem_is("via", w):
                return k - 1 if self.norm(k - 1) in ("،", ",") else k
            if self.norm(k - 1) in ("،", ","):
                if self.lex.is_("break", w) or any(self._follow(k, m) for m in self.lex.phrases("break", w)):
                    return k - 1
                cue = self.lex.cue_at(w)
                if cue and (cue[0].kind == "participle" or cue[1] > 0):
                    return k - 1
                if cue and cue[0].kind == "verb" and (m := self.doc.mention_at.get(k + 1)) is not None \
                        and m.t0 == k + 1:
                    return k - 1  # "…، قال مصدر مسؤول «…»": a cue with its own subject opens a new claim
        end = s1
        while end > j and self.norm(end - 1) in (".", "،", ",", "!", "؟"):
            end -= 1
        return end

    def run(self) -> None:
        doc = self.doc
        for i in self.lex.cue_positions(doc.norms):
            s0, s1 = doc.sents[doc.sent_of[i]]
            if i in doc.mention_at or self.in_via(i, s0):
                continue
            self.one(i, self.lex.cue_at(self.norm(i)), s0, s1)

    def relayed(self, i: int, s1: int) -> tuple[Mention, Mention | None] | None:
        """``نقلت وكالة الأناضول عن وزير الدفاع التركي قوله إن …``: (speaker, relaying source)."""
        source = self.mention_after(i + 1, s1)
        k = source.last if source is not None else i + 1
        for x in range(k, min(s1, k + 4)):
            if self.norm(x) == "عن":
                speaker = self.mention_after(x + 1, s1, skip=0)
                return (speaker, source) if speaker is not None else None
        return None

    def one(self, i: int, hit: tuple[Cue, int], s0: int, s1: int) -> None:
        cue, cut = hit
        doc = self.doc
        speaker = addressee = None
        after = True
        confidence = 0.8
        relay_via = None
        if cue.kind == "relay":
            got = self.relayed(i, s1)
            if got is None:
                return
            speaker, source = got
            relay_via = source.key if source is not None else None
        outer = self.outer_claim()
        prev = outer if outer is not None and doc.sent_of[outer.cue_t] >= doc.sent_of[i] - 2 else None
        coordinated = (prev is not None and doc.sent_of[prev.cue_t] == doc.sent_of[i]
                       and cut > 0 and self.norm(i)[0] == "و")
        if cue.kind == "verb":
            speaker = self.mention_after(i + 1, s1)
            if speaker is not None and coordinated and cue.plover == "REQUEST" \
                    and self.is_comp(speaker.t1, s1):
                # "…، ودعت روسيا إلى": the named actor is the addressee of the same speaker
                speaker = None
            elif speaker is None:
                if not (coordinated and self.pro_drop(i + 1, s1)):
                    # "…، وقالت إن": a second cue with no subject goes on with the same speaker,
                    # not with the object of the first (اتهمت الوزارة واشنطن …، وقالت إن …)
                    speaker, after = self.mention_before(i, s0), False
                if speaker is None and not self.pro_drop(i + 1, s1):
                    return  # a subject we cannot name: no claim rather than a wrong speaker
        if speaker is None and prev is not None:
            speaker, after, confidence = prev.speaker, False, 0.6
            speaker_id = prev.claim.speaker
        elif speaker is None and cue.kind == "verb" and i == s0 and cut > 0:
            # "استقبل الأسد بيدرسون … . وقال إن …": the subject of the sentence before speaks
            speaker = self.topic_before(s0)
            if speaker is None:
                return
            after, confidence, speaker_id = False, 0.6, speaker.key
        elif speaker is None:
            return
        else:
            speaker_id = speaker.key
            if speaker.guess:  # a title of an undated article read as today's office holder
                confidence = 0.7
        j = speaker.last if (after and speaker is not None) else i + 1
        if cue.plover == "REQUEST" or cue.speech_act == "WARN":
            k = j + 1 if j < s1 and self.norm(j) == "من" else j
            addressee = self.mention_after(k, s1, skip=0)
            if addressee is not None and addressee.key != speaker_id:
                j = addressee.last
            else:
                addressee = None
        clause_end = self.content_end(j, s1, at_via=False)
        c0, direct = self.comp_after(j, clause_end, deny=cue.speech_act == "DENY")
        preposed = self.quote_before(i, s0)
        if preposed is not None and ((c0 < clause_end and (direct or self.is_comp(c0 - 1, s1)))
                                     or self.quoted_before(preposed)):
            # "«…»، وقال إن …": the cue opens content of its own; "«…»، محذرًا": the quotation
            # is already the content of the claim before
            preposed = None
        if preposed is not None:  # "«…»، قال لافروف": the quotation comes first
            c0, clause_end, direct = preposed[0], preposed[1], True
        elif c0 >= clause_end:
            return
        c1 = self.content_end(c0, s1) if preposed is None else preposed[1]
        if not direct and self.norm(c0) == QUOTE:
            close = next((x for x in range(c0 + 1, s1) if self.norm(x) == QUOTE), None)
            if close is not None and close - c0 > 4 and close + 1 >= c1 - 1:
                c0, direct = c0 + 1, True
        if direct:
            close = next((x for x in range(c0, s1) if self.norm(x) == QUOTE), None)
            c1 = close if close is not None else c1
        if c1 <= c0:
            return
        text = doc.text
        about = tuple(dict.fromkeys(
            m.key for m in doc.mentions_in(c0, c1) if m.key != speaker_id))
        negated = cue.speech_act == "DENY" or (
            i > s0 and any(self.lex.is_("neg", v) for v in particle_forms(self.norm(i - 1))))
        cue_start = doc.nt.orig[self.toks[i].nstart + cut]
        claim = Claim(
            id=f"c{len(self.infos) + 1}",
            speaker=speaker_id,
            speaker_mention=Span.of(text, speaker.start, speaker.end) if speaker and confidence > 0.6 else None,
            cue=Span.of(text, cue_start, self.toks[i].end),
            content=Span.of(text, self.toks[c0].start, self.toks[c1 - 1].end),
            addressee=addressee.key if addressee else None,
            about=about,
            direct=direct,
            via=relay_via or self.via(s0, s1, speaker_id),
            date=self.date(s0, s1),
            negated=negated,
            confidence=confidence,
        )
        self.infos.append(ClaimInfo(claim, cue, i, (c0, c1), speaker, addressee))

    def sentence_via(self, s0: int, s1: int) -> str | None:
        """The source the sentence [s0, s1) names (found once per sentence)."""
        if s0 not in self._via:
            self._via[s0] = self._sentence_via(s0, s1)
        return self._via[s0]

    def _sentence_via(self, s0: int, s1: int) -> str | None:
        """The source a sentence names (``وفق بيان للرئاسة الفرنسية`` -> France); for a bare
        ``وفق البيان`` the last source named before, so "the statement" keeps its author."""
        for k in range(s0, s1):
            if not self.lex.stem_is("via", self.norm(k)):
                continue
            for x in range(k + 1, min(s1, k + 8)):
                m = self.doc.mention_at.get(x)
                if m is not None:
                    return m.key
                if self.norm(x) in ("،", ",", "."):
                    break
            nxt = self.norm(k + 1) if k + 1 < s1 else ""
            if self.lex.is_("statement", nxt):
                return self.last_named_via(self.doc.sent_of[s0])
        return None

    def last_named_via(self, sent: int) -> str | None:
        for idx in range(sent - 1, -1, -1):
            a, b = self.doc.sents[idx]
            key = self.sentence_via(a, b)
            if key is not None:
                return key
        return None

    def via(self, s0: int, s1: int, speaker_id: str) -> str | None:
        key = self.sentence_via(s0, s1)
        if key is None:
            key = self.followup_via(self.doc.sent_of[s0] + 1)
        return None if key == speaker_id else key

    def followup_via(self, sent: int) -> str | None:
        """The source of sentence ``sent`` when it opens by reporting the circumstances of the
        statement before it (``وجاءت الدعوة خلال اتصال …، وفق بيان …``)."""
        if sent >= len(self.doc.sents):
            return None
        a, b = self.doc.sents[sent]
        if a >= b or not self.lex.stem_is("followup", self.norm(a)):
            return None
        return self.sentence_via(a, b)

    def date(self, s0: int, s1: int) -> str | None:
        """The first date of the claim's sentence, else of the next one when it goes on in the
        same paragraph or reports the statement's circumstances (``وجاءت الدعوة … الأربعاء``),
        else publication."""
        idx = self.doc.sent_of[s0]
        for sent in (idx, idx + 1):
            if sent >= len(self.doc.sents):
                break
            a = self.doc.sents[sent][0]
            if sent > idx and not self.doc.same_paragraph(s1 - 1, a) \
                    and not self.lex.stem_is("followup", self.norm(a)):
                break
            hits = sentence_dates(self.doc, sent, lexicon=self.lex)
            if hits:
                return hits[min(hits)].value
        return self.doc.article.published


HEADLINE_MAX_WORDS = 20


def headline_end(doc: Doc) -> int:
    """Token index after the headline: the first body line when it is short and has no final stop."""
    if not doc.sents or not doc.article.body:
        return 0
    first = doc.article.body[0]
    k = 0
    while k < len(doc.toks) and doc.toks[k].end <= first[1]:
        k += 1
    line = doc.text[first[0]:first[1]].rstrip()
    if k > HEADLINE_MAX_WORDS or line.endswith((".", "!", "؟", "?")):
        return 0
    return k


def _same_side(doc: Doc, a: str, b: str) -> bool:
    """Same actor, or a person and the state (or two actors) acting for one country."""
    if a == b:
        return True
    ca, cb = doc.actors.get(a), doc.actors.get(b)
    return bool(ca and cb and ca.country and ca.country == cb.country)


def drop_headline_repeats(doc: Doc, infos: list[ClaimInfo]) -> list[ClaimInfo]:
    """A headline claim the body reports again (same speech act, same side, a shared topic) is
    the same statement: keep the body's, which has the full speaker, content and evidence."""
    end = headline_end(doc)
    body = [x for x in infos if x.cue_t >= end]
    keep = []
    for x in infos:
        if x.cue_t < end and any(
                y.cue.speech_act == x.cue.speech_act and _same_side(doc, x.claim.speaker, y.claim.speaker)
                and set(x.claim.about) & set(y.claim.about) for y in body):
            continue
        keep.append(x)
    return keep


def find_claims(doc: Doc, *, lexicon: Lexicon | None = None) -> list[ClaimInfo]:
    """Fill ``doc.claims``; returns the claims with their token ranges for the stance step."""
    c = _Claims(doc, lexicon or load_lexicon())
    c.run()
    infos = drop_headline_repeats(doc, c.infos)
    for k, x in enumerate(infos, 1):
        x.claim = replace(x.claim, id=f"c{k}")
    doc.claims = [x.claim for x in infos]
    return infos
