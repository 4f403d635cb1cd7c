"""Pages as display lists, and the flow that fills report pages. No reportlab, no Qt.

A document is a list of :class:`Page`; each page holds drawing operations in
points, with ``y`` growing downwards from the page's top (as on screen). The PDF
renderer turns them into reportlab calls; a print preview could draw the same
operations with QPainter. Every string is drawn as given: nothing is re-wrapped
after layout, so what was measured is what is printed.

Operations (tuples; the first item says which):

- ``(RECT, x, y, w, h, fill, stroke, line_width, radius)`` (fill/stroke ``None`` for none)
- ``(LINE, x1, y1, x2, y2, colour, width, dash)`` (dash: a tuple of lengths, or ``None``)
- ``(TEXT, x, baseline_y, text, size, bold, colour)``
- ``(PATH, segments, colour, width, dash)``: cubic Béziers ``(start, c1, c2, end)``
- ``(CIRCLE, cx, cy, r, fill, stroke, line_width)``
- ``(CLIP, x, y, w, h)`` ... ``(UNCLIP,)``: draw only inside the rectangle
- ``(IMAGE, x, y, w, h, data)``: a PNG or JPEG's bytes, scaled into the box
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence

from ..layout import TextMeasurer
from ..model.image import ImageError, image_size
from . import style as S
from .options import ExportCancelled

RECT, LINE, TEXT, PATH, CIRCLE, CLIP, UNCLIP = range(7)
IMAGE = 7
"""``(IMAGE, x, y, w, h, data)``: a PNG or JPEG (already checked by the model) drawn into the box."""


def fitted_image(data: bytes, x: float, y: float, w: float, h: float, centre: bool = True) -> Optional[tuple]:
    """An IMAGE operation showing the picture whole inside the box, its shape kept (centred, or at the
    box's left); None if the bytes are not a PNG or JPEG with pixels."""
    try:
        _, width, height = image_size(data)
    except ImageError:
        return None
    if width <= 0 or height <= 0 or w <= 0 or h <= 0:
        return None
    scale = min(w / width, h / height)
    dw, dh = width * scale, height * scale
    return (IMAGE, x + ((w - dw) / 2 if centre else 0.0), y + (h - dh) / 2, dw, dh, data)

__all__ = [
    "CIRCLE", "CLIP", "Cell", "Column", "DocBuilder", "IMAGE", "fitted_image", "LINE", "PATH", "Page", "RECT", "TEXT", "UNCLIP",
    "smallest_text",
]


@dataclass
class Page:
    """One page: its size in its own units (``scale`` points each) and what is drawn on it."""

    width: float
    height: float
    section: str
    ops: list = field(default_factory=list)
    scale: float = 1.0
    header: bool = True
    bookmarks: list[tuple[str, int]] = field(default_factory=list)
    """(title, level) outline entries that point at this page."""
    title: Optional[str] = None
    """The title in the running header (the document's, or the map's in an atlas)."""

    @property
    def size(self) -> tuple[float, float]:
        """Printed size in points."""
        return (self.width * self.scale, self.height * self.scale)


def smallest_text(pages: Sequence[Page]) -> float:
    """The smallest printed text size over ``pages`` (0 when there is no text)."""
    smallest = 0.0
    for page in pages:
        sizes = [op[4] for op in page.ops if op[0] == TEXT and op[3]]
        if sizes:
            size = min(sizes) * page.scale
            smallest = size if not smallest else min(smallest, size)
    return smallest


# --- table cells -------------------------------------------------------------------------

# a cell is a list of items, stacked; each item is (kind, height, payload...)
ITEM_TEXT = "text"  # (ITEM_TEXT, height, line, size, bold, colour, indent)
ITEM_TAG = "tag"  # (ITEM_TAG, height, label, fill, ink)
ITEM_DOT = "dot"  # (ITEM_DOT, height, label, size, dot colour, ink, bold)
ITEM_SWATCH = "swatch"  # (ITEM_SWATCH, height, label, size, swatch colour, ink)
ITEM_GAP = "gap"  # (ITEM_GAP, height)

Cell = list


@dataclass(frozen=True)
class Column:
    title: str
    width: float


class DocBuilder:
    """Fills landscape pages with headings, wrapped text and tables, breaking pages as needed.

    Every page gets a header (document title, section, export date) and a footer
    (page number) when :meth:`finish` runs. ``unit`` > 1 draws report pages bigger
    on large paper (A0): they are built on a page ``unit`` times smaller and printed scaled.
    """

    MARGIN = 36.0
    HEADER = 56.0
    FOOTER = 40.0

    def __init__(
        self,
        paper: tuple[float, float],
        measurer: TextMeasurer,
        title: str,
        date_text: str,
        cancelled: Optional[Callable[[], bool]] = None,
    ) -> None:
        self.paper = paper
        self.unit = 1.0 if paper[0] <= 1200 else paper[0] / 1190.5512
        self.width = paper[0] / self.unit
        self.height = paper[1] / self.unit
        self.measurer = measurer
        self.title = title
        self.date_text = date_text
        self.cancelled = cancelled
        self.pages: list[Page] = []
        self.page: Optional[Page] = None
        self.section = ""
        self.y = 0.0
        self.left = self.MARGIN
        self.right = self.width - self.MARGIN
        self.top = self.HEADER
        self.bottom = self.height - self.FOOTER
        self._line_heights: dict[float, float] = {}
        self._ascents: dict[float, float] = {}

    # --- pages -------------------------------------------------------------------------

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled("the export was cancelled")

    @property
    def content_width(self) -> float:
        return self.right - self.left

    def new_page(self, section: Optional[str] = None, header: bool = True, bookmark: Optional[tuple[str, int]] = None) -> Page:
        self.check()
        if section is not None:
            self.section = section
        page = Page(self.width, self.height, self.section, [], self.unit, header, title=self.title)
        if bookmark:
            page.bookmarks.append(bookmark)
        self.pages.append(page)
        self.page = page
        self.y = self.top if header else self.MARGIN
        return page

    def add_page(self, page: Page) -> None:
        """A page drawn elsewhere (the map's), in printed points."""
        self.check()
        if page.title is None:
            page.title = self.title
        self.pages.append(page)
        self.page = None

    def room(self) -> float:
        return self.bottom - self.y

    def need(self, height: float) -> bool:
        """Start a new page unless ``height`` fits below the cursor; True if a page was started."""
        if self.page is None or self.y + height > self.bottom + 1e-6:
            self.new_page()
            return True
        return False

    # --- text --------------------------------------------------------------------------

    def line_height(self, size: float) -> float:
        value = self._line_heights.get(size)
        if value is None:
            value = self._line_heights[size] = self.measurer.line_height(size)
        return value

    def ascent(self, size: float) -> float:
        value = self._ascents.get(size)
        if value is None:
            value = self._ascents[size] = self.measurer.ascent(size)
        return value

    def wrap(self, text: str, width: float, size: float, bold: bool = False, max_lines: Optional[int] = None) -> tuple[str, ...]:
        return self.measurer.wrap(text, max(1.0, width), size, bold, max_lines)[0]

    def text(self, x: float, baseline: float, text: str, size: float, bold: bool = False, colour: str = S.TEXT) -> None:
        if text:
            self.page.ops.append((TEXT, x, baseline, text, size, bold, colour))  # type: ignore[union-attr]

    def text_right(self, right: float, baseline: float, text: str, size: float, bold: bool = False, colour: str = S.TEXT) -> float:
        width = self.measurer.width(text, size, bold)
        self.text(right - width, baseline, text, size, bold, colour)
        return width

    def paragraph(
        self, text: str, size: float, bold: bool = False, colour: str = S.TEXT, x: Optional[float] = None,
        width: Optional[float] = None, space_after: float = 0.0, leading: float = 1.0,
    ) -> None:
        """Wrapped text at the cursor; continues on the next pages when long."""
        x = self.left if x is None else x
        width = (self.right - x) if width is None else width
        lh = self.line_height(size) * leading
        ascent = self.ascent(size)
        for line in self.wrap(text, width, size, bold):
            self.need(lh)
            self.text(x, self.y + ascent, line, size, bold, colour)
            self.y += lh
        self.y += space_after

    def heading(self, text: str, size: float = 15.0, space_before: float = 6.0, keep_with: float = 60.0) -> None:
        """A section heading with a thin accent rule, kept with ``keep_with`` points of what follows."""
        lines = self.wrap(text, self.content_width, size, True)
        lh = self.line_height(size)
        height = len(lines) * lh + 8.0
        if self.page is not None and self.y > self.top + 1:
            self.y += space_before
        self.need(height + keep_with)
        for line in lines:
            self.text(self.left, self.y + self.ascent(size), line, size, True, S.TEXT)
            self.y += lh
        self.y += 3.0
        self.page.ops.append((LINE, self.left, self.y, self.right, self.y, S.ACCENT, 1.2, None))  # type: ignore[union-attr]
        self.y += 5.0

    # --- cells and tables ----------------------------------------------------------------

    def text_items(self, text: str, width: float, size: float, bold: bool = False, colour: str = S.TEXT,
                   indent: float = 0.0, max_lines: Optional[int] = None) -> list:
        lh = self.line_height(size)
        return [(ITEM_TEXT, lh, line, size, bold, colour, indent)
                for line in self.wrap(text, width - indent, size, bold, max_lines)]

    def tag_item(self, label: str, fill: str, ink: str = S.WHITE) -> tuple:
        return (ITEM_TAG, 16.0, label, fill, ink)

    def dot_item(self, label: str, size: float, dot: str, ink: str = S.TEXT, bold: bool = False) -> tuple:
        return (ITEM_DOT, self.line_height(size), label, size, dot, ink, bold)

    def swatch_item(self, label: str, size: float, swatch: str, ink: str = S.MUTED) -> tuple:
        return (ITEM_SWATCH, self.line_height(size) + 1.0, label, size, swatch, ink)

    @staticmethod
    def gap_item(height: float) -> tuple:
        return (ITEM_GAP, height)

    def draw_items(self, items: Sequence[tuple], x: float, y: float) -> float:
        """Draw stacked items with their top at ``y``; returns the y below them."""
        ops = self.page.ops  # type: ignore[union-attr]
        for item in items:
            kind = item[0]
            if kind == ITEM_TEXT:
                _, h, line, size, bold, colour, indent = item
                if line:
                    ops.append((TEXT, x + indent, y + self.ascent(size), line, size, bold, colour))
            elif kind == ITEM_TAG:
                _, h, label, fill, ink = item
                width = self.measurer.width(label, 8.0, True) + 10.0
                ops.append((RECT, x, y + 2.0, width, 12.5, fill, None, 0.0, 3.0))
                ops.append((TEXT, x + 5.0, y + 11.3, label, 8.0, True, ink))
            elif kind == ITEM_DOT:
                _, h, label, size, dot, ink, bold = item
                ascent = self.ascent(size)
                ops.append((CIRCLE, x + 3.5, y + ascent - size * 0.36, 3.5, dot, None, 0.0))
                ops.append((TEXT, x + 11.0, y + ascent, label, size, bold, ink))
            elif kind == ITEM_SWATCH:
                _, h, label, size, swatch, ink = item
                ascent = self.ascent(size)
                ops.append((RECT, x, y + ascent - size * 0.78, size * 0.85, size * 0.85, swatch, S.card_border(swatch), 0.5, 1.5))
                ops.append((TEXT, x + size * 0.85 + 4.0, y + ascent, label, size, True, ink))
            y += item[1]
        return y

    def table_header_height(self) -> float:
        return self.line_height(8.0) + 8.0

    def row_height(self, cells: Sequence[Cell], padding: float = 5.0) -> float:
        return max((sum(item[1] for item in cell) for cell in cells), default=0.0) + 2 * padding

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Cell]],
        continued: str = "",
        padding: float = 5.0,
        on_row: Optional[Callable[[int], None]] = None,
    ) -> None:
        """A table at the cursor: header row repeated on every page it spans; a row taller
        than the rest of a page moves to the next page, and a row taller than a whole page
        is split between its lines. ``continued`` (e.g. the group's title) is printed above
        the header on continuation pages. Cost: linear in the rows' items."""
        header_size = 8.0
        header_h = self.table_header_height()
        xs = []
        x = self.left
        for column in columns:
            xs.append(x)
            x += column.width
        right = x

        def draw_header(cont: bool) -> None:
            if cont and continued:
                size = 9.0
                self.text(self.left, self.y + self.ascent(size), f"{continued} (continued)", size, True, S.MUTED)
                self.y += self.line_height(size) + 3.0
            ops = self.page.ops  # type: ignore[union-attr]
            ops.append((RECT, self.left, self.y, right - self.left, header_h, S.HEADER_FILL, None, 0.0, 0.0))
            for column, cx in zip(columns, xs):
                ops.append((TEXT, cx + padding, self.y + 4.0 + self.ascent(header_size), column.title.upper(),
                            header_size, True, S.MUTED))
            self.y += header_h

        if self.page is None:
            self.new_page()
        draw_header(False)
        for index, row in enumerate(rows):
            if on_row is not None and index % 50 == 0:
                on_row(index)
                self.check()
            cells = [list(cell) for cell in row]
            height = max((sum(item[1] for item in cell) for cell in cells), default=0.0) + 2 * padding
            full = self.bottom - self.top - header_h - 30.0
            if self.y + height > self.bottom and (height <= full or self.room() < min(height, 80.0)):
                self.new_page()
                draw_header(True)
            shade = index % 2 == 1
            while True:
                room = self.bottom - self.y - 2 * padding
                parts: list[list] = []
                rest: list[list] = []
                for cell in cells:
                    used = 0.0
                    cut = len(cell)
                    for position, item in enumerate(cell):
                        if used + item[1] > room + 1e-6:
                            cut = position
                            break
                        used += item[1]
                    if cut == 0 and cell and room >= cell[0][1]:
                        cut = 1
                    parts.append(cell[:cut])
                    rest.append(cell[cut:])
                drawn = max((sum(item[1] for item in part) for part in parts), default=0.0) + 2 * padding
                ops = self.page.ops  # type: ignore[union-attr]
                if shade:
                    ops.append((RECT, self.left, self.y, right - self.left, drawn, S.STRIPE, None, 0.0, 0.0))
                for part, cx in zip(parts, xs):
                    self.draw_items(part, cx + padding, self.y + padding)
                self.y += drawn
                ops.append((LINE, self.left, self.y, right, self.y, S.GRID, 0.6, None))
                if not any(rest):
                    break
                cells = rest
                self.new_page()
                draw_header(True)

    # --- finishing ---------------------------------------------------------------------

    def finish(self) -> list[Page]:
        """Headers and footers on every page; returns the pages."""
        total = len(self.pages)
        for number, page in enumerate(self.pages, start=1):
            self._decorate(page, number, total)
        return self.pages

    def _decorate(self, page: Page, number: int, total: int) -> None:
        # report pages are in report units; map pages in points (scale 1): place by page size
        ops = page.ops
        grow = self.unit if page.scale == 1.0 else 1.0  # a map page on A0 is in printed points
        size = 8.0 * grow
        margin = self.MARGIN * grow
        width, height = page.width, page.height
        left, right = margin, width - margin
        if page.header:
            baseline = margin * 0.62 + size
            title = self.measurer.wrap(page.title or self.title or "Untitled map", (right - left) * 0.6, size, True, 1)[0]
            x = left
            if title:
                ops.append((TEXT, x, baseline, title[0], size, True, S.MUTED))
                x += self.measurer.width(title[0], size, True)
            if page.section:
                x += self.measurer.width("  \u00b7  ", size)
                section = self.measurer.wrap(page.section, max(1.0, (right - left) * 0.85 - (x - left)),
                                             size, False, 1)[0]
                if section:
                    ops.append((TEXT, x, baseline, section[0], size, False, S.MUTED))
            date = f"Exported {self.date_text}"
            ops.append((TEXT, right - self.measurer.width(date, size), baseline, date, size, False, S.MUTED))
            rule = baseline + size * 0.7
            ops.append((LINE, left, rule, right, rule, S.GRID, 0.6, None))
        baseline = height - margin * 0.62
        label = f"Page {number} of {total}"
        ops.append((TEXT, right - self.measurer.width(label, size), baseline, label, size, False, S.MUTED))
        ops.append((TEXT, left, baseline, "JourneyMapper", size, False, S.FAINT))
