"""Pronoun speakers: "they"/"it" after a plain noun-phrase subject, and pronouns with a contracted
auxiliary ("She’s claiming", "They’ve said", "He’d argued"). Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest

from extract.en.text import tokenize
from tests.extract.en.test_attribution_forms import only, run


@pytest.mark.parametrize("text, words", [
    ("They’ve said", ["They", "’ve", "said"]),
    ("I'm told", ["I", "'m", "told"]),
    ("he’d argued", ["he", "’d", "argued"]),
    ("We’re sure you’ll see", ["We", "’re", "sure", "you", "’ll", "see"]),
    ("O’Neill and Theyve", ["O’Neill", "and", "Theyve"]),  # names and typos stay whole
])
def test_pronoun_clitics_are_tokens_of_their_own(text, words):
    assert [t.text for t in tokenize(text)] == words


@pytest.mark.parametrize("text, cue", [
    ("Marta Velasquez spoke on Monday. She’s claiming that the count was wrong.", "’s claiming"),
    ("Marta Velasquez spoke on Monday. She's saying that the count was wrong.", "'s saying"),
    ("Marta Velasquez spoke on Monday. She’d argued that the count was wrong.", "’d argued"),
    ("Marta Velasquez spoke on Monday. She’ll argue that the count was wrong.", "’ll argue"),
])
def test_pronoun_with_a_contracted_auxiliary_is_the_speaker(text, cue):
    ex = run(text)
    c = only(ex, cue)
    assert c.speaker_mention is not None and c.speaker_mention.text in ("She",)
    assert ex.actor(c.speaker).label == "Marta Velasquez"
    assert c.content.text == "the count was wrong"


def test_they_after_a_plain_plural_subject_is_that_group():
    text = "Dock workers walked off the job on Monday. They said the pay was too low."
    ex = run(text)
    c = only(ex, "said")
    assert c.speaker_mention.text == "They"
    a = ex.actor(c.speaker)
    assert a.label == "dock workers (article t)"  # (a sentence-initial capital is no name)
    assert any(m.text == "Dock workers" and m.start == 0 for m in a.mentions)


def test_it_after_a_singular_subject_with_the_is_that_body():
    ex = run("The guild walked out of the talks on Friday. It also said the offer was an insult.")
    c = only(ex, "also said")
    a = ex.actor(c.speaker)
    assert a.label == "guild (article t)"
    assert any(m.text == "guild" for m in a.mentions)


@pytest.mark.parametrize("text", [
    # a singular subject is no antecedent of "they", a plural one none of "it"
    "The guild walked out of the talks on Friday. They said the offer was an insult.",
    "Dock workers walked off the job on Monday. It said the pay was too low.",
    # a document is no speaker of its own
    "The report was released on Monday. It found that wages fell.",
])
def test_no_plain_noun_phrase_antecedent(text):
    ex = run(text)
    assert not any(c.speaker_mention is not None and c.speaker_mention.text in ("They", "It")
                   for c in ex.claims), [(c.cue.text, ex.actor(c.speaker).label) for c in ex.claims]


@pytest.mark.parametrize("text", [
    "Roberts walked out on Monday. They said the pay was too low.",  # no plural noun ending
    "Ann Rogers arrived first. Rogers walked out on Monday. They said the pay was too low.",
])
def test_a_sentence_initial_surname_is_no_group(text):
    ex = run(text)
    assert not any(c.speaker_mention is not None and c.speaker_mention.text == "They"
                   for c in ex.claims)



def test_they_after_a_noun_phrase_speaker_of_the_same_sentence():
    # "they" first takes France (the latest fitting actor); the farmers, named by a noun
    # phrase only as the sentence's speaker, are the better antecedent
    ex = run("France set new quotas on Monday. France and the quotas came up at a meeting.\n\n"
             "The quota is an insult, dairy farmers said on Friday, as they "
             "complained of the rules.")
    c = only(ex, "complained of")
    assert c.speaker_mention.text == "they"
    assert ex.actor(c.speaker).label == "dairy farmers (article t)"


def test_it_is_not_moved_to_a_quantifier_speaker():
    ex = run("France set new quotas on Monday.\n\n"
             "All agreed that it would add new layers of rules.")
    assert not any(ex.actor(c.speaker).label.lower() == "all" for c in ex.claims
                   if c.speaker_mention is not None and c.speaker_mention.text == "it")


def test_they_after_two_named_speakers_is_not_an_earlier_country():
    ex = run("France backs the quotas.\n\nBut Marta Velasquez and Tom Okafor say other changes "
             "are needed.\n\nThe quotas are far too low, they say.")
    c = [c for c in ex.claims if c.speaker_mention.text == "they"]
    assert len(c) == 1
    assert ex.actor(c[0].speaker).kind == "person"  # (the pair's first name stands for it)


@pytest.mark.parametrize("link", ["though", "but", "although"])
def test_same_speaker_pronoun_after_a_conjunction_opens_a_second_claim(link):
    ex = run(f"Marta Velasquez said the union would strike, {link} she acknowledged "
             "the vote was close.")
    said, ack = only(ex, "said"), only(ex, "acknowledged")
    assert said.content.text == "the union would strike"
    assert ack.speaker == said.speaker and ack.content.text == "the vote was close"



def test_another_speaker_after_a_comma_and_conjunction_opens_a_claim_too():
    ex = run("Marta Velasquez said the union would strike, though Tom Okafor acknowledged "
             "the vote was close.")
    assert only(ex, "said").content.text == "the union would strike"
    assert only(ex, "acknowledged").speaker_mention.text == "Tom Okafor"


def test_a_cause_clause_stays_inside_the_content():
    ex = run("Marta Velasquez said the union would strike because Tom Okafor acknowledged "
             "the vote was close.")
    assert "Tom Okafor acknowledged" in only(ex, "said").content.text


def test_a_speaker_after_a_semicolon_opens_a_claim_of_its_own():
    ex = run("Marta Velasquez said the union would strike; she acknowledged the vote was close.")
    assert only(ex, "said").content.text == "the union would strike"
    assert only(ex, "acknowledged").content.text == "the vote was close"
