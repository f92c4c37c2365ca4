"""Reporting cues in an -ing clause that hangs on a noun: "polls showing her ahead",
"Republicans calling for his resignation", "issued a statement saying ...".

Owns :func:`reduced_cue` and the noun sets it uses. The noun before the participle does what
the participle says, so it is the speaker; when that noun is a document that a verb just
before it issues or sends ("released a statement saying", "sent a letter urging"), the one who
issues it speaks, and the cue runs from that verb to the participle, as attribution annotation
marks it; so it does over a phrase about the document between them ("sent a letter to the
board urging", "issued a statement on Monday saying": :func:`issuer_across`). A word before
the participle that is a verb itself ("kept saying", "avoid calling") gives nothing, except
verbs of going on ("kept saying", "started calling"), which go with the cue.
"""

from __future__ import annotations

from extract.en.infinitive import _BE, _CATENATIVE, _forms
from extract.en.lexicon import Cue, Lexicon
from extract.en.phrases import _AUX, _NEG, _PRONOUNS, Frame

__all__ = ["EVIDENCE", "ISSUED", "issuer_across", "reduced_cue"]

# what an actor issues, sends or publishes: it speaks for the issuer
ISSUED = frozenset(
    "statement statements letter letters report reports tweet tweets post posts memo memos "
    "email emails message messages release releases paper papers ad ads advertisement video "
    "videos note notes communique communiqué op-ed column editorial brief filing filings "
    "complaint lawsuit motion petition proposal plan resolution bill order ruling opinion "
    "analysis study survey poll book essay article speech remarks".split())
# verbs of issuing, sending and publishing a document
_ISSUING = _forms(
    "issue", "release", "send/sent/sends/sending", "post", "publish", "file", "write/wrote/"
    "written/writes/writing", "deliver", "give/gave/given/gives/giving", "provide", "run/ran/"
    "runs/running", "air", "launch", "circulate", "distribute", "pen/penned/pens/penning",
    "submit/submitted/submits/submitting", "put/puts/putting", "unleash", "tweet", "sign",
    "unveil", "present", "introduce", "broadcast", "draft", "author", "fire/fired/fires/firing",
    "make/made/makes/making", "have/has/had/having")
# sources of evidence that show, find and suggest (verbs after them are verbs, not nouns:
# "the poll shows", "the study finds")
EVIDENCE = frozenset(
    "poll polls survey surveys study studies data analysis analyses report reports research "
    "figures numbers records documents emails results estimates statistics tally count review "
    "audit investigation investigations probe test tests evidence footage video videos "
    "photos pictures map maps chart charts model models forecast forecasts index "
    "polling findings memo memos files paper papers".split())
_DETERMINERS = frozenset("the a an this that these those his her their its our my your some "
                         "many most several few all both new recent latest other such".split())
# verbs that take an -ing form ("kept saying", "avoided calling"): no noun before the cue
_ASPECTUAL = _forms("keep/kept/keeps/keeping", "stop/stopped/stops/stopping", "avoid", "quit",
                    "finish", "resume", "risk", "mind", "enjoy", "spend/spent/spends/spending",
                    "recall", "imagine", "deny", "admit", "consider", "suggest", "recommend",
                    "practice", "practise", "miss", "delay", "postpone", "go/went/gone/goes/going",
                    "be/is/are/was/were/been/being", "do/did/done/does/doing")
# aspectual verbs before an -ing cue that share its subject and go with the cue
_ONGOING = _forms("keep/kept/keeps/keeping", "continue", "start", "begin/began/begun/begins/"
                  "beginning", "resume")
# what does not follow an -ing verb that has a noun before it (but a verbal noun)
_NOT_AFTER = frozenset({".", ",", ";", ":", ")", "!", "?", "of", "at", "by", "in", "from", "on",
                        "and", "or"})
_STOP = frozenset(
    "and or but that which who whom whose what when where while as if than because of to for "
    "with by in on at from into about over after before since without against between among "
    "during under through not n't no never".split())


# what may open a phrase between an issued document and the -ing cue that says what it says:
# where it went, whom it came from, when ("sent a letter to the board urging", "released a
# letter from the bank telling", "unleashed a series of tweets early Friday saying")
_GAP_OPENERS = frozenset("to from on in early late earlier last this monday tuesday wednesday "
                         "thursday friday saturday sunday".split())
# what a noun phrase after "to" opens with ("to the board", "to him"; not "to unseal")
_TO_OBJECT = _DETERMINERS | frozenset("him her them us me".split())
# what ends such a phrase: a clause, a verb or a quotation
_GAP_END = frozenset("that which who whom whose what and or but . ; : ( ) — – -- ! ? said "
                     "says has have had will would could should can may must".split()) | _BE
_QUOTES = frozenset({'"', "“", "”", "‘", "’", "``", "''"})
# (not footage and ads, which show rather than say: "released an ad this week showing X")
_DOCUMENT_NOUNS = ISSUED - {"video", "videos", "ad", "ads", "advertisement"}


