"""English extraction on small hand-written sentences: reported speech, quotes, titles,
negation, dates, PLOVER typing and polarity, offsets into the original text."""

from __future__ import annotations

import pytest

from extract.en import check, extract_english
from extract.model import Article, Extraction

# A gazetteer of our own, in the entry shape of extract.gazetteer (plain dicts are accepted).
GAZ = [
    {"id": "Q142", "label": "France", "kind": "state", "country": "FRA", "sector": "GOV",
     "labels": {"en": "France"}, "names": {"en": ["France"]},
     "demonyms": {"en": ["French"]}, "metonyms": {"en": ["Paris"]}},
    {"id": "Q43", "label": "Turkey", "kind": "state", "country": "TUR", "sector": "GOV",
     "labels": {"en": "Turkey"}, "names": {"en": ["Turkey", "Türkiye"]},
     "demonyms": {"en": ["Turkish", "Turk"]}, "metonyms": {"en": ["Ankara"]}},
    {"id": "Q159", "label": "Russia", "kind": "state", "country": "RUS", "sector": "GOV",
     "labels": {"en": "Russia"}, "names": {"en": ["Russia"]},
     "demonyms": {"en": ["Russian"]}, "metonyms": {"en": ["Moscow"]}},
    {"id": "Q30", "label": "United States", "kind": "state", "country": "USA", "sector": "GOV",
     "labels": {"en": "United States"}, "names": {"en": ["United States", "US", "U.S."]},
     "demonyms": {"en": ["American"]}, "metonyms": {"en": ["Washington"]}},
    {"id": "Q38", "label": "Italy", "kind": "state", "country": "ITA", "sector": "GOV",
     "labels": {"en": "Italy"}, "names": {"en": ["Italy", "IT"]},
     "demonyms": {"en": ["Italian"]}, "metonyms": {"en": ["Rome"]}},
    {"id": "x-ana-lopez", "label": "Ana Lopez", "kind": "person", "country": "FRA",
     "sector": "GOV", "role": "head of state", "names": {"en": ["Ana Lopez"]},
     "offices": [{"role": "head of state", "country": "FRA", "start": "2020-01-01",
                  "end": None}]},
    {"id": "x-old-chief", "label": "Old Chief", "kind": "person", "country": "FRA",
     "sector": "GOV", "role": "head of state", "names": {"en": ["Old Chief"]},
     "offices": [{"role": "head of state", "country": "FRA", "start": "2010-01-01",
                  "end": "2020-01-01"}]},
]


def run(text: str, published: str | None = "2024-05-10") -> Extraction:
    # 2024-05-10 is a Friday
    return extract_english(Article("t", text, "en", published=published), gazetteer=GAZ)


def actor_of(ex: Extraction, actor_id: str):
    a = ex.actor(actor_id)
    assert a is not None, f"{actor_id} not among {[x.id for x in ex.actors]}"
    return a


def assert_offsets(ex: Extraction) -> None:
    text = ex.article.text
    spans = [m for a in ex.actors for m in a.mentions]
    for c in ex.claims:
        spans += [c.cue, c.content] + ([c.speaker_mention] if c.speaker_mention else [])
    for s in ex.stances:
        spans += [s.trigger] + [x for x in (s.holder_mention, s.target_mention) if x]
    for sp in spans:
        assert text[sp.start:sp.end] == sp.text


def test_lexicon_files_are_valid():
    assert check() == []


def test_bad_lexicon_line_is_reported_with_file_and_line(tmp_path):
    for name in ("cues.tsv", "titles.tsv", "verbs.tsv", "metonyms.tsv"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "stances.tsv").write_text("# header\n~nudge\tPOKE\t-1\t-\t-\n",
                                          encoding="utf-8")
    errors = check(tmp_path)
    assert len(errors) == 1 and errors[0].startswith(f"{tmp_path / 'stances.tsv'}:2:")
    assert "PLOVER" in errors[0]


def test_leading_speaker_with_that_clause_and_weekday_date():
    ex = run("Turkey's foreign minister said on Tuesday that the border would stay closed.")
    (c,) = ex.claims
    assert c.cue.text == "said"
    assert c.content.text == "the border would stay closed"
    assert c.speaker_mention.text == "Turkey's foreign minister"
    assert actor_of(ex, c.speaker).country == "TUR"
    assert c.date == "2024-05-07"
    assert not c.direct
    assert_offsets(ex)


def test_trailing_speaker_after_comma():
    ex = run("The talks will resume next month, Russian officials said.")
    (c,) = ex.claims
    assert c.content.text == "The talks will resume next month"
    assert c.speaker_mention.text == "Russian officials"
    assert actor_of(ex, c.speaker).country == "RUS"


