"""Export benchmark: build a synthetic store of about N triples, export it in every format.

    python bench/export_bench.py --triples 1000000 [--store DIR] [--formats gexf,graphml] [--seed 1]

The store is made the way ``qawl build`` makes one (``ontology.mapping`` then
``Store.replace_article``, one transaction per article) from synthetic extractions: short
Arabic and English articles whose claims and stances join actors drawn from a pool (about one
actor per 220 triples, ARCHITECTURE.md's 4.5 k per million), with Arabic and English labels,
dates spread over six years, and evidence spans found in the text. Then each format of
``graph.export.FORMATS`` is written once and its time and size reported. The figures are
measurements of this machine; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from extract.model import Actor, Article, Claim, Extraction, Span, Stance
from graph.export import FORMATS, export
from graph.store import Store
from ontology.mapping import Run, actor_graph, extraction_graph

RUN = Run(id="bench", started="2026-01-01T00:00:00Z", version="bench")
TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "ASSAULT")
POLARITY = {"AGREE": 1, "CONSULT": 0, "SUPPORT": 1, "COOPERATE": 1, "AID": 1, "REQUEST": 0,
            "ACCUSE": -1, "REJECT": -1, "THREATEN": -1, "PROTEST": -1, "SANCTION": -1,
            "ASSAULT": -1}
VERB = {"ar": {"AGREE": "اتفق مع", "CONSULT": "تشاور مع", "SUPPORT": "أيد", "COOPERATE": "تعاون مع",
               "AID": "ساعد", "REQUEST": "طالب", "ACCUSE": "اتهم", "REJECT": "رفض", "THREATEN": "هدد",
               "PROTEST": "احتج على", "SANCTION": "عاقب", "ASSAULT": "هاجم"},
        "en": {"AGREE": "agreed with", "CONSULT": "consulted", "SUPPORT": "backed",
               "COOPERATE": "cooperated with", "AID": "helped", "REQUEST": "asked",
               "ACCUSE": "accused", "REJECT": "rejected", "THREATEN": "threatened",
               "PROTEST": "protested against", "SANCTION": "sanctioned", "ASSAULT": "attacked"}}
AR_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def actor_pool(n: int, rng: random.Random) -> list[Actor]:
    kinds = ("person", "state", "organization", "armed_group", "igo", "media")
    pool = []
    for i in range(n):
        en = f"Actor {i:05d}"
        ar = "".join(rng.choice(AR_LETTERS) for _ in range(5)) + f" {i}"
        pool.append(Actor(f"x-actor-{i:05d}", en, kinds[i % len(kinds)], labels={"ar": ar, "en": en},
                          wikidata=f"Q{900000 + i}" if i % 3 == 0 else None,
                          country=("SYR", "TUR", "RUS", "USA", "FRA", "IRN")[i % 6]))
    return pool


def synthetic(i: int, pool: list[Actor], rng: random.Random, *, stances: int) -> Extraction:
    lang = "ar" if i % 2 == 0 else "en"
    published = date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))
    name = {a.id: a.labels[lang] for a in pool}
    # actors cluster: most articles are about a few neighbours, so the graph has structure
    base = rng.randrange(len(pool))
    who = [pool[(base + rng.randrange(40)) % len(pool)] for _ in range(stances + 1)]
    parts, plan = [], []
    for k in range(stances):
        holder, target = who[k], who[k + 1]
        if holder.id == target.id:
            continue
        t = TYPES[rng.randrange(len(TYPES))]
        sentence = f"{name[holder.id]} {VERB[lang][t]} {name[target.id]}."
        plan.append((holder, target, t, sum(len(p) + 1 for p in parts), sentence))
        parts.append(sentence)
    text = " ".join(parts) + "\n"
    article = Article(id=f"bench-{i:07d}", text=text, lang=lang, title=f"Synthetic {i}",
                      published=published.isoformat())
    actors: dict[str, list[Span]] = {}
    claims, out = [], []
    for k, (holder, target, t, at, sentence) in enumerate(plan):
        h_end = at + len(name[holder.id])
        verb_at = h_end + 1
        v_end = verb_at + len(VERB[lang][t])
        tgt_at = v_end + 1
        tgt_end = tgt_at + len(name[target.id])
        actors.setdefault(holder.id, []).append(Span.of(text, at, h_end))
        actors.setdefault(target.id, []).append(Span.of(text, tgt_at, tgt_end))
        claim_id = None
        if k % 2 == 0:
            claim_id = f"C{k}"
            claims.append(Claim(claim_id, holder.id, Span.of(text, verb_at, v_end),
                                Span.of(text, tgt_at, at + len(sentence) - 1), about=(target.id,),
                                confidence=round(rng.uniform(0.4, 1.0), 2)))
        own = (published - timedelta(days=rng.randrange(3))).isoformat() if k % 3 == 0 else None
        out.append(Stance(f"S{k}", holder.id, t, POLARITY[t], Span.of(text, verb_at, v_end),
                          target=target.id, claim=claim_id, date=own,
                          negated=rng.random() < 0.05, confidence=round(rng.uniform(0.3, 1.0), 2)))
    by_id = {a.id: a for a in pool}
    described = tuple(Actor(**{**{f: getattr(by_id[a], f) for f in (
        "id", "label", "kind", "labels", "wikidata", "country")}, "mentions": tuple(m)})
        for a, m in actors.items())
    return Extraction(article=article, actors=described, claims=tuple(claims), stances=tuple(out))


def make_store(path: Path, *, triples: int, seed: int, stances: int = 8) -> tuple[Store, float]:
    rng = random.Random(seed)
    pool = actor_pool(max(50, triples // 220), rng)
    store = Store.open(path)
    start = time.perf_counter()
    written, i = store.count_triples(), 0
    while written < triples:
        x = synthetic(i, pool, rng, stances=stances)
        written += store.replace_article(x.article.id, extraction_graph(x, run=RUN),
                                         actor_graph(x.actors))
        i += 1
        if i % 200 == 0 or written >= triples:
            # shared actor descriptions are rewritten, not added: count what is stored
            written = store.count_triples()
    return store, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--triples", type=int, default=100_000)
    p.add_argument("--store", type=Path, help="folder for the store (default: a temporary one)")
    p.add_argument("--formats", default=",".join(FORMATS))
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="qawl-bench-"))
    store_path = args.store or folder / "store"
    store, took = make_store(store_path, triples=args.triples, seed=args.seed)
    quads = store.count_triples()
    print(f"store: {len(store.article_ids())} articles, {quads} quads "
          f"(with the vocabulary), built in {took:.1f} s", flush=True)
    print(f"{'format':<10} {'seconds':>8} {'MB':>9}  content", flush=True)
    for fmt in args.formats.split(","):
        start = time.perf_counter()
        r = export(store, fmt=fmt, out=folder / f"out-{fmt}")
        took = time.perf_counter() - start
        what = (f"{r.nodes} nodes, {r.edges} edges" if r.nodes is not None else
                f"{r.quads} quads" if r.quads is not None else
                ", ".join(f"{k} {v}" for k, v in r.rows.items()))
        print(f"{fmt:<10} {took:>8.2f} {r.bytes / 1e6:>9.2f}  {what}", flush=True)
    store.close()
    shutil.rmtree(folder / "out-csv", ignore_errors=True)
    print(f"files left in {folder}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
