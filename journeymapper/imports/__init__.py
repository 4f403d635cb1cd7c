"""Reading other tools' files into maps: metric values from CSV, Mermaid journey diagrams. No Qt.

Each reader checks everything first and reports every problem with its row or
line number; nothing is changed until the caller applies the result (the
editor does that as one undoable step, or writes a new map).
"""
