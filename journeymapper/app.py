"""The GUI entry point: the application object, its fonts and translations, and the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from . import __version__
from .resources import resource_path

if TYPE_CHECKING:
    from .store.session import Session

FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def create_application() -> QApplication:
    """The QApplication (reused if one exists), named so settings land in the right place."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("JourneyMapper")
    app.setOrganizationName("JourneyMapper")
    app.setApplicationDisplayName("JourneyMapper")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.journeymapper.JourneyMapper")  # resources/linux/*.desktop
    register_fonts()
    install_translations(app)
    return app  # type: ignore[return-value]


def register_fonts() -> list[int]:
    """Make the bundled fonts (the ones the PDF embeds) available to Qt; returns font ids."""
    ids = []
    for name in FONTS:
        try:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        except FileNotFoundError:
            continue
        if font_id >= 0:
            ids.append(font_id)
    return ids


def install_translations(app: QApplication) -> None:
    """Qt's own translations for the user's language (standard buttons, dialogs)."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(), "qtbase", "_", folder):
        app.installTranslator(translator)


def run_app(files: list[Path]) -> int:
    """Open the files given (or the bundled example) in a main window and run until it closes.

    The run is marked in the recovery folder while it lasts (``Session``): if it
    is killed, the next start finds the mark and offers the autosaved work.
    """
    app = create_application()
    from .ui import MainWindow
    from .ui.autosave_driver import AutosaveDriver
    from .ui.recovery_check import check_for_recoveries

    session = start_session()
    window = MainWindow(autosave=AutosaveDriver(session=session.id if session else ""))
    window.show()
    window.file_commands.open_paths([Path(f) for f in files])
    check_for_recoveries(window)
    code = app.exec()
    if session is not None:
        session.end()  # a clean exit: nothing to offer next time
    return code


def start_session() -> "Optional[Session]":
    """This run's clean-exit marker; None when the data folder cannot be written (no recovery then)."""
    from .store.recovery import recovery_dir
    from .store.session import Session

    try:
        return Session.start(recovery_dir())
    except OSError:
        return None
