"""Opening and saving a large map on a slow file layer keep the window responsive.

A timer ticks every 10 ms while the operation runs; the largest gap between
ticks is how long the window stalled. The file layer sleeps 200 ms before each
operation (a slow share), so an operation done on the UI thread would stall it
for at least that long. The limit is 100 ms; the assertion allows 150 ms for a
busy test machine.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from journeymapper.editor import edits
from journeymapper.store import load_map, save
from test_ui_support import check_every_edit, fast_hooks, no_real_dialogs, window  # noqa: F401

sys.path.insert(0, str(Path(__file__).parent / "bench"))
from generate import generate_map  # noqa: E402

LIMIT = 0.150


class StallMeter:
    """Largest gap between ticks of a 10 ms timer, from ``start`` to ``stop``."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.ticks: list[float] = []
        self.stopped = 0.0

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def start(self) -> None:
        gc.collect()
        self.ticks = [time.perf_counter()]
        self.timer.start()

    def stop(self) -> None:
        if not self.stopped:
            self.stopped = time.perf_counter()
            self.timer.stop()

    @property
    def largest_gap(self) -> float:
        moments = self.ticks + [self.stopped]
        return max(b - a for a, b in zip(moments, moments[1:]))


@pytest.fixture(scope="module")
def large_map_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.journey"
    save(path, generate_map(3000))
    return path


@pytest.fixture
def slow_window(window):
    calls = []

    def slow(operation: str, path: Path) -> None:
        calls.append(operation)
        time.sleep(0.2)

    window.file_commands.hooks = fast_hooks(before_io=slow)
    window.slow_calls = calls
    return window


def test_opening_a_large_map_on_a_slow_share_keeps_the_window_live(slow_window, large_map_file, qtbot, monkeypatch):
    meter = StallMeter()
    building = slow_window.add_document

    def add_document(document):  # the file's part is over: the canvas is built from here on
        meter.stop()
        return building(document)

    monkeypatch.setattr(slow_window, "add_document", add_document)
    meter.start()
    qtbot.wait(30)
    started = time.perf_counter()
    tab = slow_window.file_commands.open_path(large_map_file)
    took = time.perf_counter() - started
    assert tab is not None and len(tab.document.journey.cards) == 3000
    assert "open" in slow_window.slow_calls and "lock" in slow_window.slow_calls
    print(f"\nopen: {took:.2f} s, largest stall while reading {meter.largest_gap * 1000:.0f} ms")
    assert took > 0.4, "the slow layer was in the way"
    assert meter.largest_gap < LIMIT


def test_saving_a_large_map_on_a_slow_share_keeps_the_window_live(slow_window, large_map_file, qtbot):
    tab = slow_window.file_commands.open_path(large_map_file)
    card = tab.document.journey.cards[0]
    edits.set_card_fields(tab.document, card.id, text="Saved while the window stayed live")
    meter = StallMeter()
    meter.start()
    qtbot.wait(30)
    started = time.perf_counter()
    assert slow_window.file_commands.save(tab)
    took = time.perf_counter() - started
    meter.stop()
    print(f"\nsave: {took:.2f} s, largest stall {meter.largest_gap * 1000:.0f} ms")
    assert not tab.document.modified
    assert load_map(large_map_file).cards[0].text == "Saved while the window stayed live"
    assert meter.largest_gap < LIMIT


def test_a_check_for_changes_keeps_the_window_live(slow_window, large_map_file, qtbot):
    tab = slow_window.file_commands.open_path(large_map_file)
    meter = StallMeter()
    meter.start()
    qtbot.wait(30)
    assert tab.watch.check_now()
    qtbot.waitUntil(lambda: tab.watch.queue.pending == 0)
    meter.stop()
    assert tab.banner.isHidden()
    assert meter.largest_gap < LIMIT


def test_a_slow_save_shows_its_progress_with_the_file_name(window, map_file_for_progress, qtbot, monkeypatch):
    from journeymapper.ui import io_worker

    monkeypatch.setattr(io_worker, "PROGRESS_AFTER_MS", 50)
    window.file_commands.hooks = fast_hooks(before_io=lambda operation, path: time.sleep(0.3))
    tab = window.file_commands.open_path(map_file_for_progress)
    edits.set_card_fields(tab.document, "card-ad", text="Radio advert")
    seen = []
    probe = QTimer()
    probe.timeout.connect(lambda: seen.append(window.file_commands.progress.label.text())
                          if window.file_commands.progress.isVisible() else None)
    probe.start(10)
    assert window.file_commands.save(tab)
    probe.stop()
    assert "Saving progress.journey…" in seen
    assert not window.file_commands.progress.isVisible()


@pytest.fixture
def map_file_for_progress(tmp_path) -> Path:
    from test_ui_support import small_map

    path = tmp_path / "progress.journey"
    save(path, small_map())
    return path
