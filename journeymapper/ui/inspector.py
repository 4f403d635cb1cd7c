"""The inspector dock: edits the properties of what is selected on the canvas.

It follows the canvas's selection and the document's changes (undo, edits made
on the canvas) and turns every user edit into an undoable edit. Typing in one
field merges into one undo step (``merge=True``).
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDockWidget, QScrollArea, QStackedWidget, QWidget

from ..editor import MapDocument, edits
from ..editor.selection import NOTHING, Selection
from .inspector_pages import CardPage, EmotionPage, FormPage, LanePage, MessagePage, StagePage


WHOLE_STEP_FIELDS = frozenset({"image"})
"""Fields whose every change is its own undo step (an image imported, then removed: two steps)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("inspector", text)


class Inspector(QDockWidget):
    """Shows one form at a time: card, stage, lane, emotion point, or a hint."""

    problem = Signal(str)  # an edit the model refused; the window shows it in the status bar

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Inspector"), parent)
        self.setObjectName("inspector")
        self.document: Optional[MapDocument] = None
        self.view: Optional[QObject] = None
        self._selection: Selection = NOTHING
        self.empty = MessagePage(tr("Select a card, a stage or a lane to edit it here."))
        self.many = MessagePage("")
        self.card_page = CardPage()
        self.stage_page = StagePage()
        self.lane_page = LanePage()
        self.emotion_page = EmotionPage()
        self.pages = QStackedWidget()
        for page in (self.empty, self.many, self.card_page, self.stage_page, self.lane_page, self.emotion_page):
            self.pages.addWidget(page)
        scroller = QScrollArea()
        scroller.setAccessibleName(tr("Inspector"))
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.pages)
        self.setWidget(scroller)
        self.card_page.edited.connect(lambda name, value: self._edit(edits.set_card_fields, name, value))
        self.stage_page.edited.connect(lambda name, value: self._edit(edits.set_stage_fields, name, value))
        self.lane_page.edited.connect(lambda name, value: self._edit(edits.set_lane_fields, name, value))
        for box in (self.stage_page.emotion, self.emotion_page.emotion):
            box.score_edited.connect(lambda value: self._set_emotion(value=value))
            box.label_edited.connect(lambda text: self._set_emotion(label=text))

    # --- following the current tab -------------------------------------------------

    def set_target(self, document: Optional[MapDocument], view: Optional[Any]) -> None:
        """Follow another tab's document and canvas (or none)."""
        self._disconnect()
        self.document, self.view = document, view
        if document is not None and view is not None:
            document.changed.connect(self.refresh)
            view.selection_changed.connect(self.show_selection)
            self._selection = view.selection()
        else:
            self._selection = NOTHING
        self.refresh()

    def _disconnect(self) -> None:
        for source, signal, slot in (
            (self.document, "changed", self.refresh),
            (self.view, "selection_changed", self.show_selection),
        ):
            if source is None:
                continue
            try:
                getattr(source, signal).disconnect(slot)
            except (RuntimeError, TypeError):
                pass  # already gone with its tab

    def show_selection(self, selection: Selection) -> None:
        self._selection = selection
        self.refresh()

    def refresh(self, _change: object = None) -> None:
        """Show the selected item's current values (fields the user is typing in keep their text)."""
        page = self._page_for(self._selection)
        self.pages.setCurrentWidget(page)

    def current_page(self) -> FormPage:
        return self.pages.currentWidget()  # type: ignore[return-value]

    def _page_for(self, selection: Selection) -> FormPage:
        document = self.document
        if document is None or selection.kind == "none":
            return self.empty
        journey = document.journey
        if selection.kind == "cards":
            cards = [c for c in (document.card(i) for i in selection.ids) if c is not None]
            if len(cards) == 1:
                self.card_page.show_item(cards[0])
                return self.card_page
            if cards:
                self.many.heading.setText(QCoreApplication.translate("inspector", "%n cards selected", "", len(cards)))
                return self.many
            return self.empty
        item_id = selection.single
        if selection.kind == "stage" and (stage := journey.stage(item_id or "")) is not None:
            self.stage_page.show_item(stage)
            score = edits.score_for(document, stage.id, edits.curve_persona(document))
            self.stage_page.emotion.show_score(journey.emotion_scale, score)
            return self.stage_page
        if selection.kind == "lane" and (lane := journey.lane(item_id or "")) is not None:
            self.lane_page.show_item(lane)
            return self.lane_page
        if selection.kind == "emotion" and (stage := journey.stage(item_id or "")) is not None:
            persona = next((p for p in journey.personas if p.id == selection.persona), None)
            heading = stage.name if persona is None else f"{stage.name} · {persona.name}"
            self.emotion_page.heading.setText(tr("Emotion at %1").replace("%1", heading))
            score = edits.score_for(document, stage.id, selection.persona)
            self.emotion_page.emotion.show_score(journey.emotion_scale, score)
            return self.emotion_page
        return self.empty

    # --- edits --------------------------------------------------------------------

    def _edit(self, function: Callable[..., None], name: str, value: Any) -> None:
        item_id = self._selection.single
        if self.document is None or item_id is None:
            return
        merge = name not in WHOLE_STEP_FIELDS
        self._safely(lambda: function(self.document, item_id, merge=merge, **{name: value}))

    def _set_emotion(self, **change: Any) -> None:
        document, stage_id = self.document, self._selection.single
        if document is None or stage_id is None or self._selection.kind not in ("stage", "emotion"):
            return
        persona = self._selection.persona if self._selection.kind == "emotion" else edits.curve_persona(document)
        if "value" in change:
            self._safely(lambda: edits.set_emotion(document, stage_id, change["value"], persona))
        else:
            score = edits.score_for(document, stage_id, persona)
            if score is not None:
                self._safely(lambda: edits.set_emotion(document, stage_id, score.value, persona, change["label"], snap=False))

    def _safely(self, edit: Callable[[], None]) -> None:
        """Run an edit; a refusal (item gone, value out of range) is reported, never raised into Qt."""
        try:
            edit()
        except (KeyError, ValueError) as error:
            self.problem.emit(tr("Not changed: %1").replace("%1", str(error)))
            self.refresh()
