"""Links between files, classified and resolved without ever touching a hostile path.

A link (an atlas entry's path, a stage's or card's drill-down) is relative to
the file that holds it, with ``/`` separators (docs/file-format.md). Only a
relative link that stays inside the atlas's folder is resolved automatically.
Absolute paths, drive letters, UNC paths (``\\\\host\\share``, ``//host/share``),
``file:`` and other URLs, and links that climb out of the folder with ``..`` are
classified and returned unresolved with a reason: merely touching a UNC path
can send the user's network credentials to that host. Everything here is
string work: nothing in this module touches the file system.
"""

from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import Optional
from urllib.parse import unquote, urlsplit


class LinkKind(str, Enum):
    INSIDE = "inside"
    """Relative and inside the atlas's folder: resolved automatically."""
    OUTSIDE = "outside"
    """Relative, but ``..`` leads out of the atlas's folder."""
    ABSOLUTE = "absolute"
    """``/srv/a.journey``, ``C:\\maps\\a.journey``, ``C:a.journey``."""
    UNC = "unc"
    """``\\\\host\\share\\a.journey`` or ``//host/share/a.journey`` (also ``\\\\?\\`` device paths)."""
    URL = "url"
    """``file:`` or any other ``scheme:`` link."""
    INVALID = "invalid"
    """Empty, control characters, ``\\`` separators, Windows device names, a folder."""


REASONS = {
    LinkKind.OUTSIDE: "leaves the atlas's folder (..), so it is not opened automatically",
    LinkKind.ABSOLUTE: "an absolute path, so it is not opened automatically",
    LinkKind.UNC: "a network (UNC) path: opening it could send your network credentials to that host, "
    "so it is opened only when you ask",
    LinkKind.URL: "a URL, not a path relative to the file, so it is not opened automatically",
}

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+:")  # two letters or more: one letter is a drive
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DEVICE = re.compile(r"(?:^|/)(?:con|prn|aux|nul|com[0-9]|lpt[0-9]) *(?:\.[^/]*)?(?:/|$)", re.IGNORECASE)
"""A Windows device name as a path part (``nul``, ``con.journey``, ``com1``): not a file."""


@dataclass(frozen=True)
class Link:
    """A link as written, what kind it is, and (only when inside) the file it names."""

    text: str
    kind: LinkKind
    key: Optional[str] = None
    """The target's path relative to the atlas's folder, normalised, ``/``-separated (inside only)."""
    reason: str = ""
    """Why the link is not resolved ("" when it is)."""
    root: Optional[Path] = field(default=None, compare=False, repr=False)

    @property
    def resolved(self) -> bool:
        return self.key is not None

    @cached_property
    def os_path(self) -> Optional[str]:
        """The target file as a string for the operating system (inside only); made once."""
        if self.key is None or self.root is None:
            return None
        return f"{self.root}{os.sep}{self.key if os.sep == '/' else self.key.replace('/', os.sep)}"

    @cached_property
    def file(self) -> Optional[Path]:
        """The target file (inside only): the only path code may touch without the user asking."""
        return Path(self.os_path) if self.os_path is not None else None


def link_form(text: str) -> tuple[LinkKind, str]:
    """What the text alone says: INSIDE here only means "relative"; ``resolve_link`` decides the rest."""
    if not text or not text.strip():
        return LinkKind.INVALID, "an empty link"
    if _CONTROL.search(text):
        return LinkKind.INVALID, "control characters in a link"
    if text[:2] in ("\\\\", "//", "\\/", "/\\"):
        return LinkKind.UNC, REASONS[LinkKind.UNC]
    if text[:5].lower() == "file:":
        return LinkKind.URL, "a file: URL, so it is opened only when you ask"
    if _SCHEME.match(text):
        return LinkKind.URL, REASONS[LinkKind.URL]
    if _DRIVE.match(text):
        return LinkKind.ABSOLUTE, f"a path on drive {text[:2]}, so it is not opened automatically"
    if text[0] in "/\\":
        return LinkKind.ABSOLUTE, REASONS[LinkKind.ABSOLUTE]
    if "\\" in text:
        return LinkKind.INVALID, "uses \\ as a separator; links use / on every system"
    if ":" in text:
        return LinkKind.INVALID, "':' in a file name (on Windows it names a hidden stream)"
    device = _DEVICE.search(text)
    if device:
        return LinkKind.INVALID, f"{device.group(0).strip('/')!r} is a device name on Windows, not a file"
    return LinkKind.INSIDE, ""


def resolve_link(text: str, holder_key: str, root: Path) -> Link:
    """Resolve ``text`` written in the file ``holder_key`` (relative to the atlas folder ``root``).

    ``root`` should be absolute. The result's ``file`` is set only for a link
    that stays inside ``root``; it is built from the normalised key, so the
    operating system never sees a ``..``.
    """
    kind, reason = link_form(text)
    if kind is not LinkKind.INSIDE:
        return Link(text, kind, reason=reason)
    if holder_key.startswith("../") or holder_key == "..":
        return Link(text, LinkKind.OUTSIDE, reason="held by a file outside the atlas's folder")
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(holder_key), text))
    if joined == ".." or joined.startswith("../"):
        return Link(text, LinkKind.OUTSIDE, reason=REASONS[LinkKind.OUTSIDE])
    if joined in (".", "") or text.endswith("/"):
        return Link(text, LinkKind.INVALID, reason="names a folder, not a file")
    return Link(text, LinkKind.INSIDE, key=joined, root=root)


def key_file(root: Path, key: str) -> Path:
    """The file of a key (``support/call.journey``) under the atlas folder."""
    return Path(f"{root}{os.sep}{key}" if os.sep == "/" else f"{root}{os.sep}{key.replace('/', os.sep)}")


def key_of(file: Path | str, root: Path) -> Optional[str]:
    """The key of a file given by the user, or None if it is not inside ``root`` (lexical, touches nothing)."""
    relative = os.path.relpath(os.path.abspath(file), os.path.abspath(root))
    key = relative.replace(os.sep, "/")
    if key == ".." or key.startswith("../") or key == "." or os.path.isabs(relative):
        return None
    return key


def link_text(target_key: str, holder_key: str) -> str:
    """The link, written in ``holder_key``, that names ``target_key`` (both inside the atlas folder)."""
    return posixpath.relpath(target_key, posixpath.dirname(holder_key) or ".")


def resolve_explicitly(link: str, base: Path | str) -> Path:
    """The file ``link`` (written in the file ``base``) names, for when the user asked to open it.

    Touches nothing: the caller opens the result. Any kind of link is accepted
    (outside, absolute, UNC, ``file:`` URL) except web URLs and invalid links,
    which raise ValueError with the reason.
    """
    kind, reason = link_form(link)
    if kind is LinkKind.INVALID:
        raise ValueError(reason)
    if kind is LinkKind.URL:
        return _file_url_path(link)
    if kind in (LinkKind.UNC, LinkKind.ABSOLUTE):
        return Path(link if os.sep == "\\" else link.replace("\\", "/"))
    return Path(os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(base)), link)))


def _file_url_path(link: str) -> Path:
    parts = urlsplit(link)
    if parts.scheme.lower() != "file":
        raise ValueError(f"a {parts.scheme}: URL is not a file")
    path = unquote(parts.path)
    if parts.netloc and parts.netloc.lower() != "localhost":
        path = f"//{parts.netloc}{path}"  # file://host/share/a.journey is a UNC path
    elif re.match(r"^/[A-Za-z]:", path):
        path = path[1:]  # file:///C:/maps/a.journey
    return Path(path.replace("/", "\\") if os.sep == "\\" else path)
