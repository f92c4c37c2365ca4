"""Arabic unnamed sources as speakers (extract.ar.sources, data/patterns/sources.ar.tsv): «مصدر
عسكري»، «مصادر محلية»، «ناشطون»، «شهود عيان»، «مسؤول تركي»، «مراسل عنب بلدي». Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from extract.model import Article, Extraction
from extract.pipeline import extract
from tests.extract.helpers_ar import spans_ok

ARTICLE = ("قال مصدر عسكري لعنب بلدي إن قوات النظام قصفت بلدة كفرنبل بالمدفعية الثقيلة يوم الأحد. "
           "وأفادت مصادر محلية بأن الطيران الروسي استهدف سوقًا شعبيًا. "
           "وقال ناشطون إن القصف أدى إلى مقتل خمسة مدنيين.")


def run(text: str, aid: str = "t") -> Extraction:
    ex = extract(Article(id=aid, text=text, lang="ar", published="2024-03-03"))
    assert spans_ok(ex)  # every span points at the characters that say it
    return ex


def claim(ex: Extraction, content_start: str):
    found = [c for c in ex.claims if c.content.text.startswith(content_start)]
    assert len(found) == 1, [(c.cue.text, c.content.text) for c in ex.claims]
    return found[0]


def at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.mark.parametrize("mention, cue, content, aid, label, kind, sector", [
    ("مصدر عسكري", "قال", "قوات النظام قصفت بلدة كفرنبل بالمدفعية الثقيلة يوم الأحد",
     "x-military-source-article-art-1", "military source (article art-1)", "person", "MIL"),
    ("مصادر محلية", "أفادت", "الطيران الروسي استهدف سوقًا شعبيًا",
     "x-local-sources-article-art-1", "local sources (article art-1)", "group", None),
    ("ناشطون", "قال", "القصف أدى إلى مقتل خمسة مدنيين",
     "x-activists-article-art-1", "activists (article art-1)", "group", None),
])
def test_unnamed_sources_speak_with_spans_that_say_it(mention, cue, content, aid, label, kind, sector):
    ex = run(ARTICLE, "art-1")
    c = claim(ex, content)
    speaker = ex.actor(c.speaker)
    assert (speaker.id, speaker.label, speaker.kind, speaker.sector, speaker.country) == (
        aid, label, kind, sector, None)
    assert speaker.labels["ar"] == f"{mention} (مقال art-1)"
    assert c.content.text == content and (c.content.start, c.content.end) == at(ARTICLE, content)
    assert (c.speaker_mention.start, c.speaker_mention.end) == at(ARTICLE, mention)
    assert c.cue.text == cue and ARTICLE[c.cue.start:c.cue.end] == cue
    assert c.date == "2024-03-03"


def test_the_outlet_told_is_not_the_content():
    ex = run(ARTICLE)
    c = claim(ex, "قوات النظام")
    assert "عنب بلدي" not in c.content.text and c.speaker != "x-enab-baladi"


def test_two_articles_citing_local_sources_give_two_actors():
    text = "وأفادت مصادر محلية بأن الطريق أغلق."
    a, b = run(text, "first"), run(text, "second")
    sa, sb = a.actor(a.claims[0].speaker), b.actor(b.claims[0].speaker)
    assert sa.id != sb.id
    assert (sa.id, sb.id) == ("x-local-sources-article-first", "x-local-sources-article-second")
    assert sa.label == "local sources (article first)"


def test_one_article_keeps_one_actor_for_one_description():
    ex = run("قالت مصادر محلية إن الطريق أغلق. وأكدت مصادر محلية أن الجسر تضرر.")
    assert ex.claims[0].speaker == ex.claims[1].speaker == "x-local-sources-article-t"


@pytest.mark.parametrize("text, mention, aid, label, kind, country, sector", [
    # a nationality ties the source to its state: a shared id, as the English "Turkish officials"
    ("وقال مسؤول تركي إن المعبر سيغلق مساء اليوم.", "مسؤول تركي", "x-turkey-official",
     "Turkey official", "person", "TUR", "GOV"),
    ("وذكرت مصادر أمنية عراقية أن الطريق الدولي أغلق.", "مصادر أمنية عراقية",
     "x-iraq-security-source", "Iraq security source", "group", "IRQ", "GOV"),
    # a body of the gazetteer: the source is one of its members
    ("وقال مسؤول في هيئة تحرير الشام إن المعبر سيغلق مساء اليوم.", "مسؤول في هيئة تحرير الشام",
     "x-hay-at-tahrir-al-sham-official", None, "person", "SYR", None),
])
def test_a_nationality_or_a_body_gives_a_shared_id(text, mention, aid, label, kind, country, sector):
    ex = run(text, "art-9")
    c = ex.claims[0]
    a = ex.actor(c.speaker)
    assert (a.id, a.kind, a.country) == (aid, kind, country) and "(article" not in a.label
    if label is not None:
        assert a.label == label
    if sector is not None:
        assert a.sector == sector
    assert c.speaker_mention.text == mention
    assert (c.speaker_mention.start, c.speaker_mention.end) == at(text, mention)


def test_sources_close_to_an_actor_stay_the_article_own():
    ex = run("وأكدت مصادر مقربة من هيئة تحرير الشام أن الاجتماع انتهى دون اتفاق.")
    a = ex.actor(ex.claims[0].speaker)
    assert a.id.endswith("-article-t") and "close to" in a.label and a.country is None


@pytest.mark.parametrize("modifier, sector", [
    ("عسكري", "MIL"), ("أمني", "GOV"), ("محلي", None), ("إعلامي", "MED"), ("مطلع", None),
])
def test_the_modifier_gives_the_sector(modifier, sector):
    ex = run(f"وقال مصدر {modifier} إن الطريق أغلق.")
    assert ex.actor(ex.claims[0].speaker).sector == sector


def test_a_correspondent_of_a_named_outlet_speaks_for_the_outlet():
    text = "وقالت مراسلة عنب بلدي في درعا إن الطريق أغلق منذ الصباح."
    ex = run(text)
    c = ex.claims[0]
    assert c.speaker == "x-enab-baladi" and ex.actor(c.speaker).kind == "media"
    assert c.speaker_mention.text == "مراسلة عنب بلدي"
    assert (c.speaker_mention.start, c.speaker_mention.end) == at(text, "مراسلة عنب بلدي")
    assert c.content.text == "الطريق أغلق منذ الصباح"


def test_a_bare_source_noun_speaks_only_after_a_cue():
    ex = run("قال مصدر إن الاجتماع انتهى. وتشكل الحرائق مصدر قلق للمزارعين. وتحقق الصحفيون من مصدر مستقل.")
    assert [c.content.text for c in ex.claims] == ["الاجتماع انتهى"]
    assert [m.text for a in ex.actors for m in a.mentions if "مصدر" in m.text] == ["مصدر"]


def test_a_relayed_source_is_the_speaker():
    ex = run("ونقلت الصحيفة عن مصدر عسكري قوله إن الخلاف مستمر.")
    a = ex.actor(ex.claims[0].speaker)
    assert a.label == "military source (article t)" and ex.claims[0].content.text == "الخلاف مستمر"


def test_a_source_does_not_hold_the_attack_it_reports():
    ex = run(ARTICLE)
    sources = {c.speaker for c in ex.claims}
    assert not any(s.holder in sources for s in ex.stances)
    assault = [s for s in ex.stances if s.type == "ASSAULT"]
    assert [s.holder for s in assault] == ["x-syrian-arab-army"]
    # the attack is told in the military source's claim, and points at it
    assert assault[0].claim == claim(ex, "قوات النظام").id


def test_an_unnamed_attack_in_a_source_claim_has_no_source_as_doer():
    ex = run("وأعلنت مصادر أمنية عراقية مقتل سبعة أشخاص في انفجار سيارة مفخخة في بلدة الحويجة أمس.")
    assault = [s for s in ex.stances if s.type == "ASSAULT"]
    assert assault and all(s.holder != "x-iraq-security-source" for s in assault)


def test_a_source_holds_its_own_speech_act():
    ex = run("ونفى مصدر عسكري تركي أن تكون أنقرة قد قصفت مواقع قسد.")
    reject = [s for s in ex.stances if s.type == "REJECT"]
    assert [(s.holder, s.target) for s in reject] == [("x-turkey-military-source", "Q43")]
    assert not any(s.type == "ASSAULT" and s.holder == "x-turkey-military-source" for s in ex.stances)


def test_a_report_inside_an_eyewitness_claim_is_not_the_witness_demand():
    ex = run("وقال شهود عيان إن المتظاهرين رددوا شعارات ضد الحكومة وطالبوا بالإفراج عن المعتقلين.")
    witness = ex.claims[0].speaker
    assert ex.actor(witness).label == "eyewitnesses (article t)"
    assert not any(s.type == "REQUEST" and s.holder == witness for s in ex.stances)


def test_residents_listed_as_generic_agents_stay_civilians():
    ex = run("وقال الأهالي إن المياه انقطعت. وأفاد سكان بأن الكهرباء عادت.")
    labels = [ex.actor(c.speaker).label for c in ex.claims]
    assert labels == ["civilians (article t)", "residents (article t)"]


def test_coordinated_modifiers_make_one_source():
    text = "وأعلنت مصادر أمنية وأخرى طبية عراقية إصابة أربعة أشخاص في حادث سير."
    ex = run(text)
    c = ex.claims[0]
    a = ex.actor(c.speaker)
    assert (a.id, a.country, a.sector, a.kind) == ("x-iraq-security-and-medical-source", "IRQ", "GOV", "group")
    assert c.speaker_mention.text == "مصادر أمنية وأخرى طبية عراقية"
    assert c.content.text == "إصابة أربعة أشخاص في حادث سير"


def test_an_anonymity_formula_between_commas_belongs_to_the_source():
    text = "وقال مسؤول في وزارة الداخلية، طلب عدم الكشف عن اسمه، إن الشرطة أغلقت الطريق."
    ex = run(text)
    assert len(ex.claims) == 1  # «طلب» inside the formula is no claim of its own
    c = ex.claims[0]
    assert ex.actor(c.speaker).label == "anonymous official (article t)"
    assert c.speaker_mention.text == "مسؤول في وزارة الداخلية، طلب عدم الكشف عن اسمه"
    assert c.content.text == "الشرطة أغلقت الطريق"


def test_an_unnamed_body_with_a_nationality_ties_the_source_to_the_state():
    ex = run("واعلن مصدر في وزارة الداخلية الأفغانية أن الطريق أغلق.")
    a = ex.actor(ex.claims[0].speaker)
    assert (a.id, a.country) == ("x-afghanistan-source", "AFG")


def test_the_place_of_a_source_stays_outside_its_mention():
    text = "قال مسؤولون عسكريون في باكستان إن الطريق أغلق."
    ex = run(text)
    c = ex.claims[0]
    assert c.speaker_mention.text == "مسؤولون عسكريون" and c.content.text == "الطريق أغلق"
    assert ex.actor(c.speaker).country is None
    assert any(m.text == "باكستان" for a in ex.actors for m in a.mentions)


@pytest.mark.parametrize("text, mention, aid, country", [
    ("وذكر مسؤول بالخارجية الأمريكية أن المبعوث أجرى مشاورات.", "مسؤول بالخارجية الأمريكية",
     "x-united-states-official", "USA"),  # the ب joined to a body: an institution + nationality
    ("وأكد مصدر بشرطة محافظة بابل اعتقال العشرات.", "مصدر بشرطة محافظة بابل",
     "x-source-article-t", None),  # a body named after its place: still nobody in particular
    ("وذكرت مصادر الوفد اللبناني أن الجانب الآخر راوغ.", "مصادر الوفد اللبناني",
     "x-lebanon-source", "LBN"),  # a noun in construct with the source
])
def test_a_joined_or_construct_body_is_part_of_the_description(text, mention, aid, country):
    ex = run(text)
    c = ex.claims[0]
    assert c.speaker_mention.text == mention and (c.speaker == aid)
    assert ex.actor(c.speaker).country == country
    assert not c.content.text.startswith(("ب", "ال" + "وفد"))


def test_western_diplomatic_sources_and_the_place_they_speak_from():
    text = "وقالت مصادر دبلوماسية غربية في العاصمة دمشق إن الطريق أغلق."
    ex = run(text)
    c = ex.claims[0]
    assert ex.actor(c.speaker).label == "Western diplomatic sources (article t)"
    assert c.speaker_mention.text == "مصادر دبلوماسية غربية"
    assert c.content.text == "الطريق أغلق"
