"""Card images: imported through the one image import (same checks and limits as persona photos),
one undo step, a strip under the card's text on the canvas and in the PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from test_ui_support import check_every_edit, map_file, no_real_dialogs, select, small_map, window  # noqa: F401

from factories import png_bytes
from journeymapper.editor.selection import Selection
from journeymapper.export.pages import IMAGE
from journeymapper.export.pdf import build_map_pages
from journeymapper.layout import layout_cell
from journeymapper.layout.fonts import default_measurer
from journeymapper.layout.map_layout import CARD_IMAGE_GAP, CARD_IMAGE_HEIGHT
from journeymapper.model import Card, EmbeddedImage
from journeymapper.model.image import image_size
from journeymapper.ui import image_import


def screenshot(path: Path) -> Path:
    image = QImage(1600, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("#3A78C2"))
    assert image.save(str(path))
    return path


def test_image_button_adds_a_scaled_picture_as_one_undo_step(window, map_file, qtbot, tmp_path, monkeypatch) -> None:
    shot = screenshot(tmp_path / "checkout.png")
    monkeypatch.setattr(image_import, "ask_image_path", lambda parent, title: shot)
    tab = window.file_commands.open_path(map_file)
    select(tab.view, Selection("cards", ("card-web",)))
    field = window.inspector.card_page.fields["image"]
    before = tab.document.undo_stack.index()
    height_before = tab.view.map_scene.cards["card-web"].card_scene_rect().height()
    qtbot.mouseClick(field.choose, Qt.MouseButton.LeftButton)
    image = tab.document.card("card-web").image
    assert image is not None and image_size(image.to_bytes())[1:] == (image_import.CARD_IMAGE_SIDE, 576)
    assert tab.document.undo_stack.index() == before + 1
    assert not field.preview.pixmap().isNull() and field.remove.isEnabled()
    item = tab.view.map_scene.cards["card-web"]
    assert item.box.image is not None, "the layout keeps a strip for the picture"
    assert item.card_scene_rect().height() == height_before + CARD_IMAGE_GAP + CARD_IMAGE_HEIGHT
    qtbot.mouseClick(field.remove, Qt.MouseButton.LeftButton)
    assert tab.document.card("card-web").image is None
    window.commands.undo.trigger()
    window.commands.undo.trigger()
    assert tab.document.card("card-web").image is None and tab.document.undo_stack.index() == before


def test_a_file_that_is_not_a_picture_leaves_the_card_as_it_was(window, map_file, qtbot, tmp_path, monkeypatch) -> None:
    fake = tmp_path / "receipt.png"
    fake.write_bytes(b"%PDF-1.7 not a picture")
    monkeypatch.setattr(image_import, "ask_image_path", lambda parent, title: fake)
    tab = window.file_commands.open_path(map_file)
    select(tab.view, Selection("cards", ("card-web",)))
    field = window.inspector.card_page.fields["image"]
    before = tab.document.undo_stack.count()
    qtbot.mouseClick(field.choose, Qt.MouseButton.LeftButton)
    assert "receipt.png" in field.problem.text() and not field.problem.isHidden()
    assert tab.document.card("card-web").image is None and tab.document.undo_stack.count() == before


def test_a_huge_claimed_picture_is_refused_for_a_card_too(window, map_file, qtbot, tmp_path, monkeypatch) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bytes(1, 1, claimed=(40_000, 40_000)))
    monkeypatch.setattr(image_import, "ask_image_path", lambda parent, title: bomb)
    tab = window.file_commands.open_path(map_file)
    select(tab.view, Selection("cards", ("card-ad",)))
    field = window.inspector.card_page.fields["image"]
    assert not field.choose_image()
    assert "bomb.png" in field.problem.text() and "40000 x 40000" in field.problem.text()
    assert tab.document.card("card-ad").image is None


def test_the_layout_and_the_pdf_show_a_card_picture() -> None:
    picture = EmbeddedImage.from_bytes(png_bytes(40, 20))
    plain = Card(lane="l", stage="s", text="Checkout page")
    pictured = plain.model_copy(update={"id": "card-pic", "image": picture})
    measurer = default_measurer()
    without = layout_cell([plain], 200, measurer).cards[0]
    with_picture = layout_cell([pictured], 200, measurer).cards[0]
    assert without.image is None and with_picture.image is not None
    assert with_picture.rect.height == without.rect.height + CARD_IMAGE_GAP + CARD_IMAGE_HEIGHT
    assert with_picture.image.y >= with_picture.text.rect.bottom

    journey = small_map()
    journey.cards[0].image = picture
    pages = build_map_pages(journey).pages
    images = [op for page in pages for op in page.ops if op[0] == IMAGE]
    assert len(images) == 1 and images[0][5] == png_bytes(40, 20)
    assert abs(images[0][3] / images[0][4] - 2.0) < 1e-6, "drawn whole, its shape kept"
