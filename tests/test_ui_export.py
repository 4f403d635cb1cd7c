"""File > Export (PDF in the background, CSV, PNG, SVG), the headless --png/--svg, and printing."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pypdf import PdfReader

import journeymapper.export as export_api
from journeymapper.export import Paper, PdfOptions, build_map_pages
from journeymapper.export.pages import CIRCLE, CLIP, IMAGE, LINE, PATH, RECT, TEXT, UNCLIP, Page
from journeymapper.resources import resource_path
from journeymapper.ui import export_prompts
from journeymapper.ui.print_pages import PagePainter, page_image
from journeymapper.ui.print_preview import PrintPreview, paper_of
from test_ui_support import check_every_edit, no_real_dialogs, window  # noqa: F401

LIFECYCLE = resource_path("examples", "lifecycle.journey")


@pytest.fixture
def chooser(monkeypatch, tmp_path):
    """The file chooser answers with ``tmp_path / out.<kind>``; records what it was asked."""
    asked: list[tuple[Path, str]] = []

    def choose(parent, suggested, kind):
        asked.append((suggested, kind))
        return tmp_path / f"out.{kind}"

    monkeypatch.setattr(export_prompts, "ask_export_path", choose)
    return asked


@pytest.fixture
def errors(monkeypatch):
    shown: list[tuple[Path, str]] = []
    monkeypatch.setattr(export_prompts, "show_export_error", lambda parent, path, reason: shown.append((path, reason)))
    return shown


def open_lifecycle(window):
    return window.file_commands.open_path(LIFECYCLE)


def click_export(dialog):
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_export_pdf_through_the_dialog_runs_in_a_worker(window, chooser, errors, tmp_path, qtbot, monkeypatch):
    open_lifecycle(window)
    real = export_api.export_pdf
    threads: list[threading.Thread] = []
    ui_turned = threading.Event()

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        assert ui_turned.wait(10), "the UI thread did not run while the export was working"
        return real(*args, **kwargs)

    monkeypatch.setattr(export_api, "export_pdf", recording)
    window.commands.export_pdf.trigger()
    dialog = window.export_commands.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    dialog.paper.setCurrentIndex(dialog.paper.findData(Paper.A3.value))
    dialog.group_by.setCurrentIndex(dialog.group_by.findData("stage"))
    dialog.parts["summary"].setChecked(False)
    click_export(dialog)
    assert chooser and chooser[0][1] == "pdf" and chooser[0][0].name.startswith("lifecycle")
    assert window.export_commands.progress.isVisible()
    assert not window.commands.export_pdf.isEnabled(), "one export at a time"
    QTimer.singleShot(0, ui_turned.set)  # only runs if the UI thread's event loop is free
    qtbot.waitUntil(lambda: window.export_commands.task is None, timeout=60000)
    assert threads and threads[0] is not threading.main_thread()
    out = tmp_path / "out.pdf"
    assert out.is_file() and errors == []
    reader = PdfReader(str(out))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Broadband customer lifecycle" in text and "Action plan · by stage" in text
    assert "Summary" not in text, "the summary was left out"
    assert round(float(reader.pages[0].mediabox.width)) == 1191  # A3 landscape
    message = window.statusBar().currentMessage()
    assert f"Exported {len(reader.pages)} pages to {out}" == message
    assert not window.export_commands.progress.isVisible()
    assert window.commands.export_pdf.isEnabled()
    assert window.export_commands.options.paper is Paper.A3, "the next export starts from these options"


def test_a_cancelled_export_leaves_no_file(window, chooser, errors, tmp_path, qtbot, monkeypatch):
    tab = open_lifecycle(window)
    real = export_api.export_pdf
    release = threading.Event()

    def waiting(*args, **kwargs):
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(export_api, "export_pdf", waiting)
    out = tmp_path / "out.pdf"
    window.export_commands.start_pdf(tab, out, PdfOptions())
    progress = window.export_commands.progress
    assert progress.isVisible()
    QTest.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: window.export_commands.task is None, timeout=60000)
    assert not out.exists() and list(tmp_path.glob("out*")) == []
    assert errors == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_failed_export_names_the_file(window, chooser, errors, tmp_path, qtbot):
    tab = open_lifecycle(window)
    out = tmp_path / "no-such-folder" / "map.pdf"
    window.export_commands.start_pdf(tab, out, PdfOptions())
    qtbot.waitUntil(lambda: window.export_commands.task is None, timeout=60000)
    assert len(errors) == 1 and errors[0][0] == out
    assert errors[0][1] and not errors[0][1].startswith(str(out)), "the path is said once, in the message"
    assert str(out) in window.statusBar().currentMessage()


def test_the_export_error_message_is_not_modal(window, tmp_path):
    box = export_prompts.show_export_error(window, tmp_path / "x.pdf", "disk full")
    assert str(tmp_path / "x.pdf") in box.text() and box.informativeText() == "disk full"
    assert not box.isModal()
    box.close()


def test_the_export_uses_a_copy_so_editing_during_it_is_safe(window, chooser, tmp_path, qtbot, monkeypatch):
    tab = open_lifecycle(window)
    seen = []
    def fake(journey, *args, **kwargs):
        seen.append(journey)
        return export_api.ExportResult(None, 1)

    monkeypatch.setattr(export_api, "export_pdf", fake)
    window.export_commands.start_pdf(tab, tmp_path / "x.pdf", PdfOptions())
    qtbot.waitUntil(lambda: window.export_commands.task is None, timeout=10000)
    assert seen and seen[0] is not tab.document.journey and seen[0] == tab.document.journey
    assert window.statusBar().currentMessage() == f"Exported 1 page to {tmp_path / 'x.pdf'}"


def test_the_dialog_refuses_to_export_nothing(window):
    open_lifecycle(window)
    dialog = window.export_commands.export_pdf()
    for box in dialog.parts.values():
        box.setChecked(False)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert all(box.accessibleName().startswith("Include: ") for box in dialog.parts.values())
    dialog.close()


def test_export_csv(window, chooser, tmp_path):
    tab = open_lifecycle(window)
    window.commands.export_csv.trigger()
    out = tmp_path / "out.csv"
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Dana Kowalski (Customer service)" in data.decode("utf-8-sig")
    assert window.statusBar().currentMessage() == f"Exported {len(tab.document.journey.actions)} actions to {out}"


def test_export_png_and_svg(window, chooser, tmp_path):
    tab = open_lifecycle(window)
    window.commands.export_png.trigger()
    image = QImage(str(tmp_path / "out.png"))
    assert not image.isNull()
    rect = tab.view.map_scene.map_rect()
    assert abs(image.width() - 2 * rect.width()) <= 2 and abs(image.height() - 2 * rect.height()) <= 2
    assert image.pixelColor(image.width() // 2, image.height() // 2).isValid()
    window.commands.export_svg.trigger()
    svg = (tmp_path / "out.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Broadband customer lifecycle" in svg
    assert "Discover" in svg, "stage names are text in the drawing"


def test_the_file_menu_has_export_and_print(window):
    from journeymapper.ui.actions import menu_actions

    export_menu = window.findChild(type(window.menus[0]), "export_menu")
    names = [a.objectName() for a in menu_actions(export_menu)]
    assert names == ["export_pdf", "export_csv", "export_markdown", "export_png", "export_svg", "export_atlas_pdf"]
    assert window.commands.print_map in window.menus[0].actions()
    assert not window.commands.export_pdf.isEnabled() and not window.commands.print_map.isEnabled()


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "journeymapper", *args], capture_output=True, text=True,
                          timeout=300, env=env)


def test_cli_png_and_svg_need_no_display(tmp_path, qapp):
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    result = run_cli("export", str(LIFECYCLE), "--png", str(png), "--svg", str(svg), "--scale", "1")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 1000
    assert result.stdout.splitlines()[0] == f"{png}: {image.width()} x {image.height()} pixels"
    assert "<svg" in svg.read_text(encoding="utf-8")
    atlas = run_cli("export", str(resource_path("examples", "broadband.atlas")), "--png", str(tmp_path / "a.png"))
    assert atlas.returncode == 1 and "not an atlas" in atlas.stdout and not (tmp_path / "a.png").exists()
    bad = run_cli("export", str(LIFECYCLE), "--png", str(png), "--scale", "0")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


# --- printing ------------------------------------------------------------------------------------


def every_kind_page() -> Page:
    page = Page(200.0, 100.0, "test")
    page.ops += [
        (RECT, 0, 0, 50, 50, "#FF0000", "#000000", 1.0, 0.0),
        (RECT, 60, 0, 40, 40, "#00FF00", None, 0.0, 6.0),
        (LINE, 0, 60, 200, 60, "#0000FF", 4.0, (6.0, 3.0)),
        (TEXT, 110, 30, "Ωμέγα 漢字 <b>&amp;", 12.0, True, "#000000"),
        (PATH, [((0, 90), (50, 70), (100, 110), (150, 90))], "#FF00FF", 2.0, None),
        (CIRCLE, 180, 20, 10, "#00FFFF", "#000000", 1.0),
        (CLIP, 150, 70, 20, 20),
        (RECT, 0, 0, 200, 100, "#FFFF00", None, 0.0, 0.0),  # clipped to the small square
        (UNCLIP,),
    ]
    return page


def test_every_operation_kind_has_a_painter(qapp):
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    handlers = PagePainter(painter).handlers
    painter.end()
    assert set(handlers) == {RECT, LINE, TEXT, PATH, CIRCLE, CLIP, UNCLIP, IMAGE}


def test_the_page_painter_draws_every_operation(qapp):
    image = page_image(every_kind_page(), 2.0)
    assert (image.width(), image.height()) == (400, 200)
    colour = lambda x, y: image.pixelColor(x, y).name()  # noqa: E731 - pixels in page points * 2
    assert colour(50, 50) == "#ff0000"  # the filled rectangle
    assert colour(160, 40) == "#00ff00"  # the rounded one
    assert colour(4, 120) == "#0000ff"  # the dashed line, at its first dash
    assert colour(360, 40) == "#00ffff"  # the circle
    assert colour(320, 160) == "#ffff00"  # the clipped fill, inside its clip...
    assert colour(200, 10) != "#ffff00" and colour(390, 190) == "#ffffff"  # ...and nowhere else
    text_pixels = sum(image.pixelColor(x, y).lightness() < 100 for x in range(220, 400) for y in range(30, 66))
    assert text_pixels > 100, "the text was drawn"


def test_the_preview_paints_the_same_pages_as_the_pdf(qapp, tmp_path):
    from journeymapper.store import load_map

    journey = load_map(LIFECYCLE)
    preview = PrintPreview(journey, PdfOptions(paper=Paper.A4))
    assert paper_of(preview.printer) is Paper.A4
    pages = preview.pages_for(Paper.A4)
    assert len(pages) == len(build_map_pages(journey, PdfOptions(paper=Paper.A4)).pages)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFullPage(True)
    printer.setPageLayout(preview.printer.pageLayout())
    assert preview.paint(printer) == len(pages)
    reader = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(reader.pages) == len(pages)
    assert round(float(reader.pages[0].mediabox.width)) == 842  # A4 landscape
    assert "Broadband customer lifecycle" in " ".join(reader.pages[0].extract_text().split())
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3))
    assert paper_of(printer) is Paper.A3
    preview.deleteLater()


def test_print_opens_a_non_modal_preview(window):
    open_lifecycle(window)
    window.commands.print_map.trigger()
    preview = window.export_commands.preview
    assert preview is not None and preview.isVisible() and not preview.isModal()
    preview.close()


def test_a_page_is_fitted_and_centred_in_its_target(qapp):
    image = QImage(300, 300, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    PagePainter(painter).paint(every_kind_page(), QRectF(0, 0, 300, 300))
    painter.end()
    # 200 x 100 points fitted into 300 x 300: 1.5 pixels a point, 75 pixels free above and below
    assert image.pixelColor(150, 50).alpha() == 0 and image.pixelColor(10, 80).name() == "#ff0000"
