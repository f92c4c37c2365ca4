"""Phrases around an English reporting cue: the speaker's noun phrase before or after it,
appositions, adverbials to skip, quotation regions, and the cue's own extent.

Owns :class:`Frame` (one sentence seen from a cue) and the word sets these rules use; the
claim frames themselves are in :mod:`extract.en.verbframe` and :mod:`extract.en.forms`.
"""

from __future__ import annotations

from extract.en.actors import Mention, Registry
from extract.en.lexicon import Lexicon
from extract.en.text import _ABBREV, Sentence, Token

__all__ = ["CUE_PREPS", "PLATFORMS", "Frame", "adverb_at", "after_cue", "cue_extent",
           "inverted_np", "skip_adverbials", "speaker_extent", "strip", "to_sentence_end"]


_AUX = frozenset(
    "has have had was were is are also later then previously earlier repeatedly again would "
    "will could has already publicly reportedly once further privately first recently "
    "separately subsequently quickly immediately flatly firmly just often still even only now "
    "never further merely simply".split()
)
_NEG = frozenset({"not", "n't", "never", "no"})
# modal auxiliaries between a subject and its verb ("RT can seem", "we should consider"),
# lower case only ("Theresa May said"); "ca"/"wo" are "can"/"will" of "can't"/"won't"
_MODALS = frozenset({"can", "cannot", "ca", "wo", "may", "might", "must", "should", "shall"})
_SUBJECT_GAP = _AUX | _NEG | {"did", "does", "do"}
# cues that relay what someone else said or did ("according to X, Damascus rejected ...")
_SOURCE_PHRASES = frozenset({"according to"})
_CONTRACTED = frozenset({"'s", "'re", "'ve", "'m", "'d", "'ll"})
_BOUNDARY = frozenset({",", ";", ":", "(", ")", "—", "–", "--", "-", "―", "that", "and",
                       "but", "while",
                       "because", "as", "when", "which", "who", "where", "if", "although", "though",
                       "after", "before", "since", "whom", "so", "what", "said", "says",
                       "say", "told", "than", "whether", "how", "why"})
_OPEN_Q = frozenset({"“", "‘", '"', "``", "«", "'"})
_CLOSE_Q = frozenset({"”", "’", '"', "''", "»", "'"})
_ADVERBIAL = frozenset(
    "on in at late early last this here today yesterday tonight monday tuesday wednesday thursday "
    "friday saturday sunday a an the statement interview letter speech conference news press "
    "briefing tweet post televised written remarks week month night morning evening afternoon "
    "weekend later , : — –".split()
)
_VENUES = frozenset("statement interview letter speech conference briefing tweet post remarks "
                    "comments report video message address email op-ed".split())
# where words are published ("wrote on Twitter", "said on the air")
PLATFORMS = frozenset("twitter facebook instagram youtube television tv radio air website blog "
                      "podcast".split())
_NP_OPENERS = frozenset({"even", "both", "only", "also", "as", "and", "but", "so", "yet", "then",
                         "perhaps", "meanwhile", "instead", "now", "still", "however"})
_LEADING_PREPS = frozenset({"in", "on", "at", "after", "during", "with", "for", "from", "under",
                            "despite", "before", "since"})
_DATE_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday "
                        "tonight week weekend month night".split())
_RELPRON = frozenset({"which", "who", "that", "what"})
_STOP_BEFORE_NAME = frozenset("and or of for with to by from at in on as than".split())
# words that open a clause's own subject after "that"/"who" ("that the plan", "that he")
_SUBJECT_WORDS = frozenset("the a an this these those his her its their our my your he she it they "
                           "we i you there some many most all no one each every".split())
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
# what an actor issues; "the statement said" names no actor of its own
_DOCUMENTS = frozenset("statement statements communique communiqué release announcement letter "
                       "memo message tweet tweets post email text transcript".split())



