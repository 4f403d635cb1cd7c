"""The Atlas dock: every map of the opened atlas, grouped, and a search across them.

``open_atlas(path)`` reads the atlas and each map's metadata in a worker
thread (its own one-thread pool, so scans and searches never use the index at
the same time and the window never waits); a progress bar shows the scan.
``refresh()`` reads it again (cheap: the cache trusts size and time) and keeps
the selection and the collapsed groups. Once a scan is shown, the maps only
the quick reader has read are read strictly in the background (``atlas_verify``,
``verifier``); a damaged one's row turns Broken with the reason. Activating a map row (double-click or
Enter) emits ``open_requested(path, "")``; activating a broken one emits
``locate_requested``; activating a search hit emits ``open_requested(path,
card_id)``. The window opens the map and selects the card; the atlas stays.

The dock only shows; what the user can do with an entry lives elsewhere
(``atlas_entries``, ``atlas_drop``, ``atlas_previews``, ``atlas_watch``), plugged
in through ``toolbar``, ``menu_providers`` (the right-click menu is built by
calling each provider in turn) and the signals.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import (
    QCoreApplication, QEvent, QModelIndex, QObject, QPoint, QRunnable, QSize, Qt, QThreadPool, Signal, Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QDockWidget, QHBoxLayout, QLabel, QMenu, QProgressBar, QPushButton, QStyledItemDelegate,
    QStyleOptionViewItem, QToolBar, QTreeView, QVBoxLayout, QWidget,
)

from ..atlas import AtlasIndex, AtlasSettings, MapInfo, SearchHit, search_atlas
from ..store import DocumentError
from .atlas_model import AtlasModel, Column, row_file, row_info
from .atlas_search import AtlasSearch
from .atlas_verify import AtlasVerifier

MenuProvider = Callable[[QMenu, Optional[MapInfo]], None]
"""Adds actions to the right-click menu for the entry under the mouse (None: no entry there)."""

PREVIEW_ICON = QSize(48, 27)


def tr(text: str) -> str:
    return QCoreApplication.translate("atlas", text)


class _RowDelegate(QStyledItemDelegate):
    """Every row as tall as a preview and as two lines of text: with uniform row heights (fast for a large
    atlas) the first row, a group without a picture, sets the height of all. Two lines let a long title
    wrap in a narrow dock ("Broadband customer lifecycle: / current state") instead of being cut."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt's name
        size = super().sizeHint(option, index)
        two_lines = 2 * option.fontMetrics.lineSpacing() + 6
        return QSize(size.width(), max(size.height(), PREVIEW_ICON.height() + 4, two_lines))


@dataclass
class Scanned:
    """What a scan found: the index, maps of the folder not in the atlas, the owners named across it."""

    index: AtlasIndex
    unlisted: list[str]
    owners: list[str]


def scan_atlas(path: Path, settings: AtlasSettings, cache_folder: Optional[Path],
               progress: Callable[[int, int], None]) -> Scanned:
    """In the worker: read the atlas and its maps' metadata, list the folder, collect owners."""
    index = AtlasIndex.open(path, cache_folder=cache_folder, settings=settings, progress=progress)
    index.atlas  # noqa: B018 - a warm open takes the entries from the cache: read the whole atlas here, not in the UI
    return Scanned(index, index.unlisted(), index.owners())


class _Signals(QObject):
    progress = Signal(int, int, int)  # generation, done, total
    finished = Signal(int, object)  # generation, result
    failed = Signal(int, str)


