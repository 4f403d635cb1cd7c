"""Copy, cut, paste and drops from outside on the canvas (a mixin of :class:`~.view.MapView`).

Paste and drop share one path (:meth:`ClipboardMixin._insert_from_mime`): our
own cards keep their fields, plain text becomes one card a line. Palette drops
(a lane kind, a new card) show where they land while the pointer moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pydantic_core import ValidationError
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QGraphicsView

from ..editor import edits
from .clipboard import CARDS_MIME, cards_from_mime, cards_to_mime, lines_from_text, palette_payload
from .interactions import PaletteDrop

if TYPE_CHECKING:
    from ..editor import MapDocument
    from .scene import MapScene

    _ViewBase = QGraphicsView
else:
    _ViewBase = object


class ClipboardMixin(_ViewBase):
    """Cards to and from the clipboard, and drag-and-drop onto the map."""

    document: MapDocument
    map_scene: MapScene
    _drop: Optional[PaletteDrop]
    _last_view_pos: QPointF
    _autoscroll: QTimer

    def copy(self) -> bool:
        ids = self.map_scene.selected_card_ids()
        cards = [c for c in (self.document.card(i) for i in ids) if c is not None]
        if not cards:
            return False
        QGuiApplication.clipboard().setMimeData(cards_to_mime(cards))
        return True

    def cut(self) -> bool:
        if self.copy():
            return self.delete_selection()
        return False

    def can_paste(self) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        return mime is not None and (mime.hasFormat(CARDS_MIME) or bool(mime.hasText() and mime.text().strip()))

    def paste(self, mime=None) -> list[str]:  # noqa: ANN001 - a QMimeData
        """Paste cards (ours) or plain text lines (one card each) into the current cell."""
        self.commit_edit()
        mime = mime if mime is not None else QGuiApplication.clipboard().mimeData()
        target = self._paste_target()
        if mime is None or target is None:
            return []
        lane_id, stage_id, index = target
        return self._insert_from_mime(mime, lane_id, stage_id, index)

    def dragEnterEvent(self, event) -> None:  # noqa: N802, ANN001
        mime = event.mimeData()
        payload = palette_payload(mime)
        if payload is None and (mime.hasFormat(CARDS_MIME) or mime.hasText()):
            payload = "card"
        if payload is None or not (payload.startswith("card") or payload.startswith("lane:")):
            event.ignore()
            return
        self.commit_edit()
        self._drop = PaletteDrop(self, payload)
        event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802, ANN001
        if self._drop is None:
            event.ignore()
            return
        self._last_view_pos = QPointF(event.position())
        if self._drop.move(self._scene_pos(event.position())):
            event.acceptProposedAction()
        else:
            event.ignore()
        self._update_autoscroll()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802, ANN001
        if self._drop is not None:
            self._drop.cleanup()
            self._drop = None
        self._autoscroll.stop()
        event.accept()

    def dropEvent(self, event) -> None:  # noqa: N802, ANN001
        drop = self._drop
        self._drop = None
        self._autoscroll.stop()
        if drop is None:
            event.ignore()
            return
        drop.move(self._scene_pos(event.position()))
        drop.cleanup()
        target = drop.target
        if target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        mime = event.mimeData()
        if target[0] == "lane":
            kind = drop.lane_kind
            if kind is not None:
                lane_id = edits.add_lane(self.document, kind, index=target[1])
                self.map_scene.select_lane(lane_id)
            return
        _, lane_id, stage_id, index = target
        if palette_payload(mime) is not None:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            self.map_scene.clear_selection()
            self.add_card(lane_id, stage_id, index)
            return
        self._insert_from_mime(mime, lane_id, stage_id, index)

    def _insert_from_mime(self, mime, lane_id: str, stage_id: str, index: Optional[int]) -> list[str]:  # noqa: ANN001
        cards = cards_from_mime(mime)
        ids: list[str] = []
        try:
            if cards:
                ids = edits.insert_cards(self.document, cards, lane_id, stage_id, index)
            elif mime.hasText():
                lines = lines_from_text(mime.text())
                if lines:
                    ids = edits.add_cards(self.document, lane_id, stage_id, lines, index)
        except (ValidationError, ValueError):
            QApplication.beep()
            return []
        if ids:
            self.map_scene.select_cards(ids)
            self.map_scene.set_focus_cell((lane_id, stage_id))
            self.ensure_visible(ids[0])
        return ids

    def _paste_target(self) -> Optional[tuple[str, str, Optional[int]]]:
        scene = self.map_scene
        ids = scene.selected_card_ids()
        if ids:
            card = self.document.card(ids[-1])
            if card is not None:
                cards = [c.id for c in self.document.cards_in_cell(card.lane, card.stage)]
                return card.lane, card.stage, cards.index(card.id) + 1
        cell = scene.focus_cell or self._default_cell()
        if cell is None:
            return None
        return cell[0], cell[1], None
