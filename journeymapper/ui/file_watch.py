"""Keeping an open document's file under watch: changes made elsewhere, and our lock's heartbeat.

``QFileSystemWatcher`` misses changes made by other machines on a share and
stops watching after an atomic rename (quality.md), so the file is polled: a
check every few seconds and whenever the app becomes active again (the user
may have been in the file manager, or a colleague's message came in). Each
check re-reads the content in the file's worker thread; what it finds goes to
the FileSession, whose banner shows it. The lock's heartbeat moves every 30
seconds (the first beat soon after opening), and a beat that finds someone
else's token in the lock says so. A poll never queues behind another
operation on the same file: on a slow share it simply waits for the next tick.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from ..editor.file_session import FileSession
from ..store.locks import HEARTBEAT_INTERVAL
from .io_worker import IoQueue

CHECK_INTERVAL = 3.0
FIRST_BEAT = 5.0


class FileWatch(QObject):
    """Polls one document's file and beats its lock; ``queue`` runs every operation on that file."""

    def __init__(
        self,
        session: FileSession,
        queue: IoQueue,
        parent: Optional[QObject] = None,
        *,
        check_interval: float = CHECK_INTERVAL,
        first_beat: float = FIRST_BEAT,
        beat_interval: float = HEARTBEAT_INTERVAL,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.queue = queue
        self.check_timer = QTimer(self)
        self.check_timer.setInterval(round(check_interval * 1000))
        self.check_timer.timeout.connect(self.check_now)
        self.beat_timer = QTimer(self)
        self.beat_timer.setSingleShot(True)
        self.beat_timer.timeout.connect(self.beat)
        self._beat_interval = round(beat_interval * 1000)
        self.check_timer.start()
        self.beat_timer.start(round(first_beat * 1000))
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.applicationStateChanged.connect(self._application_state)

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_now()

    def check_now(self) -> bool:
        """Start a check of the file unless one (or another operation on it) is under way."""
        safe = self.session.safe
        if safe is None or self.queue.pending or not self.check_timer.isActive():
            return False
        self.queue.submit(safe.examine, self.session.checked, lambda error: None)
        return True

    def beat(self) -> None:
        """Move our lock's heartbeat on; a share that does not answer is tried again at the next beat."""
        self.beat_timer.start(self._beat_interval)
        safe = self.session.safe
        if safe is None or not safe.owns_lock or self.queue.pending:
            return
        self.queue.submit(safe.heartbeat, self._beaten, lambda error: None)

    def _beaten(self, ours: bool) -> None:
        if not ours:
            self.session.lost_lock()

    def stop(self) -> None:
        """No more checks or beats (the document is closing)."""
        self.check_timer.stop()
        self.beat_timer.stop()
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            try:
                application.applicationStateChanged.disconnect(self._application_state)
            except (RuntimeError, TypeError):
                pass
