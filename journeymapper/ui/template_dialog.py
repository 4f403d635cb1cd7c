"""File > New from Template: pick a bundled or saved template, see what it holds, create the map.

The list is keyboard-first: arrows choose, Enter (or a double click) creates
the map, Escape cancels. The right side shows the template's description, a
picture of the map it makes (drawn as the atlas previews are, when a template
is first chosen, then kept while the dialog is open, so many saved templates
do not slow its opening) and an outline (stages, lanes, where the line of
visibility is, how many example cards), enough to tell the templates apart
without opening them.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QColor, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
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
from .atlas_previews import draw_preview
from .names import lane_kind_name

PICTURE_SIZE = QSize(360, 220)
"""The template's picture in the dialog: larger than an atlas preview, small enough beside the list."""


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


def quiet_ink(palette: QPalette) -> QColor:
    """Text 70% of the way from the window colour to the text colour: quieter, readable on either scheme."""
    ink, paper = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    return QColor.fromRgbF(*(paper_part + (ink_part - paper_part) * 0.7 for ink_part, paper_part in
                             zip(ink.getRgbF()[:3], paper.getRgbF()[:3])))


class QuietLabel(QLabel):
    """A summary in a quieter colour. Not ``setEnabled(False)``: screen readers would call it unavailable."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._follow_palette()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._follow_palette()

    def _follow_palette(self) -> None:
        parent = self.parentWidget()
        ink = quiet_ink(parent.palette() if parent is not None else QApplication.palette(self))
        palette = self.palette()
        if palette.color(QPalette.ColorRole.WindowText) != ink:  # setting it sends PaletteChange again
            palette.setColor(QPalette.ColorRole.WindowText, ink)
            self.setPalette(palette)


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
        self.picture = QLabel()
        self.picture.setObjectName("template_picture")
        self.picture.setFixedSize(PICTURE_SIZE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pictures: dict[int, QPixmap] = {}
        """Row -> its picture, drawn when the row is first chosen."""
        self.outline = QuietLabel()
        self.outline.setObjectName("template_outline")
        self.outline.setTextFormat(Qt.TextFormat.PlainText)
        self.outline.setWordWrap(True)
        details = QVBoxLayout()
        for label in (self.name, self.description, self.picture, self.outline):
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
        self.resize(820, 520)
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
            self.picture.clear()
            self.picture.setAccessibleName("")
            self.outline.setText("")
            return
        self.name.setText(template.name)
        self.description.setText(template.description)
        self.picture.setPixmap(self._picture(row))
        self.picture.setAccessibleName(tr("Picture of the map “%1” makes").replace("%1", template.name))
        self.outline.setText(outline(template))

    def _picture(self, row: int) -> QPixmap:
        """The template's map in miniature, drawn once (sharp on high-density screens)."""
        if row not in self._pictures:
            ratio = self.devicePixelRatioF()
            image = draw_preview(self.templates[row].journey, PICTURE_SIZE * ratio)
            image.setDevicePixelRatio(ratio)
            self._pictures[row] = QPixmap.fromImage(image)
        return self._pictures[row]

    def chosen(self) -> Optional[Template]:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None
