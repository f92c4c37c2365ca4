"""The exception tree of the graph layer.

::

    QawlError (extract.errors)
    └── GraphError            a store, query or neighbourhood request failed on purpose
        ├── StoreError        the store cannot be opened or written (path, lock, disk)
        ├── QuerySyntaxError  the SPARQL text does not parse (or is an update sent as a query)
        ├── UnknownActor      no actor with that id in the store
        └── UnknownFormat     no serialiser of that name for that kind of result

``str(err)`` is one line, ready for the CLI and the HTTP error body.
"""

from __future__ import annotations

from extract.errors import QawlError

__all__ = ["GraphError", "QuerySyntaxError", "StoreError", "UnknownActor", "UnknownFormat"]


class GraphError(QawlError):
    """Base of the graph layer's errors."""


class StoreError(GraphError):
    """The on-disk store cannot be opened or written."""


class QuerySyntaxError(GraphError):
    """A SPARQL query that does not parse."""


class UnknownActor(GraphError):
    """An actor id that is not in the store."""

    def __init__(self, actor_id: str) -> None:
        self.actor_id = actor_id
        super().__init__(f"unknown actor {actor_id!r}: no actor with this id in the store")


class UnknownFormat(GraphError):
    """A result format that does not exist or does not fit the kind of result."""
