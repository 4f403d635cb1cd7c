"""Shared pieces of every model class: configuration, ids, colours and problems.

Every model keeps fields it does not know (``extra="allow"``), so that a file
written by a newer minor version of the format loses nothing when we save it.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

HEX_COLOUR_PATTERN = r"^#[0-9a-fA-F]{6}$"

Colour = Annotated[str, StringConstraints(pattern=HEX_COLOUR_PATTERN)]
"""A colour as ``#RRGGBB``; ``None`` where a field is optional means "the default for its kind"."""

Identifier = Annotated[str, StringConstraints(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.:-]+$")]
"""Ids are short, printable and stable: they are what links, undo and comparisons hold on to."""

_ID_SAFE = re.compile(r"[^a-z0-9]+")


def new_id(prefix: str) -> str:
    """A fresh id such as ``card-3f9a1c2b0d4e``: readable in a diff, unique in practice."""
    return f"{_ID_SAFE.sub('', prefix.lower()) or 'id'}-{uuid.uuid4().hex[:12]}"


class ModelBase(BaseModel):
    """Base of all document models: keeps unknown fields, refuses NaN and infinity."""

    model_config = ConfigDict(
        extra="allow",
        allow_inf_nan=False,
        validate_assignment=True,
        populate_by_name=True,
        use_enum_values=False,
    )


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a document, at a location such as ``cards[12].stage``."""

    location: str
    reason: str

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}" if self.location else self.reason
