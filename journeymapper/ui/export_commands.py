"""File > Export (PDF, action plan CSV, PNG, SVG) and File > Print for the current map.

The PDF is drawn in the background (``export_worker``) from a copy of the map,
so the user keeps editing; progress and Cancel sit in the status bar. The CSV,
PNG and SVG are quick and written at once. Every failure names the file that
was not written; success says what was written in the status bar.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication

from .. import export as export_api
from ..store import DocumentError
from ..export.options import ExportError, ExportResult, PdfOptions
from . import export_prompts
from .export_dialog import PdfExportDialog
from .export_progress import ExportProgress
from .export_worker import ExportTask
from .preferences_store import PAPER

if TYPE_CHECKING:
    from .main_window import MainWindow, Tab


def tr(text: str) -> str:
    return QCoreApplication.translate("export_commands", text)


class ExportCommands(QObject):
    """The export and print commands of one main window."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.options = PdfOptions(paper=PAPER.read(window.settings))  # the Preferences' paper, or the last export's
        self.task: Optional[ExportTask] = None
        self.task_path = Path()
        self.dialog: Optional[PdfExportDialog] = None
        self.preview = None
        self.progress = ExportProgress()
        window.statusBar().addPermanentWidget(self.progress)
        self.progress.cancel_requested.connect(self.cancel)

    def _say(self, text: str, timeout: int = 8000) -> None:
        self.window.statusBar().showMessage(text, timeout)

    def _suggested(self, tab: "Tab") -> Path:
        document = tab.document
        folder = document.path.parent if document.path is not None else Path.home()
        stem = document.path.stem if document.path is not None else (document.display_name.strip() or "map")
        return folder / "".join(ch if ch.isalnum() or ch in " -_." else " " for ch in stem).strip()

    def _ask(self, tab: "Tab", kind: str) -> Optional[Path]:
        tab.view.commit_edit()  # the card being typed is part of what is exported
        return export_prompts.ask_export_path(self.window, self._suggested(tab), kind)

    # --- PDF ----------------------------------------------------------------------------

    def export_pdf(self) -> Optional[PdfExportDialog]:
        """Show the PDF options; Export… asks for the file and starts the export."""
        tab = self.window.current_tab()
        if tab is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog = self.dialog = PdfExportDialog(self.window, self.options)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._options_chosen(tab, dialog.options()))
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None) if self.dialog is dialog else None)
        dialog.show()
        return dialog

    def _options_chosen(self, tab: "Tab", options: PdfOptions) -> None:
        self.options = options
        PAPER.write(self.window.settings, options.paper)  # the default paper from now on (Preferences shows it)
        if tab not in self.window.tab_list():
            return  # the map was closed while the dialog was up
        path = self._ask(tab, "pdf")
        if path is not None:
            self.start_pdf(tab, path, options)

    def start_pdf(self, tab: "Tab", path: Path, options: PdfOptions) -> Optional[ExportTask]:
        """Export ``tab``'s map to ``path`` in the background; None if an export is already running."""
        if self.task is not None:
            self._say(tr("An export is already running; wait for it or cancel it first."))
            return None
        journey = tab.document.journey.model_copy(deep=True)  # the user may edit on while it is drawn

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> ExportResult:
            return export_api.export_pdf(journey, path, options, None, progress, cancelled)

        return self._start_pdf_task(work, path)

    def export_atlas_pdf(self, atlas_path: Path) -> Optional[ExportTask]:
        """File > Export > Atlas as PDF…: the action roll-up and every map of the atlas, in one PDF."""
        folder = atlas_path.parent if os.access(atlas_path.parent, os.W_OK) else Path.home()
        path = export_prompts.ask_export_path(self.window, folder / atlas_path.stem, "pdf")
        return self.start_atlas_pdf(atlas_path, path, self.options) if path is not None else None

    def start_atlas_pdf(self, atlas_path: Path, path: Path, options: PdfOptions) -> Optional[ExportTask]:
        """Export the atlas at ``atlas_path`` to ``path`` in the background (its maps are read there)."""
        if self.task is not None:
            self._say(tr("An export is already running; wait for it or cancel it first."))
            return None

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> ExportResult:
            try:
                return export_api.export_atlas_pdf(atlas_path, path, options, None, progress, cancelled)
            except DocumentError as error:
                raise ExportError(str(error)) from None

        return self._start_pdf_task(work, path)

    def _start_pdf_task(self, work: Callable[..., ExportResult], path: Path) -> ExportTask:
        task = self.task = ExportTask(work)
        self.task_path = path
        signals = task.signals  # bound methods: Qt drops the connections if the window goes first
        signals.progress.connect(self.progress.set_progress)
        signals.succeeded.connect(self._pdf_written)
        signals.failed.connect(self._pdf_failed)
        signals.cancelled.connect(self._pdf_cancelled)
        signals.finished.connect(self._finished)
        self.progress.begin(tr("Exporting %1…").replace("%1", path.name))
        self.window.commands.export_pdf.setEnabled(False)
        return task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _finished(self) -> None:
        self.task = None
        self.progress.end()
        self.window.commands.export_pdf.setEnabled(self.window.current_tab() is not None)

    def _pdf_written(self, result: ExportResult) -> None:
        text = tr("Exported 1 page to %1") if result.pages == 1 else tr("Exported %2 pages to %1")
        self._say(text.replace("%1", str(self.task_path)).replace("%2", str(result.pages)), 15000)

    def _pdf_failed(self, reason: str) -> None:
        self._failed(self.task_path, reason)

    def _pdf_cancelled(self) -> None:
        self._say(tr("Export cancelled; nothing was written."))

    def _failed(self, path: Path, reason: str) -> None:
        prefix = f"{path}: "  # the message names the file already
        reason = reason[len(prefix):] if reason.startswith(prefix) else reason
        export_prompts.show_export_error(self.window, path, reason)
        self._say(tr("Not exported: %1").replace("%1", str(path)))

    def shutdown(self, timeout: float = 30.0) -> None:
        """Cancel a running export and wait for it (the window is closing)."""
        if self.task is not None:
            self.task.cancel()
            self.task.wait(timeout)

    # --- quick exports ----------------------------------------------------------------

    def export_csv(self) -> Optional[Path]:
        tab = self.window.current_tab()
        path = self._ask(tab, "csv") if tab is not None else None
        if tab is None or path is None:
            return None
        try:
            count = export_api.export_csv(tab.document.journey, path)
        except ExportError as error:
            self._failed(path, str(error))
            return None
        text = tr("Exported 1 action to %1") if count == 1 else tr("Exported %2 actions to %1")
        self._say(text.replace("%1", str(path)).replace("%2", str(count)), 15000)
        return path

    def export_image(self, kind: str) -> Optional[Path]:
        """PNG or SVG of the map, drawn from a fresh offscreen scene."""
        from .image_export import write_png, write_svg

        tab = self.window.current_tab()
        path = self._ask(tab, kind) if tab is not None else None
        if tab is None or path is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            size = write_png(tab.document.journey, path) if kind == "png" else write_svg(tab.document.journey, path)
        except (ExportError, OSError) as error:
            self._failed(path, str(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self._say(tr("Exported %1 (%2 × %3)").replace("%1", str(path)).replace("%2", str(size.width()))
                  .replace("%3", str(size.height())), 15000)
        return path

    # --- print ----------------------------------------------------------------------------

    def print_map(self):  # noqa: ANN201 - a PrintPreview
        """The print preview of the PDF's pages (not modal)."""
        from .print_preview import PrintPreview

        tab = self.window.current_tab()
        if tab is None:
            return None
        tab.view.commit_edit()
        if self.preview is not None:
            self.preview.close()
        preview = self.preview = PrintPreview(tab.document.journey.model_copy(deep=True), self.options, self.window)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.destroyed.connect(lambda *_: setattr(self, "preview", None) if self.preview is preview else None)
        preview.show()
        return preview
