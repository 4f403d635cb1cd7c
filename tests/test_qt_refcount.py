"""Guards against PySide6 6.12.0 on CPython 3.11, which leaks references to None.

Every call of a method returning nothing dropped a reference to ``None`` there,
and the app aborted with ``none_dealloc`` after a few thousand such calls. The
dependency range in pyproject.toml avoids that build; this test catches it if a
future range lets it in again.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QObject, QPointF, QRectF
    holder = QObject()
    rect = QRectF()
    before = sys.getrefcount(None)
    for index in range(20000):
        holder.setObjectName("card")
        rect.setWidth(float(index))
        rect.moveTopLeft(QPointF(1.0, 2.0))
    after = sys.getrefcount(None)
    print(before - after)
    """
)


def test_void_qt_calls_keep_none_alive() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"the probe crashed: {result.stderr[-2000:]}"
    lost = int(result.stdout.strip().splitlines()[-1])
    assert lost < 1000, f"{lost} references to None were lost in 60,000 Qt calls (the PySide6 refcount bug)"


def test_installed_pyside6_is_not_the_known_bad_build() -> None:
    import PySide6

    bad = sys.version_info[:2] == (3, 11) and PySide6.__version__ == "6.12.0"
    assert not bad, "PySide6 6.12.0 on CPython 3.11 crashes with none_dealloc; pyproject.toml must exclude it"
