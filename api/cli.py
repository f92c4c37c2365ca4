"""The ``qawl`` command line: argparse in, one library call, text out.

Owns: option parsing, printing (results on stdout, progress and errors on stderr) and exit
codes. Every answer comes from the library (``extract``, ``ontology``, ``graph``); a command
here only turns options into arguments and the result into text.

Exit codes: 0 success, 1 a library or input error (one line ``qawl: error: ...``, never a
traceback), 2 a usage error (argparse). Library modules are imported inside the commands so
that ``qawl --help`` does not pay for loading torch and camel-tools.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

__all__ = ["main"]

PROG = "qawl"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
# graph.export.FORMATS, spelled out so that `qawl --help` need not import the graph layer
# (tests/test_cli.py checks that the two agree).
EXPORT_FORMATS = ("graphml", "gexf", "cytoscape", "node-link", "turtle", "trig", "nquads", "jsonld",
                  "csv", "parquet")
PROGRESS_EVERY = 100  # articles between progress lines when stderr is not a terminal


class CommandError(Exception):
    """A user error detected by the command line itself (bad option value, missing file)."""


# ---------------------------------------------------------------- helpers


def _err(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _where(path: object, line: int | None) -> str:
    return f"{path}:{line}" if line else f"{path}"


def _library_errors() -> tuple[type[BaseException], ...]:
    """The roots of the library's exception trees: the errors a user can cause."""
    from extract.errors import QawlError
    from extract.evaluate import EvalError

    return (QawlError, EvalError)


def _existing_store(path: Path) -> Path:
    if not path.is_dir():
        raise CommandError(f"no store at {path} (build one with `qawl build INPUT --store {path}`)")
    return path


def _open_store(path: Path, *, create: bool = False) -> Any:
    from graph.store import Store

    if create:
        return Store.open(path)
    return Store.open(_existing_store(path), read_only=True)


def _read_text_arg(query: str | None, file: str | None) -> str:
    if file is not None and query is not None:
        raise CommandError("give the query either as an argument or with --file, not both")
    if file == "-":
        return sys.stdin.read()
    if file is not None:
        try:
            return Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise CommandError(f"{file}: cannot read the query: {e}") from e
    if query is None:
        raise CommandError("no query: give it as an argument, with --file PATH, or --file - for stdin")
    return query


class _Progress:
    """Reports build progress on stderr: a ``\\r`` counter on a terminal, else a line every N."""

    def __init__(self, stream: TextIO, *, every: int = PROGRESS_EVERY, noun: str = "articles") -> None:
        self.stream = stream
        self.noun = noun
        self.every = every
        self.tty = stream.isatty()
        self.shown = False
        self.started = time.monotonic()

    def __call__(self, done: int, *_: Any) -> None:
        if not self.tty and (not done or done % self.every):
            return
        rate = done / max(time.monotonic() - self.started, 1e-6)
        text = f"{done} {self.noun} ({rate:.1f}/s)"
        if self.tty:
            self.stream.write(f"\r{text}")
            self.shown = True
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def _print_summary(summary: Any, *, store: Path) -> None:
    failures = list(summary.failures)
    print(f"store: {store}")
    for name in ("articles", "actors", "claims", "stances", "triples"):
        print(f"{name}: {getattr(summary, name)}")
    print(f"failures: {len(failures)}")
    for file, line, reason in failures:
        print(f"  {_where(file, line)}: {reason}")


