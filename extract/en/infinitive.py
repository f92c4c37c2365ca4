"""Reporting cues inside a to-infinitive: whose words they are and how far the cue reaches.

Owns :func:`infinitive_cue`. A cue verb after "to" is the content of a claim only when the
words before "to" say who speaks (in attribution annotation the cue then takes in the verbs
that carry the infinitive):

- a catenative verb or adjective shares its subject: "He went on to say", "tried to argue",
  "appeared to suggest", "was able to tout", "had to reject", "is quick to note": the cue
  runs from the catenative verb (its auxiliaries are added later) to the cue verb, and the
  subject before it is the speaker;
- a verb of causing puts its object in the speaker's place: "prompted Republicans to rebuke",
  "led many to assume"; and so does "for": "for Trump to tweet": the cue is "to rebuke".

Nouns before "to" ("his decision to endorse", "the right to say") give no speaker, so the
cue stays unused, as before.
"""

from __future__ import annotations

from extract.en.lexicon import Cue
from extract.en.phrases import _PRONOUNS, Frame, after_cue
from extract.en.text import Token

__all__ = ["infinitive_cue", "object_frame"]


def _forms(*lemmas: str) -> frozenset[str]:
    """Regular forms of verbs (the lemma, -s, -ed/-d, -ing) plus the irregular ones given
    after a slash ("go/went/gone/goes/going")."""
    out: set[str] = set()
    for entry in lemmas:
        lemma, *irregular = entry.split("/")
        out.add(lemma)
        out.update(irregular)
        if irregular:
            continue
        if lemma.endswith("y") and lemma[-2] not in "aeiou":
            out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
        elif lemma.endswith("e"):
            out |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
        else:
            out |= {lemma + "s", lemma + "ed", lemma + "ing"}
    return frozenset(out)


# verbs whose subject is the subject of the infinitive after them (catenative verbs of
# general English grammar: trying, seeming, beginning, managing, needing, ...)
_CATENATIVE = _forms(
    "try", "attempt", "manage", "appear", "seem", "continue", "begin/began/begun/begins/beginning",
    "start", "need", "struggle", "rush", "hurry", "move", "tend", "prepare", "dare",
    "choose/chose/chosen/chooses/choosing", "strive", "endeavor", "endeavour", "hesitate",
    "have/has/had/having", "use", "get/got/gotten/gets/getting", "come/came/comes/coming",
    "go/went/gone/goes/going", "take/took/taken/takes/taking", "step", "wait", "bother",
    "proceed", "resolve", "long", "yearn", "wish", "deserve", "ought", "happen")
# what may stand between such a verb and "to": "went on to say", "came forward to tell",
# "stepped up to oppose", "has yet to explain"; "took to Twitter to" is left out (an object
# in between)
_PARTICLES = frozenset({"on", "forward", "up", "out", "ahead", "back", "so", "far", "as", "yet"})
# adjectives (after a form of "be") whose subject is the infinitive's: "was able to tout"
_CATENATIVE_ADJ = frozenset(
    "able unable quick slow willing unwilling ready eager keen reluctant loath loth likely "
    "unlikely sure certain careful careless quick happy glad sorry afraid prepared set "
    "determined bound due free hesitant anxious desperate poised about apt inclined "
    "expected".split())
# verbs of causing and enabling whose object does what the infinitive says
_CAUSATIVE = _forms(
    "prompt", "lead/led/leads/leading", "cause", "force", "drive/drove/driven/drives/driving",
    "inspire", "spur/spurred/spurs/spurring", "compel/compelled/compels/compelling",
    "move", "provoke", "persuade", "convince", "push", "motivate", "pressure", "tempt",
    "embolden")
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "'m", "am"})
_NP_STOP = frozenset({",", ";", ":", "(", ")", "that", "which", "who", "and", "or", "but",
                      "to", "for", "with", "by", "in", "on", "at", "from", "as"})


