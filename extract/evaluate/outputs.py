"""Scoring extraction output that was produced elsewhere, and checking its evidence.

Owns: ``outputs_extract_fn`` (an ``extract_fn`` that answers from saved extraction JSON,
ARCHITECTURE.md section 2, one object per line or a JSON array: matched to each item by
``article.id``, else by position; an unreadable object is a reported miss) and
``misplaced_spans`` (spans whose text is not the article text at their offsets).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from extract.model import Article, Extraction, Span

from .report import EvalError

__all__ = ["misplaced_spans", "outputs_extract_fn"]


def _load(path: Path) -> list[Any]:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise EvalError(path, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise EvalError(path, "not UTF-8") from None
    if raw.lstrip().startswith("["):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise EvalError(path, f"not JSON: {exc.msg}", line=exc.lineno) from None
        return list(data)
    records = []
    for n, line in enumerate(raw.splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise EvalError(path, f"not JSON: {exc.msg}", line=n) from None
    return records


def _record_id(record: Any) -> str | None:
    try:
        return str(record["article"]["id"])
    except (KeyError, TypeError):
        return None


def outputs_extract_fn(path: str | Path) -> Callable[[Article], Extraction]:
    """An ``extract_fn`` that reads the extraction of each item from ``path``.

    Items are asked for in file order; an item whose id no output carries takes the output
    at its own position (eval/README.md)."""
    path = Path(path)
    records = _load(path)
    by_id: dict[str, int] = {}
    for i, r in enumerate(records):
        rid = _record_id(r)
        if rid is not None:
            by_id.setdefault(rid, i)
    position = itertools.count()

    def answer(article: Article) -> Extraction:
        pos = next(position)
        i = by_id.get(article.id)
        if i is None and pos < len(records):
            i = pos
        if i is None:
            raise LookupError(f"no output for this item in {path}")
        try:
            return Extraction.from_dict(records[i], text=article.text)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}: output {i + 1} is unreadable: {exc!r}") from None

    return answer


def _spans(ext: Extraction) -> list[tuple[str, Span]]:
    out: list[tuple[str, Span]] = []
    for a in ext.actors:
        out.extend((f"actor {a.id} mention", m) for m in a.mentions)
    for c in ext.claims:
        out.extend((f"claim {c.id} {name}", s) for name, s in
                   (("cue", c.cue), ("content", c.content), ("speaker_mention", c.speaker_mention))
                   if s is not None)
    for st in ext.stances:
        out.extend((f"stance {st.id} {name}", s) for name, s in
                   (("trigger", st.trigger), ("holder_mention", st.holder_mention),
                    ("target_mention", st.target_mention)) if s is not None)
    return out


def misplaced_spans(ext: Extraction, text: str) -> list[str]:
    """Every span of ``ext`` whose text is not ``text[start:end]`` (offsets that point into a
    normalised copy, or past the end), described in one line."""
    return [f"{where} «{s.text}»@{s.start}-{s.end} but the text there is «{text[s.start:s.end]}»"
            for where, s in _spans(ext) if text[s.start:s.end] != s.text]
