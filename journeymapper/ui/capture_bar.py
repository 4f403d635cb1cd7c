"""Quick capture: a bar under the map where each line typed becomes a card at once.

In a workshop the room talks faster than anyone can click, so the bar is one
shortcut away, is never a dialog, and stays open: Enter adds the line as a
card in the focused cell and clears the field for the next. Aiming costs a key:
Tab goes to the next cell down the stage and then on to the next stage (the
order a room discusses a map in; Shift+Tab goes back), Up/Down to the lane above
or below, Page Up/Page Down to the previous or next stage; the canvas's focus
frame shows where cards go. A line may also aim itself (``pain @Checkout: ...``,
see :mod:`journeymapper.editor.capture`). Escape leaves the bar.
Pasting several lines adds them all as one step. A line that cannot be placed
stays in the field with the reason in red, so nothing the room said is lost.
"""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence, QTextOption
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget

from ..editor import MapDocument, edits
from ..editor.capture import CaptureError, CaptureResult, default_capture_cell, parse_capture_line, parse_capture_text
from ..model import LaneKind
from .names import lane_kind_name

ERROR_STYLE = "color: #C62828; font-weight: bold;"


def tr(text: str) -> str:
    return QCoreApplication.translate("capture_bar", text)


def error_text(error: CaptureError) -> str:
    """The translated message of a capture error."""
    listed = ", ".join(error.candidates)
    if error.kind == "no_lane":
        return tr("No lane matches “%1” (lanes: %2)").replace("%1", error.token).replace("%2", listed)
    if error.kind == "ambiguous_lane":
        return tr("“%1” could be several lanes: %2; type more of the name").replace("%1", error.token).replace("%2", listed)
    if error.kind == "no_stage":
        return tr("No stage matches “%1” (stages: %2)").replace("%1", error.token).replace("%2", listed)
    if error.kind == "ambiguous_stage":
        return tr("“%1” could be several stages: %2; type more of the name").replace("%1", error.token).replace("%2", listed)
    if error.kind == "no_cell":
        return tr("The map needs a lane and a stage first")
    return tr("Type the card's text after the colon")


def lane_aliases() -> dict[str, list[str]]:
    """Lane kinds answer to their translated names too (``schmerz`` in German, say)."""
    return {kind.value: [lane_kind_name(kind)] for kind in LaneKind}


