"""Arabic claims: cues, speaker before/after, addressee, content, via, negation, continuation."""

from __future__ import annotations

import pytest

from tests.extract.helpers_ar import run, spans_ok


def claim_rows(text: str, published: str | None = "2019-01-03") -> list[tuple]:
    ex = run(text, published=published)
    assert spans_ok(ex)
    label = lambda k: ex.actor(k).label if k and ex.actor(k) else k
    return [(label(c.speaker), c.cue.text, label(c.addressee), c.content.text) for c in ex.claims]


@pytest.mark.parametrize("text, speaker, cue, content_start", [
    ("وأكد ماكرون أن الحرب لم تنته.", "Emmanuel Macron", "أكد", "الحرب"),
    ("وشددت تركيا على ضرورة الحل السياسي.", "Turkey", "شددت", "ضرورة"),
    ("ولكن وزير الخارجية التركي، مولود جاويش أوغلو، قال إن فرنسا لن تربح.", "Mevlut Cavusoglu", "قال", "فرنسا"),
    ("هددت فيه تركيا بشن عملية عسكرية.", "Turkey", "هددت", "بشن"),
    ("وأعلنت فرنسا، الثلاثاء الماضي، إرسال مقاتلات.", "France", "أعلنت", "إرسال"),
    ("وقال لافروف: “لن نسمح بذلك أبدًا في أي ظرف”.", "Sergey Lavrov", "قال", "لن"),
])
def test_speaker_cue_and_content(text: str, speaker: str, cue: str, content_start: str) -> None:
    rows = claim_rows(text)
    assert rows[0][0] == speaker and rows[0][1].endswith(cue)
    assert rows[0][3].startswith(content_start)


def test_cue_span_excludes_the_conjunction() -> None:
    ex = run("وأكد ماكرون أن الحرب لم تنته.")
    assert ex.claims[0].cue.text == "أكد"


def test_request_has_an_addressee() -> None:
    rows = claim_rows("دعا الرئيس الفرنسي، إيمانويل ماكرون، نظيره الروسي فلاديمير بوتين، إلى حماية المدنيين.")
    assert rows == [("Emmanuel Macron", "دعا", "Vladimir Putin", "حماية المدنيين")]


def test_request_with_min() -> None:
    rows = claim_rows("فرنسا تطلب من روسيا حماية المدنيين")
    assert rows[0][:3] == ("France", "تطلب", "Russia")


def test_participle_continues_the_previous_speaker() -> None:
    rows = claim_rows("وقال لافروف إن موسكو لن تتراجع، مضيفًا أن واشنطن تتحمل المسؤولية.")
    assert [(r[0], r[1]) for r in rows] == [("Sergey Lavrov", "قال"), ("Sergey Lavrov", "مضيفًا")]
    assert rows[0][3] == "موسكو لن تتراجع"  # content stops before the next claim


def test_cue_inside_a_source_phrase_is_not_a_claim() -> None:
    ex = run("وأرسلت فرنسا مقاتلات، وفق ما ذكرت وزيرة الدفاع الفرنسية، فلورنس بارلي.")
    assert ex.claims == ()


def test_via_and_content_stop_at_source_phrase() -> None:
    ex = run("وأكد ماكرون أن الحرب مستمرة، وفق بيان للرئاسة الفرنسية.")
    c = ex.claims[0]
    assert c.content.text == "الحرب مستمرة"
    assert ex.actor(c.via).label == "France"


def test_negated_cue() -> None:
    ex = run("ولم يؤكد ماكرون أن القوات ستنسحب.")
    assert ex.claims[0].negated
    ex = run("ونفت تركيا أن تكون قواتها قد دخلت المدينة.")
    assert ex.claims[0].negated


def test_no_speaker_no_claim() -> None:
    assert run("وقال إن الأمور بخير.").claims == ()


def test_spokesperson_with_apposition_is_a_person_of_the_organisation() -> None:
    ex = run("وأكد المتحدث باسم “قسد”، فرهاد شامي، أن قواتهم سترد على أي هجوم.")
    person = ex.actor(ex.claims[0].speaker)
    assert person.kind == "person" and person.country == "SYR" and person.sector == "REB"
    assert person.role == "spokesperson"
    assert ex.stances == ()  # "أي هجوم" is any attack, not one that happened


def test_spokesperson_without_name_speaks_for_the_organisation() -> None:
    rows = claim_rows("وقال المتحدث باسم الأمم المتحدة إن القافلة وصلت.")
    assert rows[0][0] == "United Nations"


def test_unnamed_subject_gives_no_claim_rather_than_a_wrong_speaker() -> None:
    # (an unnamed *source* such as «مسؤول محلي» is a speaker of its own: test_anonymous_sources_ar)
    rows = claim_rows("دعت واشنطن أنقرة إلى ضبط النفس. وأكد رجل عجوز أن الوضع هادئ.")
    assert [r[0] for r in rows] == ["United States"]


def test_coordinated_request_keeps_the_speaker_and_takes_the_addressee() -> None:
    rows = claim_rows("واتهمت وزارة الدفاع التركية النظام السوري بخرق الاتفاق، ودعت روسيا إلى وقف الهجمات.")
    assert rows[0][:2] == ("Turkey", "اتهمت") and rows[0][3] == "النظام السوري بخرق الاتفاق"
    assert rows[1][:3] == ("Turkey", "دعت", "Russia")


