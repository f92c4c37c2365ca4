"""English claims whose source the text does not name: agentless passives, blame undergone,
questions put by no one named, impersonal judgments.

Owns :func:`agentless`, :func:`undergone`, :func:`asked_opening` and :func:`it_is_clear`.
"X was accused of Y", "X has been widely criticized for Y", "X was seen as Y", "X is expected
to Y": someone holds that Y of X, and the sentence does not say who (no "by" agent;
:func:`extract.en.forms.passive` takes the passives that name one). Such a claim's speaker is
one actor per article, "unnamed source (article <id>)" (:func:`unnamed_source`), with no
mention, since no words name it; the claim has no ``speaker_mention``, a lower confidence, and
no stances are drawn from it. The cue is the verb group with its auxiliaries and adverbs and
the preposition the verb governs ("have sometimes been accused of", "was seen as"); the content
runs from the subject (or a relative pronoun standing for it) to the end of the complement's
clause ("X ... Y", as attribution annotation marks it, the cue in between).

Three classes of passive participles, priced on PolNeAR (cue tokens gold/not gold added, dev and
its dev split, each measured with the other two on):
- blame, with the preposition the verb governs: "accused of", "blamed for", "criticized for",
  "has never been questioned" (dev +13/-1, dev split +21/-0); and praise, its other side
  ("was hailed for", "had been celebrated"; "for years" is no reason);
- regard, before "as" ("seen as", "viewed as", "portrayed as", "depicted as", "rated as",
  "mentioned as"), or with a bare complement for "considered", "dubbed", "labeled" ("is
  considered a threat") (+14/-2, +8/-3; praise and "rated/mentioned as" added later: +3/-0,
  +8/-2);
- expectation before a to-infinitive ("is expected to", "is not thought to", "is intended to"):
  the engine already took these cues, with the subject as the speaker; the speaker is now
  unnamed, which the annotation agrees with (cue +0/-2 and +0/+0 on balance; source false
  positives -8 and -32).
And one class of verbs of undergoing blame (:func:`undergone`): "has faced sharp criticism for Y",
"came under fire over Y", "took heat for Y", "is drawing criticism" (the content is Y, else the
subject; not with a source after "from"/"by"): dev +4/-0, dev split +14/-4.
A claim of "seem" ("X seems to Y", "X seemed credible") is the unnamed source's too
(:data:`SEEMING`, applied in claims.find_claims), its content X ... Y, unless the verb after
"to" is a cue ("X seemed to think", X's own): the cues were taken already, with X as the
speaker (source false positives dev -7, dev split -44 for 3 gold tokens lost).
A sentence-opening question put by no one named ("Asked whether X, she said ...", "When asked
about X, ...": :func:`asked_opening`): the cue is "asked", the content the question up to its
comma (dev +3/-0, dev split +2/-0); "X was asked whether" did not pay (+2/-7 on both).
An impersonal judgment ("it is unclear whether X", "it should be obvious that X", "Nor is it
clear that X": :func:`it_is_clear`) is the unnamed source's: the cue from "it"/"nor" to the
adjective, the content the clause (dev +7/-3, dev split +17/-14).
Not taken (priced without payoff): "appears to" (not a cue), "allegedly"/"reportedly",
"allegations of", "known as", "being seen" without "as".
"""

from __future__ import annotations

from extract.en.lexicon import Cue
from extract.en.phrases import Frame, adverb_at
from extract.en.verbframe import _ASKED_OPENERS

__all__ = ["SEEMING", "UNDERGO_FIRSTS", "UNNAMED_CONFIDENCE", "agentless", "asked_opening",
           "it_is_clear", "undergone", "unnamed_source"]

# confidence of a claim whose speaker the text does not name (attributed claims: 0.5-0.7)
UNNAMED_CONFIDENCE = 0.4

# verbs of blame and praise: the passive says someone blames or praises the subject; the
# preposition each governs
_BLAME = {"accuse": ("of",), "blame": ("for",), "criticize": ("for", "as"),
          "condemn": ("for", "as"), "fault": ("for",), "ridicule": ("for", "as"),
          "mock": ("for", "as"), "lambaste": ("for",), "castigate": ("for",),
          "chastise": ("for",), "denounce": ("as", "for"), "slam": ("for", "as"),
          "question": ("about", "over", "on"), "praise": ("for", "as"), "attack": ("for", "as"),
          "hail": ("for", "as"), "tout": ("for", "as"), "laud": ("for", "as"),
          "applaud": ("for",), "commend": ("for",), "celebrate": ("for", "as")}
