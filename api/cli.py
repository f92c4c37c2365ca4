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
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from api.cli_parser import build_parser

__all__ = ["main"]

PROG = "qawl"
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


def _serve(store: Path, args: argparse.Namespace) -> None:
    import socket

    import uvicorn

    from api.app import create_app
    from api.settings import Settings

    host, port = args.host, args.port
    token = os.environ.get("QAWL_TOKEN") or None
    if args.token_file is not None:
        try:
            token = args.token_file.read_text(encoding="utf-8").strip() or None
        except OSError as e:
            raise CommandError(f"{args.token_file}: cannot read the token: {e.strerror or e}") from None
    try:
        settings = Settings(query_timeout=args.query_timeout, row_limit=args.row_limit, max_depth=args.max_depth,
                            workers=args.workers, max_body_bytes=args.max_body_bytes,
                            service_allow=tuple(args.allow_service), cors_origins=tuple(args.cors_origin),
                            updates=args.updates, graph_store=args.graph_store, ingest=args.ingest, token=token)
    except ValueError as e:
        raise CommandError(f"{e}: give --token-file FILE or set QAWL_TOKEN") from None

    # Bind first, so a busy port is one clear error and the URL printed is one that answers.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as e:
        sock.close()
        raise CommandError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    server = uvicorn.Server(uvicorn.Config(create_app(store_path=store, settings=settings), log_level="warning"))
    url = _url(host, sock.getsockname()[1])
    writes = [name for name, on in (("updates", settings.updates), ("graph store", settings.graph_store),
                                    ("ingest", settings.ingest)) if on]
    _err(f"serving {store} at {url} (page at {url}, SPARQL at {url}sparql, docs at {url}docs; "
         f"{settings.workers} query workers; {'writes on: ' + ', '.join(writes) if writes else 'read-only'})")
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()


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
                strict=args.strict, progress=progress, jobs=args.jobs,
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
    _serve(_existing_store(args.store), args)
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
        _serve(args.store, args)
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


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "extract": cmd_extract, "build": cmd_build, "query": cmd_query, "eval": cmd_eval,
    "serve": cmd_serve, "demo": cmd_demo, "neighbourhood": cmd_neighbourhood,
    "export": cmd_export, "validate": cmd_validate, "rules_check": cmd_rules_check,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(COMMANDS)
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
