"""The main window: one tab per open map, its title and modified marker, and close prompts.

The window owns the tabs and wires the parts together (actions, inspector,
find bar, palette); the commands themselves live in ``file_commands`` and
``edit_commands``. The modified marker is the undo stack's clean state. Each
tab shows its map under a banner about its file, watched by a ``FileWatch``;
closing a tab releases the file's lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget

from ..editor import MapDocument
from . import file_dialogs
from .action_panel import ActionPanel
from .actions import Actions, build_menus, keep_toggle_mnemonic
from .workshop import install_workshop
from .import_commands import install_imports
from .atlas_navigation import install_atlas_navigation
from .preferences_dialog import install_preferences
from .welcome import install_welcome
from .autosave_driver import AutosaveDriver
from .conflict_banner import FileBanner
from .conflict_commands import ConflictCommands
from .edit_commands import EditCommands, clipboard_has_text
from .export_commands import ExportCommands
from .file_commands import FileCommands
from .file_watch import FileWatch
from .find_bar import FindBar
from .help import AboutDialog, ShortcutsDialog
from .inspector import Inspector
from .io_worker import IoQueue
from .opening import same_file
from .atlas_dock import AtlasDock
from .atlas_window import install_atlas_window
from .personas_panel import install_personas
from .snapshot_commands import install_snapshots
from .future_state import install_future_state
from .memory import collect_closed_map, freeze_open_maps
from .palette import PaletteDock
from .split_view import SplitPanes
from .recent import RecentFiles, RecentMenu, default_settings

ViewFactory = Callable[[MapDocument, Any, QWidget], Any]
"""Builds the canvas of a tab: ``(document, measurer, parent) -> MapView``."""

Button = file_dialogs.Button


def tr(text: str) -> str:
    return QCoreApplication.translate("main_window", text)


def canvas_view(document: MapDocument, measurer: Any, parent: QWidget) -> Any:
    from ..canvas.view import MapView

    return MapView(document, measurer, parent)


@dataclass(eq=False)
class Tab:
    """One open map: its document, the canvas showing it, and the watch on its file."""

    document: MapDocument
    view: Any
    page: QWidget
    """The tab's page: the file banner above the canvas."""
    banner: FileBanner
    watch: FileWatch


