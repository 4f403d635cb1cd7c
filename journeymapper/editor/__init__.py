"""The editing layer: the open document, its undo stack, and the edits a user can make (Qt core only)."""

from .changes import Change
from .document import EditCommand, InvariantBroken, MapDocument

__all__ = ["Change", "EditCommand", "InvariantBroken", "MapDocument"]
