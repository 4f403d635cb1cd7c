"""The canvas and the PDF measure with one measurer and draw with the same fonts, so a card's
text mixing Latin, Chinese and Korean breaks into the same lines on screen and on paper."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextLayout

from journeymapper.canvas import MapScene, MapView
from journeymapper.canvas.style import font_families, text_font
from journeymapper.editor import MapDocument
from journeymapper.export import Include, PdfOptions
from journeymapper.export import fonts as pdf_fonts
from journeymapper.export.pages import TEXT
from journeymapper.export.pdf import build_map_pages
from journeymapper.layout import TextMeasurer, default_measurer, layout_map
from journeymapper.model import Card, JourneyMap, Lane, LaneKind, Stage

MIXED = "Checkout 结账 확인 Zoë"
TEXT_OF_CARD = " ".join([MIXED] * 4)
MAP_ONLY = PdfOptions(include=Include(title_page=False, summary=False, map=True, action_plan=False))


def mixed_map() -> JourneyMap:
    """One narrow stage, so the card's text wraps, between Latin words and CJK characters."""
    return JourneyMap(
        id="map-cjk", title="CJK",
        stages=[Stage(id="s-1", name="Pay", width=140)],
        lanes=[Lane(id="l-1", kind=LaneKind.CUSTOMER_ACTIONS, title="Does")],
        cards=[Card(id="c-1", lane="l-1", stage="s-1", order=0, text=TEXT_OF_CARD)],
    )


def pdf_text_runs(journey: JourneyMap) -> list[str]:
    """Every string the PDF's map pages draw, in drawing order."""
    document = build_map_pages(journey, MAP_ONLY)
    return [op[3] for page in document.pages for op in page.ops if op[0] == TEXT]


def test_canvas_and_pdf_share_one_measurer(qtbot) -> None:  # noqa: ANN001
    measurer = default_measurer()
    assert pdf_fonts.pdf_measurer() is measurer
    assert MapScene(MapDocument(mixed_map())).measurer is measurer
    view = MapView(MapDocument(mixed_map()))
    qtbot.addWidget(view)
    assert view.map_scene.measurer is measurer
    assert all(measurer.has_glyph(c) for c in MIXED)  # DejaVu for Latin, the fallbacks for the rest


def test_mixed_text_breaks_into_the_same_lines_on_screen_and_in_the_pdf(qtbot) -> None:  # noqa: ANN001
    journey = mixed_map()
    scene = MapScene(MapDocument(journey))
    on_screen = scene.cards["c-1"].box.lines
    assert len(on_screen) > 2 and any("结" in line for line in on_screen)
    box = layout_map(journey, pdf_fonts.pdf_measurer()).card_box("c-1")
    assert box is not None and box.lines == on_screen
    drawn = pdf_text_runs(journey)
    start = drawn.index(on_screen[0])
    assert tuple(drawn[start:start + len(on_screen)]) == on_screen  # the PDF draws exactly those lines
    # without the fallbacks (the canvas's old measurer) CJK measures as 'missing glyph' boxes
    plain = layout_map(journey, TextMeasurer(fallback_paths=())).card_box("c-1")
    assert plain is not None and plain.lines != on_screen


@pytest.mark.parametrize("bold", [False, True])
def test_the_canvas_draws_every_character_with_a_bundled_font(qtbot, bold: bool) -> None:  # noqa: ANN001
    families = font_families()
    assert families[:3] == ["DejaVu Sans", "Droid Sans Fallback", "NanumSquare"]
    font = text_font(11.0, bold).font
    assert font.families() == families
    layout = QTextLayout(MIXED, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    used = {run.rawFont().familyName() for run in runs}
    assert used == set(families)  # Latin in DejaVu, Chinese in Droid, Hangul in NanumSquare: no system font
    assert all(index != 0 for run in runs for index in run.glyphIndexes())  # no missing-glyph box


def test_the_fallback_fonts_are_read_on_the_first_character_the_main_font_lacks() -> None:
    measurer = TextMeasurer(fallback_paths=[pdf_fonts.font_paths()[name] for name in pdf_fonts.FALLBACKS])
    latin = measurer.width("Zoë checks out", 11)
    assert measurer._fallbacks is None  # Latin text did not read them
    assert measurer.width("结账", 11) == pytest.approx(default_measurer().width("结账", 11))
    assert measurer._fallbacks is not None and len(measurer.fallbacks) == 2
    assert measurer.width("Zoë checks out", 11) == latin
    assert measurer.break_lines(TEXT_OF_CARD, 120, 11) == default_measurer().break_lines(TEXT_OF_CARD, 120, 11)
