"""English extraction benchmark: articles of about 600 words per second on one core.

    python bench/extract_en_bench.py [--articles 300] [--words 600] [--polnear FILE] [--repeat 3]

Articles are made from real English text: the bundled English samples
(``graph.samples.SAMPLES_DIR``: ``en_*.txt`` and the English lines of ``en_*.jsonl``) and, when
the file is there, the texts of the PolNeAR dev split (``--polnear``; default the shared
``eval/dev/polnear_devsplit.en.jsonl``). Paragraphs are taken in turn until an article has
about ``--words`` words; each article gets its own id. The extractor is
``extract.en.extract_english`` with the default gazetteer and lexicon, loaded before the clock
starts; it runs in one thread, so on one core (``--pin N`` also pins the process to CPU N). The best of
``--repeat`` runs is reported, as wall-clock time and as the process's CPU time (the same
on an idle machine; on a shared, busy one the CPU time is the fairer figure). The figures are measurements of this machine; nothing here is
asserted.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from benchkit import argument_parser, assemble_articles, best_of, pin_cpu

from extract.en import extract_english
from extract.gazetteer import load_default
from extract.model import Article
from graph.samples import SAMPLES_DIR

_POLNEAR = Path(__file__).resolve().parents[1].parent / "shared/eval/dev/polnear_devsplit.en.jsonl"


def _texts(polnear: Path | None) -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES_DIR.glob("en_*.txt"))]
    for p in sorted(SAMPLES_DIR.glob("en_*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                if d.get("lang", "en") == "en" and d.get("text"):
                    out.append(d["text"])
    if polnear is not None and polnear.is_file():
        for line in polnear.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    return out


def build_articles(n: int, words: int, polnear: Path | None) -> list[Article]:
    """``n`` articles of about ``words`` words each, from the paragraphs of real texts."""
    paras = [p.strip() for t in _texts(polnear) for p in t.split("\n") if p.strip()]
    if not paras:
        raise SystemExit("no English text found to build articles from")
    return assemble_articles(paras, n, words, lang="en", published="2016-10-01")


def main(argv: list[str] | None = None) -> int:
    ap = argument_parser(__doc__.split("\n\n")[0], words=600, source="--polnear",
                         source_default=_POLNEAR)
    args = ap.parse_args(argv)
    pin_cpu(args.pin)
    arts = build_articles(args.articles, args.words, args.polnear)
    gaz = load_default()
    extract_english(arts[0], gazetteer=gaz)  # lexicon and gazetteer index built off the clock
    words = sum(len(a.text.split()) for a in arts)
    best, best_cpu, claims = best_of(
        args.repeat, lambda: sum(len(extract_english(a, gazetteer=gaz).claims) for a in arts))
    print(f"{len(arts)} articles, {words / len(arts):.0f} words each on average, "
          f"{claims} claims; best of {args.repeat}: {best:.3f} s wall, {best_cpu:.3f} s CPU")
    print(f"{len(arts) / best:.1f} articles/s on one core (wall clock; lower when the machine "
          f"is busy)")
    print(f"{len(arts) / best_cpu:.1f} articles/s on one core (CPU time of this process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
