"""The PDF's personas section: per persona its photo, name, role, quote, goals, needs and frustrations.

Each persona is one block, kept whole on a page (a persona too long for a page
has its lists cut to what fits, never split across pages). Its curve's colour
(the canvas's and the map drawing's) marks the block, so a reader finds the
persona's curve in the map. Pure: display-list operations, no reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..layout import palette as P
from ..model import Persona
from . import style as S
from .pages import CIRCLE, RECT, TEXT, DocBuilder, fitted_image
from .report import _cut

__all__ = ["persona_pages"]

PHOTO = 92.0
GAP = 14.0
PAD = 12.0
LIST_TITLES = (("Goals", "goals"), ("Needs", "needs"), ("Frustrations", "frustrations"))


def persona_pages(b: DocBuilder, people: Sequence[Persona]) -> None:
    """A "Personas" section after the title page and summary: one block per persona, as many to a
    page as fit (the first under the summary if there is room, the heading always with it)."""
    if not people:
        return
    colours = P.curve_colours([p.id for p in people], [p.id for p in people])
    blocks = [_Block.plan(b, person, colours.get(person.id, S.CURVE)) for person in people]
    b.section = "Personas"  # the running header of the pages this section starts
    b.heading("Personas", 15.0, keep_with=blocks[0].height)
    b.page.bookmarks.append(("Personas", 1))  # type: ignore[union-attr]
    for block in blocks:
        block.draw(b)


@dataclass
class _Block:
    """One persona laid out: the items beside the photo, the list columns, the height."""

    person: Persona
    colour: str
    head: list
    columns: list
    top_height: float
    column_width: float
    height: float

    @classmethod
    def plan(cls, b: DocBuilder, person: Persona, colour: str) -> "_Block":
        text_width = b.content_width - (PAD + PHOTO + GAP) - PAD
        head = b.text_items(person.name or "Unnamed persona", text_width, 16.0, True)
        if person.role.strip():
            head += b.text_items(person.role.strip(), text_width, 10.0, False, S.MUTED)
        quote = person.quote.strip()
        if quote:
            if quote[0] not in "\u201c\"'\u00ab\u300c":
                quote = f"\u201c{quote}\u201d"
            head.append(b.gap_item(6.0))
            head += b.text_items(quote, text_width, 10.5, False, S.mix(S.TEXT, colour, 0.45), max_lines=6)
        top_height = max(PHOTO, sum(item[1] for item in head))
        column_width = (b.content_width - 2 * PAD - GAP * 2) / 3
        columns: list[list] = []
        for title, field in LIST_TITLES:
            entries = getattr(person, field)
            if not entries:
                continue
            items = b.text_items(title.upper(), column_width, 8.5, True, colour)
            items.append(b.gap_item(2.0))
            for entry in entries:
                items += b.text_items("\u2022 " + " ".join(entry.split()), column_width, 9.5, False, S.TEXT,
                                      max_lines=8)
                items.append(b.gap_item(2.0))
            columns.append(items)
        lists_height = max((sum(item[1] for item in items) for items in columns), default=0.0)
        height = PAD + top_height + (GAP + lists_height if columns else 0.0) + PAD
        room = b.bottom - b.top
        if height > room:  # a huge persona: its lists cut to what one page holds
            keep = max(0.0, room - (PAD + top_height + GAP + PAD))
            columns = [_cut(items, keep) for items in columns]
            height = room
        return cls(person, colour, head, columns, top_height, column_width, height)

    def draw(self, b: DocBuilder) -> None:
        b.need(self.height)
        ops = b.page.ops  # type: ignore[union-attr]
        x, y, colour = b.left, b.y, self.colour
        ops.append((RECT, x, y, b.content_width, self.height, S.TINT, S.mix(S.TINT, colour, 0.35), 0.8, 6.0))
        ops.append((RECT, x, y + 6.0, 4.0, self.height - 12.0, colour, None, 0.0, 2.0))
        _photo(b, self.person, x + PAD, y + PAD, colour)
        b.draw_items(self.head, x + PAD + PHOTO + GAP, y + PAD)
        column_top = y + PAD + self.top_height + GAP
        for index, items in enumerate(self.columns):
            b.draw_items(items, x + PAD + index * (self.column_width + GAP), column_top)
        b.y += self.height + GAP


def _photo(b: DocBuilder, person: Persona, x: float, y: float, colour: str) -> None:
    """The photo fitted into the square (centred), or the persona's initials on a disc."""
    ops = b.page.ops  # type: ignore[union-attr]
    picture = fitted_image(person.photo.to_bytes(), x, y, PHOTO, PHOTO) if person.photo is not None else None
    if picture is not None:
        ops.append(picture)
        return
    ops.append((CIRCLE, x + PHOTO / 2, y + PHOTO / 2, PHOTO / 2 - 4, S.mix(S.WHITE, colour, 0.25), None, 0.0))
    initials = "".join(part[0] for part in person.name.split()[:2]).upper() or "?"
    size_pt = 26.0
    text_width = b.measurer.width(initials, size_pt, True)
    ops.append((TEXT, x + (PHOTO - text_width) / 2, y + PHOTO / 2 + b.ascent(size_pt) * 0.36, initials, size_pt,
                True, colour))

