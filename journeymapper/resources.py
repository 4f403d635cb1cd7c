"""Where the bundled files (examples, fonts, icons) are found at run time.

In a wheel they are installed as ``journeymapper/_resources``; in a source
checkout (including an editable install) they are the top-level ``resources/``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE / "_resources", _PACKAGE.parent / "resources")


def resources_root() -> Path:
    """The folder holding the bundled resources."""
    for candidate in _CANDIDATES:
        if (candidate / "examples").is_dir():
            return candidate
    raise FileNotFoundError(
        "JourneyMapper's bundled resources are missing; looked in " + ", ".join(map(str, _CANDIDATES))
    )


def resource_path(*parts: str) -> Path:
    """A bundled file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_root().joinpath(*parts)


def example_atlas() -> Path:
    """The example atlas a first run opens."""
    return resource_path("examples", "broadband.atlas")
