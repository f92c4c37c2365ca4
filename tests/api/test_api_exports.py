"""The public surface of the api package: each module's ``__all__`` names what it defines."""

from __future__ import annotations

import importlib

import pytest

from tests.helpers_exports import imported_from, modules_of


@pytest.mark.parametrize(("module", "names"), [
    ("api.app", {"Settings", "create_app", "read_body"}),
    ("api.cli", {"main"}),
    ("api.cli_parser", {"DEFAULT_HOST", "DEFAULT_PORT", "EXPORT_FORMATS", "build_parser"}),
    ("api.errors", {"ApiError", "error_body", "install_error_handlers"}),
    ("api.negotiation", {"GRAPH_TYPES", "SOLUTION_TYPES", "MediaType", "choose"}),
    ("api.service_description", {"SD", "service_description"}),
    ("api.records", {"records_router"}),
    ("api.settings", {"Settings"}),
    ("api.exports", {"MEDIA_TYPES", "NEIGHBOURHOOD_TYPES", "NeighbourhoodFormat", "exports_router", "graph_file"}),
    ("api.auth", {"require_token"}),
    ("api.pool", {"PoolBusy", "QueryAnswer", "QueryJob", "QueryPool", "QueryTimeout", "WorkerFailed"}),
    ("api.writes", {"writes_router"}),
    ("api.page", {"VENDOR", "WEB_DIR", "page_router"}),
])
def test_all(module: str, names: set[str]) -> None:
    mod = importlib.import_module(module)
    assert set(mod.__all__) == names
    assert all(hasattr(mod, n) for n in names)


@pytest.mark.parametrize("module", modules_of("api"))
def test_names_imported_inside_the_package_are_listed(module: str) -> None:
    assert sorted(imported_from("api", module) - set(importlib.import_module(module).__all__)) == []


def test_settings_defaults_are_documented() -> None:
    from api.app import Settings

    s = Settings()
    doc = Settings.__doc__ or ""
    assert (s.query_timeout, s.row_limit, s.max_body_bytes, s.max_depth, s.workers,
            s.max_concurrent_queries) == (30.0, 10_000, 1_000_000, 3, 2, 16)
    # off and closed unless configured
    assert (s.service_allow, s.updates, s.graph_store, s.ingest, s.token, s.cors_origins) == (
        (), False, False, False, None, ())
    for name in ("query_timeout", "row_limit", "max_body_bytes", "max_depth", "workers",
                 "max_concurrent_queries", "service_allow", "updates", "graph_store", "ingest",
                 "token", "cors_origins"):
        assert f"{name}:" in doc


def test_writes_need_a_token() -> None:
    from api.app import Settings

    for switch in ("updates", "graph_store", "ingest"):
        with pytest.raises(ValueError, match="bearer token"):
            Settings(**{switch: True})
    assert Settings(updates=True, token="t").writes
