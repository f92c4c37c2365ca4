"""Arabic extraction benchmark: articles of about 400 words per second on one core.

    python bench/extract_ar_bench.py [--articles 300] [--words 400] [--repeat 3] [--pin N]

Articles are made from real Arabic news text: the seed article (``shared/seeds/*.txt``), the
bundled Arabic samples (``graph.samples.SAMPLES_DIR``: ``ar_*.txt``) and, when the file is there,
the newswire sentences of the arabic_event_gsr detection dev half (``--sentences``; default the
shared ``eval/dev/event_gsr_detection.ar.jsonl``), which are full of attacks, protests and reported
speech, so every component (actors, claims, stances, event frames) does real work. Paragraphs
are taken in turn until an article has about ``--words`` words; each article gets its own id.
The extractor is ``extract.pipeline.extract`` (the default pipeline, gazetteer and lexicon
loaded before the clock starts); it runs in one thread, so on one core (``--pin N`` also pins
the process to CPU N). The best of ``--repeat`` runs is reported, as wall-clock time and as the
process's CPU time. The figures are measurements of this machine; nothing here is asserted.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchkit import argument_parser, assemble_articles, best_of, pin_cpu

from extract.model import Article
from extract.pipeline import extract
from graph.samples import SAMPLES_DIR

_SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_SENTENCES = _SHARED / "eval/dev/event_gsr_detection.ar.jsonl"


def _paragraphs(sentences: Path | None) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((_SHARED / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SAMPLES_DIR.glob("ar_*.txt"))]
    paras = [p.strip() for t in texts for p in t.split("\n") if len(p.split()) >= 5]
    if sentences is not None and sentences.is_file():
        seen: set[str] = set()
        for line in sentences.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"].strip()
                if text not in seen:
                    seen.add(text)
                    paras.append(text)
    return paras


def build_articles(n: int, words: int, sentences: Path | None) -> list[Article]:
    """``n`` articles of about ``words`` words each, from paragraphs of real Arabic news."""
    paras = _paragraphs(sentences)
    if not paras:
        raise SystemExit("no Arabic text found to build articles from")
    return assemble_articles(paras, n, words, lang="ar", published="2008-01-15")


def main(argv: list[str] | None = None) -> int:
    ap = argument_parser(__doc__.split("\n\n")[0], words=400, source="--sentences",
                         source_default=_SENTENCES)
    args = ap.parse_args(argv)
    pin_cpu(args.pin)
    arts = build_articles(args.articles, args.words, args.sentences)
    extract(arts[0])  # lexicon, gazetteer and indexes built off the clock
    words = sum(len(a.text.split()) for a in arts)
    best_wall, best_cpu, out = best_of(args.repeat, lambda: [extract(a) for a in arts])
    stances = sum(len(x.stances) for x in out)
    claims = sum(len(x.claims) for x in out)
    print(f"{len(arts)} Arabic articles, {words / len(arts):.0f} words each on average, "
          f"{claims} claims, {stances} stances")
    print(f"wall: {best_wall:.2f} s = {len(arts) / best_wall:.0f} articles/s "
          f"(best of {args.repeat})")
    print(f"cpu:  {best_cpu:.2f} s = {len(arts) / best_cpu:.0f} articles/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
