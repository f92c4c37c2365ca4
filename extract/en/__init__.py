"""English extraction: actors, claims and PLOVER-typed stances from English news text.

Owns :func:`extract_english`, which ``extract.pipeline`` calls for articles in English. It is
rule-based and needs no model: the word lists are TSV files in ``extract/en/data`` (cues,
stance triggers, titles, irregular verbs, metonyms, extra demonyms, given names; each file's
header gives its format and sources; :func:`check` reports bad lines; users add files of the
same names in ``<dir>/en/`` for each folder of ``QAWL_RULES_PATH``). Actors come from the gazetteer
(``extract.gazetteer``) through an English index (``gazindex``).

Steps, per article: sentences and paragraphs (``text``; a Title Case first line is marked as a
headline, where capitals do not mark names), actor mentions per sentence (``actors``: names,
demonyms, metonyms, titles, appositions, unknown names), pronouns resolved to the fitting
actor (kind, number, sex when known) most likely the subject of this or the last sentence,
else the latest fitting one of the last paragraphs, "the two leaders" to the latest two,
quotations (``quotes``), claims
(``claims``: verb frames in ``verbframe`` with ``phrases``; colon and dash signatures,
possessive reporting nouns, passives with an agent and object-preposition cues in ``forms``;
cues inside to-infinitives in ``infinitive``, -ing cues after a noun phrase in ``reduced``,
light verbs with a noun of speech and linking verbs with an attitude adjective in ``light``,
agentless passives, whose speaker is the article's unnamed source, in ``unattributed``),
stances (``stances``; an act that opens a claim's content is held by its speaker), dates
(``dates``).
Pronouns are resolved sentence by sentence, so "they"/"it" can also point at a speaker named
by a plain noun phrase ("Analysts said ... They added"); "the statement said" is attributed to
the latest earlier speaker (its issuer), never to a "statement" actor. Officials named by a
title without a nationality take the article's country when it names exactly one state.
Generic actors (a title or noun phrase that names nobody: "officials", "the president") get an
id and label of the article (``extract.scope``), so a store does not merge them across articles.
The paragraph that a "He added:" closing the paragraph before reports is that speaker's words,
like a quotation: its cues head no claims of their own.
Every span is offsets into ``article.text``.
"""

from __future__ import annotations

import re
from typing import Any

from extract.en.actors import _POSSESSIVE_PRONOUNS, Mention, Registry, find_mentions
from extract.en.claims import RawClaim, find_claims
from extract.en.gazindex import index_for
from extract.en.lexicon import Lexicon, check, load
from extract.en.quotes import quote_regions
from extract.en.stances import find_stances
from extract.en.text import paragraphs, sentences
from extract.model import Article, Claim, Extraction, Span, Stance
from extract.scope import scope_to_article

__all__ = ["check", "extract_english"]


def _resolve_pronouns(mentions: list[Mention], p: int, history: list[tuple[int, Mention]],
                      reg: Registry, si: int = 0, subject: Any = None) -> None:
    """Pronouns and pairs of one sentence (sentence ``si`` of paragraph ``p``) resolved against
    ``history``, the (paragraph, sentence, mention) triples before it in text order, which
    then takes this sentence's. A pronoun takes the fitting actor (kind, number, and for
    "he"/"she" the sex when known) that most likely is the subject of the current or the
    previous sentence (``Mention.rank``: "When Flynn was asked whether he respects Putin, he
    said" is Flynn), the latest such; else the latest fitting actor of the last paragraphs.
    A speaking "they"/"it" that no actor of this or the last sentence fits takes the plain noun
    phrase subject of the last sentence (``subject(m)``, see :func:`_np_subject`): "Protesters
    marched on Monday. They said ..." are the protesters."""
    keep = []
    for m in mentions:
        if m.how == "pair":
            _resolve_pair(m, history, p, reg)
            if not m.actor:
                continue
        elif m.how in ("pronoun", "possessive"):
            want = reg.text[m.start:m.end].lower()
            want = _POSSESSIVE_PRONOUNS.get(want, want)
            sex = "m" if want == "he" else "f" if want == "she" else None
            best: Mention | None = None
            latest: Mention | None = None
            person: Mention | None = None  # the latest person, whatever the sex
            for hp, hs, h in reversed(history):
                if p - hp > 8:
                    break
                kind = reg.kind(h.actor)
                if want in ("he", "she", "i"):
                    ok = kind == "person"
                    if ok and person is None:
                        person = h
                    ok = ok and (sex is None or reg.gender(h.actor) in (None, sex))
                elif want == "it":
                    ok = kind in ("state", "organization", "igo", "media", "armed_group") or (
                        h.how == "np" and not h.plural)  # "The campaign said ... It added"
                else:
                    ok = kind != "person" or h.plural
                if not ok:
                    continue
                near = hp == p and si - hs <= 1
                if latest is None:
                    latest = h
                    if not near:
                        break
                if not near:
                    break
                if best is None or h.rank > best.rank:
                    best = h
                    if h.rank == 2:
                        break
            got = best if best is not None else latest
            if best is None and subject is not None and want in ("they", "it"):
                got = subject(m, want) or got
            if got is None and person is not None:
                m.actor = person.actor  # no one of that sex: the latest person, as before
            elif got is None:
                continue
            else:
                m.actor = got.actor
                if sex is not None and m.how == "pronoun":
                    reg.set_gender(m.actor, sex, 0)
        keep.append(m)
        if m.how != "possessive":
            history.append((p, si, m))
    mentions[:] = keep


