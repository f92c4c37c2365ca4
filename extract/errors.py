"""The exception tree of the extract layer.

::

    QawlError                 base of every error qawl raises on purpose
    ├── InputError            bad input: names the file (and line) and the reason
    └── ExtractError          one article could not be extracted (names the article)

``str(err)`` is always one line, ``file:line: reason`` or ``article: reason``, ready for the CLI.
"""

from __future__ import annotations

__all__ = ["ExtractError", "InputError", "QawlError"]


class QawlError(Exception):
    """Base class of qawl's own errors."""


class InputError(QawlError):
    """A file or a line of it that cannot be read or is not valid."""

    def __init__(self, path: object, reason: str, line: int | None = None) -> None:
        self.path = str(path)
        self.reason = reason
        self.line = line
        where = self.path if line is None else f"{self.path}:{line}"
        super().__init__(f"{where}: {reason}")


class ExtractError(QawlError):
    """Extraction of one article failed; the pipeline reports it and goes on with the next."""

    def __init__(self, article_id: str, reason: str, *, component: str | None = None) -> None:
        self.article_id = article_id
        self.reason = reason
        self.component = component
        where = article_id if component is None else f"{article_id} [{component}]"
        super().__init__(f"{where}: {reason}")
