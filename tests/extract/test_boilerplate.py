"""Boilerplate removal against the seed gold's line lists, and general line features."""

from __future__ import annotations

import json

from extract.boilerplate import body_spans, classify_lines


def test_seed_lines_match_gold(seed_path, seed_gold_path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    gold = json.loads(seed_gold_path.read_text(encoding="utf-8"))
    lines = classify_lines(text)
    for label, key in (("body", "body_lines"), ("caption", "caption_lines"),
                       ("boilerplate", "boilerplate_lines")):
        assert [x.n for x in lines if x.label == label] == gold[key], label


def test_body_spans_are_offsets_into_the_original(seed_path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    spans = body_spans(text)
    assert spans[0] == (0, text.index("\n"))
    assert all(text[s:e].strip() == text[s:e] and text[s:e] for s, e in spans)
    assert not any("camera icon" in text[s:e] for s, e in spans)


def test_short_line_between_body_lines_is_a_subheading() -> None:
    para = "قال المتحدث إن الحكومة ستواصل العمل على تحسين الخدمات في المدن كلها خلال العام المقبل، وفق البيان."
    text = f"عنوان الخبر\n\n{para}\n\nخلفية القرار\n\n{para}\n\nاقرأ أيضًا\n\nشارك هذا"
    labels = [x.label for x in classify_lines(text) if x.label != "blank"]
    assert labels == ["body", "body", "body", "body", "boilerplate", "boilerplate"]


def test_long_line_with_furniture_word_is_kept() -> None:
    long = ("وقال الوزير إن الحكومة تدعم المبادرة التي تم إرسال تفاصيلها إلى البرلمان أمس "
            "بعد نقاش طويل بين الكتل النيابية حول بنودها المختلفة وآليات تمويلها، وفق البيان.")
    assert [x.label for x in classify_lines(f"عنوان\n{long}")] == ["body", "body"]


def test_short_closing_sentence_is_body_but_a_short_footer_is_not() -> None:
    para = "Iran's foreign ministry spokesman said Tehran rejected the new sanctions, adding that Washington bore the responsibility."
    closing = '"We will not accept this," Kanaani said.'
    for footer in ("Reporting by John Smith; Editing by Jane Doe.", "Follow us", "Share"):
        text = f"Title of the story\n\n{para}\n\n{closing}\n\n{footer}"
        labels = [x.label for x in classify_lines(text) if x.label != "blank"]
        assert labels == ["body", "body", "body", "boilerplate"], footer
    # a short line without a sentence end after the text stays a footer
    text = f"Title\n\n{para}\n\nMore on this story"
    assert [x.label for x in classify_lines(text) if x.label != "blank"][-1] == "boilerplate"
