"""Every question and message about files, in one place so tests can replace them.

Callers use these through the module (``file_dialogs.ask_save_changes(...)``),
so a test monkeypatches one function instead of clicking a real dialog.
Errors at open time are shown without blocking: a facilitator in a workshop
can keep working while the message stays up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..store import ATLAS_FORMAT, MAP_FORMAT, DocumentError

Button = QMessageBox.StandardButton


def tr(text: str) -> str:
    return QCoreApplication.translate("file_dialogs", text)


def _filters() -> str:
    return ";;".join(
        [
            tr("Journey maps and atlases (*%1 *%2)").replace("%1", MAP_FORMAT.suffix).replace("%2", ATLAS_FORMAT.suffix),
            tr("Journey maps (*%1)").replace("%1", MAP_FORMAT.suffix),
            tr("Atlases (*%1)").replace("%1", ATLAS_FORMAT.suffix),
            tr("All files (*)"),
        ]
    )


def ask_open_paths(parent: QWidget, folder: Optional[Path] = None) -> list[Path]:
    """The files the user picks to open (empty if cancelled)."""
    names, _filter = QFileDialog.getOpenFileNames(parent, tr("Open"), str(folder or ""), _filters())
    return [Path(name) for name in names]


def ask_save_path(parent: QWidget, suggested: Path) -> Optional[Path]:
    """Where to save a map (None if cancelled); adds the ``.journey`` suffix when missing."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save As"), str(suggested), tr("Journey maps (*%1)").replace("%1", MAP_FORMAT.suffix)
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(MAP_FORMAT.suffix)


def ask_save_changes(parent: QWidget, name: str) -> Button:
    """Save, Discard or Cancel for a map with unsaved changes that is being closed."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Unsaved changes"), "", Button.NoButton, parent)
    box.setText(tr("Save the changes to “%1” before closing?").replace("%1", name))
    box.setInformativeText(tr("If you don't save, your changes will be lost."))
    box.setStandardButtons(Button.Save | Button.Discard | Button.Cancel)
    box.setDefaultButton(Button.Save)
    box.setEscapeButton(Button.Cancel)
    return Button(box.exec())


def ask_reload_discarding(parent: QWidget, name: str) -> bool:
    """Reloading replaces the map with the version on disk: confirm that unsaved edits are dropped."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Reload"), "", Button.NoButton, parent)
    box.setText(tr("Reload “%1” from disk and discard your unsaved changes?").replace("%1", name))
    box.setInformativeText(tr("To keep them, cancel and use Save as Copy instead."))
    box.setStandardButtons(Button.Discard | Button.Cancel)
    box.button(Button.Discard).setText(tr("Discard and Reload"))
    box.setDefaultButton(Button.Cancel)
    return box.exec() == Button.Discard


def ask_save_as_after_failure(parent: QWidget, name: str, reason: str) -> bool:
    """Tell the user a save failed (their file is unchanged) and offer Save As."""
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Not saved"), "", Button.NoButton, parent)
    box.setText(tr("“%1” could not be saved. The file on disk is unchanged.").replace("%1", name))
    box.setInformativeText(reason + "\n\n" + tr("Save it somewhere else?"))
    box.setStandardButtons(Button.Save | Button.Cancel)
    box.button(Button.Save).setText(tr("Save As…"))
    box.setDefaultButton(Button.Save)
    return box.exec() == Button.Save


def show_open_error(parent: QWidget, error: DocumentError) -> QMessageBox:
    """A message naming the file and each place it is wrong; does not block the window."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Cannot open file"), "", Button.Ok, parent)
    box.setObjectName("open_error")
    box.setText(tr("“%1” could not be opened. Nothing was changed.").replace("%1", str(error.path)))
    box.setInformativeText("\n".join(error.lines()[:20]))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box
