"""Checking a package's public surface: which public names its modules import from each other."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

__all__ = ["imported_from", "modules_of"]


def modules_of(package: str) -> list[str]:
    """``package`` and its modules (one level), by dotted name."""
    path = importlib.import_module(package).__path__
    return [package, *sorted(m.name for m in pkgutil.iter_modules(path, package + "."))]


def imported_from(package: str, module: str) -> set[str]:
    """The public names that the modules of ``package`` import from ``module``."""
    names: set[str] = set()
    for path in Path(importlib.import_module(package).__path__[0]).glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == module:
                names.update(a.name for a in node.names if not a.name.startswith("_"))
    return names