# verbs of blame with a sense that is no speech (an assault, an interrogation, a blow) unless
# the preposition of blame follows; "has never been questioned" is a doubt
_PHYSICAL = frozenset({"attack", "slam", "question"})
# verbs of regard: the passive says how the subject is seen, before "as" ("seen as weak")
_REGARD = frozenset({"see", "view", "regard", "perceive", "describe", "portray", "depict",
                     "characterize", "consider", "dub", "label", "brand", "rate", "mention"})
# verbs of regard that also take a bare complement ("is considered a threat")
_BARE = frozenset({"consider", "dub", "label"})
# verbs of expectation and report before a to-infinitive ("is expected to win")
# (those of cues.tsv; "is known to" is not reached: "known" is no form of the cue "know")
_EXPECT = frozenset({"expect", "intend", "believe", "think", "say", "report", "predict",
                     "project", "estimate", "allege", "suspect", "rumor", "rumour", "fear"})
_IRREGULAR = frozenset({"seen", "thought", "said"})


_SPANS = frozenset("years months weeks days decades hours generations ages".split())
_RELPRON = frozenset({"who", "which", "that"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_GROUP = frozenset({"has", "have", "had", "will", "would", "could", "can", "may", "might",
                    "must", "should", "shall"})
_ADVERBS = frozenset("not never also long often still now already sometimes even once again "
                     "ever always so much more most n't".split())
# what ends the complement's clause
_STOP = frozenset({",", ";", ":", "—", "–", "--", "(", ")"})


def unnamed_source(f: Frame) -> str:
    """The article's actor for claims whose source the text does not name: one per article, a
    generic actor, so that ``extract.scope`` gives it the id and label of its article alone
    ("unnamed source (article <id>)"), as it does for "officials" or the article's writer."""
    return f.reg.new("unnamed source", "group", generic=True)


def _adverb(toks, n: int) -> bool:
    return toks[n].low in _ADVERBS or adverb_at(toks, n)


def _group_start(toks, i: int) -> int:
    """Where the verb group ending at token ``i`` starts: back over forms of "be",
    auxiliaries and adverbs ("has sometimes been accused", "has long faced")."""
    while i > 0 and (toks[i - 1].low in _BE or toks[i - 1].low in _GROUP or _adverb(toks, i - 1)):
        i -= 1
    return i


def _clause_end(toks, k: int) -> int:
    """The first token from ``k`` that ends the clause (punctuation of _STOP or a full stop),
    or the sentence's length."""
    while k < len(toks) and toks[k].text not in _STOP and toks[k].text != ".":
        k += 1
    return k


def agentless(f: Frame, cue: Cue, i: int, k: int):
    """Cue token range, content offsets of an agentless passive of blame, regard or expectation
    at token ``i`` (the participle; ``k`` its end), or None."""
    toks = f.toks
    lemma = cue.lemma
    if lemma not in _BLAME and lemma not in _REGARD and lemma not in _EXPECT:
        return None
    w = toks[i].low
    if i == 0 or not (w.endswith("ed") or w in _IRREGULAR) or toks[i].cap:
        return None
    nxt = toks[k].low if k < len(toks) else ""
    if nxt == "by":
        return None  # an agent: forms.passive, or no claim
    p = i - 1
    while p > 0 and _adverb(toks, p):
        p -= 1
    if toks[p].low not in _BE:
        return None  # not a passive ("the widely panned debate", "Democrats accused")
    a = _group_start(toks, p)
    if a == 0:
        return None  # no subject
    end_ok = False
    if lemma in _EXPECT:
        if nxt != "to":
            return None  # "is expected to win"; not "as expected", "is reported"
    elif lemma in _REGARD:
        if nxt == "as":
            k += 1
        elif lemma not in _BARE or nxt in _STOP or nxt in ("that", ".", ""):
            return None  # "being seen", "is considered that": no view of the subject
    elif nxt in _BLAME[lemma] and not (k + 1 < len(toks) and toks[k + 1].low in _SPANS):
        k += 1  # (not "celebrated for years": how long, not what for)
    elif nxt == "to":
        return None  # "was condemned to death": a sentence, not blame in words
    elif lemma in _PHYSICAL and not (lemma == "question" and any(
            t.low in ("not", "never", "n't") for t in toks[a:i])):
        return None  # "the convoy was attacked", "the suspect was questioned": no words
    else:
        end_ok = True  # "has never been questioned.": what is held is the subject's
    if not end_ok and (k >= len(toks) or toks[k].text in _STOP or toks[k].text == "."):
        return None  # nothing held of the subject after the cue
    e = _clause_end(toks, k)
    rel = next((n for n in range(a - 1, max(a - 5, 0) - 1, -1) if toks[n].low in _RELPRON
                or not toks[n].text.isalnum()), None)
    if rel is not None and toks[rel].low in _RELPRON:
        s = toks[rel].start  # "who (for years) was seen as": the relative pronoun is the subject
    else:
        subj = f.np_before(a)
        if subj is None and e == k:
            return None
        s = toks[subj[0]].start if subj is not None else toks[k].start
    return (a, k), (s, toks[max(e, k) - 1].end)


# verbs of undergoing blame ("faced criticism for", "drew fire over", "came under criticism"):
# the subject is blamed and the sentence does not say by whom
_UNDERGO = frozenset("face faces faced facing draw draws drew drawn drawing receive receives "
                     "received receiving attract attracts attracted attracting take takes took "
                     "taken taking".split())
_COME = frozenset({"come", "comes", "came", "coming"})
# nouns of blame undergone; "fire" and "heat" only with what they are for ("came under fire"
# alone is gunfire, "took the heat" a figure of speech)
_BLAME_NOUNS = frozenset({"criticism", "criticisms", "ridicule", "backlash", "condemnation",
                          "scorn", "derision", "flak", "flack", "fire", "heat"})
_ONLY_WITH_PREP = frozenset({"fire", "heat"})
_BLAME_PREPS = frozenset({"for", "over", "about"})
# what may stand between the verb and the noun: a determiner or a few adjectives
_NOUN_GAP_DETS = frozenset({"a", "an", "some", "much", "little", "more", "new", "fresh"})
_NOUN_GAP_STOP = frozenset("the his her its their our my your this that these those of for over "
                           "about from by to and or but in on at with as after".split())
_CLAUSE_OPENERS = frozenset("after when because since as that who which while before if "
                            "though although until".split())
_DETS_BEFORE = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
                          "'s", "’s", "this", "that"})


