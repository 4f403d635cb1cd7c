"""The action table's columns and vocabulary: headers, status and priority names, the overdue colours.

Shared by the model, its editors and the filter, and kept apart from them so a
translator finds every word of the table in one place.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette

from ..model import ActionStatus, Priority


def tr(text: str) -> str:
    return QCoreApplication.translate("action_model", text)


class Column(IntEnum):
    TITLE = 0
    OWNER = 1
    DUE = 2
    STATUS = 3
    PRIORITY = 4
    STAGES = 5
    CARDS = 6


HEADERS = {
    Column.TITLE: QT_TRANSLATE_NOOP("action_model", "Action"),
    Column.OWNER: QT_TRANSLATE_NOOP("action_model", "Owner"),
    Column.DUE: QT_TRANSLATE_NOOP("action_model", "Due"),
    Column.STATUS: QT_TRANSLATE_NOOP("action_model", "Status"),
    Column.PRIORITY: QT_TRANSLATE_NOOP("action_model", "Priority"),
    Column.STAGES: QT_TRANSLATE_NOOP("action_model", "Stages"),
    Column.CARDS: QT_TRANSLATE_NOOP("action_model", "Addresses"),
}
EDITABLE = (Column.TITLE, Column.OWNER, Column.DUE, Column.STATUS, Column.PRIORITY)
FIELDS = {Column.TITLE: "title", Column.OWNER: "owner", Column.DUE: "due", Column.STATUS: "status",
          Column.PRIORITY: "priority"}

_STATUS_NAMES = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("action_model", "Open"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("action_model", "In progress"),
    ActionStatus.BLOCKED: QT_TRANSLATE_NOOP("action_model", "Blocked"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("action_model", "Done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("action_model", "Dropped"),
}
_PRIORITY_NAMES = {
    Priority.CRITICAL: QT_TRANSLATE_NOOP("action_model", "Critical"),
    Priority.HIGH: QT_TRANSLATE_NOOP("action_model", "High"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("action_model", "Medium"),
    Priority.LOW: QT_TRANSLATE_NOOP("action_model", "Low"),
}
STATUS_ORDER = list(_STATUS_NAMES)
PRIORITY_ORDER = list(_PRIORITY_NAMES)
PRIORITY_RANK = {Priority.LOW: 0, Priority.MEDIUM: 1, Priority.HIGH: 2, Priority.CRITICAL: 3}
CARD_TEXT_LENGTH = 40


def status_name(status: ActionStatus) -> str:
    return tr(_STATUS_NAMES[status])


def priority_name(priority: Priority) -> str:
    return tr(_PRIORITY_NAMES[priority])


def shorten(text: str, length: int = CARD_TEXT_LENGTH) -> str:
    """One line of at most ``length`` characters, cut at a word with an ellipsis."""
    line = " ".join(text.split())
    if len(line) <= length:
        return line
    cut = line[: length - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > length // 2 else cut).rstrip(" ,;:.") + "…"


def overdue_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(text, background) for overdue rows: a red readable on this palette's base, light or dark."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightnessF() < 0.5
    ink = QColor("#FF8A80") if dark else QColor("#B3261E")
    red = QColor("#E5484D")
    amount = 0.24 if dark else 0.12
    fill = QColor.fromRgbF(*(b * (1 - amount) + r * amount for b, r in zip(base.getRgbF()[:3], red.getRgbF()[:3])))
    return ink, fill