class CaptureEdit(QPlainTextEdit):
    """The one-line field of the bar. A text edit rather than a line edit because a line
    edit flattens a multi-line paste into one line; here every way of pasting (keys,
    context menu, drop, middle click) hands the lines to ``pasted``."""

    submitted = Signal()
    pasted = Signal(str)
    escaped = Signal()
    retarget = Signal(int, int)  # lane step, stage step
    next_cell = Signal(int)  # 1: Tab, -1: Shift+Tab
    undo_map = Signal(bool)  # True: redo

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(False)  # Tab aims at the next cell; Escape leaves the bar
        self.setWordWrapMode(QTextOption.WrapMode.NoWrap)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().contentsChanged.connect(self._fit_height)
        self._fit_height()

    def _fit_height(self) -> None:
        """One line tall, growing to four when lines that could not be placed wait here."""
        lines = max(1, min(4, self.document().blockCount()))
        height = QFontMetrics(self.font()).lineSpacing() * lines
        margins = self.contentsMargins()
        self.setFixedHeight(height + 2 * round(self.document().documentMargin()) + margins.top() + margins.bottom())

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's name
        text = source.text()
        if "\n" in text.strip("\n") or "\r" in text.strip("\r\n"):
            cursor = self.textCursor()
            before = self.toPlainText()[: cursor.selectionStart()]
            after = self.toPlainText()[cursor.selectionEnd():]
            self.pasted.emit(before + text + after)
            return
        super().insertFromMimeData(_plain(text.strip("\r\n")))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
        elif key == Qt.Key.Key_Escape:
            self.escaped.emit()
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not mods & ~Qt.KeyboardModifier.ShiftModifier:
            backwards = key == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
            self.next_cell.emit(-1 if backwards else 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods:
            self.retarget.emit(-1 if key == Qt.Key.Key_Up else 1, 0)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and not mods:
            self.retarget.emit(0, -1 if key == Qt.Key.Key_PageUp else 1)
        elif not self.toPlainText() and (event.matches(QKeySequence.StandardKey.Undo)
                                         or event.matches(QKeySequence.StandardKey.Redo)):
            self.undo_map.emit(event.matches(QKeySequence.StandardKey.Redo))  # empty field: undo the last card
        else:
            super().keyPressEvent(event)
            return
        event.accept()


def _plain(text: str) -> QMimeData:
    data = QMimeData()
    data.setText(text)
    return data


class CaptureBar(QWidget):
    """The capture bar of the main window, adding cards to the current tab's map."""

    closed = Signal()
    added = Signal(list)  # ids of the cards just added

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture_bar")
        self.setAccessibleName(tr("Quick capture"))
        self.document: Optional[MapDocument] = None
        self.view: Optional[Any] = None
        self.target = QLabel()
        self.target.setObjectName("capture_target")
        self.target.setAccessibleName(tr("Cards go to"))
        self.target.setTextFormat(Qt.TextFormat.PlainText)
        self.edit = CaptureEdit()
        self.edit.setObjectName("capture_edit")
        self.edit.setAccessibleName(tr("Card text"))
        self.edit.setPlaceholderText(tr("Type a card and press Enter"))
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(tr("Close quick capture"))
        self.close_button.setToolTip(tr("Close (Esc)"))
        self.message = QLabel()
        self.message.setObjectName("capture_message")
        self.message.setAccessibleName(tr("Capture message"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.target)
        row.addWidget(self.edit, 1)
        row.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 3, 6, 3)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)
        self.edit.submitted.connect(self.submit)
        self.edit.pasted.connect(self.submit_text)
        self.edit.escaped.connect(self.close_bar)
        self.edit.retarget.connect(self.move_target)
        self.edit.next_cell.connect(self.step_cell)
        self.edit.undo_map.connect(self._undo)
        self.edit.textChanged.connect(self._preview)
        self.close_button.clicked.connect(self.close_bar)
        self._show_hint()
        self.hide()

    # --- the current tab -------------------------------------------------------------

    def set_target(self, document: Optional[MapDocument], view: Optional[Any]) -> None:
        if self.view is not None:
            try:
                self.view.selection_changed.disconnect(self._on_focus_moved)
            except (RuntimeError, TypeError):
                pass
        self.document, self.view = document, view
        if view is not None:
            view.selection_changed.connect(self._on_focus_moved)
        self._preview()

    def cell(self) -> Optional[tuple[str, str]]:
        """Where an unaimed line goes: the canvas's focused cell, else the first touchpoints
        lane in the first stage."""
        if self.document is None:
            return None
        cell = self.view.current_cell() if self.view is not None else None
        return cell or default_capture_cell(self.document.journey)

    # --- commands --------------------------------------------------------------------

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._preview()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()
        if self.view is not None:
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def submit(self) -> None:
        self.submit_text(self.edit.toPlainText())

    def submit_text(self, text: str) -> list[str]:
        """Add a card per line; lines that cannot be placed stay in the field with the reason."""
        if self.document is None:
            return []
        results = parse_capture_text(text, self.document.journey, self.cell(), lane_aliases())
        placed = [r for r in results if isinstance(r, CaptureResult)]
        failed = [r for r in results if isinstance(r, CaptureError)]
        ids = edits.capture_cards(self.document, [(r.lane_id, r.stage_id, r.text) for r in placed]) if placed else []
        if placed and self.view is not None:
            last = placed[-1]
            self.view.focus_cell(last.lane_id, last.stage_id)  # the next line goes where this one went
            self.view.ensure_visible(ids[-1])
        self.edit.setPlainText("\n".join(error.line.strip() for error in failed))
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
        if failed:
            self._show_error(error_text(failed[0]))
        else:
            self._show_hint()
        if ids:
            self.added.emit(ids)
        return ids

    def move_target(self, lane_step: int, stage_step: int) -> None:
        """Aim at the next or previous lane (collapsed lanes skipped) or stage."""
        if self.document is None or self.view is None:
            return
        journey = self.document.journey
        cell = self.cell()
        lanes = [lane.id for lane in journey.lanes if not lane.collapsed]
        stages = [stage.id for stage in journey.stages]
        if cell is None or not lanes or not stages:
            return
        lane_index = lanes.index(cell[0]) if cell[0] in lanes else 0
        stage_index = stages.index(cell[1]) if cell[1] in stages else 0
        lane_index = max(0, min(len(lanes) - 1, lane_index + lane_step))
        stage_index = max(0, min(len(stages) - 1, stage_index + stage_step))
        self.view.focus_cell(lanes[lane_index], stages[stage_index])
        self._preview()

    def step_cell(self, step: int) -> None:
        """Aim at the next cell down the stage, then the next stage's first lane (wrapping)."""
        if self.document is None or self.view is None:
            return
        journey = self.document.journey
        cells = [(lane.id, stage.id) for stage in journey.stages for lane in journey.lanes if not lane.collapsed]
        cell = self.cell()
        if not cells or cell is None:
            return
        index = cells.index(cell) + step if cell in cells else 0
        self.view.focus_cell(*cells[index % len(cells)])
        self._preview()

    def _undo(self, redo: bool) -> None:
        if self.document is not None:
            (self.document.undo_stack.redo if redo else self.document.undo_stack.undo)()

    # --- what the bar says -----------------------------------------------------------------

    def _on_focus_moved(self, _selection: object) -> None:
        if self.isVisible():
            self._preview()

    def _preview(self) -> None:
        """Show where the line being typed will go (its own aim, else the focused cell)."""
        if self.document is None:
            self.target.setText("")
            return
        journey = self.document.journey
        cell = self.cell()
        first = self.edit.toPlainText().split("\n", 1)[0]
        if first.strip():
            parsed = parse_capture_line(first, journey, cell, lane_aliases())
            if isinstance(parsed, CaptureResult):
                cell = (parsed.lane_id, parsed.stage_id)
        if cell is None:
            self.target.setText(tr("No cell"))
            return
        lane, stage = journey.lane(cell[0]), journey.stage(cell[1])
        lane_name = (lane.title or lane_kind_name(lane.kind)) if lane else "?"
        self.target.setText(tr("→ %1 · %2").replace("%1", lane_name).replace("%2", stage.name if stage else "?"))

    def _show_hint(self) -> None:
        self.message.setStyleSheet("")
        self.message.setText(tr("Enter adds the card. Tab next cell, ↑↓ lane, PgUp/PgDn stage, or aim a line: "
                                "“pain @Checkout: Card declined”. \\ at the start takes a line literally. Esc closes."))

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    @property
    def error_shown(self) -> bool:
        return bool(self.message.styleSheet())
