"""The verb frames of an English reporting cue: who said it and which words are the content.

Owns :func:`verb_frame`, which places a cue (a verb, or a source phrase "according to") in one
of three frames and returns token ranges and offsets for :func:`extract.en.claims.find_claims`:

- trailing speaker: ``CONTENT, SPEAKER said.`` / ``“CONTENT,” said SPEAKER.``
- leading speaker: ``SPEAKER said (that) CONTENT`` / ``SPEAKER told ADDRESSEE CONTENT``
- source phrase: ``CONTENT, according to SOURCE`` / ``According to SOURCE, CONTENT``

A speaker right after a quotation that opens the sentence and ends in a comma said that
quotation, whatever follows the cue (``“CONTENT,” X said after the meeting broke up.``); a
quotation split by its speaker is one content, from the first part to the second (``“A,” X
said, “B.”``: the speaker and cue between count neither way against attribution annotation,
which marks the two parts).
"""

from __future__ import annotations

import re

from extract.en.actors import Mention
from extract.en.forms import _BE, _NOUN_CONTEXT, _OBJ_DETS, _TO_VERBS, head_of
from extract.en.lexicon import Cue, Lexicon
from extract.en.phrases import (
    _ADVERBIAL,
    _AUX,
    _CLOSE_Q,
    _CUE_AUX,
    _DATE_WORDS,
    _MODALS,
    _NEG,
    _OPEN_Q,
    _PRONOUNS,
    _SOURCE_PHRASES,
    _VENUES,
    CUE_PREPS,
    Frame,
    after_cue,
    inverted_np,
    skip_adverbials,
    to_sentence_end,
)
from extract.en.text import Token, token_at

__all__ = ["opening_clause", "opening_participle", "verb_frame"]

_DATELINE = re.compile(r"[A-Z][A-Z .,'/-]{2,}(?:\([^)\n]{1,40}\))?\s*[-–—]+\s+")


# words that open a subject naming people in general ("many voters", "no one", "both")
_GENERIC_OPENERS = frozenset("the a an many most some no nobody nothing everyone few several "
                             "both all".split())


def verb_frame(f: Frame, cue: Cue, i: int, k: int, lex: Lexicon):
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
    np = _after_earlier_cue(f, f.np_before(i))
    trailing = np is not None and np[0] > 0 and (ends or _after_quote(f, np, k)) and (
        toks[np[0] - 1].text == "," or toks[np[0] - 1].text in _CLOSE_Q or (
            toks[np[0] - 1].low == "as" and np[0] > 1 and toks[np[0] - 2].text == ","))
    if np is not None and ends and np[0] == 0:
        before = next((q for q in f.quotes if q[1] <= sent.start
                       and not text[q[1]:sent.start].strip()), None)
        if before is not None:  # “... ?” Clinton said.
            spk = _speaker(f, *np)
            if spk:
                return spk, (i, k), np, before, None, True, None
    if np is not None and k < len(toks):  # "“A,” she said, “B.”": both parts are content
        first, second = _opening_quote(f, np[0]), _second_quote(f, k)
        if first is not None and second is not None:
            spk = _speaker(f, *np)
            if spk:
                return spk, (i, k), np, (first[0], second[1]), None, True, None
    # --- trailing speaker, inverted: "..., said X." / "“...,” said X."
    if prev is not None and prev.text in {","} | _CLOSE_Q and nxt is not None \
            and nxt.text not in {",", ".", ":"} and nxt.low not in ("that", "to") \
            and not (trailing and "addressee" in cue.flags) \
            and not (prev.text == "," and np is not None and np[0] == 0
                     and any(m.i == 0 and m.actor for m in f.mentions)):
        # (not "Jane Roe, an adviser, called X a liar": a named subject with its apposition)
        inv = f.np_after(k)
        if inv and not inverted_np(toks, inv, lex):
            inv = _venue_cut(toks, inv)
        if inv and (inv[1] >= len(toks) or toks[inv[1]].text in {",", ".", "!", "?", "("}
                   or toks[inv[1]].low in _ADVERBIAL or toks[inv[1]].low == "who"):
            inv = to_sentence_end(f, inv)
            spk, a, b = f.actor_in(*inv)
            if spk is None and inv[1] - inv[0] == 1 and toks[inv[0]].low in _PRONOUNS:
                spk = _pronoun_actor(f, inv[0])
            if spk:
                content, direct = _content_before(f, i)
                second = _second_quote(f, inv[1]) if direct else None
                if content and second is not None:  # "“A,” said X, “B.”"
                    content = (content[0], second[1])
                if content:
                    return spk, (i, k), (a, b), content, None, direct, None
    # --- trailing speaker: "..., X said." / "“...,” X said."
    if trailing:
        a, b = np
        spk = _speaker(f, a, b)
        if spk:
            content, direct = _content_before(f, a)
            if content:
                if not direct:
                    content = _parenthetical(f, k, content)
                return spk, (i, k), (a, b), content, None, direct, None
    clausal = nxt is not None and (
        nxt.low == "that" or (nxt.low == "to" and head_of(cue) in _TO_VERBS)
        or nxt.text == ":" or nxt.text in _OPEN_Q or (
            nxt.text == "," and k + 1 < len(toks) and toks[k + 1].text in _OPEN_Q))
    # --- leading speaker: "X said (that) ...", "..., who said ...", "X ... and said ..."
    if np is None:
        got = _bound_subject(f, i)
        if got is None:
            return _asked(f, cue, i, k)  # "Asked about X, Y said ..."
        spk, a, b = got
        named = True
    else:
        a, b = np
        if any(c.content[0] == toks[a].start and c.cue[1] <= toks[a].start
               and c.lemma not in _SOURCE_PHRASES for c in f.earlier) and not (
                k < len(toks) and (toks[k].low in ("that", ":") or toks[k].text in _OPEN_Q)):
            # "Stein said she plans to ...", "He said Clinton favors ...": the subject opens
            # what an earlier claim reports, so the verb is part of that claim's content (not
            # after "According to X,", which relays what the subject itself said or did)
            return None
        spk = _speaker(f, a, b)
        named = any(m.actor and a <= m.i and m.j <= b and m.how != "np" for m in f.mentions) \
            or (toks[b - 1].cap and toks[b - 1].text.isalpha()) or (
                b - a <= 4 and toks[a].low in _GENERIC_OPENERS) or (
                b - a <= 2 and toks[b - 1].low.endswith("s") and toks[b - 1].text.isalpha()
                and not toks[b - 1].low.endswith("ss"))  # "critics consider", "analysts view"
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


