"""The core packages (model, store, and layout/export where they exist) never load Qt.

Scripts, the command line and the tests use them without a display; importing
Qt there would cost time, need a display server on some systems, and tie the
file format to the GUI.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

import journeymapper

QT_ROOTS = ("PySide6", "shiboken6")
CORE = [
    name
    for name in (
        "journeymapper.model",
        "journeymapper.store",
        "journeymapper.layout",
        "journeymapper.export",
        "journeymapper.atlas",
    )
    if importlib.util.find_spec(name) is not None
]
PACKAGE_DIR = Path(journeymapper.__file__).parent

PROBE = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {roots!r})))
"""


def qt_modules_after_importing(*names: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(roots=set(QT_ROOTS)), *names],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


def test_the_core_packages_exist():
    assert {"journeymapper.model", "journeymapper.store"} <= set(CORE)


def test_importing_the_core_loads_no_qt():
    assert qt_modules_after_importing(*CORE) == []


def test_the_probe_would_see_qt_if_it_were_imported():
    if importlib.util.find_spec("PySide6") is None:
        pytest.skip("PySide6 is not installed, so the probe cannot be checked against it")
    assert "PySide6.QtCore" in qt_modules_after_importing(*CORE, "PySide6.QtCore")


def _qt_imports(source: str, filename: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            # importlib.import_module("PySide6.QtGui") and __import__("PySide6")
            function = node.func
            called = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
            names = [str(node.args[0].value)] if called in ("import_module", "__import__") else []
        else:
            continue
        found += [f"{filename}:{node.lineno}: {name}" for name in names if name.split(".")[0] in QT_ROOTS]
    return found


def test_no_core_source_file_imports_qt():
    sources = [
        path
        for name in CORE
        for path in sorted((PACKAGE_DIR / name.split(".", 1)[1]).rglob("*.py"))
    ]
    assert len(sources) >= 10, "the scan must find the core's source files"
    offenders = [hit for path in sources for hit in _qt_imports(path.read_text(encoding="utf-8"), str(path))]
    assert offenders == []


def test_the_static_check_recognises_every_form_of_qt_import():
    source = (
        "import PySide6\n"
        "from PySide6.QtCore import QObject\n"
        "import shiboken6 as sb\n"
        "importlib.import_module('PySide6.QtGui')\n"
        "def later():\n    from PySide6 import QtWidgets\n"
        "import pydantic\nfrom . import sibling\n"
    )
    assert len(_qt_imports(source, "sample.py")) == 5
