"""Sorting and filtering of the action table: by text, by status, and overdue only.

A proxy so the table can be sorted and narrowed without touching the rows'
order in the map (the map's order is what the file keeps). Sorting compares
the source model's typed keys (dates as dates, priorities by rank), not the
displayed text, so "10 Feb" sorts after "9 Mar" only when it should.
"""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ..model import ActionStatus
from .action_model import ActionTableModel

Index = QModelIndex | QPersistentModelIndex

OPEN = "open"
"""The status filter for open, in progress and blocked together."""


class ActionFilter(QSortFilterProxyModel):
    """Rows whose text matches, whose status fits, and (optionally) only the overdue ones."""

    def __init__(self, parent: Optional[Any] = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._status: Optional[str] = None
        self._overdue_only = False
        self.setDynamicSortFilter(True)

    def source(self) -> ActionTableModel:
        return self.sourceModel()  # type: ignore[return-value]

    # --- what is shown ----------------------------------------------------------------

    def set_text(self, text: str) -> None:
        self._change(lambda: setattr(self, "_needle", " ".join(text.split()).casefold()))

    def set_status(self, status: Optional[str]) -> None:
        """None for every status, :data:`OPEN` for the open ones, or one ``ActionStatus`` value."""
        self._change(lambda: setattr(self, "_status", status))

    def set_overdue_only(self, on: bool) -> None:
        self._change(lambda: setattr(self, "_overdue_only", bool(on)))

    def _change(self, apply: Any) -> None:
        self.beginFilterChange()
        apply()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt's name
        row = self.source().row_info(source_row)
        action = row.action
        if self._overdue_only and not row.overdue:
            return False
        if self._status == OPEN and not action.status.is_open:
            return False
        if self._status not in (None, OPEN) and action.status != ActionStatus(self._status):
            return False
        if not self._needle:
            return True
        haystack = [action.title, action.owner, action.description, *row.stage_names, *(c.text for c in row.cards)]
        return any(self._needle in " ".join(text.split()).casefold() for text in haystack)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt's name
        source = self.source()
        return source.sort_key(left.row(), left.column()) < source.sort_key(right.row(), right.column())