def test_content_skips_a_parenthetical_between_commas() -> None:
    rows = claim_rows("وأضاف لافروف، خلال مؤتمر صحفي مع نظيره الإيراني في موسكو، أن الحل سياسي.")
    assert rows[0][0] == "Sergey Lavrov" and rows[0][3] == "الحل سياسي"


def test_a_headline_claim_repeated_in_the_body_is_kept_once() -> None:
    text = ("فرنسا تطلب من روسيا حماية “قسد”\n\n"
            "دعا الرئيس الفرنسي، إيمانويل ماكرون، نظيره الروسي إلى حماية “قسد” في سوريا.")
    ex = run(text, published="2019-01-03")
    assert [(ex.actor(c.speaker).label, c.cue.text, c.id) for c in ex.claims] == [
        ("Emmanuel Macron", "دعا", "c1")]


def test_a_headline_claim_not_in_the_body_stays() -> None:
    text = ("تركيا تهدد بعملية عسكرية\n\n"
            "دعا الرئيس الفرنسي، إيمانويل ماكرون، نظيره الروسي إلى حماية “قسد” في سوريا.")
    ex = run(text, published="2019-01-03")
    assert [ex.actor(c.speaker).label for c in ex.claims] == ["Turkey", "Emmanuel Macron"]


def test_the_statement_refers_back_to_its_author() -> None:
    ex = run("جرى اتصال بين الرئيسين، وفق بيان للرئاسة الفرنسية. وأكد ماكرون، وفق البيان، أن الحرب مستمرة.")
    assert ex.actor(ex.claims[0].via).label == "France"


@pytest.mark.parametrize("text, expected", [
    ("وأعلنت هيئة تحرير الشام مسؤوليتها عن الهجوم، في حين نفت قوات النظام وقوع خسائر.",
     [("Hay'at Tahrir al-Sham", "أعلنت", None, "مسؤوليتها عن الهجوم"),
      ("Syrian Arab Army", "نفت", None, "وقوع خسائر")]),
    ("وحذرت إيران الولايات المتحدة من مغبة التصعيد.",
     [("Iran", "حذرت", "United States", "من مغبة التصعيد")]),
    ("وأكدت وكالة الأنباء السورية (سانا) أن الدفاعات تصدت للصواريخ.",
     [("SANA", "أكدت", None, "الدفاعات تصدت للصواريخ")]),
    ("وأشار المبعوث الأممي إلى سوريا، غير بيدرسون، إلى أن اللجنة ستجتمع.",
     [("Geir Pedersen", "أشار", None, "اللجنة ستجتمع")]),
    ("واتهم المتحدث باسم الخارجية الإيرانية واشنطن بدعم الإرهاب.",
     [("Iran", "اتهم", None, "واشنطن بدعم الإرهاب")]),
])
def test_clause_structure(text: str, expected: list[tuple]) -> None:
    assert claim_rows(text) == expected


def test_quotation_before_the_cue() -> None:
    ex = run("«لن نسمح بأي عدوان على سوريا»، قال لافروف.")
    c = ex.claims[0]
    assert (ex.actor(c.speaker).label, c.cue.text, c.content.text, c.direct) == (
        "Sergey Lavrov", "قال", "لن نسمح بأي عدوان على سوريا", True)


def test_relayed_statement_has_the_quoted_speaker_and_the_relaying_source() -> None:
    ex = run("ونقلت وكالة الأناضول عن وزير الدفاع التركي، خلوصي أكار، قوله إن العملية ستستمر.",
             published="2019-10-10")
    c = ex.claims[0]
    assert (ex.actor(c.speaker).label, c.cue.text, ex.actor(c.via).label, c.content.text) == (
        "Hulusi Akar", "نقلت", "Anadolu Agency", "العملية ستستمر")


def test_bian_is_a_complementizer() -> None:
    rows = claim_rows("وأفادت وكالة رويترز بأن القوات انسحبت.")
    assert rows == [("Reuters", "أفادت", None, "القوات انسحبت")]


def test_a_followup_sentence_gives_its_source_to_the_claim_before() -> None:
    ex = run("طالب وزير الخارجية الروسي، سيرغي لافروف، الولايات المتحدة بسحب قواتها من العراق.\n\n"
             "وجاءت المطالبة خلال مؤتمر صحفي عقده في موسكو مساء الاثنين مع نظيره الإيراني، بحسب وكالة رويترز.")
    c = ex.claims[0]
    assert ex.actor(c.speaker).label == "Sergey Lavrov"
    assert c.via is not None and ex.actor(c.via).label == "Reuters"


def test_a_sentence_that_does_not_follow_up_keeps_its_source() -> None:
    ex = run("طالب وزير الخارجية الروسي، سيرغي لافروف، الولايات المتحدة بسحب قواتها من العراق.\n\n"
             "وقصفت طائرات حربية مواقع عدة في ريف إدلب الجنوبي مساء الاثنين الماضي، بحسب وكالة رويترز.")
    assert ex.claims[0].via is None
