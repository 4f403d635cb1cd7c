"""Split view: the window's maps in one tab widget, or in two side by side (current and future state).

The main window keeps one ``Tab`` list; this decides which tab widget (pane)
shows each tab's page. The second pane appears when a map is moved into it
(``show_side_by_side``) and disappears when its last tab closes or moves
back. The active pane is the one the user last worked in (focus or a tab
click): the window's current tab is that pane's current tab, so Save, Undo and
the inspector follow the map the user is looking at. Each map keeps its own
page, so its file banner and file session go with it from pane to pane.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QSplitter, QTabWidget, QWidget

if TYPE_CHECKING:
    from .main_window import Tab

LEFT, RIGHT = 0, 1


def tr(text: str) -> str:
    return QCoreApplication.translate("split_view", text)


class SplitPanes(QObject):
    """The main tab widget and an optional second one beside it, in a splitter."""

    current_changed = Signal()
    """The current page of the active pane changed, or another pane became active."""

    def __init__(self, parent: QWidget, main: QTabWidget) -> None:
        super().__init__(parent)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, parent)
        self.splitter.setObjectName("split_view")
        self.splitter.setChildrenCollapsible(False)
        self.second = QTabWidget()
        self.second.setObjectName("second_pane")
        self.second.setAccessibleName(tr("Maps shown on the right"))
        self.second.setDocumentMode(main.documentMode())
        self.second.setTabsClosable(main.tabsClosable())
        self.second.setMovable(main.isMovable())
        self.panes = [main, self.second]
        self.splitter.addWidget(main)
        self.splitter.addWidget(self.second)
        self.second.hide()
        self.active = LEFT
        for pane, widget in enumerate(self.panes):
            widget.currentChanged.connect(lambda _index, p=pane: self._changed(p))
            widget.tabBarClicked.connect(lambda _index, p=pane: self._activate(p))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.current_changed.connect(self._mark_active)

    # --- questions ------------------------------------------------------------------------------

    def pages(self) -> list[QWidget]:
        """Every page, the left pane's first, each in tab order."""
        return [widget.widget(i) for widget in self.panes for i in range(widget.count())]

    def tab_widget_of(self, page: QWidget) -> Optional[QTabWidget]:
        return next((widget for widget in self.panes if widget.indexOf(page) >= 0), None)

    def pane_of(self, tab: "Tab") -> Optional[int]:
        widget = self.tab_widget_of(tab.page)
        return self.panes.index(widget) if widget is not None else None

    def current_page(self) -> Optional[QWidget]:
        """The active pane's current page (the other pane's when the active one is empty)."""
        page = self.panes[self.active].currentWidget()
        return page if page is not None else self.panes[1 - self.active].currentWidget()

    @property
    def split(self) -> bool:
        return self.second.count() > 0

    # --- changes --------------------------------------------------------------------------------

    def show_page(self, page: QWidget) -> None:
        widget = self.tab_widget_of(page)
        if widget is None:
            return
        widget.setCurrentWidget(page)
        self._activate(self.panes.index(widget))

    def move_to(self, tab: "Tab", pane: int) -> None:
        """Show ``tab`` in ``pane`` (LEFT or RIGHT), keeping its title and tooltip."""
        source = self.tab_widget_of(tab.page)
        target = self.panes[pane]
        if source is None or source is target:
            return
        index = source.indexOf(tab.page)
        text, tip = source.tabText(index), source.tabToolTip(index)
        source.removeTab(index)
        target.setCurrentIndex(target.addTab(tab.page, text))
        target.setTabToolTip(target.indexOf(tab.page), tip)
        tab.page.show()
        self._sync()

    def show_side_by_side(self, left: "Tab", right: "Tab") -> None:
        """``left`` in the left pane and ``right`` in the right one, both current, the space halved."""
        self.move_to(left, LEFT)
        self.move_to(right, RIGHT)
        self.panes[LEFT].setCurrentWidget(left.page)
        self.panes[RIGHT].setCurrentWidget(right.page)
        width = max(2, self.splitter.width())
        self.splitter.setSizes([width // 2, width - width // 2])
        self._activate(LEFT)

    def remove_page(self, page: QWidget) -> None:
        """Take a closing tab's page out of its pane (the split closes with the right pane's last tab)."""
        widget = self.tab_widget_of(page)
        if widget is not None:
            widget.removeTab(widget.indexOf(page))
        self._sync()

    def unsplit(self) -> None:
        """Move every tab of the right pane back to the left one."""
        while self.second.count():
            page = self.second.widget(0)
            text, tip = self.second.tabText(0), self.second.tabToolTip(0)
            self.second.removeTab(0)
            self.panes[LEFT].setTabToolTip(self.panes[LEFT].addTab(page, text), tip)
        self._sync()

    def _sync(self) -> None:
        shown = self.second.count() > 0
        if self.second.isVisible() != shown:
            self.second.setVisible(shown)
        if not shown and self.active == RIGHT:
            self._activate(LEFT)
        self.current_changed.emit()

    def _changed(self, pane: int) -> None:
        if pane == self.active or self.panes[self.active].count() == 0:
            self.current_changed.emit()

    def _activate(self, pane: int) -> None:
        if pane != self.active:
            self.active = pane
            self.current_changed.emit()

    def _mark_active(self) -> None:
        """Side by side, the other pane's tab titles are dimmed: the commands (Save, Undo, Insert) act on
        the map whose title reads normally."""
        dimmed = self.splitter.palette().placeholderText().color()
        for pane, widget in enumerate(self.panes):
            colour = dimmed if self.split and pane != self.active else QColor()  # QColor(): the style's own
            bar = widget.tabBar()
            for index in range(widget.count()):
                if bar.tabTextColor(index) != colour:
                    bar.setTabTextColor(index, colour)

    def _focus_changed(self, _old: Optional[QWidget], new: Optional[QWidget]) -> None:
        for pane, widget in enumerate(self.panes):
            if new is not None and widget.count() and widget.isAncestorOf(new):
                self._activate(pane)
                return
