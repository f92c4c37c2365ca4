"""English claim speakers: the speaker's words without the phrases that only frame the act,
subjects that begin after an earlier cue of the same sentence, and pronouns resolved to the
likely antecedent. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from extract.en import extract_english
from extract.model import Article, Extraction
from tests.extract.en.test_attribution_forms import only as claim
from tests.extract.en.test_attribution_forms import run
from tests.extract.en.test_english import GAZ, assert_offsets


def speaker_label(ex: Extraction, cue: str) -> str:
    a = ex.actor(claim(ex, cue).speaker)
    assert a is not None
    return a.label


# text, cue, the speaker's words
MENTIONS = [
    pytest.param("Marta Velasquez, speaking to dock workers in Lyon, said the port would stay "
                 "open.", "said", "Marta Velasquez", id="participle_between_commas"),
    pytest.param("Marta Velasquez, the port director, speaking to dock workers, said the port "
                 "would stay open.", "said", "Marta Velasquez, the port director,",
                 id="participle_after_an_apposition_keeps_its_comma"),
    pytest.param("Tomas Brandt, in a statement, said the harbour fees would rise.",
                 "said", "Tomas Brandt", id="venue_phrase_between_commas"),
    pytest.param("Tomas Brandt, like his rivals, has said the harbour fees would rise.",
                 "has said", "Tomas Brandt", id="comparison_between_commas"),
    pytest.param("In a letter to members, the union's treasurer, Ilse Varga, warned that dues "
                 "would rise.", "warned", "the union's treasurer, Ilse Varga,",
                 id="leading_venue_phrase"),
    pytest.param("Tomas Brandt, who chairs the harbour board, said the fees would rise.",
                 "said", "Tomas Brandt, who chairs the harbour board,",
                 id="relative_clause_is_kept"),
    pytest.param("A memo sent by Ilse Varga to the board indicates Tomas Brandt argued that the "
                 "leak was harmless.", "argued", "Tomas Brandt", id="subject_after_an_earlier_cue"),
    pytest.param("A 2019 letter between Tomas Brandt and Ilse Varga has Tomas Brandt saying the "
                 "port would close.", "saying", "Tomas Brandt",
                 id="words_with_a_finite_verb_leave_the_speaker_named_last"),
    pytest.param("Only 40 percent of the dock workers said the port should close.", "said",
                 "Only 40 percent of the dock workers", id="only_stays"),
    pytest.param("Both lawmakers said the port would close.", "said", "Both lawmakers",
                 id="both_stays"),
    pytest.param("The 63-year-old senator said the port would close.", "said",
                 "The 63-year-old senator", id="hyphen_inside_a_word"),
    pytest.param("A 2014 study that appeared in a medical journal found that the port was "
                 "unsafe.", "found", "A 2014 study that appeared in a medical journal",
                 id="subject_with_a_relative_clause"),
    pytest.param("Dock workers who met the mayor said the port would close.", "said",
                 "Dock workers who met the mayor", id="subject_with_a_who_clause"),
    pytest.param("Federal prosecutors in April charged that the port was unsafe.", "charged",
                 "Federal prosecutors", id="closing_time_phrase"),
    pytest.param("Ilse Varga in recent days has said the port was unsafe.", "has said",
                 "Ilse Varga", id="closing_time_phrase_recent_days"),
    pytest.param("\u201cThe port will close,\u201d said Jonas Weller, 24, a dock worker, arguing that "
                 "for all its flaws, the old harbour was safer.", "said",
                 "Jonas Weller, 24, a dock worker,", id="participle_after_an_inverted_speaker"),
    pytest.param("A report published in June found that the port was unsafe.", "found",
                 "A report published in June", id="time_phrase_of_a_participle_stays"),
]


@pytest.mark.parametrize("text,cue,words", MENTIONS)
def test_speaker_mention(text, cue, words):
    c = claim(run(text), cue)
    assert c.speaker_mention is not None
    assert c.speaker_mention.text == words


@pytest.mark.parametrize("text,label", [
    pytest.param("Tomas Brandt's spokesman, Jonas Weller, said the port would close.",
                 "Jonas Weller", id="named_agent_of_a_possessor"),
    pytest.param("Tomas Brandt met reporters. Tomas Brandt's spokesman said the port would "
                 "close.", "Tomas Brandt spokesman", id="unnamed_agent_of_a_possessor"),
])
def test_possessor_is_not_the_speaker(text, label):
    assert speaker_label(run(text), "said") == label


def test_relative_clause_names_no_speaker():
    ex = run("Dock workers who met the mayor said the port would close.")
    assert speaker_label(ex, "said") == "Dock workers"


def test_that_clause_with_its_own_subject_is_not_a_relative():
    ex = run("The port director said that workers argued that the plan was fair.")
    assert claim(ex, "argued").speaker_mention.text == "workers"


def test_earlier_cue_keeps_its_own_subject():
    ex = run("A memo sent by Ilse Varga to the board indicates Tomas Brandt knew about the leak.")
    assert claim(ex, "indicates").speaker_mention.text == "A memo sent by Ilse Varga to the board"


# text, cue, the speaker's label
PRONOUNS = [
    pytest.param("Marta Velasquez met Tomas Brandt in Lyon. She said the port would stay open.",
                 "said", "Marta Velasquez", id="she_skips_a_later_man_by_given_name"),
    pytest.param("Marta Velasquez met Tomas Brandt in Lyon. He said the port would stay open.",
                 "said", "Tomas Brandt", id="he_takes_the_man_though_he_is_the_object"),
    pytest.param("Mrs. Okafor met Mr. Lindqvist on Monday. She said the deal was close.",
                 "said", "Okafor", id="honorifics_give_the_sex"),
    pytest.param("Spokeswoman Robin Hale met Jordan Price on Monday. She said the deal was close.",
                 "said", "Robin Hale", id="a_gendered_title_gives_the_sex"),
    pytest.param("Robin Hale met Jordan Price in Lyon. She said the deal was close.",
                 "said", "Robin Hale", id="unknown_sex_the_subject_beats_the_object"),
    pytest.param("Oskar Lindqvist spoke in Lyon on Monday. Asked whether he trusts Pavel Orlov, he "
                 "said the talks would go on.", "said", "Oskar Lindqvist",
                 id="the_subject_beats_an_object_in_a_whether_clause"),
    pytest.param("Oskar Lindqvist spoke in Lyon on Monday. Asked whether Pavel Orlov was right, "
                 "he said the talks would go on.", "said", "Oskar Lindqvist",
                 id="the_subject_beats_the_subject_of_a_whether_clause"),
    pytest.param("When Oskar Lindqvist was asked whether he trusts Pavel Orlov, he said the talks "
                 "would go on.", "said", "Oskar Lindqvist", id="same_sentence_subject"),
    pytest.param("Oskar Lindqvist spoke in Lyon. She said the talks would go on.",
                 "said", "Oskar Lindqvist", id="no_one_of_that_sex_keeps_the_latest_person"),
]


@pytest.mark.parametrize("text,cue,label", PRONOUNS)
def test_pronoun_speaker(text, cue, label):
    assert speaker_label(run(text), cue) == label


def test_pronoun_gives_the_sex_to_later_pronouns():
    # "Robin Hale" has no sex of record; the "she" resolved to her tells the later "he" that
    # the subject of the last sentence is not the man
    ex = run("Robin Hale spoke in Lyon. She said the port would stay open. Robin Hale met "
             "Jordan Price on Monday. He said the fees would rise.")
    later = [c for c in ex.claims if c.content.text.startswith("the fees")]
    assert len(later) == 1
    assert ex.actor(later[0].speaker).label == "Jordan Price"


def test_bad_given_name_line_is_reported(tmp_path):
    from extract.en.lexicon import check
    (tmp_path / "given_names.tsv").write_text("# header\nmarta\tf\noskar\tx\n", encoding="utf-8")
    errors = check(tmp_path)
    assert len(errors) == 1 and errors[0].startswith(f"{tmp_path / 'given_names.tsv'}:3:")


BERG = {"id": "x-helen-berg", "label": "Helen Berg", "kind": "person", "country": "SWE",
        "sector": "GOV", "labels": {"en": "Helen Berg"}, "names": {"en": ["Helen Berg", "Berg"]}}


def run_berg(text: str) -> Extraction:
    ex = extract_english(Article("t", text, "en", published="2024-05-10"),
                         gazetteer=[*GAZ, BERG])
    assert_offsets(ex)
    return ex


def test_another_first_name_is_another_person_of_the_family():
    ex = run_berg("Helen Berg met voters. Her husband David Berg said the port would close.")
    a = ex.actor(claim(ex, "said").speaker)
    assert a.label == "David Berg" and a.id != "x-helen-berg"
    assert a.country == "SWE"  # kin of a known person: the same country


def test_surname_alone_is_still_the_known_person():
    ex = run_berg("Helen Berg met voters. Berg said the port would close.")
    assert ex.actor(claim(ex, "said").speaker).id == "x-helen-berg"


def test_place_before_a_title_abbreviation_is_not_the_speaker():
    ex = run("Ohio Gov. Jonas Weller said the port would close.")
    assert speaker_label(ex, "said") == "Jonas Weller"


def test_name_before_an_office_with_a_name_says_whose_office():
    ex = run("Marta Velasquez spoke in Lyon. Velasquez spokesman Jonas Weller said the port "
             "would close.")
    assert speaker_label(ex, "said") == "Jonas Weller"


def test_stacked_title_abbreviations():
    ex = run("Retired Lt. Gen. Jonas Weller said the port would close.")
    assert speaker_label(ex, "said") == "Jonas Weller"


def test_month_word_after_a_given_name_is_a_surname():
    ex = run("Prime Minister Theresa May will say on Tuesday that the port deal is dead.")
    c = claim(ex, "will say")
    assert ex.actor(c.speaker).label == "Theresa May"
    ex = run("Marta Velasquez said on May 5 that the port would close.")
    assert ex.actor(claim(ex, "said").speaker).label == "Marta Velasquez"