# auxiliaries and copulas that may follow a subject noun phrase ("Protesters have marched")
_AUX = frozenset("is are was were has have had will would can could may might must should "
                 "shall did do does".split())
_DETS = frozenset(("the", "a", "an"))


def _np_subject(sents, si: int, m: Mention, want: str, history, reg: Registry,
                lex: Lexicon) -> Mention | None:
    """The plain noun phrase opening sentence ``si - 1`` of the paragraph as the antecedent of
    the pronoun ``m`` ("they" or "it") of sentence ``si``, when ``m`` is the subject of a cue
    verb ("They said", "It has warned"): up to four lower-case words ("Striking dock workers",
    "the union"; capitalised only as the sentence's first word) then a finite verb (-ed, an
    auxiliary or a cue verb: "marched", "were", "warned"). "they" takes a plural head (-s),
    "it" a singular one after "the" ("the union"); documents ("the report") and noun phrases
    that hold an actor's mention are left to the other rules. The noun phrase becomes an actor
    with a mention of its words, and enters ``history`` for later pronouns."""
    sent = sents[si]
    if si == 0 or sents[si - 1].paragraph != sent.paragraph:
        return None
    toks = sent.tokens
    k = m.j
    while k < len(toks) and k < m.j + 2 and toks[k].low in _AUX | {"also", "later", "then",
                                                                   "further", "previously"}:
        k += 1
    if k >= len(toks) or toks[k].low not in lex.cue_verbs:
        return None
    prev = sents[si - 1]
    pt = prev.tokens
    a = 0
    if pt and pt[0].low in _DETS:
        a = 1
    if want == "it" and a == 0:
        return None
    b = a
    while b < len(pt) and b - a < 4 and pt[b].text.isalpha() and (not pt[b].cap or b == 0) \
            and pt[b].low not in _AUX and not pt[b].low.endswith("ed"):
        b += 1
    if b == a or b >= len(pt) or not pt[b].text.isalpha():
        return None
    verb = pt[b].low
    if not (verb in _AUX or verb.endswith("ed") or verb in lex.cue_verbs):
        return None
    head = pt[b - 1].low
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    if plural != (want == "they") or head in _NP_DOCUMENTS or head in _PRONOUN_WORDS:
        return None
    s0, e0 = pt[a].start, pt[b - 1].end
    if any(s0 <= h.start < e0 for _, _, h in history):
        return None
    if b - a == 1 and pt[a].cap and not _common_noun(pt[a], reg):
        return None  # "Roberts walked out.": a surname, not "Demonstrators marched."
    label = reg.text[s0:e0]
    if a == 0:
        label = label[:1].lower() + label[1:]
    aid = reg.new(label, "group", generic=True)  # a plain noun phrase: nobody named
    np = Mention(s0, e0, a, b, aid, "np", plural=plural, rank=2)
    reg.add(np)
    history.append((prev.paragraph, si - 1, np))
    return np


# endings of plural nouns for people that act together ("demonstrators", "activists")
_AGENT_PLURALS = ("ers", "ors", "ists", "ants", "ents", "ians", "ees")


def _common_noun(t, reg: Registry) -> bool:
    """Whether the capitalised sentence-initial word ``t`` is a common noun: it occurs in
    lower case elsewhere in the article, or it ends like a plural noun for people and is
    neither a known surname nor capitalised inside a sentence elsewhere."""
    # (the substring tests only spare the regular expressions a text without the word)
    if t.low in reg.text and re.search(r"\b" + re.escape(t.low) + r"\b", reg.text):
        return True
    return t.low.endswith(_AGENT_PLURALS) and (t.low,) not in reg.aliases and not (
        (" " + t.text) in reg.text
        and re.search(r"[a-z,;] " + re.escape(t.text) + r"\b", reg.text))


# what an actor issues or writes; "It found" after "The report was released" is not a speaker
_NP_DOCUMENTS = frozenset("statement communique communiqué release announcement letter memo "
                          "message tweet post email text transcript report study survey poll "
                          "analysis document paper bill law plan".split())
_PRONOUN_WORDS = frozenset("others those these many some most all both several".split())


