"""Reading input files into ``Article`` objects.

Owns: ``read_inputs`` (plain text, HTML, JSON Lines, folders recursively), byte decoding
(UTF-8 with or without BOM, UTF-16/32 with BOM, Windows-1256 detected with charset-normalizer
only when the bytes are not valid UTF-8), Unicode NFC, language detection by script ratio, and
the article id (the JSON Lines ``id``, else the file name stem).

Bad input never raises out of ``read_inputs``: it is yielded as an ``InputError`` naming the
file (and line) so that a build of thousands of files goes on past one bad file.

The article text is the decoded NFC text of the file (plain text), the extracted main text
(HTML), or the record's ``text``/``html`` (JSON Lines); every offset later points into it.
"""

from __future__ import annotations

import codecs
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from extract.errors import InputError
from extract.model import Article

__all__ = ["SUFFIXES", "decode_bytes", "detect_language", "read_inputs"]

SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm", ".jsonl")

_BOMS: tuple[tuple[bytes, str], ...] = (  # longest first: UTF-32 LE starts like UTF-16 LE
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MIN_LETTERS = 3
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_SLUG_BAD = re.compile(r"[^\w.-]+", re.UNICODE)


class _Bad(Exception):
    """Internal: one reason an input is unusable (turned into an InputError by the caller)."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def read_inputs(
    paths: Iterable[str | Path] | str | Path,
    *,
    lang: str | None = None,
    published: str | None = None,
) -> Iterator[Article | InputError]:
    """Yield one ``Article`` per input document, or an ``InputError`` per bad file or line.

    ``lang`` forces the language ("ar" or "en"); None or "auto" detects it per article.
    ``published`` (YYYY-MM-DD) is used for articles that do not carry their own date.
    """
    if lang not in (None, "auto", "ar", "en"):
        raise ValueError(f"lang must be 'ar', 'en', 'auto' or None, not {lang!r}")
    if published is not None and _iso_date(published) is None:
        raise ValueError(f"published must be YYYY-MM-DD, not {published!r}")
    forced = None if lang in (None, "auto") else lang
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for path in _expand(paths):
        if isinstance(path, InputError):
            yield path
            continue
        yield from _read_file(path, lang=forced, published=published)


def _expand(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # hidden files and folders (.git, .ipynb_checkpoints) are not articles
            yield from sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.is_file():
            yield path
        else:
            yield InputError(str(path), "no such file or folder")


def _read_file(path: Path, *, lang: str | None, published: str | None) -> Iterator[Article | InputError]:
    suffix = path.suffix.lower()
    try:
        if suffix not in SUFFIXES:
            raise _Bad(f"unsupported file type {suffix or '(none)'}: expected .txt, .html or .jsonl")
        text = decode_bytes(path.read_bytes())
        if suffix == ".jsonl":
            yield from _read_jsonl(path, text, lang=lang, published=published)
            return
        if suffix == ".txt":
            article = _make_article(path.stem, text, title=_first_line(text), lang=lang,
                                    published=published, url=None, source=str(path))
        else:
            meta = _html_article(text)
            article = _make_article(path.stem, meta["text"], title=meta["title"], lang=lang,
                                    published=meta["published"] or published, url=meta["url"],
                                    source=str(path))
        yield article
    except _Bad as bad:
        yield InputError(str(path), bad.reason, line=bad.line)
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")


def decode_bytes(data: bytes) -> str:
    """Decode file bytes to NFC text: BOM'd UTF-8/16/32, else UTF-8, else Windows-1256."""
    if not data.strip():
        raise _Bad("empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise _Bad(f"undecodable bytes for its {codec} byte-order mark at byte {exc.start}") from None
            return _finish(text)
    if b"\x00" in data:
        raise _Bad("binary file (contains NUL bytes)")
    try:
        return _finish(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only needed for the non-UTF-8 case

    best = from_bytes(data, cp_isolation=["cp1256"]).best()
    if best is None:
        raise _Bad("undecodable bytes: not UTF-8, UTF-16 or Windows-1256")
    return _finish(data.decode("cp1256"))


def _finish(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise _Bad("empty file")
    if "\x00" in text:
        raise _Bad("binary file (contains NUL characters)")
    return text


def detect_language(text: str) -> str | None:
    """"ar" or "en" from the share of Arabic and Latin letters, None when neither dominates."""
    arabic = latin = other = 0
    for ch in text:
        if not ch.isalpha():
            continue
        cp = ord(ch)
        if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF \
                or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
            arabic += 1
        elif cp < 0x0250 or 0x1E00 <= cp <= 0x1EFF:
            latin += 1
        else:
            other += 1
    letters = arabic + latin + other
    if letters < _MIN_LETTERS:
        return None
    # Arabic articles quote Latin names and agencies; half the letters is plenty.
    if arabic / letters >= 0.5:
        return "ar"
    if latin / letters >= 0.6:
        return "en"
    return None


def _make_article(
    article_id: str, text: str, *, title: str | None, lang: str | None, published: str | None,
    url: str | None, source: str,
) -> Article:
    if not text.strip():
        raise _Bad("no article text")
    chosen = lang or detect_language(text)
    if chosen is None:
        raise _Bad("undetectable language: neither Arabic nor Latin script dominates (use --lang)")
    return Article(id=article_id, text=text, lang=chosen, title=title or None,
                   published=published, url=url or None, source=source)


def _first_line(text: str) -> str | None:
    return next((line.strip() for line in text.splitlines() if line.strip()), None)


def _iso_date(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    m = _DATE.match(value.strip())
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


# -- JSON Lines ------------------------------------------------------------------------------

def _read_jsonl(path: Path, text: str, *, lang: str | None, published: str | None) -> Iterator[Article | InputError]:
    seen = 0
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen += 1
        try:
            yield _jsonl_record(path, lineno, line, lang=lang, published=published)
        except _Bad as bad:
            yield InputError(str(path), bad.reason, line=lineno)
    if not seen:
        yield InputError(str(path), "empty file")


def _jsonl_record(path: Path, lineno: int, line: str, *, lang: str | None, published: str | None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _Bad(f"malformed JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise _Bad(f"a record must be a JSON object, not {type(record).__name__}")
    raw_id = record.get("id")
    if raw_id is None or raw_id == "":
        article_id = f"{path.stem}-{lineno}"
    elif isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool):
        article_id = str(raw_id)
    else:
        raise _Bad(f"'id' must be a string or an integer, not {type(raw_id).__name__}")
    for key in ("text", "html", "title", "published", "url", "lang"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise _Bad(f"'{key}' must be a string, not {type(record[key]).__name__}")
    rec_lang = record.get("lang")
    if rec_lang not in (None, "", "auto", "ar", "en"):
        raise _Bad(f"'lang' must be 'ar' or 'en', not {rec_lang!r}")
    rec_published = record.get("published")
    if rec_published and _iso_date(rec_published) is None:
        raise _Bad(f"'published' must be a date YYYY-MM-DD, not {rec_published!r}")
    title = record.get("title")
    url = record.get("url")
    if record.get("text"):
        text = unicodedata.normalize("NFC", record["text"])
    elif record.get("html"):
        meta = _html_article(unicodedata.normalize("NFC", record["html"]))
        text = meta["text"]
        title = title or meta["title"]
        url = url or meta["url"]
        rec_published = rec_published or meta["published"]
    else:
        raise _Bad("record has neither 'text' nor 'html'")
    if title:
        title = unicodedata.normalize("NFC", title)
    return _make_article(
        article_id, text, title=title or _first_line(text),
        lang=lang or (rec_lang if rec_lang in ("ar", "en") else None),
        published=_iso_date(rec_published) or published, url=url, source=f"{path}:{lineno}",
    )


# -- HTML ------------------------------------------------------------------------------------

_DROP = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
         "iframe", "svg", "button", "select")
_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "figcaption", "pre",
           "td", "th", "dd", "dt")
_MAIN_XPATHS = ('//*[@itemprop="articleBody"]', "//article", "//main", '//*[@role="main"]')
_DATE_META = ("article:published_time", "og:published_time", "datePublished", "date",
              "pubdate", "publishdate", "DC.date.issued", "dcterms.date", "sailthru.date")
_WS = re.compile(r"\s+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def _html_article(html: str) -> dict[str, str | None]:
    """Main text and metadata of an HTML page: text, title, published, url."""
    from lxml import etree, html as lhtml

    if not re.search(r"<\s*[A-Za-z!]", html):
        raise _Bad("malformed HTML: no markup found")
    # the text is already decoded: an XML declaration naming an encoding would make lxml refuse it
    html = _XML_DECL.sub("", html, count=1)
    try:
        root = lhtml.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise _Bad(f"malformed HTML: {' '.join(str(exc).split())}") from None
    for br in root.iter("br"):  # a line break separates words even where no space was typed
        br.tail = "\n" + (br.tail or "")
    title = _meta(root, ("og:title",)) or _text_of(root.find(".//title"))
    published = None
    for name in _DATE_META:
        published = _iso_date(_meta(root, (name,)))
        if published:
            break
    if not published:
        for node in root.xpath('//*[@itemprop="datePublished"]|//time[@datetime]'):
            published = _iso_date(node.get("datetime") or node.get("content") or node.text_content())
            if published:
                break
    url = None
    for link in root.xpath('//link[@href]'):
        if "canonical" in (link.get("rel") or "").lower().split():
            url = link.get("href").strip() or None
            break
    url = url or _meta(root, ("og:url",))
    for node in root.xpath("|".join(f"//{t}" for t in _DROP)):
        node.drop_tree()
    main = next((found[0] for xp in _MAIN_XPATHS if (found := root.xpath(xp))), None)
    container = main if main is not None else root.find("body")
    if container is None:
        container = root
    blocks = _blocks(container)
    h1 = root.find(".//h1")
    heading = _text_of(h1)
    if heading and (not blocks or blocks[0] != heading):
        blocks.insert(0, heading)
    text = "\n\n".join(blocks)
    if not text.strip():
        raise _Bad("malformed HTML: no article text found")
    return {"text": text, "title": heading or title, "published": published, "url": url}


def _blocks(container) -> list[str]:
    blocks: list[str] = []
    block_nodes = container.xpath(" | ".join(f".//{t}" for t in _BLOCKS))
    if not block_nodes:
        text = _text_of(container)
        return [text] if text else []
    for node in block_nodes:
        # a block nested in another block (li > p) is already in its parent's text
        if any(a.tag in _BLOCKS for a in node.iterancestors()):
            continue
        text = _text_of(node)
        if text:
            blocks.append(text)
    return blocks


def _text_of(node) -> str | None:
    if node is None:
        return None
    text = _WS.sub(" ", node.text_content()).strip()
    return text or None


def _meta(root, names: tuple[str, ...]) -> str | None:
    for node in root.xpath("//meta[@content]"):
        key = node.get("property") or node.get("name") or node.get("itemprop")
        if key and key in names:
            value = node.get("content").strip()
            if value:
                return value
    return None