def undergone(f: Frame, i: int):
    """Cue token range, content offsets of "X faced criticism for Y" at token ``i`` (the verb;
    the content is Y, or X when nothing says what for), or None. Not when a source follows
    ("faced criticism from the unions"): that names who criticises."""
    toks = f.toks
    w = toks[i].low
    if toks[i].cap or i == 0 or toks[i - 1].low in _DETS_BEFORE:
        return None  # "in the face of criticism", a name
    j = i + 1
    if w in _COME:
        if j >= len(toks) or toks[j].low != "under":
            return None
        j += 1
    elif w not in _UNDERGO:
        return None
    n = j
    while n < len(toks) and n - j < 3 and toks[n].text.isalpha() and not toks[n].cap and (
            toks[n].low in _NOUN_GAP_DETS or (toks[n].low not in _NOUN_GAP_STOP
                                             and toks[n].low not in _BLAME_NOUNS)):
        n += 1
    if n >= len(toks) or toks[n].low not in _BLAME_NOUNS:
        return None
    k = n + 1
    prep = k < len(toks) and toks[k].low in _BLAME_PREPS
    if toks[n].low in _ONLY_WITH_PREP and not prep:
        return None
    e, named = k, True
    while e < len(toks) and toks[e].text not in _STOP and toks[e].text != ".":
        if toks[e].low in _CLAUSE_OPENERS:
            named = False  # "drew criticism after he said veterans suffer from PTSD"
        elif named and toks[e].low in ("from", "by") and toks[e - 1].low not in _BLAME_PREPS:
            return None  # the source is named: "faced criticism from the unions"
        e += 1
    a = _group_start(toks, i)
    if prep:
        if k + 1 >= e:
            return None
        return (a, k + 1), (toks[k + 1].start, toks[e - 1].end)
    subj = f.np_before(a) if a > 0 else None
    if subj is None:
        return None
    return (a, k), (toks[subj[0]].start, toks[subj[1] - 1].end)


