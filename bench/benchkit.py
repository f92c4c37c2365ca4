"""Shared pieces of the extraction benchmarks: articles made of paragraphs, CPU pinning, timing.

The benchmark scripts (``extract_ar_bench.py``, ``extract_en_bench.py``) import this module
from their own folder, so they run as ``python bench/<script>.py`` from the repository root.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from extract.model import Article

__all__ = ["argument_parser", "assemble_articles", "best_of", "pin_cpu"]

T = TypeVar("T")


def argument_parser(description: str, *, words: int, source: str,
                    source_default: Path) -> argparse.ArgumentParser:
    """The options both benchmarks take, with ``source`` (``--polnear``, ``--sentences``), the
    file of extra texts, before ``--pin``."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--words", type=int, default=words)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(source, type=Path, default=source_default)
    ap.add_argument("--pin", type=int, default=None,
                    help="pin the process to this CPU (the extractor is single-threaded anyway)")
    return ap


def assemble_articles(paras: Sequence[str], n: int, words: int, *, lang: str,
                      published: str) -> list[Article]:
    """``n`` articles of about ``words`` words each, taking ``paras`` in turn (wrapping round)."""
    arts, k = [], 0
    for a in range(n):
        body, count = [], 0
        while count < words:
            p = paras[k % len(paras)]
            k += 1
            body.append(p)
            count += len(p.split())
        arts.append(Article(id=f"bench-{a}", text="\n\n".join(body), lang=lang,
                            published=published))
    return arts


def pin_cpu(cpu: int | None) -> None:
    """Pin this process to CPU ``cpu`` where the platform allows it; ``None`` leaves it free."""
    if cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})


def best_of(repeat: int, run: Callable[[], T]) -> tuple[float, float, T]:
    """The best wall-clock and CPU seconds of ``repeat`` calls of ``run``, and its last result."""
    best_wall = best_cpu = float("inf")
    result = None
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        result = run()
        best_wall = min(best_wall, time.perf_counter() - w0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best_wall, best_cpu, result
