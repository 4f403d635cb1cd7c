"""Editing a card's text in place: a QGraphicsTextItem over the card, only while it is edited.

Enter commits (Shift+Enter starts a new line), Escape cancels, and moving the
focus away commits. The editor itself never touches the document: it calls
``on_finish(editor, commit)`` and the view turns that into one edit.
"""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyle, QStyleOptionGraphicsItem, QWidget

from .items import CARD_RADIUS, Z_EDITOR, Theme
from .style import text_font


class CardEditor(QGraphicsTextItem):
    """The text of one card (or of a card being written) being edited on the canvas.

    ``card_id`` is None for a new card; then ``cell`` and ``index`` say where it goes.
    """

    def __init__(
        self,
        theme: Theme,
        card_rect: QRectF,
        text_offset: tuple[float, float],
        text: str,
        fill: QColor,
        ink: QColor,
        on_finish: Callable[["CardEditor", bool], None],
        font_size: float = 11.0,
        card_id: Optional[str] = None,
        cell: Optional[tuple[str, str]] = None,
        index: Optional[int] = None,
    ) -> None:
        super().__init__()
        self.card_id = card_id
        self.cell = cell
        self.index = index
        self.finished = False
        self._theme = theme
        self._fill = QColor(fill)
        self._on_finish = on_finish
        dx, dy = text_offset
        self._padding = dx, dy
        self._card = QRectF(-dx, -dy, card_rect.width(), card_rect.height())
        font = text_font(font_size)
        self.setFont(font.font)
        self.document().setDocumentMargin(0)
        self.setTextWidth(max(10.0, card_rect.width() - 2 * dx))
        self.setDefaultTextColor(ink)
        self.setPlainText(text)
        self.setPos(card_rect.left() + dx, card_rect.top() + dy)
        self.setZValue(Z_EDITOR)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)
        self.document().contentsChanged.connect(self._grow)

    @property
    def is_new(self) -> bool:
        return self.card_id is None

    def text(self) -> str:
        return self.toPlainText()

    def card_rect(self) -> QRectF:
        """The card's box while editing (it grows with the text), in item coordinates."""
        content = super().boundingRect()
        height = max(self._card.height(), content.height() + 2 * self._padding[1])
        return QRectF(self._card.left(), self._card.top(), self._card.width(), height)

    def _grow(self) -> None:
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return super().boundingRect().united(self.card_rect()).adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        style = self._theme.style
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(style.highlight, 2.0))
        painter.setBrush(self._fill)
        painter.drawRoundedRect(self.card_rect().adjusted(-1, -1, 1, 1), CARD_RADIUS, CARD_RADIUS)
        painter.restore()
        plain = QStyleOptionGraphicsItem(option)
        plain.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, plain, widget)

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.accept()
            self.finish(True)
            return
        if key == Qt.Key.Key_Escape:
            event.accept()
            self.finish(False)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Shift+Enter: a new line, not a line separator
            self.textCursor().insertText("\n")
            event.accept()
            return
        super().keyPressEvent(event)
        event.accept()

    def focusOutEvent(self, event) -> None:  # noqa: N802, ANN001
        super().focusOutEvent(event)
        if not self.finished and event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self.finish(True)

    def finish(self, commit: bool) -> None:
        if not self.finished:
            self._on_finish(self, commit)
