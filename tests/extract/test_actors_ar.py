"""Arabic actors: gazetteer matching with clitics, titles and apposition, aliases, metonyms."""

from __future__ import annotations

import pytest

from tests.extract.helpers_ar import labels_at, run, spans_ok


@pytest.mark.parametrize("text, surface, label", [
    ("وأكدت فرنسا دعمها للمبادرة.", "فرنسا", "France"),
    ("وصل الوفد إلى موسكو وبفرنسا ولبنان.", "فرنسا", "France"),
    ("وطالبت الولايات المتحدة بوقف القتال.", "الولايات المتحدة", "United States"),
    ("وجهت رسالة للولايات المتحدة الأمريكية أمس.", "ولايات المتحدة الأمريكية", "United States"),
    ("وحذرت أنقرة من التصعيد.", "أنقرة", "Turkey"),
    ("ورد الكرملين على الاتهامات.", "الكرملين", "Russia"),
    ("وقالت الخارجية الروسية إن الوضع خطير.", "الخارجية الروسية", "Russia"),
    ("وانتقد الموقف الأميركي الجديد.", "الأميركي", "United States"),
    ("وهاجم مقاتلو داعش القرية.", "داعش", "Islamic State"),
    ("وقصفت طائرات التحالف الدولي مواقع للتنظيم.", "التحالف الدولي", "Global Coalition against Daesh"),
])
def test_gazetteer_names_demonyms_metonyms(text: str, surface: str, label: str) -> None:
    ex = run(text)
    assert label in labels_at(ex, surface)
    assert spans_ok(ex)


@pytest.mark.parametrize("text, published, label", [
    # title + demonym resolves to the office holder on the article's date
    ("وقال الرئيس الفرنسي إن بلاده لن تتراجع.", "2015-06-01", "François Hollande"),
    ("وقال الرئيس الفرنسي إن بلاده لن تتراجع.", "2019-01-03", "Emmanuel Macron"),
    ("وقال وزير الخارجية التركي إن بلاده ستتحرك.", "2019-01-03", "Mevlut Cavusoglu"),
    ("وقال وزير الخارجية التركي إن بلاده ستتحرك.", "2024-01-03", "Hakan Fidan"),
    # apposition with a known name wins over the date
    ("وقال وزير الخارجية التركي، مولود جاويش أوغلو، إن بلاده ستتحرك.", "2024-01-03", "Mevlut Cavusoglu"),
    ("وأكدت وزيرة الدفاع الفرنسية، فلورنس بارلي، أن القوات باقية.", None, "Florence Parly"),
])
def test_title_resolves_to_office_holder(text: str, published: str | None, label: str) -> None:
    ex = run(text, published=published)
    assert ex.claims and ex.actor(ex.claims[0].speaker).label == label
    # the title and the name are separate mentions of the person; the title is the speaker's words
    person = ex.actor(ex.claims[0].speaker)
    assert ex.claims[0].speaker_mention.text == person.mentions[0].text
    assert person.mentions[0].text.startswith(("الرئيس", "وزير"))


def test_counterpart_takes_the_previous_role() -> None:
    ex = run("دعا الرئيس الفرنسي، إيمانويل ماكرون، نظيره الروسي إلى التهدئة.", published="2019-01-03")
    claim = ex.claims[0]
    assert ex.actor(claim.speaker).label == "Emmanuel Macron"
    assert ex.actor(claim.addressee).label == "Vladimir Putin"


def test_unknown_name_after_title_creates_a_person() -> None:
    ex = run("وقال وزير الدفاع الأردني، يوسف العيسوي، إن الحدود آمنة.", published="2019-01-03")
    person = ex.actor(ex.claims[0].speaker)
    assert person.id.startswith("x-") and person.kind == "person"
    assert person.country == "JOR" and person.sector == "GOV" and person.role == "defence minister"
    assert person.labels["ar"] == "يوسف العيسوي"


def test_title_alone_without_holder_gives_the_state() -> None:
    ex = run("وقال وزير الدفاع الأردني إن الحدود آمنة.", published="2019-01-03")
    assert ex.actor(ex.claims[0].speaker).label == "Jordan"


