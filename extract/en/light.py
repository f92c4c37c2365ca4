"""Attributions carried by a light verb and a noun of speech or attitude: "made the case for",
"raised questions about", "took issue with", "is a staunch opponent of", "has concerns about",
"has no illusions about".

Owns :func:`light_cue` and :func:`attitude_cue` (a linking verb, "get" among them, with an
adjective of feeling or belief or an emotion participle and what it governs: "were increasingly
nervous about", "is convinced that", "have been unsettled by", "gets agitated over"). The
verb alone says little ("made", "is", "took"); with a noun of saying, asking, judging or
taking sides as its object (or, after "be", as what the subject is) it is a reporting
predicate, and attribution annotation marks the whole predicate as the cue, with the
preposition the noun governs. The caller reads the usual verb frame from the light verb: its
subject speaks, and what follows the cue is the content.

Also owns :func:`role_frame`: a sentence opening with such a role noun set off before its
subject ("A passionate defender of RT, Mr. Schultz said ...") says the subject takes that side.

Also owns two frames read the same way whose verb is the whole cue: :func:`issued_cue` (a verb
of issuing or sending with a document as its object: "sent a letter", "unleashed a series of
tweets") and :func:`as_cue` (a verb that presents its object as something: "painted Romney
as"; "as X put it"; "would like").
"""

from __future__ import annotations

from extract.en.infinitive import _forms
from extract.en.lexicon import Cue
from extract.en.phrases import _CUE_AUX, _DATE_WORDS, _OPEN_Q, Frame
from extract.en.reduced import ISSUED, issuer_across
from extract.en.text import Token

__all__ = ["LIGHT_CUE", "LIGHT_FIRSTS", "as_cue", "attitude_cue", "issued_cue", "light_cue",
           "role_frame"]

# light verbs and the nouns of speech or attitude they take as objects (general English
# collocations: make a case, raise questions, take issue, voice concern, level charges)
_SPEECH_NOUNS = frozenset(
    "case point argument arguments claim claims comment comments remark remarks statement "
    "statements announcement announcements pledge pledges promise promises vow vows threat "
    "threats appeal appeals plea pleas call calls request requests demand demands accusation "
    "accusations allegation allegations charge charges prediction predictions suggestion "
    "suggestions proposal proposals pitch warning warnings complaint complaints objection "
    "objections criticism criticisms attack attacks insult insults jab jabs swipe swipes dig "
    "digs shot shots endorsement praise speech speeches assessment verdict explanation "
    "response reply defense defence rebuttal denial denials apology admission confession "
    "concession announcement case message pronouncement pronouncements reference references "
    "mention note observation overture offer questions question concerns concern doubts "
    "doubt issue objection reservations misgivings alarm aim offense offence stand position "
    "stance view views opinion opinions interest support opposition decision determination "
    "condemnation clear".split())
_LIGHT = _forms("make/made/makes/making", "raise", "give/gave/given/gives/giving", "issue",
                "deliver", "sound", "lodge", "level/leveled/levelled/levels/leveling/levelling",
                "launch", "mount", "register", "renew", "lob", "hurl",
                "throw/threw/thrown/throws/throwing", "lend/lent/lends/lending")
# nouns of a feeling or belief held, with the preposition of what it is about, after "have"
# ("has no illusions about", "had little faith in", "have no patience for": general English
# have + attitude-noun collocations, FrameNet Emotion_directed / Trust / Opinion nouns)
_HELD = frozenset(
    "illusions illusion faith confidence hopes respect patience qualms sympathy regrets trust "
    "love affection disdain contempt admiration appetite stomach fondness distaste "
    "aversion".split())
# "in" is their preposition too ("faith in", "confidence in"), as for "interest in"
_IN_NOUNS = frozenset({"interest", "faith", "confidence", "trust"})
# verbs that take only a few of these nouns: "took issue with", "posed questions", "has doubts"
_NARROW = {
    **dict.fromkeys(_forms("take/took/taken/takes/taking"), frozenset(
        "issue aim offense offence stand position stance swipe swipes shot shots jab jabs dig "
        "digs".split())),
    **dict.fromkeys(_forms("pose"), frozenset({"question", "questions"})),
    **dict.fromkeys(_forms("have/has/had/having"), frozenset(
        "concerns concern doubts doubt questions reservations misgivings interest view views "
        "opinion opinions position stance".split()) | _HELD),
}
# what the subject is, after a form of "be": "is a staunch supporter of"
_ROLE_NOUNS = frozenset(
    "supporter supporters proponent proponents advocate advocates opponent opponents critic "
    "critics champion champions defender defenders fan fans skeptic skeptics sceptic sceptics "
    "backer backers believer believers foe foes detractor detractors voice voices cheerleader "
    "cheerleaders booster boosters".split())