def _resolve_pair(m: Mention, history: list[tuple[int, int, Mention]], p: int,
                  reg: Registry) -> None:
    """The two latest distinct actors of the wanted kind (``m.partner`` holds the kind)."""
    want, found = m.partner, []
    m.partner = None
    for hp, _, h in reversed(history):
        if p - hp > 1:
            break
        kind = reg.kind(h.actor)
        ok = kind == "person" if want == "person" else kind != "person"
        if ok and h.actor not in found:
            found.append(h.actor)
            if len(found) == 2:
                m.actor, m.partner = found[1], found[0]  # in text order
                return


def extract_english(article: Article, *, gazetteer: Any, lexicon: Lexicon | None = None
                    ) -> Extraction:
    """Actors, claims and stances of an English article (offsets into ``article.text``)."""
    text = article.text
    lex = lexicon or load()
    reg = Registry(text, index_for(gazetteer), article.published, article=article.id)
    reg.given = lex.given or {}
    reg.title_words = lex.title_heads
    sents = sentences(text, article.body)
    per_sentence = [find_mentions(s, reg, lex) for s in sents]
    history: list[tuple[int, int, Mention]] = []
    paras = paragraphs(text, article.body)
    quotes_by_para = [quote_regions(text, s, e) for s, e in paras]

    claims: list[Claim] = []
    stances: list[Stance] = []

    def armed(actor: str) -> bool:
        d = reg.drafts[actor]
        return d.kind in ("state", "armed_group") or d.sector in ("MIL", "REB", "UAF") or (
            d.kind == "group" and d.sector is None)
    prev_direct: RawClaim | None = None
    reported: tuple[int, int] | None = None  # a later paragraph an earlier claim reports
    for si, (sent, mentions) in enumerate(zip(sents, per_sentence)):
        _resolve_pronouns(mentions, sent.paragraph, history, reg, si, subject=lambda m, want: (
            _np_subject(sents, si, m, want, history, reg, lex)))
        possessives = [m for m in mentions if m.how == "possessive"]  # read by noun cues only
        if possessives:
            mentions[:] = [m for m in mentions if m.how != "possessive"]
        quotes = quotes_by_para[sent.paragraph]
        last = si + 1 == len(sents) or sents[si + 1].paragraph != sent.paragraph
        raw_claims = find_claims(
            text, sent, si, mentions, reg, lex, quotes, published=article.published,
            next_para=paras[sent.paragraph + 1] if last and sent.paragraph + 1 < len(paras)
            else None, possessives=possessives)
        if reported is not None and raw_claims:  # the paragraph after "He added:" is his words
            raw_claims = [rc for rc in raw_claims if not reported[0] <= rc.cue[0] < reported[1]]
        reported = next((rc.content for rc in raw_claims if not rc.direct
                         and rc.content[0] >= sent.end), reported)
        if not raw_claims and prev_direct is not None:
            if prev_direct.content[1] >= sent.end:
                pass  # still inside the quotation the claim already covers
            else:
                more = _continuation(sent, prev_direct, sents, quotes)
                if more is not None:
                    prev_direct.content = (prev_direct.content[0], more)
                    _replace_last(claims, prev_direct, text)
        new_np = []
        for rc in raw_claims:  # "Analysts said ... They added ...": new speakers can be "they"
            if rc.speaker_mention and not any(m.actor == rc.speaker for m in mentions):
                s0, e0 = rc.speaker_mention
                words = text[s0:e0].split()
                plural = reg.kind(rc.speaker) != "person" and (
                    not words or words[-1].lower().endswith("s"))  # "officials", not "the poll"
                new_np.append(Mention(s0, e0, -1, -1, rc.speaker, "np", plural=plural, rank=2))
                history.append((sent.paragraph, si, new_np[-1]))
            elif rc.speaker_mention:  # a speaker is the agent of its clause
                s0, e0 = rc.speaker_mention
                people = set()
                for m in mentions:
                    if m.actor == rc.speaker and s0 <= m.start and m.end <= e0:
                        m.rank = max(m.rank, 2)
                    if s0 <= m.start and m.end <= e0 and m.how != "pronoun" \
                            and reg.kind(m.actor) == "person":
                        people.add(m.actor)
                if len(people) >= 2 and " and " in text[s0:e0]:
                    # "Mr. Roe and Ms. Poe say ... they say": "they" is the pair (the claim's
                    # speaker stands for it), not an earlier country
                    history.append((sent.paragraph, si, Mention(
                        s0, e0, -1, -1, rc.speaker, "np", plural=True, rank=2)))
        if new_np:
            _they_after_speaker(raw_claims, mentions, new_np, reg)
        named = [rc for rc in raw_claims if not rc.unnamed]
        if named:
            reg.issuer = named[-1].speaker
        ids = []
        for rc in raw_claims:
            rc.about = tuple(dict.fromkeys(
                m.actor for m in mentions if m.actor and m.actor != rc.speaker
                and rc.content[0] <= m.start and m.end <= rc.content[1]))
            cid = f"c{len(claims) + 1}"
            ids.append(cid)
            claims.append(_claim(cid, rc, text))
        prev_direct = raw_claims[-1] if raw_claims and raw_claims[-1].direct else (
            prev_direct if not raw_claims and prev_direct is not None
            and prev_direct.content[1] >= sent.end else None)
        # no stances are drawn from claims whose speaker the text does not name
        named_ids = [cid for cid, rc in zip(ids, raw_claims) if not rc.unnamed]
        for rs in find_stances(text, sent, mentions, named, lex, quotes,
                               published=article.published, armed=armed):
            stances.append(Stance(
                id=f"s{len(stances) + 1}", holder=rs.holder, type=rs.type,
                polarity=rs.polarity, trigger=Span.of(text, *rs.trigger), target=rs.target,
                holder_mention=Span.of(text, *rs.holder_mention) if rs.holder_mention else None,
                target_mention=Span.of(text, *rs.target_mention) if rs.target_mention else None,
                claim=named_ids[rs.claim] if rs.claim is not None else None, date=rs.date,
                negated=rs.negated, confidence=rs.confidence))
        for m in mentions:
            reg.add(m)
    _home_country(reg, per_sentence)
    used = {c.speaker for c in claims} | {s.holder for s in stances} | {
        s.target for s in stances if s.target} | {c.addressee for c in claims if c.addressee}
    return scope_to_article(Extraction(article=article, actors=reg.actors(used),
                                       claims=tuple(claims), stances=tuple(stances)),
                            reg.generic())


