"""The PDF export options: paper, how the action plan is grouped, and which parts to print.

A plain form that only builds a :class:`~journeymapper.export.PdfOptions`; the
export itself is started by whoever listens to ``accepted`` (it asks for the
file and runs in the background), so the dialog can be shown non-modally.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from ..export.options import GroupBy, Include, Paper, PdfOptions


def tr(text: str) -> str:
    return QCoreApplication.translate("export_dialog", text)


class PdfExportDialog(QDialog):
    """Options of one PDF export; ``options()`` reads them."""

    def __init__(self, parent: Optional[QWidget] = None, options: PdfOptions = PdfOptions()) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_export_dialog")
        self.setWindowTitle(tr("Export PDF"))
        self.paper = QComboBox()
        self.paper.setAccessibleName(tr("Paper size"))
        for paper in Paper:
            self.paper.addItem(paper.label, paper.value)
        self.group_by = QComboBox()
        self.group_by.setAccessibleName(tr("Group the action plan"))
        self.group_by.addItem(tr("By owner"), GroupBy.OWNER.value)
        self.group_by.addItem(tr("By stage"), GroupBy.STAGE.value)
        self.parts = {
            "title_page": QCheckBox(tr("Title page")),
            "summary": QCheckBox(tr("Summary counts")),
            "map": QCheckBox(tr("The map")),
            "action_plan": QCheckBox(tr("Action plan")),
        }
        form = QFormLayout()
        form.addRow(tr("&Paper:"), self.paper)
        form.addRow(tr("&Group actions:"), self.group_by)
        first = True
        for box in self.parts.values():
            box.setAccessibleName(tr("Include: %1").replace("%1", box.text()))
            box.toggled.connect(self._update_ok)
            form.addRow(tr("Include:") if first else "", box)
            first = False
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.set_options(options)

    def set_options(self, options: PdfOptions) -> None:
        self.paper.setCurrentIndex(self.paper.findData(options.paper.value))
        self.group_by.setCurrentIndex(self.group_by.findData(options.group_by.value))
        for name, box in self.parts.items():
            box.setChecked(getattr(options.include, name))
        self._update_ok()

    def options(self) -> PdfOptions:
        include = Include(**{name: box.isChecked() for name, box in self.parts.items()})
        return PdfOptions(Paper(self.paper.currentData()), GroupBy(self.group_by.currentData()), include)

    def _update_ok(self) -> None:
        """Nothing to print, nothing to export."""
        anything = any(box.isChecked() for box in self.parts.values())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(anything)
