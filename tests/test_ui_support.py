"""Shared pieces of the window tests: a small map on disk, a window with isolated settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from journeymapper.canvas.view import MapView
from journeymapper.editor import document as document_module
from journeymapper.editor.selection import Selection
from journeymapper.model import Card, EmotionScore, JourneyMap, Lane, LaneKind, Persona, Stage
from journeymapper.store import FileHooks, save
from journeymapper.ui import MainWindow, file_dialogs, lock_dialog


def select(view: MapView, selection: Selection) -> None:
    """Select cards, a stage, a lane or an emotion point on the canvas, as a click would."""
    scene = view.map_scene
    if selection.kind == "cards":
        view.select_cards(list(selection.ids))
    elif selection.kind == "stage":
        scene.select_stage(selection.single)
    elif selection.kind == "lane":
        scene.select_lane(selection.single)
    elif selection.kind == "emotion":
        scene.select_emotion(selection.single)
    else:
        view.clear_selection()


def small_map() -> JourneyMap:
    stages = [Stage(id="stage-aware", name="Aware"), Stage(id="stage-buy", name="Buy"), Stage(id="stage-use", name="Use")]
    lanes = [
        Lane(id="lane-touch", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
        Lane(id="lane-pain", kind=LaneKind.PAIN_POINTS, title="Pain points"),
    ]
    cards = [
        Card(id="card-ad", lane="lane-touch", stage="stage-aware", order=0, text="Billboard advert"),
        Card(id="card-web", lane="lane-touch", stage="stage-buy", order=0, text="Website checkout", notes="slow page"),
        Card(id="card-wait", lane="lane-pain", stage="stage-buy", order=0, text="Long wait", notes="Checkout queue"),
        Card(id="card-app", lane="lane-touch", stage="stage-use", order=0, text="Mobile app"),
        Card(id="card-slow", lane="lane-pain", stage="stage-use", order=0, text="Slow router", notes=""),
    ]
    return JourneyMap(
        id="map-small",
        title="Broadband sign-up",
        personas=[Persona(id="persona-ana", name="Ana")],
        stages=stages,
        lanes=lanes,
        cards=cards,
        emotions=[EmotionScore(stage="stage-aware", persona="persona-ana", value=1, label="curious")],
    )


@pytest.fixture(autouse=True)
def check_every_edit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_module, "CHECK_EVERY_EDIT", True)


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blocking dialog would hang the tests: closing discards, and asking for a path fails loudly."""
    monkeypatch.setattr(file_dialogs, "ask_save_changes", lambda parent, name: file_dialogs.Button.Discard)

    def unexpected(*args: Any) -> Any:
        raise AssertionError(f"unexpected dialog: {args[1:]}")

    monkeypatch.setattr(file_dialogs, "ask_save_path", unexpected)
    monkeypatch.setattr(file_dialogs, "ask_open_paths", unexpected)
    monkeypatch.setattr(file_dialogs, "ask_save_as_after_failure", unexpected)
    monkeypatch.setattr(file_dialogs, "ask_reload_discarding", unexpected)
    monkeypatch.setattr(lock_dialog, "ask_lock_choice", unexpected)


def fast_hooks(**changes: Any) -> FileHooks:
    """A file layer without the pauses meant for a slow share (a local temporary folder answers at once)."""
    return FileHooks(sleep=lambda seconds: None, check_retries=1, check_delay=0, lock_settle=0, **changes)


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "signup.journey"
    save(path, small_map())
    return path


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings=settings)
    main.file_commands.hooks = fast_hooks()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main
