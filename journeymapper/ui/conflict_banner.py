"""The bar above a map that says what is wrong with its file, and what can be done about it.

A dialog would interrupt a facilitator mid-workshop and vanish once dismissed;
this bar stays above the canvas until the situation is resolved, while the
map remains editable. It shows, most urgent first: the file changed or was
deleted elsewhere (Reload, Save as copy, Overwrite, Compare), the file cannot
be read to check it (nothing is done about it but say so), or the document is
read-only (why, and Save As).
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ..editor.file_session import FileSession
from ..store import FileState


def tr(text: str) -> str:
    return QCoreApplication.translate("conflict_banner", text)


_STYLE = """
QFrame#file_banner { background: #fff4ce; border-bottom: 1px solid #d9b650; }
QFrame#file_banner[severity="conflict"] { background: #fde7e9; border-bottom: 1px solid #d6868c; }
QFrame#file_banner QLabel { color: #1f1f1f; }
"""


class FileBanner(QFrame):
    """Hidden while all is well; ``show_state`` fills it from a FileSession."""

    reload_requested = Signal()
    save_copy_requested = Signal()
    overwrite_requested = Signal()
    compare_requested = Signal()
    save_as_requested = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("file_banner")
        self.setAccessibleName(tr("File warning"))
        self.setStyleSheet(_STYLE)
        self.message = QLabel()
        self.message.setObjectName("file_banner_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip, signal in (
            ("reload", tr("&Reload"), tr("Discard your version and show the one on disk"), self.reload_requested),
            ("save_copy", tr("Save as &Copy…"), tr("Keep both: save your version under another name"),
             self.save_copy_requested),
            ("overwrite", tr("&Overwrite"), tr("Replace the version on disk with yours (it is kept as a backup)"),
             self.overwrite_requested),
            ("compare", tr("Co&mpare"), tr("List what differs between your version and the one on disk"),
             self.compare_requested),
            ("save_as", tr("Save &As…"), tr("Save your version under another name"), self.save_as_requested),
        ):
            button = QPushButton(text)
            button.setObjectName(f"banner_{key}")
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.setToolTip(tip)
            button.clicked.connect(signal)
            layout.addWidget(button)
            self.buttons[key] = button
        self.hide()

    def show_state(self, session: FileSession, name: str) -> None:
        """Show what matters most about ``session``'s file, or hide when nothing does."""
        read_only = session.read_only_reason
        conflict = session.conflict
        shown: tuple[str, ...] = ()
        if conflict is FileState.CHANGED:
            text = tr("“%1” was changed on disk since you opened it (by a colleague?). "
                      "Your version has not been saved over it.").replace("%1", name)
            shown = ("reload", "save_copy", "compare") + (() if read_only else ("overwrite",))
        elif conflict is FileState.DELETED:
            text = tr("“%1” was deleted, renamed or moved since you opened it. "
                      "Your version is still here: save it to keep it.").replace("%1", name)
            shown = ("save_copy",) + (() if read_only else ("overwrite",))
        elif conflict is FileState.UNREADABLE:
            text = tr("“%1” cannot be read to check for changes made elsewhere (%2). "
                      "Nothing was changed; checking again every few seconds.").replace("%1", name).replace(
                          "%2", session.conflict_detail or tr("no answer"))
            shown = ("save_copy",)
        elif read_only:
            text = tr("Read-only: %1. Save will ask for another name.").replace("%1", read_only)
            shown = ("save_as",)
        else:
            self.hide()
            return
        if read_only and conflict is not None:
            text += " " + tr("(Read-only: %1.)").replace("%1", read_only)
        self.message.setText(text)
        self.setAccessibleDescription(text)
        self.setProperty("severity", "conflict" if conflict in (FileState.CHANGED, FileState.DELETED) else "notice")
        self.style().unpolish(self)
        self.style().polish(self)
        for key, button in self.buttons.items():
            button.setVisible(key in shown)
        self.show()

    def visible_buttons(self) -> list[str]:
        """The keys of the buttons on show (tests and accessibility checks)."""
        return [key for key, button in self.buttons.items() if not button.isHidden()]