def _gap_phrase(toks, j: int, i: int) -> bool:
    """Whether tokens (j, i) between a document at ``j`` and an -ing word at ``i`` are a
    prepositional or time phrase about the document ("to the board", "on Monday")."""
    a = j + 1
    if not 1 <= i - a <= 10 or toks[a].low not in _GAP_OPENERS:
        return False
    nxt = toks[a + 1].low
    if toks[a].low == "to" and not (nxt in _TO_OBJECT or toks[a + 1].cap or (
            nxt.endswith("s") and not nxt.endswith("ss"))):
        return False  # "filed a motion to unseal the records, arguing" (not "to reporters")
    return not any(t.low in _GAP_END or t.text in _QUOTES or (
        t.low.endswith("ing") and len(t.low) > 4 and not t.cap) for t in toks[a:i])


def issuer_across(toks, i: int, cues: dict[str, list[Cue]]) -> int | None:
    """For an -ing cue at token ``i`` after a document and a phrase about it ("sent a letter
    to the board urging", "issued a statement on Monday saying"), the token of the verb that
    issues the document: the cue runs from that verb to the participle, as it does without
    the phrase ("issued a statement saying"); so does a finite cue after "that"/"which"
    ("released a letter from his doctor that says"); else None. Not for an attitude cue, which
    after a noun says what that noun holds ("sent a letter to leaders opposing the bill")."""
    w = toks[i]
    rel = i > 0 and toks[i - 1].low in ("that", "which") and not w.low.endswith("ing")
    if not (w.low.endswith("ing") or rel) or w.cap or i < 3 or not any(
            c.kind == "verb" and len(c.words) == 1 and "attitude" not in c.flags
            for c in cues.get(w.low, ())):
        return None
    e = i - 1 if rel else i  # "released a letter from his doctor that says"
    for j in range(e - 1 if rel else e - 2, max(0, i - 12), -1):
        t = toks[j]
        if t.low in _GAP_END or t.text in _QUOTES:
            return None
        if t.low not in _DOCUMENT_NOUNS or not (_gap_phrase(toks, j, e) or (rel and j == e - 1)):
            continue
        m = j - 1  # back over what stands before the document: "a sworn", "a series of"
        while m > 0 and j - m <= 6 and toks[m].low not in _ISSUING:
            u = toks[m]
            if u.cap or (u.low in _STOP and u.low != "of") or u.low in _AUX \
                    or not (u.text[:1].isalnum() or u.text == "-"):
                return None
            m -= 1
        return m if toks[m].low in _ISSUING and not toks[m].cap else None
    return None


def _nounish(w) -> bool:
    return w.text[:1].isalnum() and w.low not in _STOP and w.low not in _AUX \
        and w.low not in _BE and w.low not in _NEG and w.low not in _PRONOUNS \
        and not (w.low.endswith("ly") and len(w.low) > 4 and not w.cap)


def reduced_cue(f: Frame, cue: Cue, i: int, lex: Lexicon):
    """For a cue in -ing form at token ``i`` right after a noun phrase: ``("shared", m, None)``
    when the noun phrase is a document issued by the verb at token ``m`` (the caller reads a
    verb frame from ``m``), ``("object", i, (a, b))`` when tokens ``[a, b)`` are the noun phrase
    that speaks; None otherwise."""
    toks = f.toks
    w = toks[i]
    if cue.kind != "verb" or not w.low.endswith("ing") or w.cap or i == 0:
        return None
    head = toks[i - 1]
    if head.low in _ONGOING and not head.cap:
        return "shared", i - 1, None  # "kept saying", "started calling"
    nxt = toks[i + 1].low if i + 1 < len(toks) else "."
    if nxt in _NOT_AFTER:
        return None  # "his strong showing at the debate", "strenuous lobbying by": nouns
    if not _nounish(head) or head.low in _CATENATIVE or head.low in _ASPECTUAL \
            or head.low in lex.cue_verbs or head.low in _DETERMINERS or head.text.isdigit():
        return None
    a = i - 1
    while a > 0 and i - a < 6 and _nounish(toks[a - 1]) and toks[a - 1].low not in _ISSUING \
            and toks[a - 1].low not in _DETERMINERS:
        a -= 1
    if a > 0 and toks[a - 1].low in _DETERMINERS:
        a -= 1
    if head.low in ISSUED:
        m = a - 1
        if m > 0 and toks[m].low in _ISSUING and not toks[m].cap:
            return "shared", m, None
    if any(m.i >= a and m.j <= i and m.actor for m in f.mentions) or head.low in EVIDENCE or (
            toks[a].low in _DETERMINERS and not head.low in ISSUED):
        return "object", i, (a, i)
    if head.low.endswith("s") and not head.low.endswith("ss") and i - a == 1:
        return "object", i, (a, i)  # "Republicans calling for", "voters saying"
    return None
