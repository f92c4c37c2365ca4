"""Neighbourhood and summary benchmark: SPARQL over the article graphs against the projection.

    python bench/neighbourhood_bench.py --triples 100000,1000000 [--seed 1] [--repeat 3]

For each size, builds a synthetic store the way ``bench/export_bench.py`` does (``ontology.mapping``
then ``Store.replace_article``, one transaction per article, which also keeps the actor-level
projection in step), picks the hub (the actor with the most claim and stance edges), and times,
with ``engine="sparql"`` and ``engine="projection"`` side by side: the hub's neighbourhood at
depths 1 and 2, the depth-2 neighbourhood with filters (since, min_confidence, types), and
``stance_summary`` for the whole store and for the hub. Each time is the best of ``--repeat``
runs; both engines must give the same JSON (checked, not timed). Also reported: a full rebuild
of the projection from the store, and what keeping it costs at ingest (re-storing articles with
the projection against the bare store transaction). Ratios are what to read; the absolute times
are this machine's.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from benchkit import best_of
from export_bench import RUN, actor_pool, make_store, synthetic

from graph.neighbourhood import neighbourhood
from graph.serving import filtered_neighbourhood
from graph.store import Store, _stamp_update
from graph.summaries import stance_summary
from ontology import iris
from ontology.mapping import actor_graph, extraction_graph


def hub(store: Store) -> str:
    row = store.projection().conn.execute(
        "SELECT a, COUNT(*) AS n FROM (SELECT src AS a FROM items WHERE negated = 0 "
        "UNION ALL SELECT dst FROM items WHERE negated = 0) GROUP BY a ORDER BY n DESC, a LIMIT 1"
    ).fetchone()
    return iris.actor_id(row[0])


def ingest_cost(store: Store, *, seed: int, triples: int, articles: int) -> tuple[float, float]:
    """Seconds to re-store ``articles`` synthetic articles with the projection, and without it
    (the same store transactions, stamp included, with no projection work)."""
    import random

    rng = random.Random(seed)
    pool = actor_pool(max(50, triples // 220), rng)
    xs = [synthetic(i, pool, rng, stances=8) for i in range(articles)]
    graphs = [(x.article.id, extraction_graph(x, run=RUN), actor_graph(x.actors)) for x in xs]
    start = time.perf_counter()
    for aid, g, a in graphs:
        store.replace_article(aid, g, a)
    with_projection = time.perf_counter() - start

    original = Store._write_article

    def bare(self: Store, article_id: str, parts: list[str]) -> None:
        self._update(" ;\n".join([*parts, *_stamp_update("bench")]))

    Store._write_article = bare  # type: ignore[method-assign]
    try:
        start = time.perf_counter()
        for aid, g, a in graphs:
            store.replace_article(aid, g, a)
        without = time.perf_counter() - start
    finally:
        Store._write_article = original  # type: ignore[method-assign]
    store.projection()  # the bare writes left it stale: rebuild before anything else reads it
    return with_projection, without


def run_size(triples: int, *, seed: int, repeat: int, folder: Path) -> None:
    store, took = make_store(folder / f"store-{triples}", triples=triples, seed=seed)
    quads = store.count_triples()
    items = store.projection().conn.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    center = hub(store)
    print(f"\n== {triples:,} triples asked: {len(store.article_ids())} articles, {quads:,} quads, "
          f"{items:,} projection items, built in {took:.1f} s; hub {center}", flush=True)
    filters = {"since": date(2021, 1, 1), "min_confidence": 0.5,
               "types": ["ACCUSE", "REJECT", "SUPPORT", "addresses", "speaksAbout"]}
    cases: list[tuple[str, Callable[[str], Any]]] = [
        ("neighbourhood depth 1", lambda e: neighbourhood(store, center, depth=1, engine=e)),
        ("neighbourhood depth 2", lambda e: neighbourhood(store, center, depth=2, engine=e)),
        ("filtered depth 2", lambda e: filtered_neighbourhood(store, center, depth=2, engine=e, **filters)),
        ("stance_summary (all)", lambda e: stance_summary(store, engine=e)),
        ("stance_summary (hub)", lambda e: stance_summary(store, actor=center, engine=e)),
    ]
    print(f"{'case':<24} {'sparql s':>9} {'proj s':>9} {'ratio':>8}  size", flush=True)
    for name, fn in cases:
        slow, _, a = best_of(repeat, lambda fn=fn: fn("sparql"))
        fast, _, b = best_of(repeat, lambda fn=fn: fn("projection"))
        if a != b:
            raise SystemExit(f"{name}: the two engines disagree")
        size = (f"{len(a['nodes'])} nodes, {len(a['edges'])} edges" if isinstance(a, dict)
                else f"{len(a)} rows")
        print(f"{name:<24} {slow:>9.3f} {fast:>9.4f} {slow / fast:>7.0f}x  {size}", flush=True)
    projection = store.projection()
    start = time.perf_counter()
    projection.rebuild(store.inner, store.generation())
    rebuilt = time.perf_counter() - start
    print(f"full projection rebuild: {rebuilt:.2f} s "
          f"({rebuilt / took * 100:.1f} % of the build time)", flush=True)
    with_p, without = ingest_cost(store, seed=seed + 1, triples=triples, articles=200)
    print(f"ingest of 200 articles: {with_p:.2f} s with the projection, {without:.2f} s without "
          f"(x{with_p / without:.2f})", flush=True)
    store.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--triples", default="100000,1000000", help="comma-separated store sizes")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="qawl-nbench-"))
    try:
        for n in (int(x) for x in args.triples.split(",")):
            run_size(n, seed=args.seed, repeat=args.repeat, folder=folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
