"""Arabic claims in forms the news uses all the time: a quotation before its cue with a date after
the speaker, a participle that continues the speaker (not someone the speaker quoted), a denial's
object, and the date of a statement told in the sentence after it."""

from __future__ import annotations

from tests.extract.helpers_ar import run, spans_ok


def _claims(text: str, published: str = "2022-10-20"):
    ex = run(text, published=published)
    assert spans_ok(ex)
    return ex, ex.claims


def test_quotation_before_the_cue_is_the_content_despite_a_date_after_the_speaker() -> None:
    ex, claims = _claims('"سنرد على أي هجوم يستهدف أراضينا"، قال وزير الخارجية الإيراني في 3 من آذار.')
    c = claims[0]
    assert ex.actor(c.speaker).country == "IRN"
    assert c.direct and c.content.text == "سنرد على أي هجوم يستهدف أراضينا"
    assert c.date == "2022-03-03"


def test_quotation_already_reported_is_not_taken_again_by_a_participle() -> None:
    ex, claims = _claims('وأضاف لافروف: "لصبرنا حدود"، محذرًا إسرائيل من شن مزيد من الضربات.')
    warn = next(c for c in claims if c.cue.text == "محذرًا")
    assert "لصبرنا" not in warn.content.text and warn.content.text.startswith("من شن")


def test_participle_continues_the_speaker_not_the_actor_quoted_inside() -> None:
    ex, claims = _claims("وقال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن طهران ترفض العقوبات "
                         "الأمريكية، مضيفًا أن واشنطن تتحمل المسؤولية.")
    adding = next(c for c in claims if c.cue.text == "مضيفًا")
    said = next(c for c in claims if c.cue.text == "قال")
    assert adding.speaker == said.speaker != "Q794"


def test_denial_content_is_its_object_and_no_stance_against_the_destination() -> None:
    ex, claims = _claims("ونفت إيران إرسال طائرات مسيرة إلى روسيا، بحسب وسائل إعلام رسمية.")
    deny = claims[0]
    assert deny.negated and deny.content.text == "إرسال طائرات مسيرة إلى روسيا"
    assert not [s for s in ex.stances if s.target == "Q159" and s.type == "REJECT"]


def test_denial_of_an_accusation_is_against_the_accuser() -> None:
    ex, _ = _claims("ونفت إيران الاتهامات الأمريكية بشأن تزويد روسيا بالطائرات.")
    assert [(s.holder, s.type, s.target) for s in ex.stances if s.type == "REJECT"] == [("Q794", "REJECT", "Q30")]


def test_next_paragraph_gives_its_date_only_when_it_reports_the_circumstances() -> None:
    follow = "دعا ماكرون بوتين إلى حماية المدنيين.\n\nوجاءت الدعوة خلال اتصال هاتفي الأربعاء 3 من كانون الثاني."
    other = "دعا ماكرون بوتين إلى حماية المدنيين.\n\nوالتقى الوزيران الأربعاء 3 من كانون الثاني."
    assert _claims(follow, "2018-01-05")[1][0].date == "2018-01-03"
    assert _claims(other, "2018-01-05")[1][0].date == "2018-01-05"


def test_narrated_stance_takes_the_date_its_sentence_names() -> None:
    ex, _ = _claims("والتقى أردوغان وبوتين في سوتشي يوم الثلاثاء.")
    consult = [s for s in ex.stances if s.type == "CONSULT"]
    assert consult and consult[0].date == "2022-10-18"


def test_last_week_is_seven_days_before_publication() -> None:
    ex, _ = _claims("والتقى أردوغان وبوتين في سوتشي الأسبوع الماضي.")
    assert [s.date for s in ex.stances if s.type == "CONSULT"] == ["2022-10-13"]


def test_second_cue_without_subject_goes_on_with_the_same_speaker() -> None:
    ex, claims = _claims('واتهمت وزارة الدفاع الروسية الولايات المتحدة بدعم "الإرهابيين" في التنف، '
                         "وقالت إن القوات الأمريكية تدرب عناصر التنظيم هناك.")
    assert [(c.cue.text, c.speaker) for c in claims] == [("اتهمت", "Q159"), ("قالت", "Q159")]


def test_pronoun_dropping_cue_speaks_for_the_subject_of_the_sentence_before() -> None:
    ex, claims = _claims("استقبل الرئيس السوري بشار الأسد المبعوث الأممي غير بيدرسون في دمشق. "
                         "وقال إن بلاده مستعدة للتعاون مع الأمم المتحدة.")
    said = next(c for c in claims if c.cue.text == "قال")
    assert ex.actor(said.speaker).label == "Bashar al-Assad"
    # not across a paragraph: there the subject is unknown, and no claim is better than a guess
    ex, claims = _claims("استقبل الرئيس السوري بشار الأسد المبعوث الأممي غير بيدرسون في دمشق.\n\n"
                         "وقال إن بلاده مستعدة للتعاون مع الأمم المتحدة.")
    assert not [c for c in claims if c.cue.text == "قال"]


def test_the_two_parties_agree_with_each_other() -> None:
    ex, _ = _claims("والتقى أردوغان وبوتين في سوتشي الأسبوع الماضي. واتفق الزعيمان على تسيير دوريات مشتركة.")
    agree = [(ex.actor(s.holder).label, ex.actor(s.target).label) for s in ex.stances if s.type == "AGREE"]
    assert len(agree) == 1 and set(agree[0]) == {"Recep Tayyip Erdoğan", "Vladimir Putin"}