_BE = frozenset({"is", "are", "was", "were", "been", "be", "being", "'s", "’s", "'re", "’re"})
# what may stand between the verb and the noun: determiners, adjectives, adverbs, numbers
_GAP_STOP = frozenset(
    "that which who to of for with about on in at by from as than or but ; : . ( ) "
    "he she they it we i you him them us me".split())
_GOVERNED = frozenset({"of", "for", "about", "on", "with", "at", "against", "to", "behind",
                       "over", "toward", "towards"})
# a verb form right after the light verb makes it an auxiliary: "has sent", "have shifted"
_PARTICIPLES = frozenset("sent taken made given shown seen been done gone put set left held "
                         "told said written known become begun".split())

# nouns whose "of" names what is judged ("a strong condemnation of"), not a topic
_OF_NOUNS = frozenset("condemnation criticism praise support opposition endorsement defense "
                      "defence view views".split())
_SUBJECTS = frozenset({"he", "she", "it", "that", "who", "there", "what", "this"})

LIGHT_CUE = Cue(("<light>",), "<light>", "verb", frozenset())


def light_cue(toks: tuple[Token, ...], i: int, cues: dict[str, list[Cue]] | None = None
              ) -> int | None:
    """When token ``i`` is a light verb whose object is a noun of speech or attitude (or a
    form of "be" before a role noun), the token index just after the cue (past the noun and
    the preposition it governs); else None. Not when the noun is a document that a phrase
    and an -ing cue of ``cues`` follow ("issued a statement on Monday saying"): that
    participle's frame runs from the verb (:func:`extract.en.reduced.issuer_across`)."""
    w = toks[i].low
    be = w in _BE and not (w in ("'s", "’s") and i > 0 and toks[i - 1].low not in _SUBJECTS)
    narrow = _NARROW.get(w)
    if not be and (toks[i].cap or (w not in _LIGHT and narrow is None)):
        return None
    j = i + 1
    if j < len(toks) and (toks[j].low in _PARTICIPLES or (
            toks[j].low.endswith("ed") and toks[j].low not in _SPEECH_NOUNS)):
        return None  # "has sent a message", "have expressed concern": the next verb speaks
    if (w.startswith("mak") or w == "made") and j < len(toks) and toks[j].low == "it":
        j += 1  # "made it clear"
    while j < len(toks) and j - i <= 5 and toks[j].low not in _GAP_STOP and (
            toks[j].low not in _SPEECH_NOUNS and toks[j].low not in _ROLE_NOUNS
            and toks[j].low not in _HELD):
        if not (toks[j].text[:1].isalnum() or toks[j].text in {"-", ","}):
            return None
        j += 1
    if j >= len(toks) - 1 or j - i > 5:
        return None
    noun = toks[j].low
    if be:
        ok = noun in _ROLE_NOUNS and j > i + 1
    elif narrow is not None:
        ok = noun in narrow
    elif noun == "clear":
        ok = w.startswith("mak") or w == "made"
    else:
        ok = noun in _SPEECH_NOUNS
    if not ok:
        return None
    k = j + 1
    if not be and cues and noun in ISSUED and _issued_across(toks, i, j, cues):
        return None
    nxt = toks[k].low
    if nxt == "of" and not be and noun not in _OF_NOUNS:
        return None  # "issued its claims of fraud": a topic, not what is held
    if nxt in _GOVERNED or (nxt == "in" and noun in _IN_NOUNS):
        return k + 1 if k + 1 < len(toks) else None
    if nxt in ("that", ":") or toks[k].text in _OPEN_Q or noun == "clear":
        return k  # "made the argument that", "made it clear he would"
    return None  # "made the comments Friday": what was said is not here


