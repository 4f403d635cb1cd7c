"""The status bar's export progress: what is being written, a bar, and Cancel.

In the status bar rather than a modal progress dialog, so the user keeps
editing while a large PDF is drawn in the background.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("export_progress", text)


class ExportProgress(QWidget):
    """Hidden until an export starts; ``cancel_requested`` when the user clicks Cancel."""

    cancel_requested = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_progress")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(tr("Export progress"))
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(tr("Cancel"))
        self.cancel_button.setAccessibleName(tr("Cancel the export"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def begin(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first page count arrives
        self.cancel_button.setEnabled(True)
        self.show()

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)

    def end(self) -> None:
        self.hide()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(tr("Cancelling…"))
        self.cancel_requested.emit()
