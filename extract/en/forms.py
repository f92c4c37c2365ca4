"""Claim forms around the verb frames of :mod:`extract.en.claims`: whether a cue word is a
verb here (:func:`verb_form`), and the frames that are not "speaker + verb + content".

Owns the word sets these tests use and the frames for a signature after a colon or a dash
("PENCE: ...", "“...” ― Name", "X to Y: ...", "X on Topic: ..."), a quotation after a colon or
dash that no verb reports ("X shot back with a tweet: “...”"), a source phrase opened by a
preposition ("in the polls", "in his eyes", "by one estimate", "much to the chagrin of X"),
a named possessor's reporting noun ("Trump's claim that ..."),
a passive with its agent ("was criticized by X") and a cue whose object and preposition come
before the content ("accused Holt of ..."). Each frame returns token ranges, as the verb frames
do; :func:`extract.en.claims.find_claims` turns them into claims.
"""

from __future__ import annotations

from extract.en.actors import _POSSESSIVE_PRONOUNS as _PRONOUN_OF_POSSESSIVE
from extract.en.lexicon import Cue, Lexicon
from extract.en.phrases import (
    _AUX,
    _CLOSE_Q,
    _DATE_WORDS,
    _NEG,
    _OPEN_Q,
    _PRONOUNS,
    PLATFORMS,
    Frame,
    _adverbial_at,
)
from extract.en.reduced import EVIDENCE
from extract.en.text import Token

__all__ = ["TOPIC_PREPS", "colon_frame", "colon_quote", "dash_frame", "head_of", "nominal",
           "object_prep", "passive", "prep_source", "verb_form"]


_POSSESSIVE = frozenset({"'s", "’s"})


_NOUN_CONTENT = frozenset({"that", "to", ":"})
_OPENERS = frozenset({"and", "but", "yet", "so", "still", "now", "then", "indeed"})
_POSSESSIVE_PRONOUNS = frozenset(_PRONOUN_OF_POSSESSIVE)  # "his", "her", "its", "their"
# a noun cue listed with the preposition it governs ("criticism of", "disdain for") takes what
# follows as the content
_GOVERNED_PREPS = frozenset({"of", "for", "with", "to", "about", "on", "over", "against",
                             "toward", "towards"})


def nominal(f: Frame, i: int, lex: Lexicon):
    """"Trump's claim that ...", "Turkey's threat to ...", "the senator's call for ...": a
    named possessor, a reporting noun and the clause it introduces."""
    toks = f.toks
    noun = next((c for c in lex.cues.get(toks[i].low, ()) if c.kind == "noun"
                 and tuple(t.low for t in toks[i:i + len(c.words)]) == c.words), None)
    if noun is None or i < 1:
        return None
    k = i + len(noun.words)
    governed = noun.words[-1] in _GOVERNED_PREPS  # "disdain for", "obsession with"
    topic = "topic" in noun.flags and _topic_at(toks, k, noun)
    if k >= len(toks) or not (governed or topic or toks[k].low in _NOUN_CONTENT or (
            toks[k].low == "for" and "modal" in noun.flags)):
        return None  # "its call for talks", not "its claims of fraud" (a topic, not a claim)
    if not governed and toks[k].low == "to" and k + 1 < len(toks) and (
            toks[k + 1].low in _OBJ_DETS or toks[k + 1].low in _OBJ_PRONOUNS
            or (toks[k + 1].cap and not toks[k].cap) or toks[k + 1].text[:1].isdigit() or (
                k + 2 < len(toks) and toks[k + 2].low in _POSSESSIVE)):
        return None  # "her closing argument to a divided America", "Putin's threat to Europe"
    p = i - 1
    owners = _POSSESSIVE | _POSSESSIVE_PRONOUNS
    while toks[p].low not in owners and p > 0 and i - p <= 2 \
            and toks[p].text.replace("-", "").isalpha() \
            and (not toks[p].cap or toks[p].low in _DATE_WORDS) and toks[p].low not in (
                _NOUN_CONTEXT):
        p -= 1  # "Trump's repeated claim that", "Comey's Friday announcement that"
    if toks[p].low in _POSSESSIVE:
        owner = next((m for m in f.mentions if m.j == p and m.actor), None)
        span = (owner.i, p + 1) if owner is not None else None
        if owner is None and topic:
            got = _np_owner(f, p)
            if got is not None:
                return got[0], (p + 1, k + 1), (got[1], p + 1), _topic_content(f, k + 1), \
                    noun.lemma
    elif toks[p].low in _POSSESSIVE_PRONOUNS:
        # "Trump repeated his claim that": the latest fitting actor before it in the sentence
        person = toks[p].low in ("his", "her")
        owner = next((m for m in reversed(f.mentions) if m.j <= p and m.actor and (
            (f.reg.kind(m.actor) == "person") == person or toks[p].low == "their")), None)
        span = (p, p + 1)
        resolved = next((m for m in f.possessives if m.i == p and m.actor), None)
        if owner is None and topic and resolved is not None:
            owner = resolved  # "... shaped by his ideas about X": resolved like "he"
        if owner is None and (p == 0 or (p == 1 and toks[0].low in _OPENERS)):
            # "His promises to ...", "Yet his determination to ...": the pronoun opens the
            # sentence, so it is the speaker of the latest claim, when the pronoun fits
            last = f.reg.issuer
            content = _noun_content(f, k)
            if topic:
                content, k = _topic_content(f, k + 1), k + 1
            if last is not None and content is not None and (
                    f.reg.kind(last) == "person") == person:
                return last, (p + 1, k), span, content, noun.lemma
    else:
        return None
    if owner is None:
        return None
    if topic:  # "his crude comments on the video": the preposition joins the cue
        return owner.actor, (p + 1, k + 1), span, _topic_content(f, k + 1), noun.lemma
    content = _noun_content(f, k)
    if content is None:
        return None
    return owner.actor, (p + 1, k), span, content, noun.lemma


