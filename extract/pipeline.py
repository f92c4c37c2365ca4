"""The extraction pipeline: article -> Extraction, as a list of named components.

Owns ``Pipeline`` (named components run in order over a working ``Doc``; components can be
listed, disabled and replaced; ``pipe()`` takes many articles and an error policy), the default
Arabic component list, the language dispatch (English goes to ``extract.en.extract_english``
when that package provides it) and ``extract(article)``, the one-call entry point.

Components (``name: reads -> writes``):
- ``body``: article.text -> article.body (boilerplate removal, only when the body is empty)
- ``normalize``: article -> doc tokens and sentences (camel-tools normalisation, offset map)
- ``actors``: tokens -> mentions, actors (gazetteer, titles, apposition, article aliases)
- ``claims``: mentions -> claims (cue lexicon)
- ``stances``: claims, mentions -> stances (cue types, trigger lexicon)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from extract.ar.actors import find_mentions
from extract.ar.claims import find_claims
from extract.ar.doc import Doc, make_doc
from extract.ar.stances import find_stances
from extract.boilerplate import body_spans
from extract.errors import ExtractError
from extract.gazetteer import Gazetteer, load_default
from extract.model import Actor, Article, Extraction, Span
from extract.scope import scope_to_article

__all__ = ["Component", "Pipeline", "default_pipeline", "extract"]


@dataclass
class _State:
    article: Article
    gaz: Gazetteer
    doc: Doc | None = None
    extras: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    fn: Callable[[_State], None]
    assigns: tuple[str, ...] = ()


def _body(st: _State) -> None:
    if not st.article.body:
        st.article = st.article.with_body(body_spans(st.article.text))


def _normalize(st: _State) -> None:
    st.doc = make_doc(st.article, st.gaz)


def _actors(st: _State) -> None:
    find_mentions(_doc(st))


def _claims(st: _State) -> None:
    st.extras["claim_infos"] = find_claims(_doc(st))


def _stances(st: _State) -> None:
    find_stances(_doc(st), st.extras.get("claim_infos", []))


def _doc(st: _State) -> Doc:
    if st.doc is None:
        raise RuntimeError("the 'normalize' component must run before this one")
    return st.doc


ARABIC_COMPONENTS = (
    Component("body", _body, ("article.body",)),
    Component("normalize", _normalize, ("doc.toks", "doc.sents")),
    Component("actors", _actors, ("doc.mentions", "doc.actors")),
    Component("claims", _claims, ("doc.claims",)),
    Component("stances", _stances, ("doc.stances",)),
)


def _to_extraction(st: _State) -> Extraction:
    doc = st.doc
    if doc is None:
        return Extraction(article=st.article)
    text = st.article.text
    by_key: dict[str, list[Span]] = {}
    for m in doc.mentions:
        by_key.setdefault(m.key, []).append(Span.of(text, m.start, m.end))
    used = set(by_key) | {c.speaker for c in doc.claims} | {s.holder for s in doc.stances} | {
        s.target for s in doc.stances if s.target}
    actors = []
    first = {k: min((s.start for s in by_key.get(k, ())), default=len(text)) for k in used}
    for key in sorted(used, key=lambda k: (first[k], k)):
        rec = doc.actors.get(key)
        if rec is None:
            continue
        actors.append(Actor(
            id=rec.id, label=rec.label, kind=rec.kind, labels=dict(rec.labels), wikidata=rec.wikidata,
            country=rec.country, sector=rec.sector, role=rec.role,
            mentions=tuple(sorted(by_key.get(key, ()), key=lambda s: s.start))))
    # actors that name nobody in particular (مسلحون، المدنيين) are the article's own
    return scope_to_article(
        Extraction(article=st.article, actors=tuple(actors), claims=tuple(doc.claims),
                   stances=tuple(doc.stances)),
        {rec.id: rec.label for rec in doc.actors.values() if rec.generic})


def _english() -> Callable[..., Extraction] | None:
    """``extract.en.extract_english`` when the English package provides it."""
    try:
        mod = importlib.import_module("extract.en")
    except ModuleNotFoundError as e:
        if e.name != "extract.en":
            raise  # a missing dependency inside extract.en is a real error, not "no English"
        return None
    return getattr(mod, "extract_english", None)


class Pipeline:
    """Named components run in order; English articles go to the English extractor."""

    def __init__(self, components: Iterable[Component] = ARABIC_COMPONENTS, *,
                 gazetteer: Gazetteer | None = None) -> None:
        self.components: list[Component] = list(components)
        self._gaz = gazetteer
        self.disabled: set[str] = set()

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = load_default()
        return self._gaz

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def disable(self, name: str) -> None:
        self._index(name)
        self.disabled.add(name)

    def replace(self, name: str, fn: Callable[[_State], None]) -> None:
        i = self._index(name)
        self.components[i] = Component(name, fn, self.components[i].assigns)

    def _index(self, name: str) -> int:
        for i, c in enumerate(self.components):
            if c.name == name:
                return i
        raise KeyError(f"no component named {name!r}; have {', '.join(self.names)}")

    def __call__(self, article: Article) -> Extraction:
        if article.lang == "en":
            if not article.body:
                article = article.with_body(body_spans(article.text))
            fn = _english()
            if fn is None:
                return Extraction(article=article)
            return fn(article, gazetteer=self.gazetteer)
        if article.lang != "ar":
            raise ExtractError(article.id, f"unsupported language {article.lang!r}")
        st = _State(article, self.gazetteer)
        for comp in self.components:
            if comp.name in self.disabled:
                continue
            try:
                comp.fn(st)
            except ExtractError:
                raise
            except Exception as e:
                # one article's failure, bug or not, must not stop a build of thousands: it is
                # reported with its component and exception type, never hidden
                raise ExtractError(article.id, f"{type(e).__name__}: {e}", component=comp.name) from e
        return _to_extraction(st)

    def pipe(self, articles: Iterable[Article | Any], *,
             on_error: Literal["skip", "raise"] = "skip") -> Iterator[Extraction | ExtractError]:
        """Extract each article; a failing one yields its ``ExtractError`` (``skip``) or raises."""
        if on_error not in ("skip", "raise"):
            raise ValueError(f"on_error must be 'skip' or 'raise', not {on_error!r}")
        for article in articles:
            if not isinstance(article, Article):  # e.g. an InputError from the reader
                if on_error == "raise" and isinstance(article, Exception):
                    raise article
                yield article
                continue
            try:
                yield self(article)
            except ExtractError as e:
                if on_error == "raise":
                    raise
                yield e


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def extract(article: Article) -> Extraction:
    """Extract actors, claims and stances from one article with the default pipeline."""
    return default_pipeline()(article)
