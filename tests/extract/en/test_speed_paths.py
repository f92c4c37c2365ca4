"""Shortcuts taken for speed give what the full rules give: the tokeniser's fast alternatives,
the word set find_claims tests before the light, attitude, issuing and "as" cue functions, and
the title-word lookup of the actor scan. Every sentence here is written for these tests."""

from __future__ import annotations

import re

import pytest

from extract.en import light
from extract.en.actors import Registry, _Scanner
from extract.en.gazindex import index_for
from extract.en.lexicon import load
from extract.en.text import _SPACED, _TOKEN, sentences, tokenize
from tests.extract.en.test_english import GAZ

# the token pattern without its fast paths (the first two alternatives)
_FULL = re.compile(_TOKEN.pattern.split("|", 2)[2])

TRICKY = [
    "Don't tell me they can’t, she said; it isn’t over.",
    "The U.S. and the U.N. met (D-N.Y.), and Sen. Jo Roe (R-Ga.), too.",
    "The veterans' families and the nurses’ union met O'Neill and Jo's aide.",
    "AT&T, rock-and-roll, e-mail, x2y, ab_cd, 1,000.5 and 10:30 -- or ... a ``quote''.",
    "Café naïve résumé: “Yes,” he asked?! (Really!) I a N'Djamena.",
    "He's sure; we’re not. IT'S THE USA'S CALL, NATO's too.",
    "Straße İstanbul ǅemal: mixed-case words",
    "  Two  spaces\tand a tab\u00a0then a no-break space.  ",
]


@pytest.mark.parametrize("text", TRICKY)
def test_fast_token_paths_match_the_full_pattern(text):
    fast = [m.span() for m in _TOKEN.finditer(text)]
    full = [m.span() for m in _FULL.finditer(text)]
    assert fast == full
    assert [m.span(1) for m in _SPACED.finditer(text)] == full
    assert [m.span(1) for m in _SPACED.finditer(text + "  \t ")] == full  # trailing space
    assert tokenize(text)  # and the tokeniser runs on it


WORDS = [
    "The mayor made the case that the plan would work, and she was nervous about the vote.",
    "They issued a statement on Friday; the party sent out a letter to its members.",
    "Critics painted him as weak, as one aide put it, and he would like to leave.",
    "She has concerns about it. He took issue with the report and is a staunch critic of it.",
    "Officials are convinced this is right, were sure Roe would win and grew angry over it.",
]


@pytest.mark.parametrize("text", WORDS)
def test_light_cues_fire_only_at_their_first_words(text):
    cue_verbs = load().cue_verbs
    fired = 0
    for s in sentences(text):
        toks = s.tokens
        for i in range(len(toks)):
            got = [light.light_cue(toks, i), light.attitude_cue(toks, i),
                   light.issued_cue(toks, i, cue_verbs), light.as_cue(toks, i)]
            if any(g is not None for g in got):
                fired += 1
                assert toks[i].low in light.LIGHT_FIRSTS
    assert fired >= 1  # each sentence has at least one such cue


def test_title_lookup_finds_titles_within_nine_words_only():
    lex = load()
    text = ("Yesterday in the capital the long and rather dull meeting of the old city council "
            "ended, the foreign minister said.")
    sent = sentences(text)[0]
    sc = _Scanner(sent, Registry(text, index_for(GAZ), "2024-05-10"), lex)
    words = [t.low for t in sent.tokens]
    assert [words[k] for k in sc.title_pos] == [w for w in words if w in lex.title_firsts]
    at = words.index("foreign") - 1  # "the foreign minister"
    got = sc.title_np(at)
    assert got is not None and text[got[0].start:got[0].end] == "the foreign minister"
    assert sc.title_np(0) is None  # "Yesterday": no title word in the next nine


def test_no_module_level_name_is_bound_twice():
    """A second ``_NAME = ...`` further down a module silently replaces the first for every
    function, including those written against the first (it happened when branches merged)."""
    import ast
    from pathlib import Path

    import extract.en

    for path in sorted(Path(extract.en.__file__).parent.glob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else (
                [node.target] if isinstance(node, ast.AnnAssign) else [])
            for t in targets:
                if isinstance(t, ast.Name):
                    assert t.id not in seen, \
                        f"{path.name}: {t.id} bound on lines {seen[t.id]} and {node.lineno}"
                    seen[t.id] = node.lineno
