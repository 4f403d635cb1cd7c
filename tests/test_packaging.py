"""A plain (non-editable) wheel carries the bundled resources and finds them at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("journeymapper-*.whl")
    return built


def test_wheel_contains_examples_and_fonts(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "journeymapper/_resources/examples/broadband.atlas" in names
    assert "journeymapper/_resources/fonts/DejaVuSans.ttf" in names
    assert "journeymapper/_resources/fonts/LICENSE-DejaVu.txt" in names


def test_unpacked_wheel_finds_its_resources_away_from_the_source(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = "import journeymapper.resources as r; p = r.example_atlas(); print(p); assert p.is_file()"
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {probe}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith(str(site / "journeymapper" / "_resources"))


def test_the_app_folder_keeps_every_qt_module_the_code_imports() -> None:
    """The PyInstaller spec leaves out every Qt module not listed: one the code imports but the list lacks
    would make the built app fail at start (QtNetwork came with the single-instance hand-over)."""
    import ast
    import re

    spec = (ROOT / "packaging" / "journeymapper.spec").read_text(encoding="utf-8")
    listed = ast.literal_eval(re.search(r"^QT_MODULES = (\{[^}]*\})", spec, re.MULTILINE).group(1))
    imported = set()
    for source in (ROOT / "journeymapper").rglob("*.py"):
        imported |= set(re.findall(r"\bPySide6\.(Qt[A-Za-z]+)", source.read_text(encoding="utf-8")))
    assert imported <= listed, f"imported but left out of the app folder: {sorted(imported - listed)}"
