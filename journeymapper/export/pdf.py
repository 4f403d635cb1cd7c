"""The PDF a stakeholder reads: title page, summary, the map (vector), the action plan.

:func:`build_map_pages` / :func:`build_atlas_pages` lay the document out as
pages of drawing operations (:mod:`.pages`, no reportlab); :func:`render_pdf`
draws them with reportlab's canvas, every string in our embedded fonts
(:mod:`.fonts`), and the file is written atomically (a cancelled or failed
export leaves no file and never a half-written one).

Cost is linear: layout once, one pass over cards and actions, tables drawn row by
row (no reportlab table splitting).
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Optional, Sequence

from ..atlas.links import resolve_link
from ..layout import DEFAULT_OPTIONS, LayoutOptions, layout_map
from ..model import Atlas, JourneyMap
from . import fonts
from .actions import action_rows, summarize
from .options import (
    MIN_PRINTED_SIZE,
    CancelCheck,
    ExportCancelled,
    ExportResult,
    PdfOptions,
    ProgressCallback,
    write_export,
)
from .pages import CIRCLE, CLIP, IMAGE, LINE, PATH, RECT, TEXT, UNCLIP, DocBuilder, Page, smallest_text
from .persona_pages import persona_pages
from .report import MapEntry, action_plan, atlas_title_page, map_pages, summary_section, title_page

__all__ = [
    "BuiltDocument", "build_atlas_pages", "build_map_pages", "configure_reportlab", "export_atlas_pdf", "export_pdf",
    "render_pdf", "write_document",
]


@dataclass
class BuiltDocument:
    """A document laid out, ready to render (or to show in a print preview)."""

    pages: list[Page]
    title: str
    author: str
    subject: str
    keywords: list[str] = field(default_factory=list)
    map_pages: int = 0
    map_scales: list[float] = field(default_factory=list)
    actions: int = 0
    problems: list[str] = field(default_factory=list)


def _check(cancelled: Optional[CancelCheck]) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled("the export was cancelled")


def _map_parts(
    b: DocBuilder,
    journey: JourneyMap,
    options: PdfOptions,
    today: date,
    layout_options: LayoutOptions,
    with_actions: bool,
    with_summary: bool,
) -> tuple[int, Optional[float]]:
    include = options.include
    summary = summarize([journey], today)
    if include.title_page:
        title_page(b, journey, summary, today)
    if include.summary and with_summary:
        summary_section(b, summary, today, new_page=not include.title_page or b.y > b.height * 0.62)
    if include.title_page:
        persona_pages(b, journey.personas)
    map_count, scale = 0, None
    if include.map:
        layout = layout_map(journey, b.measurer, layout_options)
        b.check()
        before = len(b.pages)
        plan = map_pages(b, journey, layout, layout_options)
        map_count, scale = len(b.pages) - before, plan.scale
    if include.action_plan and with_actions:
        rows = action_rows(journey, today, journey.title)
        stage_orders = [[(s.id, s.name) for s in journey.stages]]
        action_plan(b, rows, options.group_by, today, stage_orders)
    return map_count, scale


def build_map_pages(
    journey: JourneyMap,
    options: PdfOptions = PdfOptions(),
    today: Optional[date] = None,
    cancelled: Optional[CancelCheck] = None,
    layout_options: LayoutOptions = DEFAULT_OPTIONS,
) -> BuiltDocument:
    """One map's document, laid out (no reportlab)."""
    today = today or date.today()
    b = DocBuilder(options.paper.size, fonts.pdf_measurer(), journey.title or "Untitled map", today.isoformat(), cancelled)
    map_count, scale = _map_parts(b, journey, options, today, layout_options, True, True)
    if not b.pages:
        b.new_page("")
    pages = b.finish()
    return BuiltDocument(
        pages,
        title=journey.title or "Untitled map",
        author=journey.owner,
        subject=_subject(journey),
        keywords=list(journey.tags),
        map_pages=map_count,
        map_scales=[scale] if scale is not None else [],
        actions=len(journey.actions),
    )


def _subject(journey: JourneyMap) -> str:
    state = "future-state" if journey.state.value == "future" else "current-state"
    return f"Customer journey map ({state}) with its action plan"


# --- atlas ----------------------------------------------------------------------------------


