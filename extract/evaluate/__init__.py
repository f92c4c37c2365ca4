"""Extraction quality measured against gold (design/EVALUATION.md, eval/README.md).

Owns the library behind ``qawl eval``: ``evaluate_files`` runs the extractor on gold
articles in the seed's format and on the third-party JSON Lines sets and returns an
``EvalReport`` (``render`` for the terminal, ``to_dict`` for JSON).
"""

from __future__ import annotations

from .gold_article import gold_article, load_gold, score_gold
from .report import EvalError, EvalReport, Rate, Score, Section
from .runner import evaluate_files

__all__ = [
    "EvalError",
    "EvalReport",
    "Rate",
    "Score",
    "Section",
    "evaluate_files",
    "gold_article",
    "load_gold",
    "score_gold",
]