# prepositions that open the topic of a noun of statement or opinion flagged "topic" in
# cues.tsv ("his crude comments on the video", "her message about unity"); "of" only after a
# noun flagged "of" too ("the IMF's estimate of growth", not "Trump's view of NATO" or "its
# claims of fraud", where "of" names what is held or charged)
TOPIC_PREPS = frozenset({"on", "about", "regarding", "concerning"})
# what ends the topic's noun phrase: a verb of the clause, a relative pronoun, punctuation
_TOPIC_STOPS = frozenset("is are was were has have had will would can could may might must "
                         "should did do does that which who whom whose , ; : . ! ? ( ) -- — ―"
                         .split()) | _OPEN_Q | _CLOSE_Q


def _np_owner(f: Frame, p: int) -> tuple[str, int] | None:
    """The possessor named by a short noun phrase before the "'s" at ``p`` that is no known
    actor ("the IMF's estimate of", "the presidential candidate's views on"): up to a
    determiner, four words at most."""
    toks = f.toks
    a = p
    while a > 0 and p - a < 4 and toks[a - 1].text[:1].isalpha() and (
            toks[a - 1].low not in _NOUN_CONTEXT or toks[a - 1].low in ("the", "a", "an")):
        a -= 1
        if toks[a].low in ("the", "a", "an"):
            break
    if a == p:
        return None
    actor, _, _ = f.actor_in(a, p)
    return (actor, a) if actor else None


def _topic_at(toks: tuple[Token, ...], k: int, noun: Cue) -> bool:
    """A topic preposition after a "topic" noun, not a date or a platform ("his remarks on
    Saturday", "her comments on Twitter", "his statement on the campaign trail")."""
    if k + 1 >= len(toks) or not (toks[k].low in TOPIC_PREPS or (
            toks[k].low == "of" and "of" in noun.flags)):
        return False
    n = k + 1
    if toks[n].low in ("the", "a", "an", "his", "her", "their", "its") and n + 1 < len(toks):
        n += 1
    w = toks[n].low
    return not (w in _DATE_WORDS or w in PLATFORMS or w in _TOPIC_STOPS
                or w in ("behalf", "record", "campaign", "eve", "stage", "trail", "camera"))


def _topic_content(f: Frame, a: int) -> tuple[int, int]:
    """The topic's noun phrase from token ``a``, up to the clause's verb or punctuation."""
    toks = f.toks
    b = a + 1
    while b < len(toks) and b - a < 20 and toks[b].text not in _TOPIC_STOPS:
        b += 1
    return toks[a].start, toks[b - 1].end


def _noun_content(f: Frame, k: int) -> tuple[int, int] | None:
    """What a reporting noun introduces from token ``k`` to the sentence's end (or its
    quotation's)."""
    toks = f.toks
    c0 = k + 1 if toks[k].low in ("that", ":") else k
    if c0 >= len(toks):
        return None
    q = f.in_quote(toks[c0].start)
    end = max(f.sent.end, q[1]) if q and q[0] == toks[c0].start else f.sent.end
    return toks[c0].start, end


_PARTICIPLE_IRREGULAR = frozenset("said told written shown seen known thought found".split())


def passive(f: Frame, cue: Cue, i: int, k: int):
    """"... has been endorsed by X", "a view echoed by X": the agent after "by" holds what
    the subject before the verb names."""
    toks = f.toks
    w = toks[i].low
    if k + 1 >= len(toks) or toks[k].low != "by" or not (
            w.endswith("ed") or w in _PARTICIPLE_IRREGULAR) or i == 0:
        return None
    np = f.np_after(k + 1)
    if np is None or toks[np[0]].low in _PRONOUNS - {"he", "she", "they"} \
            or toks[np[0]].text[:1].isdigit():
        return None  # (not "viewed by 14.7 million people")
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
    elif toks[p].text.isalpha() and not toks[p].low in _NOUN_CONTEXT and p == i - 1 \
            and toks[p].low not in _SUBORDINATORS:  # not "When asked by reporters if ..."
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
    return spk, (ca, k), (a, b), content, cue.lemma


# conjunctions that open an adverbial clause: a participle after one is no reduced relative
# ("When asked by reporters", "as noted by the court", "unless approved by Congress")
_SUBORDINATORS = frozenset("when whenever while if unless once as though although because "
                           "after before until since where whereas whether than".split())


_BOUNDARY_WORDS = frozenset("and or but that which who of in on at for to with by from is are "
                            "was were".split())


# verbs whose object comes before what is held: "accused Holt of lying", "compared X to Y"
_OBJECT_PREP = {"express": ("about", "over", "at", "for", "with", "on", "in"),
                "voice": ("about", "over", "at", "for", "with", "on", "in"),
                "accuse": ("of",), "compare": ("to", "with"), "liken": ("to",),
                "ask": ("about",), "press": ("on", "about"),
                "warn": ("about", "of", "against"), "question": ("about", "on"),
                "credit": ("with",), "charge": ("with",), "attack": ("on",)}


