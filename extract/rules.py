"""Validate the extractor's data files: every bad line at once, as ``file:line: reason``.

Owns ``check(paths)`` behind ``qawl rules check``: gazetteer JSONL files (each line an entry that
``extract.gazetteer.parse_entry`` accepts; ids unique across all files checked together) and the
TSV files whose columns ``extract.datafiles.SCHEMAS`` declares. Folders are walked recursively;
files of unknown kind are reported, not skipped silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from extract.datafiles import DATA, read_tsv, schema_for
from extract.errors import InputError
from extract.gazetteer import read_entries

__all__ = ["check", "default_paths"]


def default_paths() -> list[Path]:
    """The shipped data folder."""
    return [DATA]


def _walk(paths: Iterable[Path | str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(x for x in p.rglob("*")
                              if x.is_file() and x.suffix in (".jsonl", ".tsv")
                              and "sources" not in x.relative_to(p).parts))
        else:
            out.append(p)
    return out


def check(paths: Iterable[Path | str]) -> list[str]:
    """Problems found in ``paths`` (files or folders); an empty list means all is well."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    for path in _walk(paths):
        if not path.is_file():
            problems.append(f"{path}: no such file")
            continue
        try:
            if path.suffix == ".jsonl":
                for n, item in read_entries(path):
                    if isinstance(item, InputError):
                        problems.append(str(item))
                    elif item.id in seen:
                        problems.append(f"{path}:{n}: duplicate id {item.id!r} (first at {seen[item.id]})")
                    else:
                        seen[item.id] = f"{path}:{n}"
            elif path.suffix == ".tsv":
                schema = schema_for(path)
                if schema is None:
                    problems.append(f"{path}: unknown data file kind (expected a cues/, triggers/, "
                                    "boilerplate/ folder or a titles/markers/dates file name)")
                    continue
                problems.extend(str(row) for _, row in read_tsv(path, schema)
                                if isinstance(row, InputError))
            else:
                problems.append(f"{path}: not a .jsonl or .tsv data file")
        except UnicodeDecodeError as e:
            problems.append(f"{path}: not UTF-8 ({e.reason} at byte {e.start})")
    return problems