def _url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def _serve(store: Path, *, host: str, port: int) -> None:
    import uvicorn

    from api.app import create_app

    app = create_app(store_path=store)
    _err(f"serving {store} at {_url(host, port)} (SPARQL at {_url(host, port)}sparql, docs at {_url(host, port)}docs)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


# ---------------------------------------------------------------- commands


def cmd_extract(args: argparse.Namespace) -> int:
    from extract.errors import InputError, QawlError
    from extract.pipeline import extract
    from extract.reader import read_inputs

    failed = 0

    def extractions() -> Iterable[dict[str, Any]]:
        nonlocal failed
        for item in read_inputs(args.files, lang=_lang(args.lang), published=args.published):
            if isinstance(item, InputError):
                failed += 1
                _err(str(item))
                continue
            try:
                yield extract(item).to_dict()
            except QawlError as e:  # "article: reason"; the file first when the article has one
                failed += 1
                _err(f"{item.source}: {e}" if item.source else str(e))

    results = extractions()
    if args.format == "jsonl":
        done = 0
        for d in results:
            print(json.dumps(d, ensure_ascii=False), flush=True)
            done += 1
    else:
        collected = list(results)
        done = len(collected)
        if done == 1:
            print(json.dumps(collected[0], ensure_ascii=False, indent=2))
        elif done > 1:
            print(json.dumps(collected, ensure_ascii=False, indent=2))
    if done == 0:
        _err(f"{PROG}: error: nothing could be extracted")
        return 1
    return 1 if failed else 0


def cmd_build(args: argparse.Namespace) -> int:
    from graph.build import build

    progress = _Progress(sys.stderr)
    with _open_store(args.store, create=True) as store:
        try:
            summary = build(
                args.inputs, store=store, lang=_lang(args.lang), published=args.published,
                strict=args.strict, progress=progress,
            )
        finally:
            progress.close()
    _print_summary(summary, store=args.store)
    if summary.articles == 0:
        _err(f"{PROG}: error: nothing could be ingested")
        return 1
    if args.strict and summary.failures:
        _err(f"{PROG}: error: {len(summary.failures)} input(s) failed (--strict)")
        return 1
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from graph.query import run_query, serialise

    sparql = _read_text_arg(args.query, args.file)
    with _open_store(args.store) as store:
        text = serialise(run_query(store, sparql), args.format)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from extract.evaluate import evaluate_files

    progress = _Progress(sys.stderr, noun="items")
    try:
        report = evaluate_files(args.gold, limit=args.limit, progress=lambda _path, done: progress(done))
    finally:
        progress.close()
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(report.render(errors=args.errors))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    _serve(_existing_store(args.store), host=args.host, port=args.port)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from graph.build import build

    try:
        from graph.samples import SAMPLES_DIR
    except ImportError as e:
        raise CommandError(f"the bundled sample articles are not installed ({e})") from e
    if not Path(SAMPLES_DIR).is_dir() or not any(Path(SAMPLES_DIR).iterdir()):
        raise CommandError(f"the bundled sample articles are missing: {SAMPLES_DIR}")
    with _open_store(args.store, create=True) as store:
        summary = build([Path(SAMPLES_DIR)], store=store, progress=_Progress(sys.stderr))
    _print_summary(summary, store=args.store)
    if summary.articles == 0:
        _err(f"{PROG}: error: none of the sample articles could be ingested")
        return 1
    print(f"url: {_url(args.host, args.port)}")
    if not args.no_serve:
        _serve(args.store, host=args.host, port=args.port)
    return 0


def cmd_neighbourhood(args: argparse.Namespace) -> int:
    from graph.neighbourhood import neighbourhood

    with _open_store(args.store) as store:
        result = neighbourhood(store, args.actor_id, depth=args.depth)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from graph.export import export

    with _open_store(args.store) as store:
        result = export(store, fmt=args.format, out=args.out, since=args.since, until=args.until,
                        min_confidence=args.min_confidence, actor=args.actor, depth=args.depth)
    for path in result.files:
        print(path)
    held = {"nodes": result.nodes, "edges": result.edges, "quads": result.quads, **result.rows}
    _err(f"{args.format}: {result.bytes} bytes; " + ", ".join(f"{k} {v}" for k, v in held.items() if v is not None))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from graph.store import validate_store

    with _open_store(args.store) as store:
        report = validate_store(store)
    if report.conforms:
        print("conforms")
        return 0
    for message in report.messages:
        print(message)
    _err(f"{PROG}: error: {len(report.messages)} SHACL violation(s) in {args.store}")
    return 1


def cmd_rules_check(args: argparse.Namespace) -> int:
    from extract.rules import check, default_paths

    problems = check(args.paths or default_paths())
    for line in problems:
        print(line)
    if problems:
        _err(f"{PROG}: {len(problems)} problem(s)")
        return 1
    print("ok")
    return 0


def _lang(value: str | None) -> str | None:
    return None if value in (None, "auto") else value


# ---------------------------------------------------------------- parser


def _date(value: str) -> str:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None
    if len(value) != 10:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}")
    return value


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value!r}")
    return n


def _fraction(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0 <= x <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {value!r}")
    return x


def _at_least_one(value: str) -> int:
    n = _positive(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value!r}")
    return n


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=["ar", "en", "auto"], default="auto",
                   help="language of the inputs (default: detected per article)")
    p.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                   help="publication date for inputs that do not carry one (resolves relative dates)")