# "(When) asked about ..., X said": a question put to the subject of the main clause
_ASKED = frozenset({"ask", "press", "question"})
_ASKED_OPENERS = frozenset({"when", "and", "if", "once", "after", "but"})
_ASKED_NEXT = frozenset("about whether if how what why when where who which to on for over".split())


def _asked(f: Frame, cue: Cue, i: int, k: int):
    """"Asked about the plan, Clinton said ...", "When pressed by Holt on how ...": a
    participle opening the sentence puts a question to the main clause's subject; the asker
    is the agent after "by" (with no agent there is no claim: every actor needs a mention). The
    question runs to the comma (or to the subject) that closes the opening clause."""
    toks = f.toks
    if cue.lemma not in _ASKED or not toks[i].low.endswith("ed") or k >= len(toks):
        return None
    p = i - 1
    if p >= 0 and toks[p].text in _OPEN_Q:
        p -= 1
    while p >= 0 and toks[p].low in _ASKED_OPENERS:
        p -= 1  # "When asked", ", and when pressed"
    if p >= 0 and toks[p].text != ",":
        return None  # (not "the crowd he asked about it")
    j = skip_adverbials(toks, k)  # "asked directly", "pressed repeatedly"
    spk, sa, sb = None, 0, 0
    if j < len(toks) and toks[j].low == "by":  # "asked by The Times if ..."
        e = next((n for n in range(j + 2, min(j + 8, len(toks))) if toks[n].low in _ASKED_NEXT),
                 None)
        if e is None:
            return None
        spk, sa, sb = f.actor_in(j + 1, e)
        if spk is None:
            return None
        j = e
    if j >= len(toks) or toks[j].low not in _ASKED_NEXT:
        return None
    # the opening clause ends at a comma, or before a name and its verb ("... Moore said")
    end = next((n if toks[n].text == "," else n - 1 for n in range(j + 2, len(toks))
                if toks[n].text == "," or (toks[n - 1].cap and toks[n].low in (
                    "said", "says", "replied", "answered"))), None)
    if end is None or end <= j + 1:
        return None
    subj = end + 1 if toks[end].text == "," else end
    while subj < len(toks) and toks[subj].text in _CLOSE_Q:
        subj += 1
    if subj >= len(toks) or not toks[subj].text.isalpha():
        return None  # the opening clause is followed by the one asked
    if spk is None:
        return None  # an unnamed asker: no actor without words in the text
    c0 = after_cue(toks, j) if toks[j].low in CUE_PREPS else j  # "Asked about X": X
    return spk, (i, k), (sa, sb), (toks[c0].start, toks[end - 1].end), None, False, None


