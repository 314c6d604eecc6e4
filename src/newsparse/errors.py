"""The one exception type newsparse raises for input it cannot read."""

from __future__ import annotations


class ParseError(ValueError):
    """The input cannot be turned into an article (empty, binary, undecodable).

    ``kind`` is a short machine-readable reason: ``"empty"``, ``"binary"``, ``"decode"``,
    ``"io"``.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
