"""``qawl serve`` with writes switched on: the token comes from a file or QAWL_TOKEN, never the
command line, and a write switch without a token is a usage error before anything starts."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.helpers_cli import QAWL, ROOT, serve, wait_for


def test_writes_without_a_token_are_refused(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QAWL_TOKEN"}
    done = subprocess.run([QAWL, "serve", "--store", str(tmp_path), "--updates"], capture_output=True,
                          text=True, timeout=60, env=env, cwd=ROOT)
    assert done.returncode == 1
    assert "bearer token" in done.stderr and "--token-file" in done.stderr


def test_serve_with_updates_and_a_token_file(tmp_path: Path, seed_path: Path) -> None:
    store = tmp_path / "store"
    assert subprocess.run([QAWL, "build", str(seed_path), "--store", str(store)], capture_output=True,
                          timeout=300, cwd=ROOT).returncode == 0
    token = tmp_path / "token"
    token.write_text("t0ken\n", encoding="utf-8")
    with serve("--store", str(store), "--port", "0", "--updates", "--workers", "1",
               "--token-file", str(token)) as (proc, first):
        assert "1 query workers" in first and "writes on: updates" in first, first
        url = first.split(" at ", 1)[1].split(" ", 1)[0]
        wait_for(proc, url + "openapi.json")
        update = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"
        assert httpx.post(url + "sparql", data={"update": update}, timeout=30).status_code == 401
        ok = httpx.post(url + "sparql", data={"update": update}, headers={"authorization": "Bearer t0ken"}, timeout=30)
        assert ok.status_code == 204
        ask = httpx.get(url + "sparql", params={"query": "ASK { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"}, timeout=30)
        assert ask.json()["boolean"] is True


@pytest.mark.parametrize("flag", ["--graph-store", "--ingest"])
def test_each_write_switch_needs_the_token(tmp_path: Path, flag: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QAWL_TOKEN"}
    done = subprocess.run([QAWL, "serve", "--store", str(tmp_path), flag], capture_output=True, text=True,
                          timeout=60, env=env, cwd=ROOT)
    assert done.returncode == 1 and "bearer token" in done.stderr
