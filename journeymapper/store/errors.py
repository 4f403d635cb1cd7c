"""The one error type the file layer raises for bad documents."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..model.base import Problem


class DocumentError(Exception):
    """A file could not be read as a document; ``problems`` says where and why.

    ``str()`` gives one line per problem, ``FILE: LOCATION: REASON``, the form the
    command line prints and the GUI shows.
    """

    def __init__(self, path: Path | str, problems: Sequence[Problem]):
        self.path = Path(path)
        self.problems = list(problems) or [Problem("", "unknown problem")]
        super().__init__(self.lines()[0])

    def lines(self) -> list[str]:
        return [
            f"{self.path}: {p.location}: {p.reason}" if p.location else f"{self.path}: {p.reason}"
            for p in self.problems
        ]

    def __str__(self) -> str:
        return "\n".join(self.lines())


class SaveError(OSError):
    """Saving failed; the file on disk is unchanged. The message says what happened."""
