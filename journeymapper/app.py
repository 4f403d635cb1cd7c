"""The GUI entry point: the application object, its fonts and translations, and the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QFileOpenEvent, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from . import __version__
from .resources import resource_path

if TYPE_CHECKING:
    from .store.session import Session
    from .ui import MainWindow

FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


class Application(QApplication):
    """The app object, which also takes the files the system hands over.

    A Mac's double-click or Open With arrives as a ``QFileOpenEvent`` sent to
    the application object itself. Overriding ``event`` here sees only that
    object's events; an event filter on the application would see every event
    of every object in Python, slow, and live on after its window.
    """

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.file_open_handler: Optional["FileOpenHandler"] = None

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt's name
        if (event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent)
                and self.file_open_handler is not None):
            name = event.file() or event.url().toLocalFile()
            if name:
                self.file_open_handler.receive([Path(name)])
                return True
        return super().event(event)


def create_application() -> QApplication:
    """The QApplication (reused if one exists), named so settings land in the right place."""
    app = QApplication.instance() or Application(sys.argv[:1])
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


def install_translations(app: QApplication, locale: Optional[QLocale] = None) -> list[QTranslator]:
    """Qt's own translations for the user's language (standard buttons, dialogs), then ours.

    Ours are ``resources/translations/journeymapper_LANG.qm``, compiled from the
    ``.ts`` files translators fill in (``python -m journeymapper.i18n``).
    Returns the translators installed.
    """
    from .i18n import translations_folder

    locale = locale or QLocale()
    installed = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("journeymapper", str(translations_folder()))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


class FileOpenHandler(QObject):
    """Files the system hands over (``Application.event``), held until the window can take them.

    The event can come before the window exists (it is what starts the app on
    a Mac): such files wait in ``pending`` until ``deliver_to`` names where they go.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.pending: list[Path] = []
        self._target: Optional[Callable[[list[Path]], None]] = None
        if isinstance(app, Application):
            app.file_open_handler = self

    def receive(self, paths: list[Path]) -> None:
        if self._target is None:
            self.pending.extend(paths)
        else:
            self._target(paths)

    def detach(self, app: QApplication) -> None:
        """Stop taking files (the window they went to is closing)."""
        self._target = None
        if isinstance(app, Application) and app.file_open_handler is self:
            app.file_open_handler = None

    def take_pending(self) -> list[Path]:
        taken, self.pending = self.pending, []
        return taken

    def deliver_to(self, target: Callable[[list[Path]], None]) -> None:
        """From now on files go to ``target``; any that came before go there now."""
        self._target = target
        waiting = self.take_pending()
        if waiting:
            target(waiting)


def bring_forward(window: QWidget) -> None:
    """Show the window in front (restored if minimised), as a second launch expects."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def open_handed_over(window: "MainWindow", paths: list[Path]) -> None:
    """Files from the system or a second launch: the window comes forward and opens each in a tab."""
    bring_forward(window)
    for path in paths:
        window.file_commands.open_path(path)


def run_app(files: list[Path], new_instance: bool = False) -> int:
    """Open the files given (or the bundled example) in a main window and run until it closes.

    With the app already running for this user, the files go to its window
    and this process ends at once (``new_instance`` opts out). The run is
    marked in the recovery folder while it lasts (``Session``): if it is
    killed, the next start finds the mark and offers the autosaved work. A
    first start without files shows the welcome over the example.
    """
    app = create_application()
    handler = FileOpenHandler(app)
    from .ui.single_instance import InstanceServer, hand_over

    if not new_instance and hand_over(files):
        return 0
    from .ui import MainWindow
    from .ui.appearance import apply_color_scheme
    from .ui.autosave_driver import AutosaveDriver
    from .ui.preferences_store import AUTOSAVE_IDLE, AUTOSAVE_INTERVAL, COLOR_SCHEME
    from .ui.recent import default_settings
    from .ui.recovery_check import check_for_recoveries
    from .ui.welcome import show_at_start

    settings = default_settings()
    apply_color_scheme(app, COLOR_SCHEME.read(settings))
    session = start_session()
    autosave = AutosaveDriver(session=session.id if session else "", idle=AUTOSAVE_IDLE.read(settings),
                              interval=AUTOSAVE_INTERVAL.read(settings))
    window = MainWindow(settings=settings, autosave=autosave)
    if not new_instance:
        server = InstanceServer(parent=window)  # goes with the window
        if server.listen():
            server.files_received.connect(lambda paths: open_handed_over(window, paths))
    window.show()
    files = [Path(f) for f in files] + handler.take_pending()
    window.file_commands.open_paths(files)
    handler.deliver_to(lambda paths: open_handed_over(window, paths))
    check_for_recoveries(window)
    show_at_start(window, files)
    try:
        code = app.exec()
    finally:
        handler.detach(app)  # no later file-open event reaches this window
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