# "expressed deep concern about ...", "voiced support for ...": the feeling goes with the cue
_FEELING_VERBS = frozenset({"express", "voice"})
_FEELINGS = frozenset("concern concerns doubt doubts misgivings reservations support opposition "
                      "frustration outrage anger alarm dismay disappointment skepticism "
                      "scepticism optimism confidence hope hopes fear fears thoughts views "
                      "regret sympathy condolences gratitude interest".split())


def object_prep(f: Frame, cue: Cue, k: int, content: tuple[int, int]):
    """The cue up to the preposition after its object ("accused Holt of"), as attribution
    annotation marks it, and the content after that preposition."""
    preps = _OBJECT_PREP.get(cue.lemma)
    toks = f.toks
    if preps is None or k >= len(toks) or toks[k].start != content[0]:
        return None
    for j in range(k + 1, min(k + 6, len(toks) - 1)):
        if toks[j].low in preps:
            if _adverbial_at(toks, j):
                return None  # "expressed frustration on Monday"
            obj = toks[k:j]
            named = any(m.i == k and m.j == j for m in f.mentions)
            plain = obj[0].low in ("him", "her", "them", "it", "us", "me") and j == k + 1
            feeling = cue.lemma in _FEELING_VERBS and obj[-1].low in _FEELINGS
            if named or plain or feeling or all(t.cap or t.low == "'s" for t in obj):
                return j + 1, (toks[j + 1].start, content[1])
            return None
        if not (toks[j].text.isalpha() or toks[j].low == "'s"):
            return None
    return None


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
    "watch related read more see also advertisement disclosure source sources latest readers "
    "reader".split())


_DASHES = frozenset({"―", "—", "–"})


# capitalised prepositions and particles of a Title Case heading ("Stealth Over Health:",
# "The Gap Goes On:"): a topic heading, not a speaker's name
_HEADING_PARTICLES = frozenset("over on of for in at with into about against under after "
                               "before from goes".split())
# words before a name that describe it ("Internet phenomenon Ken Bone:") must be content words
_DESCRIPTOR_STOP = frozenset(
    "the a an his her its their our my your this that these those of in on for at by with to "
    "from and or but as is are was were be been has have had will would can could should "
    "not no more most new how why what when where who which".split())


# verbs of saying that open a sentence before their speaker, a colon and a quotation ("Said
# Ellis: “...”", "Added the mayor: “...”")
_INVERTED_OPENERS = frozenset("Said Says Added Adds Asked Asks Wrote Writes Explained Noted "
                              "Recalled Replied Responded Declared Quipped Tweeted".split())


def colon_frame(f: Frame):
    """"PENCE: ...", "Poll: ...": a short capitalised speaker, a colon, then the content.
    Also "Jane Roe, editor of The Courier: “...”" (a signature), "X to Y: ..." (X's words
    to Y), "Internet star Jo Roe: ..." (a described person), "X on Topic: ..." (the cue is
    "on Topic:") and "A lesson from X: ..." (X's words)."""
    toks = f.toks
    a = 1 if toks and toks[0].text in _OPEN_Q else 0
    c = next((n for n in range(a, min(a + 12, len(toks))) if toks[n].text == ":"), None)
    if c is None or c == a or c + 1 >= len(toks):
        return None
    words = toks[a:c]
    if toks[a].text in _INVERTED_OPENERS and 1 < c - a <= 5 and toks[c + 1].text in _OPEN_Q \
            and all(t.text.isalpha() or t.text in {".", "-"} for t in words[1:]):
        spk = f.actor_in(a + 1, c)[0]  # "Said Ellis: “...”": the verb is the cue
        if spk is None:
            return None
        return spk, (a, a + 1), (a + 1, c), _colon_content(f, c), None, bool(f.in_quote(
            toks[c + 1].start)), None
    comma = next((n for n, t in enumerate(words) if t.text == ","), len(words))
    if any(t.low in _NOT_SPEAKERS for t in words[:comma]):
        return None  # ("Editor's note:", but "Jo Roe, editor of X:" is a signature)
    signed = toks[c + 1].text in _OPEN_Q and toks[a].cap and comma < len(words)
    if signed:  # "Jane Roe, The Daily Courier: “...”": a name, its outlet or title, a quotation
        if not all(t.text[:1].isalnum() or t.text in {".", ",", "'s", "’s", "-"} for t in words):
            return None
    elif c - a > 6 or not all(t.cap or t.text in {".", "'s", "’s", "-", "(", ")"} for t in words):
        return _framed_colon(f, a, c)
    elif any(t.low in _HEADING_PARTICLES for t in words[1:]):
        return None  # "Stealth Over Health: ...": a heading
    # a signature's speaker is its head before the comma ("Jo Roe, editor of The Courier")
    spk = f.actor_in(a, a + comma)[0] if signed else f.actor_in(a, c)[0]
    if spk is None:
        return None
    return spk, (c, c + 1), (a, c), _colon_content(f, c), None, bool(f.in_quote(
        toks[c + 1].start)), None


def _colon_content(f: Frame, c: int) -> tuple[int, int]:
    cs = f.toks[c + 1].start
    q = f.in_quote(cs)
    return cs, (max(f.sent.end, q[1]) if q and q[0] == cs else f.sent.end)


