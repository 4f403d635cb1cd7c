"""The questions and messages of File > Export, in one place so tests can replace them.

Callers use them through the module (``export_prompts.ask_export_path(...)``),
as with ``file_dialogs``: a test monkeypatches one function instead of
driving a native file dialog. Errors never block: the message names the file
and stays up while the user keeps working.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .notices import show_warning

FORMATS = {
    "pdf": (QT_TRANSLATE_NOOP("export_prompts", "PDF documents (*.pdf)"), ".pdf"),
    "csv": (QT_TRANSLATE_NOOP("export_prompts", "CSV tables (*.csv)"), ".csv"),
    "png": (QT_TRANSLATE_NOOP("export_prompts", "PNG images (*.png)"), ".png"),
    "svg": (QT_TRANSLATE_NOOP("export_prompts", "SVG drawings (*.svg)"), ".svg"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("export_prompts", text)


def ask_export_path(parent: QWidget, suggested: Path, kind: str) -> Optional[Path]:
    """Where to write an export of ``kind`` (pdf, csv, png, svg); None if cancelled.

    The suffix is added when the user typed a name without one.
    """
    filter_text, suffix = FORMATS[kind]
    start = str(suggested.with_suffix(suffix))
    name, _filter = QFileDialog.getSaveFileName(parent, tr("Export"), start, tr(filter_text))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(suffix)


def show_export_error(parent: QWidget, path: Path, reason: str) -> QMessageBox:
    """Say that ``path`` was not written, and why; does not block the window."""
    return show_warning(parent, tr("Export failed"), tr("“%1” was not written.").replace("%1", str(path)), reason,
                        "export_error")
