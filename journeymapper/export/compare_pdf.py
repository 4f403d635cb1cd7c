"""A comparison of two maps as a PDF: summary figures, both maps, both emotion curves, the table of differences.

Each map is drawn as the map's own PDF draws it (:func:`.report.map_pages`), with
what differs outlined in the compare window's colours: on the old map what was
removed (red), on the new map what was added (green), on both what changed (amber).

Built with the report's :class:`~.pages.DocBuilder` (same fonts, headers,
footers and table flow as the map's PDF) and drawn by :func:`.pdf.render_pdf`,
so any script renders and text that looks like markup is printed as it is.
No Qt; the file is written atomically.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Optional, Sequence

from ..layout.compare_palette import ADDED, CHANGE_COLOURS, CHANGED, NEW_CURVE, OLD_CURVE, REMOVED
from ..layout import DEFAULT_OPTIONS, layout_map
from ..layout.geometry import smooth_path
from ..model import JourneyMap
from ..store.compare import (
    CurvePair,
    Comparison,
    aligned_curves,
    compare_maps,
    curve_choices,
    detail_lines,
    full_labels,
    kind_title,
)
from . import fonts
from . import style as S
from .options import CancelCheck, ExportResult, PdfOptions, ProgressCallback
from .map_pages import Outlines
from .pages import CIRCLE, LINE, PATH, RECT, TEXT, Column, DocBuilder, Page
from .pdf import BuiltDocument, render_pdf, write_document
from .report import _stat_tiles, map_pages

__all__ = ["build_compare_pages", "export_compare_pdf"]

CHART_HEIGHT = 150.0
LABEL_SIZE = 7.5
MAX_CHARTS = 8
"""Curves of more personas than this are left out of the PDF (the table still lists every score)."""
OLD_MARKS = ("removed", "changed")
NEW_MARKS = ("added", "changed")
"""Which changes each map outlines: what left (old map) and what arrived (new map), as the compare window does."""
OUTLINED_KINDS = ("card", "stage", "lane")
"""What is drawn as a box on the map, so can be outlined (scores and actions are in the table)."""
LEGEND_SIZE = 8.0


def build_compare_pages(
    old: JourneyMap,
    new: JourneyMap,
    old_label: str,
    new_label: str,
    options: PdfOptions = PdfOptions(),
    today: Optional[date] = None,
    cancelled: Optional[CancelCheck] = None,
) -> BuiltDocument:
    """The comparison ``old`` → ``new`` laid out as pages (no reportlab)."""
    today = today or date.today()
    title = f"Comparison: {old_label} → {new_label}"
    b = DocBuilder(options.paper.size, fonts.pdf_measurer(), title, today.isoformat(), cancelled)
    comparison = compare_maps(old, new)
    b.new_page("Summary", bookmark=("Comparison", 0))
    b.heading(title, size=17.0)
    b.paragraph(f"Before: {old_label}", 10.0, colour=S.MUTED)
    b.paragraph(f"After: {new_label}", 10.0, colour=S.MUTED, space_after=8.0)
    counts = comparison.counts()
    _stat_tiles(b, [(str(counts["added"]), "added", ADDED), (str(counts["removed"]), "removed", REMOVED),
                    (str(counts["changed"]), "changed", CHANGED)])
    b.paragraph("Objects are matched by id, so a renamed stage or an edited card counts as changed, "
                "not as removed and added.", 9.0, colour=S.MUTED, space_after=6.0)

    map_count, scales = 0, []
    for journey, side, label, marks in ((old, "Before", old_label, OLD_MARKS), (new, "After", new_label, NEW_MARKS)):
        b.check()
        layout = layout_map(journey, b.measurer, DEFAULT_OPTIONS)
        first = len(b.pages)
        plan = map_pages(b, journey, layout, DEFAULT_OPTIONS, f"{side}: {label}", outlines_for(comparison, marks))
        for page in b.pages[first:]:
            _outline_legend(b, page, journey.title or "Untitled map", marks)
        map_count += len(b.pages) - first
        scales.append(plan.scale)

    choices = curve_choices(old, new)
    b.section = "Emotion curves"
    b.heading("Emotion curves", keep_with=CHART_HEIGHT + 30.0)
    for persona, label in choices[:MAX_CHARTS]:
        b.check()
        _curve_chart(b, aligned_curves(old, new, persona), label, old_label, new_label)
    if len(choices) > MAX_CHARTS:
        b.paragraph(f"{len(choices) - MAX_CHARTS} more curves are not drawn; the table lists their scores.", 9.0,
                    colour=S.MUTED)

    b.section = "Differences"
    b.heading("Differences")
    if not comparison:
        b.paragraph("The two maps are the same.", 10.0)
    else:
        width = b.content_width
        columns = [Column("Object", 90.0), Column("Name", 0.3 * width), Column("Change", 78.0)]
        columns.append(Column("Details", width - sum(c.width for c in columns)))
        rows = []
        labels = full_labels(old, new)
        for difference in comparison.differences:
            label = difference.label if difference.kind in ("emotion", "map") else labels.get(difference.id, difference.label)
            details = detail_lines(difference, comparison.names)
            rows.append([
                b.text_items(kind_title(difference.kind), columns[0].width - 10, 9.0, True),
                b.text_items(label or "(order)", columns[1].width - 10, 9.0, max_lines=4),
                [b.tag_item(difference.change, CHANGE_COLOURS[difference.change])],
                [item for line in details for item in b.text_items(line, columns[3].width - 10, 8.5)],
            ])
        b.table(columns, rows, continued="Differences")
    pages = b.finish()
    return BuiltDocument(pages, title=title, author="", subject="Comparison of two journey maps",
                         keywords=["comparison"], map_pages=map_count, map_scales=scales)


def outlines_for(comparison: Comparison, marks: Sequence[str]) -> Outlines:
    """The cards, stages and lanes one map outlines, each in its change's colour."""
    return {(d.kind, d.id): CHANGE_COLOURS[d.change] for d in comparison.differences
            if d.kind in OUTLINED_KINDS and d.change in marks}