def _framed_colon(f: Frame, a: int, c: int):
    """The colon frames whose speaker is framed by other words: "X to Y:", "Internet star
    Jo Roe:", "X on Topic:", "A lesson from X:"."""
    toks = f.toks
    if any(not (t.text.isalnum() or t.text in {".", "'s", "’s", "-"}) for t in toks[a:c]):
        return None
    direct = bool(f.in_quote(toks[c + 1].start))
    ending = next((m for m in f.mentions if m.j == c and m.actor and m.how in (
        "name", "alias", "title")), None)
    opening = next((m for m in f.mentions if m.i == a and m.actor and m.how in (
        "name", "alias", "title", "np")), None)
    if ending is not None:
        n = ending.i
        if f.sent.headline and opening is not None and opening.j + 1 == n \
                and toks[n - 1].low == "to" and opening.j - a <= 4:
            # a headline's "Black Democrats to Jo Roe: ..."
            return opening.actor, (c, c + 1), (a, opening.j), _colon_content(f, c), \
                ending.actor, direct, None
        if n >= 2 and toks[n - 1].low == "from" and n - a <= 4 and all(
                t.text.isalpha() for t in toks[a:n - 1]):  # "A lesson from Jo Roe: ..."
            return ending.actor, (c, c + 1), (n, c), _colon_content(f, c), None, direct, None
        if 0 < n - a <= 2 and c - n >= 2 and f.reg.kind(ending.actor) == "person" and all(
                t.text.isalpha() and t.low not in _DESCRIPTOR_STOP for t in toks[a:n]):
            # "Internet phenomenon Jo Roe: ...": a described person
            return ending.actor, (c, c + 1), (a, c), _colon_content(f, c), None, direct, None
    if f.sent.headline and opening is not None and opening.j < c - 1 \
            and toks[opening.j].low == "on" and c - opening.j <= 5 \
            and all(t.cap for t in toks[opening.j + 1:c]):
        # "Obama on Climate Change: ...": the cue is "on Climate Change:"
        return opening.actor, (opening.j, c + 1), (a, opening.j), _colon_content(f, c), \
            None, direct, None
    return None


_QUOTE_MARKS = frozenset({":", "--"}) | _DASHES


def colon_quote(f: Frame, earlier: list):
    """"Trump shot back with a tweet: “...”", "including Jo Roe -- “...” --": a clause whose
    subject is an actor (or, before a dash, a name), a colon or dash and a quotation right
    after it, which no cue of the sentence already reports. The dash is the cue; before a
    colon the cue is the subject's predicate with the colon ("shot back with a tweet:")."""
    seg = f.text[f.sent.start:f.sent.end]
    if ":" not in seg and "-" not in seg and "—" not in seg and "–" not in seg \
            and "―" not in seg:
        return None
    toks = f.toks
    c = next((n for n in range(1, len(toks) - 2) if toks[n].text in _QUOTE_MARKS
              and toks[n + 1].text in _OPEN_Q | {"''"} and not f.in_quote(toks[n].start)), None)
    if c is None or toks[c + 1].start < f.sent.start:
        return None
    q = f.in_quote(toks[c + 1].start)
    if q is None or q[0] != toks[c + 1].start:
        return None
    colon = toks[c].text == ":"
    if any((e.content[0] < q[1] and q[0] < e.content[1]) if colon else (
            q[0] <= e.content[0] < q[1] or q[0] < e.content[1] <= q[1] + 1) for e in earlier):
        return None  # a verb reports it ("He said: ...") or it brings its own cue
    if any(t.text in _OPEN_Q or t.text in _CLOSE_Q for t in toks[:c]):
        return None
    if not colon:  # a dash: a quoted statement, not a quoted word or two
        if len(f.text[q[0]:q[1]].split()) < 4:
            return None
        named = next((m for m in f.mentions if m.j == c and m.actor and m.how in (
            "name", "alias", "title")), None)
        if named is not None:  # "including Jo Roe -- “...”"
            return named.actor, (c, c + 1), (named.i, named.j), q, None, True, None

    def opens(n: int) -> bool:  # the clause starts at token n
        return n == 0 or toks[n - 1].text == "," or toks[n - 1].low in _OPENERS

    subj = next((m for m in f.mentions if m.i < c and m.actor and (
        opens(m.i) or (toks[m.i - 1].low == "the" and opens(m.i - 1)))), None)
    if subj is None:
        return None
    return subj.actor, (_predicate_start(toks, subj.j, c) if colon else c, c + 1), \
        (subj.i, subj.j), q, None, True, None


# what ends a clause before a colon
_PREDICATE_STOP = frozenset("that which who and but or because so when while if".split())


def _predicate_start(toks: tuple[Token, ...], j: int, c: int) -> int:
    """Where the predicate before a quoting colon at ``c`` starts, after a subject ending at
    ``j``: the colon's cue takes it ("Trump shot back with a tweet:"); after a comma or a
    clause word, the predicate of the last clause when a pronoun opens it ("She got upset,
    so that I had to change my answer:"), else the colon alone."""
    stops = [n for n in range(j, c) if toks[n].text in _CLAUSE_PUNCT
             or toks[n].low in _PREDICATE_STOP]
    if not stops:
        return j
    p = stops[-1]
    return p + 2 if p + 2 < c and toks[p + 1].low in _PRONOUNS else c


# Source phrases with a preposition (attribution annotation marks the preposition as the cue):
# a poll that gives a figure ("is up in the polls", "In this poll, ..."), a viewpoint ("in his
# eyes", "in the senator's view"), a reckoning ("by one estimate", "by her own admission"), a law
# ("by federal law") and a feeling of those who disapprove ("much to the chagrin of X").
_POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys"})
_VIEW_NOUNS = frozenset("view views eyes opinion estimation judgment judgement assessment".split())
_RECKONING_NOUNS = frozenset("estimate estimates account accounts admission count counts "
                             "calculation calculations reckoning tally".split())
