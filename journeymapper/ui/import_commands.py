"""Templates, imports and the Markdown export, wired into a main window by ``install_imports(window)``.

File > New from Template… and Save as Template…; File > Import > Metrics from
CSV… and Mermaid Journey…; File > Export > Markdown Summary…. The file work
(reading, writing, the snapshot before an import) runs in the window's I/O
worker. A metrics import changes the map as ONE undoable step, only after the
preview is confirmed, and a map that has a file gets an automatic snapshot
first (``store.snapshots``), so the state before the import can be compared
or restored even after the undo history is gone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMenu, QMessageBox, QWidget

from ..editor import MapDocument, edits
from ..editor.file_session import FileSession
from ..editor.operations import Operation, SetEmotion, SetFields
from ..export.markdown import export_markdown
from ..export.options import ExportError
from ..imports.mermaid import MermaidError, import_mermaid
from ..imports.metrics_csv import CsvFileError, MetricsCsv, merged_metrics, read_metrics_csv
from ..templates import Template, instantiate, list_templates, save_template, template_path
from .actions import assign_free_shortcuts
from .metrics_import_dialog import MetricsImportDialog
from .notices import show_warning
from .template_dialog import TemplateDialog

if TYPE_CHECKING:
    from .main_window import Tab

NEW_FROM_TEMPLATE_KEYS = ("Ctrl+Shift+N", "Ctrl+Alt+N")
MAX_LISTED_ERRORS = 30


def tr(text: str) -> str:
    return QCoreApplication.translate("import_commands", text)


# --- questions (tests replace these: a modal dialog would block them) ------------------------


def ask_csv_path(parent: QWidget) -> Optional[Path]:
    name, _ = QFileDialog.getOpenFileName(parent, tr("Import Metrics from CSV"), "",
                                          tr("CSV files (*.csv *.tsv *.txt);;All files (*)"))
    return Path(name) if name else None


def ask_mermaid_path(parent: QWidget) -> Optional[Path]:
    name, _ = QFileDialog.getOpenFileName(parent, tr("Import Mermaid Journey"), "",
                                          tr("Mermaid diagrams (*.mmd *.mermaid *.md *.txt);;All files (*)"))
    return Path(name) if name else None


def ask_markdown_path(parent: QWidget, suggested: Path) -> Optional[Path]:
    name, _ = QFileDialog.getSaveFileName(parent, tr("Export Markdown Summary"), str(suggested),
                                          tr("Markdown (*.md)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".md")


def ask_template_name(parent: QWidget, suggested: str) -> Optional[str]:
    text, ok = QInputDialog.getText(parent, tr("Save as Template"), tr("Template name:"), text=suggested)
    return text.strip() if ok and text.strip() else None


def ask_overwrite_template(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.question(
        parent, tr("Save as Template"),
        tr("You already have a template named “%1”. Replace it?").replace("%1", name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_import_without_snapshot(parent: QWidget, reason: str) -> bool:
    answer = QMessageBox.warning(
        parent, tr("Import Metrics"),
        tr("The snapshot taken before every import could not be written:\n%1\n\nImport anyway? "
           "Undo still takes the import back.").replace("%1", reason),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_problem(parent: QWidget, title: str, text: str, details: list[str]) -> QMessageBox:
    """A warning that does not block the window; long lists are cut, with the count of the rest."""
    shown = details[:MAX_LISTED_ERRORS]
    if len(details) > len(shown):
        shown.append(tr("… and %1 more").replace("%1", str(len(details) - len(shown))))
    return show_warning(parent, title, text, "\n".join(shown), "import_problem")


# --- the commands ---------------------------------------------------------------------------


def metric_import_operations(document: MapDocument, parsed: MetricsCsv,
                             emotions: Optional[dict[str, float]] = None,
                             persona: Optional[str] = None) -> list[Operation]:
    """The reversible operations of one import: new metric lists, and derived stage scores if asked."""
    journey = document.journey
    operations: list[Operation] = []
    for (kind, item_id), metrics in merged_metrics(journey, parsed.rows).items():
        if kind == "stage":
            operations.append(SetFields("stages", item_id, {"metrics": metrics}))
        else:
            operations.append(SetFields("cards", item_id, {"metrics": metrics}, document.card(item_id)))
    for stage_id, value in (emotions or {}).items():
        current = edits.score_for(document, stage_id, persona)
        operations.append(SetEmotion(stage_id, persona, value, current.label if current else ""))
    return operations


@dataclass(eq=False)
class ImportTools:
    """What ``install_imports`` added to a window (tests reach the commands and dialogs here)."""

    window: Any
    import_menu: QMenu
    actions: dict[str, QAction] = field(default_factory=dict)
    dialog: Optional[Any] = None
    """The template or metrics dialog on screen (kept referenced while it is up)."""

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _io(self) -> Any:
        return self.window.file_commands.io

    def _show_dialog(self, dialog: Any) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # the map cannot change under the preview
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None) if self.dialog is dialog else None)
        dialog.show()

    def _current(self) -> Optional["Tab"]:
        """The current tab, with the card being typed on its canvas committed (it is part of the map)."""
        tab = self.window.current_tab()
        if tab is not None:
            tab.view.commit_edit()
        return tab

    def update_enabled(self) -> None:
        has_map = self.window.current_tab() is not None
        for name in ("save_as_template", "import_metrics", "export_markdown"):
            self.actions[name].setEnabled(has_map)

    # --- templates ---

    def new_from_template(self) -> TemplateDialog:
        """Show the templates; Create (or Enter) opens an untitled map made from the chosen one."""
        found, problems = self._io().run(list_templates, tr("Reading templates…"))
        dialog = TemplateDialog(found, problems, self.window)
        dialog.accepted.connect(lambda: self._create_from(dialog.chosen()))
        self._show_dialog(dialog)
        return dialog

    def _create_from(self, template: Optional[Template]) -> Optional["Tab"]:
        if template is None:
            return None
        journey = instantiate(template.journey)
        hooks = self.window.file_commands.hooks
        tab = self.window.add_document(MapDocument(journey, file=FileSession(hooks=hooks)))
        self._say(tr("New map from the template “%1”").replace("%1", template.name))
        return tab

    def save_as_template(self) -> Optional[Path]:
        """Save the current map into the user's templates folder, asking before replacing one."""
        tab = self._current()
        if tab is None:
            return None
        name = ask_template_name(self.window, tab.document.display_name)
        if name is None:
            return None
        overwrite = False
        if template_path(name).exists():
            if not ask_overwrite_template(self.window, name):
                return None
            overwrite = True
        journey = tab.document.journey.model_copy(deep=True)
        try:
            path = self._io().run(lambda: save_template(journey, name, overwrite=overwrite), tr("Saving template…"))
        except (OSError, ValueError) as error:
            show_problem(self.window, tr("Save as Template"), tr("The template “%1” was not saved.").replace("%1", name),
                         [str(error)])
            return None
        self._say(tr("Saved the template “%1” in %2").replace("%1", name).replace("%2", str(path.parent)))
        return path

    # --- metrics from CSV ---

    def import_metrics(self, path: Optional[Path] = None) -> Optional[MetricsImportDialog]:
        """Read a CSV file and show its preview; the map changes only when Import is pressed."""
        tab = self._current()
        if tab is None:
            return None
        path = path or ask_csv_path(self.window)
        if path is None:
            return None
        journey = tab.document.journey.model_copy(deep=True)
        try:
            parsed = self._io().run(lambda: read_metrics_csv(path, journey), tr("Reading %1…").replace("%1", path.name))
        except CsvFileError as error:
            show_problem(self.window, tr("Import Metrics"), tr("Nothing was imported."), [str(error)])
            return None
        persona = edits.curve_persona(tab.document)
        owner = next((p.name for p in tab.document.journey.personas if p.id == persona), None)
        curve = tr("%1's emotion curve").replace("%1", owner) if owner else tr("the map's emotion curve")
        dialog = MetricsImportDialog(parsed, tab.document.journey, curve, self.window)
        state = (tab.document.journey, tab.document.undo_stack.index())
        dialog.accepted.connect(lambda: self._confirmed(tab, parsed, dialog.derive(), state))
        self._show_dialog(dialog)
        return dialog

    def _confirmed(self, tab: "Tab", parsed: MetricsCsv, derive: Optional[tuple[str, dict[str, float]]],
                   state: tuple[Any, int]) -> bool:
        document = tab.document
        if tab not in self.window.tab_list() or state != (document.journey, document.undo_stack.index()):
            self._say(tr("The map changed while the preview was open; nothing was imported. Import the file again."))
            return False
        if not self._snapshot_before_import(tab, parsed):
            return False
        emotions = derive[1] if derive else None
        operations = metric_import_operations(document, parsed, emotions, edits.curve_persona(document))
        count = len(parsed.good)
        document.push(tr("Import %1 metric values").replace("%1", str(count)), operations)
        text = tr("Imported %1 metric values from %2").replace("%1", str(count)).replace("%2", Path(parsed.name).name)
        if emotions:
            text += tr("; emotion scores of %1 stages set from %2").replace("%1", str(len(emotions))).replace(
                "%2", derive[0] if derive else "")
        self._say(text)
        return True

    def _snapshot_before_import(self, tab: "Tab", parsed: MetricsCsv) -> bool:
        """An automatic snapshot of a map that has a file; True when the import may go on."""
        path = tab.document.path
        if path is None:
            return True  # an untitled map has no history folder; undo still takes the import back
        from ..store.snapshots import SnapshotError, create_snapshot

        journey = tab.document.journey.model_copy(deep=True)
        name = tr("Before importing %1").replace("%1", Path(parsed.name).name)
        try:
            self._io().run(lambda: create_snapshot(path, journey, name, automatic=True), tr("Taking a snapshot…"))
        except (SnapshotError, OSError, ValueError) as error:
            return ask_import_without_snapshot(self.window, str(error))
        return True

    # --- Mermaid ---

    def import_mermaid(self, path: Optional[Path] = None) -> Optional["Tab"]:
        """Open a Mermaid journey diagram as a new, untitled map."""
        path = path or ask_mermaid_path(self.window)
        if path is None:
            return None
        try:
            journey = self._io().run(lambda: import_mermaid(path), tr("Reading %1…").replace("%1", path.name))
        except MermaidError as error:
            show_problem(self.window, tr("Import Mermaid Journey"),
                         tr("“%1” was not imported: these lines cannot be read.").replace("%1", str(path)),
                         [str(e) for e in error.errors])
            return None
        except OSError as error:
            show_problem(self.window, tr("Import Mermaid Journey"), tr("“%1” was not imported.").replace("%1", str(path)),
                         [error.strerror or str(error)])
            return None
        hooks = self.window.file_commands.hooks
        tab = self.window.add_document(MapDocument(journey, file=FileSession(hooks=hooks)))
        self._say(tr("Imported %1: %2 stages, %3 cards").replace("%1", path.name)
                  .replace("%2", str(len(journey.stages))).replace("%3", str(len(journey.cards))))
        return tab

    # --- Markdown ---

    def export_markdown(self, path: Optional[Path] = None) -> Optional[Path]:
        """Write the current map's Markdown summary."""
        tab = self._current()
        if tab is None:
            return None
        document = tab.document
        folder = document.path.parent if document.path is not None else Path.home()
        stem = document.path.stem if document.path is not None else document.display_name
        suggested = folder / ("".join(ch if ch.isalnum() or ch in " -_." else " " for ch in stem).strip() + ".md")
        path = path or ask_markdown_path(self.window, suggested)
        if path is None:
            return None
        journey = document.journey.model_copy(deep=True)
        try:
            self._io().run(lambda: export_markdown(journey, path), tr("Exporting %1…").replace("%1", path.name))
        except ExportError as error:
            show_problem(self.window, tr("Export failed"), tr("“%1” was not written.").replace("%1", str(path)),
                         [str(error)])
            return None
        self._say(tr("Exported %1").replace("%1", str(path)))
        return path


