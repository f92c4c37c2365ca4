"""Running the installed ``qawl`` executable in tests: one command, or ``qawl serve`` as a real
server on a free port, stopped with Ctrl-C (SIGINT) whatever the test does."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

__all__ = ["QAWL", "ROOT", "serve", "wait_for"]

ROOT = Path(__file__).resolve().parent.parent
QAWL = shutil.which("qawl", path=str(Path(sys.executable).parent)) or str(Path(sys.executable).parent / "qawl")


@contextmanager
def serve(*args: str) -> Iterator[tuple[subprocess.Popen, str]]:
    """``qawl serve ARGS`` and the first line it writes to stderr (the one naming its URL);
    on leaving, the server gets SIGINT and must exit as Ctrl-C would have it."""
    proc = subprocess.Popen([QAWL, "serve", *args], stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        yield proc, proc.stderr.readline()
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()
    assert proc.returncode in (0, -signal.SIGINT, 130)


def wait_for(proc: subprocess.Popen, url: str, **params: str) -> httpx.Response:
    """The first answer from GET ``url`` while the server starts (60 s at most)."""
    deadline = time.monotonic() + 60
    while True:
        try:
            return httpx.get(url, params=params, timeout=5)
        except httpx.TransportError:
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() < deadline, "qawl serve did not answer within 60 s"
            time.sleep(0.1)
