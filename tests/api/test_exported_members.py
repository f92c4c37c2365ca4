"""Every module of ``api`` and ``extract.en`` (and ``graph.records``) names its public surface
in ``__all__``: each listed name exists, and each public name another module of the package
imports from it is listed."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import api
import extract.en

PACKAGES = {"api": api, "extract.en": extract.en}
MODULES = sorted({name for pkg, mod in PACKAGES.items() for name in
                  [pkg, *(m.name for m in pkgutil.iter_modules(mod.__path__, pkg + "."))]})


def _imported_from(module: str) -> set[str]:
    """Public names the modules of ``module``'s package import from it."""
    pkg = next(p for p in PACKAGES if module == p or module.startswith(p + "."))
    names: set[str] = set()
    for path in Path(PACKAGES[pkg].__path__[0]).glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == module:
                names.update(a.name for a in node.names if not a.name.startswith("_"))
    return names


@pytest.mark.parametrize("name", [*MODULES, "graph.records"])
def test_all_lists_names_that_exist(name: str) -> None:
    module = importlib.import_module(name)
    assert isinstance(module.__all__, list) and len(set(module.__all__)) == len(module.__all__)
    assert [n for n in module.__all__ if not hasattr(module, n)] == []


@pytest.mark.parametrize("name", MODULES)
def test_names_imported_inside_the_package_are_public(name: str) -> None:
    assert sorted(_imported_from(name) - set(importlib.import_module(name).__all__)) == []


def test_graph_records_keeps_its_public_names() -> None:
    from graph import records

    assert set(records.__all__) == {
        "ActorRecord", "ClaimRecord", "Page", "StanceRecord", "iter_actors", "iter_claims",
        "iter_stances", "list_actors", "list_claims", "list_stances", "normalise_name",
        "search_actors"}
