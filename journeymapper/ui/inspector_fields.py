"""Input widgets of the inspector that report user edits and can be refreshed without clobbering.

Each field emits ``edited(value)`` only when the user changes it, with the
value already in the model's terms, and ``show_value(value)`` leaves the widget
alone when it already shows that value, so a refresh caused by the user's own
keystroke never moves their cursor or undoes what they are typing.
"""

from __future__ import annotations

from typing import Any, Callable, Optional, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from . import image_import
from .appearance import ProblemLabel

LONG_TEXT = 100_000
SHORT_TEXT = 1_000


def tr(text: str) -> str:
    return QCoreApplication.translate("inspector", text)


class LineField(QLineEdit):
    """One line of text. ``on_finish`` reports only on Enter or leaving the field."""

    edited = Signal(object)

    def __init__(
        self,
        name: str,
        parse: Callable[[str], Any] = str,
        show: Callable[[Any], str] = str,
        max_length: int = SHORT_TEXT,
        on_finish: bool = False,
    ) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setMaxLength(max_length)
        self._parse = parse
        self._show = show
        self._on_finish = on_finish
        if on_finish:
            self.editingFinished.connect(self._finish)
        else:
            self.textEdited.connect(lambda text: self.edited.emit(self._parse(text)))

    def _finish(self) -> None:
        if self.isModified():
            self.setModified(False)
            self.edited.emit(self._parse(self.text()))

    def show_value(self, value: Any) -> None:
        if self._on_finish and self.isModified():
            return  # the user is still typing; their text is committed when they finish
        if self._parse(self.text()) != value:
            self.setText(self._show(value))


class TextField(QPlainTextEdit):
    """Several lines of text (card text, notes, a stage's goal)."""

    edited = Signal(object)

    def __init__(self, name: str, max_length: int = LONG_TEXT, lines: int = 3) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self._max_length = max_length
        self._loading = False
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit(self.toPlainText()[: self._max_length])

    def show_value(self, value: str) -> None:
        if self.toPlainText()[: self._max_length] != value:
            self._loading = True
            try:
                self.setPlainText(value)
            finally:
                self._loading = False


class ChoiceField(QComboBox):
    """One of a fixed list of values, each with a translated label."""

    edited = Signal(object)

    def __init__(self, name: str, choices: Sequence[tuple[str, Any]]) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self._values = [value for _label, value in choices]
        for label, _value in choices:
            self.addItem(label)
        self.activated.connect(lambda index: self.edited.emit(self._values[index]))

    def value(self) -> Any:
        return self._values[self.currentIndex()] if self.currentIndex() >= 0 else None

    def show_value(self, value: Any) -> None:
        if value in self._values and self.value() != value:
            self.setCurrentIndex(self._values.index(value))


class ScoreField(QSpinBox):
    """An emotion score on the map's scale, or no score (the step below the scale)."""

    edited = Signal(object)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setSpecialValueText(tr("No score"))
        self._loading = False
        self.valueChanged.connect(self._changed)

    def set_scale(self, minimum: int, maximum: int) -> None:
        self._loading = True
        try:
            self.setRange(minimum - 1, maximum)
        finally:
            self._loading = False

    def score(self) -> Optional[int]:
        return None if self.value() == self.minimum() else self.value()

    def _changed(self, _value: int) -> None:
        if not self._loading:
            self.edited.emit(self.score())

    def show_value(self, value: Optional[float]) -> None:
        shown = self.minimum() if value is None else round(value)
        if self.value() != shown:
            self._loading = True
            try:
                self.setValue(shown)
            finally:
                self._loading = False


