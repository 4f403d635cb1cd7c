"""The inspector's forms: one per kind of selected item, each field named after the model's.

A page knows nothing about documents or undo: it shows an item and emits
``edited(field, value)``; the inspector dock turns that into an edit.
"""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ..model import Channel, EmotionScale, EmotionScore, LaneKind, MetricValue
from .image_import import CARD_IMAGE_SIDE
from .inspector_fields import LONG_TEXT, ChoiceField, ColourField, ImageField, LineField, ScoreField, TextField
from .names import channel_name, lane_kind_name

TAG_LENGTH = 100
URL_LENGTH = 2_000


def tr(text: str) -> str:
    return QCoreApplication.translate("inspector", text)


def parse_tags(text: str) -> list[str]:
    """Comma-separated tags as the model keeps them (trimmed, none empty)."""
    return [tag.strip()[:TAG_LENGTH] for tag in text.split(",") if tag.strip()]


class FormPage(QWidget):
    """A form whose fields are attributes of one model object."""

    edited = Signal(str, object)

    def __init__(self, heading: str = "") -> None:
        super().__init__()
        self.fields: dict[str, Any] = {}
        outer = QVBoxLayout(self)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.heading)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(self.form)
        self.extra = QVBoxLayout()
        outer.addLayout(self.extra)
        outer.addStretch(1)

    def add_field(self, attribute: str, label: str, widget: Any) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        self.fields[attribute] = widget
        widget.edited.connect(lambda value, name=attribute: self.edited.emit(name, value))

    def show_item(self, item: Any) -> None:
        for attribute, widget in self.fields.items():
            widget.show_value(getattr(item, attribute))


class MetricsBox(QGroupBox):
    """The measured values of a stage or card (imported from CSV), read-only; hidden when there are none."""

    def __init__(self) -> None:
        super().__init__(tr("Metrics"))
        self.list = QLabel()
        self.list.setObjectName("metrics_list")
        self.list.setWordWrap(True)
        self.list.setTextFormat(Qt.TextFormat.PlainText)
        self.list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self).addWidget(self.list)
        self.hide()

    def show_metrics(self, metrics: list[MetricValue]) -> None:
        lines = []
        for metric in metrics:
            when = f" ({metric.date.isoformat()})" if metric.date else ""
            lines.append(f"{metric.name}: {metric.value:g}{when}")
        self.list.setText("\n".join(lines))
        self.list.setToolTip("\n".join(m.source for m in metrics if m.source))
        self.setVisible(bool(metrics))


class CardPage(FormPage):
    def __init__(self) -> None:
        super().__init__(tr("Card"))
        self.add_field("text", tr("&Text"), TextField(tr("Card text"), LONG_TEXT, lines=3))
        self.add_field("notes", tr("&Notes"), TextField(tr("Card notes"), LONG_TEXT, lines=4))
        channels = [(tr("None"), None)] + [(channel_name(c), c) for c in Channel]
        self.add_field("channel", tr("C&hannel"), ChoiceField(tr("Card channel"), channels))
        self.add_field("colour", tr("Co&lour"), ColourField(tr("Card colour")))
        tags = LineField(tr("Card tags"), parse_tags, ", ".join, max_length=LONG_TEXT)
        tags.setPlaceholderText(tr("comma, separated"))
        self.add_field("tags", tr("Ta&gs"), tags)
        url = LineField(tr("Card link"), lambda text: text.strip() or None, lambda v: v or "", URL_LENGTH)
        url.setPlaceholderText("https://")
        self.add_field("url", tr("&Link"), url)
        self.add_field("image", tr("I&mage"), ImageField(tr("Card image"), CARD_IMAGE_SIDE))
        self.metrics = MetricsBox()
        self.extra.addWidget(self.metrics)

    def show_item(self, item: Any) -> None:
        super().show_item(item)
        self.metrics.show_metrics(item.metrics)


class EmotionBox(QGroupBox):
    """A stage's emotion score on the map's scale, and a word for the feeling."""

    score_edited = Signal(object)
    label_edited = Signal(str)

    def __init__(self) -> None:
        super().__init__(tr("Emotion"))
        self.score = ScoreField(tr("Emotion score"))
        self.label = LineField(tr("Emotion label"), on_finish=True)
        self.label.setPlaceholderText(tr("e.g. relieved"))
        form = QFormLayout(self)
        score_caption, label_caption = QLabel(tr("&Score")), QLabel(tr("Feel&ing"))
        score_caption.setBuddy(self.score)
        label_caption.setBuddy(self.label)
        form.addRow(score_caption, self.score)
        form.addRow(label_caption, self.label)
        self.score.edited.connect(self.score_edited.emit)
        self.label.edited.connect(self.label_edited.emit)

    def show_score(self, scale: EmotionScale, score: Optional[EmotionScore]) -> None:
        if (self.score.minimum(), self.score.maximum()) != (scale.minimum - 1, scale.maximum):
            self.score.set_scale(scale.minimum, scale.maximum)
        self.score.show_value(score.value if score else None)
        self.label.setEnabled(score is not None)  # a feeling needs a score to hang on
        self.label.show_value(score.label if score else "")


class StagePage(FormPage):
    def __init__(self) -> None:
        super().__init__(tr("Stage"))
        self.add_field("name", tr("&Name"), LineField(tr("Stage name")))
        self.add_field("goal", tr("Customer's &goal"), TextField(tr("Stage goal"), LONG_TEXT, lines=3))
        self.add_field("colour", tr("Co&lour"), ColourField(tr("Stage colour")))
        self.emotion = EmotionBox()
        self.extra.addWidget(self.emotion)
        self.metrics = MetricsBox()
        self.extra.addWidget(self.metrics)

    def show_item(self, item: Any) -> None:
        super().show_item(item)
        self.metrics.show_metrics(item.metrics)


class LanePage(FormPage):
    def __init__(self) -> None:
        super().__init__(tr("Lane"))
        self.add_field("title", tr("&Title"), LineField(tr("Lane title")))
        kinds = [(lane_kind_name(kind), kind) for kind in LaneKind]
        self.add_field("kind", tr("&Kind"), ChoiceField(tr("Lane kind"), kinds))
        self.add_field("colour", tr("Co&lour"), ColourField(tr("Lane colour")))


class EmotionPage(FormPage):
    """The selected point of an emotion curve: the stage's score for one persona (or the map)."""

    def __init__(self) -> None:
        super().__init__(tr("Emotion"))
        self.emotion = EmotionBox()
        self.extra.addWidget(self.emotion)


class MessagePage(FormPage):
    """What the inspector shows when there is nothing (or too much) to edit."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setEnabled(False)  # the palette's dimmed text, readable in light and dark themes