def _read_entries(atlas_path: Path, atlas: Atlas) -> list[MapEntry]:
    from ..store import DocumentError, load_map

    entries = []
    folder = atlas_path.parent
    for entry in atlas.entries:
        link = resolve_link(entry.path, atlas_path.name, Path(os.path.abspath(folder)))
        if link.file is None:
            entries.append(MapEntry(entry.path, entry.group, None, link.reason))
            continue
        target = link.file
        try:
            journey = load_map(target)
        except DocumentError as error:
            reason = error.problems[0].reason if error.problems else "cannot be read"
            where = error.problems[0].location if error.problems else ""
            text = "missing (no such file)" if reason == "no such file" else (
                f"cannot be read: {where}: {reason}" if where else f"cannot be read: {reason}")
            more = len(error.problems) - 1
            if more > 0:
                text += f" (and {more} more problem{'s' if more != 1 else ''})"
            entries.append(MapEntry(entry.path, entry.group, None, text))
            continue
        except Exception as error:  # noqa: BLE001 - a broken map is listed, never a crash
            entries.append(MapEntry(entry.path, entry.group, None, f"cannot be read: {error}"))
            continue
        entries.append(MapEntry(entry.path, entry.group, journey))
    return entries


def build_atlas_pages(
    atlas_path: Path,
    options: PdfOptions = PdfOptions(),
    today: Optional[date] = None,
    cancelled: Optional[CancelCheck] = None,
    layout_options: LayoutOptions = DEFAULT_OPTIONS,
    atlas: Optional[Atlas] = None,
) -> BuiltDocument:
    """The atlas's document: its title page (maps, and those that could not be read), the
    atlas-wide summary and action roll-up, then each map (title page and map)."""
    from ..store import load_atlas

    today = today or date.today()
    atlas_path = Path(atlas_path)
    if atlas is None:
        atlas = load_atlas(atlas_path)
    entries = _read_entries(atlas_path, atlas)
    journeys = [e.journey for e in entries if e.journey is not None]
    title = atlas.title or atlas_path.stem
    b = DocBuilder(options.paper.size, fonts.pdf_measurer(), title, today.isoformat(), cancelled)
    summary = summarize(journeys, today)
    include = options.include
    if include.title_page:
        atlas_title_page(b, title, atlas.description, entries, today, summary)
    if include.summary:
        summary_section(b, summary, today)
    rows = []
    stage_orders = []
    for index, journey in enumerate(journeys):
        rows += action_rows(journey, today, journey.title or f"Map {index + 1}", index)
        stage_orders.append([(s.id, s.name) for s in journey.stages])
    if include.action_plan:
        action_plan(b, rows, options.group_by, today, stage_orders, several_maps=True, title="Action roll-up")
    map_count, scales = 0, []
    per_map = PdfOptions(options.paper, options.group_by,
                         type(include)(title_page=include.title_page, summary=False, map=include.map, action_plan=False))
    for journey in journeys:
        b.check()
        b.title = journey.title or "Untitled map"
        count, scale = _map_parts(b, journey, per_map, today, layout_options, False, False)
        map_count += count
        if scale is not None:
            scales.append(scale)
    b.title = title
    problems = [f"{atlas_path.parent / e.path}: {e.problem}" for e in entries if e.journey is None]
    if not b.pages:
        b.new_page("")
    pages = b.finish()
    return BuiltDocument(
        pages,
        title=title,
        author=", ".join(sorted({j.owner.strip() for j in journeys if j.owner.strip()})),
        subject="Journey atlas with its action roll-up",
        map_pages=map_count,
        map_scales=scales,
        actions=len(rows),
        problems=problems,
    )


# --- rendering ------------------------------------------------------------------------------


def configure_reportlab() -> None:
    """Process-wide reportlab settings for our PDFs: compressed streams stay binary (no
    ASCII85 layer, which made files a quarter larger and cost much of the drawing time)."""
    from reportlab import rl_config

    rl_config.useA85 = 0


