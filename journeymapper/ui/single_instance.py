"""One app per user: a second launch hands its files to the running window and exits.

Double-clicking a map in a file manager starts ``journeymapper FILE``; with the
app already open, the map should open there, in a tab, not in a second window
that fights over locks and recovery copies. The first process listens on a
local socket (a named pipe on Windows) whose name is this user's; a later one
connects, sends its files as one line of JSON, waits for "ok" and exits. No
answer (a process that hangs, an old socket left by a crash) means the later
process runs on its own: a file is never left unopened. ``--new-instance``
skips all of it.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QByteArray, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

NAME_VARIABLE = "JOURNEYMAPPER_INSTANCE_NAME"
"""Overrides the server name (tests use their own, so they never reach a real running app)."""

TIMEOUT_MS = 3000
MAX_MESSAGE = 1 << 20
"""A request longer than this (1 MiB of file names) is not ours: the connection is dropped."""


def server_name() -> str:
    """This user's name for the running app: the same for every launch by this user with these settings.

    The settings folder is part of it, so a run with other settings (the
    tests' temporary folders, a portable install) is an app of its own.
    """
    override = os.environ.get(NAME_VARIABLE)
    if override:
        return override
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment or the password database
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    digest = hashlib.sha256(f"{user}\0{config}".encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"journeymapper-{digest}"


def encode_request(files: list[Path]) -> bytes:
    """The one line a launch sends: absolute paths, since the running app has another working folder."""
    return json.dumps({"files": [str(Path(f).absolute()) for f in files]}).encode("utf-8") + b"\n"


def decode_request(line: bytes) -> list[Path]:
    """The files of a request; ValueError for anything else."""
    message = json.loads(line.decode("utf-8"))
    files = message.get("files") if isinstance(message, dict) else None
    if not isinstance(files, list) or not all(isinstance(f, str) and f for f in files):
        raise ValueError("not a JourneyMapper request")
    return [Path(f) for f in files]


def hand_over(files: list[Path], name: Optional[str] = None, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Give ``files`` (none: just come to the front) to the app already running; False if none answered."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(QByteArray(encode_request(files)))
    if not socket.waitForBytesWritten(timeout_ms):
        socket.abort()
        return False
    reply = b""
    while b"\n" not in reply:
        if not socket.waitForReadyRead(timeout_ms):
            socket.abort()
            return False
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply.strip() == b"ok"


class InstanceServer(QObject):
    """Listens for later launches; ``files_received`` brings their files (an empty list: "come forward")."""

    files_received = Signal(list)

    def __init__(self, name: Optional[str] = None, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # not other users
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a socket left behind by a crashed run is removed first. False if impossible."""
        if self.server.listen(self.name):
            return True
        if self.server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            # nobody answered hand_over, so whoever made it is gone: remove the stale socket
            QLocalServer.removeServer(self.name)
            return self.server.listen(self.name)
        return False

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._read(socket)  # the request came with the connection: no readyRead will say so

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        try:
            files = decode_request(line)
        except (ValueError, UnicodeDecodeError, AttributeError):
            socket.write(QByteArray(b"error\n"))
            socket.disconnectFromServer()
            return
        socket.write(QByteArray(b"ok\n"))  # answer first: opening may ask questions (a lock, an error)
        socket.flush()
        socket.disconnectFromServer()
        QTimer.singleShot(0, self, lambda: self.files_received.emit(files))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


__all__ = ["InstanceServer", "hand_over", "server_name"]
