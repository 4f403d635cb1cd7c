"""Short garbage collections with big maps open.

Python's full collection walks every object it tracks: with three
3,000-card maps open that is about 100 ms, a visible stall in the middle of
typing or dragging, and it comes at unpredictable moments. An open map's
objects live until its tab closes, so after a map opens they are moved out
of the collector's sight (``gc.freeze``); full collections then take well
under a millisecond. Reference counting still frees everything as usual;
only objects in reference cycles wait. When a tab closes, the frozen
objects are handed back, collected once (the one pause, at a moment the
user chose) and the rest frozen again.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer

COLLECT_AFTER_CLOSE_MS = 250
"""Long enough for the closed tab's widgets and document to be deleted first (``deleteLater``)."""


def freeze_open_maps() -> None:
    """Everything alive now (the maps just opened among it) is left out of later collections."""
    gc.freeze()


def collect_closed_map() -> None:
    """Soon, once the closed tab's objects are deleted: free its cycles, then freeze the rest again."""
    QTimer.singleShot(COLLECT_AFTER_CLOSE_MS, _collect_and_freeze)


def _collect_and_freeze() -> None:
    gc.unfreeze()
    gc.collect()
    gc.freeze()
