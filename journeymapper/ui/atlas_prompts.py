"""The questions and messages of the atlas dock's commands, in one place so tests can replace them.

Callers use them through the module (``atlas_prompts.ask_rename(...)``), as
with ``file_dialogs``: a test monkeypatches one function instead of driving a
real dialog. Errors never block the window: the message names the file and
stays up while the user works on.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import NamedTuple, Optional, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QInputDialog, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QMessageBox, QVBoxLayout, QWidget,
)

from ..store.sidefiles import MAP_SUFFIX
from .notices import show_warning


def tr(text: str) -> str:
    return QCoreApplication.translate("atlas_prompts", text)


class MapName(NamedTuple):
    """What the user typed for a new, renamed or duplicated map."""

    title: str
    key: str
    """The file, relative to the atlas's folder, ``/``-separated, ending in .journey."""
    group: str = ""


def file_name_for(title: str) -> str:
    """A portable file name for a map title: "Support call: Wi-Fi" -> "support-call-wi-fi.journey"."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")
    return f"{stem or 'map'}{MAP_SUFFIX}"


def as_map_key(text: str) -> str:
    """The file name as typed, with the map suffix added when missing."""
    text = text.strip()
    return text if not text or text.endswith(MAP_SUFFIX) else text + MAP_SUFFIX


class MapNameDialog(QDialog):
    """A map's title and file name (the name follows the title until the user edits it); optionally its group."""

    def __init__(self, parent: Optional[QWidget], heading: str, title: str, key: str,
                 groups: Optional[Sequence[str]] = None, group: str = "", follow_title: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(heading)
        self.setMinimumWidth(480)  # room for a whole title and file name
        self.title_field = QLineEdit(title)
        self.title_field.setAccessibleName(tr("Map title"))
        self.file_field = QLineEdit(key)
        self.file_field.setAccessibleName(tr("File name in the atlas folder"))
        self.file_field.setToolTip(tr("Relative to the atlas's folder; use / for a subfolder. "
                                      "Renaming the file keeps every link to it."))
        self._follow = follow_title
        self.file_field.textEdited.connect(lambda _text: setattr(self, "_follow", False))
        self.title_field.textEdited.connect(self._title_edited)
        form = QFormLayout()
        form.addRow(tr("&Title:"), self.title_field)
        form.addRow(tr("&File:"), self.file_field)
        self.group_field: Optional[QComboBox] = None
        if groups is not None:
            self.group_field = QComboBox()
            self.group_field.setEditable(True)
            self.group_field.setAccessibleName(tr("Group"))
            self.group_field.addItems([g for g in groups if g])
            self.group_field.setCurrentText(group)
            form.addRow(tr("&Group:"), self.group_field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.title_field.selectAll()

    def _title_edited(self, text: str) -> None:
        if self._follow:
            folder = self.file_field.text().rpartition("/")[0]
            self.file_field.setText((folder + "/" if folder else "") + file_name_for(text))

    def value(self) -> MapName:
        group = self.group_field.currentText().strip() if self.group_field is not None else ""
        return MapName(self.title_field.text().strip(), as_map_key(self.file_field.text()), group)


def _ask_name(dialog: MapNameDialog) -> Optional[MapName]:
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_map(parent: QWidget, key: str, groups: Sequence[str], group: str) -> Optional[MapName]:
    return _ask_name(MapNameDialog(parent, tr("New Map in the Atlas"), "", key, groups, group))


def ask_rename(parent: QWidget, title: str, key: str) -> Optional[MapName]:
    return _ask_name(MapNameDialog(parent, tr("Rename Map"), title, key, follow_title=False))


def ask_duplicate(parent: QWidget, title: str, key: str) -> Optional[MapName]:
    return _ask_name(MapNameDialog(parent, tr("Duplicate Map"), title, key))


def ask_remove(parent: QWidget, name: str, file: str) -> Optional[bool]:
    """Remove the entry? None if cancelled, else whether the user also asked to delete the file."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Remove from Atlas"), "",
                      QMessageBox.StandardButton.Cancel, parent)
    box.setText(tr("Remove “%1” from the atlas?").replace("%1", name))
    box.setInformativeText(tr("The map's file %1 stays where it is unless you tick the box below.").replace("%1", file))
    remove = box.addButton(tr("&Remove"), QMessageBox.ButtonRole.AcceptRole)
    delete = QCheckBox(tr("Also &delete the file"))
    box.setCheckBox(delete)
    box.setDefaultButton(remove)
    box.exec()
    if box.clickedButton() is not remove:
        return None
    return delete.isChecked()


def confirm_delete(parent: QWidget, file: str) -> bool:
    answer = QMessageBox.warning(
        parent, tr("Delete the File"),
        tr("Delete the file %1 for good? This cannot be undone.").replace("%1", file),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def ask_group(parent: QWidget, groups: Sequence[str], current: str) -> Optional[str]:
    """A group for a map: one of the atlas's or a new one typed in; "" for none."""
    items = [g for g in groups if g]
    if current and current not in items:
        items.append(current)
    text, ok = QInputDialog.getItem(parent, tr("Group"), tr("Group of the map (empty for none):"), items,
                                    items.index(current) if current in items else 0, True)
    return text.strip() if ok else None


def ask_tags(parent: QWidget, tags: Sequence[str]) -> Optional[list[str]]:
    text, ok = QInputDialog.getText(parent, tr("Tags"), tr("Tags, separated by commas:"), QLineEdit.EchoMode.Normal,
                                    ", ".join(tags))
    return [t.strip() for t in text.split(",") if t.strip()] if ok else None


def _map_filter() -> str:
    return tr("Journey maps (*%1)").replace("%1", MAP_SUFFIX)


def ask_map_files(parent: QWidget, folder: Path) -> list[Path]:
    names, _filter = QFileDialog.getOpenFileNames(parent, tr("Add Maps to the Atlas"), str(folder), _map_filter())
    return [Path(name) for name in names]


def ask_locate(parent: QWidget, folder: Path, entry: str) -> Optional[Path]:
    name, _filter = QFileDialog.getOpenFileName(
        parent, tr("Locate %1").replace("%1", entry), str(folder), _map_filter())
    return Path(name) if name else None


def ask_copy_outside(parent: QWidget, files: Sequence[Path], folder: Path) -> bool:
    """Files outside the atlas's folder: copy them in (True), or leave them (False)."""
    names = "\n".join(str(f) for f in files)
    box = QMessageBox(QMessageBox.Icon.Question, tr("Outside the Atlas Folder"), "",
                      QMessageBox.StandardButton.Cancel, parent)
    box.setText(tr("These maps are outside the atlas's folder %1:").replace("%1", str(folder)))
    box.setInformativeText(names + "\n\n" + tr(
        "An atlas only links to maps inside its own folder, so that the links still work for colleagues "
        "and are never followed to other places. Copy the maps into the folder and add the copies?"))
    copy = box.addButton(tr("&Copy into the Folder"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(copy)
    box.exec()
    return box.clickedButton() is copy


def choose_unlisted(parent: QWidget, keys: Sequence[str]) -> list[str]:
    """Which of the maps found in the folder to add (all ticked at first); [] if cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Add Maps Found in the Folder"))
    label = QLabel(tr("These maps are in the atlas's folder but not in the atlas:"))
    listing = QListWidget()
    listing.setAccessibleName(tr("Maps not in the atlas"))
    for key in keys:
        item = QListWidgetItem(key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        listing.addItem(item)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    buttons.addButton(tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(listing, 1)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return [listing.item(i).text() for i in range(listing.count())
            if listing.item(i).checkState() == Qt.CheckState.Checked]


def show_problems(parent: QWidget, heading: str, lines: Sequence[str]) -> QMessageBox:
    """What went wrong, one line each (each names its file); does not block the window."""
    return show_warning(parent, tr("Atlas"), heading, "\n".join(lines), "atlas_problem")
