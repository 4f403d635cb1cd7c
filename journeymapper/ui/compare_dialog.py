"""A readable list of what differs between two versions of a map (Compare).

Non-modal, so the user can keep it beside the map while deciding between
Reload, Save as copy and Overwrite, or while merging by hand. The lines come
from ``store.compare`` (objects matched by id), the same comparison the
future-state view uses.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..model import JourneyMap
from ..store.compare import compare_maps


def tr(text: str) -> str:
    return QCoreApplication.translate("compare_dialog", text)


class CompareDialog(QDialog):
    """``old`` → ``new``, one line per difference; deleted when closed."""

    def __init__(self, old: JourneyMap, new: JourneyMap, title: str, explanation: str,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.lines = compare_maps(old, new).lines()
        heading = QLabel(explanation)
        heading.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(self.lines))
        self.text.setObjectName("compare_lines")
        self.text.setAccessibleName(tr("Differences"))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
