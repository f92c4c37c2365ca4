"""Arabic event detection: whether a sentence reports a new attack or protest (arabic_event_gsr).

Tense, aspect and framing markers that make an attack or protest word background, recalled,
hypothetical or a tally rather than the report of a new event. Every sentence here is written
for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

from tests.extract.helpers_ar import run, spans_ok


def types(text: str) -> set[str]:
    ex = run(text, published="2012-05-06")
    assert spans_ok(ex)
    return {s.type for s in ex.stances if s.type in ("ASSAULT", "PROTEST")}


def test_an_attack_in_a_when_clause_dates_another_event() -> None:
    # «عندما» opens a time clause: the attack dates what the sentence reports (a visit)
    assert "ASSAULT" not in types(
        "عندما هاجم مسلحون مركز الشرطة في الموصل، كان الوزير يزور العاصمة.")
    assert "ASSAULT" in types("هاجم مسلحون مركز الشرطة في الموصل أمس وقتلوا ثلاثة جنود.")


def test_a_when_clause_after_a_verb_of_occurring_tells_the_event_itself() -> None:
    # «وقع الانفجار عندما …»: the clause says how the reported event happened
    assert "ASSAULT" in types(
        "وقع الحادث عندما انفجرت قنبلة أمام مكتب البلدية في كركوك صباح أمس.")


def test_a_concessive_whatever_clause_is_no_event() -> None:
    # «مهما فعلوا من تفجير»: whatever they may do, nothing is reported as done
    assert "ASSAULT" not in types(
        "وقال الشيخ إن أعداءنا مهما فعلوا من تفجير وقتل في بغداد فلن ينالوا من عزيمتنا.")


def test_an_attack_someone_recalls_is_no_new_event() -> None:
    # a witness remembering an explosion, or «سبق أن» (had already) on a past attack
    assert "ASSAULT" not in types(
        "ويتذكر الطالب كيف انفجرت سيارة مفخخة قرب مدرسته في بغداد فقتلت ثلاثة من زملائه.")
    assert "ASSAULT" not in types(
        "وكانت الجماعة قد سبق أن فجرت سيارة مفخخة قرب السفارة في كابل مما أسفر عن مقتل خمسة.")


def test_a_deed_told_with_qama_in_a_relative_clause_describes_its_doers() -> None:
    # «الإرهابيين الذين قاموا بتفجير سيارة مفخخة»: who they are, not the report (a condemnation)
    assert "ASSAULT" not in types(
        "ووعد الوزير بملاحقة الإرهابيين الذين قاموا بتفجير سيارة مفخخة في دمشق.")
    assert "ASSAULT" in types("وقام مسلحون بتفجير سيارة مفخخة في دمشق أمس.")


def test_a_rising_toll_updates_an_attack_told_before() -> None:
    assert "ASSAULT" not in types(
        "وأعلنت الشرطة ارتفاع حصيلة تفجير انتحاري في سوق المدينة أمس إلى 40 قتيلا.")
    assert "ASSAULT" not in types(
        "وارتفعت حصيلة انفجار سيارة مفخخة في كركوك أمس إلى 12 قتيلا.")
    assert "ASSAULT" not in types(
        "وبلغ عدد المدنيين الذين قتلوا في غارات الطائرات على البلدة 40 مدنيا.")
    assert "ASSAULT" in types("وأسفر التفجير الذي نفذه انتحاري في سوق المدينة أمس عن 40 قتيلا.")


def test_a_protest_noun_with_a_possessive_pronoun_told_by_the_narrator_is_reported() -> None:
    # the crowd's protest (احتجاجهم) may be the one reported
    assert "PROTEST" in types(
        "وحاولت الشرطة ثني المتظاهرين عن احتجاجهم أمس أمام البرلمان في القاهرة لكنهم لم يفلحوا.")


def test_a_statement_condemning_an_attack_is_no_report_of_it() -> None:
    # «بيان يدين الهجوم … الذي أسفر عن مقتل»: the attack was told before; the news is the statement
    assert "ASSAULT" not in types(
        "وأصدر المجلس بيانا يدين الهجوم الإسرائيلي على غزة والذي أسفر عن مقتل عشرين مدنيا.")


def test_an_attack_word_next_to_a_verb_of_occurring_took_place() -> None:
    # «وقع انفجار في السوق»: no outcome or day is needed; «الانفجار وقع» refers to a known one
    assert "ASSAULT" in types("وقال الناطق إنه وقع انفجار في السوق الرئيسي في البصرة.")
    assert "ASSAULT" not in types("وقال الناطق إن الانفجار وقع في السوق الرئيسي في البصرة.")
    assert "ASSAULT" not in types("وقال الناطق إن انفجارا قد يقع في السوق الرئيسي في البصرة.")


def test_a_known_attack_needs_a_doer_named_in_its_own_clause() -> None:
    # «التفجير» refers to an attack already told: the army commander visiting its wounded and the
    # adjective «الانتحاري» name no doer of it; «الذي نفذه انتحاري» and «شنه مسلحون» do
    assert "ASSAULT" not in types(
        "وزار قائد الجيش العراقي الجرحى الذين أصيبوا في التفجير الذي وقع في سوق الموصل.")
    assert "ASSAULT" not in types(
        "وزار الوزير الجرحى الذين أصيبوا في التفجير الانتحاري الذي استهدف سوق الموصل صباح أمس.")
    assert "ASSAULT" in types("وأسفر التفجير الذي نفذه انتحاري في سوق الموصل أمس عن 40 قتيلا.")
    assert "ASSAULT" in types("وقتل عشرة أشخاص في الهجوم الذي شنه مسلحون على سوق الموصل.")


def test_a_downing_is_an_attack_only_with_an_aircraft() -> None:
    # «أسقط» also drops charges or topples a government; with an aircraft it is an attack
    assert "ASSAULT" in types("وأعلن الجيش أن قواته أسقطت طائرة استطلاع فوق الحدود الشمالية.")
    assert "ASSAULT" not in types("وأعلن القاضي أن المحكمة أسقطت التهم عن المتهمين الثلاثة أمس.")
    assert "ASSAULT" not in types("وأسقط البرلمان العراقي الحكومة أمس في جلسة صاخبة.")
