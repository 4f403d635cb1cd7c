"""``journeymapper export``: headless, no Qt imported, one line per problem, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from journeymapper.resources import resource_path

LIFECYCLE = resource_path("examples", "lifecycle.journey")


def run(*code_or_args: str, module: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    command = [sys.executable, "-m", "journeymapper", *code_or_args] if module else [sys.executable, "-c", *code_or_args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)


def test_export_writes_pdf_and_csv_without_importing_qt(tmp_path: Path) -> None:
    pdf, table = tmp_path / "out.pdf", tmp_path / "out.csv"
    code = (
        "import sys\n"
        "from journeymapper.cli import main\n"
        f"status = main(['export', {str(LIFECYCLE)!r}, '--pdf', {str(pdf)!r}, '--csv', {str(table)!r},"
        " '--paper', 'letter', '--group-by', 'stage', '--today', '2026-11-22'])\n"
        "assert 'PySide6' not in sys.modules, sorted(m for m in sys.modules if 'PySide6' in m)[:5]\n"
        "sys.exit(status)\n"
    )
    result = run(code, module=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{pdf}: ") and "pages" in lines[0]
    assert lines[1] == f"{table}: 9 actions"
    reader = PdfReader(str(pdf))
    assert float(reader.pages[0].mediabox.width) == 792.0
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Action plan · by stage" in text and "Dana Kowalski" in text
    assert table.read_bytes().startswith(b"\xef\xbb\xbf")


def test_export_of_an_atlas_with_a_missing_map_lists_it_and_exits_1(tmp_path: Path) -> None:
    for name in ("broadband.atlas", "lifecycle.journey", "support-call.journey"):
        shutil.copy(resource_path("examples", name), tmp_path / name)
    pdf = tmp_path / "atlas.pdf"
    result = run("export", str(tmp_path / "broadband.atlas"), "--pdf", str(pdf), "--paper", "A3")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    problem, written = result.stdout.splitlines()
    assert "lifecycle-future.journey" in problem and "missing" in problem
    assert written.startswith(f"{pdf}: ")
    assert "lifecycle-future.journey" in " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)


def test_export_problems_are_one_line_each_never_a_traceback(tmp_path: Path) -> None:
    missing = run("export", str(tmp_path / "nope.journey"), "--pdf", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and missing.stdout.strip() == f"{tmp_path / 'nope.journey'}: no such file"
    broken = tmp_path / "broken.journey"
    broken.write_text("{not json", encoding="utf-8")
    bad = run("export", str(broken), "--pdf", str(tmp_path / "x.pdf"))
    assert bad.returncode == 1 and bad.stdout.startswith(str(broken)) and "Traceback" not in bad.stderr
    unwritable = run("export", str(LIFECYCLE), "--pdf", str(tmp_path / "no-such-folder" / "x.pdf"))
    assert unwritable.returncode == 1 and len(unwritable.stdout.splitlines()) == 1
    assert "not written" in unwritable.stdout and "Traceback" not in unwritable.stderr
    nothing = run("export", str(LIFECYCLE))
    assert nothing.returncode == 2 and "--pdf" in nothing.stdout
    wrong = run("export", str(LIFECYCLE), "--pdf", str(tmp_path / "x.pdf"), "--paper", "b5")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
    assert not (tmp_path / "x.pdf").exists()
