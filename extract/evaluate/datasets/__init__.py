"""Scorers of the third-party sets (``/work/shared/eval/``, format in its README).

Owns: ``DatasetScorer`` (the shape every scorer has: ``parse_gold`` one line's ``gold``,
``add`` one item's extraction, ``finish`` into a ``Section``) and ``SCORERS``, the scorer of
each ``dataset`` name.
"""

from __future__ import annotations

from typing import Any

from extract.model import Article, Extraction

from ..report import Section

__all__ = ["SCORERS", "DatasetScorer"]


class DatasetScorer:
    """Accumulates the items of one set in one file; items arrive one at a time."""

    name = ""
    title = ""

    def __init__(self, *, source: str, max_errors: int = 40) -> None:
        self.max_errors = max_errors
        self.section = Section(kind=self.name, source=source, title=self.title)

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

    def error(self, message: str) -> None:
        self.section.add_error(message, limit=self.max_errors)

    def finish(self) -> Section:
        return self.section


def _registry() -> dict[str, type[DatasetScorer]]:
    return {}


SCORERS: dict[str, type[DatasetScorer]] = _registry()
