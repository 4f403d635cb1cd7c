"""The headless command line: validate, schema, upgrade, --version; no display, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journeymapper import __version__
from journeymapper.cli import main
from journeymapper.model import Card, JourneyMap, Lane, LaneKind, Stage
from journeymapper.store import save


def small_map() -> JourneyMap:
    stage = Stage(id="stage-buy", name="Buy")
    lane = Lane(id="lane-touch", kind=LaneKind.TOUCHPOINTS, title="Touchpoints")
    return JourneyMap(title="Checkout", stages=[stage], lanes=[lane], cards=[Card(lane=lane.id, stage=stage.id, text="Pay")])


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journeymapper", *args], capture_output=True, text=True, timeout=120
    )


def test_version_from_python_dash_m() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"JourneyMapper {__version__}"


def test_validate_reports_each_problem_with_file_and_location(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.journey"
    save(good, small_map())
    bad = tmp_path / "bad.journey"
    data = json.loads(good.read_text())
    data["cards"][0]["stage"] = "stage-gone"
    data["stages"][0]["name"] = 42
    bad.write_text(json.dumps(data))

    assert main(["validate", str(good)]) == 0
    assert "valid map" in capsys.readouterr().out

    assert main(["validate", str(good), str(bad)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert f"{bad}: stages[0].name: Input should be a valid string" in lines
    assert all("Traceback" not in line for line in lines)


def test_validate_in_a_subprocess_prints_no_traceback_for_garbage(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.journey"
    garbage.write_bytes(b"\x00\xff{{{")
    result = run_cli("validate", str(garbage))
    assert result.returncode == 1
    assert result.stdout.startswith(f"{garbage}: ")
    assert "Traceback" not in result.stdout + result.stderr
    assert "PySide6" not in result.stderr


def test_validate_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "none.journey")]) == 1
    assert capsys.readouterr().out.strip() == f"{tmp_path / 'none.journey'}: no such file"


def test_schema_prints_json_schema_for_each_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "map"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["properties"]["format"]["const"] == "journeymapper.map"
    assert "cards" in schema["properties"]
    assert main(["schema", "atlas"]) == 0
    assert json.loads(capsys.readouterr().out)["properties"]["format"]["const"] == "journeymapper.atlas"


def test_schema_rejects_unknown_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "poster"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_upgrade_leaves_current_files_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "m.journey"
    save(path, small_map())
    before = path.read_bytes()
    assert main(["upgrade", str(path)]) == 0
    assert "already format 1.0" in capsys.readouterr().out
    assert path.read_bytes() == before


def test_upgrade_rewrites_an_older_file_through_a_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from journeymapper.store import formats
    from journeymapper.store.versions import MigrationRegistry, Version

    registry = MigrationRegistry()

    @registry.step("journeymapper.map", "1.0", "1.1")
    def rename_heading(data: dict) -> dict:
        data["title"] = data.pop("heading")
        return data

    newer = formats.FormatSpec(
        formats.MAP_FORMAT.name, "map", ".journey", JourneyMap, formats.MAP_FORMAT.check, Version(1, 1)
    )
    monkeypatch.setattr(formats, "MIGRATIONS", registry)
    monkeypatch.setitem(formats.FORMATS, newer.name, newer)

    path = tmp_path / "old.journey"
    old = json.loads(formats.serialize_document(formats.MAP_FORMAT, small_map()))
    old["heading"] = old.pop("title")
    path.write_text(json.dumps(old))

    assert main(["upgrade", str(path)]) == 0
    assert "upgraded from format 1.0 to 1.1" in capsys.readouterr().out
    rewritten = json.loads(path.read_text())
    assert rewritten["version"] == "1.1"
    assert rewritten["title"] == "Checkout" and "heading" not in rewritten


def test_upgrade_reports_bad_file_and_leaves_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.journey"
    path.write_bytes(b'{"format": "journeymapper.map"')
    assert main(["upgrade", str(path)]) == 1
    assert str(path) in capsys.readouterr().out
    assert path.read_bytes() == b'{"format": "journeymapper.map"'


def test_subcommand_names_do_not_swallow_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    opened: list[list[Path]] = []
    monkeypatch.setattr("journeymapper.cli._run_gui", lambda files: opened.append(files) or 0)
    path = tmp_path / "validate.journey"
    save(path, small_map())
    assert main([str(path)]) == 0
    assert main(["--", "validate"]) == 0
    assert opened == [[path], [Path("validate")]]


def test_schema_into_a_closed_pipe_prints_no_traceback() -> None:
    result = subprocess.run(
        f"{sys.executable} -m journeymapper schema map | head -n 1", shell=True, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "{"
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
