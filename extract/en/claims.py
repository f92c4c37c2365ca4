"""English claims: who said what, found from reporting cues and quotation marks.

Owns :func:`find_claims` for one sentence. A cue from ``data/cues.tsv`` ("said", "told",
"according to", "called on") is placed in one of three frames:

- trailing speaker: ``CONTENT, SPEAKER said.`` / ``“CONTENT,” said SPEAKER.``
- leading speaker: ``SPEAKER said (that) CONTENT`` / ``SPEAKER told ADDRESSEE CONTENT``
- source phrase: ``CONTENT, according to SOURCE`` / ``According to SOURCE, CONTENT``

and the speaker's words (name, title, pronoun, noun phrase) become ``speaker_mention``.
A quotation that runs over several sentences is one content span; a quote-only sentence right
after a quoted claim continues it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.en.actors import Mention, Registry
from extract.en.dates import find_date
from extract.en.lexicon import Cue, Lexicon
from extract.en.phrases import (
    _ADVERBIAL,
    _AUX,
    _DATE_WORDS,
    _VENUES,
    _CLOSE_Q,
    _NEG,
    _OPEN_Q,
    _PRONOUNS,
    Frame,
    after_cue,
    cue_extent,
    inverted_np,
    skip_adverbials,
    strip,
    to_sentence_end,
)
from extract.en.text import Sentence, Token

__all__ = ["RawClaim", "find_claims"]

_DATELINE = re.compile(r"[A-Z][A-Z .,'/-]{2,}(?:\([^)\n]{1,40}\))?\s*[-–—]+\s+")


@dataclass
class RawClaim:
    speaker: str
    cue: tuple[int, int]
    content: tuple[int, int]
    speaker_mention: tuple[int, int] | None
    addressee: str | None
    direct: bool
    via: str | None
    date: str | None
    negated: bool
    confidence: float
    lemma: str
    sentence: int
    about: tuple[str, ...] = ()  # actors named in the content


def _match_cue(toks: tuple[Token, ...], i: int, lex: Lexicon) -> Cue | None:
    for cue in lex.cues.get(toks[i].low, ()):
        n = len(cue.words)
        if tuple(t.low for t in toks[i:i + n]) == cue.words:
            return cue
    return None


def find_claims(text: str, sent: Sentence, si: int, mentions: list[Mention], reg: Registry,
                lex: Lexicon, quotes: list[tuple[int, int]], *,
                published: str | None,
                next_para: tuple[int, int] | None = None) -> list[RawClaim]:
    """Claims of one sentence; ``next_para`` is the paragraph after the sentence's own when
    the sentence ends its paragraph (the content of "He said:" at a paragraph's end)."""
    toks = sent.tokens
    f = Frame(text, sent, mentions, reg, quotes)
    f.next_para = next_para
    out: list[RawClaim] = []
    i = 0
    colon = _colon_frame(f)
    if colon is not None:
        out.append(_raw(f, colon, si, published, negated=False, lemma=":"))
    while i < len(toks):
        if toks[i].text in _DASHES:
            raw = _dash_frame(f, i)
            if raw is not None:
                out.append(_raw(f, raw, si, published, negated=False, lemma="―"))
            i += 1
            continue
        cue = _match_cue(toks, i, lex)
        if cue is None or f.in_quote(toks[i].start):
            i += 1
            continue
        k = i + len(cue.words)
        special = _nominal(f, i, lex) or (
            _passive(f, cue, i, k) if cue.kind == "verb" else None)
        if special is not None:
            spk, (ca, cb), (sa, sb), content, lemma = special
            s0, e0 = strip(text, *content)
            if e0 > s0:
                out.append(RawClaim(
                    speaker=spk, cue=(toks[ca].start, toks[cb - 1].end), content=(s0, e0),
                    speaker_mention=(toks[sa].start, toks[sb - 1].end), addressee=None,
                    direct=bool(f.in_quote(s0)), via=None,
                    date=find_date(text, sent.start, sent.end, published=published,
                                   anchor=toks[i].start),
                    negated=False, confidence=0.5, lemma=lemma, sentence=si))
            i = cb
            continue
        if cue.kind == "noun":
            i += 1
            continue
        form = _verb_form(toks, i, k, cue, headline=sent.headline)
        if any(m.i < i < m.j for m in mentions):
            form = None  # "the Syrian state news agency": part of a name
        if form is None:
            i += 1
            continue
        coordinated = i > 1 and toks[i - 1].low == "and" and (
            out or all(m.j != i - 1 for m in mentions))
        raw = _participle(f, cue, i, k, out) if form == "participle" or coordinated \
            else _frame(f, cue, i, k, lex)
        if raw is not None:
            spk, (ca, cb), (sa, sb), content, addressee, direct, via = raw
            ci, ck = cue_extent(toks, i, k, sb if sb > sa and sa < i else 0)
            more = _object_prep(f, cue, k, content)
            if more is not None:
                ck, content = more
            s0, e0 = strip(text, *content)
            if e0 > s0 and (ca, cb) != (s0, e0):
                neg = "negated" in cue.flags or any(t.low in _NEG for t in toks[max(0, i - 3):i])
                out.append(RawClaim(
                    speaker=spk, cue=(toks[ci].start, toks[ck - 1].end), content=(s0, e0),
                    speaker_mention=(toks[sa].start, toks[sb - 1].end) if sb > sa else None,
                    addressee=addressee, direct=direct, via=via,
                    date=find_date(text, sent.start, sent.end, published=published,
                                   anchor=toks[i].start),
                    negated=neg, confidence=0.7 if direct else 0.6, lemma=cue.lemma,
                    sentence=si))
        i = k
    _cut_at_next_cue(toks, out)
    return out


_POSSESSIVE = frozenset({"'s", "’s"})
_NOUN_CONTENT = frozenset({"that", "to", ":"})


def _nominal(f: Frame, i: int, lex: Lexicon):
    """"Trump's claim that ...", "Turkey's threat to ...", "the senator's call for ...": a
    named possessor, a reporting noun and the clause it introduces."""
    toks = f.toks
    noun = next((c for c in lex.cues.get(toks[i].low, ()) if c.kind == "noun"
                 and tuple(t.low for t in toks[i:i + len(c.words)]) == c.words), None)
    if noun is None or i < 2:
        return None
    k = i + len(noun.words)
    if k >= len(toks) or toks[k].low not in _NOUN_CONTENT | {"for", "of"}:
        return None
    p = i - 1
    if not toks[p].low in _POSSESSIVE and p > 1 and toks[p].text.isalpha() \
            and not toks[p].cap and toks[p - 1].low in _POSSESSIVE:
        p -= 1  # "Trump's repeated claim that"
    if toks[p].low not in _POSSESSIVE:
        return None
    owner = next((m for m in f.mentions if m.j == p and m.actor), None)
    if owner is None:
        return None
    c0 = k + 1 if toks[k].low in ("that", ":") else k
    if c0 >= len(toks):
        return None
    q = f.in_quote(toks[c0].start)
    end = max(f.sent.end, q[1]) if q and q[0] == toks[c0].start else f.sent.end
    return owner.actor, (i, k), (owner.i, p + 1), (toks[c0].start, end), noun.lemma


_PARTICIPLE_IRREGULAR = frozenset("said told written shown seen known thought found".split())


def _passive(f: Frame, cue: Cue, i: int, k: int):
    """"... has been endorsed by X", "a view echoed by X": the agent after "by" holds what
    the subject before the verb names."""
    toks = f.toks
    w = toks[i].low
    if k + 1 >= len(toks) or toks[k].low != "by" or not (
            w.endswith("ed") or w in _PARTICIPLE_IRREGULAR) or i == 0:
        return None
    np = f.np_after(k + 1)
    if np is None or toks[np[0]].low in _PRONOUNS - {"he", "she", "they"}:
        return None
    spk, a, b = f.actor_in(*np)
    if spk is None:
        return None
    p = i - 1
    while p > 0 and (toks[p].low in _ING_ADVERBS or toks[p].low in _AUX
                     or toks[p].low.endswith("ly")) and toks[p].low not in _BE:
        p -= 1
    if toks[p].low in _BE | {"being"}:
        ca = p
        while ca > 0 and toks[ca - 1].low in _BE | {"has", "have", "had", "being", "will",
                                                    "would", "could", "may", "might"}:
            ca -= 1
        if ca == 0:
            return None
        subj = f.np_before(ca)
        if subj is None:
            return None
        content = (toks[subj[0]].start, toks[subj[1] - 1].end)
    elif toks[p].text.isalpha() and not toks[p].low in _NOUN_CONTEXT and p == i - 1:
        ca = i  # a reduced relative: "a view echoed by ..."
        s0 = p
        while s0 > 0 and toks[s0 - 1].text.isalpha() and (
                toks[s0 - 1].low in ("the", "a", "an", "this", "that", "his", "her", "their",
                                     "its") or not toks[s0 - 1].low in _BOUNDARY_WORDS):
            s0 -= 1
            if toks[s0].low in ("the", "a", "an", "this", "his", "her", "their", "its"):
                break
        content = (toks[s0].start, toks[p].end)
    else:
        return None
    return spk, (ca, k + 1), (a, b), content, cue.lemma


_BOUNDARY_WORDS = frozenset("and or but that which who of in on at for to with by from is are "
                            "was were".split())


# verbs whose object comes before what is held: "accused Holt of lying", "compared X to Y"
_OBJECT_PREP = {"accuse": ("of",), "compare": ("to", "with"), "liken": ("to",),
                "ask": ("about",), "press": ("on", "about"), "blame": ("for",),
                "praise": ("for",), "criticize": ("for",), "thank": ("for",),
                "warn": ("about", "of", "against"), "question": ("about", "on"),
                "credit": ("with", "for"), "charge": ("with",), "slam": ("for",),
                "fault": ("for",), "chastise": ("for",), "scold": ("for",),
                "condemn": ("for",), "attack": ("for", "on")}


def _object_prep(f: Frame, cue: Cue, k: int, content: tuple[int, int]):
    """The cue up to the preposition after its object ("accused Holt of"), as attribution
    annotation marks it, and the content after that preposition."""
    preps = _OBJECT_PREP.get(cue.lemma)
    toks = f.toks
    if preps is None or k >= len(toks) or toks[k].start != content[0]:
        return None
    for j in range(k + 1, min(k + 6, len(toks) - 1)):
        if toks[j].low in preps:
            obj = toks[k:j]
            named = any(m.i == k and m.j == j for m in f.mentions)
            plain = obj[0].low in ("him", "her", "them", "it", "us", "me") and j == k + 1
            if named or plain or all(t.cap or t.low == "'s" for t in obj):
                return j + 1, (toks[j + 1].start, content[1])
            return None
        if not (toks[j].text.isalpha() or toks[j].low == "'s"):
            return None
    return None


def _cut_at_next_cue(toks: tuple[Token, ...], claims: list[RawClaim]) -> None:
    """"X said A and warned B": A ends where the coordinated cue begins."""
    for c in claims:
        for d in claims:
            if d is c or not c.content[0] < d.cue[0] < c.content[1]:
                continue
            k = next((n for n, t in enumerate(toks) if t.start == d.cue[0]), 0) - 1
            while k > 0 and toks[k].low in _AUX:
                k -= 1
            if k <= 0 or toks[k].low not in ("and", "but") or toks[k].start <= c.content[0]:
                continue
            while k > 0 and toks[k - 1].text in {",", ";"} and toks[k - 1].start > c.content[0]:
                k -= 1
            c.content = (c.content[0], toks[k - 1].end)


# cue lemmas that are also common nouns ("the plan", "his claims", "a simple question")
_NOUNLIKE = frozenset(
    "claim plan question state remark report appeal comment estimate challenge demand support "
    "attack fear hope call note post tweet quote charge concern praise blast mock tout worry "
    "answer reply respond statement signal dub cite reveal find show want stress back view "
    "rule rate release detail dispute label offer echo need feel see advocate protest doubt "
    "fault regret love welcome favor vote sign press push pitch document address chronicle "
    "joke boast caution outline compare reference promote decline suspect".split())
# headings that end in a colon but name no speaker ("Correction: ...")
_NOT_SPEAKERS = frozenset(
    "correction corrections clarification update updated note editor editors photo photos video "
    "watch related read more see also advertisement disclosure source sources latest".split())
_DASHES = frozenset({"―", "—", "–"})


def _raw(f: Frame, raw, si: int, published: str | None, *, negated: bool,
         lemma: str) -> RawClaim:
    spk, (ca, cb), (sa, sb), content, addressee, direct, via = raw
    toks = f.toks
    s0, e0 = strip(f.text, *content)
    return RawClaim(
        speaker=spk, cue=(toks[ca].start, toks[cb - 1].end), content=(s0, e0),
        speaker_mention=(toks[sa].start, toks[sb - 1].end) if sb > sa else None,
        addressee=addressee, direct=direct, via=via,
        date=find_date(f.text, f.sent.start, f.sent.end, published=published,
                       anchor=toks[ca].start),
        negated=negated, confidence=0.6, lemma=lemma, sentence=si)


def _colon_frame(f: Frame):
    """"PENCE: ...", "Poll: ...": a short capitalised speaker, a colon, then the content."""
    toks = f.toks
    a = 1 if toks and toks[0].text in _OPEN_Q else 0
    c = next((n for n in range(a, min(a + 7, len(toks))) if toks[n].text == ":"), None)
    if c is None or c == a or c + 1 >= len(toks):
        return None
    words = toks[a:c]
    if not all(t.cap or t.text in {".", "'s", "’s", "-", "(", ")"} for t in words) \
            or any(t.low in _NOT_SPEAKERS for t in words):
        return None
    spk = f.actor_in(a, c)[0]
    if spk is None:
        return None
    cs = toks[c + 1].start
    q = f.in_quote(cs)
    ce = max(f.sent.end, q[1]) if q and q[0] == cs else f.sent.end
    return spk, (c, c + 1), (a, c), (cs, ce), None, bool(q), None


def _dash_frame(f: Frame, i: int):
    """"“...” ― Name": a quotation signed after a dash."""
    toks = f.toks
    if i == 0 or toks[i - 1].text not in _CLOSE_Q | {"."} or i + 1 >= len(toks) \
            or not toks[i + 1].cap:
        return None
    q = f.in_quote(toks[i - 1].start)
    if q is None:
        return None
    np = f.np_after(i + 1)
    if np is None:
        return None
    spk, a, b = f.actor_in(*np)
    if spk is None:
        return None
    return spk, (i, i + 1), (a, b), q, None, True, None


_NOUN_CONTEXT = frozenset(
    "the a an his her its their your our my of in on for at by with to 's ’s this these those "
    "some any every each no several many few two three four five six seven eight nine ten "
    "such whose which what".split())
_CLAUSE_OPENERS = frozenset({"that", "whether", "how", "why", "if"})
# words that open the object of a verb in the -s form ("the government offers the loans")
_NP_OPENERS = frozenset("the a an his her their its our my your this these those no more "
                        "some".split())
_NOUN_NEXT = frozenset({"of", "by", "and", "or", "is", "are", "was", "were", "have", "has", "'s",
                        "’s", "from", "about"})
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be", "get", "got"})
_BE = frozenset({"is", "are", "was", "were", "'s", "'re", "been", "be", "am", "'m"})
_ING_ADVERBS = frozenset("also once again still now even already increasingly repeatedly "
                         "openly publicly privately just".split())
_ING_LINKS = frozenset({"and", "by", "while", "after", "before", "without"})
# verbs whose "to"-infinitive is the held content ("wants to", "refused to", "plans to")
_TO_VERBS = frozenset("want plan hope decide refuse promise vow threaten pledge expect agree "
                      "offer decline seem intend aim seek vow urge ask tell call encourage "
                      "continue".split())


def head_of(cue: Cue) -> str:
    return cue.lemma.split()[0]


def _verb_form(toks: tuple[Token, ...], i: int, k: int, cue: Cue, *,
               headline: bool = False) -> str | None:
    """"finite", "participle" (", saying ...") or None when the cue word is not a verb here."""
    if cue.kind != "verb":
        return "finite"
    w = toks[i]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[k] if k < len(toks) else None
    if headline and w.cap and w.low == cue.lemma.split()[0]:
        return None  # a Title Case headline: only inflected forms ("Says", "Warns") are verbs
    if w.cap and not headline and prev is not None and prev.text not in _OPEN_Q \
            and prev.text not in {":", "—"}:
        return None  # "State Department"
    if w.low.endswith("ing"):
        p = i - 1
        while p > 0 and (toks[p].low in _ING_ADVERBS or toks[p].low in _NEG or (
                toks[p].low.endswith("ly") and len(toks[p].low) > 4)):
            p -= 1  # "is once again questioning", "isn't saying"
        if p >= 0 and p < i - 1 or prev is not None:
            if toks[p].low in _BE:
                return "finite"  # "is promising", "has been saying", "is also encouraging"
        if nxt is not None and nxt.low == "by":
            return None  # "(Additional reporting by ...)": a credit line, not a cue
        if prev is not None and prev.cap and prev.text.isalpha() and i > 1:
            return "finite"  # "with RealClearPolitics showing her ahead"
        if prev is not None and (prev.text == "," or prev.low in _ING_LINKS or (
                prev.text in _CLOSE_Q and i > 1 and toks[i - 2].text == ",")):
            return "participle"  # ", saying", "and calling for", "by telling them"
        return None
    if nxt is not None and nxt.low == "to" and head_of(cue) in _TO_VERBS and not (
            prev is not None and (prev.low in _NOUN_CONTEXT - {"to"} or prev.low == "own")):
        return "finite"  # "wants to", "plans to": the infinitive is what the subject holds
    year = prev is not None and len(prev.text) == 4 and prev.text.isdigit() and i > 1 \
        and toks[i - 2].low in ("in", "since")  # "an ad in 2008 questioned"
    if prev is not None and (prev.low in _NOUN_CONTEXT or (prev.text[:1].isdigit() and not year)
                             or prev.low == "own"):
        return None
    if prev is not None and prev.low in _PASSIVE and cue.lemma not in ("say",):
        return None
    head = cue.lemma.split()[0]
    if "weak" in cue.flags and w.low.endswith("ed") and prev is not None and prev.low.isalpha() \
            and not prev.cap and prev.low not in _PRONOUNS and prev.low not in _AUX \
            and prev.low not in ("who", "which", "that") and nxt is not None and (
                nxt.low in _DATE_WORDS or nxt.low in ("last", "this", "earlier", "by", "in", "on")):
        return None  # "a report released last year found": a participle after its noun
    base = w.low in (head, head + "s", head + "es", head[:-1] + "ies")
    if base and cue.lemma in _NOUNLIKE and prev is not None and not (
            (nxt is not None and (nxt.low in _CLAUSE_OPENERS or (
                w.low != head and nxt.low in _NP_OPENERS))) or prev.cap or prev.low in _PRONOUNS or prev.low in ("who", "that", "which", "to")
            or prev.low in _AUX or prev.low.endswith("s") or prev.text in _CLOSE_Q):
        return None
    if base and cue.lemma not in ("say", "tell") and nxt is not None and nxt.low in _NOUN_NEXT:
        return None
    if base and w.low != head and cue.lemma in _NOUNLIKE and nxt is not None and (
            nxt.low in ("in", "such", "at", "on", "with", "who", "were", "are")
            or nxt.text in {",", ".", ";", ")"}):
        return None  # "voting rights advocates in a swing state": a plural noun
    return "finite"


def _participle(f: Frame, cue: Cue, i: int, k: int, earlier: list[RawClaim]):
    """", saying ...": the speaker is the subject of the clause the participle hangs on."""
    toks = f.toks
    if earlier:
        last = earlier[-1]
        spk = last.speaker
        span = last.speaker_mention
        a = b = 0
        if span:
            a = next((n for n, t in enumerate(toks) if t.start == span[0]), 0)
            b = next((n + 1 for n, t in enumerate(toks) if t.end == span[1]), 0)
    else:
        subj = [m for m in f.mentions if m.j <= i and m.actor
                and not (m.i > 0 and toks[m.i - 1].low in _NOUN_CONTEXT - {"the", "a", "an"})]
        if not subj:
            return None
        spk, a, b = subj[0].actor, subj[0].i, subj[0].j
    c0 = after_cue(toks, k)
    if c0 >= len(toks):
        return None
    cs, ce = toks[c0].start, f.sent.end
    q = f.in_quote(cs)
    return spk, (i, k), (a, b), (cs, max(ce, q[1]) if q else ce), None, bool(q), None


def _frame(f: Frame, cue: Cue, i: int, k: int, lex: Lexicon):
    """Speaker, cue, speaker tokens, content offsets, addressee, direct, via; or None."""
    toks, text, sent = f.toks, f.text, f.sent
    prev = toks[i - 1] if i > 0 else None
    # --- source phrase: "according to X"
    if cue.kind == "prep":
        np = f.np_after(k, limit=40)
        if np is None:
            return None
        spk, a, b = f.actor_in(*np)
        if spk is None:
            return None
        via = None
        for j in range(a, b):
            if toks[j].low in ("by", "from") and j + 1 < b:
                v, _, _ = f.actor_in(j + 1, b, create=False)
                via = v
        if i > 0 and prev is not None and prev.text in {",", "—", "("} | _CLOSE_Q:
            content = (sent.start, toks[i - 1].start if prev.text == "," else prev.end)
        elif b < len(toks) and toks[b].text == ",":
            content = (toks[b].end, sent.end)
        else:
            return None
        q = f.in_quote(content[0]) or f.in_quote(content[1] - 1)
        return spk, (i, k), (a, b), content, None, bool(q), via
    nxt = toks[k] if k < len(toks) else None
    ends = _frame_ends(f, k, cue) and not (
        nxt is not None and nxt.text in {",", ":"} and k + 1 < len(toks)
        and toks[k + 1].text in _OPEN_Q)
    np = f.np_before(i)
    trailing = np is not None and ends and np[0] > 0 and (
        toks[np[0] - 1].text == "," or toks[np[0] - 1].text in _CLOSE_Q)
    if np is not None and ends and np[0] == 0:
        before = next((q for q in f.quotes if q[1] <= sent.start
                       and not text[q[1]:sent.start].strip()), None)
        if before is not None:  # “... ?” Clinton said.
            spk = _speaker(f, *np)
            if spk:
                return spk, (i, k), np, before, None, True, None
    # --- trailing speaker, inverted: "..., said X." / "“...,” said X."
    if prev is not None and prev.text in {","} | _CLOSE_Q and nxt is not None \
            and nxt.text not in {",", ".", ":"} and nxt.low not in ("that", "to") \
            and not (trailing and "addressee" in cue.flags):
        inv = f.np_after(k)
        if inv and not inverted_np(toks, inv, lex):
            inv = None
        if inv and (inv[1] >= len(toks) or toks[inv[1]].text in {",", ".", "!", "?", "("}
                   or toks[inv[1]].low in _ADVERBIAL):
            inv = to_sentence_end(f, inv)
            spk, a, b = f.actor_in(*inv)
            if spk is None and inv[1] - inv[0] == 1 and toks[inv[0]].low in _PRONOUNS:
                spk = _pronoun_actor(f, inv[0])
            if spk:
                content, direct = _content_before(f, i)
                if content:
                    return spk, (i, k), (a, b), content, None, direct, None
    # --- trailing speaker: "..., X said." / "“...,” X said."
    if trailing:
        a, b = np
        if True:
            spk = _speaker(f, a, b)
            if spk:
                content, direct = _content_before(f, a)
                if content:
                    return spk, (i, k), (a, b), content, None, direct, None
    clausal = nxt is not None and (
        nxt.low == "that" or (nxt.low == "to" and head_of(cue) in _TO_VERBS)
        or nxt.text == ":" or nxt.text in _OPEN_Q or (
            nxt.text == "," and k + 1 < len(toks) and toks[k + 1].text in _OPEN_Q))
    # --- leading speaker: "X said (that) ...", "..., who said ...", "X ... and said ..."
    if np is None:
        got = _bound_subject(f, i)
        if got is None:
            return None
        spk, a, b = got
        named = True
    else:
        a, b = np
        spk = _speaker(f, a, b)
        named = any(m.actor and a <= m.i and m.j <= b and m.how != "np" for m in f.mentions)
    if spk is None or ("weak" in cue.flags and not clausal and not (named and nxt is not None
                                                                     and nxt.text.isalnum())):
        return None  # "weak" cues need a clause, a quotation or a named subject
    addressee = None
    start = k
    if "addressee" in cue.flags and k < len(toks) and not sent.headline:
        obj = [m for m in f.mentions if m.i == k and m.actor]
        if obj:
            addressee = obj[0].actor
            start = obj[0].j
        elif cue.lemma == "tell" and toks[k].low not in ("that",):
            start = _object_end(toks, k)  # "told reporters", "told the crowd"
        if start < len(toks) and toks[start].low == "to" and "modal" in cue.flags:
            pass  # "urged X to ..." keeps "to ..." as the content
    c0 = after_cue(toks, start)
    if c0 >= len(toks) or (toks[c0].text == ":" and c0 == len(toks) - 1):
        if f.next_para is not None and k < len(toks) and toks[-1].text == ":":
            # "He said:" closing a paragraph: the next paragraph is what was said
            direct = f.text[f.next_para[0]] in "“‘\"'«"
            return spk, (i, k), (a, b), f.next_para, addressee, direct, None
        return None
    cs = toks[c0].start
    ce = sent.end
    for n in range(c0 + 1, len(toks) - 2):  # "..., according to X." is not part of it
        if toks[n].text == "," and toks[n + 1].low == "according" and toks[n + 2].low == "to" \
                and not f.in_quote(toks[n].start):
            ce = toks[n].start
            break
    q = f.in_quote(cs)
    direct = bool(q) and q[0] == cs
    if q and q[1] > ce:
        ce = q[1]  # the quotation runs on into the next sentence(s)
    elif not q:
        ce = _drop_trailing_adverbials(toks, c0, ce)
    return spk, (i, k), (a, b), (cs, ce), addressee, direct, None


def _bound_subject(f: Frame, i: int) -> tuple[str, int, int] | None:
    """The subject of a cue with no noun phrase of its own: a relative pronoun after a named
    actor ("Smith, who said", "cities that support"; the pronoun is the mention) or the
    subject of a coordinated clause ("X outlined a plan and vowed ...")."""
    toks = f.toks
    p = i - 1
    while p > 0 and (toks[p].low in _AUX or toks[p].low in _NEG or toks[p].low in _BE
                     or (toks[p].low.endswith("ly") and len(toks[p].low) > 4)):
        p -= 1
    if p <= 0:
        return None
    w = toks[p].low
    if w in ("who", "which", "that", "whom"):
        a = p - 2 if w == "whom" and toks[p - 1].low == "of" and p > 2 else p  # many of whom
        e = a - 1 if toks[a - 1].text == "," else a
        ante = next((m for m in f.mentions if m.j == e and m.actor), None)
        if ante is None and toks[a - 1].text == ",":
            ante = next((m for m in reversed(f.mentions) if m.j <= e and m.actor
                         and e - m.j <= 6), None)  # "Kerry, the secretary of state, who said"
        return (ante.actor, a, p + 1) if ante is not None else None
    if w in ("and", "but"):
        subj = next((m for m in f.mentions if m.j <= p and m.actor and not (
            m.i > 0 and toks[m.i - 1].low in _NOUN_CONTEXT - {"the", "a", "an"})), None)
        return (subj.actor, subj.i, subj.j) if subj is not None else None
    return None


def _drop_trailing_adverbials(toks: tuple[Token, ...], c0: int, ce: int) -> int:
    """"... more investment in a statement on Thursday." ends at "investment" (a date is
    kept when it is all there is after the content: "the talks resume on Monday")."""
    e = max((n for n in range(c0, len(toks)) if toks[n].end <= ce), default=c0)
    while e > c0 and toks[e].text in {".", "!", "?"}:
        e -= 1
    end = e
    while e > c0 + 1:
        low = toks[e].low
        if low in _DATE_WORDS and toks[e - 1].low in ("on", "last", "this", "late", "early") \
                and toks[e - 2].low in _VENUES:
            e -= 2
        elif low in _VENUES:
            p = next((n for n in range(e - 1, max(c0, e - 5), -1)
                      if toks[n].low in ("in", "at", "during")), None)
            if p is None:
                break
            e = p - 1
        else:
            break
        end = e
    return toks[end].end if end > c0 else ce


def _frame_ends(f: Frame, k: int, cue: Cue) -> bool:
    """Whether the sentence (or clause) ends after the cue, its addressee and adverbials."""
    toks = f.toks
    j = k
    if "addressee" in cue.flags and j < len(toks):
        obj = next((m for m in f.mentions if m.i == j), None)
        if obj is not None:
            j = obj.j
        elif (toks[j].low not in _ADVERBIAL or toks[j].low in _OBJ_DETS) \
                and toks[j].text[:1].isalpha():
            j = _object_end(toks, j)
    j = skip_adverbials(toks, j)
    return j >= len(toks) or toks[j].text in {".", ",", "!", "?", ";"} | _CLOSE_Q


_OBJ_DETS = frozenset("the a an his her their its our my your this that these those".split())


def _object_end(toks: tuple[Token, ...], k: int) -> int:
    """End of a short object noun phrase at ``k`` ("reporters", "the crowd", "his
    supporters"): a determiner and up to three lower-case words, or one word."""
    if toks[k].low not in _OBJ_DETS or k + 1 >= len(toks):
        return k + 1
    j = k + 1
    while j < len(toks) and j - k <= 3 and toks[j].text.isalpha() and not toks[j].cap \
            and toks[j].low not in _ADVERBIAL and toks[j].low not in ("that", "to", "and"):
        j += 1
    return j if j > k + 1 else k + 1


def _pronoun_actor(f: Frame, j: int) -> str | None:
    for m in f.mentions:
        if m.i == j and m.how == "pronoun" and m.actor:
            return m.actor
    return None


def _speaker(f: Frame, a: int, b: int) -> str | None:
    if b - a == 1 and f.toks[a].low in _PRONOUNS:
        return _pronoun_actor(f, a)
    return f.actor_in(a, b)[0]


def _content_before(f: Frame, a: int) -> tuple[tuple[int, int] | None, bool]:
    """Content of a trailing-speaker frame: the clause or quotation before token ``a``."""
    toks, sent = f.toks, f.sent
    j = a - 1
    while j >= 0 and toks[j].text in {","}:
        j -= 1
    if j < 0:
        return None, False
    end = toks[j].end
    q = f.in_quote(toks[j].start)
    if q and q[1] >= end:
        return (q[0], max(end, q[1])), True
    # "In other comments, the report said …": content is the whole sentence before the speaker,
    # after a wire dateline ("ANKARA (Reuters) - ")
    m = _DATELINE.match(f.text, sent.start, end)
    return (m.end() if m else sent.start, end), False
