"""The colours of a comparison, shared by the compare window and its PDF (no Qt).

Added is green, removed red, changed amber, as in most diff tools; the old
map's curve is a muted dashed line under the new map's curve.
"""

from __future__ import annotations

ADDED = "#2E9D57"
REMOVED = "#D0483C"
CHANGED = "#D89614"
OLD_CURVE = "#8A9099"
NEW_CURVE = "#2F5F98"

CHANGE_COLOURS = {"added": ADDED, "removed": REMOVED, "changed": CHANGED, "reordered": CHANGED}
