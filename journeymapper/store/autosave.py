"""When to autosave a modified document: pure timing logic, the clock passed in.

Autosave after 3 seconds without edits, so a copy is never far behind a pause,
and at least once a minute while edits keep coming, so a long stretch of typing
is not lost either. The GUI calls ``edited`` on each change and asks
``seconds_until_due`` to arm a single-shot QTimer; when it fires and ``due`` is
true it writes the recovery copy (off the UI thread) and calls ``autosaved``.
"""

from __future__ import annotations

from typing import Optional

IDLE = 3.0
INTERVAL = 60.0


class Autosaver:
    def __init__(self, idle: float = IDLE, interval: float = INTERVAL) -> None:
        self.idle = idle
        self.interval = interval
        self._first: Optional[float] = None  # first edit not yet in a recovery copy
        self._last: Optional[float] = None

    @property
    def pending(self) -> bool:
        return self._first is not None

    def edited(self, now: float) -> None:
        if self._first is None:
            self._first = now
        self._last = now

    def autosaved(self, taken: float) -> None:
        """A recovery copy (or a save) of the state at time ``taken`` was written.

        Edits made after ``taken``, while the copy was being written off the UI
        thread, stay pending.
        """
        if self._last is not None and self._last > taken:
            self._first = taken
        else:
            self._first = self._last = None

    saved = autosaved

    def due(self, now: float) -> bool:
        wait = self.seconds_until_due(now)
        return wait is not None and wait <= 0

    def seconds_until_due(self, now: float) -> Optional[float]:
        """Seconds until an autosave is due (0 when it is), None when nothing is pending."""
        if self._first is None or self._last is None:
            return None
        return max(0.0, min(self._last + self.idle, self._first + self.interval) - now)