def _they_after_speaker(raw_claims: list[RawClaim], mentions: list[Mention],
                        new_np: list[Mention], reg: Registry) -> None:
    """A speaking "they"/"it" after a noun-phrase speaker of the same sentence is that
    speaker ("Top lawmakers said Friday ..., as they bristled at ..."): pronouns are resolved
    before the sentence's claims name their noun-phrase speakers, so the pronoun took an
    earlier actor; it is moved unless that actor speaks in this sentence too."""
    for rc in raw_claims:
        if not rc.speaker_mention:
            continue
        s0, e0 = rc.speaker_mention
        want = reg.text[s0:e0].lower()
        if want not in ("they", "it"):
            continue
        m = next((m for m in mentions if m.how == "pronoun" and (m.start, m.end) == (s0, e0)),
                 None)
        np = next((n for n in reversed(new_np) if n.end <= s0 and n.plural == (want == "they")
                   and reg.kind(n.actor) != "person" and reg.text[n.start:n.end].split()[-1]
                   .lower() not in _PRONOUN_WORDS), None)  # (not "all agreed that it ...")
        if m is None or np is None or np.actor == m.actor or any(
                r.speaker == m.actor for r in raw_claims if r is not rc):
            continue
        m.actor = rc.speaker = np.actor


_STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG"})


def _home_country(reg: Registry, per_sentence: list[list[Mention]]) -> None:
    """Officials named by a title without a nationality ("President Levy Mwanawasa") belong to
    the article's country when it names exactly one state."""
    states = {reg.drafts[m.actor].country for ms in per_sentence for m in ms
              if m.actor and reg.drafts[m.actor].kind == "state"}
    if len(states) != 1 or None in states:
        return
    (home,) = states
    for d in reg.drafts.values():
        if d.id.startswith("x-") and d.country is None and d.sector in _STATE_SECTORS \
                and (d.role or d.kind == "person"):
            d.country = home


def _continuation(sent, prev: RawClaim, sents, quotes) -> int | None:
    """Where a quotation that opens this sentence ends, when it follows a quoted claim in the
    same paragraph (“…,” she said. “… . …”): the claim's content runs on to there."""
    if sents[prev.sentence].paragraph != sent.paragraph or prev.content[1] > sent.start:
        return None
    q = next((q for q in quotes if q[0] == sent.start), None)
    return q[1] if q is not None else None


def _claim(cid: str, rc: RawClaim, text: str) -> Claim:
    return Claim(
        id=cid, speaker=rc.speaker, cue=Span.of(text, *rc.cue),
        content=Span.of(text, *rc.content),
        speaker_mention=Span.of(text, *rc.speaker_mention) if rc.speaker_mention else None,
        addressee=rc.addressee, about=rc.about, direct=rc.direct, via=rc.via, date=rc.date,
        negated=rc.negated, confidence=rc.confidence)


def _replace_last(claims: list[Claim], rc: RawClaim, text: str) -> None:
    for n in range(len(claims) - 1, -1, -1):
        if claims[n].cue.start == rc.cue[0]:
            claims[n] = _claim(claims[n].id, rc, text)
            return
