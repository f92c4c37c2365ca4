"""Building a store from input files: read, extract, map, validate, store, one article at a time.

Owns ``build`` and ``BuildSummary``. Each article is read (``extract.reader``), extracted
(``extract.pipeline.extract`` unless another ``extract_fn`` is given), mapped to its named graph
and the actor descriptions (``ontology.mapping``), SHACL-validated (``ontology.validate``) and
written in one transaction that replaces the article's earlier graph (``graph.store``).
With ``jobs > 1`` the extraction, mapping and validation run in that many worker processes
(``concurrent.futures``); the articles are still stored one by one, in input order, by the
calling process, so the store, the summary and the failures are the same as with one job.

A bad input, a failed extraction or a graph that does not validate becomes one failure
``(file, line, reason)`` in the summary; the build goes on, and nothing stored earlier is
touched by an article that fails. Two inputs with the same article id in one build are a
failure of the second (re-building an article in a later build replaces it). ``strict=True`` stops at the first failure instead (the
articles stored before it stay) and lets unexpected exceptions (bugs) propagate.
"""

from __future__ import annotations

import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from extract.errors import InputError, QawlError
from extract.model import Article, Extraction
from extract.reader import read_inputs
from ontology.mapping import Run, actor_graph, extraction_graph
from ontology.validate import validate as validate_graph
from graph.store import PreparedGraphs, Store

__all__ = ["BuildSummary", "Failure", "build"]

Failure = tuple[str, int | None, str]  # (file, line or None, reason)
ExtractFn = Callable[[Article], Extraction]
Progress = Callable[[int, str], None]


@dataclass(slots=True)
class BuildSummary:
    """What one build did: counts over the articles it stored, and every failure."""

    articles: int = 0
    actors: int = 0  # distinct actors in the articles stored by this build
    claims: int = 0
    stances: int = 0
    triples: int = 0  # triples written (article graphs and actor descriptions)
    failures: list[Failure] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles, "actors": self.actors, "claims": self.claims,
            "stances": self.stances, "triples": self.triples,
            "failures": [{"file": f, "line": ln, "reason": r} for f, ln, r in self.failures],
        }


def build(
    inputs: Iterable[str | Path] | str | Path,
    *,
    store: Store,
    lang: str | None = None,
    published: str | None = None,
    strict: bool = False,
    progress: Progress | None = None,
    extract_fn: ExtractFn | None = None,
    run: Run | None = None,
    validate: bool = True,
    jobs: int = 1,
) -> BuildSummary:
    """Ingest ``inputs`` (files or folders) into ``store``; see the module docstring."""
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if extract_fn is None:
        from extract.pipeline import extract as extract_fn
    if jobs > 1:
        try:
            pickle.dumps(extract_fn)
        except (pickle.PicklingError, AttributeError, TypeError) as exc:
            raise ValueError("jobs > 1 needs an extract_fn defined at module level "
                             f"(worker processes import it): {exc}") from None
    run = run or Run.start()
    summary = BuildSummary()
    actors: set[str] = set()
    prepare = partial(_prepare, extract_fn=extract_fn, run=run, validate=validate, strict=strict)
    done = 0
    with _Preparer(jobs, prepare) as preparer:
        for item, outcome in preparer.in_order(_accepted(inputs, lang=lang, published=published)):
            done += 1
            failure = outcome if isinstance(outcome, tuple) else None
            if isinstance(outcome, _Prepared):
                failure = _store(item, outcome, store=store, summary=summary, actors=actors)
            if failure is not None:
                summary.failures.append(failure)
            if progress is not None:
                progress(done, item.path if isinstance(item, InputError) else (item.source or item.id))
            if strict and summary.failures:
                break
    summary.actors = len(actors)
    return summary


