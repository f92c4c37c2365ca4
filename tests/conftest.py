"""Shared fixtures: paths to the shared design data, the seed and its gold."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_ddc8bb61b41df7f1.txt"
SEED_GOLD = SHARED / "gold" / "000_ddc8bb61b41df7f1.gold.json"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.fail(f"the seed article is missing: {SEED}")
    return SEED


@pytest.fixture(scope="session")
def seed_gold_path() -> Path:
    return SEED_GOLD