_FEELING_NOUNS = frozenset("dismay chagrin delight surprise horror disappointment frustration "
                           "consternation annoyance displeasure".split())
_POLL_STOP = frozenset("that which who in on at for with to from by and or but as than is are "
                       "was were has have had be been its".split())
_LAW_NEXT = frozenset("cannot can must may should could would will is are was were has have "
                      "requires require prohibits bars forbids allows".split())
# the quantities whose "of" leads on to the polls ("in the vast majority of the polls")
_PART_OF = frozenset("majority most one some many all several each any none half number "
                     "two three four five".split())
_CLAUSE_PUNCT = frozenset({",", ";", ":", "—", "–", "―", "--", "(", ")"})


def prep_source(f: Frame, i: int):
    """A source phrase that starts with a preposition at token ``i``: (raw claim, the index
    after the phrase), or None."""
    toks = f.toks
    w = toks[i].low
    n = len(toks)
    if i + 1 >= n or (w in ("to", "much") and not any(
            t.low in _FEELING_NOUNS for t in toks[i + 2:i + 4])):
        return None
    if f.in_quote(toks[i].start):
        return None
    owner = None  # (a, b) of the possessor
    cue = (i, i + 1)
    if w == "in":
        if i > 0 and toks[i - 1].low == "than":
            return None  # "better than in other polls": a comparison
        if i > 0 and toks[i - 1].low in ("percent", "%", "points", "point"):
            return None  # "topped 65 percent in some polls": where a figure was measured
        j = i + 1  # the words of the poll's noun phrase ("in online and snap polls")
        while j < n and j - i <= 8 and toks[j].low not in _POLL_NOUNS and (
                toks[j].text[:1].isalnum() or toks[j].text in {"/", "-", "'s", "’s", "."}) \
                and (toks[j].low not in _POLL_STOP or (
                    toks[j].low in ("and", "or") and j + 1 < n and toks[j + 1].low.isalpha()
                    and toks[j + 1].low not in _POLL_STOP)) \
                and not toks[j].low.endswith("ing") and (
                    toks[j].low != "of" or toks[j - 1].low in _PART_OF):
            j += 1  # (not "in the context of election polls")
        if j < n and toks[j].low in _POLL_NOUNS and j > i and not (
                j + 1 < n and toks[j + 1].low in ("that", "process", "question", "questions")):
            np = (i + 1, j + 1)
        elif i + 2 < n and toks[i + 2].low in _VIEW_NOUNS and (
                toks[i + 1].low in _POSSESSIVE_PRONOUNS or toks[i + 1].low == "their"):
            np, owner = (i + 1, i + 3), (i + 1, i + 2)  # "in his eyes"
        else:
            m = next((m for m in f.mentions if m.i == i + 1 and m.actor), None)
            if m is None or m.j + 1 >= n or toks[m.j].low not in _POSSESSIVE \
                    or toks[m.j + 1].low not in _VIEW_NOUNS:
                return None
            np, owner = (i + 1, m.j + 2), (m.i, m.j)  # "in the senator's view"
    elif w == "by":
        j = i + 1
        if toks[j].low in ("federal", "state") and j + 1 < n:
            j += 1
        if toks[j].low == "law" and (j + 1 >= n or toks[j + 1].text in {",", ".", ";"}
                                     or toks[j + 1].low in _LAW_NEXT):
            np = (i + 1, j + 1)  # "by federal law, candidates get ..."
        elif toks[j].low in ("one", "some", "many", "most", "several", "other", "his", "her",
                             "their", "its") and j + 1 < n and (
                toks[j + 1].low in _RECKONING_NOUNS or (
                toks[j + 1].low == "own" and j + 2 < n and toks[j + 2].low in _RECKONING_NOUNS)):
            k = j + 2 if toks[j + 1].low == "own" else j + 1
            np = (i + 1, k + 1)  # "by one estimate", "by his own admission"
            if toks[j].low in _POSSESSIVE_PRONOUNS:
                owner = (j, j + 1)
        else:
            m = next((m for m in f.mentions if m.i == j and m.actor), None)
            if m is None or m.j + 1 >= n or toks[m.j].low not in _POSSESSIVE:
                return None
            k = m.j + 1 + (toks[m.j + 1].low == "own")
            if k >= n or toks[k].low not in _RECKONING_NOUNS:
                return None
            np, owner = (j, k + 1), (m.i, m.j)  # "by the mayor's own account"
            cue = (m.j + 1, k + 1)  # (annotators mark "own admission" here)
    elif w in ("much", "to"):
        j = i + 1 if w == "to" else i + 2
        if w == "much" and toks[i + 1].low != "to":
            return None
        if j + 2 < n and toks[j].low == "the" and toks[j + 1].low in _FEELING_NOUNS \
                and toks[j + 2].low == "of":
            np = f.np_after(j + 3)  # "much to the chagrin of fellow Democrats"
            if np is None:
                return None
            cue, owner = (i, j + 3), np
            np = (i, np[1])
        else:
            return None
    else:
        return None
    a, b = owner if owner is not None else np
    said = next((m for m in f.mentions if m.i == a and m.j == b and m.actor), None)
    if said is not None:
        spk = said.actor  # a resolved possessive pronoun
    elif owner is not None and b - a == 1 and toks[a].low in _POSSESSIVE_PRONOUNS | {"their"}:
        person = toks[a].low in ("his", "her")
        m = next((m for m in reversed(f.mentions) if m.j <= a and m.actor and (
            (f.reg.kind(m.actor) == "person") == person or toks[a].low == "their")), None)
        spk = m.actor if m is not None else f.reg.issuer
    else:
        spk = f.actor_in(a, b)[0]
    if spk is None:
        return None
    content = _phrase_clause(f, i, np[1])
    if content is None:
        return None
    direct = bool(f.in_quote(content[0]))
    return (spk, cue, (a, b), content, None, direct, None), np[1]


