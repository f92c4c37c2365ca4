"""English cue words and the gates before a frame is tried (:func:`extract.en.forms.verb_form`
and :func:`extract.en.forms.passive`): contractions at a sentence's start, participles after a
subordinating conjunction. Every sentence here is written for these tests."""

from __future__ import annotations

from extract.en.forms import verb_form
from extract.en.lexicon import load
from extract.en.text import tokenize
from extract.model import Extraction
from tests.extract.en.test_attribution_forms import run


LEX = load()


def cues(ex: Extraction) -> list[str]:
    return [c.cue.text for c in ex.claims]


def test_contracted_be_before_ing_cue_at_sentence_start():
    # "He's" opens the sentence: "'s" is "is", so "claiming" is a finite verb
    ex = run("Ana Lopez spoke in Lyon on Monday. She's claiming that the count was rigged.")
    c = next(c for c in ex.claims if "claiming" in c.cue.text)
    assert c.content.text.startswith("the count was rigged")
    assert c.speaker_mention is not None and c.speaker_mention.text == "She"


def _form(text: str, word: str) -> str | None:
    toks = tuple(tokenize(text))
    i = next(n for n, t in enumerate(toks) if t.low == word)
    cue = next(c for c in LEX.cues[word] if c.words == (word,))
    return verb_form(toks, i, i + 1, cue)


def test_verb_form_of_ing_cue_after_contracted_be():
    assert _form("He's claiming the count was rigged.", "claiming") == "finite"
    assert _form("It's denouncing the ruling.", "denouncing") == "finite"
    # no form of "be" before it: an -ing word opening a noun phrase is no verb
    assert _form("Claiming victory early was a mistake.", "claiming") is None


def test_participle_after_when_is_no_reduced_relative():
    # "When asked by reporters": "When" is not a noun the participle hangs on
    ex = run("When asked by reporters about the vote, Ana Lopez said the count was fair.")
    assert all(c.content.text != "When" for c in ex.claims), [
        (c.cue.text, c.content.text) for c in ex.claims]
    said = next(c for c in ex.claims if c.cue.text.startswith("said"))
    assert said.content.text.startswith("the count was fair")


def test_reduced_relative_passive_keeps_its_noun():
    ex = run("A plan praised by Ana Lopez would cut the tax on bread.")
    c = next(c for c in ex.claims if c.cue.text == "praised")
    assert c.content.text == "A plan"


def test_gerund_cue_after_preposition_takes_the_clause_subject():
    ex = run("Ana Lopez praised the mayor but stopped short of calling the vote a fraud.")
    c = next(c for c in ex.claims if c.cue.text == "calling")
    assert c.speaker_mention is not None and c.speaker_mention.text == "Ana Lopez"
    assert c.content.text.startswith("the vote a fraud")
    assert _form("She was quick at denouncing the plan.", "denouncing") == "participle"


def test_gerund_after_a_determiner_is_no_cue():
    # "the warning": a noun, even after a preposition two words back
    assert _form("She spoke of the warning in Lyon.", "warning") is None
    assert _form("It is a question about mentioning names.", "mentioning") is None


def test_cue_in_a_new_clause_after_a_report_is_a_claim_of_its_own():
    ex = run("Ana Lopez said the bridge would open in May, though she noted costs had risen.")
    noted = next(c for c in ex.claims if c.cue.text == "noted")
    assert noted.speaker_mention is not None and noted.speaker_mention.text == "she"
    ex = run("Ana Lopez said the plan had failed and France accused Turkey of delaying it.")
    assert any(c.cue.text.startswith("accused") for c in ex.claims), [
        (c.cue.text, c.content.text) for c in ex.claims]


def test_cue_inside_a_report_without_a_subject_of_its_own_stays_in_it():
    # "and a group of voters supports it": no name or pronoun opens the subject, so the
    # inner verb is part of what Ana Lopez said
    ex = run("Ana Lopez said the plan had failed and a group of voters supports it.")
    assert [c.cue.text for c in ex.claims] == ["said"]


def test_report_content_ends_before_a_new_clause_with_its_own_cue():
    ex = run("Ana Lopez said the bridge would open in May, though she noted costs had risen.")
    said = next(c for c in ex.claims if c.cue.text == "said")
    assert said.content.text == "the bridge would open in May"


def test_sentence_case_headline_with_a_named_person_before_the_colon():
    ex = run("Veteran mayor Ana Lopez: 'The bridge will open in May.'\n\nThe city council met.")
    c = next(c for c in ex.claims if c.cue.text == ":")
    assert c.speaker_mention is not None and c.speaker_mention.text.endswith("Ana Lopez")
    assert "bridge will open" in c.content.text
    ex = run("A lesson from Ana Lopez: the bridge will open in May.\n\nThe city council met.")
    c = next(c for c in ex.claims if c.cue.text == ":")
    assert c.speaker_mention is not None and c.speaker_mention.text == "Ana Lopez"


def test_title_case_headline_colon_names_no_speaker():
    # capitals do not mark names in a Title Case line: "Fight Climate Change" names no one
    ex = run("A Plan to Fight Climate Change: Buy Mines, Sell Coal.\n\nThe city council met.")
    assert all(c.cue.text != ":" for c in ex.claims)