def role_frame(f: Frame):
    """"A passionate defender of RT, Mr. Schultz said ...": a sentence that opens with a role
    noun of taking sides and what it governs, set off by a comma before a named subject or a
    pronoun, says the subject holds that side (the cue is the role phrase, the content what
    "of" governs). The tuple of :func:`extract.en.verbframe.verb_frame`, or None."""
    toks = f.toks
    if len(toks) < 6 or toks[0].low not in ("a", "an", "the", "long", "once"):
        return None
    j = next((n for n in range(1, min(6, len(toks) - 2)) if toks[n].low in _ROLE_NOUNS), None)
    if j is None or toks[j + 1].low != "of" or not all(
            t.text.isalpha() or t.text == "-" for t in toks[1:j]):
        return None
    comma = next((n for n in range(j + 3, min(j + 14, len(toks) - 2))
                  if toks[n].text == ","), None)
    if comma is None or any(t.text in {";", ":", "(", "—"} for t in toks[j + 2:comma]):
        return None
    m = next((m for m in f.mentions if m.i == comma + 1 and m.actor), None)
    if m is None or m.j >= len(toks) or not toks[m.j].text.isalpha() or toks[m.j].cap:
        return None  # the subject is followed by its verb
    content = (toks[j + 2].start, toks[comma - 1].end)
    return m.actor, (0, j + 2), (m.i, m.j), content, None, False, None


# adjectives of feeling, belief and taking sides after a linking verb: "were nervous about",
# "is convinced that", "is critical of" (general English attitude adjectives)
_ATTITUDE_ADJ = frozenset(
    "concerned worried nervous anxious afraid fearful frustrated angry furious upset irate "
    "incensed outraged livid happy pleased glad delighted proud thrilled excited confident "
    "optimistic pessimistic skeptical sceptical sure certain convinced aware unaware critical "
    "supportive opposed wary hopeful doubtful unsure uncertain adamant insistent vocal "
    "outspoken disappointed dismayed alarmed troubled bothered satisfied dissatisfied unhappy "
    "uncomfortable comfortable open receptive hostile sympathetic grateful thankful sorry "
    "apologetic enthusiastic unenthusiastic keen eager reluctant hesitant ambivalent coy "
    "cautious candid frank clear unclear unconvinced uninterested interested perplexed "
    "puzzled baffled mystified dubious suspicious resentful bitter scornful contemptuous "
    "dismissive appreciative mindful conscious willing unwilling determined passionate "
    "bearish bullish leery enamored fond".split())
# participles and adjectives of an emotion caused by something (the experiencer is the subject
# of "be/get/feel"; Levin 31.1 amuse verbs in the passive, and their adjective kin): "have been
# unsettled by", "gets agitated over". With "to" they tell a cause, not a view ("were
# emboldened to speak"), so only a governed preposition or a clause follows them
_PSYCH_ADJ = frozenset(
    "agitated unsettled angered infuriated shocked stunned surprised disturbed offended "
    "disgusted appalled horrified annoyed irritated embarrassed impressed amazed astonished "
    "saddened heartened encouraged discouraged rattled shaken spooked emboldened enraged "
    "aggrieved ashamed jealous envious terrified scared frightened elated disillusioned "
    "disenchanted indignant aghast apprehensive uneasy despondent exasperated".split())
_LINKING = _forms("seem", "appear", "remain", "feel/felt/feels/feeling", "grow/grew/grown/"
                  "grows/growing", "become/became/becomes/becoming", "sound",
                  "get/got/gotten/gets/getting") | _BE
_DEGREE = frozenset("too so very quite more less most really particularly especially deeply "
                    "increasingly not n't also still all equally somewhat pretty even ever "
                    "rather fairly extremely highly openly clearly visibly already "
                    "now".split())
_ATTITUDE_NEXT = frozenset({"about", "that", "with", "of", "over", "by", "at", "toward",
                            "towards", "in", "on", "to", "whether", "if", ":"})
_NO_SUBJECT = frozenset({"it", "there", "this", "that", "what"})
# adjectives of belief that take a clause without "that": "was sure Trump would win"
_BELIEF_ADJ = frozenset("sure certain convinced confident hopeful optimistic "
                        "aware".split())
_CLAUSE_SUBJECTS = frozenset("he she they it we i you this there the".split())


