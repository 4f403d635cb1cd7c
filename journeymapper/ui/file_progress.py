"""The status bar's note that a file is being read or written, for operations over a second.

A slow share can make a save take seconds; a note with the file's name and a
busy bar says the window is working, not hanging (the window stays live).
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("file_progress", text)


class FileProgress(QWidget):
    """Hidden until ``begin``; several operations may overlap (one per file)."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("file_progress")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(tr("File operation in progress"))
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._texts: list[str] = []
        self.hide()

    def begin(self, text: str) -> None:
        self._texts.append(text)
        self.label.setText(text)
        self.show()

    def end(self) -> None:
        if self._texts:
            self._texts.pop()
        if self._texts:
            self.label.setText(self._texts[-1])
        else:
            self.hide()
