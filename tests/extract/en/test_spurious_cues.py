"""English cue verbs in a sense that reports nothing, outside any other claim: going on
("continue") with no speech or infinitive after it, deciding with a noun-phrase object (settling
a thing), answering with nothing after it in its clause. Their reporting senses stay claims.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.en.test_attribution_forms import run


def cues(text: str) -> list[str]:
    return [c.cue.text for c in run(text).claims]


NO_CLAIM = [
    pytest.param("Republicans will continue their attacks on the plan.", "continue",
                 id="continue_with_plain_object"),
    pytest.param("If the mayor could not continue her campaign, the party would pick another.",
                 "continue", id="could_not_continue_object"),
    pytest.param("Demonstrators continued in the square until dawn.", "continued",
                 id="continue_with_place"),
    pytest.param("Nothing would stop Marta Velasquez from continuing as mayor.", "continuing",
                 id="continuing_as"),
    pytest.param("A ruling from the appeals panel could decide the dispute.", "decide",
                 id="decide_a_noun_phrase"),
    pytest.param("Turnout in three counties will decide the race.", "decide",
                 id="will_decide_the_race"),
    pytest.param("Asked about the contract, neither the ministry nor the contractor responded.",
                 "responded", id="responded_with_nothing_after"),
    pytest.param("Of 30 schools that replied, only 12 said they had a nurse.", "replied",
                 id="replied_in_relative_clause"),
]


@pytest.mark.parametrize("text,word", NO_CLAIM)
def test_non_reporting_sense_is_no_claim(text: str, word: str) -> None:
    assert not any(word in c for c in cues(text)), cues(text)


REPORTS = [
    pytest.param("Marta Velasquez continued: “We will not close the port.”", "continued:",
                 id="continued_with_colon_quote"),
    pytest.param("“The port stays open,” Marta Velasquez continued. “We have the money.”",
                 "continued", id="continued_after_quote"),
    pytest.param("Marta Velasquez continues to insist that the port will stay open.",
                 "continues to insist", id="continue_to_cue_verb"),
    pytest.param("The board decided that the port would stay open.", "decided",
                 id="decided_that"),
    pytest.param("The board decided to keep the port open.", "decided", id="decided_to"),
    pytest.param("Marta Velasquez responded that the port would stay open.", "responded",
                 id="responded_that"),
    pytest.param("Asked about the port, Marta Velasquez responded, “It stays open.”",
                 "responded", id="responded_with_quote"),
]


@pytest.mark.parametrize("text,cue", REPORTS)
def test_reporting_sense_stays(text: str, cue: str) -> None:
    assert cue in cues(text), cues(text)


def test_later_report_of_relative_clause_sentence_kept() -> None:
    ex = run("Of 30 schools that replied, only 12 said they had a nurse.")
    said = [c for c in ex.claims if c.cue.text == "said"]
    assert len(said) == 1 and said[0].content.text == "they had a nurse"


# a noun-like cue word ("report", "protest", "show") right before a finite verb or a past
# participle with a time after it is the head noun of that verb's subject
def test_report_before_participle_is_the_subject() -> None:
    ex = run("A county audit report released last year found that the ledger was wrong.")
    assert [c.cue.text for c in ex.claims] == ["found"], [c.cue.text for c in ex.claims]
    assert ex.claims[0].content.text == "the ledger was wrong"


def test_protest_before_finite_verb_is_no_cue() -> None:
    assert not any("protest" in c for c in cues("Unlike the march in Lyon, the Dijon protest "
                                                "remained calm.")), cues(
        "Unlike the march in Lyon, the Dijon protest remained calm.")


def test_report_before_found_gives_found() -> None:
    assert cues("The Riverside Gazette report found dozens of unpaid invoices.") == ["found"]


def test_verb_reading_kept_before_clause() -> None:
    assert "reports" in cues("The Riverside Gazette reports that the mayor will resign.")


# noun phrases that hold a cue word as an adjective or a kind of thing
NOUN_PHRASES = [
    pytest.param("And with newly disclosed tax records showing a loss, the mayor kept quiet.",
                 "disclosed", id="adverb_participle_after_preposition"),
    pytest.param("Her allies praised his recently revealed housing plan.", "revealed",
                 id="adverb_participle_after_possessive"),
    pytest.param("It all began with a Facebook post where a voter bragged about it.", "post",
                 id="platform_before_noun_like_cue"),
    pytest.param("The ministry did not return phone calls for comment on Monday.", "calls",
                 id="calls_for_comment"),
]


@pytest.mark.parametrize("text,word", NOUN_PHRASES)
def test_cue_word_inside_noun_phrase_is_no_cue(text: str, word: str) -> None:
    assert not any(word in c for c in cues(text)), cues(text)


def test_adverb_participle_after_subject_stays_a_cue() -> None:
    assert any("disclosed" in c for c in cues("The company publicly disclosed that profits fell."))


def test_platform_subject_with_verb_stays_a_cue() -> None:
    assert "noted" in cues("The website noted that both candidates misquoted the study.")


# a verb of saying opening the sentence before its speaker, a colon and a quotation is the cue
@pytest.mark.parametrize("text,speaker", [
    pytest.param("Said Okafor: “The budget will not pass.”", "Okafor", id="said_name_colon"),
    pytest.param("Added the mayor: “We will rebuild the bridge.”", "the mayor",
                 id="added_the_mayor_colon"),
])
def test_inverted_opener_is_the_cue(text: str, speaker: str) -> None:
    ex = run(text)
    assert [c.cue.text for c in ex.claims] == [text.split()[0]], [c.cue.text for c in ex.claims]
    assert ex.claims[0].speaker_mention.text == speaker


# determiners that stand only before a noun make the cue word after them a noun
@pytest.mark.parametrize("text,word", [
    pytest.param("Another challenge: most counties have no spare ballots.", "challenge",
                 id="another_challenge_colon"),
    pytest.param("The mill closed last year, and the bakery shut for the same reason.",
                 "reason", id="the_same_reason"),
])
def test_noun_only_determiner_makes_a_noun(text: str, word: str) -> None:
    assert not any(word in c for c in cues(text)), cues(text)


def test_another_as_subject_of_said_still_reports() -> None:
    assert "said" in cues("One official said the port would close; another said it would not.")


def test_see_a_thing_is_no_claim() -> None:
    assert not any("saw" in c for c in cues("Campus guards saw the video and closed the gate."))


def test_see_a_thing_as_a_view_stays() -> None:
    assert any("sees" in c for c in cues("The governor sees the vote as a test of her plan."))


@pytest.mark.parametrize("text,word", [
    pytest.param("Okafor, a nurse who sang at church every week, was hurt.", "sang",
                 id="sang_at_a_place"),
    pytest.param("Most donors are small donors who pitch in $50 or less.", "pitch",
                 id="pitch_in_money"),
])
def test_performing_without_words_is_no_claim(text: str, word: str) -> None:
    assert not any(word in c for c in cues(text)), cues(text)


def test_sings_after_quotation_stays() -> None:
    assert "sings" in cues("“Keep your hands in sight,” Okafor sings to the crowd before leaving.")


def test_regarding_after_and_is_a_preposition() -> None:
    text = ("This story was updated with comment from the mayor as well as details from the "
            "hearing and regarding rules that would limit the board.")
    assert not any("regarding" in c for c in cues(text)), cues(text)


def test_regarding_after_comma_is_a_preposition() -> None:
    text = "The senator spoke with reporters, regarding the budget that the board passed."
    assert not any("regarding" in c for c in cues(text)), cues(text)


def test_figure_in_a_poll_is_a_measurement() -> None:
    text = "The governor scored 12 percent in the newest poll, behind both rivals."
    assert "in" not in cues(text), cues(text)


def test_candidate_up_in_polls_stays_a_source() -> None:
    assert "in" in cues("The governor is up in the latest polls in every county.")


# a reporting noun before "to" and a noun phrase (not an infinitive) is no claim
@pytest.mark.parametrize("text,word", [
    pytest.param("The mayor began her closing argument to a tired city council.", "argument",
                 id="argument_to_a_noun_phrase"),
    pytest.param("Nobody doubts Moscow's threat to Baltic states, the minister said.", "threat",
                 id="threat_to_a_name"),
])
def test_reporting_noun_before_to_noun_phrase_is_no_claim(text: str, word: str) -> None:
    assert not any(word in c for c in cues(text)), cues(text)


def test_reporting_noun_before_infinitive_stays() -> None:
    assert any("threat" in c for c in cues("Moscow's threat to cut gas supplies alarmed Riga."))
