"""Warnings that do not block the window.

A failed export, import or atlas change is reported while the user goes on
working: the box is non-modal, its text can be selected and copied (file
names, reasons), and it deletes itself when closed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_warning(parent: QWidget, title: str, text: str, details: str, object_name: str) -> QMessageBox:
    """Show ``text`` with ``details`` under it and return the box (tests find it by ``object_name``)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(object_name)
    box.setInformativeText(details)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box
