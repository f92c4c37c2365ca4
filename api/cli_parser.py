"""The ``qawl`` command line's arguments: subcommands, options, their types and help texts.

Owns what a user can type and what ``--help`` says; ``api.cli`` runs the commands. Option
values are checked here (dates, numbers, choices), so a typo is a usage error (exit 2)
before any library code runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from pathlib import Path

from api.settings import Settings

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "EXPORT_FORMATS", "build_parser"]

PROG = "qawl"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
# graph.export.FORMATS, spelled out so that `qawl --help` need not import the graph layer
# (tests/test_cli.py checks that the two agree).
EXPORT_FORMATS = ("graphml", "gexf", "cytoscape", "node-link", "turtle", "trig", "nquads", "jsonld",
                  "csv", "parquet")

def _date(value: str) -> str:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None
    if len(value) != 10:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}")
    return value


def _convert(value: str, kind: type[int | float], what: str) -> int | float:
    try:
        return kind(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not {what}: {value!r}") from None


def _positive(value: str) -> int:
    n = _convert(value, int, "a whole number")
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value!r}")
    return n


def _fraction(value: str) -> float:
    x = _convert(value, float, "a number")
    if not 0 <= x <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {value!r}")
    return x


def _seconds(value: str) -> float:
    x = _convert(value, float, "a number of seconds")
    if not x > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0: {value!r}")
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
    defaults = Settings()
    p.add_argument("--host", default=DEFAULT_HOST,
                   help=f"address to listen on (default: {DEFAULT_HOST}, this machine only)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port, 0 for any free one (default: {DEFAULT_PORT})")
    p.add_argument("--query-timeout", type=_seconds, default=defaults.query_timeout, metavar="SECONDS",
                   help=f"longest a SPARQL request may take (default: {defaults.query_timeout:g})")
    p.add_argument("--row-limit", type=_at_least_one, default=defaults.row_limit, metavar="N",
                   help=f"most rows a SPARQL result or a page returns (default: {defaults.row_limit})")
    p.add_argument("--max-depth", type=_positive, default=defaults.max_depth, metavar="N",
                   help=f"deepest neighbourhood served (default: {defaults.max_depth})")
    p.add_argument("--workers", type=_at_least_one, default=defaults.workers, metavar="N",
                   help=f"SPARQL worker processes; a query over its time limit has its worker killed "
                        f"(default: {defaults.workers})")
    p.add_argument("--max-body-bytes", type=_at_least_one, default=defaults.max_body_bytes, metavar="N",
                   help=f"largest request body accepted (default: {defaults.max_body_bytes})")
    p.add_argument("--allow-service", action="append", default=[], metavar="URL",
                   help="an endpoint SPARQL SERVICE clauses may call (repeatable; default: none, "
                        "every SERVICE is refused)")
    p.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                   help="an origin allowed by CORS (repeatable; default: none, no CORS headers)")
    p.add_argument("--updates", action="store_true", help="accept SPARQL Update (needs a token)")
    p.add_argument("--graph-store", action="store_true",
                   help="serve the SPARQL Graph Store HTTP Protocol on /rdf-graphs (writes need a token)")
    p.add_argument("--ingest", action="store_true", help="accept POST /articles (needs a token)")
    p.add_argument("--token-file", type=Path, metavar="FILE",
                   help="file holding the bearer token for writes (or set QAWL_TOKEN)")


def build_parser(commands: Mapping[str, Callable[[argparse.Namespace], int]]) -> argparse.ArgumentParser:
    """The ``qawl`` parser; ``commands`` maps each command name to the function that runs it."""
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
    p.set_defaults(func=commands["extract"])

    p = sub.add_parser("build", help="extract articles and load them into a store",
                       description="Extract articles and load them into a store. Exits non-zero only "
                                   "when nothing could be ingested, or with --strict when any input failed.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="txt, html or jsonl files, or folders")
    p.add_argument("--store", type=Path, required=True, metavar="DIR", help="store folder (created if missing)")
    _add_input_options(p)
    p.add_argument("--strict", action="store_true", help="exit non-zero when any input failed")
    p.add_argument("--jobs", "-j", type=_at_least_one, default=1, metavar="N",
                   help="extract and validate in N worker processes (default: 1); the store is "
                        "written by one process, in input order, so the result is the same")
    p.set_defaults(func=commands["build"])

    p = sub.add_parser("query", help="run a SPARQL query against a store")
    p.add_argument("query", nargs="?", metavar="SPARQL", help="the query text")
    p.add_argument("--file", "-f", metavar="PATH", help="read the query from PATH ('-' for stdin)")
    p.add_argument("--store", type=Path, required=True, metavar="DIR")
    p.add_argument("--format", choices=["table", "csv", "tsv", "json", "xml", "turtle", "ntriples"],
                   default="table", help="output format (default: table; turtle/ntriples for CONSTRUCT/DESCRIBE)")
    p.set_defaults(func=commands["query"])

    p = sub.add_parser("eval", help="score the extraction against gold files")
    p.add_argument("gold", nargs="+", metavar="GOLD", help="gold JSON files or folders")
    p.add_argument("--errors", action="store_true", help="list every missed and spurious item")
    p.add_argument("--limit", type=_at_least_one, metavar="N",
                   help="score only the first N items of each JSON Lines set")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=commands["eval"])

    p = sub.add_parser("serve", help="serve a store over HTTP (SPARQL endpoint, neighbourhoods, docs)",
                       description=f"Serve a store over HTTP. Listens on {DEFAULT_HOST} (this machine only) "
                                   "unless --host says otherwise.")
    p.add_argument("--store", type=Path, required=True, metavar="DIR")
    _add_server_options(p)
    p.set_defaults(func=commands["serve"])

    p = sub.add_parser("demo", help="build the bundled sample articles into a store and serve it")
    p.add_argument("--store", type=Path, default=Path(".qawl/demo-store"), metavar="DIR",
                   help="store folder (default: .qawl/demo-store)")
    _add_server_options(p)
    p.add_argument("--no-serve", action="store_true", help="build and print the summary, do not serve")
    p.set_defaults(func=commands["demo"])

    p = sub.add_parser("neighbourhood", help="print an actor's neighbourhood as JSON (nodes and edges)")
    p.add_argument("actor_id", metavar="ACTOR_ID", help="e.g. Q3052772 (Emmanuel Macron)")
    p.add_argument("--store", type=Path, required=True, metavar="DIR")
    p.add_argument("--depth", type=_positive, default=1, metavar="N", help="hops from the actor (default: 1)")
    p.set_defaults(func=commands["neighbourhood"])

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
    p.set_defaults(func=commands["export"])

    p = sub.add_parser("validate", help="check a store against the SHACL shapes")
    p.add_argument("--store", type=Path, required=True, metavar="DIR")
    p.set_defaults(func=commands["validate"])

    p = sub.add_parser("rules", help="work with the rule and dictionary files")
    rules = p.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    r = rules.add_parser("check", help="report every bad line of rule files as file:line: reason")
    r.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders (default: the bundled data files)")
    r.set_defaults(func=commands["rules_check"])
    return parser
