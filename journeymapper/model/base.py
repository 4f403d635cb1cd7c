"""Shared pieces of every model class: configuration, ids, colours and problems.

Every model keeps fields it does not know (``extra="allow"``), so that a file
written by a newer minor version of the format loses nothing when we save it.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Strict, StringConstraints, ValidationInfo, model_validator

HEX_COLOUR_PATTERN = r"^#[0-9a-fA-F]{6}$"

Colour = Annotated[str, StringConstraints(pattern=HEX_COLOUR_PATTERN)]
"""A colour as ``#RRGGBB``; ``None`` where a field is optional means "the default for its kind"."""

Number = Annotated[float, Strict()]
"""A number as written in JSON: ``"3.9"`` or ``true`` in a file is an error, not a conversion."""
Integer = Annotated[int, Strict()]
Flag = Annotated[bool, Strict()]

Identifier = Annotated[str, StringConstraints(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.:-]+$")]
"""Ids are short, printable and stable: they are what links, undo and comparisons hold on to."""

_ID_SAFE = re.compile(r"[^a-z0-9]+")


def new_id(prefix: str) -> str:
    """A fresh id such as ``card-3f9a1c2b0d4e``: readable in a diff, unique in practice."""
    return f"{_ID_SAFE.sub('', prefix.lower()) or 'id'}-{uuid.uuid4().hex[:12]}"


class ModelBase(BaseModel):
    """Base of all document models: keeps unknown fields, refuses NaN and infinity.

    Ids have defaults so code can create objects, but a file must spell them out:
    an id invented at load time would change on every load. Loading passes the
    context ``{"from_file": True}`` and ``_ids_written_in_file`` enforces that.
    """

    model_config = ConfigDict(
        extra="allow",
        allow_inf_nan=False,
        validate_assignment=True,
        populate_by_name=True,
        use_enum_values=False,
    )

    @model_validator(mode="before")
    @classmethod
    def _ids_written_in_file(cls, data: Any, info: ValidationInfo) -> Any:
        # cheapest tests first: this runs for every object of every file loaded
        if (
            type(data) is dict
            and "id" not in data
            and info.context
            and info.context.get("from_file")
            and "id" in cls.model_fields
        ):
            raise ValueError("the id is missing")
        return data


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a document, at a location such as ``cards[12].stage``."""

    location: str
    reason: str

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}" if self.location else self.reason
