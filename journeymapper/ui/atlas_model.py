"""The atlas dock's list: every map of an opened atlas, grouped, one row each. No I/O.

``AtlasModel.show_entries`` turns the ``MapInfo`` list an ``AtlasIndex`` scan
produced into rows under one item per group. A map row keeps the entry
(``INFO_ROLE``, ``ENTRY_ROLE``) and its file (``FILE_ROLE``) so commands and
activation know what it is; group rows have none. The title is elided in the
middle by the view and its state comes right after it, because a current map
and its future version often differ only at the end of their titles. Broken
and stale entries say why in the Flags column; previews arrive later
(``set_preview``) as the row's decoration.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QIcon, QImage, QPalette, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from ..atlas import MapInfo
from ..model.invariants import same_path_key

FILE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The map's file (a str path) on a map row's first column; None on group rows and unresolved links."""
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
"""The entry's path as written in the atlas."""
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 3
"""Why the entry is broken (or its link not followed); None when it reads."""
INFO_ROLE = Qt.ItemDataRole.UserRole + 4
"""The row's ``MapInfo`` (map rows only)."""
GROUP_ROLE = Qt.ItemDataRole.UserRole + 5
"""The group's name as stored ("" for no group) on group rows."""


class Column(IntEnum):
    MAP = 0
    STATE = 1
    PERSONAS = 2
    STAGES = 3
    CARDS = 4
    ACTIONS = 5
    OWNER = 6
    LAST_CHANGE = 7
    OPEN_BY = 8
    FLAGS = 9


FLAGS_COLUMN = Column.FLAGS


def tr(text: str) -> str:
    return QCoreApplication.translate("atlas", text)


def columns() -> list[str]:
    return [tr("Map"), tr("State"), tr("Personas"), tr("Stages"), tr("Cards"), tr("Actions"), tr("Owner"),
            tr("Last change"), tr("Open by"), tr("Flags")]


def group_name(group: str) -> str:
    return group or tr("(No group)")


def state_name(state: str) -> str:
    return {"current": tr("Current"), "future": tr("Future")}.get(state, state)


