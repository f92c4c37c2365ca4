"""English stances: PLOVER-typed, signed acts of one actor towards another.

Owns :func:`find_stances` for one sentence. Triggers come from ``data/stances.tsv``; the holder
is the subject actor before the trigger (the speaker, for "X said Y must ..."), the target the
first actor after it in the same clause. A trigger whose flag is ``complement`` ("agreed to",
"threatened to", "refused to", "demanded that") governs the action after it, which is then
not a stance of its own; future or promised actions become AGREE (cooperative) or THREATEN
(hostile, or with "unless"); negation cancels a hostile act and turns a friendly one against.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from extract.en.actors import Mention
from extract.en.claims import RawClaim
from extract.en.dates import find_date
from extract.en.lexicon import Lexicon, Trigger
from extract.en.text import Sentence, Token

__all__ = ["RawStance", "find_stances"]

_NEG = frozenset({"not", "n't", "never", "no", "without"})
_FUTURE = frozenset({"will", "would", "'ll", "shall", "plans", "plan", "planned", "intends",
                     "intend", "intended", "going", "expected"})
_PREP = frozenset({"of", "in", "to", "from", "with", "against", "on", "by", "for", "at", "into",
                   "near", "throughout", "across", "over", "between", "among", "toward",
                   "towards", "inside", "outside", "within", "under", "through", "about"})
_CLAUSE = frozenset({";", "but", "while", "whereas", "although", "though", "which", "who",
                     "whom", "after", "before", "when", "because", "as", "since", "until"})
_COOPERATIVE = frozenset({"AID", "COOPERATE", "SUPPORT", "CONCEDE", "RETREAT", "CONSULT"})
_HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
_PASSIVE = frozenset({"was", "were", "been", "being", "be", "is", "are"})


@dataclass
class RawStance:
    holder: str
    target: str | None
    holder_mention: tuple[int, int] | None
    target_mention: tuple[int, int] | None
    type: str
    polarity: int
    trigger: tuple[int, int]
    claim: int | None  # index into the sentence's claims
    date: str | None
    negated: bool
    confidence: float


def _match(toks: tuple[Token, ...], i: int, lex: Lexicon) -> tuple[Trigger, int] | None:
    """The longest trigger starting at token ``i``: (trigger, index past its last token).

    A one-word verb entry is not read where the word is a noun ("her support for", "of
    attacks", "the shooting death"); a noun entry for the same word is used instead."""
    hits = []
    for trig in lex.triggers.get(toks[i].low, ()):
        j = _fit(toks, i, trig.pattern)
        if j is not None:
            hits.append((trig, j))
    if not hits:
        return None
    longest = max(j for _, j in hits)
    hits = [h for h in hits if h[1] == longest]
    verbs = [h for h in hits if h[0].source.startswith("~") and "noun" not in h[0].flags]
    nouns = [h for h in hits if h not in verbs]
    if verbs and not (longest == i + 1 and _noun_here(toks, i)):
        return verbs[0]
    return nouns[0] if nouns else None


def _noun_here(toks, i: int) -> bool:
    if i == 0:
        return False
    w, prev = toks[i].low, toks[i - 1].low
    if w.endswith(("ed", "en")):
        return False
    if prev in _NP_INNER or prev in ("'s", "’s") or prev[:1].isdigit():
        return True
    if w.endswith("ing"):
        return False
    return prev in _PREP and prev != "to"


def _fit(toks, i, pattern) -> int | None:
    j = i
    slots = list(pattern)
    k = 0
    while k < len(slots):
        slot = slots[k]
        if slot is None:
            nxt = slots[k + 1]
            for gap in range(0, 4):
                if j + gap < len(toks) and toks[j + gap].low in nxt:
                    j += gap
                    break
            else:
                return None
            k += 1
            continue
        if j >= len(toks) or toks[j].low not in slot:
            return None
        j += 1
        k += 1
    return j


def _inside(span: tuple[int, int], pos: int) -> bool:
    return span[0] <= pos < span[1]


def find_stances(text: str, sent: Sentence, mentions: list[Mention], claims: list[RawClaim],
                 lex: Lexicon, quotes: list[tuple[int, int]], *, published: str | None,
                 armed: Callable[[str], bool] = lambda actor: True) -> list[RawStance]:
    """Stances of one sentence; ``armed(actor)`` tells whether an actor can use force (a
    politician who "attacked" a rival did so in words)."""
    toks = sent.tokens
    found: list[tuple[int, int, Trigger]] = []
    i = 0
    triggers = lex.triggers
    while i < len(toks):
        if toks[i].low not in triggers:  # no trigger starts here (most words)
            i += 1
            continue
        if any(q[0] < toks[i].start < q[1] - 1 for q in quotes):
            i += 1
            continue
        hit = _match(toks, i, lex)
        if hit is None or any(m.i <= i < m.j for m in mentions if m.how != "pronoun"):
            i += 1
            continue
        if hit[0].type != "NONE":  # a blocking entry ("seize on") hides its words
            found.append((i, hit[1], hit[0]))
        i = hit[1]
    out: list[RawStance] = []
    governed_until = -1
    last_kept: int | None = None
    for i, j, trig in found:
        # a reporting cue is a stance only when it is a speech act of its own (urged, accused)
        cue_claim = next((n for n, c in enumerate(claims)
                          if c.cue[0] <= toks[i].start < c.cue[1]), None)
        # a speech act with a claim of its own ("rejected the sanctions and accused X of …")
        # is not the object of the act before it
        own_claim = cue_claim is not None and "verbal" in trig.flags
        if not own_claim and (i < governed_until or (
                last_kept is not None and not _new_clause(toks, last_kept, i, mentions))):
            continue
        st = _stance(text, sent, i, j, trig, mentions, claims, cue_claim, published, armed)
        if st is None:
            continue
        out.append(st)
        last_kept = j
        if "complement" in trig.flags:
            governed_until = _clause_end(toks, j)
    return out


def _new_clause(toks, a: int, b: int, mentions: list[Mention]) -> bool:
    """Whether tokens [a, b) open a new clause with a subject of its own."""
    boundary = next((k for k in range(a, b) if toks[k].low in _CLAUSE
                     or (toks[k].text == "," and k + 1 < b and toks[k + 1].low == "and")), None)
    if boundary is None:
        return False
    return any(boundary < m.i < b for m in mentions)


def _clause_start(toks, i: int, floor: int) -> int:
    """Offset where the clause of token ``i`` begins (not before ``floor``)."""
    for k in range(i - 1, -1, -1):
        t = toks[k]
        if t.start < floor:
            break
        if t.low in _CLAUSE or t.low == "that" or (t.low == "and" and k > 0
                                                     and toks[k - 1].text == ","):
            return t.end
    return floor


def _clause_end(toks, j: int) -> int:
    for k in range(j, len(toks)):
        if toks[k].low in (";",) or toks[k].text in (".",):
            return k
    return len(toks)


def _stance(text, sent, i, j, trig, mentions, claims, cue_claim, published,
            armed) -> RawStance | None:
    toks = sent.tokens
    pos = toks[i].start
    # the region the act belongs to: a claim's content, or the sentence
    region = (sent.start, sent.end)
    owner = None
    for n, c in enumerate(claims):
        if _inside(c.content, pos):
            region, owner = c.content, n
            break
    before = [m for m in mentions if m.j <= i and m.actor and region[0] <= m.start]
    stop = next((k for k in range(j, len(toks)) if toks[k].low in _CLAUSE
                 or toks[k].text in {",", ".", "!", "?", "—"}), len(toks))
    after = [m for m in mentions if j <= m.i < stop and m.actor and m.end <= region[1]]
    if cue_claim is not None:
        after = [m for m in after if m.end <= claims[cue_claim].content[1]]
    participle = toks[i].low.endswith(("ed", "en"))
    passive = participle and i > 0 and (toks[i - 1].low in _PASSIVE or (
        j < len(toks) and toks[j].low == "by" and not toks[i - 1].cap))  # "a fine imposed by"
    holder = target = None
    if "noun" in trig.flags:
        # "Russian attacks", "Turkey's offensive", "attacks by the army"
        k = i - 1 if i > 0 and toks[i - 1].low in ("'s", "’s") else i
        attached = [m for m in mentions if m.actor and (m.j == k or (
            m.j == k - 1 and toks[k - 1].cap and m.how in ("demonym", "name")))]
        agent = [m for m in mentions if m.actor and m.i == j + 1 and toks[j].low == "by"]
        holder = attached[-1] if attached else agent[0] if agent else None
        if holder is None and _is_object(toks, i):  # "staged demonstrations", "extend the curfew"
            holder = _subject(toks, i, before, region)
        target = next((m for m in after if holder is None or m.actor != holder.actor), None)
    elif trig.source in ("must", "~ought to") and owner is not None:
        c = claims[owner]
        holder = _pseudo(c.speaker, c.speaker_mention)
        target = before[-1] if before else None
    elif passive:
        agent = [m for m in mentions if m.i >= j and m.actor and m.end <= region[1]
                 and toks[m.i - 1].low == "by"]
        holder = agent[0] if agent else None
        target = before[-1] if before else None
    else:
        holder = _subject(toks, i, before, region)
        if holder is None and cue_claim is not None:
            c = claims[cue_claim]
            holder = _pseudo(c.speaker, c.speaker_mention)
        target = next((m for m in after if holder is None or m.actor != holder.actor), None)
    if holder is None and owner is not None and cue_claim is None and not before:
        # "X plans to impose ...", "X issued an ultimatum to ...": the act opens the content of
        # X's claim (no subject of its own), so X holds it
        c = claims[owner]
        lead = [t.low for t in toks if c.content[0] <= t.start < pos]
        if len(lead) <= 3 and all(w in ("to", "a", "an", "the") for w in lead):
            holder = _pseudo(c.speaker, c.speaker_mention)
            if target is not None and target.actor == holder.actor:
                target = None
    if holder is None:
        return None
    if target is not None and (target.actor == holder.actor or (
            trig.type == "REJECT" and not _rejected_thing(toks, j, target.i))):
        target = None
    if target is None and holder.partner:  # "the two leaders discussed ..."
        target = Mention(holder.start, holder.end, holder.i, holder.j, holder.partner, "pair")
    if target is None and holder.j >= 0:  # "Putin and Erdogan discussed ...": each other
        target = next((m for m in mentions if m.actor and m.actor != holder.actor
                       and m.i == holder.j + 1 and m.j <= i and toks[holder.j].low == "and"),
                      None)
    type_, pol = trig.type, trig.polarity
    if "speech" in trig.flags and not armed(holder.actor) and (
            target is None or not armed(target.actor)):
        type_ = "ACCUSE"  # "Trump attacked Clinton": words, not force
    window = [t.low for t in toks[max(0, i - 4):i]]
    negated = any(w in _NEG for w in window[-3:]) or (
        len(window) >= 2 and window[-2:] == ["no", "longer"])
    if "intent" not in trig.flags and type_ not in ("REQUEST", "REJECT", "THREATEN", "AGREE"):
        future = any(w in _FUTURE for w in window) or (
            len(window) >= 2 and window[-1] == "to" and window[-2] in ("ready", "willing",
                                                                        "prepared"))
        cond = any(t.low in ("unless", "if") for t in toks[j:])
        if future and not negated and (type_ in _HOSTILE or cond):
            type_, pol = "THREATEN", -1
        elif future and not negated and type_ in _COOPERATIVE:
            type_ = "AGREE"
    if negated:
        pol = 0 if pol < 0 else -1
    tm = (target.start, target.end) if target else None
    return RawStance(
        holder=holder.actor, target=target.actor if target else None,
        holder_mention=(holder.start, holder.end) if holder.end > holder.start else None,
        target_mention=tm, type=type_, polarity=pol, trigger=(toks[i].start, toks[j - 1].end),
        claim=cue_claim if cue_claim is not None and "verbal" in trig.flags else owner
        if trig.source in ("must", "~ought to") else cue_claim,
        date=find_date(text, sent.start, sent.end, published=published, anchor=pos),
        negated=negated, confidence=0.6 if target else 0.5,
    )


_NOT_OBJECT = frozenset("that to in into from at with on by for about".split())


def _rejected_thing(toks, j: int, m: int) -> bool:
    """Whether the actor at token ``m`` names what is rejected, or whose it is ("rejected the US
    proposal", "denied Russia's claims"), rather than someone inside a denied act ("denied that
    Iran sent …", "denied sending drones to Russia")."""
    return not any(t.low in _NOT_OBJECT or (t.low.endswith("ing") and len(t.low) > 4)
                   for t in toks[j:m])


_NP_INNER = frozenset("the a an its their his her our several new more further fresh renewed "
                      "mass joint major first second".split())


def _is_object(toks, i: int) -> bool:
    """Whether the noun phrase ending in token ``i`` follows a verb (its object), not a
    preposition ("concerned by the attacks") nor the start of the clause ("Clashes erupted")."""
    k = i
    while k > 0 and i - k < 4 and (toks[k - 1].low in _NP_INNER or toks[k - 1].text[:1].isdigit()
                                   or (toks[k - 1].low.isalpha() and not toks[k - 1].cap
                                       and toks[k - 1].low.endswith(("al", "ic", "ary", "ive",
                                                                     "-day", "ian", "ous")))):
        k -= 1
    if k == 0:
        return False
    prev = toks[k - 1]
    return prev.low.isalpha() and not prev.cap and prev.low not in _PREP | _CLAUSE | {
        "by", "and", "or", "that", "the", "a", "an", "of"}


def _subject(toks, i: int, before: list[Mention], region: tuple[int, int]) -> Mention | None:
    """The clause's subject: its first actor not governed by a preposition."""
    clause = _clause_start(toks, i, region[0])
    subj = [m for m in before if not (m.i > 0 and toks[m.i - 1].low in _PREP)]
    in_clause = [m for m in subj if m.start >= clause]
    return in_clause[0] if in_clause else subj[-1] if subj else (
        before[-1] if before else None)


def _pseudo(actor: str, span: tuple[int, int] | None) -> Mention:
    s, e = span if span else (0, 0)
    return Mention(s, e, -1, -1, actor, "speaker")
