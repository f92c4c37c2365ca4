"""Scorers of the third-party sets (``/work/shared/eval/``, format in its README).

Owns: ``SCORERS``, the scorer class of each ``dataset`` name a JSON Lines item carries.
"""

from __future__ import annotations

from .base import DatasetScorer
from .events import DetectionScorer, PloverScorer, SpansScorer
from .newsfane import NewsfaneScorer
from .polnear import PolnearScorer

__all__ = ["SCORERS", "DatasetScorer"]

SCORERS: dict[str, type[DatasetScorer]] = {
    cls.name: cls
    for cls in (PloverScorer, DetectionScorer, SpansScorer, PolnearScorer, NewsfaneScorer)
}
