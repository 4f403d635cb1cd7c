"""Exports: the PDF a stakeholder reads, and the action plan as CSV. No Qt.

Importing this package is cheap: the options and results load at once, and
reportlab only when a PDF is drawn (``export_pdf`` and friends are imported on
first use)::

    from journeymapper.export import PdfOptions, export_pdf
    result = export_pdf(journey, "map.pdf", PdfOptions(paper="a3", group_by="stage"),
                        progress=lambda done, total: ..., cancelled=lambda: False)
"""

from __future__ import annotations

from typing import Any

from .options import (
    MIN_PRINTED_SIZE,
    ExportCancelled,
    ExportError,
    ExportResult,
    GroupBy,
    Include,
    Paper,
    PdfOptions,
)

_LAZY = {
    "export_pdf": "pdf",
    "export_atlas_pdf": "pdf",
    "build_map_pages": "pdf",
    "build_atlas_pages": "pdf",
    "render_pdf": "pdf",
    "export_csv": "csv_export",
    "export_atlas_csv": "csv_export",
    "action_rows": "actions",
    "group_rows": "actions",
    "summarize": "actions",
}

__all__ = [
    "ExportCancelled", "ExportError", "ExportResult", "GroupBy", "Include", "MIN_PRINTED_SIZE", "Paper",
    "PdfOptions", *_LAZY,
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
