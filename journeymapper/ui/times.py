"""Times from files (ISO 8601, UTC) shown in the user's own time zone and format."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt


def local_time(iso: str) -> str:
    """``2025-03-01T09:30:00+00:00`` as the user's locale writes a short date and time; as is if unreadable."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
