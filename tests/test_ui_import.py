"""File > Import (metrics from CSV, Mermaid journeys) and File > Export > Markdown Summary in the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from journeymapper.editor.selection import Selection
from journeymapper.export.markdown import markdown_summary
from journeymapper.model import MetricValue
from journeymapper.store.snapshots import list_snapshots
from journeymapper.ui import import_commands
from journeymapper.ui.metrics_import_dialog import ERROR_COLOUR
from test_ui_support import check_every_edit, map_file, no_real_dialogs, select, window  # noqa: F401

SURVEY = (
    "stage;card;metric;value;date\n"       # 1
    "Aware;;CSAT;4,5;2026-10-31\n"        # 2 good (decimal comma)
    "Buy;;CSAT;2;2026-10-31\n"            # 3 good
    "Nowhere;;CSAT;3;2026-10-31\n"        # 4 unknown stage
    "Use;;CSAT;lots;2026-10-31\n"         # 5 not a number
    "Use;Slow router;Complaints;14;2026-10\n"  # 6 bad date
    "Use;Slow router;Complaints;12;2026-10-31\n"  # 7 good, a card
)


@pytest.fixture
def survey(tmp_path: Path) -> Path:
    path = tmp_path / "survey.csv"
    path.write_bytes(b"\xef\xbb\xbf" + SURVEY.encode("utf-8"))
    return path


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    shown: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(import_commands, "show_problem", lambda parent, title, text, details: shown.append((text, details)))
    return shown


def open_preview(window, map_file, survey, monkeypatch):
    tab = window.file_commands.open_path(map_file)
    monkeypatch.setattr(import_commands, "ask_csv_path", lambda parent: survey)
    window.imports.actions["import_metrics"].trigger()
    return tab, window.imports.dialog


def cell(dialog, row: int, column: int) -> str:
    return dialog.table.item(row, column).text()


def test_the_preview_marks_each_bad_row_and_changes_nothing_until_confirmed(window, map_file, survey, monkeypatch, qtbot):
    tab, dialog = open_preview(window, map_file, survey, monkeypatch)
    qtbot.waitExposed(dialog)
    before = tab.document.journey.model_copy(deep=True)
    assert "3 rows can be imported, 3 rows have problems" in dialog.summary.text()
    assert dialog.import_button.text().replace("&", "") == "Import 3 Rows"
    assert [cell(dialog, r, 0) for r in range(dialog.table.rowCount())] == ["2", "3", "4", "5", "6", "7"]
    statuses = [cell(dialog, r, 5) for r in range(dialog.table.rowCount())]
    assert statuses[0] == "new" and statuses[5] == "new"
    assert "no stage named “Nowhere”" in statuses[2]
    assert "“lots” is not a number" in statuses[3]
    assert "“2026-10” is not a date" in statuses[4]
    red = QColor(ERROR_COLOUR)
    assert dialog.table.item(2, 5).foreground().color() == red
    assert dialog.table.item(0, 5).foreground().color() != red
    assert cell(dialog, 5, 1) == "Card: Slow router"
    assert tab.document.journey == before, "nothing changes before Import"
    assert list_snapshots(map_file) == []

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    journey = tab.document.journey
    assert journey.stage("stage-aware").metrics == [
        MetricValue(name="CSAT", value=4.5, date=date(2026, 10, 31), source="Imported from survey.csv")]
    assert [m.value for m in journey.stage("stage-buy").metrics] == [2.0]
    assert journey.stage("stage-use").metrics == []
    assert [(m.name, m.value) for m in journey.card("card-slow").metrics] == [("Complaints", 12.0)]
    assert tab.document.modified
    [snapshot] = list_snapshots(map_file)
    assert snapshot.automatic and snapshot.name == "Before importing survey.csv"
    assert "Imported 3 metric values" in window.statusBar().currentMessage()

    window.commands.undo.trigger()  # one step takes the whole import back
    assert tab.document.journey == before
    assert not tab.document.modified
    window.commands.redo.trigger()
    assert [m.value for m in tab.document.journey.stage("stage-buy").metrics] == [2.0]


def test_enter_confirms_and_escape_cancels(window, map_file, survey, monkeypatch, qtbot):
    tab, dialog = open_preview(window, map_file, survey, monkeypatch)
    QTest.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert tab.document.undo_stack.count() == 0
    window.imports.import_metrics(survey)
    dialog = window.imports.dialog
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    assert tab.document.undo_stack.count() == 1


def test_when_the_snapshot_fails_the_user_decides(window, map_file, survey, monkeypatch):
    from journeymapper.store import snapshots

    def fail(*args, **kwargs):
        raise snapshots.SnapshotError("cannot take snapshot: the folder is read-only")

    monkeypatch.setattr(snapshots, "create_snapshot", fail)
    reasons = []
    monkeypatch.setattr(import_commands, "ask_import_without_snapshot", lambda parent, reason: reasons.append(reason) or False)
    tab, dialog = open_preview(window, map_file, survey, monkeypatch)
    dialog.accept()
    assert reasons == ["cannot take snapshot: the folder is read-only"]
    assert tab.document.undo_stack.count() == 0, "refused: nothing imported"
    monkeypatch.setattr(import_commands, "ask_import_without_snapshot", lambda parent, reason: True)
    window.imports.import_metrics(survey).accept()
    assert tab.document.undo_stack.count() == 1


def test_cancel_imports_nothing(window, map_file, survey, monkeypatch, qtbot):
    tab, dialog = open_preview(window, map_file, survey, monkeypatch)
    before = tab.document.journey.model_copy(deep=True)
    dialog.reject()
    assert tab.document.journey == before and not tab.document.modified
    assert tab.document.undo_stack.count() == 0
    assert list_snapshots(map_file) == []


def test_emotions_derived_from_a_metric_are_part_of_the_same_step(window, map_file, survey, monkeypatch, qtbot):
    tab, dialog = open_preview(window, map_file, survey, monkeypatch)
    before = tab.document.journey.model_copy(deep=True)
    dialog.derive_box.setChecked(True)
    assert dialog.metric_box.currentText() == "CSAT"
    assert (dialog.low.value(), dialog.high.value()) == (1, 5)
    text = dialog.mapping_text.text()
    assert "CSAT 1 → -2, CSAT 5 → +2" in text and "Ana's emotion curve" in text
    assert "Aware: +1.5; Buy: -1" in text
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    journey = tab.document.journey
    assert journey.emotion_curve("persona-ana") == [1.5, -1.0, None]
    assert next(e for e in journey.emotions if e.stage == "stage-aware").label == "curious", "the label is kept"
    assert tab.document.undo_stack.count() == 1
    window.commands.undo.trigger()
    assert tab.document.journey == before


def test_a_file_that_cannot_be_read_says_why_and_opens_no_preview(window, map_file, tmp_path, monkeypatch, problems):
    bad = tmp_path / "export.csv"
    bad.write_bytes(b"stage,metric,value\nAware,CSAT,\xe9\n")
    tab = window.file_commands.open_path(map_file)
    assert window.imports.import_metrics(bad) is None
    [(text, details)] = problems
    assert "Nothing was imported" in text and "export.csv: line 2: not UTF-8" in details[0]
    assert window.imports.dialog is None and not tab.document.modified


def test_the_inspector_shows_the_metrics_of_the_selected_stage_and_card(window, map_file, survey, monkeypatch, qtbot):
    tab, dialog = open_preview(window, map_file, survey, monkeypatch)
    dialog.accept()
    select(tab.view, Selection("stage", ("stage-aware",)))
    page = window.inspector.current_page()
    assert page is window.inspector.stage_page
    assert page.metrics.isVisibleTo(window.inspector) and page.metrics.list.text() == "CSAT: 4.5 (2026-10-31)"
    select(tab.view, Selection("cards", ("card-slow",)))
    assert window.inspector.card_page.metrics.list.text() == "Complaints: 12 (2026-10-31)"
    select(tab.view, Selection("cards", ("card-ad",)))
    assert not window.inspector.card_page.metrics.isVisibleTo(window.inspector)


def test_an_untitled_map_imports_without_a_snapshot(window, survey, monkeypatch):
    window.commands.new.trigger()
    monkeypatch.setattr(import_commands, "ask_csv_path", lambda parent: survey)
    dialog = window.imports.import_metrics()
    assert "2 rows can be imported" in dialog.summary.text()  # the default stages have no cards
    dialog.accept()
    stages = {s.name: s for s in window.current_tab().document.journey.stages}
    assert [m.value for m in stages["Aware"].metrics] == [4.5] and [m.value for m in stages["Buy"].metrics] == [2.0]


MERMAID = """journey
  title Checkout
  section Basket
    Review basket: 4: Shopper
  section Pay
    Enter card: 2: Shopper, Partner
