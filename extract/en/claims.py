"""English claims: who said what, found from reporting cues and quotation marks.

Owns :func:`find_claims` for one sentence. A cue from ``data/cues.tsv`` ("said", "told",
"according to", "called on") is placed in one of three frames (the verb frames are
:func:`extract.en.verbframe.verb_frame`; the other forms are in :mod:`extract.en.forms`):

- trailing speaker: ``CONTENT, SPEAKER said.`` / ``“CONTENT,” said SPEAKER.``
- leading speaker: ``SPEAKER said (that) CONTENT`` / ``SPEAKER told ADDRESSEE CONTENT``
- source phrase: ``CONTENT, according to SOURCE`` / ``According to SOURCE, CONTENT``

and the speaker's words (name, title, pronoun, noun phrase) become ``speaker_mention``.
A cue word that is no finite verb here may still head a frame: inside a to-infinitive
("went on to say", :mod:`extract.en.infinitive`) or an -ing clause after a noun ("polls
showing", :mod:`extract.en.reduced`); a light verb with a noun of speech ("made the case
for") or a linking verb with an attitude adjective ("were nervous about") is read as one
verb cue (:mod:`extract.en.light`). An agentless passive of blame, regard or expectation ("X
was accused of Y", "X is seen as Y", "X is expected to Y") is a claim of the article's unnamed
source (:mod:`extract.en.unattributed`), with no speaker mention and no stance.
A quotation that runs over several sentences is one content span; a quote-only sentence right
after a quoted claim continues it. Which claims of a sentence are part of another's report
(nested beliefs and plans, plain reports inside what "say" or "according to" reports,
coordinated cues) is decided by :func:`extract.en.nesting.prune_nested`.
A cue verb in a sense that reports nothing heads no claim: "add" or "point to" before a sum or
a percentage ("would add $84 billion"), "see" with a possessive object ("has seen his support
slip"), "spoke"/"talked" whose "of"/"on" belongs to a noun phrase ("spoke at a gathering of
farmers"), a to-infinitive after "failure"/"refusing" ("its failure to speak out on X"), an
-ing form after "without" ("claimed X without offering any evidence"),
"present" with "to"/"with" after its object ("presented the award to X"), "continue" with no
speech or infinitive after it ("will continue their attacks"), "decide" before a noun phrase
("could decide the case"), "respond"/"reply" with nothing after them in their clause ("neither X
nor Y responded."); the verbs flagged "clause" in ``cues.tsv`` need a clause or quotation, and
deeds flagged "act" ("imposed sanctions", "voted against the bill") are cues only as the finite
verb of their own subject with an object right after them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.en.actors import Mention, Registry
from extract.en.dates import find_date
from extract.en.forms import (
    _DASHES,
    _NOUN_CONTEXT,
    TOPIC_PREPS,
    colon_frame,
    colon_quote,
    dash_frame,
    nominal,
    object_prep,
    passive,
    prep_source,
    verb_form,
)
from extract.en.infinitive import infinitive_cue, object_frame
from extract.en.lexicon import Cue, Lexicon
from extract.en.light import (
    LIGHT_CUE,
    LIGHT_FIRSTS,
    as_cue,
    attitude_cue,
    issued_cue,
    light_cue,
    role_frame,
)
from extract.en.nesting import folds_inward, opens_clause, prune_nested
from extract.en.phrases import (
    _CLOSE_Q,
    _DATE_WORDS,
    _NEG,
    _OPEN_Q,
    _RELPRON,
    _VENUES,
    PLATFORMS,
    Frame,
    after_cue,
    cue_extent,
    speaker_extent,
    strip,
)
from extract.en.reduced import issuer_across, reduced_cue
from extract.en.text import Sentence, Token, token_at
from extract.en.unattributed import (
    SEEMING,
    UNDERGO_FIRSTS,
    UNNAMED_CONFIDENCE,
    agentless,
    asked_opening,
    it_is_clear,
    undergone,
    unnamed_source,
)
from extract.en.verbframe import opening_clause, verb_frame

__all__ = ["RawClaim", "find_claims"]


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
    unnamed: bool = False  # the text names no speaker (extract.en.unattributed)


def _match_cue(toks: tuple[Token, ...], i: int, lex: Lexicon) -> Cue | None:
    for cue in lex.cues.get(toks[i].low, ()):  # (keyed by the first word)
        n = len(cue.words)
        if n == 1 or tuple(t.low for t in toks[i:i + n]) == cue.words:
            return cue
    return None


def find_claims(text: str, sent: Sentence, si: int, mentions: list[Mention], reg: Registry,
                lex: Lexicon, quotes: list[tuple[int, int]], *,
                published: str | None,
                next_para: tuple[int, int] | None = None,
                possessives: list[Mention] | None = None) -> list[RawClaim]:
    """Claims of one sentence; ``next_para`` is the paragraph after the sentence's own when
    the sentence ends its paragraph (the content of "He said:" at a paragraph's end)."""
    toks = sent.tokens
    f = Frame(text, sent, mentions, reg, quotes)
    f.next_para = next_para
    f.possessives = possessives or []
    out: list[RawClaim] = []
    f.earlier = out
    inner: list[RawClaim] = []  # claims of a belief, feeling or plan ("attitude" cues)
    topics: list[RawClaim] = []  # a noun's claim with its topic ("his comments on X")
    i = 0
    colon = colon_frame(f)
    if colon is not None:
        out.append(_raw(f, colon, si, published, negated=False, lemma=":"))
    role = role_frame(f)  # "A passionate defender of RT, Mr. Schultz said ..."
    if role is not None:
        out.append(_raw(f, role, si, published, negated=False, lemma="<light>"))
    starts = _starts(lex)
    while i < len(toks):
        if toks[i].low not in starts:
            i += 1  # most words open no frame
            continue
        if toks[i].text in _DASHES:
            raw = dash_frame(f, i)
            if raw is not None:
                out.append(_raw(f, raw, si, published, negated=False, lemma="―"))
            i += 1
            continue
        if toks[i].low in _SOURCE_PREPS:
            got = prep_source(f, i)  # "in the polls", "in his eyes", "by one estimate"
            if got is not None:
                out.append(_raw(f, got[0], si, published, negated=False, lemma=toks[i].low))
                i = got[1]
                continue
        w = toks[i].low
        bare = None
        if (w in _UNNAMED_FIRSTS or (i < 2 and w == "asked")) and not f.in_quote(toks[i].start):
            bare = (undergone(f, i) if w in UNDERGO_FIRSTS else asked_opening(f, i)
                    if w == "asked" else it_is_clear(f, i))
        if bare is not None:  # "X faced sharp criticism for Y": no speaker named
            out.append(_unnamed(f, bare, si, published, i))
            i = bare[0][1]
            continue
        cue = _match_cue(toks, i, lex) if toks[i].low in lex.cues else None
        light = (light_cue(toks, i, lex.cues) or attitude_cue(toks, i)
                 or issued_cue(toks, i, lex.cue_verbs, lex.cues)
                 or as_cue(toks, i)) if cue is None and toks[i].low in LIGHT_FIRSTS else None
        if light is not None:
            cue = LIGHT_CUE  # "made the case for", "is a staunch opponent of"
        if cue is None or f.in_quote(toks[i].start):
            i += 1
            continue
        k = i + len(cue.words) if light is None else light
        noun = nominal(f, i, lex)
        special = noun or (
            passive(f, cue, i, k) if cue.kind == "verb" and light is None else None)
        if special is not None:
            spk, (ca, cb), (sa, sb), content, lemma = special
            s0, e0 = strip(text, *content)
            if e0 > s0:
                out.append(RawClaim(
                    speaker=spk, cue=(toks[ca].start, toks[cb - 1].end), content=(s0, e0),
                    speaker_mention=_mention(f, sa, sb, spk), addressee=None,
                    direct=bool(f.in_quote(s0)), via=None,
                    date=find_date(text, sent.start, sent.end, published=published,
                                   anchor=toks[i].start),
                    negated=False, confidence=0.5, lemma=lemma, sentence=si))
                if noun is not None and toks[cb - 1].low in TOPIC_PREPS | {"of"} \
                        and lemma.split()[-1] != toks[cb - 1].low:
                    # a noun's topic ("her comments on X") inside another claim's content
                    # ("he said her comments on X were ...") is part of that claim
                    inner.append(out[-1])
                    topics.append(out[-1])
            i = cb
            continue
        bare = agentless(f, cue, i, k) if cue.kind == "verb" and light is None else None
        if bare is not None:  # "X was accused of Y", "X is seen as Y": no speaker named
            out.append(_unnamed(f, bare, si, published, i, lemma=cue.lemma))
            i = bare[0][1]
            continue
        if cue.kind == "noun" or _anonymity(toks, i) or _idiom(toks, i) or (
                cue.lemma in _TOPIC_VERBS and not _topic_follows(toks, k)):
            i += 1
            continue
        form = verb_form(toks, i, k, cue, headline=sent.headline)
        if any(m.i < i < m.j or (m.j == i and m.how == "demonym"
                                 and not toks[i - 1].low.endswith("s")) for m in mentions):
            form = None  # part of a name, or after a demonym: "the Syrian state news agency"
        across = issuer_across(toks, i, lex.cues) if cue.kind == "verb" and light is None else None
        across_frame = verb_frame(f, cue, across, k, lex) if across is not None else None
        if across_frame is None:
            across = None  # no subject found before the sending verb: the participle alone
        if across is not None:
            form = None  # "sent a letter to the board urging": the cue runs from "sent"
        inf = ("shared", across, None) if across is not None else None if form is not None else (
            infinitive_cue(f, cue, i) if i > 1 else None) or reduced_cue(f, cue, i, lex)
        opening = opening_clause(f, cue, i, k) if (form is None and inf is None) or (
            form == "participle" and i <= 2) else None  # "In defending X, Y said"
        if form is None and inf is None and opening is None:
            i += 1
            continue
        h = i if inf is None else inf[1]  # "went on to say": the cue starts at "went"
        coordinated = h > 1 and toks[h - 1].low == "and" and (
            out or all(m.j != h - 1 for m in mentions)) or (
            h > 2 and toks[h - 1].text == "," and inf is None and out and form == "finite"
            and toks[h].low.endswith("ed") and not toks[h - 2].cap
            and toks[h - 2].text.isalpha() and out[-1].cue[1] < toks[h].start
            and out[-1].content[0] < toks[h].start < out[-1].content[1]
            and out[-1].speaker_mention is not None
            and out[-1].speaker_mention[0] == toks[0].start and not any(
                t.low in ("who", "which", "that") for t in toks[:h]
                if out[-1].speaker_mention[0] <= t.start < out[-1].cue[0]))
        # (", talked of ...": the next verb of a list that shares the subject opening the
        # sentence; not after a name, which an apposition ends, nor in a relative clause)
        if "act" in cue.flags and (form != "finite" or inf is not None or opening is not None
                                   or coordinated or not _object_follows(toks, k)):
            i += 1  # "to overturn X", "and enact X", "which the court struck down in July"
            continue
        if opening is not None:
            raw = opening  # "Citing a poll, X said ...", "When asked about X, Y said"
        elif inf is not None and inf[2] is not None:
            raw = object_frame(f, cue, h, k, inf[2])
        elif form == "participle" or coordinated:
            # (the possessor of "condemning Trump's remarks about X, announcing ..." is not
            # the subject the next participle hangs on)
            raw = _participle(f, h, k, [c for c in out if c not in topics])
        elif across is not None:
            raw = across_frame  # (the frame from the sending verb, read above)
        else:
            raw = verb_frame(f, cue, h, k, lex)
        if raw is not None:
            spk, (ca, cb), (sa, sb), content, addressee, direct, via = raw
            ci, ck = cue_extent(toks, h, k, sb if sb > sa and sa < h else 0)
            more = object_prep(f, cue, k, content)
            if more is not None:
                ck, content = more
            elif content[1] <= toks[i].start or (
                    ck < len(toks) and toks[ck].end <= content[0]):
                ck = _venue_end(toks, ck)  # "..., she said in an interview.", "wrote on X that"
            elif ck < len(toks) and toks[ck].start == content[0]:
                v = _venue_end(toks, ck)  # "said in interviews that X": the venue is no content
                if ck < v < len(toks) and toks[v].low in ("that", ",", ":"):
                    ck = v
            if toks[k - 1].end <= content[0] < toks[ck - 1].end and ck < len(toks):
                c0 = after_cue(toks, ck)  # "spoke bitterly of X", "said over the weekend that X"
                if toks[c0].start < content[1]:
                    content = (toks[c0].start, content[1])
            s0, e0 = strip(text, *content)
            if "clause" in cue.flags and form != "participle" and s0 > toks[i].start \
                    and not opens_clause(toks, s0):
                s0 = e0  # "156,000 jobs added", "would add $84 billion": a thing, not words
            elif cue.lemma in _AMOUNT_SENSE and s0 > toks[i].start and _amount_at(text, s0) \
                    and not opens_clause(toks, s0):
                s0 = e0  # "would add $84 billion", "0.1 percentage points to 4.2 percent"
            elif cue.lemma == "see" and s0 > toks[i].start and _undergone(text, s0, e0) \
                    and not opens_clause(toks, s0):
                s0 = e0  # "has seen its biggest boom", "saw their ratings fall": what befell one
            elif cue.lemma == "present" and _given(toks, k):
                s0 = e0  # "presented the award to X", "presented them with a medal": a gift
            elif cue.lemma in _ASPECTUAL and h == i and s0 > toks[i].start \
                    and not opens_clause(toks, s0) and s0 < f.sent.end \
                    and not (k < len(toks) and toks[k].low in ("to", ":")):
                s0 = e0  # "will continue their attacks", "continue in Darfur": going on, not words
            elif cue.lemma in _SETTLING and s0 > toks[i].start and not opens_clause(toks, s0) \
                    and _np_object(toks, ck, s0):
                s0 = e0  # "will decide the election", "could decide the case": settles a thing
            elif cue.lemma in _PERFORMING and not f.in_quote(s0) and ck < len(toks) \
                    and toks[ck].low in _PLACE_PREPS \
                    and not any(t.text in _CLOSE_Q for t in toks[:i]):
                s0 = e0  # "who sang at church every week", "sings to Clinton in a clip": no song
            elif cue.lemma in _ANSWERING and not direct and _no_answer(toks, ck, s0, f):
                s0 = e0  # "neither the campaign nor Y responded.", "chambers that responded,"
            if ci > 0 and toks[ci].low == "to" and toks[ci - 1].low in _UNREALIZED:
                s0 = e0  # "its failure to speak out on X", "refusing to testify": nothing said
            elif h > 0 and toks[h - 1].low == "without" and toks[h].low.endswith("ing"):
                s0 = e0  # "claimed X without offering any evidence": the act did not happen
            if e0 > s0 and (ca, cb) != (s0, e0):
                neg = "negated" in cue.flags or any(t.low in _NEG for t in toks[max(0, h - 3):h])
                if cue.lemma in SEEMING and inf is None and sb > sa and sa < h and not (
                        k + 1 < len(toks) and toks[k].low == "to" and toks[k + 1].low in lex.cues):
                    # "X seems to Y": how X looks to someone the text does not name (not
                    # "X seemed to think", X's own belief); the content takes in X when X is
                    # right before the verb group
                    s1 = toks[sa].start if sb >= ci else s0
                    out.append(_unnamed(f, ((ci, ck), (s1, e0)), si, published, i,
                                        lemma=cue.lemma))
                    i = k
                    continue
                out.append(RawClaim(
                    speaker=spk, cue=(toks[ci].start, toks[ck - 1].end), content=(s0, e0),
                    speaker_mention=_mention(f, sa, sb, spk) if sb > sa else None,
                    addressee=addressee, direct=direct, via=via,
                    date=find_date(text, sent.start, sent.end, published=published,
                                   anchor=toks[i].start),
                    negated=neg, confidence=0.7 if direct else 0.6, lemma=cue.lemma,
                    sentence=si))
                if folds_inward(cue, toks, h):
                    inner.append(out[-1])
        i = k
    if colon is None:
        raw = colon_quote(f, out)  # "Trump shot back with a tweet: “...”", "X -- “...”"
        if raw is not None:
            out.append(_raw(f, raw, si, published, negated=False,
                            lemma=":" if toks[raw[1][0]].text == ":" else "―"))
    return prune_nested(out, inner, toks, lex)


# verbs of going on: a report only when what goes on is speech (a quotation, a colon, a clause
# after the verb, or the words before it: "She continued, “...”") or an infinitive ("continued
# to insist"); with a plain object or none they tell that something lasts ("will continue their
# attacks", "atrocities continue in Darfur", "continuing as a candidate")
_ASPECTUAL = frozenset({"continue"})
# verbs of deciding: before a noun phrase they settle a thing ("the court could decide the
# case", "the Electoral College will decide the election"); the judgment reported is a clause,
# an infinitive or a wh-clause ("decided that", "decided to", "decide who")
_SETTLING = frozenset({"decide"})
# verbs of answering: with nothing after them in their clause (a period or a comma) and no
# quotation they tell that an answer was or was not given, not what it said ("neither X nor Y
# responded.", "Of 48 chambers that responded, only 28 said yes")
_ANSWERING = frozenset({"respond", "reply"})
# verbs of performing words: a claim with a quotation or the words performed ("sings
# “American Skin”"), not when only a place, an addressee or a time follows ("sang at church")
_PERFORMING = frozenset({"sing", "chant"})
_PLACE_PREPS = frozenset({"at", "in", "to", "for", "with", "on", "during", "before", "from"})
# (a determiner: an article, a demonstrative or a possessive, as for "see" below)
_NP_DETS = frozenset("the a an this these those his her its their our my your".split())


def _np_object(toks: tuple[Token, ...], ck: int, s0: int) -> bool:
    """What follows the cue right away is a noun phrase opened by a determiner."""
    return ck < len(toks) and toks[ck].start == s0 and toks[ck].low in _NP_DETS


def _no_answer(toks: tuple[Token, ...], ck: int, s0: int, f: Frame) -> bool:
    """The cue ends its clause (a period, comma or semicolon next, no quotation after it) and
    what the frame took as content is no quotation."""
    if ck < len(toks) and toks[ck].text not in {".", ",", ";"}:
        return False
    n = ck + 1
    if n < len(toks) and (toks[n].text in _OPEN_Q or toks[n].low == "that"):
        return False
    return not f.in_quote(s0)


# words before a to-infinitive cue that say the speech did not happen
_UNREALIZED = frozenset("fail fails failed failing failure refuse refuses refused refusing "
                        "refusal unable".split())
# cues with an arithmetic sense before an amount: "add" a sum, a rate up "points to" a figure
_AMOUNT_SENSE = frozenset({"add", "point to"})
_AMOUNT = re.compile(r"(?:[$€£]\s?\d[\d,.]*(?:\s(?:billion|million|trillion)\b)?"
                     r"|\d[\d,.]*\s?(?:%|percent\b|per cent\b|points?\b))\s*([\w']*)")
_CLAUSE_NEXT = frozenset("of was were is are has had have will would".split())


def _amount_at(text: str, s0: int) -> bool:
    """The content opens with a sum of money or a percentage that is not the subject of a
    clause ("5 percent of voters ...", "$5 million was missing"): what was added, not said."""
    m = _AMOUNT.match(text, s0)
    return m is not None and m.group(1).lower() not in _CLAUSE_NEXT


def _undergone(text: str, s0: int, e0: int) -> bool:
    """"see" with an object that opens with a possessive ("has seen his standing slip", "saw
    their credit ratings fall") tells what befell the subject, one that opens with an article
    ("police saw the tweet") what was seen, unless "as" makes it a view ("sees his rivals as
    weak")."""
    words = text[s0:e0].split()
    return bool(words) and words[0].lower() in _NP_DETS and "as" not in words


def _given(toks: tuple[Token, ...], k: int) -> bool:
    """"present" in its sense of giving: "to" or "with" after a short object ("presented the
    award to the captain", "presented its members with a bill"), unless "as" comes first
    ("presents itself as a voice to ...")."""
    for n in range(k + 1, min(k + 6, len(toks))):
        if toks[n].low in ("to", "with"):
            return True
        if toks[n].low == "as" or not toks[n].text[:1].isalnum():
            return False
    return False


# words after a verb that open no object of it: prepositions, particles, punctuation
_NO_OBJECT = frozenset("in on at by for to from with up out off down away back over into onto "
                       "about after before during since as than through under upon that".split())


def _object_follows(toks: tuple[Token, ...], k: int) -> bool:
    """A deed's object (a noun phrase or a pronoun) right after the cue: "imposed sanctions",
    "appointed White", "voted against the bill"; not "backed out", "struck down in July", "the
    latest sign that"."""
    return k < len(toks) and toks[k].text[:1].isalnum() and toks[k].low not in _NO_OBJECT


# verbs of speaking that report no content of their own: with no topic ("spoke about",
# "talked of"), clause or quotation after them they tell where or to whom one spoke
_TOPIC_VERBS = frozenset({"speak", "talk"})
_TOPIC_WORDS = frozenset({"about", "of", "on", "that", ":"})


def _topic_follows(toks: tuple[Token, ...], k: int) -> bool:
    """"spoke at length about ...", "talked to reporters of ...": a topic, clause or quotation
    in the next few words, before the clause ends."""
    for n in range(k, min(k + 8, len(toks))):
        t = toks[n]
        if t.text in {",", ".", ";", "(", ")"} or t.text in _DASHES:
            return False
        dated = n + 1 < len(toks) and toks[n + 1].low in _DATE_WORDS  # "on Friday"
        if t.low in ("of", "on") and n > k and not _topic_slot(toks[n - 1]):
            continue  # "spoke at a gathering of ...", "in a cottage on a base": a noun phrase
        if (t.low in _TOPIC_WORDS and not dated) or t.text in _OPEN_Q:
            return True
    return False


def _topic_slot(t: Token) -> bool:
    """Whether "of"/"on" after ``t`` can still open the verb's topic: after an adverb ("spoke
    emotionally of") or a venue ("spoke during his speech of"), not after another noun."""
    return t.low.endswith("ly") or t.low in _VENUES or t.low[:-1] in _VENUES or t.low in (
        "length", "publicly", "again", "today", "tonight", "yesterday")


_LEAN = frozenset({"lean", "leans", "leaned", "leant", "leaning"})


def _idiom(toks: tuple[Token, ...], i: int) -> bool:
    """Discourse phrases that report nothing: "it goes without saying", "having said that",
    "that said", "needless to say"; "lean" that leans toward nothing ("leaned in", "leaned on
    him": a preference needs "toward")."""
    w = toks[i].low
    prev = toks[i - 1].low if i > 0 else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if w in _LEAN:
        return not any(t.low in ("toward", "towards") for t in toks[i + 1:i + 3])
    if w == "said":
        return (prev == "having" and nxt in ("that", "this")) or (
            prev == "that" and nxt == "," and (i == 1 or toks[i - 2].text in {",", ";"}))
    return (w == "saying" and prev == "without") or (w == "say" and prev == "needless")


def _mention(f: Frame, a: int, b: int, speaker: str) -> tuple[int, int]:
    """Offsets of the speaker's words in tokens [a, b) (``phrases.speaker_extent``)."""
    a, b = speaker_extent(f.toks, a, b, [m for m in f.mentions if m.actor == speaker])
    return f.toks[a].start, f.toks[b - 1].end


def _anonymity(toks: tuple[Token, ...], i: int) -> bool:
    """"who spoke on (the) condition of anonymity": why a source is unnamed, not a claim."""
    words = [t.low for t in toks[i + 1:i + 6]]
    return bool(words) and words[0] in ("on", "under") and "anonymity" in words


def _venue_end(toks: tuple[Token, ...], j: int) -> int:
    """Past "in an interview", "at a briefing", "during his speech", "on Twitter" after a cue,
    as attribution annotation mostly marks it."""
    if j < len(toks) and toks[j].low in ("in", "at", "during", "on"):
        end = next((n for n in range(j + 1, min(j + 5, len(toks))) if toks[n].low in _VENUES
                    or toks[n].low[:-1] in _VENUES or toks[n].low in PLATFORMS), None)
        if end is not None and all((t.text.isalpha() or t.low == "'s") and t.low not in _RELPRON
                                   and t.low not in _DATE_WORDS for t in toks[j + 1:end]):
            return end + 1  # (not "warned on Thursday that renewed air strikes ...")
    return j


# the prepositions that open a source phrase of forms.prep_source
_SOURCE_PREPS = frozenset({"in", "by", "to", "much"})
# the words that can open a claim of the unnamed source that needs no cue of cues.tsv
# ("faced criticism for", "came under fire", "it is unclear whether", "nor is it clear";
# "asked" only as one of the first two words): find_claims tries those frames only there
_UNNAMED_FIRSTS = UNDERGO_FIRSTS | {"it", "nor"}


_STARTS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _starts(lex: Lexicon) -> frozenset[str]:
    """The lower-case words at which find_claims tries a frame: dashes, the prepositions of
    source phrases, the openers of unnamed-source frames, the first words of cues and of light
    and attitude cues (made once per lexicon)."""
    got = _STARTS.get(id(lex))
    if got is None or got[0] is not lex:
        got = _STARTS[id(lex)] = (lex, frozenset(
            _DASHES | _SOURCE_PREPS | _UNNAMED_FIRSTS | {"asked"} | lex.cues.keys()
            | LIGHT_FIRSTS))
    return got[1]


def _raw(f: Frame, raw, si: int, published: str | None, *, negated: bool,
         lemma: str) -> RawClaim:
    spk, (ca, cb), (sa, sb), content, addressee, direct, via = raw
    toks = f.toks
    s0, e0 = strip(f.text, *content)
    return RawClaim(
        speaker=spk, cue=(toks[ca].start, toks[cb - 1].end), content=(s0, e0),
        speaker_mention=_mention(f, sa, sb, spk) if sb > sa else None,
        addressee=addressee, direct=direct, via=via,
        date=find_date(f.text, f.sent.start, f.sent.end, published=published,
                       anchor=toks[ca].start),
        negated=negated, confidence=0.6, lemma=lemma, sentence=si)


def _unnamed(f: Frame, bare, si: int, published: str | None, i: int, *,
             lemma: str = "<unnamed>") -> RawClaim:
    """The claim of the article's unnamed source (:mod:`extract.en.unattributed`); ``lemma``
    the cue's, or "<unnamed>" for a frame with no cue of cues.tsv ("faced criticism for",
    "Asked whether", "it is unclear whether")."""
    toks, text = f.toks, f.text
    (ca, cb), content = bare
    return RawClaim(
        speaker=unnamed_source(f), cue=(toks[ca].start, toks[cb - 1].end),
        content=strip(text, *content), speaker_mention=None, addressee=None, direct=False,
        via=None, date=find_date(text, f.sent.start, f.sent.end, published=published,
                                 anchor=toks[i].start),
        negated=any(t.low in _NEG for t in toks[ca:i]), confidence=UNNAMED_CONFIDENCE,
        lemma=lemma, sentence=si, unnamed=True)


def _participle(f: Frame, i: int, k: int, earlier: list[RawClaim]):
    """", saying ...": the speaker is the subject of the clause the participle hangs on."""
    toks = f.toks
    earlier = [c for c in earlier if not c.unnamed]  # "X was criticized for saying ...": X
    if earlier:
        last = earlier[-1]
        if len(earlier) >= 2 and earlier[-2].content[0] <= last.cue[0] < earlier[-2].content[1]:
            # "X said Tehran rejected …, adding …": X goes on, not the actor X reported
            last = earlier[-2]
        spk = last.speaker
        span = last.speaker_mention
        a = b = 0
        if span:
            a = token_at(toks, span[0]) or 0
            e = token_at(toks, span[1], end=True)
            b = 0 if e is None else e + 1
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
