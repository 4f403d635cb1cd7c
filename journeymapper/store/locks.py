"""The lock file ``.~lock.NAME#``: who has a document open for editing.

An advisory lock, as LibreOffice keeps one: it tells colleagues who is editing,
it does not stop anyone. It is created exclusively (``O_CREAT|O_EXCL``), which
is enough between processes of one machine, but not across machines: on a real
SMB share two clients both created the same lock (quality.md). So each lock
holds a unique token, read back a moment after creation; the check of the file's
content before saving stays the real guard against overwriting.

Staleness is judged by watching the holder's heartbeat counter move, measured
with the reader's own monotonic clock (``LockWatcher``): two machines' clocks
are never compared.
"""

from __future__ import annotations

import enum
import getpass
import json
import os
import secrets
import socket
import sys
import time
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional

from .. import __version__
from .atomic import atomic_write
from .sidefiles import lock_path

HEARTBEAT_INTERVAL = 30.0
"""Seconds between heartbeats of an open document's lock (the GUI's timer)."""
STALE_AFTER = 300.0
"""A foreign lock whose heartbeat has not moved for this long (reader's clock) is stale."""
SETTLE = 0.3
"""Seconds to wait before reading a new lock back (a second client may have overwritten it)."""
READ_RETRIES = 3
_MAX_LOCK_BYTES = 64 * 1024