def _accepted(inputs: Iterable[str | Path] | str | Path, *, lang: str | None,
              published: str | None) -> Iterator[tuple[Article | InputError, Failure | None]]:
    """Every input with its failure when it is refused before extraction: unreadable, or a
    second article with an id already read in this build (they would replace each other)."""
    sources: dict[str, str] = {}  # article id -> where it came from, in this build
    for item in read_inputs(inputs, lang=lang, published=published):
        if isinstance(item, InputError):
            yield item, (item.path, item.line, item.reason)
        elif item.id in sources:
            file, line = _where(item)
            yield item, (file, line, f"duplicate article id {item.id!r}: already read "
                                     f"from {sources[item.id]}")
        else:
            sources[item.id] = item.source or item.id
            yield item, None


@dataclass(frozen=True, slots=True)
class _Prepared:
    """What the writing process needs from one extracted, mapped and validated article."""

    article_id: str
    claims: int
    stances: int
    actor_ids: tuple[str, ...]
    graphs: PreparedGraphs


class _Preparer:
    """Extracts, maps and validates articles, in worker processes when ``jobs > 1``
    (``concurrent.futures``), handing them back in input order; at most a few per worker wait,
    so memory stays flat on builds of any size. Storing stays in the calling process: the
    store has one writer."""

    def __init__(self, jobs: int, prepare: Callable[[Article], _Prepared | Failure]) -> None:
        self.prepare = prepare
        self.pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 else None
        self.window = 4 * jobs

    def __enter__(self) -> _Preparer:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def in_order(self, items: Iterable[tuple[Article | InputError, Failure | None]]
                 ) -> Iterator[tuple[Article | InputError, _Prepared | Failure]]:
        if self.pool is None:
            for item, refused in items:
                yield item, refused if refused is not None else self.prepare(item)
            return
        pending: deque[tuple[Article | InputError, Future | Failure]] = deque()
        for item, refused in items:
            pending.append((item, refused if refused is not None else self.pool.submit(self.prepare, item)))
            if len(pending) >= self.window:
                yield _settled(*pending.popleft())
        while pending:
            yield _settled(*pending.popleft())


def _settled(item: Article | InputError, outcome: Future | Failure
             ) -> tuple[Article | InputError, _Prepared | Failure]:
    return item, outcome.result() if isinstance(outcome, Future) else outcome


def _where(article: Article) -> tuple[str, int | None]:
    """File and line of an article's source ("feed.jsonl:12" for a JSON Lines record)."""
    source = article.source or article.id
    head, sep, tail = source.rpartition(":")
    if sep and tail.isdigit() and head:
        return head, int(tail)
    return source, None


def _prepare(article: Article, *, extract_fn: ExtractFn, run: Run, validate: bool,
             strict: bool) -> _Prepared | Failure:
    """Extract, map and validate one article (in a worker process when the build has jobs)."""
    file, line = _where(article)
    try:
        extraction = extract_fn(article)
        graph = extraction_graph(extraction, run=run)
        described = actor_graph(extraction.actors)
    except (QawlError, ValueError, KeyError) as exc:
        return (file, line, f"{article.id}: extraction failed: {_one_line(exc)}")
    except Exception as exc:  # one article's bug must not stop a build of thousands
        if strict:
            raise
        return (file, line, f"{article.id}: internal error ({type(exc).__name__}): {_one_line(exc)}")
    if validate:
        report = validate_graph(graph + described)
        if not report.conforms:
            return (file, line, f"{article.id}: graph not stored: {report.summary()}")
    return _Prepared(extraction.article.id, len(extraction.claims), len(extraction.stances),
                     tuple(a.id for a in extraction.actors), PreparedGraphs.of(graph, described))


def _store(article: Article, prepared: _Prepared, *, store: Store, summary: BuildSummary,
           actors: set[str]) -> Failure | None:
    try:
        store.replace_article_nt(prepared.article_id, prepared.graphs)
    except QawlError as exc:
        file, line = _where(article)
        return (file, line, f"{prepared.article_id}: {_one_line(exc)}")
    summary.triples += prepared.graphs.triples
    summary.articles += 1
    summary.claims += prepared.claims
    summary.stances += prepared.stances
    summary.article_ids.append(prepared.article_id)
    actors.update(prepared.actor_ids)
    return None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
