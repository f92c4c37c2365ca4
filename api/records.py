"""Routes over plain records: actors (list, search, one), claims and stances (list, one), as JSON.

Owns the HTTP side only: query parameters in, one ``graph.records`` call, records out as
``{"items": [...], "next_cursor": str | null}`` (pass ``cursor`` back for the next page). The
filters, their meaning, the name normalisation of search and the ordering are the library's.
One claim or stance (``/claims/{id}``, ``/stances/{id}``; the id holds a slash) is
``graph.serving.claim_record`` / ``stance_record``: the record with its evidence spans.
"""

# No `from __future__ import annotations`: FastAPI reads the route signatures at definition
# time, and the page size bound comes from the local `settings`.

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import Field

__all__ = ["records_router"]

Polarity = Annotated[int, Field(ge=-1, le=1)]
Ids = Annotated[list[str] | None, Query(description="one or more actor ids (repeat the parameter)")]


def _page(page: Any) -> dict[str, Any]:
    return {"items": [item.to_dict() for item in page.items], "next_cursor": page.next_cursor}


def records_router(settings: Any) -> APIRouter:
    """The record routes; page sizes are bounded by ``settings.row_limit``."""
    from graph.errors import UnknownActor
    from graph.records import iter_actors, list_actors, list_claims, list_stances, search_actors
    from graph.serving import claim_record, stance_record

    router = APIRouter()
    Limit = Annotated[int, Query(ge=1, le=settings.row_limit,
                                 description=f"items per page, 1 to {settings.row_limit}")]
    Cursor = Annotated[str | None, Query(description="next_cursor of the previous page")]
    Since = Annotated[date | None, Query(description="on or after this day (YYYY-MM-DD)")]
    Until = Annotated[date | None, Query(description="up to this day (YYYY-MM-DD)")]
    Confidence = Annotated[float | None, Query(ge=0, le=1, description="at least this confidence")]

    @router.get("/actors", summary="List actors", tags=["actors"])
    def actors(request: Request, q: Annotated[str | None, Query(description="name, Arabic or English")] = None,
               kind: Annotated[list[str] | None, Query()] = None,
               country: Annotated[list[str] | None, Query(description="ISO 3166-1 alpha-3")] = None,
               wikidata: Annotated[list[str] | None, Query()] = None,
               article: Annotated[list[str] | None, Query(description="mentioned in these articles")] = None,
               limit: Limit = 100, cursor: Cursor = None) -> dict[str, Any]:
        """Actors in id order, filtered; ``q`` matches labels and aliases after Arabic and
        English normalisation (hamza forms, ta marbuta, diacritics, case, accents)."""
        return _page(list_actors(request.app.state.store, limit=limit, cursor=cursor, q=q, kind=kind,
                                 country=country, wikidata=wikidata, article=article))

    @router.get("/actors/search", summary="Search actors by name", tags=["actors"])
    def actor_search(request: Request, q: Annotated[str, Query(min_length=1, description="name, Arabic or English")],
                     limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, Any]:
        """Actors whose name matches ``q``: exact matches first, then prefixes, then substrings."""
        found = search_actors(request.app.state.store, q, limit=limit)
        return {"items": [a.to_dict() for a in found], "next_cursor": None}

    @router.get("/actors/{actor_id}", summary="One actor", tags=["actors"])
    def actor(request: Request, actor_id: str) -> dict[str, Any]:
        """The actor's description: labels, kind, country, sector, role, Wikidata id."""
        found = next(iter(iter_actors(request.app.state.store, id=actor_id)), None)
        if found is None:
            raise UnknownActor(actor_id)
        return found.to_dict()

    @router.get("/claims", summary="List claims", tags=["claims"])
    def claims(request: Request, speaker: Ids = None, target: Ids = None, actor: Ids = None,
               since: Since = None, until: Until = None, min_confidence: Confidence = None,
               article: Annotated[list[str] | None, Query()] = None,
               negated: Annotated[bool | None, Query()] = None,
               limit: Limit = 100, cursor: Cursor = None) -> dict[str, Any]:
        """Claims in id order; ``target`` is the addressee or an actor the claim is about,
        ``actor`` any of speaker, addressee or about."""
        return _page(list_claims(request.app.state.store, limit=limit, cursor=cursor, speaker=speaker,
                                 target=target, actor=actor, since=since, until=until,
                                 min_confidence=min_confidence, article=article, negated=negated))

    @router.get("/claims/{claim_id:path}", summary="One claim with its evidence", tags=["claims"])
    def claim(request: Request, claim_id: str) -> dict[str, Any]:
        """The claim ``<article id>/<claim id>`` (e.g. ``000_ddc8bb61b41df7f1/c1``) and its
        ``spans``: ``speaker`` (the mention), ``cue``, ``content`` and the ``evidence`` sentence,
        each ``{"start", "end", "text"}`` with character offsets into the article's text."""
        return claim_record(request.app.state.store, claim_id)

    @router.get("/stances", summary="List stances", tags=["stances"])
    def stances(request: Request, holder: Ids = None, target: Ids = None, actor: Ids = None,
                type: Annotated[list[str] | None, Query(description="PLOVER categories")] = None,
                polarity: Annotated[list[Polarity] | None, Query(description="-1, 0 or 1")] = None,
                since: Since = None, until: Until = None, min_confidence: Confidence = None,
                article: Annotated[list[str] | None, Query()] = None,
                negated: Annotated[bool | None, Query()] = None,
                limit: Limit = 100, cursor: Cursor = None) -> dict[str, Any]:
        """Stances in id order; ``actor`` is the holder or the target."""
        return _page(list_stances(request.app.state.store, limit=limit, cursor=cursor, holder=holder,
                                  target=target, actor=actor, type=type, polarity=polarity, since=since,
                                  until=until, min_confidence=min_confidence, article=article,
                                  negated=negated))

    @router.get("/stances/{stance_id:path}", summary="One stance with its evidence", tags=["stances"])
    def stance(request: Request, stance_id: str) -> dict[str, Any]:
        """The stance ``<article id>/<stance id>`` and its ``spans``: ``holder`` and ``target``
        (the mentions), ``trigger`` and the ``evidence`` sentence, each ``{"start", "end",
        "text"}`` with character offsets into the article's text; ``source_claim`` is the claim
        it comes from (as ``/claims/{id}`` gives it) or null."""
        return stance_record(request.app.state.store, stance_id)

    return router