class LockStatus(enum.Enum):
    ACQUIRED = "acquired"
    REUSED = "reused"
    """The lock was already ours (this process)."""
    TAKEN_OVER = "taken-over"
    """Left by our own crashed process, or taken over at the user's request."""
    HELD = "held"
    """Someone else (``holder``) has the document open."""
    UNKNOWN_HOLDER = "unknown"
    """A lock exists but is empty or unreadable: held by an unknown user."""
    UNAVAILABLE = "unavailable"
    """No lock could be written (read-only folder, drive not answering): ``error`` says why."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Identity:
    """Who we are, as written into a lock."""

    user: str
    host: str
    pid: int

    @classmethod
    def current(cls) -> "Identity":
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name in the environment or the password database
            user = "unknown"
        return cls(user, socket.gethostname() or "unknown", os.getpid())


@dataclass(frozen=True)
class LockInfo:
    """The content of a lock file (JSON, documented in docs/file-format.md)."""

    user: str
    host: str
    pid: int
    opened: str
    token: str
    heartbeat: int = 0
    heartbeat_at: str = ""
    app: str = "JourneyMapper"
    app_version: str = __version__

    @classmethod
    def new(cls, identity: Identity) -> "LockInfo":
        now = _now()
        return cls(identity.user, identity.host, identity.pid, now, secrets.token_hex(16), 0, now)

    def beat(self) -> "LockInfo":
        return replace(self, heartbeat=self.heartbeat + 1, heartbeat_at=_now())

    def to_bytes(self) -> bytes:
        return (json.dumps(asdict(self), indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> "LockInfo":
        """Raises ValueError for anything but a lock we can trust to name its holder."""
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
        fields = {"user": str, "host": str, "pid": int, "opened": str, "token": str, "heartbeat": int}
        for name, kind in fields.items():
            if not isinstance(data.get(name), kind) or isinstance(data.get(name), bool):
                raise ValueError(f"no valid {name!r}")
        if not data["token"]:
            raise ValueError("an empty token")
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and isinstance(v, (str, int))}
        return cls(**known)


@dataclass
class Lock:
    """A lock we hold: its file and what we last wrote into it."""

    path: Path
    info: LockInfo


@dataclass(frozen=True)
class LockResult:
    status: LockStatus
    lock: Optional[Lock] = None
    holder: Optional[LockInfo] = None
    error: str = ""
    verified: bool = True
    """False when our lock could not be read back to confirm the token (a share not answering)."""

    @property
    def owned(self) -> bool:
        return self.lock is not None


class LockUnreadable(ValueError):
    """The lock file exists but is empty or not a lock: held by an unknown user."""


@dataclass
class _Options:
    identity: Identity = field(default_factory=Identity.current)
    settle: float = SETTLE
    sleep: Callable[[float], None] = time.sleep
    alive: Callable[[int], bool] = field(default=lambda pid: process_alive(pid))


def read_lock(
    document: Path, *, retries: int = READ_RETRIES, delay: float = SETTLE, sleep: Callable[[float], None] = time.sleep
) -> Optional[LockInfo]:
    """The lock beside ``document``; None if there is none.

    Raises LockUnreadable for an empty or corrupt lock (after one more look: it
    may be being written) and OSError when it cannot be read at all.
    """
    return _read(lock_path(Path(document)), retries, delay, sleep)


def _read(
    path: Path, retries: int = READ_RETRIES, delay: float = SETTLE, sleep: Callable[[float], None] = time.sleep
) -> Optional[LockInfo]:
    for attempt in range(retries + 1):
        try:
            with open(path, "rb") as stream:
                raw = stream.read(_MAX_LOCK_BYTES)
        except FileNotFoundError:
            return None
        except OSError:
            if attempt == retries:
                raise
            sleep(delay)
            continue
        try:
            return LockInfo.from_bytes(raw)
        except (ValueError, UnicodeDecodeError) as error:
            if attempt >= min(retries, 1):
                raise LockUnreadable(f"{path.name}: {error}" if raw else f"{path.name} is empty") from None
            sleep(delay)
    raise AssertionError("unreachable")


def acquire(
    document: Path,
    *,
    identity: Optional[Identity] = None,
    settle: float = SETTLE,
    sleep: Callable[[float], None] = time.sleep,
    alive: Optional[Callable[[int], bool]] = None,
) -> LockResult:
    """Take the lock of ``document`` if nobody else holds it; say who does otherwise."""
    options = _Options(identity or Identity.current(), settle, sleep, alive or process_alive)
    document = Path(document)
    path = lock_path(document)
    me = options.identity
    for _ in range(3):  # a lock that vanishes between our create and our read: try again
        info = LockInfo.new(me)
        try:
            _create(path, info)
        except FileExistsError:
            pass
        except OSError as error:
            return LockResult(LockStatus.UNAVAILABLE, error=f"cannot write {path.name}: {error.strerror or error}")
        else:
            return _verify(path, info, LockStatus.ACQUIRED, options)
        try:
            holder = _read(path, READ_RETRIES, settle, sleep)
        except LockUnreadable as error:
            return LockResult(LockStatus.UNKNOWN_HOLDER, error=str(error))
        except OSError as error:
            return LockResult(LockStatus.UNKNOWN_HOLDER, error=f"cannot read {path.name}: {error.strerror or error}")
        if holder is None:
            continue
        if holder.host == me.host and holder.pid == me.pid and holder.user == me.user:
            return LockResult(LockStatus.REUSED, Lock(path, holder), holder)
        if holder.host == me.host and holder.user == me.user and not options.alive(holder.pid):
            return _replace_lock(document, LockInfo.new(me), options, expected=holder)
        return LockResult(LockStatus.HELD, holder=holder)
    return LockResult(LockStatus.UNAVAILABLE, error=f"{path.name} keeps appearing and vanishing")


def take_over(
    document: Path,
    *,
    identity: Optional[Identity] = None,
    settle: float = SETTLE,
    sleep: Callable[[float], None] = time.sleep,
) -> LockResult:
    """Make the lock ours whoever holds it (the user chose to take over)."""
    options = _Options(identity or Identity.current(), settle, sleep)
    return _replace_lock(Path(document), LockInfo.new(options.identity), options, expected=None)


def heartbeat(lock: Lock, *, sleep: Callable[[float], None] = time.sleep) -> bool:
    """Rewrite our lock with the heartbeat moved on; False if it is no longer ours.

    Raises OSError when the lock cannot be read or written: often transient on a
    share, so the caller tries again at the next beat rather than giving up.
    """
    try:
        holder = _read(lock.path, READ_RETRIES, SETTLE, sleep)
    except LockUnreadable:
        return False
    beat = lock.info.beat()
    if holder is None:
        try:
            _create(lock.path, beat)
        except FileExistsError:
            return False
    elif holder.token != lock.info.token:
        return False
    else:
        atomic_write(lock.path, beat.to_bytes())
    lock.info = beat
    return True


def release(lock: Lock, *, retries: int = READ_RETRIES, sleep: Callable[[float], None] = time.sleep) -> bool:
    """Remove our lock; a lock someone else has taken over, or one we cannot read, is left alone."""
    try:
        holder = _read(lock.path, retries, SETTLE, sleep)
    except (LockUnreadable, OSError):
        return False
    if holder is None or holder.token != lock.info.token:
        return False
    for attempt in range(retries + 1):  # an SMB client answered EIO to an unlink now and then
        try:
            lock.path.unlink()
            return True
        except FileNotFoundError:
            return True  # the error was not the whole story: it is gone
        except OSError:
            if attempt < retries:
                sleep(SETTLE)
    return False


class LockWatcher:
    """Judges a foreign lock's staleness from successive looks at it, on our own clock.

    Call ``observe`` at each poll with what ``read_lock`` gave (None for an
    unreadable lock, which then counts as stale once it has not changed for as
    long). ``quiet_for`` is how long the heartbeat has not moved, as far as we
    have seen: the GUI shows it as "last heartbeat seen N minutes ago".
    """

    def __init__(self, stale_after: float = STALE_AFTER, clock: Callable[[], float] = time.monotonic) -> None:
        self.stale_after = stale_after
        self._clock = clock
        self._seen: object = _NOTHING
        self._since = clock()

    def observe(self, holder: Optional[LockInfo]) -> None:
        key = None if holder is None else (holder.token, holder.heartbeat, holder.heartbeat_at)
        if key != self._seen:
            self._seen = key
            self._since = self._clock()

    def quiet_for(self) -> float:
        return 0.0 if self._seen is _NOTHING else self._clock() - self._since

    def is_stale(self) -> bool:
        return self._seen is not _NOTHING and self.quiet_for() >= self.stale_after


_NOTHING = object()


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (True when it cannot be told)."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: a check only; never on Windows, where os.kill terminates
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() != 87  # ERROR_INVALID_PARAMETER: no such process
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _create(path: Path, info: LockInfo) -> None:
    """Create the lock exclusively with our content; FileExistsError if there is one."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        try:
            os.write(descriptor, info.to_bytes())
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError:
        _unlink_quietly(path)  # an empty lock would read as "held by an unknown user" for ever
        raise


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _verify(path: Path, info: LockInfo, status: LockStatus, options: _Options) -> LockResult:
    """Read our new lock back after a moment: on a share another client may have written over it."""
    options.sleep(options.settle)
    try:
        holder = _read(path, READ_RETRIES, options.settle, options.sleep)
    except (LockUnreadable, OSError) as error:
        return LockResult(status, Lock(path, info), info, error=f"cannot read {path.name} back: {error}", verified=False)
    if holder is not None and holder.token != info.token:
        return LockResult(LockStatus.HELD, holder=holder)
    if holder is None:
        return LockResult(status, Lock(path, info), info, error=f"{path.name} vanished", verified=False)
    return LockResult(status, Lock(path, info), info)


def _replace_lock(document: Path, info: LockInfo, options: _Options, expected: Optional[LockInfo]) -> LockResult:
    """Write our lock over the existing one, unless it changed since we looked (``expected``)."""
    path = lock_path(document)
    if expected is not None:
        try:
            now = _read(path, READ_RETRIES, options.settle, options.sleep)
        except (LockUnreadable, OSError) as error:
            return LockResult(LockStatus.UNKNOWN_HOLDER, error=str(error))
        if now is not None and now.token != expected.token:
            return LockResult(LockStatus.HELD, holder=now)
    try:
        atomic_write(path, info.to_bytes())
    except OSError as error:
        return LockResult(LockStatus.UNAVAILABLE, error=f"cannot write {path.name}: {error}")
    return _verify(path, info, LockStatus.TAKEN_OVER, options)
