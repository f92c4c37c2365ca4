"""The public surface of ``extract.en``: each module's ``__all__`` lists names it has, and every
public name one module of the package imports from another."""

from __future__ import annotations

import importlib

import pytest

from tests.helpers_exports import imported_from, modules_of


@pytest.mark.parametrize("module", modules_of("extract.en"))
def test_all_lists_names_that_exist(module: str) -> None:
    mod = importlib.import_module(module)
    assert len(set(mod.__all__)) == len(mod.__all__)
    assert [n for n in mod.__all__ if not hasattr(mod, n)] == []


@pytest.mark.parametrize("module", modules_of("extract.en"))
def test_names_imported_inside_the_package_are_listed(module: str) -> None:
    assert sorted(imported_from("extract.en", module) - set(importlib.import_module(module).__all__)) == []


def test_the_package_offers_extract_english_and_check() -> None:
    assert importlib.import_module("extract.en").__all__ == ["check", "extract_english"]