@pytest.mark.parametrize("text,speaker_words", [
    ("“We are ready to talk,” the Turkish foreign minister, Kemal Ozan, told reporters.",
     "the Turkish foreign minister, Kemal Ozan,"),  # attribution spans keep the closing comma
    ("“We are ready to talk,” said Turkish Foreign Minister Kemal Ozan.",
     "Turkish Foreign Minister Kemal Ozan"),
    ("Turkish Foreign Minister Kemal Ozan said: “We are ready to talk.”",
     "Turkish Foreign Minister Kemal Ozan"),
])
def test_direct_quote_with_speaker_before_or_after(text, speaker_words):
    ex = run(text)
    (c,) = ex.claims
    assert c.direct
    assert "We are ready to talk" in c.content.text
    assert c.speaker_mention.text == speaker_words
    spk = actor_of(ex, c.speaker)
    assert (spk.id, spk.kind, spk.country, spk.role) == (
        "x-kemal-ozan", "person", "TUR", "foreign minister")
    assert_offsets(ex)


def test_multi_sentence_quote_continues_with_pronoun_speaker():
    text = ("French President Ana Lopez arrived in Rome. “This is a good day. We agree,” "
            "she said. “Nothing will stop us.”")
    ex = run(text)
    (c,) = ex.claims
    assert c.speaker == "x-ana-lopez"
    assert c.speaker_mention.text == "she"
    assert c.content.text.startswith("“This is a good day.")
    assert c.content.text.endswith("“Nothing will stop us.”")


def test_according_to_puts_the_speaker_after_the_cue():
    ex = run("Ten soldiers were wounded near the border, according to the Turkish army.")
    (c,) = ex.claims
    assert c.cue.text == "according to"
    assert c.content.text == "Ten soldiers were wounded near the border"
    assert actor_of(ex, c.speaker).country == "TUR"


def test_called_on_sets_addressee_and_request_stance():
    ex = run("France called on Russia to withdraw its troops.")
    (c,) = ex.claims
    assert (c.speaker, c.addressee) == ("Q142", "Q159")
    assert c.content.text == "to withdraw its troops"
    (s,) = ex.stances
    assert (s.type, s.holder, s.target, s.claim) == ("REQUEST", "Q142", "Q159", c.id)


def test_title_without_name_resolves_to_office_holder_on_the_article_date():
    ex = run("The French president met his Russian counterpart in Ankara.", "2024-01-01")
    (s,) = ex.stances
    assert s.type == "CONSULT" and s.polarity == 1
    assert s.holder == "x-ana-lopez"
    assert actor_of(ex, s.target).country == "RUS"
    ex_old = run("The French president met his Russian counterpart in Ankara.", "2015-06-01")
    assert ex_old.stances[0].holder == "x-old-chief"


def test_unknown_title_holder_becomes_a_new_government_person():
    ex = run("The Italian defence minister condemned the attack.")
    (s,) = ex.stances
    holder = actor_of(ex, s.holder)
    assert (holder.kind, holder.country, holder.sector) == ("person", "ITA", "MIL")
    assert s.type == "ACCUSE" and s.polarity == -1


def test_capitalised_pronoun_is_not_an_acronym_of_a_state():
    ex = run("It is not clear when Italy will decide.")
    italy = actor_of(ex, "Q38")
    assert [m.text for m in italy.mentions] == ["Italy"]


def test_metonym_and_possessive():
    ex = run("Ankara accused Washington's allies of arming the rebels.")
    s = ex.stances[0]
    assert (s.type, s.holder) == ("ACCUSE", "Q43")
    assert actor_of(ex, "Q30").mentions[0].text == "Washington"


@pytest.mark.parametrize("text,type_,polarity,negated", [
    ("Turkish troops shelled Russian positions overnight.", "ASSAULT", -1, False),
    ("Turkey imposed sanctions on Russia.", "SANCTION", -1, False),
    ("France sent aid to Turkey.", "AID", 1, False),
    ("Turkey rejected the Russian proposal.", "REJECT", -1, False),
    ("Turkey threatened to impose sanctions on Russia.", "THREATEN", -1, False),
    ("Turkey will attack Russian bases unless the shelling stops.", "THREATEN", -1, False),
    ("France agreed to send aid to Turkey.", "AGREE", 1, False),
    ("Turkey did not support the French plan.", "SUPPORT", -1, True),
    ("Russia has never attacked Turkey.", "ASSAULT", 0, True),
    ("Turkish police arrested ten French journalists.", "COERCE", -1, False),
    ("Thousands of Turkish students protested in Ankara.", "PROTEST", -1, False),
])
def test_plover_type_polarity_and_negation(text, type_, polarity, negated):
    ex = run(text)
    assert ex.stances, text
    s = ex.stances[0]
    assert (s.type, s.polarity, s.negated) == (type_, polarity, negated)
    assert_offsets(ex)


