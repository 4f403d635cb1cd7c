"""Problem messages (a refused picture in the inspector or the persona editor) stay readable in both
colour schemes: their red follows the palette."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from journeymapper.ui.appearance import ProblemLabel, apply_color_scheme, error_ink
from journeymapper.ui.inspector_fields import ImageField
from journeymapper.ui.persona_editor import PersonaEditor


def contrast(one, two) -> float:
    def luminance(colour) -> float:
        channels = [c / 255 for c in colour.getRgb()[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_red_reads_on_the_light_and_on_the_dark_scheme(qtbot, qapp):
    label = ProblemLabel()
    qtbot.addWidget(label)
    try:
        for scheme in ("dark", "light"):
            apply_color_scheme(qapp, scheme)
            palette = label.palette()
            ink = palette.color(QPalette.ColorRole.WindowText)
            assert ink == error_ink(palette)
            assert contrast(ink, palette.color(QPalette.ColorRole.Window)) >= 4.5, scheme
    finally:
        apply_color_scheme(qapp, "system")


def test_it_shows_only_with_a_message(qtbot):
    label = ProblemLabel()
    qtbot.addWidget(label)
    label.show_problem("photo.txt is not a picture")
    assert not label.isHidden() and label.wordWrap()
    label.show_problem("")
    assert label.isHidden()


def test_the_inspector_and_the_persona_editor_use_it(qtbot):
    editor = PersonaEditor()
    qtbot.addWidget(editor)
    field = ImageField("Card image", 800)
    qtbot.addWidget(field)
    assert isinstance(editor.problem, ProblemLabel) and isinstance(field.problem, ProblemLabel)
