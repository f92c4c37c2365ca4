"""Running the extractor over gold files and collecting their scores.

Owns: ``evaluate_files`` (the library behind ``qawl eval GOLD...``): a ``*.jsonl`` path is a
third-party set (each line's ``dataset`` field picks its scorer, ``datasets.SCORERS``),
any other file a gold article in the seed's format, a folder every such file in it. Each
item becomes an ``Article`` and goes through ``extract_fn`` one at a time, so a large set is
streamed; an item whose extraction fails is reported and scored as a miss.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from extract.model import Article, Extraction

from .datasets import SCORERS, DatasetScorer
from .gold_article import gold_article, load_gold, score_gold
from .outputs import misplaced_spans, outputs_extract_fn
from .report import EvalError, EvalReport, Section

__all__ = ["ExtractFn", "default_extract_fn", "evaluate_files"]

ExtractFn = Callable[[Article], Extraction]
Progress = Callable[[str, int], None]


def default_extract_fn() -> ExtractFn:
    """``extract.pipeline.extract``, imported only when an evaluation needs it."""
    try:
        from extract.pipeline import extract  # noqa: PLC0415 (optional until it lands)
    except ImportError as exc:
        raise EvalError("extract.pipeline", "the extractor is not available "
                        f"(extract.pipeline.extract cannot be imported: {exc})") from None
    return extract


def _expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(x for x in p.rglob("*")
                           if x.is_file() and (x.name.endswith(".gold.json") or x.suffix == ".jsonl"))
            if not found:
                raise EvalError(p, "folder holds no *.gold.json or *.jsonl file")
            yield from found
        elif p.exists():
            yield p
        else:
            raise EvalError(p, "no such file")


def _run(extract_fn: ExtractFn, article: Article) -> tuple[Extraction | None, str | None]:
    # A harness measures: one article that breaks the extractor is a counted, reported miss,
    # never the end of a run over thousands.
    try:
        out = extract_fn(article)
    except Exception as exc:  # noqa: BLE001
        return None, f"{article.id}: {type(exc).__name__}: {exc}"
    if not isinstance(out, Extraction):
        return None, f"{article.id}: extractor returned {type(out).__name__}, not an Extraction"
    return out, None


def _item_article(path: Path, line: int, item: Any) -> Article:
    if not isinstance(item, dict):
        raise EvalError(path, "each line must be a JSON object", line=line)
    for name in ("id", "text", "lang"):
        if not isinstance(item.get(name), str):
            raise EvalError(path, f"field {name!r} missing or not a string", line=line)
    if item["lang"] not in ("ar", "en"):
        raise EvalError(path, f"lang must be 'ar' or 'en', not {item['lang']!r}", line=line)
    if not isinstance(item.get("gold"), dict):
        raise EvalError(path, "field 'gold' missing or not an object", line=line)
    return Article(id=item["id"], text=unicodedata.normalize("NFC", item["text"]),
                   lang=item["lang"], published=item.get("published"), source=str(path))


def _evaluate_jsonl(path: Path, extract_fn: ExtractFn, *, limit: int | None,
                    max_errors: int | None,
                    progress: Progress | None) -> list[Section]:
    scorers: dict[str, DatasetScorer] = {}
    done = 0
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise EvalError(path, f"cannot read: {exc.strerror or exc}") from None
    with handle:
        for line_no, raw in enumerate(handle, 1):
            if limit is not None and done >= limit:
                break
            if not raw.strip():
                continue
            try:
                item = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                raise EvalError(path, "not UTF-8", line=line_no) from None
            except json.JSONDecodeError as exc:
                raise EvalError(path, f"not JSON: {exc.msg}", line=line_no) from None
            name = item.get("dataset") if isinstance(item, dict) else None
            if name not in SCORERS:
                raise EvalError(path, f"unknown dataset {name!r} (known: {', '.join(SCORERS)})",
                                line=line_no)
            article = _item_article(path, line_no, item)
            if name not in scorers:
                scorers[name] = SCORERS[name](source=str(path), max_errors=max_errors)
            try:
                gold = scorers[name].parse_gold(item["gold"], article)
            except KeyError as exc:
                raise EvalError(path, f"malformed gold: missing field {exc}", line=line_no) from None
            except (TypeError, ValueError) as exc:
                raise EvalError(path, f"malformed gold: {exc}", line=line_no) from None
            extraction, failure = _run(extract_fn, article)
            scorers[name].add(article, gold, extraction, failure=failure)
            if extraction is not None:
                scorers[name].section.add_misplaced(article.id,
                                                    misplaced_spans(extraction, article.text))
            done += 1
            if progress is not None:
                progress(str(path), done)
    digest = _sha256(path)
    sections = [s.finish() for s in scorers.values()]
    for sec in sections:
        sec.sha256 = digest
    return sections


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def evaluate_files(
    paths: Iterable[str | Path], *, extract_fn: ExtractFn | None = None,
    limit: int | None = None, max_errors: int | None = 40, progress: Progress | None = None,
    outputs: str | Path | None = None,
) -> EvalReport:
    """Score ``extract_fn`` (default ``extract.pipeline.extract``) on gold files.

    ``outputs`` scores saved extraction JSON instead (``qawl extract --format json``, one
    object per line: matched by ``article.id``, else by position; an item without a readable
    output is a reported miss). ``limit`` keeps the first N items of each JSON Lines file.
    ``max_errors`` bounds the ``--errors`` listing of each kind of error in each third-party
    set (``None``: no bound; a gold article lists all of its own). ``progress(path,
    items_done)`` is called after each item. A malformed gold file raises ``EvalError``
    naming the file and line."""
    if limit is not None and limit < 1:
        raise ValueError("limit must be at least 1")
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if outputs is not None and extract_fn is not None:
        raise ValueError("give either extract_fn or outputs, not both")
    files = list(_expand(paths))
    fn = outputs_extract_fn(outputs) if outputs is not None else extract_fn or default_extract_fn()
    report = EvalReport()
    for path in files:
        if path.suffix == ".jsonl":
            report.sections.extend(_evaluate_jsonl(path, fn, limit=limit, max_errors=max_errors,
                                                   progress=progress))
            continue
        gold = load_gold(path)
        article = gold_article(gold)
        extraction, failure = _run(fn, article)
        section = score_gold(gold, extraction, failure=failure)
        if extraction is not None:
            section.add_misplaced(article.id, misplaced_spans(extraction, article.text))
        section.sha256 = _sha256(path)
        report.sections.append(section)
        if progress is not None:
            progress(str(path), 1)
    return report