class _GraphicsState:
    """The PDF's current fill, stroke, line width, dash and font, so that each operation sets
    only what differs from the last (a smaller file); a clip saves and restores them with
    the PDF's own graphics state."""

    def __init__(self, canvas, colour: Callable[[str], object]) -> None:  # noqa: ANN001 - a reportlab Canvas
        self.canvas = canvas
        self.colour = colour
        self.reset()

    def reset(self) -> None:
        """A new page: nothing is known to be set."""
        self.fill: Optional[str] = None
        self.stroke: Optional[str] = None
        self.font: Optional[tuple[str, float]] = None
        self.dash: Optional[Sequence[float]] = None
        self.line_width = -1.0
        self._saved: list[tuple] = []

    def use_fill(self, paint: str) -> None:
        if paint != self.fill:
            self.canvas.setFillColor(self.colour(paint))
            self.fill = paint

    def use_stroke(self, edge: str, width: float, pattern: Optional[Sequence[float]]) -> None:
        """Stroke in ``edge`` at ``width``, dashed by ``pattern`` (solid when empty or None)."""
        canvas = self.canvas
        if edge != self.stroke:
            canvas.setStrokeColor(self.colour(edge))
            self.stroke = edge
        if width != self.line_width:
            canvas.setLineWidth(width)
            self.line_width = width
        if pattern != self.dash:
            canvas.setDash(list(pattern)) if pattern else canvas.setDash()
            self.dash = pattern

    def save(self) -> None:
        self.canvas.saveState()
        self._saved.append((self.fill, self.stroke, self.font, self.dash, self.line_width))

    def restore(self) -> None:
        self.canvas.restoreState()
        self.fill, self.stroke, self.font, self.dash, self.line_width = self._saved.pop()


