"""The palette dock: things a user can drag onto the map (a card, a lane of each kind).

A drag carries ``application/x-journeymapper-palette`` with ``b"card"`` or
``b"lane:<kind>"``; the canvas decides where it lands. Activating an entry
(double-click or Enter) inserts it without a mouse, for keyboard users.
"""

from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QListWidget, QListWidgetItem, QWidget

from ..canvas.clipboard import PALETTE_MIME, palette_mime
from ..model import LaneKind
from .names import lane_kind_name

MIME_TYPE = PALETTE_MIME
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("palette", text)


def payload_for_lane(kind: LaneKind) -> bytes:
    return f"lane:{kind.value}".encode("ascii")


def parse_payload(payload: bytes) -> Optional[LaneKind | str]:
    """``"card"``, a LaneKind, or None for anything else (the canvas can share this)."""
    text = bytes(payload).decode("ascii", "replace")
    if text == "card":
        return "card"
    if text.startswith("lane:"):
        try:
            return LaneKind(text[len("lane:") :])
        except ValueError:
            return None
    return None


class PaletteList(QListWidget):
    """A list whose drags carry palette payloads instead of list items."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Palette"))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [MIME_TYPE]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt's name
        if not items:
            return QMimeData()
        return palette_mime(bytes(items[0].data(PAYLOAD_ROLE)).decode("ascii"))


class PaletteDock(QDockWidget):
    """The dock holding the palette list."""

    insert_card_requested = Signal()
    insert_lane_requested = Signal(object)  # LaneKind

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Palette"), parent)
        self.setObjectName("palette")
        self.list = PaletteList(self)
        self._add(tr("Card"), b"card", tr("Drag onto a cell to add a card"))
        for kind in LaneKind:
            self._add(
                tr("%1 lane").replace("%1", lane_kind_name(kind)),
                payload_for_lane(kind),
                tr("Drag onto the map to add a lane of this kind"),
            )
        self.list.itemActivated.connect(self._activated)
        self.setWidget(self.list)

    def _add(self, text: str, payload: bytes, tip: str) -> None:
        item = QListWidgetItem(text, self.list)
        item.setData(PAYLOAD_ROLE, payload)
        item.setToolTip(tip)

    def _activated(self, item: QListWidgetItem) -> None:
        what = parse_payload(item.data(PAYLOAD_ROLE))
        if what == "card":
            self.insert_card_requested.emit()
        elif isinstance(what, LaneKind):
            self.insert_lane_requested.emit(what)