def test_complement_action_is_not_a_second_stance():
    ex = run("Russia refused to meet the Turkish envoy.")
    assert [s.type for s in ex.stances] == ["REJECT"]


def test_denial_is_a_negated_claim():
    ex = run("Russia denied that its jets had bombed the town.")
    (c,) = ex.claims
    assert c.negated and c.content.text == "its jets had bombed the town"


@pytest.mark.parametrize("phrase,expected", [
    ("on March 3", "2024-03-03"),
    ("yesterday", "2024-05-09"),
    ("last week", "2024-05-03"),
    ("on 3 June 2021", "2021-06-03"),
])
def test_claim_dates_resolve_against_publication(phrase, expected):
    ex = run(f"France said {phrase} that the talks had failed.")
    assert ex.claims[0].date == expected


def test_date_without_publication_year_keeps_month_and_day():
    ex = run("France said on March 3 that the talks had failed.", published=None)
    assert ex.claims[0].date == "--03-03"


def test_noun_uses_of_cue_words_are_not_claims():
    ex = run("The State Department issued its claims of fraud in seven states.")
    assert ex.claims == ()


def test_offsets_point_into_text_with_leading_whitespace_and_curly_quotes():
    text = "\n  Intro line.\n\n“We will not retreat,” the Russian army said on Friday.\n"
    ex = run(text)
    (c,) = ex.claims
    assert text[c.content.start:c.content.end] == "“We will not retreat,”"
    assert c.date == "2024-05-10"
    assert_offsets(ex)


def test_long_apposition_before_the_cue_is_the_speaker_mention():
    text = ("Leyla Demir, a professor of law at a university in Ankara, a former adviser, "
            "said the ruling was wrong.")
    (c,) = run(text).claims
    assert c.speaker_mention.text == (
        "Leyla Demir, a professor of law at a university in Ankara, a former adviser,")
    assert c.content.text == "the ruling was wrong"


def test_inverted_speaker_keeps_the_apposition():
    text = "“The deal is dead,” said Omar Haddad, a negotiator for the rebels."
    (c,) = run(text).claims
    assert c.speaker_mention.text == "Omar Haddad, a negotiator for the rebels"
    assert c.direct and c.content.text == "“The deal is dead,”"


def test_cue_span_takes_auxiliaries_and_a_bare_weekday():
    (c,) = run("France has also said Monday that the talks failed.").claims
    assert c.cue.text == "has also said Monday"
    assert c.content.text == "the talks failed"


@pytest.mark.parametrize("text,speaker,cue,content", [
    ("ERDOGAN: We will not wait any longer.", "ERDOGAN", ":", "We will not wait any longer"),
    ("“We will not wait any longer.” ― Kemal Ozan", "Kemal Ozan", "―",
     "“We will not wait any longer.”"),
])
def test_colon_and_dash_attributions(text, speaker, cue, content):
    (c,) = run(text).claims
    assert (c.speaker_mention.text, c.cue.text, c.content.text) == (speaker, cue, content)


def test_pronoun_after_a_named_person_in_an_earlier_paragraph():
    text = "Mr. Kemal Ozan arrived in Paris on Monday.\n\nHe said the visit was a success."
    (c,) = run(text).claims
    assert c.speaker_mention.text == "He"
    assert actor_of(run(text), c.speaker).label == "Kemal Ozan"


def test_appositive_office_gives_an_unknown_person_a_country():
    ex = run("Kemal Ozan, the Turkish foreign minister, condemned the raid.")
    (s,) = ex.stances
    holder = actor_of(ex, s.holder)
    assert (holder.id, holder.country, holder.role) == ("x-kemal-ozan", "TUR", "foreign minister")


def test_known_name_ends_an_unknown_capitalised_run():
    ex = run("NATO-member Turkey is willing to send aid to Russia.")
    (s,) = ex.stances
    assert (s.type, s.holder, s.target) == ("AGREE", "Q43", "Q159")


def test_user_word_lists_extend_the_shipped_ones(tmp_path, monkeypatch):
    from extract.en.lexicon import load
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "stances.tsv").write_text("~snub\tREJECT\t-1\t-\t-\n", encoding="utf-8")
    assert run("Turkey snubbed Russia.").stances == ()
    monkeypatch.setenv("QAWL_RULES_PATH", str(tmp_path))
    assert check() == []
    ex = extract_english(Article("t", "Turkey snubbed Russia.", "en"), gazetteer=GAZ,
                         lexicon=load())
    assert [(s.type, s.holder, s.target) for s in ex.stances] == [("REJECT", "Q43", "Q159")]