# the words that can open an undergone-blame frame (claims.find_claims looks only at these)
UNDERGO_FIRSTS = _UNDERGO | _COME

# verbs of seeming: "X seems to Y" tells how X looks to someone the text does not name
SEEMING = frozenset({"seem"})


# what a question put to the subject opens with ("Asked whether ...", "When asked about ...")
_QUESTION_OPENERS = frozenset({"whether", "if", "how", "what", "why", "when", "who", "about",
                               "to"})


def asked_opening(f: Frame, i: int):
    """Cue token range, content offsets of a sentence-opening "Asked whether X, ..." ("When
    asked about X, she said ..."): someone the text does not name asked the subject of the
    main clause; the cue is "asked", the content the question up to its comma. Or None."""
    toks = f.toks
    if toks[i].low != "asked" or i + 1 >= len(toks) or toks[i + 1].low not in _QUESTION_OPENERS:
        return None
    if i > 1 or (i == 1 and toks[0].low not in _ASKED_OPENERS):
        return None
    e = _clause_end(toks, i + 1)
    if e >= len(toks) or toks[e].text != "," or e == i + 1:
        return None  # the question ends at the comma before the main clause
    if any(t.low == "by" for t in toks[i + 1:i + 3]):
        return None
    return (i, i + 1), (toks[i + 1].start, toks[e - 1].end)


# "it is unclear whether ...", "it should be obvious that ...": a judgment no one is named for
_IT_VERBS = frozenset({"is", "was", "'s", "’s", "remains", "remained", "seems", "seemed",
                       "becomes", "became"})
_IT_AUX = frozenset({"should", "would", "must", "may", "might", "has", "had", "have", "be",
                     "been", "become"})
_IT_ADJ = frozenset({"unclear", "clear", "obvious", "unknown", "apparent", "evident",
                     "uncertain", "known"})
_IT_ADV = frozenset({"still", "not", "also", "now", "already", "increasingly", "abundantly",
                     "pretty", "quite", "very", "less", "more", "far", "from", "n't"})
_IT_OPENERS = frozenset({"whether", "if", "how", "that", "why", "what", "who", "when", "where"})


def it_is_clear(f: Frame, i: int):
    """Cue token range, content offsets of "it is unclear whether X" / "Nor is it clear that
    X" at token ``i`` ("it" or "nor"): the cue runs from "it" (or "nor") to the adjective,
    the content from the clause's opening word to the end of its clause. Or None."""
    toks = f.toks
    n = len(toks)
    if toks[i].low == "nor":
        if not (i + 2 < n and toks[i + 1].low in ("is", "was") and toks[i + 2].low == "it"):
            return None
        j = i + 3
    elif toks[i].low == "it":
        if i > 0 and toks[i - 1].low in ("make", "makes", "made", "making", "find", "found",
                                         "keep", "kept", "consider", "considered"):
            return None  # "made it clear that": an object, the subject speaks
        j = i + 1
        while j < n and toks[j].low in _IT_AUX:
            j += 1
        if j > i + 1 and toks[j - 1].low in ("be", "been", "become"):
            pass  # "it should be obvious", "it has become clear"
        elif j < n and toks[j].low in _IT_VERBS:
            j += 1
        else:
            return None
    else:
        return None
    while j < n and toks[j].low in _IT_ADV:
        j += 1
    if j >= n or toks[j].low not in _IT_ADJ:
        return None
    k = j + 1
    c = k + 1 if k < n and toks[k].text == "," else k
    if c >= n or toks[c].low not in _IT_OPENERS:
        return None
    e = c + 1
    while e < n and toks[e].text not in (";", ".", ":") and toks[e].text not in ("—", "--"):
        e += 1
    if e == c + 1:
        return None
    return (i, k), (toks[c].start, toks[e - 1].end)