def test_elliptical_demonym_before_a_name_is_that_person() -> None:
    ex = run("التقى الرئيس الروسي فلاديمير بوتين والفرنسي إيمانويل ماكرون أمس.")
    macron = [a for a in ex.actors if a.label == "Emmanuel Macron"]
    assert macron and [m.text for m in macron[0].mentions] == ["الفرنسي", "إيمانويل ماكرون"]
    assert "France" not in [a.label for a in ex.actors]


def test_parenthesised_short_form_becomes_an_alias() -> None:
    ex = run("سيطرت “قوات سوريا الديمقراطية” (قسد) على القرية. وقالت قسد إنها ستبقى.")
    sdf = next(a for a in ex.actors if a.label == "Syrian Democratic Forces")
    assert [m.text for m in sdf.mentions].count("قسد") == 2


def test_article_alias_from_a_parenthesis_not_in_the_gazetteer() -> None:
    ex = run("أعلن الجيش السوري الحر (الحر) سيطرته على التلة. وقال الحر إنه سيتقدم.")
    fsa = next(a for a in ex.actors if a.label == "Free Syrian Army")
    assert len(fsa.mentions) == 3


def test_definite_head_noun_refers_back_to_the_organisation() -> None:
    ex = run("تبنى تنظيم “الدولة الإسلامية” الهجوم. وقال التنظيم في بيان إنه سيواصل.")
    isis = next(a for a in ex.actors if a.label == "Islamic State")
    assert [m.text for m in isis.mentions][-1] == "التنظيم"
    assert ex.actor(ex.claims[0].speaker).label == "Islamic State"


def test_head_noun_followed_by_an_adjective_is_not_the_alias() -> None:
    ex = run("تقدمت “قوات سوريا الديمقراطية” في الريف. وانسحبت القوات الحكومية من المدينة.")
    sdf = next(a for a in ex.actors if a.label == "Syrian Democratic Forces")
    assert all("القوات" not in m.text for m in sdf.mentions)


def test_a_country_name_without_article_does_not_match_an_adjective_with_it() -> None:
    # مالي is Mali; المالي is "financial"
    ex = run("تآكل الاحتياطي المالي للبلاد خلال العام.")
    assert "Mali" not in [a.label for a in ex.actors]


def test_title_of_an_organisation_with_a_place_and_a_name() -> None:
    ex = run("ورحب المبعوث الأممي إلى سوريا، غير بيدرسون، بالاتفاق.", published="2020-03-01")
    assert ex.actor(ex.claims[0].speaker).label == "Geir Pedersen"
    ex = run("وقال قائد “قوات سوريا الديمقراطية”، مظلوم عبدي، إن المعركة مستمرة.")
    assert ex.actor(ex.claims[0].speaker).label == "Mazloum Abdi"


def test_title_of_an_organisation_with_an_unknown_name_is_a_member() -> None:
    ex = run("وقال المبعوث الأممي، جان إيغلاند، إن المساعدات وصلت.")
    person = ex.actor(ex.claims[0].speaker)
    assert person.kind == "person" and person.sector == "IGO" and person.role == "envoy"


def test_short_form_introduced_with_known_as() -> None:
    ex = run("أعلنت “هيئة تحرير الشام”، المعروفة بـ“الهيئة الجديدة”، سيطرتها. وقالت الهيئة الجديدة إنها ستبقى.")
    hts = next(a for a in ex.actors if a.label == "Hay'at Tahrir al-Sham")
    assert [m.text for m in hts.mentions][-1] == "الهيئة الجديدة"


def test_an_article_alias_stays_in_its_article() -> None:
    # the word lists shared by all documents must not learn one article's short forms
    first = run("أعلن الجيش السوري الحر (الحر) سيطرته على التلة. وقال الحر إنه سيتقدم.")
    assert any(a.label == "Free Syrian Army" for a in first.actors)
    second = run("وقال الحر إن الطقس سيتحسن غدا.")
    assert all(a.label != "Free Syrian Army" for a in second.actors)