def test_ing_cue_after_comma_and_adverb_is_a_participle():
    assert _form("Ana Lopez left early, publicly denouncing the plan.", "denouncing") \
        == "participle"
    assert _form("She spoke while quietly praising the mayor.", "praising") == "participle"
    # an adverb alone before the -ing word, with no link before it, is no participle clause
    assert _form("Publicly denouncing the plan was risky.", "denouncing") is None


def test_ing_cue_after_a_dash_is_a_participle():
    assert _form("Ana Lopez — the mayor since 2019 — denouncing the plan.", "denouncing") \
        == "participle"


def test_nounlike_cue_after_a_comma_closing_subject_apposition_or_adverb():
    assert _form("Some voters, however, question the plan.", "question") == "finite"
    assert _form("A survey of farmers since May 2, 2023, shows a drop.", "shows") == "finite"
    # a capitalised word and a comma before a noun modifier: no verb
    assert _form("In Lyon, state officials met on Monday.", "state") is None


def test_say_after_a_quantifier_is_a_verb():
    assert _form("The two said the bridge would open.", "said") == "finite"
    assert _form("Only 28 said yes.", "said") == "finite"
    # other noun-like cues stay nouns after a quantifier
    assert _form("The two claims were false.", "claims") is None


def test_evidence_noun_before_a_sentence_final_s_verb():
    assert _form("Costs rose by a third, a new analysis shows.", "shows") == "finite"
    ex = run("Costs in Lyon rose by a third last year, a new analysis shows.")
    c = next(c for c in ex.claims if c.cue.text == "shows")
    assert c.content.text.startswith("Costs in Lyon rose")
    # a plural noun after an ordinary noun stays a noun
    assert _form("He met voting rights advocates in Lyon.", "advocates") is None


def test_preposition_and_ing_cue_opening_the_sentence_take_the_main_subject():
    ex = run("Ana Lopez spoke in Lyon. After praising the council, Ana Lopez left the hall.")
    c = next(c for c in ex.claims if c.cue.text == "praising")
    assert c.speaker_mention is not None and c.speaker_mention.text == "Ana Lopez"
    assert c.content.text == "the council"


def test_source_phrase_after_a_report_is_kept():
    # the quotation ends inside what "said" reports, so the source phrase falls inside it
    ex = run("Growth slowed, while Ana Lopez said there are fears it “will slow the city,” "
             "according to the report.")
    assert any(c.cue.text == "according to" for c in ex.claims), [
        (c.cue.text, c.content.text) for c in ex.claims]


def test_attitude_cue_with_its_own_plural_subject_after_though_is_kept():
    ex = run("Ana Lopez suggested that the bridge was safe, though critics consider it a risk.")
    c = next(c for c in ex.claims if c.cue.text == "consider")
    assert c.speaker_mention is not None and c.speaker_mention.text == "critics"
    # without a clause link the belief stays inside what she suggested
    ex = run("Ana Lopez suggested that critics consider the bridge a risk.")
    assert [c.cue.text for c in ex.claims] == ["suggested"]


def test_semicolon_opens_a_clause_of_its_own_after_a_report():
    ex = run("Ana Lopez said the delay was not planned; she complained about it on Friday.")
    said = next(c for c in ex.claims if c.cue.text == "said")
    assert said.content.text == "the delay was not planned"
    assert any(c.cue.text.startswith("complained") for c in ex.claims), \
        [c.cue.text for c in ex.claims]


def test_opening_with_clause_content_ends_at_its_comma():
    ex = run("With polls showing her far ahead in Lyon, Ana Lopez plans to visit Paris.")
    showing = next(c for c in ex.claims if c.cue.text == "showing")
    assert showing.content.text == "her far ahead in Lyon"
    assert any(c.cue.text == "plans" for c in ex.claims), [c.cue.text for c in ex.claims]


def test_listed_verb_after_comma_shares_the_sentence_subject():
    ex = run("Ana Lopez has suggested the vote was rigged, talked of a stolen count and left.")
    c = next(c for c in ex.claims if c.cue.text.startswith("talked"))
    assert c.speaker_mention is not None and c.speaker_mention.text == "Ana Lopez"
    # a name before the comma ends an apposition, not a list of verbs
    ex = run("The paper reported that the mayor, Ana Lopez, warned the council of a delay.")
    assert all(not (c.cue.text == "warned" and c.speaker_mention is not None
                    and c.speaker_mention.text == "The paper") for c in ex.claims)


def test_report_content_ends_at_the_comma_before_a_verb_sharing_its_subject():
    ex = run("Ana Lopez has suggested the vote was rigged, talked of a stolen count and left.")
    c = next(c for c in ex.claims if c.cue.text == "has suggested")
    assert c.content.text == "the vote was rigged"
    ex = run("Ana Lopez said the vote was fair, citing the count in Lyon.")
    said = next(c for c in ex.claims if c.cue.text == "said")
    assert said.content.text == "the vote was fair"
    assert any(c.cue.text == "citing" for c in ex.claims), [c.cue.text for c in ex.claims]
