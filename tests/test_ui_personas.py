"""Personas in the window: the editor dialog (real keys), the Personas dock (each change one undo
step, add from the atlas's library keeping the id), whose curve the canvas edits (legend click, number
keys), the persona library refreshing copies in open and closed maps, and the one image import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QToolButton
from PySide6.QtTest import QTest
from test_canvas_support import click
from test_ui_support import check_every_edit, map_file, no_real_dialogs, window  # noqa: F401

from factories import png_bytes
from journeymapper.editor import edits
from journeymapper.model import LaneKind, Persona
from journeymapper.model.image import PERSONA_PHOTO_SIDE, image_size
from test_atlas_support import example_copy
from journeymapper.store import load_atlas, load_map
from journeymapper.ui import image_import, persona_editor, persona_library
from journeymapper.ui.image_import import ImageImportError, import_image
from journeymapper.ui.persona_editor import PersonaDialog


def picture(path: Path, width: int, height: int, alpha: bool = False) -> Path:
    image = QImage(width, height, QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32)
    image.fill(QColor(40, 120, 200, 128 if alpha else 255))
    assert image.save(str(path))
    return path


# --- the one image import -----------------------------------------------------------------------------


def test_a_large_photo_is_scaled_down_and_re_encoded(qapp, tmp_path: Path) -> None:
    photo = import_image(picture(tmp_path / "big.png", 2000, 1000), PERSONA_PHOTO_SIDE)
    media_type, width, height = image_size(photo.to_bytes())
    assert (media_type, width, height) == ("image/jpeg", 512, 256)
    assert photo.alt == "big"
    see_through = import_image(picture(tmp_path / "logo.png", 300, 300, alpha=True), 100)
    assert image_size(see_through.to_bytes()) == ("image/png", 100, 100), "transparency kept as PNG"


def test_a_file_that_is_not_an_image_is_refused_naming_it(qapp, tmp_path: Path) -> None:
    fake = tmp_path / "holiday.png"
    fake.write_text("this is a shopping list, not a picture")
    with pytest.raises(ImageImportError, match="holiday.png") as refused:
        import_image(fake)
    assert "not" in str(refused.value)


def test_a_png_claiming_a_huge_size_is_refused_before_decoding(qapp, tmp_path: Path, monkeypatch) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bytes(2, 2, claimed=(50_000, 50_000)))
    decoded: list[Any] = []
    monkeypatch.setattr(image_import.QImageReader, "read", lambda self: decoded.append(1) or QImage())
    with pytest.raises(ImageImportError, match="bomb.png.*50000 x 50000"):
        import_image(bomb)
    assert not decoded, "nothing was decoded"


# --- the editor dialog ----------------------------------------------------------------------------------


def test_the_persona_dialog_is_used_with_the_keyboard(qtbot, tmp_path: Path) -> None:
    photo_file = picture(tmp_path / "face.png", 900, 1200)
    dialog = PersonaDialog(Persona(id="persona-x", name="", goals=["keep\nthis whole"]), "Edit persona",
                           ask_path=lambda parent, title: photo_file)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    editor = dialog.editor
    assert dialog.focusWidget() is editor.name
    QTest.keyClicks(editor.name, "Ana Lee")
    QTest.keyClick(editor.name, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is editor.role
    QTest.keyClicks(editor.role, "Night nurse")
    QTest.keyClick(editor.role, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is editor.import_photo
    QTest.keyClick(editor.import_photo, Qt.Key.Key_Space)  # Import photo… from the keyboard
    assert editor.current_photo() is not None and not editor.photo.pixmap().isNull()
    editor.needs.setFocus()
    QTest.keyClicks(editor.needs, "Quiet")
    QTest.keyClick(editor.needs, Qt.Key.Key_Return)
    QTest.keyClicks(editor.needs, "Sleep")
    QTest.keyClick(editor.needs, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is editor.frustrations, "Tab leaves a list field instead of typing a tab"
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # OK is the default button
    result = dialog.result_persona
    assert result is not None and result.id == "persona-x"
    assert (result.name, result.role, result.needs) == ("Ana Lee", "Night nurse", ["Quiet", "Sleep"])
    assert result.goals == ["keep\nthis whole"], "an untouched list comes back exactly as it was"
    assert max(image_size(result.photo.to_bytes())[1:]) == PERSONA_PHOTO_SIDE


def test_the_persona_dialog_shows_a_long_role_from_its_start_and_a_usual_line_whole(qtbot) -> None:
    role = "Busy remote-working parent: product manager, works from home three days a week, two children"
    dialog = PersonaDialog(Persona(id="persona-x", name="Maya", role=role), "Edit persona")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    editor = dialog.editor
    assert editor.role.cursorPosition() == 0, "the role's first words are in view, not its last"
    room = editor.goals.viewport().width()
    assert room >= 75 * editor.goals.fontMetrics().averageCharWidth(), "a 75-character goal fits its line"


def test_a_refused_photo_is_explained_and_the_old_one_kept(qtbot, tmp_path: Path) -> None:
    fake = tmp_path / "notes.jpg"
    fake.write_text("not a jpeg")
    dialog = PersonaDialog(Persona(name="Bo"), "Edit", ask_path=lambda parent, title: fake)
    qtbot.addWidget(dialog)
    assert not dialog.editor.choose_photo()
    assert "notes.jpg" in dialog.editor.problem.text() and not dialog.editor.problem.isHidden()
    assert dialog.editor.current_photo() is None


# --- the Personas dock -------------------------------------------------------------------------------


def test_the_dock_adds_edits_reorders_and_removes_each_as_one_undo_step(window, map_file, qtbot, monkeypatch) -> None:
    tab = window.file_commands.open_path(map_file)
    panel = window.personas_panel
    assert panel.document is tab.document and panel.list.count() == 1
    answers = iter([Persona(name="Bo", role="Student"), None])
    monkeypatch.setattr(persona_editor, "edit_persona", lambda parent, persona, title: next(answers))
    panel.show()
    panel.raise_()
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_Insert)
    assert [p.name for p in tab.document.journey.personas] == ["Ana", "Bo"]
    assert "Bo" in panel.list.currentItem().text()
    QTest.keyClick(panel.list, Qt.Key.Key_Insert)  # cancelled: nothing added
    assert len(tab.document.journey.personas) == 2

    monkeypatch.setattr(persona_editor, "edit_persona",
                        lambda parent, persona, title: persona.model_copy(update={"quote": "Cheap please"}))
    QTest.keyClick(panel.list, Qt.Key.Key_Return)
    assert tab.document.journey.personas[1].quote == "Cheap please"
    QTest.keyClick(panel.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [p.name for p in tab.document.journey.personas] == ["Bo", "Ana"]
    panel.select("persona-ana")
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    assert [p.name for p in tab.document.journey.personas] == ["Bo"]
    assert all(e.persona != "persona-ana" for e in tab.document.journey.emotions), "its scores go with it"
    for expected in (["Bo", "Ana"], ["Ana", "Bo"], ["Ana", "Bo"], ["Ana"]):
        window.commands.undo.trigger()
        assert [p.name for p in tab.document.journey.personas] == expected
    assert tab.document.journey.personas[0].id == "persona-ana" and len(tab.document.journey.emotions) == 1
    assert panel.list.count() == 1


def test_add_from_the_library_keeps_the_library_id(window, map_file, qtbot, tmp_path: Path) -> None:
    folder = example_copy(tmp_path, "examples").parent
    with qtbot.waitSignal(window.atlas_dock.scanned, timeout=10000):
        window.atlas_dock.open_atlas(folder / "broadband.atlas")
    tab = window.file_commands.open_path(map_file)
    panel = window.personas_panel
    assert panel.library_button.isEnabled()
    panel._fill_library_menu()
    names = [a.text() for a in panel.library_menu.actions()]
    assert names == ["Maya Okafor", "Ron Whitfield"]
    panel.library_menu.actions()[1].trigger()
    ron = tab.document.journey.personas[-1]
    assert ron.id == "persona-ron" and ron.name == "Ron Whitfield" and ron.photo is not None
    panel._fill_library_menu()
    assert not panel.library_menu.actions()[1].isEnabled(), "a persona already on the map is not offered twice"


# --- whose curve is edited ---------------------------------------------------------------------------


def open_with_emotions(window, map_file):  # noqa: ANN001, ANN201
    """The small map with an emotions lane (where the curves are drawn) and a second persona."""
    window.resize(1600, 1000)  # room for the canvas beside the docks
    tab = window.file_commands.open_path(map_file)
    edits.add_lane(tab.document, LaneKind.EMOTIONS, "Feelings", index=0)
    edits.add_persona(tab.document, Persona(id="persona-bo", name="Bo"))
    return tab


def test_clicking_a_name_in_the_legend_makes_number_keys_score_that_persona(window, map_file, qtbot) -> None:
    tab = open_with_emotions(window, map_file)
    document, view = tab.document, tab.view
    curve = view.map_scene.curve
    layout = {persona: rect for rect, persona, _strong in curve.legend_layout()}
    assert set(layout) == {"persona-ana", "persona-bo"}, "the legend names every persona of the map"
    target = curve.mapToScene(layout["persona-bo"].center())
    view.centerOn(target)
    assert view.map_scene.hit(target).region not in ("lane_header", "stage_header"), "the legend is in sight"
    click(view, target)
    assert edits.curve_persona(document) == "persona-bo"
    rows = window.personas_panel.list
    assert "\u270e" in rows.item(1).text() and "\u270e" not in rows.item(0).text(), "the dock marks whose curve"
    view.map_scene.select_emotion("stage-buy")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_5)
    assert edits.score_for(document, "stage-buy", "persona-bo").value == 2
    assert edits.score_for(document, "stage-buy", "persona-ana") is None
    assert edits.score_for(document, "stage-aware", "persona-ana").value == 1
    colours = {p: curve.colour_of(p).name().upper() for p in ("persona-ana", "persona-bo")}
    assert colours["persona-ana"] != colours["persona-bo"], "each persona's curve has its own colour"


def test_selecting_a_persona_in_the_dock_chooses_its_curve(window, map_file, qtbot) -> None:
    tab = open_with_emotions(window, map_file)
    panel = window.personas_panel
    panel.select("persona-bo")
    assert edits.curve_persona(tab.document) == "persona-bo"
    assert "Bo" in panel.curve_label.text()
    assert tab.view.map_scene.curve.primary_persona == "persona-bo"


# --- the persona library ---------------------------------------------------------------------------


def test_editing_a_library_persona_refreshes_open_and_closed_maps(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    folder = example_copy(tmp_path, "team").parent
    atlas_file = folder / "broadband.atlas"
    with qtbot.waitSignal(window.atlas_dock.scanned, timeout=10000):
        window.atlas_dock.open_atlas(atlas_file)
    tab = window.file_commands.open_path(folder / "lifecycle.journey")
    assert window.persona_library.isEnabled()
    asked: list[tuple[str, int]] = []
    shown: list[tuple[list[str], list[str]]] = []
    monkeypatch.setattr(persona_library, "ask_refresh", lambda parent, name, count: asked.append((name, count)) or True)
    monkeypatch.setattr(persona_library, "show_summary", lambda parent, title, done, problems: shown.append((done, problems)))
    monkeypatch.setattr(persona_editor, "edit_persona",
                        lambda parent, persona, title: persona.model_copy(update={"role": "Head of product"}))
    window.persona_library.trigger()
    library = window._dialogs["persona_library"]
    library.list.setCurrentRow(0)
    assert library.selected().id == "persona-maya"
    assert library.edit_selected()
    assert next(p for p in load_atlas(atlas_file).personas if p.id == "persona-maya").role == "Head of product"
    assert asked == [("Maya Okafor", 3)]
    done, problems = shown[-1]
    assert not problems
    assert any(line.startswith("Broadband customer lifecycle") and "open map" in line for line in done)
    assert {line.split(":")[0] for line in done if "refreshed" in line} >= {"lifecycle-future.journey",
                                                                           "support-call.journey"}
    for name in ("lifecycle-future.journey", "support-call.journey"):
        assert next(p for p in load_map(folder / name).personas if p.id == "persona-maya").role == "Head of product"
    maya = next(p for p in tab.document.journey.personas if p.id == "persona-maya")
    assert maya.role == "Head of product" and tab.document.modified
    window.commands.undo.trigger()
    assert next(p for p in tab.document.journey.personas if p.id == "persona-maya").role != "Head of product"


def test_the_example_atlas_library_is_shown_not_edited(window, qtbot) -> None:
    from journeymapper.resources import example_atlas

    with qtbot.waitSignal(window.atlas_dock.scanned, timeout=10000):
        window.atlas_dock.open_atlas(example_atlas())
    window.persona_library.trigger()
    library = window._dialogs["persona_library"]
    assert library.list.count() == 2
    assert not library.new_button.isEnabled() and not library.remove_button.isEnabled()
    assert "read-only" in library.heading.text()


def test_the_library_wraps_a_long_role_instead_of_scrolling_sideways(window, qtbot) -> None:
    from journeymapper.resources import example_atlas

    with qtbot.waitSignal(window.atlas_dock.scanned, timeout=10000):
        window.atlas_dock.open_atlas(example_atlas())
    window.persona_library.trigger()
    library = window._dialogs["persona_library"]
    qtbot.waitExposed(library)
    assert library.list.wordWrap()
    assert library.list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    row = library.list.visualItemRect(library.list.item(0))
    assert row.right() <= library.list.viewport().width(), "the whole row in view"


def test_from_library_has_a_row_of_its_own_so_its_menu_arrow_leaves_the_text_alone(window, map_file,
                                                                                   qtbot) -> None:
    # in a row of three, at the inspector's first-start width, the arrow covered the "y" of "library"
    window.file_commands.open_path(map_file)
    panel = window.personas_panel
    panel.setFloating(True)
    panel.resize(300, 500)
    panel.show()
    qtbot.waitExposed(panel)
    add = next(b for b in panel.findChildren(QToolButton) if b.defaultAction() is panel.actions["add"])
    library = panel.library_button
    assert library.geometry().top() > add.geometry().bottom() + add.height(), "below the two rows of commands"
    assert library.width() > 2 * add.width() and library.width() >= library.sizeHint().width()