class AtlasModel(QStandardItemModel):
    """Groups as top-level rows, their maps as children, in atlas order."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setHorizontalHeaderLabels(columns())
        self._previews: dict[str, QIcon] = {}
        """Entry key -> the preview shown, kept across refreshes so rows do not flicker."""
        self._rows: dict[str, QStandardItem] = {}
        """Entry key -> its row's first cell."""

    def show_entries(self, entries: Sequence[MapInfo]) -> None:
        self.removeRows(0, self.rowCount())
        self._rows = {}
        groups: dict[str, list[QStandardItem]] = {}
        for info in entries:
            group = groups.get(info.group)
            if group is None:
                group = groups[info.group] = self._group_row(info.group)
            row = self.map_row(info)
            self._rows.setdefault(same_path_key(info.path), row[0])
            group[0].appendRow(row)  # not in the model yet: no signal per row, so a large atlas shows fast
        for group in groups.values():
            self.appendRow(group)

    def _group_row(self, group: str) -> list[QStandardItem]:
        item = QStandardItem(group_name(group))
        item.setData(group, GROUP_ROLE)
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        item.setAccessibleText(tr("Group %1").replace("%1", group_name(group)))
        return [item] + [_cell("") for _ in range(len(columns()) - 1)]

    def map_row(self, info: MapInfo) -> list[QStandardItem]:
        problem = info.problem
        title = _cell(info.title or info.path)
        title.setData(str(info.link.file) if info.link.file is not None else None, FILE_ROLE)
        title.setData(info.path, ENTRY_ROLE)
        title.setData(problem, PROBLEM_ROLE)
        title.setData(info, INFO_ROLE)
        title.setToolTip(_title_tip(info))
        preview = self._previews.get(same_path_key(info.path))
        if preview is not None and not problem:
            title.setData(preview, Qt.ItemDataRole.DecorationRole)
        last = info.last_change
        last_text = last.astimezone().strftime("%Y-%m-%d %H:%M") if last is not None else ""
        flags, tips = [], []
        if problem:
            flags.append(tr("Broken: %1").replace("%1", problem))
            tips.append(tr("Broken: %1").replace("%1", problem))
            tips.append(tr("Use Locate… to point the entry at the file."))
        if info.stale:
            flags.append(tr("Stale"))
            tips.append(tr("Stale: %1").replace("%1", info.stale))
        if info.tags:
            tips.append(tr("Tags: %1").replace("%1", ", ".join(info.tags)))
        flag = _cell("; ".join(flags))
        flag.setToolTip("\n".join(tips))
        flag.setAccessibleText(" ".join(tips))
        personas = _cell(", ".join(info.personas))
        personas.setToolTip("\n".join(info.personas))
        row = [title, _cell(state_name(info.state)), personas, _cell(str(info.stages) if info.readable else ""),
               _cell(str(info.cards) if info.readable else ""), _cell(_actions_text(info)), _cell(info.owner),
               _cell(last_text), _cell(info.opened_by or ""), flag]
        if problem:
            disabled = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            font = QFont()
            font.setItalic(True)
            for cell in row[:-1]:
                cell.setForeground(disabled)
                cell.setFont(font)
        return row

    def set_preview(self, entry: str, image: QImage, size: QSize = QSize(96, 54)) -> bool:
        """Show a map's preview on its row (and on later refreshes); False if no row shows ``entry``.

        Only a small copy is kept (``size``: twice the row's icon), so a large atlas costs little memory.
        """
        small = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        icon = QIcon(QPixmap.fromImage(small))
        self._previews[same_path_key(entry)] = icon
        item = self.row_of(entry)
        if item is None or item.data(PROBLEM_ROLE):
            return False
        item.setData(icon, Qt.ItemDataRole.DecorationRole)
        return True

    def refresh_row(self, info: MapInfo) -> bool:
        """Show the entry's row again from ``info`` (a background strict reading changed it); False if not shown."""
        item = self.row_of(info.path)
        if item is None or item.parent() is None:
            return False
        parent, row = item.parent(), item.row()
        cells = self.map_row(info)
        for column, cell in enumerate(cells):
            parent.setChild(row, column, cell)
        self._rows[same_path_key(info.path)] = cells[0]
        return True

    def preview(self, entry: str) -> Optional[QIcon]:
        return self._previews.get(same_path_key(entry))

    def forget_previews(self) -> None:
        self._previews.clear()

    def row_of(self, entry: str) -> Optional[QStandardItem]:
        """The first cell of the row showing the atlas entry ``entry``."""
        return self._rows.get(same_path_key(entry))

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

    def group_names(self) -> list[str]:
        """The groups as stored in the atlas ("" for no group), in display order."""
        return [self.item(g, 0).data(GROUP_ROLE) or "" for g in range(self.rowCount())]


def row_file(item: Optional[QStandardItem]) -> Optional[Path]:
    value = item.data(FILE_ROLE) if item is not None else None
    return Path(value) if value else None


def row_info(item: Optional[QStandardItem]) -> Optional[MapInfo]:
    return item.data(INFO_ROLE) if item is not None else None


def _title_tip(info: MapInfo) -> str:
    """The whole title (the column elides it), its state and where the file is."""
    lines = [info.title] if info.title else []
    if info.state:
        lines.append(tr("State: %1").replace("%1", state_name(info.state)))
    lines.append(tr("File: %1").replace("%1", info.path))
    if info.problem:
        lines.append(tr("Broken: %1").replace("%1", info.problem))
    return "\n".join(lines)


def _actions_text(info: MapInfo) -> str:
    if not info.readable:
        return ""
    if info.overdue_actions:
        return tr("%1 open, %2 overdue").replace("%1", str(info.open_actions)).replace("%2", str(info.overdue_actions))
    return tr("%1 open").replace("%1", str(info.open_actions))


def _cell(text: str) -> QStandardItem:
    return QStandardItem(text)  # not editable anyway: the list has no edit triggers (and this is faster)
