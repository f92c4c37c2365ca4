"""Nested reports: which claims of a sentence are part of what another claim reports.

Owns :func:`prune_nested` (run on the claims :func:`extract.en.claims.find_claims` found in one
sentence), :func:`folds_inward` (whether a cue may fold into a report around it) and
:func:`opens_clause`. A subject that opens what a later claim reports heads no claim ("The plan
will fail, officials said"); what "X said A and warned B" reports ends where the coordinated cue
begins; a belief, feeling, wish or plan, a free relative of naming ("what he called a breach")
or a cue without a clause or quotation of its own inside what say/tell/add reports is part of
that claim; so is a plain report inside what "according to" relays, and a pronoun's adverbial
clause ("because they needed B"). Kept as claims of their own: cues with their own that-clause,
colon or quotation, and cues with their own subject after ", though/but/and" or ";".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.en.forms import _DASHES
from extract.en.lexicon import Cue, Lexicon
from extract.en.light import LIGHT_CUE
from extract.en.phrases import _AUX, _NEG, _OPEN_Q, _PRONOUNS, _SOURCE_PHRASES
from extract.en.text import Token, token_at, token_from

if TYPE_CHECKING:
    from extract.en.claims import RawClaim

__all__ = ["folds_inward", "opens_clause", "prune_nested"]


def prune_nested(out: list[RawClaim], inner: list[RawClaim], toks: tuple[Token, ...],
                 lex: Lexicon) -> list[RawClaim]:
    """The claims of one sentence without those that are part of another's report; ``inner``
    are the claims whose cue may fold into a report around it (:func:`folds_inward`). May
    shorten contents in place (a coordinated cue ends the content before it)."""
    _drop_reported(out, toks)
    drop = _cut_at_next_cue(toks, out)
    drop |= {id(c) for c in inner if _nested(c, out) and not _own_clause(toks, c)}
    if len(out) > 1:  # "He said they asked for the files": one claim
        drop |= {id(c) for c in out if c.lemma != "say" and not _clausal(toks, c)
                 and not _own_clause(toks, c) and c.lemma not in _SOURCE_PHRASES
                 and _nested(c, out, _SAY_CLASS)}
    if drop:
        out = [c for c in out if id(c) not in drop]
    if len(out) > 1:  # (inside the content of a claim that stays)
        # "X said A, according to Z": what Z relays is one claim, Z's (a speech act that is a
        # stance keeps its claim, as in _drop_reported: "X urged Y, according to Z");
        # "X said A because they needed B": a pronoun's adverbial clause inside what a claim
        # reports is part of it
        drop = {id(c) for c in out if (
            c.lemma not in _SOURCE_PHRASES and _nested(c, out, _SOURCE_PHRASES)
            and not any(t.low in lex.triggers for t in toks if c.cue[0] <= t.start < c.cue[1])
        ) or (_subordinate_pronoun(toks, c) and _nested(c, out))}
        out = [c for c in out if id(c) not in drop]
    return out


def folds_inward(cue: Cue, toks: tuple[Token, ...], h: int) -> bool:
    """Whether the claim of ``cue`` (its verb group starting at token ``h``) is part of a report
    around it when it lies in one: a belief, feeling, wish or plan whose subject is not a
    relative clause's own ("which she plans to"), or a free relative of naming."""
    attitude = "attitude" in cue.flags or cue is LIGHT_CUE
    return (attitude and not _rel_subject(toks, h)) or (
        cue.lemma in _NAMING and _free_relative(toks, h))


# the plain verbs of saying (and a speaker's colon): what they report is one claim, and a cue
# inside it that brings no clause or quotation of its own ("he said they asked for the files")
# is part of it
_SAY_CLASS = frozenset({"say", "tell", "add", ":"})


def _clausal(toks: tuple[Token, ...], c: RawClaim) -> bool:
    """The claim's content is a that-clause, a quotation or what follows a colon."""
    return opens_clause(toks, c.content[0])


