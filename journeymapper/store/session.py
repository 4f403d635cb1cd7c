"""The clean-exit marker: did the last run of the app end cleanly?

Each run writes a marker into the recovery folder when it starts and removes
it when it exits cleanly. A marker left behind by a process that no longer
runs means that run crashed or was killed, so the next start offers its
recovery copies. Markers of other runs still going (a second window of the app)
are left alone, and so are their recovery copies.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional

from .atomic import atomic_write
from .locks import process_alive

SESSIONS = "sessions"


def _folder(root: Path) -> Path:
    return Path(root) / SESSIONS


@dataclass(frozen=True)
class Session:
    """One run of the app; ``id`` is written into each recovery copy it makes."""

    root: Path
    id: str
    pid: int
    host: str

    @classmethod
    def start(cls, root: Path) -> "Session":
        """Write this run's marker (the recovery folder is created if needed)."""
        session = cls(Path(root), f"{os.getpid()}-{secrets.token_hex(6)}", os.getpid(), socket.gethostname())
        _folder(session.root).mkdir(parents=True, exist_ok=True)
        marker = {"pid": session.pid, "host": session.host,
                  "started": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        atomic_write(session.marker, json.dumps(marker).encode("utf-8"))
        return session

    @property
    def marker(self) -> Path:
        return _folder(self.root) / f"{self.id}.json"

    def end(self) -> None:
        """A clean exit: remove the marker."""
        forget_session(self.root, self.id)


def session_state(
    root: Path, session_id: str, alive: Callable[[int], bool] = process_alive, host: Optional[str] = None
) -> str:
    """``live`` (still running), ``crashed`` (marker left, process gone) or ``ended`` (no marker)."""
    try:
        data = json.loads((_folder(root) / f"{session_id}.json").read_bytes())
    except FileNotFoundError:
        return "ended"
    except (OSError, ValueError):
        return "crashed"  # a marker cut short by the crash itself
    if not isinstance(data, dict):
        return "crashed"
    here = data.get("host") == (host or socket.gethostname())
    pid = data.get("pid")
    if here and isinstance(pid, int) and alive(pid):
        return "live"
    return "crashed" if here else "live"  # another machine's run: we cannot tell, so hands off


def crashed_sessions(root: Path, alive: Callable[[int], bool] = process_alive) -> list[str]:
    """Ids of runs whose marker remains though their process is gone: the app was killed."""
    folder = _folder(root)
    try:
        names = sorted(p.stem for p in folder.iterdir() if p.suffix == ".json")
    except OSError:
        return []
    return [name for name in names if session_state(root, name, alive) == "crashed"]


def forget_session(root: Path, session_id: str) -> None:
    """Remove a run's marker (its own clean exit, or once its crash has been dealt with)."""
    try:
        (_folder(root) / f"{session_id}.json").unlink()
    except OSError:
        pass
