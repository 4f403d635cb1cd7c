"""The action plan as CSV: UTF-8 with a BOM, formulas neutralised, one row per action. No Qt."""

from __future__ import annotations

import csv
import io
import shutil
from datetime import date
from pathlib import Path

import pytest

from journeymapper.export import export_atlas_csv, export_csv
from journeymapper.export.csv_export import COLUMNS, neutralise
from journeymapper.model import Action, ActionStatus, Card, JourneyMap, Lane, LaneKind, Priority, Stage
from journeymapper.resources import resource_path

TODAY = date(2026, 6, 1)


def journey() -> JourneyMap:
    stage = Stage(id="s1", name="Pay")
    other = Stage(id="s2", name="-Return")
    lane = Lane(id="pain", kind=LaneKind.PAIN_POINTS)
    cards = [Card(id="c1", lane="pain", stage="s1", text="Card declined, twice"),
             Card(id="c2", lane="pain", stage="s2", text="=HYPERLINK(\"http://evil\")")]
    actions = [
        Action(id="a1", title="=1+2", owner="+Zoë Müller", due=date(2026, 3, 1), priority=Priority.HIGH,
               cards=["c1", "c2"], description="@SUM(A1:A9)"),
        Action(id="a2", title="-minus", owner="@handle", status=ActionStatus.DONE, due=date(2026, 3, 1)),
        Action(id="a3", title="\tTabbed", owner="\rReturn", stages=["s1"]),
        Action(id="a4", title="Plain 你好, \"quoted\"", owner="Chen Wei", due=date(2026, 9, 1),
               description="line one\nline two"),
    ]
    return JourneyMap(title="Checkout", stages=[stage, other], lanes=[lane], cards=cards, actions=actions)


def read(path: Path) -> tuple[bytes, list[list[str]]]:
    raw = path.read_bytes()
    return raw, list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("value", ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_get_an_apostrophe(value: str) -> None:
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["", "Plain", " =not at start", "1-2", "a=b", "'already"])
def test_other_cells_are_left_alone(value: str) -> None:
    assert neutralise(value) == value


def test_csv_has_bom_columns_and_every_action(tmp_path: Path) -> None:
    out = tmp_path / "plan.csv"
    assert export_csv(journey(), out, TODAY) == 4
    raw, rows = read(out)
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\xef\xbb\xbf") == 1
    assert b"\r\n" in raw
    assert tuple(rows[0]) == COLUMNS
    by_title = {row[0]: dict(zip(COLUMNS, row)) for row in rows[1:]}
    first = by_title["'=1+2"]
    assert first["owner"] == "'+Zoë Müller"
    assert first["due"] == "2026-03-01" and first["status"] == "Open" and first["priority"] == "High"
    assert first["overdue"] == "yes"
    assert first["stages"] == "Pay; -Return"  # not at the start of the cell: left as it is
    assert first["cards"] == "Pain points: Card declined, twice\nPain points: =HYPERLINK(\"http://evil\")"
    assert first["description"] == "'@SUM(A1:A9)"
    done = by_title["'-minus"]
    assert done["owner"] == "'@handle" and done["overdue"] == "no" and done["status"] == "Done"
    tabbed = by_title["'\tTabbed"]
    assert tabbed["owner"] == "'\rReturn" and tabbed["stages"] == "Pay" and tabbed["due"] == ""
    plain = by_title["Plain 你好, \"quoted\""]
    assert plain["description"] == "line one\nline two" and plain["overdue"] == "no"
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_atlas_csv_adds_the_map_and_reports_missing_maps(tmp_path: Path) -> None:
    examples = resource_path("examples")
    for name in ("broadband.atlas", "lifecycle.journey", "support-call.journey"):
        shutil.copy(examples / name, tmp_path / name)
    out = tmp_path / "all.csv"
    count, problems = export_atlas_csv(tmp_path / "broadband.atlas", out, TODAY)
    assert len(problems) == 1 and "lifecycle-future.journey" in problems[0]
    _, rows = read(out)
    assert rows[0] == [*COLUMNS, "map"]
    assert count == len(rows) - 1 > 0
    assert {row[-1] for row in rows[1:]} == {
        "Broadband customer lifecycle: current state", "Support call: connection keeps dropping"}