def _action(window: QMainWindow, name: str, text: str, tip: str = "") -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if tip:
        action.setStatusTip(tip)
    return action


def _insert_after(menu: QMenu, anchor: QAction, action: QAction) -> None:
    actions = menu.actions()
    index = actions.index(anchor) if anchor in actions else len(actions) - 1
    if index + 1 < len(actions):
        menu.insertAction(actions[index + 1], action)
    else:
        menu.addAction(action)


def install_imports(window: Any) -> ImportTools:
    """Add templates, imports and the Markdown export to a main window (call once, after it is built)."""
    file_menu: QMenu = window.menus[0]
    commands = window.commands
    import_menu = QMenu(tr("&Import"), window)
    import_menu.setObjectName("import_menu")
    tools = ImportTools(window, import_menu)
    a = tools.actions
    a["new_from_template"] = _action(window, "new_from_template", tr("New from &Template…"),
                                     tr("Start a map from a bundled or saved template"))
    a["save_as_template"] = _action(window, "save_as_template", tr("Save as Temp&late…"),
                                    tr("Keep this map's stages, lanes and cards as a template for new maps"))
    a["import_metrics"] = _action(window, "import_metrics", tr("&Metrics from CSV…"),
                                  tr("Add survey or analytics values to stages and cards, with a preview first"))
    a["import_mermaid"] = _action(window, "import_mermaid", tr("Mermaid &Journey…"),
                                  tr("Open a Mermaid journey diagram as a new map"))
    a["export_markdown"] = _action(window, "export_markdown", tr("&Markdown Summary…"),
                                   tr("The map's stages, cards, metrics and action plan as Markdown"))
    _insert_after(file_menu, commands.new, a["new_from_template"])
    _insert_after(file_menu, commands.save_as, a["save_as_template"])
    import_menu.addActions([a["import_metrics"], a["import_mermaid"]])
    export_menu = window.findChild(QMenu, "export_menu")
    if export_menu is not None:
        file_menu.insertMenu(export_menu.menuAction(), import_menu)
        _insert_after(export_menu, commands.export_csv, a["export_markdown"])
    else:
        file_menu.addMenu(import_menu)
        file_menu.addAction(a["export_markdown"])
    others = [x for x in window.findChildren(QAction) if x is not a["new_from_template"]]
    assign_free_shortcuts([(a["new_from_template"], NEW_FROM_TEMPLATE_KEYS)], others)

    a["new_from_template"].triggered.connect(lambda: tools.new_from_template())
    a["save_as_template"].triggered.connect(lambda: tools.save_as_template())
    a["import_metrics"].triggered.connect(lambda: tools.import_metrics())
    a["import_mermaid"].triggered.connect(lambda: tools.import_mermaid())
    a["export_markdown"].triggered.connect(lambda: tools.export_markdown())
    panes = getattr(window, "panes", None)
    if panes is not None and hasattr(panes, "current_changed"):
        panes.current_changed.connect(tools.update_enabled)
    else:
        window.tabs.currentChanged.connect(lambda _index: tools.update_enabled())
    tools.update_enabled()
    return tools
