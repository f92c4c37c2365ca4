"""The bundled sample articles that `qawl demo` and the example notebook build from.

Short articles written for qawl in the manner of Syrian-war coverage, in Arabic and English,
as plain text, HTML and JSON Lines, so that every reader path is exercised.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["SAMPLES_DIR"]

SAMPLES_DIR: Path = Path(__file__).resolve().parent / "articles"
