"""Asking what to do with a map someone else has open: read-only, a copy, or take over.

The question shows who holds the lock, on which machine, since when, and
whether its heartbeat still moves. Clocks of two machines are never compared:
while the question is open, the lock is re-read every few seconds and its
heartbeat watched on our own clock (``LockWatcher``), so "has not moved for
five minutes" means just that. ``ask_lock_choice`` is the one entry point, so
tests replace it as they replace the prompts in ``file_dialogs``.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from ..editor.file_session import describe_holder
from ..store.locks import HEARTBEAT_INTERVAL, LockInfo, LockResult, LockWatcher, read_lock
from .io_worker import IoQueue
from .times import local_time

WATCH_EVERY_MS = 3000


def tr(text: str) -> str:
    return QCoreApplication.translate("lock_dialog", text)


class LockChoice(enum.Enum):
    READ_ONLY = "read-only"
    COPY = "copy"
    TAKE_OVER = "take-over"
    CANCEL = "cancel"


def ask_lock_choice(parent: QWidget, path: Path, result: LockResult) -> LockChoice:
    """What to do with ``path``, which ``result`` says someone else holds (blocks until answered)."""
    dialog = LockDialog(path, result, parent)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice


class LockDialog(QDialog):
    """Who has the map open, and three ways on; Escape cancels the opening."""

    def __init__(self, path: Path, result: LockResult, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_dialog")
        self.setWindowTitle(tr("Map in use"))
        self.path = Path(path)
        self.choice = LockChoice.CANCEL
        self.watcher = LockWatcher()
        self._looks = 0
        self._moves = 0
        self.headline = QLabel(tr("“%1” is open for editing by %2.").replace("%1", self.path.name).replace(
            "%2", describe_holder(result.holder)))
        self.headline.setWordWrap(True)
        self.details = QLabel(self._details(result.holder, result.error))
        self.details.setObjectName("lock_details")
        self.details.setWordWrap(True)
        self.heartbeat = QLabel(tr("Watching the lock's heartbeat…"))
        self.heartbeat.setObjectName("lock_heartbeat")
        self.heartbeat.setWordWrap(True)
        buttons = QDialogButtonBox()
        for choice, text, tip in (
            (LockChoice.READ_ONLY, tr("Open &Read-Only"), tr("See the map; saving asks for another name")),
            (LockChoice.COPY, tr("Open a &Copy"), tr("Edit an untitled copy; the original is left alone")),
            (LockChoice.TAKE_OVER, tr("&Take Over"),
             tr("Edit the map yourself; if they are still working, their next save will not overwrite yours")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"lock_{choice.name.lower()}")
            button.setAccessibleName(text.replace("&", ""))
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        buttons.buttons()[0].setDefault(True)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with the heartbeat's text
        for label in (self.headline, self.details, self.heartbeat):
            label.setMinimumWidth(440)
            layout.addWidget(label)
        layout.addWidget(buttons)
        self._queue = IoQueue(self)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._look)
        self._timer.start(WATCH_EVERY_MS)
        self.observe(result.holder)

    def _details(self, holder: Optional[LockInfo], error: str) -> str:
        if holder is None:
            return tr("The lock file beside it cannot be read (%1), so who holds it is unknown.").replace(
                "%1", error or tr("empty"))
        lines = [
            tr("User: %1").replace("%1", holder.user),
            tr("Computer: %1").replace("%1", holder.host),
            tr("Open since: %1").replace("%1", local_time(holder.opened)),
        ]
        if holder.heartbeat_at:
            lines.append(tr("Last heartbeat written: %1 (by their computer's clock)").replace(
                "%1", local_time(holder.heartbeat_at)))
        return "\n".join(lines)

    def _look(self) -> None:
        if not self._queue.pending:
            self._queue.submit(lambda: read_lock(self.path), self.observe, lambda error: self.observe(None))

    def observe(self, holder: Optional[LockInfo]) -> None:
        """One more look at the lock: say whether its heartbeat moved, measured on our clock."""
        before = self.watcher.quiet_for()
        self.watcher.observe(holder)
        self._looks += 1
        if self._looks > 1 and self.watcher.quiet_for() < before:
            self._moves += 1
        quiet = round(self.watcher.quiet_for())
        if self.watcher.is_stale():
            text = tr("Its heartbeat has not moved for %1 s: whoever held it has probably gone.")
        elif self._moves:
            text = tr("Its heartbeat moved %1 s ago: the map is probably still being edited.")
        elif self._looks > 1:
            text = tr("Its heartbeat has not moved in the %1 s you have been looking "
                      "(an open map's heartbeat moves every %2 s).").replace("%2", str(round(HEARTBEAT_INTERVAL)))
        else:
            text = tr("Watching the lock's heartbeat…")
        self.heartbeat.setText(text.replace("%1", str(quiet)))

    def _choose(self, choice: LockChoice) -> None:
        self.choice = choice
        self.accept()

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        self._timer.stop()
        self._queue.wait_idle()
        super().done(result)