@pytest.mark.parametrize("text,expected", [
    ("The French president said he was worried by the attacks on hospitals.", []),
    ("Russian attacks on Turkish positions continued.", [("ASSAULT", "Q159", "Q43")]),
    ("Turkey launched an offensive against Russia.", [("ASSAULT", "Q43", "Q159")]),
    ("Talks between France and Russia resumed.", []),
])
def test_nominal_triggers_need_an_actor_that_does_the_act(text, expected):
    ex = run(text)
    assert [(s.type, s.holder, s.target) for s in ex.stances] == expected


def test_the_two_leaders_are_the_two_persons_named_before():
    text = ("French President Ana Lopez phoned her Russian counterpart Ivan Petrov on Monday. "
            "The two leaders discussed the ceasefire.")
    ex = run(text)
    s = next(s for s in ex.stances if s.trigger.text == "discussed")
    assert s.type == "CONSULT"
    assert (s.holder, s.target) == ("x-ana-lopez", "x-ivan-petrov")
    assert s.holder_mention.text == "The two leaders"


def test_claim_is_about_the_actors_named_in_its_content():
    (c,) = run("France said that Russia and Turkey must stop the fighting.").claims
    assert c.speaker == "Q142" and c.about == ("Q159", "Q43")


@pytest.mark.parametrize("text", [
    "Turkey spoke of its support for the French plan.",
    "The 1999 shooting death of a Russian diplomat in Ankara was recalled.",
    "The French leader was released from house arrest in Paris.",
    "Russia is seizing on a remark by the Turkish president.",
])
def test_words_of_acts_used_as_nouns_or_idioms_are_not_stances(text):
    assert [(s.type, s.trigger.text) for s in run(text).stances] == []


def test_reduced_passive_takes_the_agent_as_holder():
    ex = run("A fine imposed by Turkey on Russian firms angered Moscow.")
    s = ex.stances[0]
    assert (s.type, s.holder) == ("COERCE", "Q43")


@pytest.mark.parametrize("text,type_", [
    ("Senator Ana Lopez attacked Mr. Ivan Petrov over his taxes.", "ACCUSE"),
    ("Turkish troops attacked Russian positions.", "ASSAULT"),
    ("Russia attacked Turkey.", "ASSAULT"),
])
def test_attacks_between_unarmed_persons_are_verbal(text, type_):
    assert run(text).stances[0].type == type_


def test_leading_claim_content_stops_before_according_to():
    ex = run("France urged Russia to leave Syria, according to the Turkish army.")
    urged = next(c for c in ex.claims if c.cue.text == "urged")
    assert urged.content.text == "to leave Syria"
    source = next(c for c in ex.claims if c.cue.text == "according to")
    assert source.content.text == "France urged Russia to leave Syria"


def test_wire_dateline_is_not_content_and_known_person_found_by_surname():
    gaz = GAZ + [{"id": "x-recep-demir", "label": "Recep Tayyip Demir", "kind": "person",
                  "country": "TUR", "sector": "GOV", "role": "head of state",
                  "names": {"en": ["Recep Tayyip Demir", "Demir"]}}]
    text = ("ANKARA (Reuters) - Turkey will launch a military operation in Syria, "
            "President Tayyip Demir said.")
    ex = extract_english(Article("t", text, "en"), gazetteer=gaz)
    (c,) = ex.claims
    assert c.content.text == "Turkey will launch a military operation in Syria"
    assert c.speaker == "x-recep-demir"
    (s,) = ex.stances
    assert (s.type, s.holder) == ("THREATEN", "Q43")


def test_coordinated_subjects_act_towards_each_other():
    (s,) = run("Ana Lopez and Ivan Petrov discussed the war.").stances
    assert (s.type, s.holder, s.target) == ("CONSULT", "x-ana-lopez", "x-ivan-petrov")


@pytest.mark.parametrize("text,speaker", [
    ("In a meeting with the press Ana Lopez said the talks failed.", "Ana Lopez"),
    ("Now at 86, she says the war is over.", "she"),
    ("Perhaps the Turkish officials will say the talks failed.", "the Turkish officials"),
    ("Farmers and workers say the plan failed.", "Farmers and workers"),
])
def test_speaker_words_leave_out_openers_and_leading_phrases(text, speaker):
    ex = run("Ana Lopez arrived in Paris. " + text if "she" in text else text)
    assert ex.claims[-1].speaker_mention.text == speaker


def test_content_ends_before_a_coordinated_cue_and_a_venue_but_keeps_dates():
    ex = run("France said the talks will resume on Monday and warned Russia against delays.")
    said = next(c for c in ex.claims if c.cue.text == "said")
    assert said.content.text == "the talks will resume on Monday"
    ex = run("France called for new talks in a statement on Thursday.")
    assert ex.claims[0].content.text == "new talks"


def test_quote_paragraph_continues_after_a_trailing_speaker():
    text = "“We are ready,” said Ana Lopez. “We will talk. We will not wait.”\n\nRussia said no."
    c = run(text).claims[0]
    assert c.content.text.endswith("We will not wait.”")
