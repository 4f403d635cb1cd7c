"""The Markdown summary: its content, and escaping that no card text can break. No Qt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from journeymapper.cli import main
from journeymapper.export.markdown import escape, escape_cell, export_markdown, markdown_summary
from journeymapper.model import Action, Card, EmotionScore, JourneyMap, Lane, LaneKind, MetricValue, Persona, Stage
from journeymapper.resources import resource_path
from journeymapper.store import load_map, save

HOSTILE = "# Heading? | pipe `tick` <script>alert(1)</script> *star* [link](javascript:x) & 1. done"


def hostile_map() -> JourneyMap:
    return JourneyMap(
        title="Support <b>call</b>",
        description="First line\n- not a list",
        personas=[Persona(id="persona-ana", name="Ana | admin", role="Buyer", goals=["Get it done"], quote="Quick!")],
        stages=[Stage(id="stage-a", name="Ask", goal="Get an answer",
                      metrics=[MetricValue(name="CSAT", value=3.9, date=date(2026, 10, 31), source="Survey")])],
        lanes=[Lane(id="lane-do", kind=LaneKind.CUSTOMER_ACTIONS, title="Doing"),
               Lane(id="lane-pain", kind=LaneKind.PAIN_POINTS, title="Pains")],
        cards=[Card(id="card-1", lane="lane-pain", stage="stage-a", text=HOSTILE),
               Card(id="card-2", lane="lane-do", stage="stage-a", text="- starts like a list", votes=3)],
        emotions=[EmotionScore(stage="stage-a", persona="persona-ana", value=-1, label="annoyed")],
        actions=[Action(id="action-1", title="Fix | it\nnow", owner="Bo", due=date(2026, 11, 1),
                        cards=["card-1"], stages=["stage-a"])],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# not a heading", r"\# not a heading"),
        ("1. not a list", r"1\. not a list"),
        ("- not a list", r"\- not a list"),
        ("a | b", r"a \| b"),
        ("`code`", r"\`code\`"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("AT&T", "AT&amp;T"),
        ("two\nlines", "two lines"),
        ("*bold* _it_ [x](y)", r"\*bold\* \_it\_ \[x\](y)"),
    ],
)
def test_escape(text: str, expected: str) -> None:
    assert escape(text) == expected


def test_escape_cell_keeps_a_table_row_on_one_line() -> None:
    assert escape_cell("a|b\nc") == r"a\|b<br>c"


def test_summary_lists_every_part_and_no_card_breaks_it() -> None:
    text = markdown_summary(hostile_map(), today=date(2026, 11, 22))
    lines = text.splitlines()
    assert lines[0] == "# Support &lt;b&gt;call&lt;/b&gt;"
    assert "## Personas" in lines and "## Stages" in lines and "## Action plan" in lines
    assert r"- **Ana \| admin** — Buyer" in lines
    assert "### 1. Ask" in lines and "**Goal:** Get an answer" in lines
    assert any(line.startswith("**Emotion**") and "Ana \\| admin: -1 (annoyed)" in line for line in lines)
    assert "- CSAT: 3.9 (2026-10-31) — Survey" in lines
    assert "**Pains**" in lines and "**Doing**" in lines
    assert r"- \- starts like a list _(3 votes)_" in lines
    # the hostile card is one list item; nothing in it opens a heading, a code span or HTML
    [item] = [line for line in lines if "Heading?" in line and line.startswith("- ")]
    assert item.startswith(r"- \# Heading? \| pipe \`tick\` &lt;script&gt;")
    assert "<script>" not in text and "<b>" not in text
    assert not any(line.startswith("#") for line in lines if "Heading?" in line)
    # the action plan is a well-formed table: same number of cells in every row
    table = [line for line in lines if line.startswith("| ")]
    assert len(table) == 3
    assert all(line.replace("\\|", "").count("|") == 8 for line in table)
    assert r"Fix \| it<br>now" in table[2] and "2026-11-01 (overdue)" in table[2]


def test_a_map_without_actions_says_so() -> None:
    journey = JourneyMap(title="Empty", stages=[Stage(name="Only")])
    assert "No actions yet." in markdown_summary(journey)


def test_the_example_map_exports(tmp_path: Path) -> None:
    journey = load_map(resource_path("examples", "lifecycle.journey"))
    out = tmp_path / "lifecycle.md"
    export_markdown(journey, out, date(2026, 11, 22))
    text = out.read_text(encoding="utf-8")
    assert text.count("\n### ") == len(journey.stages)
    assert "Maya Okafor" in text and "| Action | Owner |" in text


def test_the_command_line_exports_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "map.journey"
    save(source, hostile_map())
    out = tmp_path / "map.md"
    assert main(["export", str(source), "--md", str(out), "--today", "2026-11-22"]) == 0
    assert out.read_text(encoding="utf-8") == markdown_summary(hostile_map(), date(2026, 11, 22))
    assert f"{out}: Markdown summary" in capsys.readouterr().out
