"""extract.reader: txt/html/jsonl/folders, encodings, language detection, bad input."""

from __future__ import annotations

import codecs
import json
import unicodedata
from pathlib import Path

import pytest

from extract.errors import InputError
from extract.model import Article
from extract.reader import decode_bytes, detect_language, read_inputs

AR = "دعا الرئيس الفرنسي، إيمانويل ماكرون، نظيره الروسي فلاديمير بوتين، إلى حماية «قسد»."
EN = "French President Emmanuel Macron called on Vladimir Putin to protect the SDF."


def _one(path: Path, **kw) -> Article | InputError:
    items = list(read_inputs([path], **kw))
    assert len(items) == 1, items
    return items[0]


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_seed_txt(seed_path: Path) -> None:
    article = _one(seed_path)
    assert isinstance(article, Article)
    assert article.id == "000_ddc8bb61b41df7f1"
    assert article.lang == "ar"
    assert article.title == "فرنسا تطلب من روسيا حماية “قسد” في سوريا"
    raw = seed_path.read_text(encoding="utf-8")
    assert article.text == unicodedata.normalize("NFC", raw)
    assert article.text.find("دعا الرئيس الفرنسي") > 0


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
     ("utf-16-be", codecs.BOM_UTF16_BE), ("cp1256", b"")],
)
def test_encodings_give_the_same_text(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = f"عنوان الخبر\n\n{AR}\n"
    article = _one(_write(tmp_path, "a.txt", bom + text.encode(encoding)))
    assert isinstance(article, Article), article
    assert article.text == text  # BOM gone, nothing else changed
    assert article.title == "عنوان الخبر"


def test_valid_utf8_is_never_decoded_as_windows_1256() -> None:
    # these UTF-8 bytes are also valid cp1256 (every byte is), so UTF-8 must be tried first
    text = "سوريا " * 3
    assert decode_bytes(text.encode("utf-8")) == text
    assert decode_bytes(text.encode("utf-8")) != text.encode("utf-8").decode("cp1256")


def test_nfc(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Çavuşoğlu said the café was closed.")
    article = _one(_write(tmp_path, "n.txt", decomposed))
    assert article.text == unicodedata.normalize("NFC", decomposed) != decomposed


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("junk.txt", bytes(range(128, 256)) * 4, "undecodable"),
        ("digits.txt", b"2019 1234 5678 !!!", "undetectable language"),
        ("greek.txt", "Η Γαλλία ζήτησε από τη Ρωσία".encode(), "undetectable language"),
        ("notes.docx", b"PK\x03\x04", "unsupported file type"),
        ("page.html", b"just words, no markup at all", "malformed HTML"),
        ("nothing.html", b"<html><body><script>var a=1;</script></body></html>", "malformed HTML"),
    ],
)
def test_bad_files_are_one_line_errors(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = _write(tmp_path, name, data)
    error = _one(path)
    assert isinstance(error, InputError), error
    assert reason in error.reason
    message = str(error)
    assert message.startswith(str(path) + ":") and "\n" not in message


def test_missing_path(tmp_path: Path) -> None:
    error = _one(tmp_path / "nope.txt")
    assert isinstance(error, InputError) and "no such file" in str(error)


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    html = f"""<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">
    <title>عنوان الصفحة | الموقع</title>
    <link rel="canonical" href="https://example.org/news/1">
    <meta property="article:published_time" content="2019-01-03T10:00:00+03:00">
    <script>var tracking = "nothing to see";</script></head>
    <body><nav>الرئيسية | أخبار</nav>
    <article><h1>فرنسا تطلب من روسيا حماية قسد</h1>
    <p>{AR}</p><p>وأكد   ماكرون
    ضرورة استمرار الحرب.</p></article>
    <footer>جميع الحقوق محفوظة</footer></body></html>"""
    article = _one(_write(tmp_path, "page.html", html))
    assert isinstance(article, Article), article
    assert article.title == "فرنسا تطلب من روسيا حماية قسد"
    assert article.published == "2019-01-03"
    assert article.url == "https://example.org/news/1"
    assert article.text == f"فرنسا تطلب من روسيا حماية قسد\n\n{AR}\n\nوأكد ماكرون ضرورة استمرار الحرب."
    for furniture in ("الرئيسية", "جميع الحقوق", "tracking"):
        assert furniture not in article.text


def test_html_time_tag_date(tmp_path: Path) -> None:
    html = f"<html><body><main><time datetime='2020-02-29'>yesterday</time><p>{EN}</p></main></body></html>"
    article = _one(_write(tmp_path, "t.htm", html))
    assert article.published == "2020-02-29" and article.lang == "en"
    assert EN in article.text


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": AR, "title": "t1", "published": "2019-01-03", "url": "https://x.org/1"}),
        "{not json",
        "",
        json.dumps({"id": "a2", "html": f"<html><body><article><p>{EN}</p></article></body></html>"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "a3", "title": "no text"}),
        json.dumps({"text": EN, "lang": "en", "published": "yesterday"}),
        json.dumps({"text": EN}),
    ]
    path = _write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    items = list(read_inputs([path]))
    good = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, InputError)]
    assert [a.id for a in good] == ["a1", "a2", "feed-8"]
    a1, a2, _ = good
    assert (a1.lang, a1.title, a1.published, a1.url, a1.text) == ("ar", "t1", "2019-01-03", "https://x.org/1", AR)
    assert a2.lang == "en" and a2.text == EN and a2.title == EN
    assert [(e.line, e.path) for e in bad] == [(2, str(path)), (5, str(path)), (6, str(path)), (7, str(path))]
    assert "malformed JSON" in bad[0].reason and str(bad[0]).startswith(f"{path}:2: ")
    assert "neither 'text' nor 'html'" in bad[2].reason
    assert "published" in bad[3].reason


