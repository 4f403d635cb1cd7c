"""A countdown for time-boxed workshop exercises ("five minutes of silent writing").

The room watches the projector, so the time left is shown large over the map in
presentation mode and in the status bar otherwise; when it runs out both turn
red and say so, with no dialog to dismiss in the middle of the discussion.
The clock is injectable so tests need not wait minutes.
"""

from __future__ import annotations

import time
from enum import Enum
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QSpinBox, QWidget

PRESETS = (2, 5, 10, 15)
"""Minutes offered in the menu."""

TIME_UP_STYLE = "background: #C62828; color: white; font-weight: bold; border-radius: 4px; padding: 0 6px;"


def tr(text: str) -> str:
    return QCoreApplication.translate("workshop_timer", text)


class TimerState(str, Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


def format_remaining(seconds: float) -> str:
    """``m:ss`` of the seconds left, rounded up (a timer shows 0:00 only when time is up)."""
    whole = max(0, int(-(-seconds // 1)))
    return f"{whole // 60}:{whole % 60:02d}"


class WorkshopTimer(QObject):
    """A countdown that can be paused and reset; ``changed`` fires when what it shows changes."""

    changed = Signal()
    finished = Signal()

    def __init__(self, parent: Optional[QObject] = None, clock: Callable[[], float] = time.monotonic,
                 interval_ms: int = 200) -> None:
        super().__init__(parent)
        self._clock = clock
        self.state = TimerState.IDLE
        self.duration = 0.0
        self._left = 0.0  # seconds left when last paused or started
        self._started = 0.0
        self._shown = ""
        self._tick = QTimer(self)
        self._tick.setInterval(interval_ms)
        self._tick.timeout.connect(self.poll)

    @property
    def remaining(self) -> float:
        if self.state is TimerState.RUNNING:
            return max(0.0, self._left - (self._clock() - self._started))
        return 0.0 if self.state is TimerState.FINISHED else self._left

    def text(self) -> str:
        if self.state is TimerState.FINISHED:
            return tr("Time's up")
        return format_remaining(self.remaining)

    def start(self, seconds: float) -> None:
        self.duration = self._left = float(seconds)
        self._run()

    def pause(self) -> None:
        if self.state is TimerState.RUNNING:
            self._left = self.remaining
            self.state = TimerState.PAUSED
            self._tick.stop()
            self._announce(force=True)

    def resume(self) -> None:
        if self.state is TimerState.PAUSED:
            self._run()

    def toggle_pause(self) -> None:
        self.pause() if self.state is TimerState.RUNNING else self.resume()

    def reset(self) -> None:
        """Stop and hide the timer."""
        self.state = TimerState.IDLE
        self._left = self.duration = 0.0
        self._tick.stop()
        self._announce(force=True)

    def poll(self) -> None:
        """Check the clock (the tick calls this; tests may call it after moving their clock)."""
        if self.state is TimerState.RUNNING and self.remaining <= 0:
            self.state = TimerState.FINISHED
            self._tick.stop()
            self._announce(force=True)
            self.finished.emit()
            return
        self._announce()

    def _run(self) -> None:
        self._started = self._clock()
        self.state = TimerState.RUNNING
        self._tick.start()
        self._announce(force=True)

    def _announce(self, force: bool = False) -> None:
        shown = f"{self.state.value}:{self.text()}"
        if force or shown != self._shown:
            self._shown = shown
            self.changed.emit()


class TimerLabel(QLabel):
    """The timer as text: small in the status bar, large as an overlay on the projected map."""

    def __init__(self, timer: WorkshopTimer, large: bool = False, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.large = large
        self.wanted = not large
        """Whether it may show at all (the overlay only in presentation mode)."""
        self.setObjectName("timer_overlay" if large else "timer_label")
        self.setAccessibleName(tr("Workshop timer"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, large)
        timer.changed.connect(self.refresh)
        self.refresh()

    @property
    def time_up(self) -> bool:
        return self.timer.state is TimerState.FINISHED

    def refresh(self) -> None:
        state = self.timer.state
        text = self.timer.text()
        if state is TimerState.PAUSED:
            text = tr("%1 (paused)").replace("%1", text)
        self.setText(("⏱ " if not self.large and state is not TimerState.FINISHED else "") + text)
        self.setAccessibleDescription(text)
        if self.large:
            colour = "#C62828" if self.time_up else "rgba(20, 20, 20, 215)"
            self.setStyleSheet(f"background: {colour}; color: white; font-size: 44px; font-weight: bold;"
                               " border-radius: 12px; padding: 6px 22px;")
        else:
            self.setStyleSheet(TIME_UP_STYLE if self.time_up else "")
        self.adjustSize()
        self.setVisible(self.wanted and state is not TimerState.IDLE)

    def set_wanted(self, on: bool) -> None:
        self.wanted = on
        self.refresh()


class CustomTimerPopup(QFrame):
    """A small popup (not a dialog) asking for minutes; Enter starts, Escape or a click elsewhere closes."""

    def __init__(self, timer: WorkshopTimer, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("custom_timer")
        self.setAccessibleName(tr("Custom timer"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.timer = timer
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 180)
        self.minutes.setValue(7)
        self.minutes.setSuffix(tr(" min"))
        self.minutes.setAccessibleName(tr("Minutes"))
        self.start_button = QPushButton(tr("Start"))
        self.start_button.setAccessibleName(tr("Start timer"))
        self.start_button.setDefault(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        label = QLabel(tr("&Minutes:"))
        label.setBuddy(self.minutes)
        row.addWidget(label)
        row.addWidget(self.minutes)
        row.addWidget(self.start_button)
        self.start_button.clicked.connect(self.accept)

    def accept(self) -> None:
        self.timer.start(self.minutes.value() * 60)
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.minutes.interpretText()
            self.accept()
            return
        super().keyPressEvent(event)

    def popup_at(self, widget: QWidget) -> None:
        self.adjustSize()
        centre = widget.mapToGlobal(widget.rect().center())
        self.move(centre.x() - self.width() // 2, centre.y() - self.height() // 2)
        self.show()
        self.minutes.setFocus()
        self.minutes.selectAll()


def timer_menu(timer: WorkshopTimer, custom: Callable[[], None], parent: QWidget) -> QMenu:
    """Timer ▸ 2/5/10/15 minutes, Custom…, Pause/Resume, Reset."""
    menu = QMenu(tr("&Timer"), parent)
    menu.setObjectName("timer_menu")
    for minutes in PRESETS:
        action = QAction(tr("%1 Minutes").replace("%1", str(minutes)), menu)
        action.setObjectName(f"timer_{minutes}")
        action.triggered.connect(lambda _checked=False, m=minutes: timer.start(m * 60))
        menu.addAction(action)
    custom_action = QAction(tr("&Custom…"), menu)
    custom_action.setObjectName("timer_custom")
    custom_action.triggered.connect(custom)
    menu.addAction(custom_action)
    menu.addSeparator()
    pause = QAction(tr("&Pause"), menu)
    pause.setObjectName("timer_pause")
    pause.triggered.connect(timer.toggle_pause)
    reset = QAction(tr("&Reset"), menu)
    reset.setObjectName("timer_reset")
    reset.triggered.connect(timer.reset)
    menu.addActions([pause, reset])

    def sync() -> None:
        pause.setText(tr("&Resume") if timer.state is TimerState.PAUSED else tr("&Pause"))
        pause.setEnabled(timer.state in (TimerState.RUNNING, TimerState.PAUSED))
        reset.setEnabled(timer.state is not TimerState.IDLE)

    timer.changed.connect(sync)
    sync()
    return menu