def opening_clause(f: Frame, cue: Cue, i: int, k: int):
    """A cue heading a clause that opens the sentence before its main subject: an -ing cue
    with its own object ("Citing a poll, X said") or a question put to that subject ("Asked
    about X, Y said"). The tuple of :func:`verb_frame`, or None."""
    return opening_participle(f, cue, i, k) or _asked(f, cue, i, k)


_RESUMING = frozenset("adding saying noting arguing according as in at after when while before "
                      "during since but and though although because who which".split())


_VENUE_PREPS = frozenset({"in", "at", "on", "during", "from"})


def _venue_cut(toks: tuple[Token, ...], np: tuple[int, int]) -> tuple[int, int] | None:
    """"said the narrator in the spot.": a short determiner phrase after an inverted cue is
    the speaker when a place or venue phrase follows it (the phrase itself is left out)."""
    a, b = np
    if toks[a].low not in ("the", "a", "an", "one", "another"):
        return None
    cut = next((n for n in range(a + 2, min(a + 4, b)) if toks[n].low in _VENUE_PREPS), None)
    if cut is None or not all(t.text.isalpha() and not t.cap for t in toks[a + 1:cut]):
        return None
    return a, cut


def _parenthetical(f: Frame, k: int, content: tuple[int, int]) -> tuple[int, int]:
    """"The plan, she said, will fail": the clause goes on after the speaker, so the content
    runs to the sentence's end (the speaker's words in between are a gap of it)."""
    toks = f.toks
    j = skip_adverbials(toks, k)
    if j + 3 >= len(toks) or toks[j].text != "," or toks[j + 1].low in _RESUMING \
            or toks[j + 1].low.endswith("ing") or f.in_quote(toks[j + 1].start):
        return content
    e = len(toks)
    while e > j + 1 and toks[e - 1].text in {".", "!", "?"}:
        e -= 1
    return content[0], toks[e - 1].end


_DETERMINERS = frozenset("the a an these those many some several most all other such".split())
# pronouns that head a relative clause's antecedent ("those who", "others who", "some who")
_PRONOUN_HEADS = frozenset("those others some many anyone anybody someone somebody everyone "
                           "everybody".split())


_HEAD_PREPS = frozenset("of in on for at by with to from over among amongst between against "
                        "about into under like including than".split())


_STOP_BEFORE_NP = frozenset("from of in to by with for on at into over under about against "
                            "and or but than as is are was were be been has have had".split())


def _bound_subject(f: Frame, i: int) -> tuple[str, int, int] | None:
    """The subject of a cue with no noun phrase of its own: a relative pronoun after a named
    actor ("Smith, who said", "cities that support"; the pronoun is the mention) or the
    subject of a coordinated clause ("X outlined a plan and vowed ...")."""
    toks = f.toks
    p = i - 1
    while p > 0 and (toks[p].low in _AUX or toks[p].low in _NEG or toks[p].low in _BE
                     or ((toks[p].low in _CUE_AUX or toks[p].low in _MODALS) and not toks[p].cap)
                     or (toks[p].low.endswith("ly") and len(toks[p].low) > 4)):
        p -= 1
    if p <= 0:
        return None
    w = toks[p].low
    if w in ("who", "which", "that", "whom"):
        a = p - 2 if w == "whom" and toks[p - 1].low == "of" and p > 2 else p  # many of whom
        e = a
        while e > 0 and toks[e - 1].text in {",", "--", "—", "–", "―"}:
            e -= 1
        ante = next((m for m in f.mentions if m.j == e and m.actor), None)
        if ante is None and e < a:
            ante = next((m for m in reversed(f.mentions) if m.j <= e and m.actor
                         and e - m.j <= 6), None)  # "Kerry, the secretary of state, who said"
        if ante is not None:
            return ante.actor, a, p + 1
        n = e  # a plain noun phrase before the pronoun: "cities that support"
        while n > 0 and e - n < 4 and toks[n - 1].text.isalpha() and toks[n - 1].low not in (
                _STOP_BEFORE_NP) and not (n < e and (toks[n - 1].cap or toks[n - 1].low.endswith(
                "ed"))) and (e - n < 2 or toks[n - 1].low in _DETERMINERS):
            n -= 1  # (not "Katz represented young men who": two words or a determiner phrase)
        if e > 1 and toks[e - 1].low in _PRONOUN_HEADS and toks[e - 2].low in _HEAD_PREPS:
            # "from those who touted", "among others who want": the pronoun is the speaker (in
            # a preposition's object, so the relative clause is not the subject of a main verb
            # that its content would swallow)
            n = e - 1
        elif n == e or toks[e - 1].low in _NOUN_CONTEXT:
            return None
        spk = f.actor_in(n, e)[0]
        return (spk, a, p + 1) if spk is not None else None
    if w in ("and", "but"):
        subj = next((m for m in f.mentions if m.j <= p and m.actor and not (
            m.i > 0 and toks[m.i - 1].low in _NOUN_CONTEXT - {"the", "a", "an"})), None)
        if subj is not None:
            return subj.actor, subj.i, subj.j
        last = f.earlier[-1] if f.earlier else None  # "His ex-wife agreed, but also contended"
        if last is not None and last.speaker_mention and last.cue[1] <= toks[p].start:
            sa = token_at(toks, last.speaker_mention[0])
            sb = token_at(toks, last.speaker_mention[1], end=True)
            if sa is not None and sb is not None:
                return last.speaker, sa, sb + 1
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


