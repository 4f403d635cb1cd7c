"""Search across every map of the atlas: a field searched as you type, filters, hits grouped by map.

Typing waits for a pause (``DEBOUNCE_MS``) before asking for a search; Enter
searches at once. The dock runs ``search_atlas`` in its worker (the index is
used by one thread at a time), with ``filters()``, and hands the hits to
``show_hits``. Filters narrow by persona, channel, owner, action status and
state (current or future); with a filter set, an empty field lists
everything the filters allow. Activating a hit (double-click or Enter) emits
``hit_activated`` with the ``SearchHit``; activating a map's row emits a
``map`` hit for it.
"""

from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget,
)

from ..atlas import SearchFilters, SearchHit
from ..model import ActionStatus, Channel, MapState
from .action_columns import status_name
from .names import channel_name

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 300
"""How long typing must pause before the search runs: long enough not to search every keystroke."""

KIND_NAMES = {"card": "Card", "pain_point": "Pain point", "persona": "Persona", "action": "Action", "map": "Map"}


def tr(text: str) -> str:
    return QCoreApplication.translate("atlas", text)


def hit_text(hit: SearchHit) -> str:
    """A hit's line under its map: what it is and the matching text."""
    return f"{tr(KIND_NAMES.get(hit.kind, hit.kind))}: {hit.snippet}"


def grouped(hits: Sequence[SearchHit]) -> list[tuple[str, list[SearchHit]]]:
    """Hits by map (the entry's path), maps in the order their first hit came."""
    groups: dict[str, list[SearchHit]] = {}
    for hit in hits:
        groups.setdefault(hit.map_path, []).append(hit)
    return list(groups.items())


