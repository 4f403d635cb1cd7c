"""The desktop interface: main window, menus and shortcuts, docks, find bar, help."""

from .main_window import MainWindow, Tab

__all__ = ["MainWindow", "Tab"]