def opens_clause(toks: tuple[Token, ...], start: int) -> bool:
    n = token_from(toks, start)
    if n is None:
        return False
    return toks[n].text in _OPEN_Q or (n > 0 and (
        toks[n - 1].low in ("that", ":") or toks[n - 1].text in _OPEN_Q
        or (toks[n].text == "''" and toks[n - 1].text in _DASHES | {"--"})))


# conjunctions (and a semicolon) that open a clause of its own after what a verb of saying
# reports ("X said A, and Y accused Z", "X said A, though she noted B", "X said A; they knew B")
_CLAUSE_LINKS = frozenset({"and", "but", "though", "although", "while", "whereas", "yet", ";"})


def _own_clause(toks: tuple[Token, ...], c: RawClaim) -> bool:
    """A cue with a subject of its own (a name or a pronoun) after "and", "but", "though"
    ("X said A, and Democrats accused ...", "though she noted ...") opens a new clause, which
    is not part of what the verb of saying before it reports."""
    n = token_at(toks, c.cue[0])
    if n is None or n == 0:
        return False
    if c.speaker_mention is None or c.speaker_mention[1] > c.cue[0]:
        return False
    a = token_at(toks, c.speaker_mention[0])
    if a is None or a == 0 or toks[a - 1].low not in _CLAUSE_LINKS or not (
            toks[a].cap or toks[a].low in _PRONOUNS or (  # "though critics consider"
                toks[a].end == c.speaker_mention[1] and toks[a].low.endswith("s")
                and toks[a].text.isalpha())):
        return False  # a name or a pronoun opens the subject (not "and a big reason for")
    return all(t.low in _AUX or t.low in _NEG or t.low in ("'s", "does", "do", "did")
               for t in toks if c.speaker_mention[1] <= t.start < c.cue[0])


# conjunctions that open an adverbial clause (reason, condition, concession, time)
_SUBORDINATORS = frozenset("because since if unless though although while whereas when whenever "
                           "as after before once until".split())


def _subordinate_pronoun(toks: tuple[Token, ...], c: RawClaim) -> bool:
    """"because they needed to defend", "if they did not confirm", "when he initially
    claimed": the cue's subject is a pronoun right after a subordinating conjunction, so the
    cue heads an adverbial clause of the sentence rather than a report of its own."""
    if c.speaker_mention is None or c.speaker_mention[1] > c.cue[0]:
        return False
    a = token_at(toks, c.speaker_mention[0])
    return a is not None and a > 0 and toks[a].end == c.speaker_mention[1] \
        and toks[a].low in _PRONOUNS and toks[a - 1].low in _SUBORDINATORS


# verbs of naming: "what he called a breach" names a thing inside the sentence ("what the
# senators said was ...", "what analysts described as ..." still report a claim)
_NAMING = frozenset({"call", "dub", "label", "term", "brand"})


def _rel_subject(toks: tuple[Token, ...], h: int) -> bool:
    """"which she plans to", "what I always knew": a relative pronoun, then the cue's own
    subject: a belief or plan there is the subject's own claim, not part of the outer one."""
    for p in range(h - 1, max(h - 5, 0) - 1, -1):
        if toks[p].low in ("which", "what"):
            return p < h - 1
        if not toks[p].text.isalpha():
            return False
    return False


def _free_relative(toks: tuple[Token, ...], h: int) -> bool:
    """"what he called a breach", "what analysts described as": the cue's subject follows
    "what", so the clause names a thing inside the sentence rather than stating a claim."""
    for p in range(h - 1, max(h - 6, 0) - 1, -1):
        if toks[p].low == "what":
            return p < h - 1
        if not (toks[p].text.isalpha() or toks[p].low in ("'s", "’s")) or toks[p].low in (
                "that", "who", "which"):
            return False
    return False


