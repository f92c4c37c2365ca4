"""Arabic event frames: attacks and protests with unnamed doers, unreal frames, locations.

Every sentence here is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

from extract.datafiles import DATA, read_tsv
from extract.errors import InputError
from extract.rules import check
from tests.extract.helpers_ar import run, spans_ok


def events(text: str, published: str | None = "2012-05-06") -> list[tuple]:
    ex = run(text, published=published)
    assert spans_ok(ex)
    out = []
    for s in ex.stances:
        if s.type not in ("ASSAULT", "PROTEST"):
            continue
        h = ex.actor(s.holder)
        t = ex.actor(s.target) if s.target else None
        assert h is not None, "every holder is an actor of the extraction"
        out.append((s.type, h.label, h.country, h.sector, t.label if t else None,
                    t.country if t else None, s.trigger.text))
    return out


def test_car_bomb_without_a_doer_gives_an_unidentified_attacker() -> None:
    got = events("انفجرت سيارة مفخخة صباح أمس قرب سوق شعبي في الموصل، ما أسفر عن مقتل ستة مدنيين.")
    assert len(got) == 1
    typ, holder, country, sector, target, tcountry, trig = got[0]
    assert (typ, sector, country) == ("ASSAULT", "UAF", "IRQ")  # Mosul lies in Iraq
    assert "unidentified attackers" in holder
    assert (target, tcountry) == ("Iraq civilians", "IRQ")  # the victims, where it happened
    assert trig in ("انفجرت", "مفخخة")


def test_the_trigger_span_points_at_the_words_even_behind_the_article() -> None:
    ex = run("وأدى الهجوم الذي شنه مسلحون أمس في تكريت إلى إصابة ثلاثة من رجال الشرطة.")
    st = [s for s in ex.stances if s.type == "ASSAULT"]
    assert st and st[0].trigger.text == "هجوم"
    assert ex.article.text[st[0].trigger.start:st[0].trigger.end] == "هجوم"
    assert ex.actor(st[0].holder).label == "Iraq gunmen"


def test_a_definite_attack_noun_without_a_doer_refers_back() -> None:
    # "the bombing" as the topic of a reaction is not a new report; a doer makes it one
    assert events("وأثار التفجير موجة غضب واسعة في المدينة أمس.") == []
    assert events("وأثار التفجير الذي نفذه انتحاري موجة غضب واسعة في المدينة أمس.") != []


def test_an_unnamed_attack_needs_an_outcome_or_a_date() -> None:
    # a bombing as a topic of discussion, with no casualties and no day, is not an event report
    assert events("تناول المؤتمر ظاهرة السيارات المفخخة في المدن الكبرى.") == []
    assert events("وقع انفجار في حي الكرادة الليلة الماضية.") != []


def test_a_named_armed_agent_is_the_doer() -> None:
    got = events("قتل ثلاثة جنود أمس في هجوم شنه مسلحون على نقطة تفتيش قرب بعقوبة.")
    assert any(g[0] == "ASSAULT" and g[1] == "Iraq gunmen" and g[2] == "IRQ" for g in got)


def test_a_nationality_adjective_after_the_attack_names_its_doer() -> None:
    got = events("أصيب خمسة أشخاص بجروح في قصف مدفعي أمس، وقتل اثنان في غارة إسرائيلية على بلدة حدودية.")
    assert any(g[1] == "Israel military" and g[2] == "ISR" and g[3] == "MIL" for g in got)


def test_unreal_frames_give_no_attack() -> None:
    # plans, fears, trials and defused bombs are not attacks that took place
    assert events("وقالت الشرطة إنها فككت أمس عبوة ناسفة قبل انفجارها قرب مدرسة.") == []
    assert events("وبدأت أمس محاكمة المتهمين بتفجير فندق في العاصمة أسفر عن مقتل عشرين شخصا.") == []
    assert events("وأبدى السكان مخاوف من هجمات انتحارية جديدة قد تسفر عن مقتل العشرات.") == []


def test_a_year_before_publication_is_history_unless_the_sentence_says_when() -> None:
    old = "وفي عام 2004 قتل عشرة أشخاص في انفجار سيارة مفخخة في المدينة."
    assert events(old, published="2012-05-06") == []
    assert events("وقتل أمس عشرة أشخاص في انفجار سيارة مفخخة، وهو الأسوأ منذ 2004.",
                  published="2012-05-06") != []


def test_negated_and_generic_attacks_give_nothing() -> None:
    assert events("ولم يقع أي انفجار في المدينة أمس رغم التحذيرات.") == []


def test_a_crowd_next_to_a_protest_verb_protests_where_it_is() -> None:
    got = events("وتجمع مئات المتظاهرين أمام مبنى البرلمان في بيروت للمطالبة بإقالة الحكومة.")
    assert [(g[0], g[1], g[2]) for g in got] == [("PROTEST", "Lebanon protesters", "LBN")]


def test_a_crowd_given_by_its_size_protests() -> None:
    got = events("وخرج الآلاف أمس إلى شوارع كراتشي احتجاجا على رفع أسعار الوقود.")
    assert got and got[0][0] == "PROTEST" and got[0][2] == "PAK"


def test_a_gathering_verb_alone_is_no_protest() -> None:
    # no crowd: تجمع here is a meeting of officials
    assert events("وتجمع الوزراء في القاعة الكبرى لحضور الافتتاح.") == []


def test_a_crowd_verb_in_a_relative_clause_is_background() -> None:
    got = events("واعتقلت الشرطة عشرة من المتظاهرين الذين تجمعوا أمام السفارة.")
    assert all(g[6] not in ("تجمعوا",) for g in got)


def test_a_protest_noun_with_a_nationality_crowd() -> None:
    got = events("ونظم آلاف المصريين مظاهرة حاشدة أمس في وسط القاهرة.")
    assert got and got[0][0] == "PROTEST" and got[0][2] == "EGY"


def test_places_file_is_valid_and_maps_to_states() -> None:
    path = DATA / "patterns" / "places.ar.tsv"
    rows = [row for _, row in read_tsv(path, "places")]
    assert rows and not any(isinstance(r, InputError) for r in rows)
    assert ["الفلوجة", "IRQ"] in rows
    assert check([path]) == []


def test_places_validator_reports_a_bad_code(tmp_path) -> None:
    bad = tmp_path / "places.ar.tsv"
    bad.write_text("الموصل\tIraq\n", encoding="utf-8")
    problems = check([bad])
    assert len(problems) == 1 and ":1:" in problems[0] and "alpha-3" in problems[0]


def test_new_trigger_scopes_validate(tmp_path) -> None:
    folder = tmp_path / "triggers"
    folder.mkdir()
    f = folder / "ar.tsv"
    f.write_text("انفجار\tASSAULT\t-1\t-\tafter\tevent\nتجمع\tPROTEST\t-1\t-\tafter\tsomewhere\n",
                 encoding="utf-8")
    problems = check([f])
    assert len(problems) == 1 and ":2:" in problems[0] and "scope" in problems[0]


def test_an_attack_in_words_by_a_person_is_an_accusation() -> None:
    ex = run("وشن الرئيس الفرنسي إيمانويل ماكرون هجوما حادا على الحكومة التركية.",
             published="2019-01-03")
    types = {s.type for s in ex.stances}
    assert "ASSAULT" not in types and "ACCUSE" in types
    # with an outcome the same word is an armed attack
    got = events("وشن مسلحون هجوما على نقطة تفتيش أمس أسفر عن مقتل جنديين.")
    assert got and got[0][0] == "ASSAULT"


def test_a_trial_makes_an_attack_unreal_but_not_a_protest() -> None:
    assert events("وبدأت أمس محاكمة ثلاثة متهمين بتفجير سيارة مفخخة قرب السفارة.") == []
    got = events("وتظاهر مئات المحامين أمس أمام المحكمة احتجاجا على اعتقال زميلهم.")
    assert got and got[0][0] == "PROTEST"


def test_a_community_next_to_a_protest_verb_is_its_crowd() -> None:
    got = events("وخرج المتظاهرون الأكراد إلى شوارع المدينة أمس رافعين الأعلام.")
    assert got and got[0][0] == "PROTEST" and got[0][1] == "Kurds"


def test_an_attack_after_a_preposition_is_a_circumstance_of_its_victims() -> None:
    # the soldiers are the victims, not the doers, of the attack they were killed in
    got = events("قتل أربعة جنود أمس في هجوم بسيارة مفخخة في كابل.")
    assert got
    assert all(g[1] != "soldiers" and "soldiers" not in g[1] for g in got)
    assert any(g[4] is not None and "soldiers" in g[4] for g in got)


def test_questions_and_opinion_voice_are_no_reports() -> None:
    assert events("هل كان انفجار السيارة المفخخة أمس عملا فرديا؟") == []
    assert events("علينا أن نتذكر أن انفجار سيارة مفخخة أمس قتل عشرة أبرياء.") == []


def test_a_full_date_dates_one_event_a_bare_year_is_history() -> None:
    assert events("ـ 3 مارس 2004: مقتل خمسة أشخاص في انفجار سيارة مفخخة في كربلاء.",
                  published=None) != []
    assert events("وقتل منذ عام 2004 مئات الأشخاص في انفجارات سيارات مفخخة في المدينة.",
                  published=None) == []


def test_an_attack_in_a_relative_clause_describes_someone_and_is_no_report() -> None:
    # a relative clause tells who a person is (the one killed years ago), not today's news
    assert events("وحضر الحفل نجل القائد الراحل الذي اغتالته إسرائيل في غزة.") == []
    assert events("وحضر الحفل نجل الوزير السابق الذي خطفه مسلحون قرب الحدود.") == []
    # the same attack told as the sentence's main verb is a report
    assert events("واغتالت إسرائيل أمس قائدا في غزة.") != []


def test_a_bare_attack_word_without_outcome_or_scene_may_be_words() -> None:
    # هجوم with no weapon, no casualty, no place and no victims: an attack in words
    assert events("وشن رئيس النادي خلال زيارته أمس هجوما قويا على بعض الأعضاء.") == []
    assert events("وجدد الكاتب أمس هجومه على سياسة الوزارة.") == []
    # a place or an armed doer makes the same word a physical attack
    assert events("وقع هجوم أمس على حاجز للشرطة في الموصل.") != []
    assert events("وهاجم مسلحون أمس حاجزا للشرطة.") != []


def test_an_attack_with_its_doer_needs_an_anchor_of_one_occasion() -> None:
    # no time, place, count, weapon or outcome: a reference to a history of attacks
    assert events("وكتب المؤرخ أن إسرائيل اغتالت قادة الحركة واحدا بعد الآخر.") == []
    assert events("وقتلت القوات الإسرائيلية الفلسطينيين بلا حساب.") == []
    # a time of day, a count and a scene tie it to one occasion
    got = events("وقتلت القوات الإسرائيلية فجرا ثلاثة فلسطينيين في بلدة قرب جنين.")
    assert [(g[0], g[1]) for g in got] == [("ASSAULT", "Israel military")]


def test_anchor_markers_validate(tmp_path) -> None:
    bad = tmp_path / "markers.ar.tsv"
    bad.write_text("anchor\tصاروخ\nanchors\tقذيفة\n", encoding="utf-8")
    problems = check([bad])
    assert len(problems) == 1 and ":2:" in problems[0]


def test_an_attack_after_a_time_preposition_is_the_time_of_another_event() -> None:
    # "after the attack that hit a market": the arrests are the news, the attack a reference
    assert events("واعتقلت الشرطة أمس عشرة أشخاص بعد هجوم استهدف سوقا في المدينة.") == []
    assert events("وتبحث الشرطة عن خمسة مشتبه بهم منذ تفجيرات الشهر الماضي.") == []
    # the same attack as the sentence's report
    assert events("وقتل خمسة أشخاص أمس في هجوم استهدف سوقا في المدينة.") != []


def test_an_attack_that_ought_to_happen_is_unreal() -> None:
    assert events("وقال القيادي أمس إنه يجب خطف جنود آخرين قرب الحدود.") == []
    assert events("واختطف مسلحون أمس ثلاثة جنود قرب الحدود.") != []


def test_a_launch_verb_with_a_weapon_is_an_attack() -> None:
    got = events("وأطلق مسلحون فجر أمس عشرات الصواريخ على بلدة حدودية.")
    assert [(g[0], g[6]) for g in got] == [("ASSAULT", "أطلق")]
    got = events("وألقى مجهولون قنبلة يدوية على مركز للشرطة في البصرة.")
    assert got and got[0][0] == "ASSAULT" and got[0][2] == "IRQ"
    # launching a campaign or fireworks is no attack
    assert events("وأطلقت الحكومة أمس حملة لمكافحة الفساد.") == []
    assert events("وأطلق الشبان أمس الألعاب النارية احتفالا بالفوز.") == []


def test_attacks_offered_as_alternatives_are_no_event() -> None:
    assert events("وقال إن الرد قد يكون خطف جندي أو تفجير حافلة ركاب.") == []
    assert events("وتدرس الجماعة تفجير بناية مأهولة أمس، أو سوق مكتظة.") == []
    # «أو» between two counts only says how many were killed
    assert events("وقتل خمسة أو ستة أشخاص أمس في انفجار سيارة مفخخة في كركوك.") != []


def test_a_definite_protest_noun_refers_back_even_with_its_crowd() -> None:
    # "the demonstration" was told before; its protesters near it make no new report
    assert events("وقبل أن تنتهي المظاهرة أمس ظهر بين المتظاهرين شبان ملثمون.") == []
    got = events("وخرج آلاف المتظاهرين أمس في مظاهرة حاشدة وسط الخرطوم.")
    assert got and got[0][0] == "PROTEST" and got[0][2] == "SDN"


def test_a_crowd_verb_opens_its_clause_else_it_is_a_noun_or_a_name() -> None:
    assert events("واستقبل الشيخ أمس وفدا من «تجمع العلماء المسلمين» في مكتبه.") == []
    assert events("واعتقل قبل وصوله إلى موقع تجمع المتظاهرين أمس.") == []
    # after a fronted place, a conjunction or with a verb ending it is the crowd's act
    for text in ("وفي بيروت تجمع مئات المتظاهرين أمس أمام البرلمان.",
                 "وقال شهود إن الآلاف من الطلاب تدفقوا أمس إلى شوارع المدينة."):
        got = events(text)
        assert got and got[0][0] == "PROTEST", text


def test_preparations_suspicions_conditions_and_counts_are_no_event() -> None:
    for text in ("وأعلن الجيش أمس وصول تعزيزات إلى الموصل استعدادا لشن هجوم على المدينة.",
                 "وقال إن الحزب سيرد بقوة في حال تعرض لهجوم أمس.",
                 "وأغلقت الشرطة الشارع أمس بسبب الاشتباه بوجود سيارة مفخخة.",
                 "ونجح الجيش الأميركي أمس في تقليص عدد الهجمات الانتحارية في بغداد."):
        assert events(text) == [], text
    assert events("وقتل أمس ثلاثة أشخاص في هجوم انتحاري في بغداد.") != []


def test_an_accusation_with_an_object_pronoun_frames_the_attack() -> None:
    # واتهمها، تتهمه: the attack is what someone is accused of, not a new report
    assert events("واتهمها الوزير أمس بمحاولة اغتيال رئيس البرلمان في بغداد.") == []
    assert events("واعتقل أمس قائد الخلية الذي تتهمه الشرطة بتفجير سيارة مفخخة في كركوك.") == []


def test_a_deed_told_with_qama_took_place() -> None:
    # قام … ب + verbal noun: the deed was carried out, even for words limited to claims (خطف)
    got = events("وقام مسلحون مقنعون أمس بخطف نائب رئيس البلدية من سيارته.")
    assert [(g[0], g[1], g[6]) for g in got] == [("ASSAULT", "gunmen (article t)", "خطف")]
    got = events("وقامت طائرة بدون طيار بإطلاق صاروخ على سيارة قرب رفح.")
    assert got and got[0][0] == "ASSAULT" and got[0][6] == "إطلاق"
    # without قام, or with no weapon, nothing
    assert events("وطالب النائب أمس بخطف الأضواء من خصومه.") == []
    assert events("وقام الوزير أمس بإطلاق مبادرة للسلام.") == []


def test_a_plural_attack_noun_without_a_count_is_a_series() -> None:
    assert events("وقال إنهما ساندا هجمات الميليشيات على القرى، والتي أسفرت عن مقتل مدنيين.") == []
    got = events("وأسفرت سلسلة تفجيرات أمس عن مقتل 4 أشخاص في كركوك.")
    assert got and got[0][0] == "ASSAULT" and got[0][2] == "IRQ"


def test_a_non_hostile_cause_of_deaths_or_an_explosion_is_no_attack() -> None:
    # an earthquake, a nuclear test, fireworks, a gas leak: deaths and explosions, no attacker
    for text in ("وقتل أمس أكثر من مئة شخص في زلزال ضرب شمال إيران.",
                 "وأعلنت الحكومة أمس أنها فجرت قنبلتها الذرية الأولى في تجربة تحت الأرض.",
                 "وانفجرت أمس أسطوانة غاز في مطعم بوسط عمان ما أسفر عن مقتل شخصين.",
                 "وأصيب ثلاثة أطفال أمس بحروق بعد أن انفجرت ألعاب نارية في أيديهم."):
        assert events(text) == [], text
    # the same outcome from a bomb is an attack
    assert events("وانفجرت أمس عبوة ناسفة في مطعم بوسط عمان ما أسفر عن مقتل شخصين.") != []


def test_an_attack_someone_will_undergo_or_carry_out_is_unreal() -> None:
    for text in ("وقال المتحدث أمس إن المدينة ستتعرض لهجوم واسع يسفر عن مقتل العشرات.",
                 "وأعلن القائد أمس أن قواته سيشنون هجوما على مواقع المسلحين في الموصل."):
        assert events(text) == [], text
    assert events("وقال المتحدث أمس إن المدينة تعرضت لهجوم واسع أسفر عن مقتل العشرات.") != []


def test_a_plural_attack_noun_is_a_series_also_with_its_doer_or_a_pronoun() -> None:
    # هجماتهم، اعتداءاتها: the attacks of a named side over time, not one reported event
    for text in ("وأرسلت الحكومة قوات إضافية إلى الجنوب بعد أن كثف المسلحون هجماتهم على الجنود.",
                 "وكثفت إسرائيل اعتداءاتها على قرى الجنوب أمس."):
        assert events(text) == [], text
    # one attack by the same doer, or a counted series, is reported
    assert events("وقتل ثلاثة جنود أمس في هجوم شنه المسلحون على حاجز في الجنوب.") != []
    assert events("وشن المسلحون أمس ثلاث هجمات على الجنود في بعقوبة.") != []


def test_attacks_counted_over_a_period_are_a_tally() -> None:
    # حتى الآن، منذ بداية العام، خلال الأشهر: a count over time, not one event
    for text in ("وقال التقرير إن 40 جنديا قتلوا في البلاد حتى الآن هذا الشهر.",
                 "وسجلت الشرطة 120 هجوما مسلحا على المحلات منذ بداية العام في المدينة."):
        assert events(text) == [], text
    assert events("وقال التقرير إن 40 جنديا قتلوا أمس في هجوم على قاعدتهم في المدينة.") != []


def test_an_attack_in_a_guess_of_likelihood_is_unreal() -> None:
    # رجح، المرجح: what someone deems likely, like ربما and احتمال
    for text in ("ورجح خبراء أمس أن يكون تفجير سيارة مفخخة في السوق وراء انهيار المبنى.",
                 "ومن المرجح أن يكون المسلحون قد نفذوا هجوما على القرية أمس."):
        assert events(text) == [], text
    assert events("وأكد خبراء أمس أن تفجير سيارة مفخخة في السوق أسفر عن مقتل ثلاثة.") != []


def test_an_arrest_or_a_suspect_speaks_of_an_attack_told_before() -> None:
    for text in ("وأعلنت الشرطة أمس إلقاء القبض على منفذ تفجير السوق في الموصل.",
                 "وسلم المشتبه بتفجير سيارة مفخخة في كركوك نفسه للشرطة أمس."):
        assert events(text) == [], text
    assert events("وأعلنت الشرطة أمس تفجير سيارة مفخخة في السوق في الموصل أسفر عن مقتل ثلاثة.") != []


def test_events_called_like_others_name_a_kind() -> None:
    for text in ("وشهدت مدن أخرى أمس مظاهرات مماثلة شارك فيها آلاف الطلاب.",
                 "وتعرضت القرى المجاورة أمس لتفجيرات مماثلة أسفرت عن مقتل عشرة أشخاص."):
        assert events(text) == [], text
    assert events("وتعرضت القرى المجاورة أمس لتفجيرات أسفرت عن مقتل عشرة أشخاص.") != []


def test_an_attack_shown_in_a_film_or_recordings_is_no_event() -> None:
    for text in ("ويعرض الفيلم مشاهد لهجوم مسلحين على قرية أسفر عن مقتل عشرات المدنيين.",
                 "وتبيع المحلات أشرطة تظهر قتل ثلاثة جنود في كمين أمس."):
        assert events(text) == [], text
    # a group's claim in one video is news
    assert events("وبث التنظيم أمس شريط فيديو قال فيه إنه قتل ثلاثة جنود في كمين.") != []


def test_a_claim_only_attack_word_with_armed_men_as_doers_took_place() -> None:
    # خطف is also "snatch" (خطف الأضواء): with armed men named right after, a kidnapping
    got = events("وخطف مسلحون أمس ثلاثة موظفين من مكتبهم في بغداد.")
    assert [(g[0], g[3], g[6]) for g in got] == [("ASSAULT", "UAF", "خطف")]
    got = events("وتعرض مسؤول محلي أمس للخطف على أيدي مسلحين في رام الله.")
    assert got and got[0][0] == "ASSAULT" and got[0][2] == "PSE"
    assert events("وخطف اللاعب الأضواء أمس في المباراة.") == []


def test_a_protest_that_broke_out_is_reported_without_its_crowd() -> None:
    for text in ("واندلعت أمس مظاهرة غاضبة في مدينة جنوبية.",
                 "وقالت المصادر إن مظاهرة عنيفة اندلعت أمس في وسط المدينة."):
        got = events(text)
        assert got and got[0][0] == "PROTEST", text
    assert events("وتحدث الوزير أمس عن مظاهرة غاضبة في مدينة جنوبية.") == []


def test_a_dual_kidnapping_verb_is_an_attack() -> None:
    got = events("وقال المتحدث إن شرطيين اختطفا أمس من منزليهما على يد مسلحين في كركوك.")
    assert got and got[0][0] == "ASSAULT" and got[0][6] == "اختطفا"


def test_a_gloss_in_parentheses_does_not_push_the_date_away() -> None:
    text = ("وأعلن الجيش أن طائرة حربية قصفت مخزنا للأسلحة قرب بلدة الحويجة "
            "(55 كيلومترا غرب مدينة كركوك الشمالية) فجر أمس.")
    got = events(text)
    assert got and got[0][0] == "ASSAULT", got
    # the same words with no date and no outcome stay no event
    assert events("وأعلن الجيش أن طائرة حربية قصفت مخزنا للأسلحة قرب بلدة الحويجة "
                  "(55 كيلومترا غرب مدينة كركوك الشمالية).") == []


def test_an_attack_given_as_an_order_is_unreal() -> None:
    assert events("وقال الضابط إن الجنود تلقوا أمس أوامر بإطلاق النار على كل من يقترب من الحاجز.") == []
    assert events("وقال الضابط إن الجنود أطلقوا النار أمس على رجل اقترب من الحاجز.") != []


def test_an_attack_told_as_a_rumour_is_unreal() -> None:
    assert events("وتحدثت شائعات أمس عن هجوم مسلحين على قافلة قرب الحدود أسفر عن مقتل ثلاثة.") == []
    assert events("وتحدث شهود أمس عن هجوم مسلحين على قافلة قرب الحدود أسفر عن مقتل ثلاثة.") != []


def test_an_attack_deep_in_a_long_sentence_is_a_side_mention() -> None:
    attack = "انفجرت سيارة مفخخة أمس قرب سوق شعبي في الموصل ما أسفر عن مقتل ستة مدنيين."
    assert events(attack) != []
    # thirty words of another report before it: the attack is its background, not the news
    lead = ("وأعلن رئيس الوزراء في مؤتمر صحافي عقده في مقر الحكومة بعد اجتماع طويل مع الوزراء "
            "والنواب وممثلي الأحزاب أن الحكومة ستقدم الموازنة الجديدة إلى البرلمان خلال الأسبوع "
            "المقبل وأنها ستخصص أموالا إضافية للمدارس والمستشفيات، في وقت ")
    assert len(lead.split()) >= 30
    assert [g for g in events(lead + attack) if g[0] == "ASSAULT"] == []
    # a protest far into its sentence is still told (only attacks are checked so)
    crowd = "تظاهر آلاف الطلاب أمس في وسط العاصمة احتجاجا على رفع الرسوم."
    assert [g[0] for g in events(lead + crowd)] == ["PROTEST"]


def test_an_attack_in_a_time_clause_with_an_is_the_time_of_another_event() -> None:
    # "after gunmen kidnapped ...": the closing of the road is the news, the kidnapping its time
    assert events("وأغلقت السلطات الطريق أمس بعد أن خطف مسلحون ثلاثة سائقين قرب الحدود.") == []
    assert [g[0] for g in events("وخطف مسلحون أمس ثلاثة سائقين قرب الحدود.")] == ["ASSAULT"]


def test_the_speakers_titles_do_not_frame_what_he_reports() -> None:
    # «خطة» in the name of the spokesman's security plan is no plan of the attack he reports
    said = ("وقال المتحدث باسم خطة حماية المدينة في البصرة إن «ثلاثة أشخاص قتلوا أمس "
            "في انفجار سيارة مفخخة قرب سوق شعبي».")
    assert [g[0] for g in events(said)] == ["ASSAULT"]
    # a plan inside what he says still frames it
    planned = ("وقال المتحدث باسم الشرطة في البصرة إن «الشرطة كشفت أمس عن مخطط لتفجير سيارة "
               "مفخخة قرب سوق شعبي».")
    assert events(planned) == []


def test_a_protest_that_broke_out_needs_no_date() -> None:
    # breaking out is itself the report that it took place
    got = events("وذكر شهود أن مظاهرة غاضبة اندلعت في ساحة البلدة القديمة.")
    assert [g[0] for g in got] == ["PROTEST"]
    # without the verb of breaking out, a dateless protest noun stays a mention
    assert events("وذكر شهود أن مظاهرة غاضبة في ساحة البلدة القديمة.") == []


def test_a_gloss_in_parentheses_does_not_push_qama_away() -> None:
    got = events("وقامت الجماعة فجر أمس (بتوقيت بغداد) بخطف ثلاثة موظفين قرب الحدود.")
    assert [(g[0], g[6]) for g in got] == [("ASSAULT", "خطف")]
    # far from قام, the claim-only word is no deed told
    assert events("وقامت الجماعة قبل أيام بنشر بيان عن الحادث وتحدثت عن خطف ثلاثة موظفين قرب "
                  "الحدود.") == []


def test_an_attack_given_as_the_cause_of_another_event_is_a_reference() -> None:
    # the shops closing is the news; the attack (and the verb telling it) its cause
    for text in ("وأغلقت المحلات أبوابها أمس في البلدة بسبب هجوم انتحاري استهدف مركزا للشرطة.",
                 "وأغلقت المحلات أبوابها أمس في البلدة في أعقاب هجوم انتحاري استهدف مركزا للشرطة."):
        assert events(text) == [], text
    assert events("واستهدف هجوم انتحاري أمس مركزا للشرطة في البلدة وأسفر عن مقتل شرطيين.") != []


def test_an_attack_word_behind_li_names_an_aim_not_a_deed() -> None:
    # "a cell for bombing cars": the aim of the cell, not a bombing (its object neither)
    assert events("وتحدث الضابط أمس عن خلية لتفجير سيارات مفخخة في المدينة.") == []
    # what someone underwent (تعرض ل) took place
    got = events("وتعرضت دورية للشرطة أمس لهجوم بعبوة ناسفة أسفر عن مقتل شرطيين.")
    assert [g[0] for g in got] == ["ASSAULT"]


def test_the_actor_after_an_aim_word_is_the_target() -> None:
    # «مستهدفة»: what the bomber aimed at, not the state where it happened
    got = events("وفجرت انتحارية نفسها أمس مستهدفة دورية للقوات البريطانية جنوب البصرة، "
                 "ما أسفر عن مقتل جنديين.")
    assert got
    assert {(t, tc) for *_, t, tc, _trig in got} == {("United Kingdom military", "GBR")}
    # without the aim word the attack hits the place: Iraq
    got = events("وفجرت انتحارية نفسها أمس جنوب البصرة، ما أسفر عن مقتل جنديين.")
    assert got and all(tc == "IRQ" for *_, tc, _trig in got)


def test_victims_of_a_named_state_are_the_target() -> None:
    # soldiers of a named state hit by an unnamed attack: their state, not the place
    got = events("قتل أربعة من عناصر الجيش الباكستاني أمس في انفجار عبوة ناسفة قرب كابول.")
    assert got
    assert any((t, tc) == ("Pakistan military", "PAK") for *_, t, tc, _trig in got)


def test_a_protest_is_aimed_at_the_actor_after_against() -> None:
    got = events("وتظاهر الآلاف من الطلاب أمس في القاهرة احتجاجا على سياسة الولايات المتحدة.")
    assert got and all(typ == "PROTEST" for typ, *_ in got)
    assert any(tc == "USA" for *_, tc, _trig in got)


def test_a_protest_without_an_aim_is_against_the_state_where_it_happens() -> None:
    got = events("وتجمع مئات المتظاهرين أمس في وسط أنقرة ورددوا هتافات.")
    assert got and all(typ == "PROTEST" for typ, *_ in got)
    assert {(t, tc) for *_, t, tc, _trig in got} == {("Turkey", "TUR")}


def test_a_protest_named_at_a_place_is_held_by_its_crowd_not_the_state() -> None:
    # the capital says where the protest was, not who protested
    got = events("وفي الخرطوم، خرجت أمس مظاهرة غاضبة ضد قرار الحكومة.")
    assert [(typ, holder, c, sector) for typ, holder, c, sector, *_ in got] == [
        ("PROTEST", "Sudan protesters", "SDN", "CVL")]


def test_the_police_dispersing_a_protest_do_not_hold_it() -> None:
    got = events("فرقت الشرطة السورية أمس مظاهرة نظمها الطلاب في دمشق.")
    assert got
    assert all(sector == "CVL" for _typ, _h, _c, sector, *_ in got)
    assert ("Syria students", "SYR") in {(h, c) for _typ, h, c, *_ in got}
    assert all(t != h for _typ, h, _c, _s, t, *_ in got)


def test_a_protest_by_a_nationality_is_held_by_its_people() -> None:
    got = events("تظاهر آلاف الفلسطينيين أمس في رام الله ضد الجدار.")
    assert [(holder, c, sector) for _typ, holder, c, sector, *_ in got] == [
        ("Palestine protesters", "PSE", "CVL")]



def test_security_forces_are_a_military_sector() -> None:
    ex = run("وقتلت قوات الأمن الباكستانية أمس ستة مسلحين في غارة شمال غربي البلاد.")
    forces = [a for a in ex.actors if a.country == "PAK" and a.label.endswith("security forces")]
    assert forces and forces[0].sector == "MIL"


def test_armed_men_an_attack_is_aimed_at_are_its_target_not_its_doer() -> None:
    got = events("وأسفر هجوم صاروخي أمس ضد مسلحين قرب البصرة عن مقتل خمسة.")
    assert [(h, s, t) for _typ, h, _c, s, t, *_ in got] == [
        ("Iraq unidentified attackers", "UAF", "Iraq gunmen")]
    got = events("وأسفر هجوم شنه مسلحون أمس قرب البصرة عن مقتل خمسة.")
    assert [h for _typ, h, *_ in got] == ["Iraq gunmen"]


def test_a_crowd_named_by_its_nationality_is_that_states_protesters() -> None:
    got = events("وتجمع الآلاف من الإندونيسيين أمس أمام البرلمان.")
    assert [(typ, h, c, s) for typ, h, c, s, *_ in got] == [
        ("PROTEST", "Indonesia protesters", "IDN", "CVL")]


def test_a_state_after_a_direction_is_where_the_event_happens() -> None:
    got = events("انفجرت سيارة مفخخة صباح أمس جنوب اليمن، ما أسفر عن مقتل ستة مدنيين.")
    assert [(h, c, t, tc) for _typ, h, c, _s, t, tc, _trig in got] == [
        ("Yemen unidentified attackers", "YEM", "Yemen civilians", "YEM")]
    got = events("وتجمع مئات المتظاهرين أمس في مدينة صغيرة (في غرب اليونان) احتجاجا على الغلاء.")
    assert [(h, t) for _typ, h, _c, _s, t, *_ in got] == [("Greece protesters", "Greece")]


def test_an_attack_by_a_weapon_of_a_nationality_is_by_that_states_forces() -> None:
    got = events("وخلال تنقلهم في سيارة في المدينة أمس أصاب صاروخ أميركي السيارة وقتلهم جميعا.")
    assert [(h, c, s) for _typ, h, c, s, *_ in got] == [("United States military", "USA", "MIL")]


def test_an_attack_with_casualties_and_no_named_victims_hits_the_people_of_the_place() -> None:
    got = events("انفجرت سيارة مفخخة صباح أمس قرب سوق شعبي في الموصل، ما أسفر عن مقتل ستة أشخاص.")
    assert [(t, tc) for *_, t, tc, _trig in got] == [("Iraq civilians", "IRQ")]
    got = events("انفجرت سيارة مفخخة صباح أمس قرب سوق شعبي في الموصل.")
    assert [(t, tc) for *_, t, tc, _trig in got] == [("Iraq", "IRQ")]  # no casualties told


def test_armed_men_killed_by_a_states_forces_are_their_target() -> None:
    got = events("قتل ثلاثة مسلحين في ضربة جوية بريطانية قرب البصرة أمس.")
    assert [(h, t) for _typ, h, _c, _s, t, *_ in got] == [("United Kingdom military", "Iraq gunmen")]
    # armed men with no state force named are the doers, civilians the victims
    got = events("قتل ثلاثة مدنيين في هجوم شنه مسلحون قرب البصرة أمس.")
    assert [(h, t) for _typ, h, _c, _s, t, *_ in got] == [("Iraq gunmen", "Iraq civilians")]


def test_an_attack_the_subject_underwent_is_reported_even_deep_in_a_long_sentence() -> None:
    opening = ("وفي أول حادث من نوعه في المنطقة منذ انهيار الاتفاق بين الحزبين الكبيرين يوم الخميس "
               "الماضي في العاصمة وسط توتر متزايد بين أنصار الطرفين في المدن والقرى المجاورة، ")
    got = events(opening + "تعرض مسؤول محلي في الحزب أمس للخطف على أيدي مسلحين في رام الله.")
    assert [(typ, h, c) for typ, h, c, *_ in got] == [("ASSAULT", "Palestine gunmen", "PSE")]


def test_armed_men_of_a_named_group_stand_for_the_group() -> None:
    got = events("وأسفر انفجار عبوة زرعها مسلحون من حركة طالبان أمس في قندهار عن مقتل خمسة جنود.")
    assert [(h, s) for _typ, h, _c, s, *_ in got] == [("Taliban", "REB")]


def test_a_protest_with_no_place_named_is_against_its_crowds_own_state() -> None:
    got = events("وتجمع الآلاف من الإندونيسيين أمس أمام البرلمان.")
    assert [(t, tc) for *_, t, tc, _trig in got] == [("Indonesia", "IDN")]
    assert [t for *_, t, _tc, _trig in events("وتجمع مئات المتظاهرين أمس أمام البرلمان.")] == [None]


def test_the_verbal_nouns_of_denouncing_name_a_protests_aim() -> None:
    got = events("وتظاهر مئات الطلاب أمس في الرباط للتنديد بسياسة الولايات المتحدة.")
    assert got and {tc for *_, tc, _trig in got} == {"USA"}


def test_a_nationality_adjective_away_from_the_attack_is_no_armed_force() -> None:
    # السفارة الأفغانية: the embassy is Afghan, no Afghan force attacked
    got = events("أعلنت السفارة الأفغانية أن مجهولين خطفوا أمس القنصل الأفغاني في بيشاور وقتلوا سائقه.")
    assert got and all(h != "Afghanistan military" for _typ, h, *_ in got)