def _outline_legend(b: DocBuilder, page: Page, map_title: str, marks: Sequence[str]) -> None:
    """Between the running header and the map: the map's title, then what each outline colour means."""
    unit = b.unit  # map pages are in printed points: grow with the paper as the header does
    size = LEGEND_SIZE * unit
    baseline = (b.HEADER - 7.0) * unit
    x = b.MARGIN * unit
    shown = b.measurer.wrap(map_title, (page.width - 2 * x) * 0.55, size, True, 1)[0]
    if shown:
        page.ops.append((TEXT, x, baseline, shown[0], size, True, S.TEXT))
        x += b.measurer.width(shown[0], size, True) + 14.0 * unit
    page.ops.append((TEXT, x, baseline, "Outlined:", size, False, S.MUTED))
    x += b.measurer.width("Outlined:", size) + 8.0 * unit
    for change in marks:
        colour = CHANGE_COLOURS[change]
        box = size * 1.1
        page.ops.append((RECT, x, baseline - size * 0.85, box * 1.4, box, None, colour, 1.8 * unit, 2.0 * unit))
        x += box * 1.4 + 4.0 * unit
        page.ops.append((TEXT, x, baseline, change, size, False, S.TEXT))
        x += b.measurer.width(change, size) + 12.0 * unit


def export_compare_pdf(
    old: JourneyMap,
    new: JourneyMap,
    out_path: Path | str,
    old_label: str,
    new_label: str,
    options: PdfOptions = PdfOptions(),
    today: Optional[date] = None,
    progress: Optional[ProgressCallback] = None,
    cancelled: Optional[CancelCheck] = None,
) -> ExportResult:
    """Write the comparison ``old`` → ``new`` as a PDF (atomically; nothing written if cancelled)."""
    document = build_compare_pages(old, new, old_label, new_label, options, today, cancelled)
    data = render_pdf(document, progress, cancelled)
    return write_document(document, out_path, data)


