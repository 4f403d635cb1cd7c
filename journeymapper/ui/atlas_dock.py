"""The Atlas dock: every map of the opened atlas, grouped, and a search across them.

``open_atlas(path)`` reads the atlas and each map's metadata in a worker
thread (its own one-thread pool, so scans and searches never use the index at
the same time and the window never waits); a progress bar shows the scan.
Activating a map row (double-click or Enter) emits ``open_requested(path,
"")``; activating a search hit emits ``open_requested(path, card_id)``. The
window opens the map and selects the card; the atlas stays shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QLabel, QProgressBar, QTreeView, QVBoxLayout, QWidget

from ..atlas import AtlasIndex, SearchHit, search_atlas
from ..store import DocumentError
from .atlas_model import AtlasModel, row_file
from .atlas_search import AtlasSearch


def tr(text: str) -> str:
    return QCoreApplication.translate("atlas", text)


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
    scanned = Signal()
    """A scan finished and the list shows its result."""
    searched = Signal()

    def __init__(self, parent: Optional[QWidget] = None, cache_folder: Optional[Path] = None) -> None:
        super().__init__(tr("Atlas"), parent)
        self.setObjectName("atlas_dock")
        self.setAccessibleName(tr("Atlas"))
        self.cache_folder = cache_folder
        self.index: Optional[AtlasIndex] = None
        self.path: Optional[Path] = None
        self._generation = 0
        self._jobs: dict[int, tuple[_Job, Callable[[Any], None]]] = {}
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

        self.title = QLabel(tr("No atlas open"))
        self.title.setWordWrap(True)
        self.title.setAccessibleName(tr("Atlas title"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Reading the atlas"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.model = AtlasModel(self)
        self.tree = QTreeView()
        self.tree.setAccessibleName(tr("Maps of the atlas"))
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.activated.connect(self._row_activated)
        self.search = AtlasSearch()
        self.search.search_requested.connect(self.run_search)
        self.search.hit_activated.connect(self._hit_activated)
        self.search.setEnabled(False)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.progress)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 3)
        self.setWidget(body)

    # --- scanning -------------------------------------------------------------------------

    def open_atlas(self, path: Path) -> None:
        """Show the atlas at ``path``: its maps are read in the worker; the list fills when done."""
        self.path = Path(path)
        self.index = None
        self.search.setEnabled(False)
        self.title.setText(tr("Reading %1…").replace("%1", self.path.name))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.show()
        self.raise_()
        folder = self.cache_folder
        self._start(lambda progress: AtlasIndex.open(path, cache_folder=folder, progress=progress), self._opened)

    def refresh(self) -> None:
        if self.path is not None:
            self.open_atlas(self.path)

    def busy(self) -> bool:
        return bool(self._jobs)

    def _start(self, work: Callable[[Callable[[int, int], None]], Any], done: Callable[[Any], None]) -> None:
        self._generation += 1
        job = _Job(self._generation, work)
        job.setAutoDelete(False)
        job.signals.progress.connect(self._progressed)  # bound methods: queued to this (the GUI) thread
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self._jobs[self._generation] = (job, done)
        self.pool.start(job)

    @Slot(int, int, int)
    def _progressed(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.progress.setFormat(tr("%1 of %2 maps").replace("%1", str(done)).replace("%2", str(total)))

    @Slot(int, object)
    def _finished(self, generation: int, result: Any) -> None:
        _job, done = self._jobs.pop(generation)
        if generation == self._generation:
            done(result)

    @Slot(int, str)
    def _failed(self, generation: int, text: str) -> None:
        self._jobs.pop(generation, None)
        if generation == self._generation:
            self.progress.hide()
            self.title.setText(tr("The atlas cannot be read: %1").replace("%1", text))
            self.title.setToolTip(text)

    def _opened(self, index: AtlasIndex) -> None:
        self.index = index
        self.progress.hide()
        title = index.atlas.title or index.path.name
        self.title.setText(title)
        self.title.setToolTip(str(index.path))
        self.model.show_entries(index.entries)
        self.tree.expandAll()
        for column in range(self.model.columnCount()):
            self.tree.resizeColumnToContents(column)
        self.search.setEnabled(True)
        self.scanned.emit()

    # --- opening and searching ------------------------------------------------------------

    def _row_activated(self, index: QModelIndex) -> None:
        first = index.siblingAtColumn(0)
        item = self.model.itemFromIndex(first)
        path = row_file(item)
        if path is not None:
            self.open_requested.emit(path, "")

    def run_search(self, text: str) -> None:
        index = self.index
        if index is None or not text.strip():
            return
        self.progress.setRange(0, 0)
        self.progress.show()
        self._start(lambda progress: search_atlas(index, text), self._found)

    def _found(self, hits: list[SearchHit]) -> None:
        self.progress.hide()
        self.search.show_hits(hits)
        self.searched.emit()

    def _hit_activated(self, hit: SearchHit) -> None:
        self.open_requested.emit(Path(hit.file), hit.id if hit.kind in ("card", "pain_point") else "")
