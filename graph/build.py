"""Building a store from input files: read, extract, map, validate, store, one article at a time.

Owns ``build`` and ``BuildSummary``. Each article is read (``extract.reader``), extracted
(``extract.pipeline.extract`` unless another ``extract_fn`` is given), mapped to its named graph
and the actor descriptions (``ontology.mapping``), SHACL-validated (``ontology.validate``) and
written in one transaction that replaces the article's earlier graph (``graph.store``).

A bad input, a failed extraction or a graph that does not validate becomes one failure
``(file, line, reason)`` in the summary; the build goes on, and nothing stored earlier is
touched by an article that fails. Two inputs with the same article id in one build are a
failure of the second (re-building an article in a later build replaces it). ``strict=True`` stops at the first failure instead (the
articles stored before it stay) and lets unexpected exceptions (bugs) propagate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from extract.errors import InputError, QawlError
from extract.model import Article, Extraction
from extract.reader import read_inputs
from ontology.mapping import Run, actor_graph, extraction_graph
from ontology.validate import validate as validate_graph
from graph.store import Store

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
) -> BuildSummary:
    """Ingest ``inputs`` (files or folders) into ``store``; see the module docstring."""
    if extract_fn is None:
        from extract.pipeline import extract as extract_fn
    run = run or Run.start()
    summary = BuildSummary()
    actors: set[str] = set()
    sources: dict[str, str] = {}  # article id -> where it came from, in this build
    done = 0
    for item in read_inputs(inputs, lang=lang, published=published):
        done += 1
        if isinstance(item, InputError):
            summary.failures.append((item.path, item.line, item.reason))
        elif item.id in sources:
            # two inputs with one id would silently replace each other: keep the first
            file, line = _where(item)
            summary.failures.append((file, line, f"duplicate article id {item.id!r}: already read "
                                                 f"from {sources[item.id]}"))
        else:
            sources[item.id] = item.source or item.id
            failure = _ingest(item, store=store, run=run, extract_fn=extract_fn, validate=validate,
                              strict=strict, summary=summary, actors=actors)
            if failure is not None:
                summary.failures.append(failure)
        if progress is not None:
            progress(done, item.path if isinstance(item, InputError) else (item.source or item.id))
        if strict and summary.failures:
            break
    summary.actors = len(actors)
    return summary


def _where(article: Article) -> tuple[str, int | None]:
    """File and line of an article's source ("feed.jsonl:12" for a JSON Lines record)."""
    source = article.source or article.id
    head, sep, tail = source.rpartition(":")
    if sep and tail.isdigit() and head:
        return head, int(tail)
    return source, None


def _ingest(
    article: Article, *, store: Store, run: Run, extract_fn: ExtractFn, validate: bool,
    strict: bool, summary: BuildSummary, actors: set[str],
) -> Failure | None:
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
    try:
        summary.triples += store.replace_article(extraction.article.id, graph, described)
    except QawlError as exc:
        return (file, line, f"{article.id}: {_one_line(exc)}")
    summary.articles += 1
    summary.claims += len(extraction.claims)
    summary.stances += len(extraction.stances)
    summary.article_ids.append(extraction.article.id)
    actors.update(a.id for a in extraction.actors)
    return None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
