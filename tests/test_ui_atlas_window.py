"""The atlas window's other parts: previews (drawn off the UI thread, cached beside the metadata cache),
the personas column and titles, the stale setting, refreshing on file changes, the atlas PDF export and
owner completion across the atlas."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt

from journeymapper.atlas import AtlasEditor
from journeymapper.atlas.cache import default_cache_folder
from journeymapper.resources import resources_root
from journeymapper.store import MAP_FORMAT, load, save
from journeymapper.ui import atlas_previews, export_prompts
from journeymapper.ui.atlas_model import Column
from journeymapper.ui.atlas_previews import PREVIEW_SIZE, PreviewRequest, draw_preview, preview_file
from journeymapper.ui.atlas_window import stale_days
from atlas_window_support import atlas, opened  # noqa: F401
from test_ui_support import no_real_dialogs, small_map, window  # noqa: F401


def cell(dock: Any, entry: str, column: Column) -> Any:
    item = dock.model.row_of(entry)
    return item.parent().child(item.row(), column)


def previews_in(folder: Path) -> list[Path]:
    return sorted(folder.glob("preview-*.png"))


# --- previews ------------------------------------------------------------------------------------


def test_a_preview_shows_the_map_lanes_cards_and_curve_in_colour():
    journey = load(resources_root() / "examples" / "lifecycle.journey", MAP_FORMAT).document
    image = draw_preview(journey)
    assert image.size() == PREVIEW_SIZE
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert len(colours) > 12  # bands, cards and the curve, not a blank picture
    assert "#ffffff" in colours


def test_previews_arrive_off_the_ui_thread_and_are_cached_beside_the_metadata_cache(qtbot, window, atlas,
                                                                                  monkeypatch):
    threads = []
    drawn = atlas_previews.draw_preview

    def recorded(journey, size=PREVIEW_SIZE):
        threads.append(threading.get_ident())
        return drawn(journey, size)

    monkeypatch.setattr(atlas_previews, "draw_preview", recorded)
    previews = window.atlas_window.previews
    assert previews.folder == default_cache_folder()
    with qtbot.waitSignals([previews.ready] * 3, timeout=20000):
        dock = opened(qtbot, window, atlas)
    assert len(threads) == 3 and threading.get_ident() not in threads
    assert len(previews_in(previews.folder)) == 3
    assert all(cell(dock, e, Column.MAP).data(Qt.ItemDataRole.DecorationRole) is not None
               for e in ("lifecycle.journey", "lifecycle-future.journey", "support-call.journey"))
    dock.select_entry("support-call.journey")
    assert dock.preview.isVisible() and dock.preview.pixmap().width() == PREVIEW_SIZE.width()


def test_an_unchanged_map_is_not_drawn_again_and_a_changed_one_is(qtbot, window, atlas, monkeypatch):
    previews = window.atlas_window.previews
    with qtbot.waitSignals([previews.ready] * 3, timeout=20000):
        opened(qtbot, window, atlas)
    before = previews_in(previews.folder)
    drawn = []
    original = atlas_previews.draw_preview
    monkeypatch.setattr(atlas_previews, "draw_preview", lambda journey, size=PREVIEW_SIZE: drawn.append(journey.title)
                        or original(journey, size))
    window.atlas_window.previews.forget()  # as after a restart: the pictures come from the cache folder
    with qtbot.waitSignals([previews.ready] * 3, timeout=20000):
        opened(qtbot, window, atlas)
    assert drawn == [] and previews_in(previews.folder) == before

    journey = load(atlas.parent / "support-call.journey", MAP_FORMAT).document
    journey.title = "Changed"
    save(atlas.parent / "support-call.journey", journey)
    with qtbot.waitSignal(previews.ready, timeout=20000):
        window.atlas_dock.refresh()
    assert drawn == ["Changed"]
    after = previews_in(previews.folder)
    assert len(after) == 3 and after != before  # the old picture of the changed map was deleted


def test_the_cache_name_follows_path_size_and_time(tmp_path):
    first = PreviewRequest("a.journey", "/x/a.journey", 10, 1)
    assert preview_file(tmp_path, first) == preview_file(tmp_path, PreviewRequest("b", "/x/a.journey", 10, 1))
    assert preview_file(tmp_path, first) != preview_file(tmp_path, PreviewRequest("a", "/x/a.journey", 10, 2))
    assert preview_file(tmp_path, first) != preview_file(tmp_path, PreviewRequest("a", "/x/a.journey", 11, 1))
    assert preview_file(tmp_path, first) != preview_file(tmp_path, PreviewRequest("a", "/y/a.journey", 10, 1))


# --- columns -------------------------------------------------------------------------------------


def test_personas_have_a_column_and_titles_a_tooltip_with_state(qtbot, window, atlas):
    dock = opened(qtbot, window, atlas)
    personas = cell(dock, "lifecycle.journey", Column.PERSONAS).text()
    meta = dock.index.info("lifecycle.journey").personas
    assert meta and personas == ", ".join(meta)
    title = cell(dock, "lifecycle-future.journey", Column.MAP)
    assert title.toolTip().startswith(title.text()) and "Future" in title.toolTip()
    assert cell(dock, "lifecycle-future.journey", Column.STATE).text() == "Future"


def test_a_long_title_wraps_onto_a_second_line_in_a_narrow_dock(qtbot, window, atlas):
    # "Broadband…ent state" (one line, elided in the middle) was unreadable at the first-run width
    dock = opened(qtbot, window, atlas)
    assert dock.tree.wordWrap()
    assert dock.tree.textElideMode() == Qt.TextElideMode.ElideRight  # what does not fit two lines ends in "…"
    title = cell(dock, "lifecycle.journey", Column.MAP)
    row = dock.tree.visualRect(title.index())
    assert row.height() >= 2 * dock.tree.fontMetrics().lineSpacing(), "room for two lines of title"


# --- the stale setting ---------------------------------------------------------------------------


def test_the_stale_flag_follows_the_users_setting(qtbot, window, atlas):
    old = time.time() - 40 * 86400
    file = atlas.parent / "support-call.journey"
    journey = load(file, MAP_FORMAT).document
    journey.modified = None
    journey.review_by = None
    save(file, journey)
    os.utime(file, (old, old))
    dock = opened(qtbot, window, atlas)
    assert "Stale" not in cell(dock, "support-call.journey", Column.FLAGS).text()
    window.settings.setValue("atlas/stale_days", 30)
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        dock.refresh()
    flags = cell(dock, "support-call.journey", Column.FLAGS)
    assert "Stale" in flags.text() and "40 days" in flags.toolTip()


def test_a_bad_stale_setting_falls_back_to_180_days(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert stale_days(settings) == 180
    settings.setValue("atlas/stale_days", "soon")
    assert stale_days(settings) == 180
    settings.setValue("atlas/stale_days", "45")
    assert stale_days(settings) == 45


# --- refreshing ----------------------------------------------------------------------------------


def test_a_colleagues_change_to_the_atlas_file_shows_without_asking(qtbot, window, atlas):
    dock = opened(qtbot, window, atlas)
    dock.select_entry("support-call.journey")
    save(atlas.parent / "new.journey", small_map())
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        AtlasEditor.open(atlas).add([atlas.parent / "new.journey"], group="Support")
    qtbot.waitUntil(lambda: dock.model.row_of("new.journey") is not None, timeout=10000)
    assert dock.current_entry() == "support-call.journey"  # the selection stays


def test_saving_a_map_in_the_editor_updates_its_row(qtbot, window, atlas):
    from journeymapper.editor import edits

    dock = opened(qtbot, window, atlas)
    tab = window.file_commands.open_path(atlas.parent / "support-call.journey")
    qtbot.waitUntil(lambda: "on" in cell(dock, "support-call.journey", Column.OPEN_BY).text(), timeout=10000)
    edits.set_map_fields(tab.document, owner="Robin Example")
    window.file_commands.save(tab)
    qtbot.waitUntil(lambda: cell(dock, "support-call.journey", Column.OWNER).text() == "Robin Example", timeout=10000)


def test_coming_back_to_the_window_reads_the_atlas_again(qtbot, window, atlas, monkeypatch):
    from journeymapper.ui import atlas_watch

    dock = opened(qtbot, window, atlas)
    watch = window.atlas_window.watch
    monkeypatch.setattr(atlas_watch, "ACTIVATION_GAP_S", 0.0)
    monkeypatch.setattr(window, "isActiveWindow", lambda: True)
    with qtbot.waitSignal(dock.scanned, timeout=10000):
        watch.eventFilter(window, QEvent(QEvent.Type.ActivationChange))
    assert watch.refreshes >= 1
    assert str(atlas) in watch.watched() and str(atlas.parent) in watch.watched()


# --- export and owners ---------------------------------------------------------------------------


def test_file_export_atlas_as_pdf_writes_every_map_in_the_background(qtbot, window, atlas, tmp_path, monkeypatch):
    action = window.atlas_window.export_action
    assert not action.isEnabled()
    opened(qtbot, window, atlas)
    assert action.isEnabled() and action in window.findChild(type(window.menus[0]), "export_menu").actions()
    out = tmp_path / "atlas.pdf"
    monkeypatch.setattr(export_prompts, "ask_export_path", lambda parent, suggested, kind: out)
    action.trigger()
    task = window.export_commands.task
    assert task is not None and task.wait(60)
    qtbot.waitUntil(lambda: window.export_commands.task is None, timeout=10000)
    assert out.read_bytes().startswith(b"%PDF")
    assert "pages" in window.statusBar().currentMessage() and str(out) in window.statusBar().currentMessage()


def test_a_damaged_atlas_export_names_the_file(qtbot, window, atlas, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(export_prompts, "show_export_error", lambda parent, path, reason: shown.append((path, reason)))
    atlas.write_text("{ not json")
    task = window.export_commands.start_atlas_pdf(atlas, tmp_path / "out.pdf", window.export_commands.options)
    assert task.wait(20)
    qtbot.waitUntil(lambda: bool(shown) and window.export_commands.task is None, timeout=10000)
    assert shown and shown[0][0] == tmp_path / "out.pdf" and "broadband.atlas" in shown[0][1]
    assert not (tmp_path / "out.pdf").exists()


def test_the_owner_editor_completes_owners_from_the_whole_atlas(qtbot, window, atlas):
    from journeymapper.ui.owners import owner_completer

    file = atlas.parent / "support-call.journey"
    support = load(file, MAP_FORMAT).document
    support.actions[0].owner = "Zed Onlyinsupport"
    save(file, support)
    opened(qtbot, window, atlas)
    window.file_commands.open_path(atlas.parent / "lifecycle.journey")  # support-call.journey is not open
    owners = window.action_panel.owners()
    assert "Zed Onlyinsupport" in owners
    lifecycle = load(atlas.parent / "lifecycle.journey", MAP_FORMAT).document
    assert lifecycle.actions[0].owner in owners and len(owners) == len({o.casefold() for o in owners})
    completer = owner_completer(owners, window)
    completer.setCompletionPrefix("onlyin")
    assert completer.currentCompletion() == "Zed Onlyinsupport"


def test_saving_a_map_updates_its_row_even_where_the_folder_is_not_watched(qtbot, window, atlas, monkeypatch):
    from journeymapper.editor import edits

    watch = window.atlas_window.watch
    monkeypatch.setattr(watch.watcher, "addPaths", lambda paths: paths)  # a share that reports nothing
    dock = opened(qtbot, window, atlas)
    assert watch.watched() == []
    tab = window.file_commands.open_path(atlas.parent / "support-call.journey")
    edits.set_map_fields(tab.document, owner="Robin Example")
    window.file_commands.save(tab)
    qtbot.waitUntil(lambda: cell(dock, "support-call.journey", Column.OWNER).text() == "Robin Example", timeout=10000)


def test_closing_while_previews_are_drawn_does_not_wait_for_the_rest(qtbot, tmp_path, monkeypatch):
    """The pool waits for its job when destroyed: the job must be told to stop, or closing hangs for the whole list."""
    from types import SimpleNamespace

    from PySide6.QtCore import QObject

    started = threading.Event()

    def slow_drawing(folder, request):  # noqa: ANN001, ANN202
        started.set()
        time.sleep(0.05)
        return None

    monkeypatch.setattr(atlas_previews, "cached_or_drawn", slow_drawing)
    owner = QObject()
    previews = atlas_previews.AtlasPreviews(owner, tmp_path)
    entries = [SimpleNamespace(path=f"m{i}.journey", readable=True, link=SimpleNamespace(file=tmp_path / f"m{i}"),
                               read=SimpleNamespace(size=1, mtime_ns=1)) for i in range(200)]
    assert previews.start(entries) == 200
    assert started.wait(5)
    begun = time.perf_counter()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not previews.pool.activeThreadCount() if _alive(previews) else True, timeout=3000)
    assert time.perf_counter() - begun < 2.0  # the whole list would take 10 s


def _alive(obj: Any) -> bool:
    from shiboken6 import isValid

    return isValid(obj)
