"""camel-tools morphological analysis, used where its database is installed and never required.

Owns ``installed_database()`` (where camel-tools keeps an installed morphology database, or
None), ``analyzer()`` (a camel-tools ``Analyzer`` over it, or None) and ``lemmas(word)`` (the
lemmas of a word's analyses, normalised like every other Arabic string qawl matches). The cue
lexicon uses them for the inflections its lists do not spell out (``extract.ar.lexicon``).

camel-tools keeps its data in ``$CAMELTOOLS_DATA`` (else ``~/.camel_tools``): a ``catalogue.json``
and, once ``camel_data -i morphology-db-msa-r13`` has run, ``data/morphology_db/<name>/
morphology.db``. Importing ``camel_tools.data`` (which its morphology modules do) downloads the
catalogue when it is missing, so this module looks at the folder first and imports camel-tools'
morphology only when both files are there: qawl never downloads anything, and without the
database the extractors work from their dictionaries alone. ``QAWL_MORPHOLOGY=off`` turns the
analyser off even where it is installed (for comparisons).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from extract.arabic import norm_word

__all__ = ["analyzer", "installed_database", "lemmas"]

_PREFERRED = ("calima-msa-r13", "calima-msa-s31")


def _data_dir() -> Path:
    env = os.environ.get("CAMELTOOLS_DATA")
    return Path(env) if env else Path.home() / ".camel_tools"


def installed_database() -> Path | None:
    """The installed morphology database file, or None (nothing is downloaded to find out)."""
    root = _data_dir()
    if not (root / "catalogue.json").is_file():
        return None
    found = sorted((root / "data" / "morphology_db").glob("*/morphology.db"))
    for name in _PREFERRED:
        for path in found:
            if path.parent.name == name:
                return path
    return found[0] if found else None


@lru_cache(maxsize=1)
def analyzer() -> Any | None:
    """A camel-tools ``Analyzer`` over the installed database, or None when there is none."""
    if os.environ.get("QAWL_MORPHOLOGY", "").lower() in ("off", "0", "no"):
        return None
    path = installed_database()
    if path is None:
        return None
    from camel_tools.morphology.analyzer import Analyzer
    from camel_tools.morphology.database import MorphologyDB

    return Analyzer(MorphologyDB(str(path), "a"), backoff="NONE")


@lru_cache(maxsize=65536)
def lemmas(word: str) -> tuple[tuple[str, str, bool], ...]:
    """``(lemma, pos, has_conjunction)`` for each distinct analysis of ``word``: the lemma
    without diacritics or sense number, normalised (``norm_word``), camel-tools' part of speech,
    and whether the analysis reads a و/ف conjunction. Empty without an installed database."""
    an = analyzer()
    if an is None or not any("\u0621" <= ch <= "\u064a" for ch in word):
        return ()  # no Arabic letter: punctuation, digits, foreign words
    out: dict[tuple[str, str, bool], None] = {}
    for analysis in an.analyze(word):
        lemma = norm_word((analysis.get("lex") or "").split("_")[0])
        if lemma:
            conj = analysis.get("prc2", "0") not in ("0", "na", "")
            out[(lemma, analysis.get("pos") or "", conj)] = None
    return tuple(out)
