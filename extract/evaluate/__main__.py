"""``python -m extract.evaluate GOLD... [--errors] [--limit N] [--outputs FILE] [--json]``:
a thin stand-in for ``qawl eval`` (the CLI proper lives in ``api/``)."""

from __future__ import annotations

import argparse
import json
import sys

from . import EvalError, evaluate_files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.evaluate",
                                     description="Score the extractor on gold files.")
    parser.add_argument("paths", nargs="+", metavar="GOLD",
                        help="*.gold.json articles, *.jsonl third-party sets, or folders")
    parser.add_argument("--errors", action="store_true", help="list misses and false positives")
    parser.add_argument("--limit", type=int, default=None, help="first N items of each JSONL file")
    parser.add_argument("--max-errors", type=int, default=40,
                        help="errors listed per kind in each third-party set (default 40; 0: all)")
    parser.add_argument("--outputs", metavar="FILE", default=None,
                        help="score saved extraction JSON (one object per line) instead of "
                             "running the extractor")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    try:
        report = evaluate_files(args.paths, limit=args.limit, max_errors=args.max_errors or None,
                                outputs=args.outputs)
    except (EvalError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(report.render(errors=args.errors), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