def render_pdf(
    document: BuiltDocument,
    progress: Optional[ProgressCallback] = None,
    cancelled: Optional[CancelCheck] = None,
) -> bytes:
    """The PDF's bytes: every page's operations drawn with reportlab, fonts embedded."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen.canvas import Canvas

    fonts.register_fonts()
    configure_reportlab()
    runs = fonts.runs
    buffer = io.BytesIO()
    pages = document.pages
    canvas = Canvas(buffer, pagesize=pages[0].size if pages else (842, 595), initialFontName=fonts.REGULAR,
                    initialFontSize=10, pageCompression=1)
    canvas.setTitle(document.title)
    canvas.setAuthor(document.author)
    canvas.setSubject(document.subject)
    canvas.setCreator("JourneyMapper")
    if document.keywords:
        canvas.setKeywords(", ".join(document.keywords))
    colours: dict[str, object] = {}

    def colour(value: str):  # noqa: ANN202
        found = colours.get(value)
        if found is None:
            found = colours[value] = HexColor(value)
        return found

    total = len(pages)
    if progress is not None:
        progress(0, total)
    draw_string = canvas.drawString
    set_font = canvas.setFont
    state = _GraphicsState(canvas, colour)
    outline_level = -1
    for number, page in enumerate(pages):
        _check(cancelled)
        canvas.setPageSize(page.size)
        for index, (title, level) in enumerate(page.bookmarks):
            key = f"p{number}-{index}"
            level = min(level, outline_level + 1)  # an outline may not skip a level
            canvas.bookmarkPage(key)
            canvas.addOutlineEntry(title, key, level=level)
            outline_level = level
        if page.scale != 1.0:
            canvas.scale(page.scale, page.scale)
        height = page.height
        state.reset()
        for op in page.ops:
            kind = op[0]
            if kind == TEXT:
                _, x, y, text, size, bold, ink = op
                state.use_fill(ink)
                pieces = runs(text, bold)
                if len(pieces) == 1:
                    name = pieces[0][0]
                    if (name, size) != state.font:
                        set_font(name, size)
                        state.font = (name, size)
                    draw_string(x, height - y, text)
                else:  # one text object, fonts switched inside: it reads back as one string
                    text_object = canvas.beginText(x, height - y)
                    for name, piece in pieces:
                        text_object.setFont(name, size)
                        text_object.textOut(piece)
                    canvas.drawText(text_object)
                    state.font = None  # the PDF's current font changed behind the canvas's back
            elif kind == RECT:
                _, x, y, w, h, paint, edge, lw, radius = op
                if paint is not None:
                    state.use_fill(paint)
                if edge is not None:
                    state.use_stroke(edge, lw, None)
                if radius > 0:
                    canvas.roundRect(x, height - y - h, w, h, min(radius, w / 2, h / 2),
                                     stroke=edge is not None, fill=paint is not None)
                else:
                    canvas.rect(x, height - y - h, w, h, stroke=edge is not None, fill=paint is not None)
            elif kind == LINE:
                _, x1, y1, x2, y2, edge, lw, pattern = op
                state.use_stroke(edge, lw, pattern)
                canvas.line(x1, height - y1, x2, height - y2)
            elif kind == PATH:
                _, segments, edge, lw, pattern = op
                state.use_stroke(edge, lw, pattern)
                canvas.setLineCap(1)
                canvas.setLineJoin(1)
                path = canvas.beginPath()
                last = None
                for start, c1, c2, end in segments:
                    if last != start:
                        path.moveTo(start[0], height - start[1])
                    path.curveTo(c1[0], height - c1[1], c2[0], height - c2[1], end[0], height - end[1])
                    last = end
                canvas.drawPath(path, stroke=1, fill=0)
                canvas.setLineCap(0)
                canvas.setLineJoin(0)
            elif kind == CIRCLE:
                _, cx, cy, r, paint, edge, lw = op
                if paint is not None:
                    state.use_fill(paint)
                if edge is not None:
                    state.use_stroke(edge, lw, None)
                canvas.circle(cx, height - cy, r, stroke=edge is not None, fill=paint is not None)
            elif kind == CLIP:
                _, x, y, w, h = op
                state.save()
                path = canvas.beginPath()
                path.rect(x, height - y - h, w, h)
                canvas.clipPath(path, stroke=0, fill=0)
            elif kind == UNCLIP:
                state.restore()
            elif kind == IMAGE:
                _, x, y, w, h, data = op
                canvas.drawImage(_image_reader(data), x, height - y - h, w, h, mask="auto")
        canvas.showPage()
        if progress is not None:
            progress(number + 1, total)
    _check(cancelled)
    canvas.save()
    return buffer.getvalue()


_readers: dict[bytes, object] = {}


def _image_reader(data: bytes):  # noqa: ANN202 - a reportlab ImageReader
    """One reader per picture, so a photo shown on several pages is embedded once."""
    from reportlab.lib.utils import ImageReader

    found = _readers.get(data)
    if found is None:
        if len(_readers) > 64:
            _readers.clear()
        found = _readers[data] = ImageReader(io.BytesIO(data))
    return found


def _result(path: Optional[Path], document: BuiltDocument) -> ExportResult:
    smallest = smallest_text(document.pages)
    assert not smallest or smallest >= MIN_PRINTED_SIZE - 1e-6, f"text printed at {smallest:.2f} pt"
    return ExportResult(path, len(document.pages), document.map_pages, list(document.map_scales), smallest,
                        document.actions, list(document.problems))


def write_document(document: BuiltDocument, out_path: Path | str, data: bytes) -> ExportResult:
    """Write rendered bytes atomically; the result describes ``document``."""
    write_export(Path(out_path), data)
    return _result(Path(out_path), document)


def export_pdf(
    journey: JourneyMap,
    out_path: Path | str,
    options: PdfOptions = PdfOptions(),
    today: Optional[date] = None,
    progress: Optional[ProgressCallback] = None,
    cancelled: Optional[CancelCheck] = None,
) -> ExportResult:
    """Write ``journey`` as a PDF to ``out_path`` (atomically).

    ``progress(done, total)`` is called as pages are drawn; ``cancelled()`` is asked
    throughout and, when it returns True, the export stops with
    :class:`ExportCancelled` and nothing is written. Raises :class:`ExportError`
    when the file cannot be written.
    """
    document = build_map_pages(journey, options, today, cancelled)
    data = render_pdf(document, progress, cancelled)
    write_export(Path(out_path), data)
    return _result(Path(out_path), document)


def export_atlas_pdf(
    atlas_path: Path | str,
    out_path: Path | str,
    options: PdfOptions = PdfOptions(),
    today: Optional[date] = None,
    progress: Optional[ProgressCallback] = None,
    cancelled: Optional[CancelCheck] = None,
) -> ExportResult:
    """Write an atlas as one PDF: the action roll-up over all its maps, then each map.

    Maps that are missing, unreadable or outside the atlas's folder are listed in
    the PDF (and in ``ExportResult.problems``), never a crash. A broken atlas file
    itself raises :class:`~journeymapper.store.DocumentError`.
    """
    document = build_atlas_pages(Path(atlas_path), options, today, cancelled)
    data = render_pdf(document, progress, cancelled)
    write_export(Path(out_path), data)
    return _result(Path(out_path), document)