def _opening_quote(f: Frame, a: int) -> tuple[int, int] | None:
    """The quotation that opens the sentence and ends, with a comma inside it, right before
    token ``a`` ("“…,” Renzi said"); not a title inside the sentence ("In ''Make Your Kid
    ...,'' he wrote")."""
    toks = f.toks
    if a < 2 or toks[a - 1].text not in _CLOSE_Q or toks[a - 2].text != ",":
        return None
    q = next((q for q in f.quotes if q[0] < toks[a - 1].end <= q[1]), None)
    if q is None or f.text[f.sent.start:max(q[0], f.sent.start)].strip().lower() not in _OPENERS:
        return None
    return q


# words that can open a sentence before its quotation ("So “…,” she said")
_OPENERS = frozenset({"", "so", "but", "and", "yet", "still", "now", "then"})


def _after_quote(f: Frame, np: tuple[int, int], k: int) -> bool:
    """"“…,” Renzi said after the meeting broke up.": a speaker right after a quotation that
    opens the sentence said it, whatever follows the cue (unless a clause or another quotation
    opens there)."""
    toks = f.toks
    return _opening_quote(f, np[0]) is not None and k < len(toks) \
        and toks[k].low not in ("that", ":") and toks[k].text not in _OPEN_Q and not (
            toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].text in _OPEN_Q) and not (
            toks[k].low == "to" and not _addressee_at(toks, k + 1))


_OBJ_PRONOUNS = frozenset("him her them me us you reporters".split())


def _addressee_at(toks: tuple[Token, ...], j: int) -> bool:
    """Whether token ``j`` opens a noun phrase after "to" ("said to the group", "to Obama",
    "to him"), not an infinitive ("pledged to act")."""
    return j < len(toks) and (toks[j].cap or toks[j].low in _OBJ_DETS
                              or toks[j].low in _OBJ_PRONOUNS)


def _second_quote(f: Frame, j: int) -> tuple[int, int] | None:
    """The quotation after ", " at token ``j`` ("“A,” she said, “B.”"), if any."""
    toks = f.toks
    if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].text in _OPEN_Q:
        return next((q for q in f.quotes if q[0] == toks[j + 1].start), None)
    return None


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
    j = skip_adverbials(toks, j, times=True)  # "..., she said at the time."
    return j >= len(toks) or toks[j].text in {".", ",", "!", "?", ";"} | _CLOSE_Q


def _object_end(toks: tuple[Token, ...], k: int) -> int:
    """End of a short object noun phrase at ``k`` ("reporters", "the crowd", "his
    supporters", "The Harbour Gazette"): a determiner and up to three lower-case words, "the"
    and up to five capitalised words, or one word."""
    if toks[k].low not in _OBJ_DETS or k + 1 >= len(toks):
        return k + 1
    j = k + 1
    if toks[k].low == "the" and toks[j].cap:  # a name: "told The New York Times"
        while j < len(toks) and j - k <= 5 and toks[j].cap and toks[j].text.isalpha():
            j += 1
        return j
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
        return _pronoun_actor(f, a) or _author(f, a)
    return f.actor_in(a, b)[0]


# the writer of the article, named by "I"/"we" outside quotation marks ("I believe ...",
# "We asked whether ..." in a column or an editorial); one actor per article and number, whose
# id and label name the article (the authors of two columns are two actors in a store)
_AUTHORS = {"i": ("author of article {} (I)", "person"),
            "we": ("authors of article {} (we)", "group")}


