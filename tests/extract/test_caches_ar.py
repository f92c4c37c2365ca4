"""The per-word caches of the Arabic extractor are bounded and never change what it finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.ar import actors, lexicon
from extract.ar.lexicon import load_lexicon
from extract.arabic import normalize
from tests.extract.helpers_ar import run
from tests.extract.test_golden_seed import seed_extraction

OTHER = "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار."


def test_small_caches_give_the_same_extraction(seed_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    full, other = seed_extraction(seed_path).to_dict(), run(OTHER).to_dict()
    monkeypatch.setattr(lexicon, "MEMO_LIMIT", 3)
    monkeypatch.setattr(actors, "MEMO_LIMIT", 3)
    load_lexicon.cache_clear()  # a fresh lexicon, whose caches fill under the small limit
    try:
        small = seed_extraction(seed_path).to_dict()
        small_other = run(OTHER).to_dict()
        lex = load_lexicon()
        # past the limit a cache starts afresh: what is left is from the last article only
        assert set(lex._cue_memo) <= {t.norm for t in normalize(OTHER).tokens}
        assert len(lex._stem_memo) <= 4
        assert len(lex.memo("stance_triggers")) == 0  # emptied when next asked for
    finally:
        load_lexicon.cache_clear()
    assert small == full and small_other == other