def _add_server_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default=DEFAULT_HOST,
                   help=f"address to listen on (default: {DEFAULT_HOST}, this machine only)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Build and query a knowledge graph of who said what about whom in Arabic and English news.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("extract", help="print the extraction (actors, claims, stances) of articles as JSON")
    p.add_argument("files", nargs="+", metavar="FILE", help="txt, html or jsonl files, or folders")
    _add_input_options(p)
    p.add_argument("--format", choices=["json", "jsonl"], default="json",
                   help="json: one indented object (an array when several articles); jsonl: one line per article")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("build", help="extract articles and load them into a store",
                       description="Extract articles and load them into a store. Exits non-zero only "
                                   "when nothing could be ingested, or with --strict when any input failed.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="txt, html or jsonl files, or folders")
    p.add_argument("--store", type=Path, required=True, metavar="DIR", help="store folder (created if missing)")
    _add_input_options(p)
    p.add_argument("--strict", action="store_true", help="exit non-zero when any input failed")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("query", help="run a SPARQL query against a store")
    p.add_argument("query", nargs="?", metavar="SPARQL", help="the query text")
    p.add_argument("--file", "-f", metavar="PATH", help="read the query from PATH ('-' for stdin)")
    p.add_argument("--store", type=Path, required=True, metavar="DIR")
    p.add_argument("--format", choices=["table", "csv", "tsv", "json", "xml", "turtle", "ntriples"],
                   default="table", help="output format (default: table; turtle/ntriples for CONSTRUCT/DESCRIBE)")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("eval", help="score the extraction against gold files")
    p.add_argument("gold", nargs="+", metavar="GOLD", help="gold JSON files or folders")
    p.add_argument("--errors", action="store_true", help="list every missed and spurious item")
    p.add_argument("--limit", type=_at_least_one, metavar="N",
                   help="score only the first N items of each JSON Lines set")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("serve", help="serve a store over HTTP (SPARQL endpoint, neighbourhoods, docs)",
                       description=f"Serve a store over HTTP. Listens on {DEFAULT_HOST} (this machine only) "
                                   "unless --host says otherwise.")
    p.add_argument("--store", type=Path, required=True, metavar="DIR")
    _add_server_options(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("demo", help="build the bundled sample articles into a store and serve it")
    p.add_argument("--store", type=Path, default=Path(".qawl/demo-store"), metavar="DIR",
                   help="store folder (default: .qawl/demo-store)")
    _add_server_options(p)
    p.add_argument("--no-serve", action="store_true", help="build and print the summary, do not serve")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("neighbourhood", help="print an actor's neighbourhood as JSON (nodes and edges)")
    p.add_argument("actor_id", metavar="ACTOR_ID", help="e.g. Q3052772 (Emmanuel Macron)")
    p.add_argument("--store", type=Path, required=True, metavar="DIR")
    p.add_argument("--depth", type=_positive, default=1, metavar="N", help="hops from the actor (default: 1)")
    p.set_defaults(func=cmd_neighbourhood)

    p = sub.add_parser("export", help="write the store (or part of it) for graph tools, RDF tools or dataframes")
    p.add_argument("--store", type=Path, required=True, metavar="DIR")
    p.add_argument("--format", required=True, metavar="FORMAT",
                   help=f"one of {', '.join(EXPORT_FORMATS)} (csv and parquet write a folder of tables)")
    p.add_argument("--out", type=Path, required=True, metavar="PATH", help="file to write (a folder for csv, parquet)")
    p.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="only claims and stances on or after this day")
    p.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="only claims and stances up to this day")
    p.add_argument("--min-confidence", type=_fraction, metavar="X", help="only items with confidence >= X (0..1)")
    p.add_argument("--actor", metavar="ACTOR_ID", help="only this actor's neighbourhood")
    p.add_argument("--depth", type=_positive, metavar="N", help="hops from --actor (default: 1)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("validate", help="check a store against the SHACL shapes")
    p.add_argument("--store", type=Path, required=True, metavar="DIR")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("rules", help="work with the rule and dictionary files")
    rules = p.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    r = rules.add_parser("check", help="report every bad line of rule files as file:line: reason")
    r.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders (default: the bundled data files)")
    r.set_defaults(func=cmd_rules_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except CommandError as e:
        _err(f"{PROG}: error: {e}")
        return 1
    except KeyboardInterrupt:
        _err(f"{PROG}: interrupted")
        return 130
    except _library_errors() as e:
        _err(f"{PROG}: error: {e}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