# words after which "I"/"we" opens a clause of its own (not "the guides I wrote")
_CLAUSE_OPENERS = frozenset("and but or nor as because since that if so when whenever while "
                            "though although unless until lest where whether then now also "
                            "still yet today and frankly honestly personally".split())


def _author(f: Frame, a: int) -> str | None:
    """The article's author when token ``a`` is "I" or "we" outside quotation marks (the
    token becomes a mention of that actor)."""
    t = f.toks[a]
    if t.low not in _AUTHORS or f.in_quote(t.start) or any(
            c.content[0] == t.start for c in f.earlier):
        return None  # (not "she believes we must ...": the "we" of her words)
    prev = f.toks[a - 1] if a > 0 else None
    if prev is not None and prev.text.isalpha() and not prev.cap \
            and prev.low not in _CLAUSE_OPENERS:
        return None  # "the experts I spoke to", "what I learned", "Why do I know?"
    label, kind = _AUTHORS[t.low]
    aid = f.reg.new(label.format(f.reg.article or "").replace("  ", " "), kind,
                    key=f"author-{t.low}-{f.reg.article}")
    if not any(m.i == a and m.actor == aid for m in f.mentions):
        n = next((n for n, m in enumerate(f.mentions) if m.i > a), len(f.mentions))
        f.mentions.insert(n, Mention(t.start, t.end, a, a + 1, aid, "pronoun",
                                     plural=t.low == "we"))
    return aid


def _content_before(f: Frame, a: int) -> tuple[tuple[int, int] | None, bool]:
    """Content of a trailing-speaker frame: the clause or quotation before token ``a``."""
    toks, sent = f.toks, f.sent
    j = a - 1
    while j >= 0 and (toks[j].text == "," or (toks[j].low == "as" and j == a - 1)):
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


# prepositions after an opening -ing word that make it a frame of its own, not a cue with
# an object ("Speaking at a rally, X said ...", "Writing for the paper, X noted ...")
_ADJUNCT_PREPS = frozenset("at to for in on from with before during after about into by "
                           "through".split())


# prepositions and conjunctions that may open a sentence before its -ing clause
_GERUND_OPENERS = frozenset({"in", "after", "before", "by", "while", "since", "upon", "on",
                             "when", "without"})


def opening_participle(f: Frame, cue: Cue, i: int, k: int):
    """"Citing a new poll, Trump said ...": an -ing cue that opens the sentence with an
    object of its own; the subject named right after the comma speaks, and the words up to
    the comma are what the cue holds. The tuple of :func:`verb_frame`, or None."""
    toks = f.toks
    start = 1 if toks and toks[0].text in _OPEN_Q else 0
    if i == start + 1 and toks[start].low in _GERUND_OPENERS:
        start = i  # "In defending his record, Trump said ...", "After saying ..., she added"
    if i != start or cue.kind != "verb" or not toks[i].low.endswith("ing") or f.sent.headline \
            or k >= len(toks) or toks[k].low in _ADJUNCT_PREPS \
            or not toks[k].text[:1].isalnum() or f.in_quote(toks[i].start):
        return None
    for c in range(k + 1, min(len(toks) - 1, k + 30)):
        if toks[c].text != ",":
            continue
        s = c + 1
        while s < len(toks) and toks[s].text in _CLOSE_Q:
            s += 1  # 'Bemoaning the "phony system," Trump ...'
        subj = next((m for m in f.mentions if m.i == s and m.actor), None)
        if subj is None or subj.j >= len(toks) or not toks[subj.j].text.isalpha() \
                or toks[subj.j].low in ("and", "or"):
            continue  # (not a list: "Citing Smith, Jones and ...")
        return subj.actor, (i, k), (subj.i, subj.j), (toks[k].start, toks[c - 1].end), None, \
            False, None
    return None


def _after_earlier_cue(f: Frame, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """A subject cannot reach back over the cue of a claim found earlier in the sentence: in
    "An email ... indicates Obama knew about it", the subject of "knew" begins after
    "indicates" (and its "that")."""
    if np is None or not f.earlier:
        return np
    a, b = np
    for c in f.earlier:
        e = next((n for n in range(a, b) if f.toks[n].end == c.cue[1]), None)
        if e is not None and e + 1 < b and c.content[0] <= f.toks[e + 1].start \
                and f.toks[b - 1].end <= c.content[1] \
                and not any(t.text == "," for t in f.toks[e + 1:b]):
            a = e + 2 if f.toks[e + 1].low == "that" and e + 2 < b else e + 1
    return a, b
