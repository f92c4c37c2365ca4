"""Arabic stances from cue types, content triggers and narrated actions."""

from __future__ import annotations

from tests.extract.helpers_ar import run, spans_ok


def rows(text: str, published: str | None = "2019-01-03") -> list[tuple]:
    ex = run(text, published=published)
    assert spans_ok(ex)
    label = lambda k: ex.actor(k).label if k and ex.actor(k) else k
    return [(label(s.holder), label(s.target), s.type, s.polarity, s.negated) for s in ex.stances]


def test_request_and_protection() -> None:
    got = rows("دعا الرئيس الفرنسي، إيمانويل ماكرون، نظيره الروسي إلى حماية “قوات سوريا الديمقراطية”.")
    assert ("Emmanuel Macron", "Vladimir Putin", "REQUEST", 0, False) in got
    assert ("Emmanuel Macron", "Syrian Democratic Forces", "SUPPORT", 1, False) in got


def test_threat_targets_the_first_actor_of_the_content() -> None:
    got = rows("وهددت تركيا بشن عملية عسكرية ضد “وحدات حماية الشعب”.")
    assert ("Turkey", "People's Protection Units", "THREATEN", -1, False) in got


def test_negation_flips_a_positive_trigger() -> None:
    got = rows("وقال لافروف إن فرنسا لن تحقق أي مكاسب.")
    assert got == [("Sergey Lavrov", "France", "ACCUSE", -1, True)]


def test_trigger_inside_a_condition_is_hypothetical() -> None:
    got = rows("وقال لافروف إنه إذا أرادت فرنسا حماية “قسد” فعليها أن تتحرك.")
    assert all(r[2] != "SUPPORT" for r in got)


def test_trigger_inside_a_name_is_not_a_trigger() -> None:
    got = rows("وقالت تركيا إن “وحدات حماية الشعب” منظمة إرهابية.")
    assert all(r[2] != "SUPPORT" for r in got)


def test_narrated_withdrawal_and_phone_call() -> None:
    got = rows("بعد قرار الولايات المتحدة الانسحاب من سوريا، جرى اتصال هاتفي أجراه ماكرون مع بوتين.")
    assert ("United States", "Syria", "RETREAT", 0, False) in got
    assert ("Emmanuel Macron", "Vladimir Putin", "CONSULT", 0, False) in got


def test_the_two_parties_refer_to_the_last_two_persons() -> None:
    got = rows("التقى ماكرون بوتين في باريس. وبحث الطرفان الوضع في سوريا.")
    assert any(r[2] == "CONSULT" and {r[0], r[1]} == {"Emmanuel Macron", "Vladimir Putin"} for r in got)


def test_duplicates_are_merged() -> None:
    got = rows("وأكدت فرنسا دعم “قسد” ودعم “قسد” مجددًا.")
    assert got.count(("France", "Syrian Democratic Forces", "SUPPORT", 1, False)) == 1


def test_denied_action_gives_no_stance() -> None:
    got = rows("ونفت وزارة الدفاع الروسية استهداف المدنيين في إدلب.")
    assert all(r[2] != "ASSAULT" for r in got)


def test_requested_action_is_not_reported_as_done() -> None:
    got = rows("وطالب ظريف الولايات المتحدة بسحب قواتها من سوريا.")
    assert ("Mohammad Javad Zarif", "United States", "REQUEST", 0, False) in got
    assert all(r[2] != "RETREAT" for r in got)


def test_generic_agents_hold_narrated_attacks() -> None:
    got = rows("وقتلت القوات الأمريكية 11 مسلحا في الكوت. وهاجم مسلحون مقر البلدية.")
    assert ("United States military", "gunmen (article t)", "ASSAULT", -1, False) in got
    assert ("gunmen (article t)", None, "ASSAULT", -1, False) in got


def test_verbal_noun_takes_its_object_after_it() -> None:
    got = rows("وقام جنود أمريكيون بقتل المدنيين في القرية.")
    assert got == [("United States soldiers", "civilians (article t)", "ASSAULT", -1, False)]


def test_narrated_actions_agree_retreat_ceasefire() -> None:
    assert rows("ووقعت روسيا وتركيا اتفاقًا لوقف إطلاق النار في إدلب.") == [
        ("Russia", "Turkey", "AGREE", 1, False)]  # and the ceasefire is no attack
    assert rows("واستهدفت طائرة مسيرة تركية مواقع لـ“قسد” في ريف الحسكة.") == [
        ("Turkey military", "Syrian Democratic Forces", "ASSAULT", -1, False)]
    assert rows("وتم انسحاب القوات الأمريكية من سوريا.") == [
        ("United States military", "Syria", "RETREAT", 0, False)]
    assert rows("ولم يتم انسحاب القوات الأمريكية من سوريا.") == []


def test_deployment_takes_the_target_of_its_purpose() -> None:
    got = rows("وأرسلت تركيا تعزيزات عسكرية إلى إدلب لقتال قوات النظام.")
    assert got == [("Turkey", "Syrian Arab Army", "MOBILIZE", -1, False)]