def _nested(c: RawClaim, claims: list[RawClaim], outer: frozenset[str] | None = None) -> bool:
    """Whether ``c``'s cue lies inside the content of another claim (one whose lemma is in
    ``outer``, when given). "He said she plans to run", "condemned what he called a breach":
    a belief, feeling or plan, or a free relative, there is part of what that speaker says,
    not a claim of its own."""
    return any(d is not c and d.content[0] <= c.cue[0] < d.content[1]
               and (outer is None or d.lemma in outer) for d in claims)


def _drop_reported(claims: list[RawClaim], toks: tuple[Token, ...]) -> None:
    """"The plan will fail, officials said.": a subject that opens what a later claim of the
    sentence reports heads no claim of its own (its verb is part of that content), as one that
    opens an earlier claim's content does (:func:`extract.en.verbframe.verb_frame`). Kept: a
    source phrase's report ("X rejected Y, according to Z": what Z relays X did) and a verb
    coordinated with one ("X rejected Y and accused Z, an official said"), whose stance needs
    the claim for its holder."""
    def reported(c: RawClaim) -> bool:
        return c.speaker_mention is not None and any(
            d is not c and d.cue[0] >= c.cue[1] and d.content[0] == c.speaker_mention[0]
            and d.content[0] <= c.cue[0] < d.content[1] and d.lemma not in _SOURCE_PHRASES
            for d in claims)

    def coordinated(c: RawClaim) -> bool:
        return any(c.speaker_mention[1] <= t.start < c.cue[0] and t.low in ("and", "but")
                   for t in toks)
    if len(claims) > 1:
        claims[:] = [c for c in claims if not reported(c) or coordinated(c)]


def _cut_at_next_cue(toks: tuple[Token, ...], claims: list[RawClaim]) -> set[int]:
    """"X said A and warned B": A ends where the coordinated cue begins, as it does before
    ", though she acknowledged B" (a speaker and cue after a comma and a conjunction). A bare
    verb after "and" where the cue before is inflected ("urged X to A and consider B", "said
    it could hurt A and suggest B") continues what is reported: A does not end there, and the
    ids of such claims are returned (they are part of the content)."""
    inside: set[int] = set()
    for c in claims:
        for d in claims:
            if d is c or not c.content[0] < d.cue[0] < c.content[1]:
                continue
            if _bare_after_and(toks, d, c):
                inside.add(id(d))
                continue
            k = (token_at(toks, d.cue[0]) or 0) - 1
            while k > 0 and toks[k].low in _AUX:
                k -= 1
            links = ("and", "but")
            if _own_clause(toks, d):  # "X said A, though she noted B": A ends before "though"
                k = token_at(toks, d.speaker_mention[0]) - 1
                links = _CLAUSE_LINKS
            if toks[k].text == "," and d.speaker_mention == c.speaker_mention \
                    and d.speaker_mention is not None and d.speaker_mention[1] < c.cue[0]:
                links = (",",)  # "X suggested A, talked of B": A ends at the comma
            if k <= 0 or toks[k].low not in links or toks[k].start <= c.content[0]:
                continue
            while k > 0 and toks[k - 1].text in {",", ";"} and toks[k - 1].start > c.content[0]:
                k -= 1
            c.content = (c.content[0], toks[k - 1].end)
    return inside


def _bare_after_and(toks: tuple[Token, ...], d: RawClaim, c: RawClaim) -> bool:
    """``d``'s cue is a bare verb right after "and" ("... and consider B") while ``c``'s cue
    verb is inflected ("urged", "said", "points out"): ``d`` shares no subject with ``c`` and
    goes on with the infinitive or modal verb inside ``c``'s content."""
    n = token_at(toks, d.cue[0])
    m = token_at(toks, c.cue[0])
    if n is None or m is None or n == 0 or toks[n - 1].low != "and" or c.cue[1] > d.cue[0]:
        return False
    while m < len(toks) - 1 and toks[m].low in _AUX:
        m += 1
    return toks[n].low == d.lemma.split()[0] and toks[m].low != c.lemma.split()[0] \
        and toks[m].text.isalpha() and toks[m].low not in _AUX


