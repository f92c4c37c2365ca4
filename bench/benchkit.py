"""Shared pieces of the extraction benchmarks: articles made of paragraphs, CPU pinning, timing.

The benchmark scripts (``extract_ar_bench.py``, ``extract_en_bench.py``) import this module
from their own folder, so they run as ``python bench/<script>.py`` from the repository root.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from extract.model import Article

__all__ = ["assemble_articles", "best_of", "pin_cpu"]

T = TypeVar("T")


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
