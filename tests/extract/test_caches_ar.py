"""The per-word caches of the Arabic extractor are bounded and never change what it finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.ar import actors, lexicon
from extract.ar.lexicon import load_lexicon
from tests.extract.test_golden_seed import seed_extraction


def test_small_caches_give_the_same_extraction(seed_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    full = seed_extraction(seed_path).to_dict()
    monkeypatch.setattr(lexicon, "MEMO_LIMIT", 3)
    monkeypatch.setattr(actors, "MEMO_LIMIT", 3)
    load_lexicon.cache_clear()  # a fresh lexicon, whose caches fill under the small limit
    try:
        small = seed_extraction(seed_path).to_dict()
        lex = load_lexicon()
        assert len(lex._cue_memo) <= 4 and len(lex._stem_memo) <= 4
        assert len(lex.memo("stance_triggers")) == 0  # past the limit: emptied when next asked for
    finally:
        load_lexicon.cache_clear()
    assert small == full
