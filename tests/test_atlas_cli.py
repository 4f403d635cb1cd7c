"""``journeymapper atlas list|check|search|add|move``: one line each, exit 0 or 1, no traceback, no Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_atlas_support import edit_document, example_copy

from journeymapper.cli import main
from journeymapper.model import AtlasEntry
from journeymapper.store import load_atlas, load_map


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    status = main(["atlas", *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return status, captured.out.splitlines()


def test_list_prints_one_line_per_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    atlas_file = example_copy(tmp_path)
    (atlas_file.parent / "support-call.journey").unlink()
    status, lines = run(capsys, "list", str(atlas_file), "--today", "2026-11-22")
    assert status == 0
    assert lines == [
        "lifecycle.journey\tBroadband customer lifecycle: current state\t66 cards\t6 open, 3 overdue actions\t"
        "stale: review date 2026-10-31 has passed",
        "lifecycle-future.journey\tBroadband customer lifecycle: future state (end of 2027)\t55 cards\t"
        "3 open, 0 overdue actions",
        "support-call.journey\tbroken: missing (no such file)",
    ]
    status, lines = run(capsys, "list", str(atlas_file), "--json", "--today", "2026-11-22")
    entries = json.loads("\n".join(lines))
    assert entries[0]["cards"] == 66 and entries[0]["personas"] == ["Maya Okafor", "Ron Whitfield"]
    assert entries[2]["broken"] == "missing (no such file)"


def test_check_lists_each_problem_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    atlas_file = example_copy(tmp_path)
    assert run(capsys, "check", str(atlas_file), "--today", "2026-09-01")[0] == 0
    root = atlas_file.parent
    edit_document(atlas_file, lambda a: a.entries.extend(
        [AtlasEntry(path="\\\\evil-host\\share\\x.journey"), AtlasEntry(path="Lifecycle.journey")]))
    edit_document(root / "support-call.journey", lambda m: setattr(m.stages[0], "drilldown", "lifecycle.journey"))
    (root / "extra.journey").write_bytes((root / "lifecycle-future.journey").read_bytes())
    status, lines = run(capsys, "check", str(atlas_file), "--today", "2026-11-22")
    assert status == 1
    prefix = str(root) + "/"
    assert lines == [
        f"{prefix}broadband.atlas: entries[3].path: '\\\\\\\\evil-host\\\\share\\\\x.journey': a network (UNC) path: "
        "opening it could send your network credentials to that host, so it is opened only when you ask",
        f"{prefix}broadband.atlas: entries[4].path: 'Lifecycle.journey': missing (no such file)",
        f"{prefix}broadband.atlas: entries[4].path: 'Lifecycle.journey' names the same file as entries[0] "
        "(they differ only in letter case)",
        f"{prefix}broadband.atlas: drill-down cycle: lifecycle.journey -> support-call.journey -> lifecycle.journey",
        f"warning: {prefix}lifecycle.journey: stale: review date 2026-10-31 has passed",
        f"warning: {prefix}extra.journey: not in the atlas (add it with: journeymapper atlas add)",
    ]


def test_search_prints_hits_and_takes_filters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    atlas_file = example_copy(tmp_path)
    status, lines = run(capsys, "search", str(atlas_file), "four menu levels before")
    assert status == 0
    assert lines == [f"{atlas_file.parent}/support-call.journey: pain_point card-ivr-maze (text): "
                     "Four menu levels before a person; none of the options match the fault"]
    status, lines = run(capsys, "search", str(atlas_file), "", "--owner", "priya shah (billing)", "--kind", "action",
                        "--status", "in_progress")
    assert status == 0 and lines and all(": action " in line for line in lines)
    assert main(["atlas", "search", str(atlas_file), "x", "--channel", "pigeon"]) == 2


def test_add_and_move_keep_the_atlas_and_links_right(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    atlas_file = example_copy(tmp_path)
    root = atlas_file.parent
    (root / "extra.journey").write_bytes((root / "lifecycle-future.journey").read_bytes())
    status, lines = run(capsys, "add", str(atlas_file), str(root / "extra.journey"), "--group", "Extras")
    assert (status, lines) == (0, [f"{atlas_file}: added extra.journey"])
    status, lines = run(capsys, "add", str(atlas_file), "extra.journey", str(tmp_path / "nowhere.journey"))
    assert status == 1 and lines == [f"{atlas_file}: {root / 'extra.journey'}: already in the atlas",
                                     f"{atlas_file}: {tmp_path / 'nowhere.journey'}: not inside the atlas's folder "
                                     f"{root}: move it there first"]

    status, lines = run(capsys, "move", str(atlas_file), "support-call.journey", "help/support.journey")
    assert status == 0 and lines[0] == f"{atlas_file}: moved support-call.journey to help/support.journey"
    assert load_atlas(atlas_file).entries[2].path == "help/support.journey"
    assert load_map(root / "lifecycle.journey").stages[4].drilldown == "help/support.journey"

    monkeypatch.chdir(root / "help")  # file paths from here work too
    status, lines = run(capsys, "move", str(atlas_file), "support.journey", "../support-call.journey")
    assert status == 0, lines
    assert load_map(root / "lifecycle.journey").stages[4].drilldown == "support-call.journey"

    status, lines = run(capsys, "move", str(atlas_file), "nowhere.journey", "x.journey")
    assert (status, lines) == (1, [f"{atlas_file}: 'nowhere.journey' is not an entry of the atlas"])
    status, lines = run(capsys, "move", str(atlas_file), "lifecycle.journey", "//evil-host/share/x.journey")
    assert status == 1 and "network (UNC) path" in lines[0]


def test_a_damaged_atlas_gives_one_line_per_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.atlas"
    bad.write_text('{"format": "journeymapper.atlas", "version": "1.0", "id": "a", "entries": [{"path": ""}]}')
    for command in ("list", "check", "search", "add", "move"):
        extra = {"search": ["x"], "add": ["m.journey"], "move": ["a", "b"]}.get(command, [])
        status, lines = run(capsys, command, str(bad), *extra)
        assert status == 1 and lines == [f"{bad}: entries[0].path: String should have at least 1 character"]
    status, lines = run(capsys, "list", str(tmp_path / "missing.atlas"))
    assert (status, lines) == (1, [f"{tmp_path / 'missing.atlas'}: no such file"])


def test_the_atlas_commands_load_no_qt_and_print_no_traceback(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    (tmp_path / "garbage.atlas").write_bytes(b"\x00\xff{{{")
    probe = (
        "import sys\nfrom journeymapper.cli import main\n"
        f"codes = [main(['atlas', 'check', {str(atlas_file)!r}]), main(['atlas', 'list', {str(tmp_path / 'garbage.atlas')!r}])]\n"
        "print(codes, sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "[0, 1] []"