def strip(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim spaces and outer punctuation that belongs to the frame, not the content."""
    while s < e and (text[s].isspace() or text[s] in ",:;—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",.;:—–-"):
        e -= 1
    return s, e


class Frame:
    """One sentence seen from a cue: its tokens, actor mentions and quotations."""

    def __init__(self, text: str, sent: Sentence, mentions: list[Mention], reg: Registry,
                 quotes: list[tuple[int, int]]) -> None:
        self.text, self.sent, self.toks = text, sent, sent.tokens
        self.mentions, self.reg, self.quotes = mentions, reg, quotes
        self.next_para: tuple[int, int] | None = None
        self.earlier: list = []  # the claims already found in this sentence
        # possessive pronouns before a noun cue ("his comments on"), resolved like speaking
        # pronouns: only a noun's claim reads them, never as a subject, object or addressee
        self.possessives: list[Mention] = []

    def in_quote(self, pos: int) -> tuple[int, int] | None:
        for q in self.quotes:
            if q[0] <= pos < q[1]:
                return q
        return None

    def np_before(self, k: int) -> tuple[int, int] | None:
        """Token range [a, b) of the subject noun phrase that ends just before token ``k``."""
        toks = self.toks
        b = k
        while b > 0:
            t = toks[b - 1]
            if t.low in _SUBJECT_GAP or ((t.low in _CUE_AUX or t.low in _MODALS) and not t.cap) or (
                    adverb_at(toks, b - 1)) or (
                    t.low in _CONTRACTED and t.start == toks[b - 2].end and b > 1):
                b -= 1  # "has also said", "He's claiming", "should consider"
            elif b > 1 and t.low in _DATE_WORDS and toks[b - 2].low in ("on", "last", "this"):
                b -= 2
            elif t.low in _DATE_WORDS and b > 1 and not toks[b - 2].cap:
                b -= 1
            else:
                break
        if b == 0:
            return None
        a = b
        if toks[b - 1].text in {"--", "—", "–"} and b > 2:
            # "Kall -- co-editor of a book on debates -- said": the name before the dashes
            op = next((n for n in range(b - 2, max(0, b - 40), -1)
                       if toks[n].text == toks[b - 1].text), None)
            if op is not None and op > 0:
                inner = Frame.np_before(self, op)
                if inner is not None:
                    return inner[0], b
        if toks[b - 1].text == ",":
            # an apposition closes right before the cue: "Smith, the minister, said"
            p = b - 2
            while p >= 0 and toks[p].text not in {",", ";", ":"} | _OPEN_Q | _CLOSE_Q \
                    and b - p < 12:
                p -= 1
            if p < 0 or toks[p].text != ",":
                return self.long_apposition(b) or self.long_relative(b)
            chain = self.long_apposition(b)
            if chain is not None and chain[0] < p:
                return chain  # "Name, apposition, apposition, said"
            a = p  # b keeps the comma that closes the apposition
        mention_ends = {m.j for m in self.mentions}
        head = a
        while a > 0:
            t = toks[a - 1]
            if t.text == ")":
                op = next((n for n in range(a - 2, max(-1, a - 10), -1) if toks[n].text == "("),
                          None)
                if op is not None and op > 0:
                    a = op  # "Sen. David Perdue (R-Ga.) said"
                    continue
            if t.low == "and" and a in _starts(self.mentions) and a - 1 in mention_ends:
                a -= 1  # "Mr. Clyburn and Mr. Butterfield said"
                continue
            if t.low == "and" and a - 1 > 0 and b - a <= 3 and (
                    toks[a - 2].low.endswith("s") or toks[a - 2].cap) and toks[a].low not in (
                    "the", "a", "an", "he", "she", "they", "it", "we", "i"):
                a -= 1  # "Companies and individuals complain"
                continue
            if (t.low in _BOUNDARY and not (t.text == "-" and a > 1 and t.start == toks[a - 2].end
                                            and t.end == toks[a].start)) \
                    or t.text in _OPEN_Q or t.text in _CLOSE_Q:
                break  # (a hyphen inside a word is none: "the 63-year-old senator")
            if head - a >= 14:  # (a pronoun is a subject of its own: "the pills he's promoted")
                return (b - 1, b) if toks[b - 1].low in _PRONOUNS else None
            a -= 1
        while a < b - 1 and toks[a].low in _NP_OPENERS - {"both", "only"}:
            a += 1  # "Even China" (but "Both Mr. King and ...", "Only 52 percent" stay whole)
        if toks[a].text == ",":
            return None
        rel, w = (toks[a - 1].low if a > 1 else ""), toks[a].low
        verb = w in _FINITE or w in _MODALS or w.endswith("ed")
        if a < b and (rel == "who" or (rel == "that" and verb) or (
                rel == "which" and (verb or w.endswith("s")))) \
                and toks[a - 2].text.isalpha() and toks[a - 2].low not in _LEADING_PREPS \
                and toks[a - 2].low not in ("of", "by", "to", "into", "about") \
                and toks[a].text.isalpha() and not toks[a].cap and w not in _SUBJECT_WORDS \
                and w not in _LEADING_PREPS:
            # "Surety companies that had insured the mines agreed": the relative clause has no
            # subject of its own, so it belongs to the noun phrase before it
            head = Frame.np_before(self, a - 1)
            if head is not None and head[1] == a - 1 and toks[head[0]].low not in _PRONOUNS:
                a = head[0]
        if a == b or (toks[a].low in _RELPRON and b - a == 1):
            return None
        if toks[b - 1].low in _PRONOUNS:
            a = b - 1  # "now at 86 she says"
        elif toks[a].low in _LEADING_PREPS:
            # "In a meeting with the board Trump said": the last name is the speaker
            last = max((m for m in self.mentions if m.j == b and m.i > a), key=lambda m: m.j - m.i,
                       default=None)
            if last is not None:
                a = last.i
        return a, b

    def long_relative(self, b: int) -> tuple[int, int] | None:
        """"One teller in Texas, who spoke on condition of anonymity because she feared
        losing her job, said": the noun phrase before a long ", who/which ..." clause that
        closes right before the cue, with the clause."""
        toks = self.toks
        n = next((n for n in range(b - 3, max(0, b - 45), -1) if toks[n].text == ","
                  and toks[n + 1].low in ("who", "which", "whose")), None)
        if n is None or n == 0 or any(t.text in _OPEN_Q or t.text in (";", ":")
                                       for t in toks[n:b]):
            return None
        head = Frame.np_before(self, n)
        return (head[0], b) if head is not None and head[1] == n else None

    def long_apposition(self, b: int) -> tuple[int, int] | None:
        """"Name, director of X at Y, a professor at Z, said": the name and its appositions."""
        toks = self.toks
        s = b - 1
        while s > 0 and toks[s - 1].text not in _CLOSE_Q | {";", ":"} \
                and toks[s - 1].low not in ("but", "that", "while", "because") and b - s < 45:
            s -= 1
        if s > 0 and toks[s - 1].text in _CLOSE_Q | {";", ":"} and toks[s].text == ",":
            s += 1
        elif s > 0 and toks[s - 1].text == "," and toks[s - 2].text in _CLOSE_Q:
            pass
        elif s > 0 and toks[s - 1].text not in _CLOSE_Q and toks[s - 1].low not in (
                "but", "that", "while", "because", ";", ":"):
            return None
        first = next((n for n in range(s, b) if toks[n].text == ","), None)
        if first is None or first - s > 7 or first == s:
            return None
        head = toks[s]
        if not (head.cap or head.low in ("the", "a", "an", "his", "her", "their", "its")):
            return None
        return s, b  # with the comma that closes the apposition

    def np_after(self, k: int, *, limit: int = 14) -> tuple[int, int] | None:
        toks = self.toks
        b = k
        while b < len(toks) and toks[b].text not in {",", ";", ":", "!", "?", "—"} \
                and toks[b].text not in _OPEN_Q and b - k < limit:
            if toks[b].text == "(":
                close = next((n for n in range(b + 1, min(b + 6, len(toks)))
                              if toks[n].text == ")"), None)
                if close is None or b == k or not toks[b - 1].cap:
                    break
                b = close + 1  # "Sen. Jane Roe (D-Ore.)": the party and state go with the name
                continue
            if toks[b].text == "." and not (b > k and toks[b - 1].end == toks[b].start and (
                    (len(toks[b - 1].text) == 1 and toks[b - 1].text.isalpha())
                    or toks[b - 1].low in _ABBREV)):
                break
            if toks[b].low in ("who", "which", "that") and b > k:
                break
            b += 1
        # trailing date words ("said Smith on Monday")
        while b > k + 1 and (toks[b - 1].low in _DATE_WORDS or (
                toks[b - 1].low in ("on", "last", "this", "late", "early") and b < len(toks)
                and toks[b].low in _DATE_WORDS)):
            b -= 1
        return (k, b) if b > k else None

    def actor_in(self, a: int, b: int, *, create: bool = True) -> tuple[str | None, int, int]:
        """The actor named by tokens [a, b): a mention inside it, else a new actor. A relative
        clause names no speaker: "Dock workers who met the mayor" are the dock workers."""
        rel = next((n for n in range(a + 1, b - 1) if self.toks[n].low in ("who", "which", "that")
                    and not self.toks[n].cap), None)
        end = b
        if rel is not None:
            b = rel
        inside = [m for m in self.mentions if m.i >= a and m.j <= b and m.actor]
        owners = [m for m in inside if m.j < len(self.toks) and m.how != "pronoun"
                  and self.toks[m.j].low in ("'s", "’s")]  # (not "she's glad")
        if owners and len(owners) < len(inside):
            # "Trump's spokesman, Jason Miller": the possessor is not the speaker
            inside = [m for m in inside if m not in owners]
            office = inside[0]
            if len(inside) == 1 and office.how == "title" and office.i == owners[-1].j + 1 \
                    and not any(t.cap for t in self.toks[office.i:office.j]) and create:
                # "Trump's spokesman": an office of the possessor's, not a generic one
                d = self.reg.drafts[owners[-1].actor]
                words = self.text[self.toks[office.i].start:self.toks[office.j - 1].end]
                kind = self.reg.kind(office.actor)
                return self.reg.new(f"{d.label} {words}", kind, country=d.country,
                                    sector=d.sector, generic=d.generic), a, end
        # "Obama spokesman Robert Gibbs": a name right before an office with a name of its
        # own only says whose office it is
        inside = [m for m in inside if not any(
            (n.how == "title" and 0 <= n.i - m.j <= 2 or n.how == "name" and 1 <= n.i - m.j <= 2)
            and self.toks[n.j - 1].cap
            and self.reg.kind(n.actor) == "person" and all(
                t.text.isalpha() and not t.cap and t.low not in _STOP_BEFORE_NAME
                for t in self.toks[m.j:n.i]) for n in inside)] or inside
        if inside:
            # the head of "the spokesman of the Turkish ministry" is its first mention
            # the head of "Jane Roe, a professor at the University of X" is its first person
            best = max(inside, key=lambda m: (m.how in ("title", "name", "alias", "pronoun"),
                                               self.reg.kind(m.actor) == "person", -m.i,
                                               m.j - m.i))
            return best.actor, a, end
        toks = self.toks
        if not create:
            return None, a, end
        idx = [n for n in range(a, b) if toks[n].low not in ("the", "a", "an")]
        cut = next((n for n, k in enumerate(idx) if toks[k].text in {",", "--", "—", "–", "("}),
                   None)
        if cut:
            idx = idx[:cut]  # the head before an apposition: "Kall -- co-editor of ..."
        words = [toks[n] for n in idx]
        if not words or len(words) > 8 or not any(t.text[:1].isalpha() for t in words):
            return None, a, end
        if len(words) == 1 and words[0].low in _PRONOUNS:
            return None, a, end
        if any(t.low in _DOCUMENTS for t in words[:3]) and not any(t.cap for t in words):
            # "the statement said": a document is not an actor; its issuer is the latest
            # speaker before this sentence ("according to a statement by X. ... the statement
            # said"), else nobody
            return self.reg.issuer, a, end
        label = self.text[words[0].start:words[-1].end]
        kind = "person" if all(t.cap for t in words) and len(words) in (2, 3) else "group"
        generic = not self.reg.has_name(toks, idx, headline=self.sent.headline)
        if generic and label[1:2].islower():
            label = label[:1].lower() + label[1:]  # "Officials said": the opening capital goes
        return self.reg.new(label, kind, generic=generic), a, end


def inverted_np(toks, np: tuple[int, int], lex: Lexicon) -> bool:
    """Whether tokens [a, b) after a cue look like its speaker ("said Foreign Minister X")."""
    a, b = np
    first = toks[a]
    if first.low in _PRONOUNS:
        return b - a == 1
    if any(t.text in _FINITE or t.text in _MODALS or t.text in ("could", "n't")
           for t in toks[a + 1:b]):
        return False  # a finite verb, which no name has: "said Roe's levy didn't help the port"
    if b - a > 9 and not (b - a <= 14 and first.cap and toks[a + 1].cap):
        return False  # (a name may bring a long affiliation: "said Jo Roe of the X Center")
    if first.cap or first.low in lex.title_heads:
        return True
    if first.text[:1].isdigit() and b - a <= 7 and any(t.cap for t in toks[a + 1:b]):
        return True  # "said 9/11 widow Terry Strada"
    if first.low in ("the", "a", "an", "another", "one", "some", "many", "his", "her", "their",
                     "its"):
        # "said the lawmakers", not "said the ruling was wrong"
        return b - a <= 3 or any(t.cap or t.low in lex.title_heads for t in toks[a + 1:b])
    return False


def to_sentence_end(f: Frame, np: tuple[int, int]) -> tuple[int, int]:
    """Extend an inverted speaker over its apposition ("said X, a scholar at Y.")."""
    toks = f.toks
    a, b = np
    if b < len(toks) and toks[b].text == ",":
        e = len(toks)
        while e > b and toks[e - 1].text in {".", "!", "?"} | _CLOSE_Q:
            e -= 1
        if e > b + 1 and not any(t.text in _OPEN_Q or t.low in ("said", "says") for t in toks[b:e]):
            return a, e
    return a, b


# the verb group of a cue: auxiliaries, modals (with the clitic halves "wo"/"ca" of "won't" /
# "can't"), negation and pre-verbal adverbs ("has long said", "further argued"); the cue
# reaches back over them and the speaker's noun phrase ends before them
_CUE_AUX = frozenset("has have had also would could will did does do not n't never now then "
                     "often later earlier again publicly repeatedly already first is are was "
                     "were am 's 're 'm been be being can may might should must once still "
                     "even increasingly openly 've 'd 'll wo ca shall further long almost "
                     "instead outright".split())


_SAY_FORMS = frozenset({"say", "says", "said", "saying"})
# what may follow a manner adverb that still belongs to the cue ("complained bitterly that")
_AFTER_MANNER = frozenset({"that", "in", "on", "at", "during"})
# a time adverbial right after the verb is marked with it, like a bare weekday
_PERIODS = frozenset({"week", "month", "year", "weekend"})
# "said Friday afternoon", "Sunday night's debate": the weekday opens a longer time phrase
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "'s"})


# words in -ly that are no adverbs ("Scott's family said", "the rally showed")
_LY_NOUNS = frozenset("family rally ally assembly supply reply anomaly monopoly daily weekly "
                      "monthly quarterly elderly".split())


def adverb_at(toks, n: int) -> bool:
    """Whether token ``n`` is an -ly adverb ("publicly", "sharply"), not a noun in -ly."""
    t = toks[n]
    return t.low.endswith("ly") and len(t.low) > 4 and not t.cap and t.low not in _LY_NOUNS


def cue_extent(toks, i: int, k: int, floor: int) -> tuple[int, int]:
    """The cue with its auxiliaries and adverbs ("has also said"), a governed preposition
    ("complained about"), a following colon, bare weekday or short time adverbial ("said
    Friday", "said this week", "said:"), as attribution annotation marks it."""
    a = i
    while a > floor and a - 1 >= 0 and (toks[a - 1].low in _CUE_AUX or adverb_at(toks, a - 1)):
        a -= 1
    b = k
    if b < len(toks) and toks[b].low.endswith("ly") and len(toks[b].low) > 4 \
            and not toks[b].cap and toks[b].low not in ("only", "early") and (
                b + 1 >= len(toks) or not toks[b + 1].text[:1].isalnum()
                or toks[b + 1].low in CUE_PREPS or toks[b + 1].low in _AFTER_MANNER):
        b += 1  # "said sarcastically.", "spoke bitterly of", "wrote sarcastically on Twitter"
        # (not "show relatively little", "discuss recently released polls": there the
        # adverb goes with the next word)
    if b < len(toks) - 1 and toks[b].low in CUE_PREPS and not _adverbial_at(toks, b) and not (
            toks[b].low == "of" and toks[b - 1].low in _SAY_FORMS):
        b += 1  # "complained about", "warned against", "spoke of": the preposition goes along
        # (not "said of X": "of" names what the words are about, outside the cue)
    if b < len(toks) and (toks[b].text == ":" or (
            toks[b].low in _DATE_WORDS - {"week", "weekend", "month", "night"}
            and not (b + 1 < len(toks) and toks[b + 1].low in _DAY_PARTS)
            or toks[b].low in ("then", "later"))):
        b += 1
        if b < len(toks) - 1 and toks[b - 1].low in _DATE_WORDS and toks[b].low in CUE_PREPS \
                and toks[b - 2].low not in CUE_PREPS and not _adverbial_at(toks, b) \
                and not (toks[b].low == "on" and toks[b + 1].cap):
            b += 1  # "spoke out Tuesday about", "called Friday for" (not "argued Sunday on
            # ABC", a broadcaster)
    elif b + 1 < len(toks) and toks[b].low == "this" and toks[b + 1].low in _PERIODS:
        b += 2  # "said this week" (not "last week": mostly left out)
    elif b + 2 < len(toks) and toks[b].low == "over" and toks[b + 1].low == "the" \
            and toks[b + 2].low in _PERIODS:
        b += 3  # "said over the weekend"
    return a, b


def _starts(mentions: list[Mention]) -> set[int]:
    return {m.i for m in mentions}


CUE_PREPS = frozenset({"about", "against", "for", "of", "on", "over", "with", "upon"})


def _adverbial_at(toks: tuple[Token, ...], j: int) -> bool:
    """Whether "on"/"over"/"with" at ``j`` opens a time or venue phrase ("on Monday",
    "on March 3")."""
    for t in toks[j + 1:j + 4]:
        if t.low in _VENUES or t.low in _DATE_WORDS or t.low in PLATFORMS:
            return True
        if t.low in _PHRASE_ENDS or not t.text[:1].isalnum():
            break  # "complained about it on Friday": the date opens a phrase of its own
    return toks[j].low in ("on", "in") and _calendar_end(toks, j + 1) is not None


# words after which a time or venue word no longer belongs to the phrase before them
_PHRASE_ENDS = frozenset({"on", "in", "at", "to", "from", "by", "during", "after", "before"})


def after_cue(toks: tuple[Token, ...], k: int) -> int:
    """First content token after a cue ending at token ``k``: skips "that", adverbials and a
    preposition the cue governs ("complained about ...")."""
    if k < len(toks) - 1 and toks[k].low in CUE_PREPS and not _adverbial_at(toks, k):
        k += 1
    for j in range(k, min(k + 8, len(toks))):
        if toks[j].low == "that":
            if all(t.low in _ADVERBIAL or t.cap for t in toks[k:j]):
                return j + 1
            break
    j = skip_adverbials(toks, k, punct=True, times=True)
    if k < j < len(toks) - 1 and toks[j].low == "that":
        return j + 1  # "said earlier this year that ..." (not "hopes in 2017 America says")
    j = skip_adverbials(toks, k, punct=True)
    return j if j < len(toks) else k


_MONTHS = frozenset("january february march april may june july august september october november "
                    "december jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _calendar_end(toks: tuple[Token, ...], j: int) -> int | None:
    """End of a calendar date starting at ``j`` ("March 3", "3 March", "March 3, 2022",
    "March"), or None when no month is there."""
    n, month = j, False
    while n < len(toks) and n - j < 5:
        t = toks[n].low.rstrip(".")
        if t in _MONTHS and toks[n].cap:
            month = True
        elif not (t.isdigit() or (t == "," and n + 1 < len(toks) and toks[n + 1].low.isdigit())):
            break
        n += 1
    return n if month else None


_TIME_UNITS = frozenset("year years month months week weeks day days decade decades".split())
_COUNTS = frozenset("a an one two three four five six seven eight nine ten several few many "
                    "some".split())
_TIME_FIRSTS = frozenset("at in earlier later this last that next".split()) | _COUNTS


def _time_end(toks: tuple[Token, ...], j: int) -> int | None:
    """End of a time phrase at ``j`` that tells when words were said: "at the time", "in
    2014", "earlier this year", "later that month", "last year", "two years ago"."""
    w = [t.low for t in toks[j:j + 4]] + ["", "", "", ""]
    if w[:3] == ["at", "the", "time"]:
        return j + 3
    if w[0] == "in" and len(w[1]) == 4 and w[1].isdigit() and w[1][:2] in ("19", "20"):
        return j + 2
    n = j + 1 if w[0] in ("earlier", "later") else j
    u = [t.low for t in toks[n:n + 3]] + ["", "", ""]
    if u[0] in ("this", "last", "that", "next") and u[1] in _TIME_UNITS and (
            n > j or (u[0] != "that" and (n + 2 >= len(toks) or u[2] == "that"
                                          or not toks[n + 2].text[:1].isalnum()))):
        return n + 2  # (not "said this year will be hard")
    if w[0] in _COUNTS and w[1] in _TIME_UNITS and w[2] == "ago":
        return j + 3
    return n if n > j else None


def skip_adverbials(toks: tuple[Token, ...], j: int, *, punct: bool = False,
                    times: bool = False) -> int:
    """Past "on Tuesday", "in a statement", "in his interview", "late on Friday", "on March 3";
    with ``times`` also past "at the time", "in 2014", "earlier this year", "two years ago"
    (which can open what is said: "hopes in 2017 voters say ...")."""
    while j < len(toks):
        t = toks[j].low
        cal = _calendar_end(toks, j + 1) if t in ("on", "in") else None
        if cal is not None:
            j = cal
            continue
        when = _time_end(toks, j) if times and t in _TIME_FIRSTS else None
        if when is not None:
            j = when
            continue
        if t in ("in", "during", "at", "on"):
            end = next((n for n in range(j + 1, min(j + 6, len(toks)))
                        if toks[n].low in _VENUES or toks[n].low in _DATE_WORDS
                        or toks[n].low in PLATFORMS), None)
            if end is None:
                break
            j = end + 1
            if j < len(toks) and toks[j].low in ("on", "about") and toks[end].low in _VENUES:
                # "in her first comments on the tape since it aired.": the venue's topic,
                # up to the clause's end
                stop = next((n for n in range(j + 1, len(toks)) if toks[n].text in
                             {",", ".", ";", "!", "?"} | _OPEN_Q | _CLOSE_Q
                             or toks[n].low == "that"), len(toks))
                if stop == len(toks) or toks[stop].text in {".", "!", "?", ","}:
                    j = stop
        elif t in _ADVERBIAL and t not in ("a", "an", "the", "in") and (
                punct or t not in (",", ":")):
            j += 1
        elif t.endswith("ly") and len(t) > 4 and not toks[j].cap and t not in ("only", "early"):
            j += 1  # "said sarcastically", "added quickly"
        else:
            break
    return j


# first words of a comma-enclosed phrase that is no apposition of the speaker but a clause or
# adverbial about the act ("Trump, speaking to veterans, said", "X, who ..., said",
# "Y, in a statement, said", "Z, like Obama, has said"); attribution annotation leaves them out
# (but mostly keeps a relative clause: "Jo Roe, who runs the campaign, said")
_NOT_APPOSITION = frozenset(
    "while at during like unlike despite amid however though meanwhile".split())


_AFTER_PARTICIPLE = frozenset("to of after before at in on with for about from the a an his her "
                              "their its that up out down".split())


def _participle_at(toks: tuple[Token, ...], j: int, b: int) -> bool:
    """Whether an -ing verb opens the phrase at ``j`` ("speaking to", "appearing after"), not
    a noun ("mining companies") or "including"."""
    w = toks[j].low
    return w.endswith("ing") and len(w) > 4 and w != "including" and j + 1 < b and (
        toks[j + 1].low in _AFTER_PARTICIPLE or toks[j + 1].low.endswith("ly"))


_TIME_NOUNS = frozenset("days weeks months years".split())


def _drop_time_phrase(toks: tuple[Token, ...], a: int, b: int) -> int:
    """End of the speaker's words before a closing time phrase: "federal prosecutors in
    April", "the council in 2015", "Trump in recent days" (not when a participle, a relative
    clause or an apposition before it holds the time)."""
    for n in range(max(a + 1, b - 4), b - 1):
        if toks[n].low not in ("in", "on", "during", "since", "last", "this", "earlier"):
            continue
        if any(t.text == "," or t.low in _RELPRON or (t.low.endswith("ed") and not t.cap)
               for t in toks[a:n]):
            return b  # the time belongs to a clause inside: "articles published in June"
        w = toks[b - 1]
        if (w.low.rstrip(".") in _MONTHS and w.cap) or w.low in _DATE_WORDS \
                or w.low in _TIME_NOUNS or (len(w.text) == 4 and w.text.isdigit()):
            return n
    return b


_FINITE = frozenset("is are was were has have had will would does did do".split())


def speaker_extent(toks: tuple[Token, ...], a: int, b: int,
                   mentions: list[Mention] = ()) -> tuple[int, int]:
    """The speaker's words in tokens [a, b) without what only frames them: a leading opener
    or adverbial phrase ("Even China, ...", "In a statement, one of the lawyers"), trailing
    participles and adverbials between commas ("Trump, speaking to veterans, said"), and a
    modal left before the cue ("voters should know"). Words that hold a finite verb ("Trump
    has been targeting Machado since Clinton cited") are a clause, not a noun phrase: the
    speaker's own last mention (of ``mentions``, ending at ``b``) is its words then."""
    if b - a < 2:
        return a, b
    if not any(t.text == "," for t in toks[a:b]):
        verb = max((n for n in range(a + 1, b - 1) if toks[n].low in _FINITE), default=None)
        last = max((m for m in mentions if m.j == b and m.actor and verb is not None
                    and m.i > verb), key=lambda m: m.j - m.i, default=None)
        if last is not None:
            return last.i, b
    # segments split at top-level commas
    cuts = [n for n in range(a, b) if toks[n].text == ","]
    if cuts:
        first, w = cuts[0], toks[a]
        if 0 < first - a <= 6 and first + 1 < b and (w.low in _LEADING_PREPS or (
                first == a + 1 and w.low.endswith("ly") and len(w.low) > 4)):
            a = first + 1  # "In a statement, the family's lawyer", "Separately, X"
    while a < b - 1 and toks[a].low in _NP_OPENERS - {"both", "only"}:
        a += 1  # "Even China, ..."
    # trailing segments that open with a relative pronoun, preposition, -ing verb or adverb
    segs = [n for n in range(a + 1, b) if toks[n].text == "," and n + 1 < b]
    named = bool(segs) and any(t.cap for t in toks[a:segs[0]])
    for n, s in enumerate(segs if named else ()):
        if _participle_at(toks, s + 1, b):  # "X, 24, arguing that ..., the plan ...": all of it
            b = s + 1 if n else s
            segs = segs[:n]
            break
    while segs:
        s = segs[-1]
        w = toks[s + 1]
        if w.cap or not (w.low in _NOT_APPOSITION or _participle_at(toks, s + 1, b)
                         or (w.low.endswith("ly") and len(w.low) > 4)
                         or (w.low in ("in", "on") and any(
                             t.low in _VENUES for t in toks[s + 2:min(s + 6, b)]))):
            break
        b = s + 1 if len(segs) > 1 else s  # keep the comma that closes an apposition
        segs.pop()
    b = _drop_time_phrase(toks, a, b)
    while b - a > 1 and not toks[b - 1].cap and (
            toks[b - 1].low in _MODALS or toks[b - 1].low in ("long", "not", "n't")):
        b -= 1
    return a, b
