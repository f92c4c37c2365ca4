"""The shape every third-party set scorer has.

Owns: ``DatasetScorer``: ``parse_gold`` checks one line's ``gold``, ``add`` scores one item's
extraction as it arrives (nothing is kept per item but counts and a bounded error list),
``finish`` returns the ``Section``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from extract.model import Article, Extraction

from ..report import Section

__all__ = ["DatasetScorer"]


class DatasetScorer:
    """Accumulates the items of one set in one file; items arrive one at a time."""

    name = ""
    title = ""

    def __init__(self, *, source: str, max_errors: int | None = 40) -> None:
        self.max_errors = max_errors
        self.section = Section(kind=self.name, source=source, title=self.title)
        self._kept = Counter[str]()

    def parse_gold(self, gold: dict[str, Any], article: Article) -> Any:
        """Check and convert one line's ``gold`` (KeyError / TypeError / ValueError when bad)."""
        return gold

    def add(self, article: Article, gold: Any, extraction: Extraction | None, *,
            failure: str | None = None) -> None:
        self.section.items += 1
        if failure:
            self.section.failures.append(failure)
        self.score(article, gold, extraction)

    def score(self, article: Article, gold: Any, extraction: Extraction | None) -> None:
        raise NotImplementedError

    def error(self, message: str, *, kind: str = "") -> None:
        """Keep up to ``max_errors`` examples (``None``: all) of each kind of error (misses,
        false positives…) so that one kind never crowds out the others."""
        if self.max_errors is None or self._kept[kind] < self.max_errors:
            self._kept[kind] += 1
            self.section.errors.append(message)
        else:
            self.section.errors_left_off += 1

    def finish(self) -> Section:
        return self.section