"""


def test_a_mermaid_journey_opens_as_a_new_untitled_map(window, tmp_path, monkeypatch):
    path = tmp_path / "checkout.mmd"
    path.write_text(MERMAID, encoding="utf-8")
    monkeypatch.setattr(import_commands, "ask_mermaid_path", lambda parent: path)
    window.imports.actions["import_mermaid"].trigger()
    tab = window.current_tab()
    journey = tab.document.journey
    assert journey.title == "Checkout" and [s.name for s in journey.stages] == ["Basket", "Pay"]
    assert [p.name for p in journey.personas] == ["Shopper", "Partner"]
    assert tab.document.path is None


def test_a_broken_mermaid_file_lists_its_bad_lines_and_opens_nothing(window, tmp_path, monkeypatch, problems):
    path = tmp_path / "broken.mmd"
    path.write_text("journey\n  section A\n    Task: high: Me\n    ???\n", encoding="utf-8")
    assert window.imports.import_mermaid(path) is None
    [(text, details)] = problems
    assert "broken.mmd" in text
    assert details[0].startswith("line 3: the score “high”") and details[1].startswith("line 4:")
    assert window.tab_list() == []


def test_markdown_summary_is_written_where_the_user_chose(window, map_file, tmp_path, monkeypatch):
    tab = window.file_commands.open_path(map_file)
    target = tmp_path / "out" / "summary.md"
    target.parent.mkdir()
    suggested = []
    monkeypatch.setattr(import_commands, "ask_markdown_path", lambda parent, path: suggested.append(path) or target)
    window.imports.actions["export_markdown"].trigger()
    assert suggested == [map_file.with_suffix(".md")]
    text = target.read_text(encoding="utf-8")
    assert text == markdown_summary(tab.document.journey)
    assert text.startswith("# Broadband sign-up")


def test_one_good_row_and_one_bad_are_counted_in_the_singular(window, map_file, monkeypatch, tmp_path):
    one = tmp_path / "one.csv"
    one.write_text("stage,card,metric,value,date\nBuy,,CSAT,2,2026-10-31\nNowhere,,CSAT,3,2026-10-31\n")
    _tab, dialog = open_preview(window, map_file, one, monkeypatch)
    assert dialog.summary.text() == f"{one}: 1 row can be imported, 1 row has problems and will be skipped."
    assert dialog.import_button.text().replace("&", "") == "Import 1 Row"


def test_a_clean_file_says_nothing_of_problems(window, map_file, monkeypatch, tmp_path):
    clean = tmp_path / "clean.csv"
    clean.write_text("stage,card,metric,value,date\nBuy,,CSAT,2,2026-10-31\nAware,,CSAT,4,2026-10-31\n")
    _tab, dialog = open_preview(window, map_file, clean, monkeypatch)
    assert dialog.summary.text() == f"{clean}: 2 rows can be imported."
