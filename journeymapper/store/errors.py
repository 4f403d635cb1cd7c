"""Errors of the file layer: bad documents, failed saves, and conflicts with changes made elsewhere."""

from __future__ import annotations

import errno
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
    """Saving failed; the file on disk is unchanged. The message says what happened.

    ``kind`` names the cause for the GUI (which offers Save As for most of them):
    ``disk-full``, ``permission``, ``read-only``, ``vanished``, ``drive`` (a network
    drive did not answer), ``busy``, ``invalid`` (the written file did not check
    out), ``backup`` (the previous version could not be kept) or ``other``.
    """

    def __init__(self, code: int, message: str, *, kind: str | None = None) -> None:
        super().__init__(code, message)
        self.kind = kind or kind_of_errno(code)

    def __str__(self) -> str:
        return str(self.strerror)

    def __reduce__(self) -> tuple[object, ...]:  # keeps ``kind`` across processes (a worker's error)
        return (type(self), (self.errno, self.strerror), {"kind": self.kind})


_KINDS = {
    "disk-full": ("ENOSPC", "EDQUOT"),
    "permission": ("EACCES", "EPERM"),
    "read-only": ("EROFS",),
    "vanished": ("ENOENT", "ENOTDIR"),
    "drive": ("EIO", "ENOTCONN", "ESTALE", "EHOSTDOWN", "EHOSTUNREACH", "ENETDOWN", "ENETUNREACH",
              "ETIMEDOUT", "ECONNRESET", "ECONNABORTED", "ENXIO"),
    "busy": ("EBUSY", "ETXTBSY"),
}
_KIND_OF_ERRNO = {
    getattr(errno, name): kind for kind, names in _KINDS.items() for name in names if hasattr(errno, name)
}


def kind_of_errno(code: int | None) -> str:
    """The ``SaveError.kind`` of an operating-system error number."""
    return _KIND_OF_ERRNO.get(code or 0, "other")


class ConflictError(Exception):
    """The file on disk is not the one we read: saving over it could lose someone's work.

    ``state`` is the ``FileState`` found (changed, deleted or unreadable). The GUI
    offers Reload, Save as copy, Overwrite (save with ``force=True``) and Compare.
    """

    def __init__(self, path: Path, state: object, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)
        self.state = state

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.path, self.state, str(self)))
