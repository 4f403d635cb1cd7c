"""File > New from Template: pick a bundled or saved template, see what it holds, create the map.

The list is keyboard-first: arrows choose, Enter (or a double click) creates
the map, Escape cancels. The right side shows the template's description and
an outline (stages, lanes, where the line of visibility is, how many example
cards), enough to tell the templates apart without opening them.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..templates import Template
from .names import lane_kind_name


def tr(text: str) -> str:
    return QCoreApplication.translate("template_dialog", text)


def outline(template: Template) -> str:
    """Stages, lanes (with the line of visibility) and the number of example cards."""
    journey = template.journey
    lanes = []
    for lane in journey.lanes:
        lanes.append(lane.title or lane_kind_name(lane.kind))
        if lane.id == journey.visibility_line_after:
            lanes.append(tr("- - line of visibility - -"))
    return "\n\n".join([
        tr("Stages: %1").replace("%1", " → ".join(s.name for s in journey.stages)),
        tr("Lanes: %1").replace("%1", "; ".join(lanes)),
        tr("%1 example cards").replace("%1", str(len(journey.cards))),
    ])


class TemplateDialog(QDialog):
    """Lists templates; ``chosen()`` is the one to make a map from once accepted."""

    def __init__(self, templates: list[Template], problems: list[str], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_dialog")
        self.setWindowTitle(tr("New from Template"))
        self.templates = templates
        self.list = QListWidget()
        self.list.setObjectName("template_list")
        self.list.setAccessibleName(tr("Templates"))
        for template in templates:
            text = template.name if template.bundled else tr("%1 (yours)").replace("%1", template.name)
            item = QListWidgetItem(text)
            item.setToolTip(str(template.path))
            self.list.addItem(item)
        self.name = QLabel()
        self.name.setObjectName("template_name")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.name.setFont(font)
        self.description = QLabel()
        self.description.setObjectName("template_description")
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setWordWrap(True)
        self.outline = QLabel()
        self.outline.setObjectName("template_outline")
        self.outline.setTextFormat(Qt.TextFormat.PlainText)
        self.outline.setWordWrap(True)
        self.outline.setEnabled(False)  # dimmed: a summary, not something to act on
        details = QVBoxLayout()
        for label in (self.name, self.description, self.outline):
            details.addWidget(label)
        details.addStretch(1)
        if problems:
            trouble = QLabel(tr("Not listed (the file could not be read):") + "\n" + "\n".join(problems))
            trouble.setObjectName("template_problems")
            trouble.setTextFormat(Qt.TextFormat.PlainText)
            trouble.setWordWrap(True)
            details.addWidget(trouble)
        columns = QHBoxLayout()
        columns.addWidget(self.list, 2)
        columns.addLayout(details, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(tr("&Create Map"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.create_button.setDefault(True)  # set once the button is in the dialog, or Qt ignores it
        self.list.currentRowChanged.connect(self._show)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.resize(760, 420)
        if templates:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)
        self.list.setFocus()

    def _show(self, row: int) -> None:
        template = self.templates[row] if 0 <= row < len(self.templates) else None
        self.create_button.setEnabled(template is not None)
        if template is None:
            self.name.setText(tr("No templates"))
            self.description.setText("")
            self.outline.setText("")
            return
        self.name.setText(template.name)
        self.description.setText(template.description)
        self.outline.setText(outline(template))

    def chosen(self) -> Optional[Template]:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None
