"""The action plan as CSV, for spreadsheets: UTF-8 with a byte-order mark, formulas neutralised.

The byte-order mark makes Excel and LibreOffice read the file as UTF-8 (without
it Excel guesses a legacy code page and garbles every non-ASCII name). A cell
that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be
run as a formula by a spreadsheet ("CSV injection"): such a cell gets a leading
apostrophe, which spreadsheets show as text. Rows end in CRLF; a cell with a
line break or a comma is quoted (RFC 4180). No reportlab, no Qt.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Iterable, Optional

from ..model import Atlas, JourneyMap
from .actions import ActionRow, action_rows
from .options import write_export
from .style import PRIORITY_LABELS, STATUS_LABELS

__all__ = ["COLUMNS", "csv_bytes", "export_atlas_csv", "export_csv", "neutralise"]

COLUMNS = ("title", "owner", "due", "status", "priority", "overdue", "stages", "cards", "description")
"""The columns, in order; an atlas's CSV adds ``map`` at the end."""

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """``value`` made safe for a spreadsheet cell: never read as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _cells(row: ActionRow, with_map: bool) -> list[str]:
    action = row.action
    cards = "\n".join(
        f"{card.kind.label if card.kind is not None else 'Card'}: {card.text}" for card in row.cards
    )
    cells = [
        action.title,
        action.owner,
        action.due.isoformat() if action.due else "",
        STATUS_LABELS[action.status],
        PRIORITY_LABELS[action.priority],
        "yes" if row.overdue else "no",
        "; ".join(row.stage_names),
        cards,
        action.description,
    ]
    if with_map:
        cells.append(row.map_title)
    return [neutralise(cell) for cell in cells]


def csv_bytes(rows: Iterable[ActionRow], with_map: bool = False) -> bytes:
    """The CSV file's bytes (BOM included)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    writer.writerow(COLUMNS + (("map",) if with_map else ()))
    for row in rows:
        writer.writerow(_cells(row, with_map))
    return out.getvalue().encode("utf-8-sig")


def export_csv(journey: JourneyMap, out_path: Path | str, today: Optional[date] = None) -> int:
    """Write the map's action plan as CSV (atomically); returns the number of actions."""
    rows = action_rows(journey, today or date.today(), journey.title)
    write_export(Path(out_path), csv_bytes(rows))
    return len(rows)


def export_atlas_csv(
    atlas_path: Path | str,
    out_path: Path | str,
    today: Optional[date] = None,
    atlas: Optional[Atlas] = None,
) -> tuple[int, list[str]]:
    """Write every readable map's actions of an atlas as one CSV (with a ``map`` column).

    Returns the number of actions and one line per map that could not be read.
    """
    from ..store import load_atlas
    from .pdf import _read_entries

    today = today or date.today()
    atlas_path = Path(atlas_path)
    if atlas is None:
        atlas = load_atlas(atlas_path)
    entries = _read_entries(atlas_path, atlas)
    rows: list[ActionRow] = []
    for index, entry in enumerate(e for e in entries if e.journey is not None):
        journey = entry.journey
        assert journey is not None
        rows += action_rows(journey, today, journey.title or entry.path, index)
    write_export(Path(out_path), csv_bytes(rows, with_map=True))
    problems = [f"{atlas_path.parent / e.path}: {e.problem}" for e in entries if e.journey is None]
    return len(rows), problems