def _curve_chart(b: DocBuilder, curves: CurvePair, title: str, old_label: str, new_label: str) -> None:
    """Both curves over the stages, with the scale on the left and a legend above."""
    label_lines = 2
    label_height = b.line_height(LABEL_SIZE) * label_lines + 4.0
    b.need(CHART_HEIGHT + label_height + 34.0)
    ops = b.page.ops  # type: ignore[union-attr]
    top = b.y
    ops.append((TEXT, b.left, top + b.ascent(10.0), title, 10.0, True, S.TEXT))
    _legend(b, top, old_label, new_label)
    top += b.line_height(10.0) + 8.0
    axis = 34.0
    left, right = b.left + axis, b.right
    bottom = top + CHART_HEIGHT
    ops.append((RECT, left, top, right - left, CHART_HEIGHT, S.STRIPE, S.GRID, 0.6, 0.0))
    span = max(1, curves.maximum - curves.minimum)
    step = 1 if span <= 10 else max(1, round(span / 5))

    def y_of(value: float) -> float:
        return top + 8.0 + (curves.maximum - value) / span * (CHART_HEIGHT - 16.0)

    for value in range(curves.minimum, curves.maximum + 1, step):
        y = y_of(value)
        ops.append((LINE, left, y, right, y, S.STRONG_GRID if value == 0 else S.GRID, 0.5, None))
        b.text_right(left - 5.0, y + 3.0, f"{value:+d}" if value else "0", LABEL_SIZE, False, S.MUTED)
    count = max(1, len(curves.stages))
    slot = (right - left) / count
    xs = [left + slot * (index + 0.5) for index in range(count)]
    for x, (_stage_id, name) in zip(xs, curves.stages):
        ops.append((LINE, x, bottom, x, bottom + 3.0, S.GRID, 0.5, None))
        lines = b.wrap(name, slot - 4.0, LABEL_SIZE, False, label_lines)
        for number, line in enumerate(lines):
            width = b.measurer.width(line, LABEL_SIZE)
            baseline = bottom + 4.0 + b.ascent(LABEL_SIZE) + number * b.line_height(LABEL_SIZE)
            ops.append((TEXT, x - width / 2, baseline, line, LABEL_SIZE, False, S.TEXT))
    for values, colour, width, dash in ((curves.old, OLD_CURVE, 1.6, (4.0, 3.0)), (curves.new, NEW_CURVE, 2.2, None)):
        points = [None if v is None else (x, y_of(v)) for x, v in zip(xs, values)]
        segments = smooth_path(points)
        if segments:
            ops.append((PATH, segments, colour, width, dash))
        for point in points:
            if point is not None:
                ops.append((CIRCLE, point[0], point[1], 2.6, colour, S.WHITE, 0.8))
    b.y = bottom + label_height + 12.0


def _legend(b: DocBuilder, top: float, old_label: str, new_label: str) -> None:
    """``— before   — after`` at the right end of the chart's title line."""
    ops = b.page.ops  # type: ignore[union-attr]
    x = b.right
    baseline = top + b.ascent(8.5)
    for label, colour, dash in ((f"After: {new_label}", NEW_CURVE, None), (f"Before: {old_label}", OLD_CURVE, (4.0, 3.0))):
        shown = b.wrap(label, b.content_width * 0.3, 8.5, False, 1)
        text = shown[0] if shown else ""
        x -= b.measurer.width(text, 8.5)
        ops.append((TEXT, x, baseline, text, 8.5, False, S.TEXT))
        ops.append((LINE, x - 24.0, baseline - 3.0, x - 4.0, baseline - 3.0, colour, 2.0, dash))
        x -= 40.0
