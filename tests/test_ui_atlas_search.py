"""Search across the atlas: as you type (debounced, in the worker), filters, hits grouped by map."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from journeymapper.model import ActionStatus, Channel, MapState
from journeymapper.ui import atlas_dock as atlas_dock_module
from journeymapper.ui.atlas_search import DEBOUNCE_MS, grouped
from test_ui_atlas import atlas, open_atlas  # noqa: F401
from test_ui_support import no_real_dialogs, window  # noqa: F401


def opened(qtbot: Any, window: Any, atlas: Path) -> Any:
    open_atlas(qtbot, window, atlas)
    dock = window.atlas_dock
    dock.raise_()
    return dock


def choose(combo: Any, value: Any) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_typing_searches_after_a_pause_without_enter(qtbot, window, atlas):
    dock = opened(qtbot, window, atlas)
    searches: list[str] = []
    dock.search.search_requested.connect(searches.append)
    dock.search.field.setFocus()
    with qtbot.waitSignal(dock.searched, timeout=10000):
        qtbot.keyClicks(dock.search.field, "router")
    assert searches == ["router"]  # one search for the whole word, not one a keystroke
    titles = dock.search.map_titles()
    assert titles and all("(" in title for title in titles)
    hits = dock.search.hit_list()
    assert hits and all("router" in hit.snippet.casefold() for hit in hits if hit.field in ("text", "notes"))
    assert len(titles) == len({hit.map_path for hit in hits}) > 1  # grouped: one row per map


def test_the_search_runs_off_the_main_thread(qtbot, window, atlas, monkeypatch):
    threads: list[int] = []
    search = atlas_dock_module.search_atlas

    def recorded(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return search(*args, **kwargs)

    monkeypatch.setattr(atlas_dock_module, "search_atlas", recorded)
    dock = opened(qtbot, window, atlas)
    with qtbot.waitSignal(dock.searched, timeout=10000):
        qtbot.keyClicks(dock.search.field, "amber")
    assert threads and threading.get_ident() not in threads


def test_clearing_the_field_clears_the_hits_and_late_results_are_dropped(qtbot, window, atlas):
    dock = opened(qtbot, window, atlas)
    with qtbot.waitSignal(dock.searched, timeout=10000):
        qtbot.keyClicks(dock.search.field, "amber")
    hits = dock.search.hit_list()
    dock.search.field.clear()
    assert dock.search.hit_list() == [] and dock.search.hits.isHidden()
    dock.search.show_hits(hits)  # a search that finishes after the field was cleared
    assert dock.search.hit_list() == []


def test_filters_narrow_by_channel_state_status_owner_and_persona(qtbot, window, atlas):
    dock = opened(qtbot, window, atlas)
    search = dock.search
    qtbot.mouseClick(search.filter_button, Qt.MouseButton.LeftButton)
    assert search.filter_panel.isVisible()
    assert search.persona.findData("Maya Okafor") >= 0  # choices from the atlas after the scan
    with qtbot.waitSignal(dock.searched, timeout=10000):
        choose(search.channel, Channel.PHONE.value)  # no text: everything the filter allows
    hits = search.hit_list()
    assert hits and {hit.kind for hit in hits} <= {"card", "pain_point"}
    index = dock.index
    for hit in hits:
        journey = index.document(index.info(hit.map_path))
        assert next(c for c in journey.cards if c.id == hit.id).channel is Channel.PHONE
    with qtbot.waitSignal(dock.searched, timeout=10000):
        choose(search.state, MapState.FUTURE.value)
    assert search.hit_list() and {h.file.name for h in search.hit_list()} == {"lifecycle-future.journey"}
    with qtbot.waitSignal(dock.searched, timeout=10000):
        search.channel.setCurrentIndex(0)
    with qtbot.waitSignal(dock.searched, timeout=10000):
        choose(search.status, ActionStatus.BLOCKED.value)
    with qtbot.waitSignal(dock.searched, timeout=10000):
        search.state.setCurrentIndex(0)
    assert search.hit_list() and {h.kind for h in search.hit_list()} == {"action"}
    owner = dock.owners[0]
    with qtbot.waitSignal(dock.searched, timeout=10000):
        choose(search.owner, owner)
    with qtbot.waitSignal(dock.searched, timeout=10000):
        search.status.setCurrentIndex(0)
    for hit in search.hit_list():
        journey = index.document(index.info(hit.map_path))
        if hit.kind == "action":
            assert next(a for a in journey.actions if a.id == hit.id).owner.casefold() == owner.casefold()
        else:
            assert journey.owner.casefold() == owner.casefold()
    search.owner.setCurrentIndex(0)  # no filter, no text: no search, the hits go
    assert search.hit_list() == []
    with qtbot.waitSignal(dock.searched, timeout=10000):
        choose(search.persona, "Ron Whitfield")
    assert {h.file.name for h in search.hit_list()} <= {"lifecycle.journey", "lifecycle-future.journey"}
    assert search.filter_button.text() == "Filters (on)"


def test_a_map_row_opens_the_map_and_a_hit_opens_it_with_the_card_selected(qtbot, window, atlas):
    dock = opened(qtbot, window, atlas)
    with qtbot.waitSignal(dock.searched, timeout=10000):
        qtbot.keyClicks(dock.search.field, "amber")
        qtbot.keyClick(dock.search.field, Qt.Key.Key_Return)
    tree = dock.search.hits
    card = next(hit for hit in dock.search.hit_list() if hit.kind in ("card", "pain_point"))
    dock.search.select_hit(card)
    tree.scrollToItem(tree.currentItem())
    rect = tree.visualItemRect(tree.currentItem())
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.tab_for_path(atlas.parent / "support-call.journey") is not None)
    assert card.id in window.current_tab().view.selection().ids
    window.show_tab(window.tab_for_path(atlas.parent / "lifecycle.journey"))
    tree.setCurrentItem(tree.topLevelItem(0))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.current_tab().document.path == atlas.parent / "support-call.journey"


def test_hits_are_grouped_in_the_order_their_maps_come():
    from journeymapper.atlas import SearchHit

    def hit(path: str, ident: str) -> SearchHit:
        return SearchHit(path, Path(path), path.upper(), "card", ident, "text", ident)

    groups = grouped([hit("b", "1"), hit("a", "2"), hit("b", "3")])
    assert [(path, [h.id for h in hits]) for path, hits in groups] == [("b", ["1", "3"]), ("a", ["2"])]
    assert DEBOUNCE_MS >= 150
