"""Arabic titles and personal names: undated titles, nasab and kunya runs, added title classes.

Sentences written for these tests (not taken from any gold file).
"""

from __future__ import annotations

from extract.model import Article
from extract.pipeline import extract

from tests.extract.helpers_ar import run, spans_ok


def _actor(ex, surface):
    hits = [a for a in ex.actors if any(surface in m.text for m in a.mentions)]
    assert hits, f"no actor mentioned as {surface!r}: {[a.label for a in ex.actors]}"
    return hits[0]


# -- 1. a bare title with or without an article date ----------------------------------------

def test_undated_title_resolves_to_todays_holder_with_lower_confidence():
    text = "وقال وزير الخارجية التركي إن بلاده لن تقبل بالاتفاق."
    undated = run(text)
    dated = run(text, published="2019-01-03")
    a_undated, a_dated = _actor(undated, "وزير الخارجية"), _actor(dated, "وزير الخارجية")
    assert a_undated.kind == a_dated.kind == "person"
    assert a_undated.country == a_dated.country == "TUR"
    assert a_dated.label == "Mevlut Cavusoglu"
    assert a_undated.label != "Mevlut Cavusoglu"  # the holder valid today, not in 2019
    (c_undated,), (c_dated,) = undated.claims, dated.claims
    assert c_undated.speaker == a_undated.id and c_dated.speaker == a_dated.id
    assert c_undated.confidence < c_dated.confidence


def test_undated_title_goes_to_the_holder_the_article_names():
    ex = run("وقال وزير الخارجية التركي إن بلاده لن تقبل بالاتفاق. "
             "وكان مولود جاويش أوغلو قد زار موسكو الشهر الماضي.")
    a = _actor(ex, "وزير الخارجية")
    assert a.label == "Mevlut Cavusoglu"
    assert [x.label for x in ex.actors].count("Mevlut Cavusoglu") == 1
    assert ex.claims[0].speaker == a.id and ex.claims[0].confidence == 0.8


# -- 2. nasab and kunya: one name run ---------------------------------------------------------

def test_nasab_with_a_known_father_is_one_new_person():
    ex = run("وقال حمدان بن محمد بن راشد آل مكتوم إن الإمارة مستعدة للاستضافة.")
    assert spans_ok(ex)
    a = _actor(ex, "حمدان")
    assert a.kind == "person" and a.label.startswith("Hamdan bin Mohammed")
    assert a.country == "ARE"  # the family's country, from the father the gazetteer knows
    assert "Mohammed bin Rashid Al Maktoum" not in [x.label for x in ex.actors]
    assert [m.text for m in a.mentions] == ["حمدان بن محمد بن راشد آل مكتوم"]
    assert ex.claims and ex.claims[0].speaker == a.id


def test_known_name_extends_over_the_rest_of_its_nasab():
    ex = run("وأكد محمد بن سلمان بن عبد العزيز أن المملكة ستدعم الاتفاق.")
    a = _actor(ex, "محمد بن سلمان")
    assert a.label == "Mohammed bin Salman"
    assert [m.text for m in a.mentions] == ["محمد بن سلمان بن عبد العزيز"]


def test_title_then_nasab_name_is_one_person():
    ex = run("وقال الشيخ عبد الرحيم بن خالد بن سعيد إن المجلس سيجتمع غدا.")
    a = _actor(ex, "عبد الرحيم")
    assert a.kind == "person" and [m.text for m in a.mentions][-1] == "عبد الرحيم بن خالد بن سعيد"
    assert len([x for x in ex.actors if x.kind == "person"]) == 1


def test_kunya_son_is_not_the_gazetteer_person():
    ex = run("وقال أبو عبد الله القيادي في الفصيل إن المعركة مستمرة.")
    assert "Abdullah II of Jordan" not in [x.label for x in ex.actors]
    assert all(x.kind != "person" or "أبو" in x.labels.get("ar", "") for x in ex.actors)


def test_known_kunya_name_stays_whole():
    ex = run("وقال أبو محمد الجولاني إن الهيئة لن تنسحب.")
    a = _actor(ex, "الجولاني")
    assert [m.text for m in a.mentions] == ["أبو محمد الجولاني"]


