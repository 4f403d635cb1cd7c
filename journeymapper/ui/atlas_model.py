"""The atlas dock's list: every map of an opened atlas, grouped, one row each. No I/O.

``AtlasModel.show_entries`` turns the ``MapInfo`` list an ``AtlasIndex`` scan
produced into rows under one item per group. A map row keeps the entry's file
(``FILE_ROLE``) so activating it can open the map; group rows have none.
Broken and stale entries are flagged in the last column, with the reason as
the tooltip; colours come from the widget palette (no fixed colours).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from ..atlas import MapInfo

FILE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The map's file (a str path) on a map row's first column; None on group rows and unresolved links."""
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
"""The entry's path as written in the atlas."""
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 3
"""Why the entry is broken (or its link not followed); None when it reads."""


def tr(text: str) -> str:
    return QCoreApplication.translate("atlas", text)


def columns() -> list[str]:
    return [tr("Map"), tr("State"), tr("Stages"), tr("Cards"), tr("Actions"), tr("Owner"), tr("Last change"),
            tr("Open by"), tr("Flags")]


FLAGS_COLUMN = 8


def group_name(group: str) -> str:
    return group or tr("(No group)")


class AtlasModel(QStandardItemModel):
    """Groups as top-level rows, their maps as children, in atlas order."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setHorizontalHeaderLabels(columns())

    def show_entries(self, entries: Sequence[MapInfo]) -> None:
        self.removeRows(0, self.rowCount())
        groups: dict[str, QStandardItem] = {}
        for info in entries:
            parent = groups.get(info.group)
            if parent is None:
                parent = groups[info.group] = self._group_row(info.group)
            parent.appendRow(self.map_row(info))

    def _group_row(self, group: str) -> QStandardItem:
        item = QStandardItem(group_name(group))
        item.setEditable(False)
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        item.setAccessibleText(tr("Group %1").replace("%1", group_name(group)))
        row = [item] + [_cell("") for _ in range(len(columns()) - 1)]
        self.appendRow(row)
        return item

    def map_row(self, info: MapInfo) -> list[QStandardItem]:
        problem = info.problem
        title = _cell(info.title or info.path)
        title.setToolTip(info.path)
        title.setData(str(info.link.file) if info.link.file is not None else None, FILE_ROLE)
        title.setData(info.path, ENTRY_ROLE)
        title.setData(problem, PROBLEM_ROLE)
        state = {"current": tr("Current"), "future": tr("Future")}.get(info.state, info.state)
        actions = _cell(_actions_text(info))
        last = info.last_change
        last_text = last.astimezone().strftime("%Y-%m-%d %H:%M") if last is not None else ""
        flags, tips = [], []
        if problem:
            flags.append(tr("Broken"))
            tips.append(tr("Broken: %1").replace("%1", problem))
        if info.stale:
            flags.append(tr("Stale"))
            tips.append(tr("Stale: %1").replace("%1", info.stale))
        flag = _cell(", ".join(flags))
        flag.setToolTip("\n".join(tips))
        flag.setAccessibleText(" ".join(tips))
        row = [title, _cell(state), _cell(str(info.stages) if info.readable else ""),
               _cell(str(info.cards) if info.readable else ""), actions, _cell(info.owner), _cell(last_text),
               _cell(info.opened_by or ""), flag]
        if problem:
            title.setToolTip(tr("Broken: %1").replace("%1", problem))
            disabled = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            font = QFont()
            font.setItalic(True)
            for cell in row:
                cell.setForeground(disabled)
                cell.setFont(font)
        return row

    def map_rows(self) -> list[QStandardItem]:
        """Every map row's first cell, in display order (tests and keyboard helpers)."""
        found = []
        for group in range(self.rowCount()):
            parent = self.item(group, 0)
            found.extend(parent.child(row, 0) for row in range(parent.rowCount()))
        return found

    def groups(self) -> dict[str, list[str]]:
        """Group name -> the titles shown under it."""
        return {self.item(g, 0).text(): [self.item(g, 0).child(r, 0).text() for r in range(self.item(g, 0).rowCount())]
                for g in range(self.rowCount())}


def row_file(item: Optional[QStandardItem]) -> Optional[Path]:
    value = item.data(FILE_ROLE) if item is not None else None
    return Path(value) if value else None


def _actions_text(info: MapInfo) -> str:
    if not info.readable:
        return ""
    if info.overdue_actions:
        return tr("%1 open, %2 overdue").replace("%1", str(info.open_actions)).replace("%2", str(info.overdue_actions))
    return tr("%1 open").replace("%1", str(info.open_actions))


def _cell(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item
