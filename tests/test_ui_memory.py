"""An open map's objects are left out of full garbage collections (no 100 ms stalls while editing)."""

from __future__ import annotations

import gc
import weakref

from test_ui_support import map_file, window  # noqa: F401 - fixtures

from journeymapper.ui import memory


def _collected_by_full_collections(obj: object) -> bool:
    """True when ``obj`` sits in one of the collector's generations (``get_objects`` leaves frozen ones out)."""
    return any(candidate is obj for candidate in gc.get_objects())


def test_an_open_maps_objects_are_frozen_out_of_collections(window, map_file):  # noqa: F811
    tab = window.file_commands.open_path(map_file)
    card = tab.document.journey.cards[0]
    assert gc.is_tracked(card)
    assert gc.get_freeze_count() > 0
    assert not _collected_by_full_collections(card)


def test_closing_a_tab_frees_its_map_and_freezes_the_rest_again(window, map_file, qtbot, tmp_path):  # noqa: F811
    other = tmp_path / "other.journey"
    other.write_bytes(map_file.read_bytes())
    kept = window.file_commands.open_path(other)
    closing = window.file_commands.open_path(map_file)
    gone = weakref.ref(closing.document.journey)
    closing = None  # noqa: F841 - the test holds no reference to the closing tab
    assert window.close_tab(window.tabs.currentIndex())
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    qtbot.wait(memory.COLLECT_AFTER_CLOSE_MS + 100)
    assert gc.get_freeze_count() > 0
    assert not _collected_by_full_collections(kept.document.journey.cards[0])
