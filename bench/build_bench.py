"""Build benchmark: ``qawl build`` of a JSON Lines file, one process against ``--jobs N``, side by side.

    python bench/build_bench.py [--articles 200] [--jobs 2] [--rounds 2]

The articles are the Arabic extraction benchmark's (real newswire paragraphs, ~400 words each,
``extract_ar_bench.build_articles``), written to one JSON Lines file. Each round builds them into a
fresh on-disk store once with one job and once with ``--jobs`` worker processes, alternating which
goes first, and checks that both stores hold the same number of triples. It prints articles per
second for each run and the ratio within each round: the machine's speed drifts, so only the
side-by-side ratio is a fair comparison. Extraction, mapping and SHACL validation run in the
workers; the store is written by the main process, so the ratio stays below the number of jobs.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from extract_ar_bench import _SENTENCES, build_articles

from graph.build import build
from graph.store import Store


def _write(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for a in build_articles(n, 400, _SENTENCES):
            f.write(json.dumps({"id": a.id, "text": a.text, "lang": a.lang, "published": a.published},
                               ensure_ascii=False) + "\n")


def _timed(inputs: Path, jobs: int) -> tuple[float, int, int]:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(folder)
        start = time.perf_counter()
        summary = build([inputs], store=store, jobs=jobs)
        seconds = time.perf_counter() - start
        triples = store.count_triples()
        store.close()
    return seconds, summary.articles, triples


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "articles.jsonl"
        _write(inputs, args.articles)
        _timed(inputs, 1)  # warm caches (gazetteer, shapes, imports) off the clock
        for r in range(args.rounds):
            order = (1, args.jobs) if r % 2 == 0 else (args.jobs, 1)
            runs = {jobs: _timed(inputs, jobs) for jobs in order}
            (s1, n1, t1), (sj, nj, tj) = runs[1], runs[args.jobs]
            if (n1, t1) != (nj, tj):
                raise SystemExit(f"stores differ: {n1} articles/{t1} triples vs {nj}/{tj}")
            print(f"round {r + 1}: 1 job {n1 / s1:.1f} articles/s, {args.jobs} jobs {nj / sj:.1f} "
                  f"articles/s, ratio {s1 / sj:.2f} ({n1} articles, {t1} triples)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
