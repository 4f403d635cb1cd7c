"""File > New from Template and Save as Template, through the menus and the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeymapper import templates
from journeymapper.model import LaneKind, check_map
from journeymapper.store import load_map
from journeymapper.ui import import_commands
from journeymapper.ui.actions import menu_actions
from test_ui_support import check_every_edit, map_file, no_real_dialogs, window  # noqa: F401

BUNDLED = ["B2B customer lifecycle", "Customer support request", "E-commerce purchase", "SaaS onboarding",
           "Service blueprint: car service appointment"]


def names_in(dialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_the_commands_are_in_the_file_menu(window):
    file_menu = window.menus[0]
    names = [a.objectName() for a in file_menu.actions() if not a.isSeparator()]
    assert names.index("new_from_template") == names.index("new") + 1
    assert names.index("save_as_template") == names.index("save_as") + 1
    assert window.imports.actions["new_from_template"].shortcut().toString() == "Ctrl+Shift+N"
    assert not window.imports.actions["save_as_template"].isEnabled(), "no map open"


def test_enter_in_the_template_list_creates_an_untitled_map(window, qtbot):
    before = len(window.tab_list())
    window.imports.actions["new_from_template"].trigger()
    dialog = window.imports.dialog
    qtbot.waitExposed(dialog)
    assert names_in(dialog) == BUNDLED
    assert dialog.name.text() == "B2B customer lifecycle" and "buying group" in dialog.description.text()
    assert "Stages: Awareness → Evaluation" in dialog.outline.text()
    QTest.keyClick(dialog.list, Qt.Key.Key_Down)
    QTest.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.name.text() == "E-commerce purchase"
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert len(window.tab_list()) == before + 1
    tab = window.current_tab()
    journey = tab.document.journey
    assert journey.title == "E-commerce purchase" and check_map(journey) == []
    assert journey.stages[0].name == "Discover" and len(journey.cards) > 25
    assert tab.document.path is None and not tab.document.modified
    assert not journey.stages[0].id.startswith("stage-ecommerce"), "a new map gets fresh ids"
    assert window.imports.dialog is None or not window.imports.dialog.isVisible()


def test_the_blueprint_outline_shows_the_line_of_visibility(window, qtbot):
    window.imports.new_from_template()
    dialog = window.imports.dialog
    dialog.list.setCurrentRow(BUNDLED.index("Service blueprint: car service appointment"))
    assert "Frontstage (employee actions the customer sees); - - line of visibility - -; Backstage" in dialog.outline.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    journey = window.current_tab().document.journey
    assert journey.lane(journey.visibility_line_after).kind is LaneKind.FRONTSTAGE
    assert window.current_tab().view.map_scene.visibility.isVisible()


def test_escape_creates_nothing(window, qtbot):
    window.imports.new_from_template()
    dialog = window.imports.dialog
    QTest.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert window.tab_list() == []


def test_save_as_template_then_new_from_it(window, map_file, monkeypatch):
    window.file_commands.open_path(map_file)
    asked = []
    monkeypatch.setattr(import_commands, "ask_template_name", lambda parent, suggested: asked.append(suggested) or "Sign-up")
    path = window.imports.save_as_template()
    assert asked == ["Broadband sign-up"]
    assert path == templates.user_folder() / "Sign-up.journey"
    assert load_map(path).stages[0].name == "Aware"

    window.imports.new_from_template()
    dialog = window.imports.dialog
    assert names_in(dialog) == BUNDLED + ["Sign-up (yours)"]
    dialog.list.setCurrentRow(len(BUNDLED))
    dialog.accept()
    journey = window.current_tab().document.journey
    assert journey.title == "Sign-up" and [s.name for s in journey.stages] == ["Aware", "Buy", "Use"]
    assert journey.stages[0].id != "stage-aware"


def test_save_as_template_asks_before_replacing(window, map_file, monkeypatch):
    tab = window.file_commands.open_path(map_file)
    monkeypatch.setattr(import_commands, "ask_template_name", lambda parent, suggested: "Sign-up")
    path = window.imports.save_as_template()
    before = path.read_bytes()
    from journeymapper.editor import edits

    edits.add_stage(tab.document, "Leave")
    answers = []
    monkeypatch.setattr(import_commands, "ask_overwrite_template", lambda parent, name: answers.append(name) or False)
    assert window.imports.save_as_template() is None
    assert answers == ["Sign-up"] and path.read_bytes() == before
    monkeypatch.setattr(import_commands, "ask_overwrite_template", lambda parent, name: True)
    assert window.imports.save_as_template() == path
    assert [s.name for s in load_map(path).stages][-1] == "Leave"


def test_the_import_and_export_commands_are_in_the_menus(window):
    names = [a.objectName() for a in menu_actions(window.menus[0])]
    assert {"import_metrics", "import_mermaid", "export_markdown"} <= set(names)
    assert names.index("import_metrics") < names.index("export_pdf") < names.index("export_markdown")


def picture_of(dialog):
    pixmap = dialog.picture.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    return pixmap


def test_the_chosen_template_is_shown_as_a_picture_drawn_once(window, qtbot, monkeypatch):
    from PySide6.QtCore import QSize

    from journeymapper.ui import template_dialog

    drawn = []
    draw = template_dialog.draw_preview
    monkeypatch.setattr(template_dialog, "draw_preview",
                        lambda journey, size: drawn.append(journey.title) or draw(journey, size))
    window.imports.new_from_template()
    dialog = window.imports.dialog
    qtbot.waitExposed(dialog)
    assert drawn == ["B2B customer lifecycle"], "only the chosen template is drawn when the dialog opens"
    first = picture_of(dialog)
    assert first.deviceIndependentSize().toSize() == QSize(360, 220)
    image = first.toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 5, "a drawing, not a blank"
    QTest.keyClick(dialog.list, Qt.Key.Key_Down)
    second = picture_of(dialog)
    assert second.toImage() != image, "another template, another picture"
    QTest.keyClick(dialog.list, Qt.Key.Key_Up)
    assert picture_of(dialog).toImage() == image
    assert drawn == ["B2B customer lifecycle", "Customer support request"], "kept while the dialog is open"
    assert dialog.picture.accessibleName() == "Picture of the map “B2B customer lifecycle” makes"


def test_the_outline_is_quieter_but_not_disabled(window, qtbot):
    from PySide6.QtGui import QPalette

    from journeymapper.ui.appearance import dark_palette

    window.imports.new_from_template()
    dialog = window.imports.dialog
    outline = dialog.outline
    assert outline.isEnabled(), "screen readers would announce a disabled label as unavailable"
    ink = outline.palette().color(QPalette.ColorRole.WindowText)
    assert ink != dialog.palette().color(QPalette.ColorRole.WindowText)
    dialog.setPalette(dark_palette())
    dark_ink = outline.palette().color(QPalette.ColorRole.WindowText)
    paper = dark_palette().color(QPalette.ColorRole.Window)
    assert dark_ink.lightnessF() - paper.lightnessF() > 0.45, "light enough to read on the dark window"
    assert dark_ink != dark_palette().color(QPalette.ColorRole.WindowText)