def attitude_cue(toks: tuple[Token, ...], i: int) -> int | None:
    """When token ``i`` is a linking verb ("were", "seemed") followed by an attitude
    adjective and the preposition or clause it governs ("were nervous about", "is convinced
    that"), the token index just after the cue; else None. "It is clear that" names no one."""
    if toks[i].low not in _LINKING or toks[i].cap and i > 0:
        return None
    p = i - 1
    while p >= 0 and toks[p].low in _CUE_AUX:
        p -= 1
    if p < 0 or toks[p].low in _NO_SUBJECT:
        return None
    j = i + 1
    while j < len(toks) and j - i <= 3 and (toks[j].low in _DEGREE or (
            toks[j].low.endswith("ly") and len(toks[j].low) > 4)):
        j += 1
    if j >= len(toks) - 1 or (toks[j].low not in _ATTITUDE_ADJ and toks[j].low not in _PSYCH_ADJ):
        return None
    nxt = toks[j + 1].low
    if (j + 2 < len(toks) and toks[j + 2].low in _DATE_WORDS) or (
            nxt == "to" and toks[j].low in _PSYCH_ADJ):
        return None  # "became agitated on Wednesday": a time; "were emboldened to speak"
    if toks[j].low in _BELIEF_ADJ and (nxt in _CLAUSE_SUBJECTS or (
            toks[j + 1].cap and toks[j + 1].text.isalpha())):
        return j + 1  # "was sure Trump would win", "are convinced this is the place"
    if nxt not in _ATTITUDE_NEXT or (nxt == "to" and toks[j].low in ("sure", "certain")):
        return None  # "is sure to win" says nothing about a view
    return j + 2 if nxt not in ("that", "whether", "if", ":", "to") else j + 1


# verbs of issuing and sending a message (VerbNet send-11.1 and the FrameNet
# Text_creation / Sending frames): with a document or message as the object, the document is
# what its issuer says, and attribution annotation marks the verb alone as the cue
_ISSUE_VERBS = _forms("issue", "release", "send/sent/sends/sending", "unveil", "unleash",
                      "deliver", "file", "publish", "circulate", "put/puts/putting",
                      "roll/rolled/rolls/rolling", "fire/fired/fires/firing")
# the particle that some of them need ("put out", "roll out", "fire off"); "send out" may
_ISSUE_PARTICLES = {
    **dict.fromkeys(_forms("put/puts/putting", "roll/rolled/rolls/rolling"), ("out",)),
    **dict.fromkeys(_forms("fire/fired/fires/firing"), ("off",)),
    **dict.fromkeys(_forms("send/sent/sends/sending"), ("out", "off")),
}
_NEEDS_PARTICLE = _forms("put/puts/putting", "roll/rolled/rolls/rolling", "fire/fired/fires/firing")
# what may stand before the document noun: determiners, numbers, adjectives, "a series of"
_ISSUE_GAP_STOP = _GAP_STOP - {"of"}
# the documents and messages of reduced.ISSUED, but footage, which shows rather than says
_DOCUMENTS = ISSUED - {"video", "videos"}
# before the verb: it is an infinitive, a request, a noun or a participle ("should release",
# "a signature issue", "an analysis of newly filed reports")
_NOT_ISSUER = frozenset("to the a an of from for by about without should must".split())
_ISSUE_LEMMAS = frozenset("issue release send unveil unleash deliver file publish "
                          "circulate".split())
# what may stand before the bare verb (else it is a noun: "a key issue", "a news release")
_ISSUER_WORDS = frozenset("they we i you who that which and".split())