def _adverb(t: Token) -> bool:
    return t.low.endswith("ly") and len(t.low) > 4 and not t.cap and t.text.isalpha()


def infinitive_cue(f: Frame, cue: Cue, i: int) -> tuple[str, int, tuple[int, int] | None] | None:
    """Where the cue at token ``i`` ("say" in "went on to say") starts and who speaks:
    ``("shared", m, None)``: the cue starts at token ``m`` and the subject before it speaks
    (the caller reads it as a verb frame from ``m``); ``("object", m, (a, b))``: the cue
    starts at "to" (``m``) and tokens ``[a, b)`` name the speaker. None when the words before
    "to" name no speaker, or the cue word is not a bare verb here."""
    toks = f.toks
    if cue.kind != "verb" or toks[i].low != cue.lemma.split()[0] or toks[i].cap or (
            i + 1 < len(toks) and toks[i + 1].low == "up" and toks[i].low == "show"):
        return None  # ("failed to show up")
    t = i - 1
    if t > 0 and _adverb(toks[t]):
        t -= 1  # "to consistently tout"
    if t < 1 or toks[t].low != "to":
        return None
    p = t - 1
    while p > 0 and toks[p].low in _PARTICLES and p >= t - 2:
        p -= 1  # "went on to", "came forward to", "stepped up to"
    w = toks[p].low
    if w in _CATENATIVE and not toks[p].cap:
        if p == t - 1 and w in ("go", "goes", "went", "gone", "going", "take", "takes", "took",
                                "taken", "taking", "get", "gets", "got", "gotten", "getting"):
            return None  # "went to say" is a movement, "took to Twitter to" has a place
        return "shared", p, None
    if w in _CATENATIVE_ADJ and p > 0 and (toks[p - 1].low in _BE or (
            p > 1 and _adverb(toks[p - 1]) and toks[p - 2].low in _BE)):
        return "shared", p, None
    if w == "for" or w in _PRONOUNS:
        return None
    # an object between a verb of causing and "to": "prompted Republicans to", "led many to"
    b = t
    a = b
    while a > 0 and b - a < 8 and toks[a - 1].low not in _NP_STOP and toks[a - 1].low not in (
            _CAUSATIVE) and (toks[a - 1].text[:1].isalnum() or toks[a - 1].low in ("'s", "’s")):
        a -= 1
    if a == b or a == 0:
        return None
    if toks[a - 1].low in _CAUSATIVE:
        return "object", t, (a, b)
    if toks[a - 1].low == "for" and b - a <= 5:
        return "object", t, (a, b)  # "only for Trump to tweet", "For a candidate to believe"
    return None


def object_frame(f: Frame, cue: Cue, t: int, k: int, np: tuple[int, int]):
    """The claim of "prompted Republicans to rebuke X": the speaker named by tokens ``np``,
    the cue "to rebuke" (tokens ``t`` to ``k``) and the words after it; in the tuple the verb
    frames give (speaker, cue, speaker tokens, content, addressee, direct, via), or None."""
    toks = f.toks
    spk, a, b = f.actor_in(*np)
    if spk is None or k >= len(toks):
        return None
    c0 = after_cue(toks, k)
    if c0 >= len(toks) or toks[c0].text in {".", "!", "?"}:
        return None
    cs, ce = toks[c0].start, f.sent.end
    if toks[0].low in _OPENING_PREPS and a <= 2:
        # "With polls showing her ahead, Clinton seeks ...": what the opener's noun phrase
        # says ends at the comma that closes the opener
        comma = next((n for n in range(c0 + 1, len(toks)) if toks[n].text == ","), None)
        if comma is not None:
            ce = toks[comma - 1].end
    q = f.in_quote(cs)
    if q and q[1] > ce:
        ce = q[1]
    return spk, (t, k), (a, b), (cs, ce), None, bool(q) and q[0] == cs, None


# prepositions opening a sentence with a noun phrase and its -ing verb ("With polls showing")
_OPENING_PREPS = frozenset({"with", "amid", "despite"})