def test_folders_recursively_sorted_and_skip_other_files(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    _write(tmp_path, "b.txt", EN)
    _write(tmp_path, "sub/deeper/a.txt", AR)
    _write(tmp_path, "sub/readme.md", "# not an input")
    (tmp_path / ".hidden").mkdir()
    _write(tmp_path, ".hidden/c.txt", EN)
    _write(tmp_path, "sub/.d.txt", EN)
    items = list(read_inputs(tmp_path))
    assert [(i.id, i.lang) for i in items] == [("b", "en"), ("a", "ar")]


def test_lang_and_published_options(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.txt", EN)
    forced = _one(path, lang="ar", published="2018-12-31")
    assert forced.lang == "ar" and forced.published == "2018-12-31"
    assert _one(path, lang="auto").lang == "en"
    with pytest.raises(ValueError):
        list(read_inputs([path], lang="fr"))
    with pytest.raises(ValueError):
        list(read_inputs([path], published="31/12/2018"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [(AR, "ar"), (EN, "en"), (AR + " (AFP, Reuters)", "ar"), ("123 456", None), ("Москва заявила", None)],
)
def test_detect_language(text: str, lang: str | None) -> None:
    assert detect_language(text) == lang


def test_samples_all_read(tmp_path: Path) -> None:
    from graph.samples import SAMPLES_DIR

    items = list(read_inputs([SAMPLES_DIR]))
    assert items and all(isinstance(i, Article) for i in items), items
    assert {i.lang for i in items} == {"ar", "en"}


def test_xhtml_with_xml_declaration_and_line_breaks(tmp_path: Path) -> None:
    page = ('<?xml version="1.0" encoding="windows-1256"?>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head>'
            '<body><article><p>قال ماكرون<br/>إن فرنسا ستبقى</p></article></body></html>')
    article = _one(_write(tmp_path, "x.html", page.encode("cp1256")))
    assert isinstance(article, Article), article
    assert article.text == "قال ماكرون إن فرنسا ستبقى" and article.lang == "ar"