def issued_cue(toks: tuple[Token, ...], i: int, cue_verbs: frozenset[str] = frozenset(),
               cues: dict[str, list[Cue]] | None = None) -> int | None:
    """When token ``i`` is a verb of issuing or sending whose object is a document or message
    ("sent a letter", "unleashed a series of tweets"), the token index just after the verb;
    else None. A participle after the document ("issued a statement saying") is the cue of
    its own frame (:mod:`extract.en.reduced`) when it is a cue (in ``cue_verbs``)."""
    w = toks[i]
    if w.low not in _ISSUE_VERBS or w.cap or i == 0:
        return None
    p = i - 1
    while p > 0 and toks[p].low.endswith("ly") and len(toks[p].low) > 4:
        p -= 1  # "has regularly sent", "a tally of newly filed reports"
    prev = toks[p]
    if prev.low in _NOT_ISSUER or (w.low.endswith("ing") and prev.low not in _BE) or (
            w.low in _ISSUE_LEMMAS and not prev.cap and prev.low not in _CUE_AUX
            and prev.low not in _ISSUER_WORDS):
        return None  # "to release the letter", "should release", "from sending", "a key issue"
    j = i + 1
    if j < len(toks) and toks[j].low in _ISSUE_PARTICLES.get(w.low, ()):
        j += 1  # "put out a statement", "is rolling out a new message"
    cue_end = j
    if w.low in _NEEDS_PARTICLE and cue_end == i + 1:
        return None  # "put a letter", "fired a shot": not issuing without the particle
    while j < len(toks) and j - i <= 7 and toks[j].low not in _DOCUMENTS:
        t = toks[j]
        if t.low in _ISSUE_GAP_STOP or t.cap or not (t.text[:1].isalnum() or t.text == "-"):
            return None
        j += 1
    if j >= len(toks) - 1 or toks[j].low not in _DOCUMENTS or j == cue_end:
        return None
    nxt = toks[j + 1].low
    if nxt in cue_verbs or nxt in ("that", "which", "who"):
        return None  # "issued a statement saying": the participle frame; "the letter that ..."
    if cues and _issued_across(toks, i, j, cues):
        return None  # "sent a letter to the board urging": the participle's frame, from here
    return cue_end


def _issued_across(toks: tuple[Token, ...], i: int, j: int, cues: dict[str, list[Cue]]) -> bool:
    """Whether an -ing cue after the document at ``j`` and a phrase about it reads its frame
    from the verb at ``i`` ("sent a letter to the board urging")."""
    return any(toks[n].low in cues and issuer_across(toks, n, cues) == i
               for n in range(j + 2, min(j + 12, len(toks))))


# verbs that present someone or something as something (Levin 29.2 characterize verbs not in
# cues.tsv): "painted Romney as a rich guy", "is casting himself as a champion"
_AS_VERBS = _forms("paint", "cast/casts/casting", "brand", "frame", "pigeonhole", "style",
                   "peg/pegged/pegs/pegging", "identify/identified/identifies/identifying")
# "as X put it", "as she put it in a statement": "put it" without an object of its own
_PUT = frozenset({"put", "puts", "putting"})
_PUT_NEXT = frozenset({",", ".", ":", ";", "in", "bluntly", "best", "simply", "succinctly",
                       "memorably", "plainly", "recently", "this", "so", "that", "—", "--"})


def as_cue(toks: tuple[Token, ...], i: int) -> int | None:
    """"painted Romney as", "casting himself as" (a verb that presents its object as
    something: the verb is the cue), "as X put it" (the cue is "put it"); the token index
    just after the cue, else None."""
    w = toks[i].low
    if w in ("would", "'d", "’d") and i > 0 and i + 2 < len(toks) and toks[i + 1].low in (
            "like", "love", "prefer") and toks[i + 2].text[:1].isalnum():
        return i + 2  # "the campaign would like to organize", "would like her to": a wish
    if w in _PUT:
        if i + 2 < len(toks) and toks[i + 1].low == "it" and (
                toks[i + 2].low in _PUT_NEXT or toks[i + 2].text in _OPEN_Q):
            return i + 2
        return None
    if w not in _AS_VERBS or toks[i].cap or i == 0 or (
            toks[i - 1].low in _GAP_STOP and not (w.endswith("ing") and toks[i - 1].low in (
                "by", "while", "after", "before", "in"))):
        return None  # not "to cast the nominee as", "the paint"; but "by casting her as"
    for j in range(i + 2, min(i + 8, len(toks) - 1)):
        if toks[j].low == "as":
            return i + 1
        if not (toks[j].text[:1].isalnum() or toks[j].text in {"-", "'s", "’s"}):
            return None
    return None


# every word at which light_cue, attitude_cue, issued_cue or as_cue can give a cue (each of them
# returns None at once for any other word): find_claims tests a token against this set before
# calling them. A new cue function of this kind must add its first words here.
LIGHT_FIRSTS = (_BE | _LIGHT | frozenset(_NARROW) | _LINKING | _ISSUE_VERBS
                | frozenset({"would", "'d", "’d"}) | _PUT | _AS_VERBS)
