"""Readers for the extractor's TSV data files (cues, triggers, titles, markers, dates, furniture).

Owns the one place that knows each TSV's columns (``SCHEMAS``), the row parser used both by the
extractors (``read_tsv``) and by the validator (``extract.rules``), and the lookup of user files
that extend the shipped ones (``QAWL_RULES_PATH`` folders mirroring ``extract/data/``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from extract.errors import InputError
from extract.model import PLOVER_TYPES

__all__ = ["DATA", "SCHEMAS", "data_files", "read_tsv", "schema_for"]

DATA = Path(__file__).resolve().parent / "data"


def _plover_or_dash(v: str) -> None:
    if v != "-" and v not in PLOVER_TYPES:
        raise ValueError(f"{v!r} is not a PLOVER type or -")


def _plover(v: str) -> None:
    if v not in PLOVER_TYPES:
        raise ValueError(f"{v!r} is not a PLOVER type")


def _polarity(v: str) -> None:
    if v not in ("-1", "0", "1"):
        raise ValueError(f"polarity must be -1, 0 or 1, not {v!r}")


def _one_of(*allowed: str) -> Callable[[str], None]:
    def check(v: str) -> None:
        if v not in allowed:
            raise ValueError(f"{v!r} is not one of {', '.join(allowed)}")
    return check


def _int(v: str) -> None:
    int(v)


def _iso3(v: str) -> None:
    if len(v) != 3 or not v.isascii() or not v.isupper():
        raise ValueError(f"{v!r} is not an ISO 3166-1 alpha-3 code")


def _any(v: str) -> None:
    if not v.strip():
        raise ValueError("empty column")


# name -> list of (column, validator)
SCHEMAS: dict[str, list[tuple[str, Callable[[str], None]]]] = {
    "cues": [("lemma", _any), ("forms", _any), ("kind", _one_of("verb", "participle", "relay")),
             ("speech_act", _any), ("plover", _plover_or_dash), ("polarity", _polarity)],
    "triggers": [("phrase", _any), ("type", _plover), ("polarity", _polarity),
                 ("negated_type", _plover_or_dash),
                 ("target", _one_of("after", "before", "with", "pair", "purpose")),
                 ("scope", _one_of("claim", "any", "event", "crowd", "done"))],
    "titles": [("title", _any), ("role", _any), ("sector", _any)],
    "markers": [("category", _one_of("via", "comp", "neg", "cond", "stop", "filler", "pair",
                                     "institution", "statement", "generic", "alias_intro",
                                     "break", "unreal", "trial", "outcome", "now", "eventprep", "speechattack",
                                     "anchor", "launch", "weapon", "followup", "mishap", "tally", "similar", "depiction", "aim",
                                     "dependent", "nonholder", "incumbent")),
                ("form", _any)],
    "dates": [("category", _one_of("month", "weekday", "relative", "day")), ("form", _any), ("value", _int)],
    "agents": [("forms", _any), ("sector", _any), ("label", _any), ("needs_country", _one_of("yes", "no"))],
    "places": [("name", _any), ("country", _iso3)],
    "sources": [("class", _one_of("noun", "reporter", "modifier", "member", "close")), ("forms", _any),
                ("number", _one_of("sg", "pl", "-")), ("sector", _any), ("label", _any),
                ("alone", _one_of("yes", "no", "-"))],
    "furniture": [("category", _one_of("caption", "boilerplate")), ("phrase", _any)],
    "names": [("arabic", _any), ("english", _any)],
}


def schema_for(path: Path) -> str | None:
    """The schema a TSV file follows: its folder (cues/, triggers/, boilerplate/) or name prefix."""
    name = path.name.split(".")[0]
    if name in SCHEMAS:
        return name
    if path.parent.name in SCHEMAS:
        return path.parent.name
    if path.parent.name == "boilerplate":
        return "furniture"
    return None


def read_tsv(path: Path, schema: str) -> Iterator[tuple[int, list[str] | InputError]]:
    """Rows of a TSV data file with line numbers; bad rows come back as ``InputError``."""
    cols = SCHEMAS[schema]
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            row = line.split("\t")
            if len(row) != len(cols):
                yield n, InputError(path, f"expected {len(cols)} tab-separated columns "
                                          f"({', '.join(c for c, _ in cols)}), got {len(row)}", line=n)
                continue
            try:
                for (col, check), value in zip(cols, row):
                    try:
                        check(value)
                    except ValueError as e:
                        raise ValueError(f"column {col}: {e}") from None
            except ValueError as e:
                yield n, InputError(path, str(e), line=n)
                continue
            yield n, row


def data_files(rel: str) -> list[Path]:
    """The shipped file ``extract/data/<rel>`` plus same-named files in ``QAWL_RULES_PATH`` folders."""
    out = [DATA / rel]
    for part in filter(None, os.environ.get("QAWL_RULES_PATH", "").split(os.pathsep)):
        p = Path(part) / rel
        if p.is_file():
            out.append(p)
    return out
