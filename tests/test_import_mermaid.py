"""Mermaid journey diagrams as new maps, and their line-numbered errors. No Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymapper.cli import main
from journeymapper.imports.mermaid import MermaidError, diagram_to_map, import_mermaid, parse_diagram
from journeymapper.model import LaneKind, check_map
from journeymapper.store import load_map

WORKING_DAY = """\
%% the example from the Mermaid documentation
journey
    title My working day
    accDescr: How the team feels about a day at the office
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""

BROKEN = """\
journey
    title Broken
    section Start
      Make tea: five: Me
      Just some words
      Go upstairs: 9: Me
    section
      Sit down: 4
"""


def test_sections_tasks_actors_and_scores_become_a_map() -> None:
    journey = diagram_to_map(parse_diagram(WORKING_DAY))
    assert check_map(journey) == []
    assert journey.title == "My working day"
    assert journey.description == "How the team feels about a day at the office"
    assert [s.name for s in journey.stages] == ["Go to work", "Go home"]
    assert [lane.kind for lane in journey.lanes] == [LaneKind.CUSTOMER_ACTIONS, LaneKind.EMOTIONS]
    work, home = journey.stages
    assert [c.text for c in journey.cards_in_cell(journey.lanes[0].id, work.id)] == ["Make tea", "Go upstairs", "Do work"]
    assert [c.tags for c in journey.cards_in_cell(journey.lanes[0].id, work.id)] == [["Me"], ["Me"], ["Me", "Cat"]]
    me, cat = journey.personas
    assert (me.name, cat.name) == ("Me", "Cat")
    # 1..5 onto -2..+2: Me averages (5+3+1)/3 = 3 -> 0 at work, 5 -> +2 at home; Cat scored 1 -> -2
    assert journey.emotion_curve(me.id) == [0.0, 2.0]
    assert journey.emotion_curve(cat.id) == [-2.0, None]


def test_without_actors_the_map_curve_gets_the_stage_average() -> None:
    journey = diagram_to_map(parse_diagram("journey\nsection A\n  One: 2\n  Two: 5\nsection B\n  Three: 1\n"))
    assert journey.personas == []
    assert journey.emotion_curve() == [0.5, -2.0]  # (2 + 5) / 2 = 3.5 -> +0.5
    assert check_map(journey) == []


def test_every_unreadable_line_is_reported_with_its_number() -> None:
    with pytest.raises(MermaidError) as caught:
        parse_diagram(BROKEN, "broken.mmd")
    assert [(e.line, e.message.split(" ")[0:2]) for e in caught.value.errors] == [
        (4, ["the", "score"]), (5, ["not", "a"]), (6, ["the", "score"]), (7, ["a", "section"]),
    ]
    text = str(caught.value)
    assert "broken.mmd: line 4: the score “five” is not a whole number" in text
    assert "broken.mmd: line 5: not a title, section or task" in text and "“Just some words”" in text
    assert "broken.mmd: line 6: the score 9 is outside 1..5" in text


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("", 1, "empty"),
        ("graph TD\n  A --> B\n", 1, "not a journey diagram"),
        ("journey\n  title Nothing\n", 1, "no tasks"),
        ("journey\n  accDescr {\n  never closed\n", 2, "never closed"),
    ],
)
def test_files_that_are_not_journeys_are_refused(text: str, line: int, message: str) -> None:
    with pytest.raises(MermaidError) as caught:
        parse_diagram(text)
    assert caught.value.errors[0].line == line and message in caught.value.errors[0].message


def test_a_markdown_file_with_a_mermaid_block_keeps_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Notes\n\n```mermaid\njourney\nsection A\n  Pay: x\n```\n", encoding="utf-8")
    with pytest.raises(MermaidError, match=r"notes\.md: line 6: the score “x”"):
        import_mermaid(path)


def test_the_command_line_writes_a_new_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "day.mmd"
    source.write_text(WORKING_DAY, encoding="utf-8")
    out = tmp_path / "day.journey"
    assert main(["import-mermaid", str(source), "-o", str(out)]) == 0
    assert "2 stages, 5 cards, 2 personas" in capsys.readouterr().out
    assert load_map(out).title == "My working day"
    assert main(["import-mermaid", str(source), "-o", str(out)]) == 2, "an existing map is not replaced"
    assert "--force" in capsys.readouterr().out
    (tmp_path / "bad.mmd").write_text(BROKEN, encoding="utf-8")
    before = out.read_bytes()
    assert main(["import-mermaid", str(tmp_path / "bad.mmd"), "-o", str(out), "--force"]) == 1
    assert "bad.mmd: line 4:" in capsys.readouterr().out
    assert out.read_bytes() == before