def _phrase_clause(f: Frame, i: int, e: int) -> tuple[int, int] | None:
    """What a source phrase on tokens [i, e) qualifies: the rest of the sentence after an
    opening phrase ("In this poll, X rose"), what comes before a phrase that stands alone at
    the sentence's end ("..., by one estimate."), else its clause up to the phrase ("X is up
    in the polls in Ohio")."""
    toks = f.toks
    s = i
    while s > 0 and toks[s - 1].text not in _CLAUSE_PUNCT:
        s -= 1
    opening = s == i or all(t.low in _OPENERS for t in toks[s:i])
    if opening and e < len(toks) and toks[e].text == ",":
        if e + 1 >= len(toks) - 1:
            return None
        return toks[e + 1].start, f.sent.end
    end = e
    while end < len(toks) and toks[end].text not in _CLAUSE_PUNCT and toks[end].text not in {
            ".", "!", "?"}:
        end += 1
    if s == i:
        if end == e:  # "..., by one estimate.": what comes before it
            return (f.sent.start, toks[s - 2].end) if s >= 2 else None
        return toks[e].start, toks[end - 1].end
    return toks[s].start, toks[i - 1].end


def dash_frame(f: Frame, i: int):
    """"“...” ― Name": a quotation signed after a dash."""
    toks = f.toks
    if i == 0 or toks[i - 1].text not in _CLOSE_Q | {"."} or i + 1 >= len(toks) \
            or not toks[i + 1].cap:
        return None
    q = f.in_quote(toks[i - 1].start)
    if q is None and toks[i - 1].text in _CLOSE_Q:
        # a quotation with another inside it (“... what he calls “hell” ...”) that the quote
        # pairing split: the line it opens, up to the closing mark before the dash
        ls = f.text.rfind("\n", 0, toks[i].start) + 1
        if f.text[ls:ls + 1] in _OPEN_Q:
            q = (ls, toks[i - 1].end)
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


# determiners that stand only before a noun (not alone as a subject, as "each" or "neither"
# can): a cue word after them is a noun or an adjective
_NOUN_ONLY_DETS = frozenset({"another", "every", "same", "other"})
# words of _NOUN_CONTEXT that open a clause rather than a noun phrase ("which recently said")
_NOT_DETERMINING = frozenset({"which", "what", "whose", "to"})


_QUANTIFIERS = frozenset("some many few several both all most two three four five six seven "
                         "eight nine ten those these others".split())


_CLAUSE_OPENERS = frozenset({"that", "whether", "how", "why", "if"})


# words that open the object of a verb in the -s form ("the government offers the loans")
_NP_OPENERS = frozenset("the a an his her their its our my your this these those no more "
                        "some".split())




# an object pronoun or a name after the -s form of a verb of showing opens its object too
# ("video of the incident shows him with ...", "the brochure shows Mr. Rogers posing with"),
# where a plural noun is seldom followed by one
_OBJ_PRONOUNS = frozenset({"him", "them", "us", "me"})
_EVIDENCE_VERBS = frozenset({"show", "reveal", "find", "document", "detail", "chronicle"})


_NOUN_NEXT = frozenset({"of", "by", "and", "or", "is", "are", "was", "were", "have", "has", "'s",
                        "’s", "from", "about"})


_VERB_NEXT = frozenset({"from", "is", "are", "was", "were", "has", "have"})


_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be", "get", "got"})


_BE = frozenset({"is", "are", "was", "were", "'s", "'re", "been", "be", "am", "'m"})


_ING_ADVERBS = frozenset("also once again still now even already increasingly repeatedly "
                         "openly publicly privately just".split())


# prepositions that take a gerund whose subject is the clause's ("stopped short of calling",
# "was in the lead in advocating", "skillful at ignoring", "intent on deciding"): measured on
# PolNeAR's dev split, where such gerunds of reporting verbs are mostly annotated as cues
# what closes the clause an -ing participle hangs on: ", saying", "— lambasting"
# adverbs set off by commas between a subject and its verb
_COMMA_ADVERBS = frozenset("however though too also meanwhile instead nonetheless "
                           "nevertheless therefore".split())


# marks after which an -ing word opens a participle clause (", saying ...", "-- citing ...")
_PARTICIPLE_PUNCT = frozenset({",", "—", "–", "--"})


_ING_PREPS = frozenset({"of", "in", "at", "on", "between", "under"})


_ING_LINKS = frozenset({"and", "by", "while", "after", "before", "without", "for", "from", "upon",
                        "despite", "since"})


# verbs that take a plan or wish as their object ("made plans to", "unveiled plans to": an
# -s form after one is a plural noun, not a second verb; "has plans to" stays a cue of intent)
_HAVE_MAKE = frozenset("make makes made making unveil unveils announce "
                       "announces drop drops scrap scraps".split())


