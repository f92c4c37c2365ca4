"""The camel-tools analyser: used where its database is installed, never imported (so never
downloading anything) where it is not. A tiny database in camel-tools' own file format stands in
for CALIMA, installed in a camel-tools data folder as ``camel_data`` would install it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TINY_DB = Path(__file__).resolve().parent / "data" / "tiny_morphology.db"


def _camel_folder(tmp_path: Path, *, with_db: bool) -> Path:
    folder = tmp_path / "camel"
    folder.mkdir()
    catalogue = {"version": "1.6", "packages": {}, "components": {"MorphologyDB": {
        "default": "calima-msa-r13",
        "datasets": {"calima-msa-r13": {"path": "morphology_db/calima-msa-r13"}}}}}
    (folder / "catalogue.json").write_text(json.dumps(catalogue), encoding="utf-8")
    if with_db:
        db = folder / "data" / "morphology_db" / "calima-msa-r13"
        db.mkdir(parents=True)
        (db / "morphology.db").write_bytes(TINY_DB.read_bytes())
    return folder


def _python(code: str, camel: Path, **env: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "CAMELTOOLS_DATA": str(camel), **env}, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


PROBE = """
import sys
from extract.ar import morph
from extract.model import Article
from extract.pipeline import extract
ex = extract(Article(id="t", lang="ar", published="2021-05-10",
                     text="اجتمع الرئيس الفرنسي إيمانويل ماكرون مع المستشار الألماني في باريس. "
                          "وأوضحوا أن الاتحاد الأوروبي سيفرض عقوبات جديدة."))
cues = [(c.cue.text, c.speaker) for c in ex.claims]
print(morph.installed_database() is not None, morph.analyzer() is not None,
      "camel_tools.data" in sys.modules, cues, morph.lemmas("وأوضحوا"))
"""


def test_without_a_database_camel_tools_data_is_never_imported(tmp_path: Path) -> None:
    out = _python(PROBE, _camel_folder(tmp_path, with_db=False))
    assert out.split()[:3] == ["False", "False", "False"] and out.strip().endswith("()")
    assert "أوضحوا" not in out  # the inflection is not in the cue list: no claim from it


@pytest.mark.parametrize("switch, expect", [("", "True"), ("off", "False")])
def test_an_installed_database_gives_lemmas(tmp_path: Path, switch: str, expect: str) -> None:
    out = _python(PROBE, _camel_folder(tmp_path, with_db=True), QAWL_MORPHOLOGY=switch)
    found, active = out.split()[:2]
    assert found == "True" and active == expect
    if expect == "True":
        assert "('اوضح', 'verb', True)" in out  # lemma of وأوضحوا, read with the conjunction و
        # an inflection the cue list does not spell out is a cue by its lemma; the speaker is
        # the subject of the sentence before, the cue span leaves the conjunction out
        assert "('أوضحوا', 'Q3052772')" in out
    else:
        assert "أوضحوا" not in out
