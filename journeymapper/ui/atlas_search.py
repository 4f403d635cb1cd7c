"""Search across every map of the atlas: a field, and the hits as a list.

The dock runs ``search_atlas`` in its worker (the index is used by one thread
at a time) and hands the hits to ``AtlasSearch.show_hits``. Activating a hit
(double-click or Enter) emits ``hit_activated`` with the ``SearchHit``.
"""

from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..atlas import SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1

KIND_NAMES = {"card": "Card", "pain_point": "Pain point", "persona": "Persona", "action": "Action", "map": "Map"}


def tr(text: str) -> str:
    return QCoreApplication.translate("atlas", text)


def hit_text(hit: SearchHit) -> str:
    kind = tr(KIND_NAMES.get(hit.kind, hit.kind))
    return f"{hit.map_title} · {kind}: {hit.snippet}"


class AtlasSearch(QWidget):
    """A search field (Enter searches) above the list of hits."""

    search_requested = Signal(str)
    hit_activated = Signal(object)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(tr("Search all maps…"))
        self.field.setAccessibleName(tr("Search all maps of the atlas"))
        self.field.setClearButtonEnabled(True)
        self.hits = QListWidget(self)
        self.hits.setAccessibleName(tr("Search results"))
        self.hits.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.hits, 1)
        self.field.returnPressed.connect(lambda: self.search_requested.emit(self.field.text()))
        self.field.textChanged.connect(self._cleared)
        self.hits.itemActivated.connect(self._activated)

    def _cleared(self, text: str) -> None:
        if not text.strip():
            self.hits.clear()
            self.hits.hide()

    def show_hits(self, hits: Sequence[SearchHit]) -> None:
        self.hits.clear()
        for hit in hits:
            item = QListWidgetItem(hit_text(hit))
            item.setToolTip(f"{hit.map_path}\n{hit.snippet}")
            item.setData(HIT_ROLE, hit)
            self.hits.addItem(item)
        if not hits:
            item = QListWidgetItem(tr("No matches"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.hits.addItem(item)
        self.hits.show()
        if hits:
            self.hits.setCurrentRow(0)

    def hit_list(self) -> list[SearchHit]:
        return [h for h in (self.hits.item(i).data(HIT_ROLE) for i in range(self.hits.count())) if h is not None]

    def _activated(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is not None:
            self.hit_activated.emit(hit)