# verbs whose "to"-infinitive is the held content ("wants to", "refused to", "plans to")
_TO_VERBS = frozenset("want plan hope decide refuse promise vow threaten pledge expect agree "
                      "offer decline seem intend aim seek vow urge ask tell call encourage "
                      "continue".split())


# nouns that make a cue word before them a noun too ("press secretary", "state agency")
_COMPOUND_HEADS = frozenset("secretary secretaries release releases conference conferences "
                            "office corps court courts tank tanks agency agencies station "
                            "official officials spokesman spokeswoman spokesperson department "
                            "media television radio march marches movement group groups".split())


def head_of(cue: Cue) -> str:
    return cue.lemma.split()[0]


def verb_form(toks: tuple[Token, ...], i: int, k: int, cue: Cue, *,
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
    if prev is not None and prev.low == "'s" and i > 1 and (
            toks[i - 2].low in _PRONOUNS or toks[i - 2].low in ("who", "that", "which", "there")):
        prev = None if i < 3 else Token(prev.start, prev.end, prev.text, "has", False)  # who's
    if w.low in ("regarding", "concerning", "considering") and not (
            k < len(toks) and toks[k].low == "that"):
        return None  # prepositions ("and regarding legislation"), not participles of a cue
    if w.low.endswith("ing"):
        p = i - 1
        while p > 0 and (toks[p].low in _ING_ADVERBS or toks[p].low in _NEG or (
                toks[p].low.endswith("ly") and len(toks[p].low) > 4)):
            p -= 1  # "is once again questioning", "isn't saying"
        if p >= 0 and p < i - 1 or i > 0:  # (prev is None after a sentence-opening "He's")
            if toks[p].low in _BE:
                return "finite"  # "is promising", "has been saying", "is also encouraging"
        if nxt is not None and nxt.low == "by":
            return None  # "(Additional reporting by ...)": a credit line, not a cue
        if prev is not None and prev.cap and prev.text.isalpha() and i > 1:
            return "finite"  # "with RealClearPolitics showing her ahead"
        q = i - 1
        while q > 0 and (toks[q].low in ("now", "then", "also", "even", "again", "still",
                                         "perhaps") or (toks[q].low.endswith("ly") and len(
                                             toks[q].low) > 4 and not toks[q].cap)):
            q -= 1  # ", now saying", ", publicly revealing", "while systematically downplaying"
        before = toks[q] if q >= 0 else None
        if before is not None and (before.text in _PARTICIPLE_PUNCT or before.low in _ING_LINKS
                                   or before.low in _ING_PREPS or (
                before.text in _CLOSE_Q and q > 0 and toks[q - 1].text == ",")):
            return "participle"  # ", saying", "and calling for", "by telling them"
        return None
    head = cue.lemma.split()[0]
    if w.low != head and w.low.endswith("s") and w.low[:-1].startswith(head[:-1]) \
            and prev is not None and prev.low in _QUANTIFIERS and prev.low != "both":
        return None  # "All rates exclude", "some reports": a plural quantifier takes "say"
    if nxt is not None and nxt.low == "to" \
            and w.low in (head + "s", head + "es", head[:-1] + "ies") \
            and prev is not None and not prev.cap and (prev.low in _HAVE_MAKE or (
                len(prev.low) > 4 and prev.low.endswith(("ed", "ing")))):
        return None  # "announced plans to", "made plans to": a verb's object
    if nxt is not None and nxt.low == "to" and head in _TO_VERBS and not (
            prev is not None and (prev.low in _NOUN_CONTEXT - {"to"} or prev.low == "own")):
        return "finite"  # "wants to", "plans to": the infinitive is what the subject holds
    year = prev is not None and len(prev.text) == 4 and prev.text.isdigit() and i > 1 \
        and toks[i - 2].low in ("in", "since")  # "an ad in 2008 questioned"
    relative = prev is not None and prev.low == "which" and i > 1 and toks[i - 2].text in {
        ",", "—", "–", "--"}  # ", which shows": a relative pronoun, not "which plan"
    # "The two said", "only 28 said", "some say": "say" is never a noun after a quantifier,
    # which stands for the people who speak
    counted = cue.lemma == "say" and prev is not None and (
        prev.low in _QUANTIFIERS or prev.text.isdigit())
    if prev is not None and not relative and not counted and (
            prev.low in _NOUN_CONTEXT or (prev.text[:1].isdigit() and not year)
            or prev.low == "own"):
        return None
    if prev is not None and prev.low in _PASSIVE and cue.lemma not in ("say",):
        return None
    if w.low.endswith("ed") and prev is not None and prev.low.endswith("ly") and len(prev.low) > 4 \
            and i > 1 and toks[i - 2].low in _NOUN_CONTEXT - _NOT_DETERMINING:
        return None  # "with newly disclosed records", "his recently revealed plans": an adjective
    if prev is not None and prev.low in PLATFORMS and i > 1 and toks[i - 2].low in _OBJ_DETS \
            and cue.lemma in _NOUNLIKE and w.low in (head, head + "s"):
        return None  # "a Facebook post", "her radio show": the platform names the kind of thing
    if prev is not None and prev.low in _NOUN_ONLY_DETS \
            and w.low in (head, head + "s", head + "es"):
        return None  # "Another challenge:", "for the same reason", "every claim": a noun
    if cue.lemma == "call for" and nxt is not None and nxt.low == "comment":
        return None  # "did not return phone calls for comment": a request for a reply
    if nxt is not None and nxt.low in _COMPOUND_HEADS and w.low in (head, head + "s"):
        return None  # "press secretary", "appeals court": nouns
    if cue.lemma == "call" and prev is not None and (
            (prev.text == "," and i > 1 and toks[i - 2].low.isalpha() and not toks[i - 2].cap
             and not any(t.text == "," for t in toks[:i - 1]))  # not an apposition's end
            or (prev.low.isalpha() and not prev.cap and prev.low not in _PRONOUNS
                and i > 1 and toks[i - 2].low in ("a", "an", "the", "this"))):
        return None  # "The program, called EB-5,", "a stream called Miracle Run": a name
    if nxt is not None and (nxt.low, head) in (("up", "show"), ("from", "report"), ("in", "call"),
                                                ("into", "call"), ("in", "pitch")):
        return None  # "showed up", "reported from Midway", "called in to a show", "pitch in $200"
    if "weak" in cue.flags and w.low.endswith("ed") and prev is not None and prev.low.isalpha() \
            and not prev.cap and prev.low not in _PRONOUNS and prev.low not in _AUX \
            and prev.low not in ("who", "which", "that") and nxt is not None and (
                nxt.low in _DATE_WORDS or nxt.low in _AFTER_PARTICIPLE):
        return None  # "a report released last year found": a participle after its noun
    base = w.low in (head, head + "s", head + "es", head[:-1] + "ies")
    # "X, Democrat of Vermont, sees", "Some Democrats, however, question the wisdom": the
    # comma closes an apposition or an adverb after the subject, and the verb has its object
    closed = prev is not None and prev.text == "," and i > 2 and (
        toks[i - 2].cap or toks[i - 2].text.isdigit() or toks[i - 2].low in _COMMA_ADVERBS) \
        and nxt is not None and (w.low != head or nxt.low in _NP_OPENERS)
    if base and cue.lemma in _NOUNLIKE and prev is not None and not relative and not closed \
            and not (
            (nxt is not None and (nxt.low in _CLAUSE_OPENERS or (
                w.low != head and (nxt.low in _NP_OPENERS or (head in _EVIDENCE_VERBS and (
                    nxt.low in _OBJ_PRONOUNS or (nxt.cap and nxt.text.isalpha())))))))
            or prev.cap or prev.low in _PRONOUNS
            or prev.low in ("who", "that", "which", "to")
            or prev.low in _AUX or prev.low.endswith("s") or prev.text in _CLOSE_Q
            or prev.low in EVIDENCE):  # "the poll shows", "the study finds"
        return None
    if base and cue.lemma not in ("say", "tell") and nxt is not None and nxt.low in _NOUN_NEXT \
            and not (nxt.low in _VERB_NEXT and "attitude" in cue.flags
                     and cue.lemma not in _NOUNLIKE):
        # (a verb of thought that is never a noun stays a verb before "from" or a verb: "We
        # know from his filings that ...", "What we know is ...")
        return None
    if base and (cue.lemma in _NOUNLIKE or head in EVIDENCE) and prev is not None \
            and _verb_next(toks, k) and prev.low not in _PRONOUNS \
            and prev.low not in ("who", "that", "which", "to"):
        # "the Tulsa protest remained", "The USA TODAY Network report found", "a GAO report
        # released last year found": the cue word is the head noun of the subject
        return None
    if base and w.low != head and cue.lemma in _NOUNLIKE and nxt is not None and not (
            prev is not None and (prev.cap or prev.low in _PRONOUNS
                                  or prev.low in EVIDENCE)) and (  # ", a new poll shows."
            nxt.low in ("in", "such", "at", "on", "with", "who", "were", "are")
            or nxt.text in {",", ".", ";", ")"}):
        return None  # "voting rights advocates in a swing state": a plural noun
    if base and cue.lemma in _NOUNLIKE and nxt is not None and prev is not None and (
            nxt.text in _NOUN_END or nxt.low in _NOUN_FOLLOW) and prev.text.isalnum() \
            and prev.low not in _PRONOUNS and prev.low not in _AUX \
            and prev.low not in ("who", "that", "which", "to", "also"):
        return None  # "the Republican claims as false", "a June report, ...": a noun
    return "finite"


# finite verbs that follow a subject's head noun: modals, past forms of being, and what a
# report, a poll or a study does ("the report found", "the forecast said")
_FINITE_NEXT = frozenset("will would could can may might should must had remained remains "
                         "found finds shows showed said says concluded concludes suggests "
                         "suggested noted notes stated states estimated estimates".split())
_AFTER_PARTICIPLE = frozenset({"last", "this", "earlier", "by", "in", "on"})


def _verb_next(toks: tuple[Token, ...], k: int) -> bool:
    """The word after the cue is a finite verb or a past participle with a time or agent after
    it ("released last year", "published Thursday"): the cue word is the noun it follows."""
    if k >= len(toks):
        return False
    w = toks[k].low
    if w in _FINITE_NEXT:
        return True
    return w.endswith("ed") and k + 1 < len(toks) and (
        toks[k + 1].low in _DATE_WORDS or toks[k + 1].low in _AFTER_PARTICIPLE)


# what ends a noun phrase right after its head noun, and what follows a noun but seldom a
# reporting verb in the base or -s form ("states like Ohio", "the rules before the court")
_NOUN_END = frozenset({",", ";", ")", "–", "—"})
_NOUN_FOLLOW = frozenset({"as", "like", "such", "before", "in"})


_OBJ_DETS = frozenset("the a an his her their its our my your this that these those".split())
