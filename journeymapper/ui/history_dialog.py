"""The history of one map: its snapshots, newest first, with Compare, Restore, Rename and Delete.

Non-modal, so the user can keep it open beside the map while comparing. Each
row shows the snapshot's name, when it was taken, by whom, and whether
JourneyMapper took it by itself (before an import). A damaged snapshot file is
listed, greyed, with the reason; it can only be deleted. Rename… (F2) gives
a snapshot a new name; a renamed automatic one becomes named, so it is never
pruned. The work itself is
done by ``SnapshotCommands``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..store.snapshots import Snapshot
from ..store.sidefiles import history_dir
from .snapshot_commands import when_text

if TYPE_CHECKING:
    from .main_window import Tab
    from .snapshot_commands import SnapshotCommands

COLUMNS = ("name", "taken", "author", "kind")


def tr(text: str, disambiguation: str = "", count: int = -1) -> str:
    text = QCoreApplication.translate("history_dialog", text, disambiguation or None, count)
    if count == 1:
        text = text.replace("(s)", "")  # the untranslated English source: no plural forms
    return text.replace("(s)", "s")


class HistoryDialog(QDialog):
    """The snapshots of ``tab``'s map; deleted when closed."""

    def __init__(self, commands: "SnapshotCommands", tab: "Tab", parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.commands = commands
        self.tab = tab
        self.snapshots: list[Snapshot] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QTreeWidget()
        self.list.setObjectName("history_list")
        self.list.setAccessibleName(tr("Snapshots"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([tr("Name"), tr("Taken"), tr("By"), tr("Kind")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        self.list.currentItemChanged.connect(lambda *_args: self._update_buttons())
        self.list.itemActivated.connect(lambda *_args: self.compare_selected())
        self.take_button = QPushButton(tr("&Take Snapshot…"))
        self.compare_button = QPushButton(tr("&Compare with Current"))
        self.restore_button = QPushButton(tr("&Restore"))
        self.rename_button = QPushButton(tr("Re&name…"))
        self.rename_button.setToolTip(tr("Give the snapshot a new name (F2)"))
        self.delete_button = QPushButton(tr("&Delete"))
        self.refresh_button = QPushButton(tr("Re&fresh"))
        buttons = QDialogButtonBox()
        for button in (self.take_button, self.compare_button, self.restore_button, self.rename_button,
                       self.delete_button, self.refresh_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)  # added last: Tab meets it last, as it stands
        buttons.rejected.connect(self.close)
        self.take_button.clicked.connect(lambda: self.commands.take_snapshot(self.tab))
        self.compare_button.clicked.connect(self.compare_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.list.installEventFilter(self)  # Delete deletes, F2 renames, Enter compares (keys of the list itself)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.list and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()  # the key is the list's, not the main window's Delete
                    return True
                self.delete_selected()
                return True
            if event.key() == Qt.Key.Key_F2 and not event.modifiers():
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()
                    return True
                self.rename_selected()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Coming back to the window: list again (an import or a colleague may have added snapshots)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.isVisible():
            self.refresh()

    # --- the list ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the history folder again (a colleague may have added or deleted snapshots)."""
        document = self.tab.document
        self.setWindowTitle(tr("History of %1").replace("%1", document.display_name))
        chosen = self.selected()
        self.snapshots = self.commands.snapshots(self.tab)
        folder = history_dir(document.path) if document.path is not None else None
        if self.snapshots:
            self.heading.setText(tr("%n snapshot(s) in %1", "", len(self.snapshots))
                                 .replace("%n", str(len(self.snapshots))).replace("%1", str(folder)))
        else:
            self.heading.setText(tr("No snapshots yet. Take Snapshot keeps the map as it is now, under a name, "
                                    "in %1, where everyone who opens the map finds it.").replace("%1", str(folder)))
        self.list.clear()
        for snapshot in self.snapshots:
            if snapshot.damaged:
                kind = tr("damaged")
            else:
                kind = tr("automatic") if snapshot.automatic else tr("named")
            item = QTreeWidgetItem([snapshot.name, when_text(snapshot.taken), snapshot.author, kind])
            if snapshot.damaged:
                item.setToolTip(0, tr("This file cannot be used: %1").replace("%1", snapshot.problem or ""))
                item.setToolTip(3, item.toolTip(0))
                muted = self.palette().placeholderText()
                for column in range(len(COLUMNS)):
                    item.setForeground(column, QBrush(muted))
            else:
                item.setToolTip(0, snapshot.name)
                item.setToolTip(2, tr("%1 on %2").replace("%1", snapshot.author).replace("%2", snapshot.host)
                                if snapshot.host else snapshot.author)
            self.list.addTopLevelItem(item)
        for column in range(1, len(COLUMNS)):
            self.list.resizeColumnToContents(column)
        if self.snapshots:
            paths = [s.path for s in self.snapshots]
            row = paths.index(chosen.path) if chosen is not None and chosen.path in paths else 0
            self.list.setCurrentItem(self.list.topLevelItem(row))
        self._update_buttons()

    def selected(self) -> Optional[Snapshot]:
        item = self.list.currentItem()
        if item is None:
            return None
        row = self.list.indexOfTopLevelItem(item)
        return self.snapshots[row] if 0 <= row < len(self.snapshots) else None

    def _update_buttons(self) -> None:
        snapshot = self.selected()
        usable = snapshot is not None and not snapshot.damaged
        self.compare_button.setEnabled(usable)
        self.restore_button.setEnabled(usable)
        self.rename_button.setEnabled(usable)
        self.delete_button.setEnabled(snapshot is not None)

    # --- commands -------------------------------------------------------------------------

    def compare_selected(self) -> None:
        snapshot = self.selected()
        if snapshot is not None and not snapshot.damaged:
            self.commands.compare_with_current(self.tab, snapshot)

    def restore_selected(self) -> None:
        snapshot = self.selected()
        if snapshot is not None and not snapshot.damaged:
            self.commands.restore(self.tab, snapshot)

    def rename_selected(self) -> None:
        snapshot = self.selected()
        if snapshot is not None and not snapshot.damaged:
            self.commands.rename(self.tab, snapshot)

    def delete_selected(self) -> None:
        snapshot = self.selected()
        if snapshot is not None:
            self.commands.delete(self.tab, snapshot)
