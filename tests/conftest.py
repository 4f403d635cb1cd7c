"""Test configuration: offscreen Qt, and no test ever touches the user's real files."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point settings, data, cache and config folders into a temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(folder))
    monkeypatch.setenv("JOURNEYMAPPER_AUTOSAVE", "0")
    monkeypatch.setenv("JOURNEYMAPPER_WELCOME", "0")  # every test is a first start: no welcome unless asked
    return home


@pytest.fixture(scope="session")
def qapp_cls():  # noqa: ANN201 - pytest-qt's hook fixture
    """The app's own QApplication subclass (it takes the system's file-open events), as in a real run."""
    from journeymapper.app import Application

    return Application


@pytest.fixture(scope="session", autouse=True)
def bundled_resources_untouched():
    """No test (and so no code path it drives) may write beside the installed examples and templates.

    The bundled files are opened as untitled copies; a lock, backup or
    recovery file appearing in ``resources/`` means some path opened the
    real file for editing, which an installed, read-only copy would refuse.
    """
    from pathlib import Path

    resources = Path(__file__).resolve().parent.parent / "resources"

    def listing() -> set[str]:
        return {str(path.relative_to(resources)) for path in resources.rglob("*")}

    before = listing()
    yield
    appeared = listing() - before
    assert not appeared, f"tests wrote into resources/: {sorted(appeared)}"


@pytest.fixture(autouse=True)
def unfrozen_collector():
    """The window freezes open maps out of garbage collection (ui/memory.py); tests hand them back after each test
    so that one test's leftovers are collected as usual and never pile up across the suite."""
    yield
    import gc

    gc.unfreeze()