def test_mauritanian_ould_joins_the_name():
    ex = run("وخرجت مسيرة ضد الانقلاب الذي قاده الجنرال سالم ولد عبد الرحمن مطلع الشهر.")
    a = _actor(ex, "سالم")
    assert [m.text for m in a.mentions][-1] == "سالم ولد عبد الرحمن"  # not «… مطلع الشهر»


def test_bin_after_a_verb_makes_no_person():
    ex = run("ويرى بن غفير أن الحرب مستمرة.")
    assert not [x for x in ex.actors if x.label.startswith("Yra")]


# -- 3. title classes -------------------------------------------------------------------------

def test_minister_of_war_is_the_defence_minister():
    ex = run("وقال وزير الحرب الأمريكي إن القوات جاهزة.", published="2025-10-01")
    a = _actor(ex, "وزير الحرب")
    assert a.role == "defence minister" and a.country == "USA" and a.kind == "person"
    assert ex.claims and ex.claims[0].speaker == a.id


def test_chief_of_staff_title_with_a_name():
    ex = run("وقال رئيس هيئة الأركان الإسرائيلي يوسي كوهين إن الجيش مستعد.")
    a = _actor(ex, "يوسي كوهين")
    assert a.role == "chief of staff" and a.country == "ISR" and a.sector == "MIL"
    assert "هيئة" not in a.labels.get("ar", "")


def test_special_envoy_of_an_organisation_after_li():
    ex = run("وقال المبعوث الخاص للأمم المتحدة إلى اليمن كريم سعدون إن الحل سياسي.")
    a = _actor(ex, "كريم سعدون")
    assert a.role == "envoy" and a.sector == "IGO"
    assert any("المبعوث الخاص" in m.text for m in a.mentions)


def test_indefinite_spokesperson_speaks_for_its_principal():
    ex = run("وقال ناطق باسم الخارجية الأمريكية إن واشنطن قلقة.")
    (c,) = ex.claims
    spk = next(x for x in ex.actors if x.id == c.speaker)
    assert spk.country == "USA"


def test_other_portfolio_minister_with_a_name():
    ex = run("وقال وزير العدل اللبناني شادي نصر إن المحكمة ستنعقد.")
    a = _actor(ex, "شادي نصر")
    assert a.role == "minister" and a.country == "LBN"


def test_honorific_between_title_and_name_does_not_hide_the_name():
    ex = run("وقال وزير الدفاع السعودي الأمير خالد بن سلمان إن المملكة تدعم الحل.",
             published="2019-01-03")
    a = _actor(ex, "وزير الدفاع")
    assert a.label == "Khalid bin Salman"  # the name wins over the holder on that date


def test_definite_title_takes_only_a_definite_nisba():
    ex = run("وقال الأمير تركي الفيصل إن المملكة تدعم الحل.")
    assert "Turkey" not in [x.label for x in ex.actors]
    assert all(x.country != "TUR" for x in ex.actors)


def test_indefinite_title_complement_is_no_name():
    ex = run("نجا قائد شرطة المرور في البلدة من محاولة اغتيال.")
    assert not [x for x in ex.actors if x.kind == "person"]


def test_counterpart_after_a_title_is_not_a_name():
    ex = run("واستقبل وزير الخارجية الإماراتي نظيره المصري في أبوظبي.", published="2020-01-01")
    assert all("نظير" not in x.labels.get("ar", "") or x.country == "EGY" for x in ex.actors)
    assert any(x.country == "EGY" and x.kind == "person" for x in ex.actors)


def test_english_war_and_home_secretary_titles():
    for text, role, country in (("The British home secretary said the plan would go ahead.",
                                 "interior minister", "GBR"),
                                ("The US secretary of war said the troops were ready.",
                                 "defence minister", "USA")):
        ex = extract(Article(id="e", text=text, lang="en", published="2025-11-01"))
        (a,) = [x for x in ex.actors if x.kind == "person"]
        assert a.country == country
        # resolved to that office's holder on the date (a person of the gazetteer)
        assert not a.id.startswith("x-home") and not a.id.startswith("x-secretary")
        assert ex.claims and ex.claims[0].speaker == a.id


def test_undated_title_of_the_holder_the_article_names_is_no_guess():
    ex = run("وقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا باقية. "
             "وشدد الرئيس الفرنسي على ضرورة الحل.")
    assert {c.speaker for c in ex.claims} == {"Q3052772"}
    assert all(c.confidence == 0.8 for c in ex.claims)


# -- 4. names after titles: what is no name ---------------------------------------------------