class _Job(QRunnable):
    """Runs ``work(progress)`` in the pool; reports to the dock through queued signals."""

    def __init__(self, generation: int, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.generation = generation
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(lambda done, total: self.signals.progress.emit(self.generation, done, total))
        except DocumentError as error:
            self.signals.failed.emit(self.generation, str(error))
        except Exception as error:  # noqa: BLE001 - shown to the user, never lost in the thread
            self.signals.failed.emit(self.generation, f"{type(error).__name__}: {error}")
        else:
            self.signals.finished.emit(self.generation, result)


class AtlasDock(QDockWidget):
    """The opened atlas's maps, grouped, with flags; search across all of them."""

    open_requested = Signal(object, str)
    """(map file Path, card id or "") when a map or a search hit is activated."""
    locate_requested = Signal(object)
    """(MapInfo) a broken entry whose file is missing was activated."""
    add_unlisted_requested = Signal()
    scanned = Signal()
    """A scan finished and the list shows its result."""
    searched = Signal()
    selection_changed = Signal()

    def __init__(self, parent: Optional[QWidget] = None, cache_folder: Optional[Path] = None) -> None:
        super().__init__(tr("Atlas"), parent)
        self.setObjectName("atlas_dock")
        self.setAccessibleName(tr("Atlas"))
        self.cache_folder = cache_folder
        self.atlas_settings: Callable[[], AtlasSettings] = AtlasSettings
        """The user's settings for the next scan (the window reads its preferences here)."""
        self.menu_providers: list[MenuProvider] = []
        self.index: Optional[AtlasIndex] = None
        self.path: Optional[Path] = None
        self.unlisted: list[str] = []
        self.owners: list[str] = []
        self._generation = 0
        self._latest: dict[str, int] = {}
        """Kind of job ("scan", "search") -> its newest generation: only that one's result is shown."""
        self._jobs: dict[int, tuple[_Job, Callable[[Any], None]]] = {}
        self._keep: Optional[tuple[Optional[str], set[str]]] = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.verifier = AtlasVerifier(self.pool, self)
        """Reads the listed maps strictly after each scan, in this pool (see ``atlas_verify``)."""
        self.verifier.changed.connect(self._verified)

        self.title = QLabel(tr("No atlas open"))
        self.title.setWordWrap(True)
        self.title.setAccessibleName(tr("Atlas title"))
        self.toolbar = QToolBar(tr("Atlas entries"))
        self.toolbar.setObjectName("atlas_toolbar")
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Reading the atlas"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.unlisted_bar = QWidget()
        self.unlisted_bar.setObjectName("atlas_unlisted_bar")
        self.unlisted_label = QLabel()
        self.unlisted_label.setWordWrap(True)
        self.unlisted_button = QPushButton(tr("Add…"))
        self.unlisted_button.setAccessibleName(tr("Add the maps of the folder that are not in the atlas"))
        self.unlisted_button.clicked.connect(self.add_unlisted_requested)
        bar = QHBoxLayout(self.unlisted_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.unlisted_label, 1)
        bar.addWidget(self.unlisted_button)
        self.unlisted_bar.hide()
        self.model = AtlasModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("atlas_tree")
        self.tree.setAccessibleName(tr("Maps of the atlas"))
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(True)  # a long title takes the row's second line (see _RowDelegate)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setIconSize(PREVIEW_ICON)
        self.tree.setItemDelegate(_RowDelegate(self.tree))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.activated.connect(self._row_activated)
        self._title_width_chosen = False
        """The user resized the Map column: it is no longer fitted to the dock."""
        self._fitting = False
        self.tree.header().sectionResized.connect(self._section_resized)
        self.tree.viewport().installEventFilter(self)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self.selection_changed.emit())
        self.context_menu = QMenu(self)
        self.problem_bar = QWidget()
        self.problem_bar.setObjectName("atlas_problem_bar")
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.locate_button = QPushButton(tr("Locate…"))
        self.locate_button.setAccessibleName(tr("Locate the map's file"))
        self.locate_button.clicked.connect(self._locate_current)
        problem = QHBoxLayout(self.problem_bar)
        problem.setContentsMargins(0, 0, 0, 0)
        problem.addWidget(self.problem_label, 1)
        problem.addWidget(self.locate_button)
        self.problem_bar.hide()
        self.selection_changed.connect(self._show_problem)
        self.preview = QLabel()
        self.preview.setObjectName("atlas_preview")
        self.preview.setAccessibleName(tr("Preview of the selected map"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.hide()
        self.search = AtlasSearch()
        self.search.search_requested.connect(self.run_search)
        self.search.hit_activated.connect(self._hit_activated)
        self.search.setEnabled(False)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.progress)
        layout.addWidget(self.unlisted_bar)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.problem_bar)
        layout.addWidget(self.preview)
        self.setWidget(body)

    # --- scanning -------------------------------------------------------------------------

    def open_atlas(self, path: Path) -> None:
        """Show the atlas at ``path``: its maps are read in the worker; the list fills when done."""
        if self.path is None or Path(path) != self.path:
            self.model.forget_previews()
            self._keep = None
        self.path = Path(path)
        self.index = None
        self.search.setEnabled(False)
        self.title.setText(tr("Reading %1…").replace("%1", self.path.name))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.show()
        self.raise_()
        self._scan()

    def refresh(self, select: Optional[str] = None) -> None:
        """Read the atlas again, keeping which groups are collapsed and what is selected (or ``select``)."""
        if self.path is None:
            return
        self._keep = (select or self.current_entry(), self._collapsed())
        self._scan()

    def _scan(self) -> None:
        path, folder, settings = self.path, self.cache_folder, self.atlas_settings()
        assert path is not None
        self.verifier.stop()  # its index is about to be replaced
        self._start("scan", lambda progress: scan_atlas(path, settings, folder, progress), self._opened)

    def busy(self) -> bool:
        return bool(self._jobs)

    def _start(self, kind: str, work: Callable[[Callable[[int, int], None]], Any], done: Callable[[Any], None]) -> None:
        self._generation += 1
        self._latest[kind] = self._generation
        job = _Job(self._generation, work)
        job.setAutoDelete(False)
        job.signals.progress.connect(self._progressed)  # bound methods: queued to this (the GUI) thread
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self._jobs[self._generation] = (job, done)
        self.pool.start(job)

    @Slot(int, int, int)
    def _progressed(self, generation: int, done: int, total: int) -> None:
        if generation == self._latest.get("scan") and self.index is None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.progress.setFormat(tr("%1 of %2 maps").replace("%1", str(done)).replace("%2", str(total)))

    @Slot(int, object)
    def _finished(self, generation: int, result: Any) -> None:
        _job, done = self._jobs.pop(generation)
        if generation in self._latest.values():
            done(result)

    @Slot(int, str)
    def _failed(self, generation: int, text: str) -> None:
        self._jobs.pop(generation, None)
        if generation == self._latest.get("search"):
            self.progress.hide()  # the search field stays as typed: Enter tries again
        elif generation == self._latest.get("scan"):
            self.progress.hide()
            self.title.setText(tr("The atlas cannot be read: %1").replace("%1", text))
            self.title.setToolTip(text)

    def _opened(self, found: Scanned) -> None:
        index = found.index
        first = self.index is None and self._keep is None
        self.index = index
        self.unlisted, self.owners = found.unlisted, found.owners
        self.progress.hide()
        title = index.atlas.title or index.path.name
        self.title.setText(title)
        self.title.setToolTip(str(index.path))
        keep = self._keep
        self.model.show_entries(index.entries)
        self.tree.expandAll()
        if keep is not None:
            self._restore(*keep)
        if first:
            for column in range(1, self.model.columnCount()):
                self.tree.resizeColumnToContents(column)
            self.fit_title_column()
        self._show_unlisted()
        self.search.setEnabled(True)
        self.selection_changed.emit()
        self.scanned.emit()
        self.verifier.start(index)

    def _verified(self, infos: list[MapInfo]) -> None:
        """Maps the background verification found damaged: their rows turn Broken, with the reason."""
        if self.verifier.index is not self.index:
            return
        current = self.current_info()
        for info in infos:
            self.model.refresh_row(info)
        if any(info is current for info in infos):
            self._show_problem()

    def fit_title_column(self) -> None:
        """The Map column as wide as the list shows (at most its titles' width), so a long title wraps
        onto the row's second line and its end ("… current state", "… future state") stays in view."""
        if self._title_width_chosen:
            return
        wanted = self.tree.sizeHintForColumn(Column.MAP)
        room = self.tree.viewport().width() - 2
        self._fitting = True
        try:
            self.tree.setColumnWidth(Column.MAP, max(120, min(wanted, room)))
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == Column.MAP and not self._fitting:
            self._title_width_chosen = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_title_column()
        return False

    def _show_unlisted(self) -> None:
        count = len(self.unlisted)
        if count:
            text = (tr("1 map in this folder is not in the atlas.") if count == 1
                    else tr("%1 maps in this folder are not in the atlas.").replace("%1", str(count)))
            self.unlisted_label.setText(text)
            self.unlisted_label.setToolTip("\n".join(self.unlisted))
        self.unlisted_bar.setVisible(bool(count))

    def _collapsed(self) -> set[str]:
        return {self.model.item(g, 0).text() for g in range(self.model.rowCount())
                if not self.tree.isExpanded(self.model.index(g, 0))}

    def _restore(self, entry: Optional[str], collapsed: set[str]) -> None:
        for group in range(self.model.rowCount()):
            if self.model.item(group, 0).text() in collapsed:
                self.tree.collapse(self.model.index(group, 0))
        if entry is not None:
            self.select_entry(entry)

    # --- the selected entry ---------------------------------------------------------------

    def current_info(self) -> Optional[MapInfo]:
        index = self.tree.currentIndex()
        return row_info(self.model.itemFromIndex(index.siblingAtColumn(0))) if index.isValid() else None

    def current_entry(self) -> Optional[str]:
        info = self.current_info()
        return info.path if info is not None else None

    def select_entry(self, entry: str) -> bool:
        item = self.model.row_of(entry)
        if item is None:
            return False
        index = self.model.indexFromItem(item)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def current_group(self) -> str:
        """The group of the selected row (a map's, or the group row's itself)."""
        info = self.current_info()
        if info is not None:
            return info.group
        index = self.tree.currentIndex()
        if index.isValid() and not index.parent().isValid():
            return self.model.group_names()[index.row()]
        return ""

    def _show_problem(self) -> None:
        """Under the list: why the selected entry is broken, with Locate… to repair it."""
        info = self.current_info()
        if info is None or not info.problem:
            self.problem_bar.hide()
            return
        self.problem_label.setText(tr("%1: %2").replace("%1", info.path).replace("%2", info.problem))
        self.problem_bar.show()

    def _locate_current(self) -> None:
        info = self.current_info()
        if info is not None:
            self.locate_requested.emit(info)

    def _context_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        info = self.current_info() if index.isValid() else None
        menu = self.build_context_menu(info)
        if not menu.isEmpty():
            menu.popup(self.tree.viewport().mapToGlobal(position))

    def build_context_menu(self, info: Optional[MapInfo]) -> QMenu:
        """The right-click menu: each provider adds what fits ``info`` (separators between them)."""
        menu = self.context_menu
        menu.clear()
        for provider in self.menu_providers:
            if not menu.isEmpty():
                menu.addSeparator()
            provider(menu, info)
        return menu

    # --- opening and searching ------------------------------------------------------------

    def _row_activated(self, index: QModelIndex) -> None:
        item = self.model.itemFromIndex(index.siblingAtColumn(0))
        info = row_info(item)
        if info is not None and info.problem and info.read.size is None:
            self.locate_requested.emit(info)  # nothing to open: offer to find the file
            return
        path = row_file(item)
        if path is not None:
            self.open_requested.emit(path, "")

    def run_search(self, text: str) -> None:
        index, filters = self.index, self.search.filters()
        if index is None or not (text.strip() or self.search.has_filters()):
            return
        self.progress.setRange(0, 0)
        self.progress.show()
        self._start("search", lambda progress: search_atlas(index, text, filters), self._found)

    def _found(self, hits: list[SearchHit]) -> None:
        self.progress.hide()
        self.search.show_hits(hits)
        self.searched.emit()

    def _hit_activated(self, hit: SearchHit) -> None:
        self.open_requested.emit(Path(hit.file), hit.id if hit.kind in ("card", "pain_point") else "")
