"""Arabic tokens are camel-tools' tokens: ``extract.arabic.normalize`` splits text as camel-tools'
``simple_word_tokenize`` does (whitespace, then every punctuation or symbol character on its own),
with one regular expression that also keeps each token's offsets into the original text."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from camel_tools.tokenizers.word import simple_word_tokenize

from extract.arabic import normalize
from graph.samples import SAMPLES_DIR

SHARED = Path(__file__).resolve().parents[3] / "shared"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(SAMPLES_DIR).glob("ar_*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    news = SHARED / "eval" / "dev" / "newsfane.ar.jsonl"
    if news.is_file():
        texts += [json.loads(line)["text"] for line in news.read_text(encoding="utf-8").splitlines()[:20]]
    texts.append("قال «المرصد» (AFP): 3 قتلى… و12 جريحًا؛ هل انتهت؟! نعم—انتهت 100%.")
    return [unicodedata.normalize("NFC", t) for t in texts]


@pytest.mark.parametrize("text", _texts(), ids=lambda t: t[:20])
def test_tokens_equal_camel_tools_simple_word_tokenize(text: str) -> None:
    tokens = normalize(text).tokens
    assert [text[t.start:t.end] for t in tokens] == simple_word_tokenize(text)