def test_name_after_an_advisers_title_is_not_the_titled_person():
    ex = run("وأجرى مستشار الأمين العام رامي فاضل محادثات مع الوفد.")
    assert not [x for x in ex.actors if x.role == "secretary-general"]


def test_name_after_a_kin_noun_and_title_is_the_titled_person():
    ex = run("وأصيبت شقيقة النائبة سلمى الحداد في الهجوم.")
    a = _actor(ex, "سلمى")
    assert a.role == "member of parliament"


def test_verbal_noun_of_reported_speech_is_no_name():
    ex = run("ونقلت الوكالة عن وزير الدفاع قوله إن البلاد ستعارض القرار.")
    assert not [x for x in ex.actors if x.kind == "person"]


def test_preposition_and_accusative_object_are_no_name():
    ex = run("وألقى وزير النقل بيانا أمام اللجنة.")
    assert not [x for x in ex.actors if x.kind == "person"]
    ex = run("وقال سفير فرنسا لدى الأمم المتحدة جان لوران إن القرار جاهز.")
    assert not [x for x in ex.actors if "Lda" in x.label or "لدى" in x.labels.get("ar", "")]


def test_principal_with_li_is_no_name():
    ex = run("وسيحضر الأمين العام للمنظمة الدولية الاجتماع.")
    assert not [x for x in ex.actors if x.kind == "person"]


def test_vice_president_is_not_the_president():
    ex = run("وقال نائب الرئيس الأمريكي إن واشنطن قلقة.", published="2024-05-01")
    assert "Joe Biden" not in [x.label for x in ex.actors]
    a = _actor(ex, "نائب الرئيس")
    assert a.country == "USA"


# -- 5. former and current office holders ------------------------------------------------------

def test_former_title_with_a_name_is_that_person_not_todays_holder():
    ex = run("وقال الرئيس اليمني السابق علي عبد الله صالح إن الحوار ضروري.", published="2015-06-01")
    (c,) = ex.claims
    spk = next(x for x in ex.actors if x.id == c.speaker)
    assert spk.label == "Ali Abdullah Saleh"
    assert c.speaker_mention.text == "الرئيس اليمني السابق"


def test_bare_former_title_is_neither_the_holder_nor_the_state():
    ex = run("وقال رئيس الوزراء العراقي السابق إن الحكومة فشلت.", published="2020-01-01")
    assert not [x for x in ex.actors if x.kind == "person"]
    assert all(c.speaker != "Q796" for c in ex.claims)


def test_new_title_is_the_holder_on_the_date():
    ex = run("وقال وزير الخارجية التركي الجديد إن أنقرة ستعيد النظر.", published="2019-01-03")
    a = _actor(ex, "وزير الخارجية")
    assert a.label == "Mevlut Cavusoglu"
    assert any(m.text == "وزير الخارجية التركي الجديد" for m in a.mentions)


# -- 6. joined «عبدال…», regnal numbers, clitic function words --------------------------------

def test_joined_abd_name_is_romanised_as_two_words():
    from extract.ar.titles import romanize
    assert romanize("عبدالرحيم الثالث").startswith("Abd")
    assert romanize("عبدالله") == romanize("عبد الله") == "Abdullah"


def test_regnal_number_is_no_short_form_of_the_person():
    ex = run("وقال الملك منصور الثالث إن البلاد مستعدة. "
             "وعقد الاجتماع في الثالث عشر من الشهر.")
    a = _actor(ex, "منصور")
    assert all("عشر" not in m.text and m.text != "الثالث" for m in a.mentions)
    assert len(a.mentions) == 2  # the title and the name, not the date's ordinal


def test_clitic_function_word_is_no_name():
    ex = run("ونوه وزير الدفاع بأن ثلاثة من الضباط قتلوا.")
    assert not [x for x in ex.actors if x.kind == "person"]


def test_office_noun_after_a_name_closes_it():
    ex = run("وقال النقيب عمر زكي مدير شرطة البلدة إن الهجوم فشل.")
    a = _actor(ex, "عمر زكي")
    assert [m.text for m in a.mentions][-1] == "عمر زكي"


def test_ministry_behind_a_proclitic_is_no_name():
    ex = run("وقالت وزيرة الدولة بوزارة الطاقة إن الإمدادات ستعود.")
    assert not [x for x in ex.actors if x.kind == "person"]
