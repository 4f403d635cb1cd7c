"""The Atlas dock: the example atlas listed and grouped, broken entries, opening maps, search, the worker."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from journeymapper.atlas import AtlasIndex
from journeymapper.ui.atlas_model import FILE_ROLE, FLAGS_COLUMN, PROBLEM_ROLE, Column
from atlas_window_support import atlas  # noqa: F401
from test_ui_support import no_real_dialogs, window  # noqa: F401


def open_atlas(qtbot, window, path: Path):
    with qtbot.waitSignal(window.atlas_dock.scanned, timeout=10000):
        tab = window.file_commands.open_path(path)
    return tab


def row_of(dock, name: str):
    for item in dock.model.map_rows():
        if item.data(FILE_ROLE) and Path(item.data(FILE_ROLE)).name == name:
            return item
    raise AssertionError(f"{name} not listed")


def test_opening_the_example_atlas_lists_its_maps_grouped(qtbot, window, atlas):
    tab = open_atlas(qtbot, window, atlas)
    assert tab is not None and tab.document.path == atlas.parent / "lifecycle.journey"  # the first map, as before
    dock = window.atlas_dock
    assert dock.isVisible()
    groups = dock.model.groups()
    assert list(groups) == ["Lifecycle", "Support"]
    assert len(groups["Lifecycle"]) == 2 and len(groups["Support"]) == 1
    assert groups["Support"] == ["Support call: connection keeps dropping"]
    support = row_of(dock, "support-call.journey")
    parent = support.parent()
    cards = parent.child(support.row(), Column.CARDS).text()
    assert cards.isdigit() and int(cards) > 0
    assert parent.child(support.row(), Column.OPEN_BY).text() == ""  # nobody has it open
    assert "Kestrel Fibre" in dock.title.text()
    assert not dock.progress.isVisible()


def test_a_missing_map_shows_as_broken_with_the_reason(qtbot, window, atlas):
    (atlas.parent / "support-call.journey").unlink()
    open_atlas(qtbot, window, atlas)
    item = row_of(window.atlas_dock, "support-call.journey")
    assert "missing" in item.data(PROBLEM_ROLE)
    flag = item.parent().child(item.row(), FLAGS_COLUMN)
    assert "Broken" in flag.text() and "missing" in flag.toolTip()


def test_double_click_opens_the_map_in_a_tab_and_the_atlas_stays(qtbot, window, atlas):
    open_atlas(qtbot, window, atlas)
    dock = window.atlas_dock
    dock.raise_()
    tree = dock.tree
    index = dock.model.indexFromItem(row_of(dock, "support-call.journey"))
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    point = QPoint(rect.left() + 8, rect.center().y())  # the title may be wider than the dock
    assert tree.indexAt(point) == index
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.tab_for_path(atlas.parent / "support-call.journey") is not None)
    assert window.current_tab().document.path == atlas.parent / "support-call.journey"
    assert window.tabs.count() == 2 and dock.index is not None and dock.isVisible()


def test_enter_on_a_row_opens_the_map(qtbot, window, atlas):
    open_atlas(qtbot, window, atlas)
    dock = window.atlas_dock
    dock.raise_()
    dock.tree.setFocus()
    dock.tree.setCurrentIndex(dock.model.indexFromItem(row_of(dock, "lifecycle-future.journey")))
    qtbot.keyClick(dock.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tab_for_path(atlas.parent / "lifecycle-future.journey") is not None)


def test_search_finds_a_card_in_another_map_and_opens_it_selected(qtbot, window, atlas):
    open_atlas(qtbot, window, atlas)
    dock = window.atlas_dock
    dock.raise_()
    field = dock.search.field
    field.setFocus()
    qtbot.keyClicks(field, "amber")
    with qtbot.waitSignal(dock.searched, timeout=10000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    hits = dock.search.hit_list()
    assert hits and all(hit.file.name == "support-call.journey" for hit in hits)
    card = next(hit for hit in hits if hit.kind in ("card", "pain_point"))
    dock.search.select_hit(card)
    dock.search.hits.setFocus()
    qtbot.keyClick(dock.search.hits, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tab_for_path(atlas.parent / "support-call.journey") is not None)
    tab = window.current_tab()
    assert tab.document.path == atlas.parent / "support-call.journey"
    assert card.id in tab.view.selection().ids


def test_the_scan_runs_off_the_main_thread(qtbot, window, atlas, monkeypatch):
    threads = []
    scan = AtlasIndex.scan

    def recorded(self):
        threads.append(threading.get_ident())
        yield from scan(self)

    monkeypatch.setattr(AtlasIndex, "scan", recorded)
    open_atlas(qtbot, window, atlas)
    assert threads and threading.get_ident() not in threads
    assert len(window.atlas_dock.model.map_rows()) == 3


def test_no_argument_shows_the_example_atlas(qtbot, window):
    with qtbot.waitSignal(window.atlas_dock.scanned, timeout=10000):
        window.file_commands.open_paths([])
    assert window.tabs.count() == 1 and window.current_tab().document.path is None  # the untitled copy, as before
    assert len(window.atlas_dock.model.map_rows()) == 3


def test_a_map_of_the_bundled_example_opens_as_an_untitled_copy(qtbot, window):
    from journeymapper.resources import example_atlas

    with qtbot.waitSignal(window.atlas_dock.scanned, timeout=10000):
        window.atlas_dock.open_atlas(example_atlas())
    installed = example_atlas().parent / "support-call.journey"
    tab = window.file_commands.open_from_atlas(installed, "card-amber-meaning")
    assert tab is not None and tab.document.path is None  # Save asks where: the installed file stays as it is
    assert "card-amber-meaning" in tab.view.selection().ids