class MainWindow(QMainWindow):
    """Maps in tabs, with menus, inspector, palette and find bar."""

    tab_added = Signal(object)
    """A map was shown in a new tab (the Tab), for features that add to every canvas."""

    def __init__(
        self,
        settings: Optional[QSettings] = None,
        view_factory: Optional[ViewFactory] = None,
        autosave: Optional[AutosaveDriver] = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings or default_settings()
        self._view_factory = view_factory or canvas_view
        self._measurer: Any = None
        self._tabs: list[Tab] = []
        self._dialogs: dict[str, QWidget] = {}
        self.undo_group = QUndoGroup(self)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Open maps"))
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.panes = SplitPanes(self, self.tabs)
        """The tab widgets: ``tabs`` and, for maps side by side, a second one (``split_view``)."""
        self.find_bar = FindBar()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.panes.splitter, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)

        self.inspector = Inspector(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.palette_dock = PaletteDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self.atlas_dock = AtlasDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.atlas_dock)
        self.tabifyDockWidget(self.palette_dock, self.atlas_dock)
        self.palette_dock.raise_()
        self.action_panel = ActionPanel(self, journeys=lambda: [tab.document.journey for tab in self._tabs])
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.action_panel)

        self.recent = RecentFiles(self.settings, self)
        self.recent_menu = RecentMenu(self.recent, self)
        self.commands = Actions(self, self.undo_group)
        self.menus = build_menus(self.menuBar(), self.commands, self.recent_menu)
        self.menus[2].addSeparator()
        self.menus[2].addActions([self.palette_dock.toggleViewAction(), self.atlas_dock.toggleViewAction(),
                                  self.inspector.toggleViewAction(),
                                  self.action_panel.toggleViewAction()])
        for dock, letter in ((self.palette_dock, "l"), (self.atlas_dock, "a"), (self.inspector, "n"),
                             (self.action_panel, "t")):  # letters no other View command has
            keep_toggle_mnemonic(dock, letter)
        self.file_commands = FileCommands(self, self.recent)
        self.conflicts = ConflictCommands(self)
        self.autosave = autosave if autosave is not None else AutosaveDriver()
        self.autosave.setParent(self)
        self.autosave.problem.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.edit_commands = EditCommands(self)
        self.export_commands = ExportCommands(self)
        self.context_menu = QMenu(self)
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName(tr("Zoom level"))
        self.statusBar().addPermanentWidget(self.zoom_label)
        self._connect()
        self.workshop = install_workshop(self)
        self.imports = install_imports(self)
        self.navigation = install_atlas_navigation(self)
        self.preferences = install_preferences(self)
        self.welcome = install_welcome(self)
        self.atlas_window = install_atlas_window(self)
        self.personas_panel = install_personas(self)
        self.snapshots = install_snapshots(self)
        self.future_state = install_future_state(self)
        self.resize(1200, 800)
        self._restore_layout()
        self._current_changed()

    def _connect(self) -> None:
        c, files, edit = self.commands, self.file_commands, self.edit_commands
        c.new.triggered.connect(files.new_map)
        c.open.triggered.connect(files.open_dialog)
        c.save.triggered.connect(lambda: files.save())
        c.save_as.triggered.connect(lambda: files.save_as())
        c.close.triggered.connect(lambda: self.close_current_tab())
        c.quit.triggered.connect(self.close)
        c.cut.triggered.connect(edit.cut)
        c.copy.triggered.connect(edit.copy)
        c.paste.triggered.connect(edit.paste)
        c.duplicate.triggered.connect(edit.duplicate)
        c.delete.triggered.connect(edit.delete)
        c.select_all.triggered.connect(edit.select_all)
        c.find.triggered.connect(self.find_bar.show_find)
        c.replace.triggered.connect(self.find_bar.show_replace)
        c.find_next.triggered.connect(self.find_bar.find_next)
        c.find_previous.triggered.connect(self.find_bar.find_previous)
        for action, how in (
            (c.zoom_in, "zoom_in"), (c.zoom_out, "zoom_out"), (c.zoom_fit, "zoom_to_fit"), (c.zoom_reset, "zoom_reset"),
        ):
            action.triggered.connect(lambda _checked=False, h=how: edit.zoom(h))
        c.insert_card.triggered.connect(edit.insert_card)
        c.insert_stage.triggered.connect(edit.insert_stage)
        for kind, action in c.insert_lanes.items():
            action.triggered.connect(lambda _checked=False, k=kind: edit.insert_lane(k))
        c.add_action.triggered.connect(lambda: self.action_panel.add_from_selection())
        exports = self.export_commands
        c.export_pdf.triggered.connect(lambda: exports.export_pdf())
        c.export_csv.triggered.connect(lambda: exports.export_csv())
        c.export_png.triggered.connect(lambda: exports.export_image("png"))
        c.export_svg.triggered.connect(lambda: exports.export_image("svg"))
        c.print_map.triggered.connect(lambda: exports.print_map())
        self.action_panel.problem.connect(lambda text: self.statusBar().showMessage(text, 8000))
        c.shortcuts_help.triggered.connect(lambda: self._show_dialog("shortcuts", lambda: ShortcutsDialog(self.menus, self)))
        c.about.triggered.connect(lambda: self._show_dialog("about", lambda: AboutDialog(self)))
        self.recent_menu.open_requested.connect(files.open_path)
        self.palette_dock.insert_card_requested.connect(edit.insert_card)
        self.atlas_dock.open_requested.connect(files.open_from_atlas)
        self.palette_dock.insert_lane_requested.connect(edit.insert_lane)
        self.inspector.problem.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.panes.current_changed.connect(self._current_changed)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.panes.second.tabCloseRequested.connect(lambda index: self.close_tab(index, self.panes.second))
        QApplication.clipboard().dataChanged.connect(self.update_edit_actions)
        self.menus[1].aboutToShow.connect(self.update_edit_actions)  # a clipboard some platforms do not report
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    # --- tabs -----------------------------------------------------------------------

    @property
    def measurer(self) -> Any:
        """One text measurer shared by every canvas (fonts are read once)."""
        if self._measurer is None:
            from ..layout.fonts import default_measurer

            self._measurer = default_measurer()  # the PDF export's measurer too: same line breaks
        return self._measurer

    def tab_list(self) -> list[Tab]:
        """Every open map, the left pane's tabs first."""
        return [self._tab_of(page) for page in self.panes.pages()]  # type: ignore[misc]

    def _tab_of(self, widget: Optional[QWidget]) -> Optional[Tab]:
        return next((tab for tab in self._tabs if tab.page is widget), None)

    def current_tab(self) -> Optional[Tab]:
        return self._tab_of(self.panes.current_page())

    def tab_for_path(self, path: Path) -> Optional[Tab]:
        return next((tab for tab in self._tabs if same_file(tab.document.path, path)), None)

    def show_tab(self, tab: Tab) -> None:
        self.panes.show_page(tab.page)
        tab.view.setFocus()

    def add_document(self, document: MapDocument) -> Tab:
        """Show a document in a new tab and make it current."""
        document.setParent(self)
        page = QWidget(self.tabs)
        page.setAccessibleName(tr("Map"))
        banner = FileBanner(page)
        view = self._view_factory(document, self.measurer, page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(banner)
        layout.addWidget(view, 1)
        queue = IoQueue(page, self.file_commands.progress)
        queue.problem.connect(lambda text: self.statusBar().showMessage(text, 8000))
        tab = Tab(document, view, page, banner, FileWatch(document.file, queue, page))
        self._tabs.append(tab)
        self.undo_group.addStack(document.undo_stack)
        document.file_changed.connect(lambda: self.update_tab(tab))
        document.changed.connect(lambda _change: self.update_tab(tab))
        view.context_menu_requested.connect(self.show_context_menu)
        view.selection_changed.connect(lambda _selection: self.update_edit_actions())
        view.zoom_changed.connect(lambda _factor: self._show_zoom())
        self.conflicts.attach(tab)
        self.autosave.watch(document)
        self.tabs.addTab(page, "")
        self.update_tab(tab)
        self.show_tab(tab)
        self.tab_added.emit(tab)
        freeze_open_maps()
        return tab

    def update_tab(self, tab: Tab) -> None:
        """Tab text, tooltip and window title from the document's name and modified state."""
        tabs = self.panes.tab_widget_of(tab.page)
        if tabs is None:
            return
        index = tabs.indexOf(tab.page)
        name = tab.document.display_name
        tabs.setTabText(index, name + ("*" if tab.document.modified else ""))
        tabs.setTabToolTip(index, str(tab.document.path) if tab.document.path else tr("Not saved yet"))
        if tab is self.current_tab():
            self._update_title()

    def _update_title(self) -> None:
        tab = self.current_tab()
        if tab is None:
            self.setWindowTitle("JourneyMapper")
            self.setWindowModified(False)
            return
        self.setWindowTitle(tr("%1[*] — JourneyMapper").replace("%1", tab.document.display_name))
        self.setWindowModified(tab.document.modified)

    def displayed_title(self) -> str:
        """The title as the window system shows it (``[*]`` replaced by the modified marker)."""
        return self.windowTitle().replace("[*]", "*" if self.isWindowModified() else "")

    def _current_changed(self) -> None:
        tab = self.current_tab()
        document, view = (tab.document, tab.view) if tab else (None, None)
        if document is not None:
            self.undo_group.setActiveStack(document.undo_stack)
        self.inspector.set_target(document, view)
        self.find_bar.set_target(document, view)
        self.action_panel.set_target(document, view)
        for action in self.commands.document_actions():
            action.setEnabled(tab is not None)
        self.update_edit_actions()
        self._update_title()
        self._show_zoom()

    def update_edit_actions(self) -> None:
        """Cut, Copy, Duplicate and Delete only with something selected, Paste only with something to
        paste; while a text field has the focus the commands are the field's (see ``EditCommands``)."""
        c, tab = self.commands, self.current_tab()
        if tab is None:
            return  # every document action is already off
        typing = self.edit_commands.text_input() is not None
        selection = tab.view.selection()
        cards = selection.kind == "cards" and bool(selection.ids)
        c.cut.setEnabled(typing or cards)
        c.copy.setEnabled(typing or cards)
        c.duplicate.setEnabled(cards)
        c.delete.setEnabled(typing or cards or (selection.kind in ("stage", "lane", "emotion")
                                                and selection.single is not None))
        c.paste.setEnabled(clipboard_has_text() if typing else tab.view.can_paste())

    def _focus_moved(self, _old: Optional[QWidget], now: Optional[QWidget]) -> None:
        """Into or out of a text field: the Edit commands change target (a menu popping up is no move)."""
        if now is not None and now.window().windowType() != Qt.WindowType.Popup:
            self.update_edit_actions()

    def _show_zoom(self) -> None:
        tab = self.current_tab()
        self.zoom_label.setText(f"{round(tab.view.zoom_factor() * 100)} %" if tab is not None else "")

    def show_context_menu(self, position: QPoint) -> None:
        """The canvas's right-click menu: the Edit and Insert commands that fit what is selected."""
        c = self.commands
        menu = self.context_menu
        menu.clear()
        self.update_edit_actions()
        tab = self.current_tab()
        kind = tab.view.selection().kind if tab is not None else "none"
        if kind == "cards":
            menu.addActions([c.cut, c.copy, c.paste, c.duplicate, c.delete])
        else:
            menu.addAction(c.paste)
            if kind in ("stage", "lane", "emotion"):
                menu.addAction(c.delete)
        menu.addSeparator()
        menu.addActions([c.insert_card, c.insert_stage, c.add_action])
        menu.addMenu(self.findChild(QMenu, "lane_menu"))
        menu.popup(position)

    # --- closing --------------------------------------------------------------------

    def confirm_close(self, tab: Tab) -> bool:
        """Ask Save / Discard / Cancel for a modified map; True when it may close."""
        tab.view.commit_edit()
        if not tab.document.modified:
            return True
        self.show_tab(tab)
        choice = file_dialogs.ask_save_changes(self, tab.document.display_name)
        if choice == Button.Save:
            return self.file_commands.save(tab)
        return choice == Button.Discard

    def close_current_tab(self) -> bool:
        tab = self.current_tab()
        tabs = self.panes.tab_widget_of(tab.page) if tab is not None else None
        return tabs is not None and self.close_tab(tabs.indexOf(tab.page), tabs)

    def close_tab(self, index: int, tabs: Optional[QTabWidget] = None) -> bool:
        """Close the tab at ``index`` of ``tabs`` (the left pane by default), asking to save first."""
        tab = self._tab_of((tabs or self.tabs).widget(index))
        if tab is None or not self.confirm_close(tab):
            return False
        self._release(tab)
        self._tabs.remove(tab)
        self.undo_group.removeStack(tab.document.undo_stack)
        self.panes.remove_page(tab.page)
        self._current_changed()
        tab.document.undo_stack.clear()  # now, while the document can still hear its stack's signals
        tab.page.deleteLater()
        tab.document.deleteLater()
        collect_closed_map()
        return True

    def _release(self, tab: Tab) -> None:
        """The tab closes cleanly: no more checks, the lock released, the recovery copy gone."""
        tab.watch.stop()
        self.autosave.forget(tab.document)
        try:
            tab.document.close_file(run=lambda work: tab.watch.queue.run(work))
        except OSError:
            pass  # a share that does not answer: the lock goes stale, and our next run takes it over

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.file_commands.busy:
            event.ignore()  # a save is under way: closing now could lose it
            return
        for tab in self.tab_list():
            if not self.confirm_close(tab):
                event.ignore()
                return
        for tab in self.tab_list():
            self._release(tab)
        self.autosave.shutdown()
        self.export_commands.shutdown()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        event.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Coming back to the window: check whether the open files changed meanwhile."""
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            for tab in self._tabs:
                tab.watch.check_now()
            self.update_edit_actions()  # something may have been copied in another application
        super().changeEvent(event)

    def _restore_layout(self) -> None:
        self._default_state = self.saveState()  # the docks as built: what Reset Layout goes back to
        geometry, state = self.settings.value("window/geometry"), self.settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._default_geometry()
        if state is not None:
            self.restoreState(state)
        else:
            self._default_dock_sizes()

    def _default_geometry(self, available: Optional[QRect] = None) -> None:
        """First run: most of the screen (``available``, else the window's screen's), since a map is wide and tall."""
        screen = available or (self.screen().availableGeometry() if self.screen() else None)
        if screen is not None and (screen.width() > 1200 or self.width() > screen.width()
                                   or self.height() > screen.height()):  # a small or high-DPI scaled screen
            self.resize(int(screen.width() * 0.9), int(screen.height() * 0.9))

    def _default_dock_sizes(self) -> None:
        """First run: the map gets the room, the docks only what they need."""
        # the left docks (palette, atlas) need room for map titles such as "…future state (end of 2027)":
        # about 300 px on a 1600-px screen
        width, height = self.width(), self.height()  # a small (or high-DPI scaled) screen: docks in proportion
        self.resizeDocks([self.palette_dock, self.inspector], [min(300, width * 21 // 100), min(300, width // 5)],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.action_panel], [min(220, height // 4)], Qt.Orientation.Vertical)

    def reset_layout(self) -> None:
        """Docks, toolbars and window size as on a first run (Preferences > Reset Layout)."""
        self.settings.remove("window/geometry")
        self.settings.remove("window/state")
        if self.isMaximized() or self.isFullScreen():
            self.showNormal()
        self.restoreState(self._default_state)
        self._default_geometry()
        self._default_dock_sizes()

    def _show_dialog(self, key: str, build: Callable[[], QWidget]) -> QWidget:
        """Non-modal help windows, rebuilt each time so they show the current shortcuts."""
        old = self._dialogs.pop(key, None)
        if old is not None:
            old.close()
            old.deleteLater()
        dialog = self._dialogs[key] = build()
        dialog.show()
        return dialog