class AtlasSearch(QWidget):
    """The search field, a Filters toggle with its choices, and the hits in a tree grouped by map."""

    search_requested = Signal(str)
    hit_activated = Signal(object)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(tr("Search all maps…"))
        self.field.setAccessibleName(tr("Search all maps of the atlas"))
        self.field.setClearButtonEnabled(True)
        self.filter_button = QToolButton(self)
        self.filter_button.setText(tr("Filters"))
        self.filter_button.setCheckable(True)
        self.filter_button.setAccessibleName(tr("Show the search filters"))
        self.persona = self._combo(tr("Persona"))
        self.channel = self._combo(tr("Channel"), [(channel_name(c), c.value) for c in Channel])
        self.owner = self._combo(tr("Owner"))
        self.status = self._combo(tr("Action status"), [(status_name(s), s.value) for s in ActionStatus])
        self.state = self._combo(tr("State"), [(tr("Current"), MapState.CURRENT.value),
                                              (tr("Future"), MapState.FUTURE.value)])
        self.filter_panel = QWidget(self)
        form = QFormLayout(self.filter_panel)
        form.setContentsMargins(0, 0, 0, 0)
        for label, combo in ((tr("&Persona:"), self.persona), (tr("C&hannel:"), self.channel),
                             (tr("O&wner:"), self.owner), (tr("Action s&tatus:"), self.status),
                             (tr("Stat&e:"), self.state)):
            form.addRow(label, combo)
        self.filter_panel.hide()
        self.summary = QLabel(self)
        self.summary.setAccessibleName(tr("Search result count"))
        self.summary.hide()
        self.hits = QTreeWidget(self)
        self.hits.setHeaderHidden(True)
        self.hits.setAccessibleName(tr("Search results, grouped by map"))
        self.hits.setUniformRowHeights(True)
        self.hits.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.field, 1)
        top.addWidget(self.filter_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filter_panel)
        layout.addWidget(self.summary)
        layout.addWidget(self.hits, 1)
        self.field.returnPressed.connect(self.search_now)
        self.field.textChanged.connect(self._typed)
        self.filter_button.toggled.connect(self.filter_panel.setVisible)
        self.hits.itemActivated.connect(self._activated)

    def _combo(self, name: str, choices: Sequence[tuple[str, object]] = ()) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(tr("Filter by %1").replace("%1", name))
        combo.addItem(tr("Any"), None)
        for text, value in choices:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _index: self._filters_changed())
        return combo

    # --- choices and filters ----------------------------------------------------------------

    def set_choices(self, personas: Sequence[str], owners: Sequence[str]) -> None:
        """The personas and owners named across the atlas (after each scan); a chosen one stays chosen."""
        for combo, names in ((self.persona, personas), (self.owner, owners)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("Any"), None)
            for name in sorted(dict.fromkeys(n for n in names if n.strip()), key=str.casefold):
                combo.addItem(name, name)
            found = combo.findData(chosen) if chosen is not None else 0
            if found < 0:
                combo.addItem(chosen, chosen)
                found = combo.count() - 1
            combo.setCurrentIndex(found)
            combo.blockSignals(False)

    def filters(self) -> SearchFilters:
        """The chosen filters (the combo boxes hold the enums' values: Qt keeps plain strings)."""
        channel, status, state = (combo.currentData() for combo in (self.channel, self.status, self.state))
        return SearchFilters(persona=self.persona.currentData(), owner=self.owner.currentData(),
                             channel=Channel(channel) if channel else None,
                             status=ActionStatus(status) if status else None,
                             state=MapState(state) if state else None)

    def has_filters(self) -> bool:
        return self.filters() != SearchFilters()

    def wants_results(self) -> bool:
        return bool(self.field.text().strip()) or self.has_filters()

    def _filters_changed(self) -> None:
        active = self.has_filters()
        self.filter_button.setText(tr("Filters (on)") if active else tr("Filters"))
        self._typed(self.field.text())

    # --- searching ----------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if not self.wants_results():
            self.timer.stop()
            self.clear_hits()
            return
        self.timer.start()

    def search_now(self) -> None:
        self.timer.stop()
        if self.wants_results():
            self.search_requested.emit(self.field.text())

    def clear_hits(self) -> None:
        self.hits.clear()
        self.hits.hide()
        self.summary.hide()

    def show_hits(self, hits: Sequence[SearchHit]) -> None:
        """The hits, under one row per map; late results for a cleared field are dropped."""
        if not self.wants_results():
            return
        self.hits.clear()
        bold = QFont(self.hits.font())
        bold.setBold(True)
        for map_path, found in grouped(hits):
            first = found[0]
            group = QTreeWidgetItem([tr("%1 (%2)").replace("%1", first.map_title or map_path)
                                     .replace("%2", str(len(found)))])
            group.setFont(0, bold)
            group.setToolTip(0, map_path)
            group.setData(0, HIT_ROLE, SearchHit(map_path, first.file, first.map_title, "map", "", "", ""))
            for hit in found:
                item = QTreeWidgetItem(group, [hit_text(hit)])
                item.setToolTip(0, f"{hit.map_path}\n{hit.snippet}")
                item.setData(0, HIT_ROLE, hit)
            self.hits.addTopLevelItem(group)
        self.hits.expandAll()
        maps = len({hit.map_path for hit in hits})
        self.summary.setText(tr("No matches") if not hits else
                             tr("%1 results in %2 maps").replace("%1", str(len(hits))).replace("%2", str(maps)))
        self.summary.show()
        self.hits.setVisible(bool(hits))
        if hits:
            self.hits.setCurrentItem(self.hits.topLevelItem(0).child(0))

    def hit_list(self) -> list[SearchHit]:
        """Every hit shown, in order (map rows left out)."""
        return [group.child(i).data(0, HIT_ROLE) for group in self._groups() for i in range(group.childCount())]

    def map_titles(self) -> list[str]:
        return [group.text(0) for group in self._groups()]

    def select_hit(self, hit: SearchHit) -> None:
        for group in self._groups():
            for i in range(group.childCount()):
                if group.child(i).data(0, HIT_ROLE) == hit:
                    self.hits.setCurrentItem(group.child(i))
                    return

    def _groups(self) -> list[QTreeWidgetItem]:
        return [self.hits.topLevelItem(i) for i in range(self.hits.topLevelItemCount())]

    def _activated(self, item: QTreeWidgetItem) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit is not None:
            self.hit_activated.emit(hit)


__all__ = ["AtlasSearch", "DEBOUNCE_MS", "HIT_ROLE", "grouped", "hit_text"]
