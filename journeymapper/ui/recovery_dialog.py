"""The list of work a crashed run left behind, each with Restore, Compare and Discard.

Non-modal: the window is usable while the user decides, and closing the list
without deciding keeps the copies for the next start. Each row says which
file the work belongs to, when it was saved, and what Restore will do: into
the file when it has not changed since, as an untitled copy when it has (never
over the newer file), or nothing for a damaged copy, which says why it was rejected.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from ..store.recovery import RestoreAction
from .recovery_scan import Recoverable
from .times import local_time


def tr(text: str) -> str:
    return QCoreApplication.translate("recovery_dialog", text)


class RecoveryDialog(QDialog):
    """One row per recovery copy; the buttons ask, ``RecoveryCheck`` acts and calls ``settled``."""

    restore_requested = Signal(object)  # Recoverable
    compare_requested = Signal(object)
    discard_requested = Signal(object)

    def __init__(self, items: list[Recoverable], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(tr("Recover unsaved work"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.rows: dict[int, QFrame] = {}
        heading = QLabel(tr("JourneyMapper did not close properly last time. This unsaved work can be recovered:"))
        heading.setWordWrap(True)
        listing = QWidget()
        rows = QVBoxLayout(listing)
        for item in items:
            self.rows[id(item)] = row = self._row(item)
            rows.addWidget(row)
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(listing)
        scroll.setAccessibleName(tr("Recoverable work"))
        buttons = QDialogButtonBox()
        later = buttons.addButton(tr("Decide &Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip(tr("Keep what is not restored or discarded, and ask again at the next start"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def _row(self, item: Recoverable) -> QFrame:
        entry = item.entry
        row = QFrame()
        row.setFrameShape(QFrame.Shape.StyledPanel)
        name = entry.title or (entry.original.name if entry.original else tr("Untitled map"))
        lines = [
            f"<b>{_escape(name)}</b>",
            _escape(str(entry.original) if entry.original else tr("never saved to a file")),
            tr("Autosaved %1").replace("%1", _escape(local_time(entry.saved_at))),
            _escape(self._outcome(item)),
        ]
        text = QLabel("<br>".join(lines))
        text.setObjectName("recovery_text")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setAccessibleName(tr("Recoverable: %1").replace("%1", name))
        layout = QHBoxLayout(row)
        layout.addWidget(text, 1)
        for key, label, signal, shown in (
            ("restore", tr("&Restore"), self.restore_requested, item.loaded is not None),
            ("compare", tr("Co&mpare"), self.compare_requested, item.on_disk is not None and item.loaded is not None),
            ("discard", tr("&Discard"), self.discard_requested, True),
        ):
            button = QPushButton(label)
            button.setObjectName(f"recovery_{key}")
            button.setAccessibleName(tr("%1 “%2”").replace("%1", label.replace("&", "")).replace("%2", name))
            button.setVisible(shown)
            button.clicked.connect(lambda _checked=False, s=signal, i=item: s.emit(i))
            layout.addWidget(button)
        return row

    @staticmethod
    def _outcome(item: Recoverable) -> str:
        if item.loaded is None:
            return tr("Rejected: %1").replace("%1", item.problem)
        plan = item.plan
        if plan is None or plan.action is RestoreAction.UNTITLED:
            return tr("Restore opens it as an untitled map.")
        if plan.action is RestoreAction.REOPEN:
            return tr("Restore opens the file with this work as unsaved changes (%1).").replace("%1", plan.reason)
        return tr("Restore opens it as an untitled copy, because %1; the file is left as it is.").replace(
            "%1", plan.reason)

    def settled(self, item: Recoverable, text: str) -> None:
        """The item was restored or discarded: its buttons give way to ``text``."""
        row = self.rows.get(id(item))
        if row is None:
            return
        for button in row.findChildren(QPushButton):
            button.hide()
        note = QLabel(text)
        note.setObjectName("recovery_settled")
        row.layout().addWidget(note)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