class ColourField(QWidget):
    """A colour swatch that opens a colour chooser, and a button back to the default colour."""

    edited = Signal(object)

    def __init__(self, name: str) -> None:
        super().__init__()
        self._colour: Optional[str] = None
        self._dialog: Optional[QColorDialog] = None
        self.swatch = QToolButton(self)
        self.swatch.setAccessibleName(name)
        self.swatch.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.swatch.clicked.connect(self._choose)
        self.reset = QToolButton(self)
        self.reset.setText(tr("Clear"))
        self.reset.setToolTip(tr("Use the default colour"))
        self.reset.setAccessibleName(tr("%1: use the default colour").replace("%1", name))
        self.reset.clicked.connect(lambda: self._set_by_user(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.swatch, 1)
        layout.addWidget(self.reset)
        self.setFocusProxy(self.swatch)
        self._paint()

    def value(self) -> Optional[str]:
        return self._colour

    def show_value(self, value: Optional[str]) -> None:
        if value != self._colour:
            self._colour = value
            self._paint()

    def _set_by_user(self, value: Optional[str]) -> None:
        if value != self._colour:
            self._colour = value
            self._paint()
            self.edited.emit(value)

    def _choose(self) -> None:
        """A window-modal chooser: it never blocks the other open windows."""
        self._dialog = QColorDialog(QColor(self._colour or "#ffffff"), self)
        self._dialog.setWindowTitle(self.swatch.accessibleName())
        self._dialog.colorSelected.connect(lambda colour: self._set_by_user(colour.name()))
        self._dialog.open()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint()  # the outline follows a switch between light and dark themes

    def _paint(self) -> None:
        size = self.fontMetrics().height()
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        outline = self.palette().windowText().color()
        painter.setPen(outline)
        if self._colour is None:
            painter.drawLine(1, size - 2, size - 2, 1)  # a struck-out box means "no colour of its own"
        else:
            painter.setBrush(QColor(self._colour))
        painter.drawRect(0, 0, size - 1, size - 1)
        painter.end()
        self.swatch.setIcon(QIcon(pixmap))
        self.swatch.setText(self._colour or tr("Default"))
        self.swatch.setAccessibleDescription(self._colour or tr("Default colour"))
        self.reset.setEnabled(self._colour is not None)


class ImageField(QWidget):
    """A card's picture: a thumbnail, "Image…" to import one (checked and scaled down by
    ``image_import``) and "Remove image". A refused file is explained here, naming it."""

    edited = Signal(object)
    PREVIEW = 96

    def __init__(self, name: str, max_side: int) -> None:
        super().__init__()
        self._image: Any = None
        self._max_side = max_side
        self.preview = QLabel()
        self.preview.setAccessibleName(name)
        self.preview.setFixedHeight(self.PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.choose = QToolButton()
        self.choose.setText(tr("Image…"))
        self.choose.setAccessibleName(tr("%1: import a picture").replace("%1", name))
        self.choose.clicked.connect(self.choose_image)
        self.remove = QToolButton()
        self.remove.setText(tr("Remove image"))
        self.remove.setAccessibleName(tr("%1: remove the picture").replace("%1", name))
        self.remove.clicked.connect(lambda: self._set_by_user(None))
        self.problem = ProblemLabel()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        self.setFocusProxy(self.choose)
        self._show()

    def value(self) -> Any:
        return self._image

    def show_value(self, value: Any) -> None:
        if value != self._image:
            self._image = value
            self.problem.hide()
            self._show()

    def choose_image(self) -> bool:
        """Ask for a picture and take it; False if cancelled or refused (the reason is shown)."""
        path = image_import.ask_image_path(self, tr("Card image"))
        if path is None:
            return False
        try:
            image = image_import.import_image(path, self._max_side)
        except image_import.ImageImportError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return False
        self.problem.hide()
        self._set_by_user(image)
        return True

    def _set_by_user(self, value: Any) -> None:
        if value != self._image:
            self._image = value
            self._show()
            self.edited.emit(value)

    def _show(self) -> None:
        pixmap = image_import.image_pixmap(self._image, self.PREVIEW)
        self.preview.setPixmap(pixmap)
        self.preview.setText("" if self._image is not None else tr("No image"))
        self.preview.setVisible(True)
        self.remove.setEnabled(self._image is not None)

