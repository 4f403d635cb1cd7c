"""The user's preferences: every key, its type, default and range in one place.

They live in the application's QSettings (``recent.default_settings``: the
registry on Windows, a plist on macOS, an INI file under ``~/.config`` on
Linux). Modules that read a preference once use ``PREF.read(settings)``; the
window's :class:`Preferences` writes them and says which one changed, so the
Preferences dialog's choices apply at once (autosave timing, recent list
length, paper size, colour scheme...).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any, Callable, Generic, Optional, TypeVar

from PySide6.QtCore import QLocale, QObject, QSettings, Signal

from ..export.options import Paper

T = TypeVar("T")


def _as_bool(value: Any) -> bool:
    """QSettings gives back ``"true"``/``"false"`` strings from INI files, real bools elsewhere."""
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no", "off", "")
    return bool(value)


@dataclass(frozen=True)
class Pref(Generic[T]):
    """One preference: its settings key, its default, and how a stored value is read back.

    A stored value that cannot be read (a hand-edited file, an older version's
    value) gives the default rather than an error: a broken setting must not
    stop the app from starting.
    """

    key: str
    default: Callable[[], T]
    parse: Callable[[Any], T]

    def read(self, settings: QSettings) -> T:
        stored = settings.value(self.key)
        if stored is None:
            return self.default()
        try:
            return self.parse(stored)
        except (TypeError, ValueError):
            return self.default()

    def write(self, settings: QSettings, value: T) -> None:
        stored = value.value if isinstance(value, Enum) else value
        settings.setValue(self.key, stored)


def _int_in(low: int, high: int) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        number = int(float(value))
        if not low <= number <= high:
            raise ValueError(f"{number} is not between {low} and {high}")
        return number

    return parse


def _choice(*choices: str) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        text = str(value)
        if text not in choices:
            raise ValueError(f"{text!r} is not one of {choices}")
        return text

    return parse


def locale_paper() -> Paper:
    """Letter where the locale measures in US units (the US, Canada's English...), else A4."""
    return Paper.LETTER if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else Paper.A4


RECENT_LIMIT_RANGE = (0, 30)
AUTOSAVE_IDLE_RANGE = (1, 60)
AUTOSAVE_INTERVAL_RANGE = (10, 600)
STALE_DAYS_RANGE = (1, 3650)
COLOR_SCHEMES = ("system", "light", "dark")

RECENT_LIMIT: Pref[int] = Pref("recent/limit", lambda: 10, _int_in(*RECENT_LIMIT_RANGE))
PAPER: Pref[Paper] = Pref("export/paper", locale_paper, Paper)
"""The paper of PDF exports and printing: the Preferences' default and the export dialog's last choice."""
AUTOSAVE_IDLE: Pref[int] = Pref("autosave/idle_seconds", lambda: 3, _int_in(*AUTOSAVE_IDLE_RANGE))
AUTOSAVE_INTERVAL: Pref[int] = Pref("autosave/interval_seconds", lambda: 60, _int_in(*AUTOSAVE_INTERVAL_RANGE))
STALE_DAYS: Pref[int] = Pref("atlas/stale_days", lambda: 180, _int_in(*STALE_DAYS_RANGE))
"""Days without a change after which the Atlas dock flags a map as stale (the dock reads it)."""
PODIUM: Pref[bool] = Pref("workshop/highlight_top_votes", lambda: True, _as_bool)
COLOR_SCHEME: Pref[str] = Pref("appearance/color_scheme", lambda: "system", _choice(*COLOR_SCHEMES))
WELCOME_AT_START: Pref[bool] = Pref("welcome/show_at_start", lambda: True, _as_bool)
"""Show the welcome when started without a file: true until its "Don't show again" is left ticked."""
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"


class Preferences(QObject):
    """A window's preferences: ``set`` writes one and emits ``changed`` with its key if it changed."""

    changed = Signal(str)

    def __init__(self, settings: QSettings, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def get(self, pref: Pref[T]) -> T:
        return pref.read(self.settings)

    def set(self, pref: Pref[T], value: T) -> None:
        if self.settings.value(pref.key) is not None and pref.read(self.settings) == value:
            return
        pref.write(self.settings, value)
        self.settings.sync()
        self.changed.emit(pref.key)
