"""Golden test: the seed article's extraction equals ``tests/golden/seed/extraction.json``.

To accept a deliberate change, regenerate the file with
``QAWL_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/extract/test_golden_seed.py`` and review
the diff like code.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

from extract.model import Article, Extraction
from extract.pipeline import extract

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "seed" / "extraction.json"


def seed_extraction(seed_path: Path) -> Extraction:
    text = unicodedata.normalize("NFC", seed_path.read_text(encoding="utf-8"))
    return extract(Article(id=seed_path.stem, text=text, lang="ar"))


def test_seed_extraction_matches_golden(seed_path: Path) -> None:
    got = seed_extraction(seed_path).to_dict()
    if os.environ.get("QAWL_REGEN_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for part in ("article", "actors", "claims", "stances"):
        assert got[part] == expected[part], part


def test_golden_round_trips_through_the_model(seed_path: Path) -> None:
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    text = unicodedata.normalize("NFC", seed_path.read_text(encoding="utf-8"))
    assert Extraction.from_dict(expected, text=text).to_dict() == expected
