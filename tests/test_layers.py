"""Imports go one way only: extract <- ontology <- graph <- api."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["extract", "ontology", "graph", "api"]


def _imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found & set(ORDER + ["qawl"])


@pytest.mark.parametrize("package", ORDER)
def test_no_upward_imports(package: str) -> None:
    allowed = set(ORDER[: ORDER.index(package) + 1])
    bad = []
    for path in sorted((ROOT / package).rglob("*.py")):
        wrong = _imported_packages(path) - allowed
        if wrong:
            bad.append(f"{path.relative_to(ROOT)} imports {sorted(wrong)}")
    assert not bad, "\n".join(bad)
