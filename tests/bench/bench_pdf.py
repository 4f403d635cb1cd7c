"""PDF export benchmarks: the whole export against reportlab drawing the same things directly.

- export: ``build_map_pages`` + ``render_pdf`` of the run's generated map (3,000
  cards, 1,000 actions; A4, every part: title page, summary, the map split over
  pages at 7 pt or more, the action plan) into bytes. Baseline: a reportlab
  canvas drawing the *same* rectangles, lines, curves and pre-wrapped strings
  (already split into font runs, already placed, colours already made) with the
  same embedded fonts and settings, straight from flat instruction lists made
  before timing: no model, no layout, no wrapping, no pagination, no dispatch.
  Font registration happens once, before timing, for both. Both produce the PDF's
  bytes in memory (writing the file is the same for both and left out). Target 1.5x.
- scaling: the same export with 5,000 actions against 1,000 actions (same map).
  Target 5.5x: the action plan grows linearly (tables are drawn row by row, never
  split by reportlab's quadratic table splitting); the map's part does not grow.
"""

from __future__ import annotations

import io
from datetime import date

from harness import Context, TimeBenchmark

EXPORT_TARGET = 1.5
SCALING_TARGET = 5.5
TODAY = date(2026, 6, 1)

_maps: dict[tuple[int, int, int], object] = {}


def _map(context: Context, actions: int):  # noqa: ANN202
    key = (context.cards, context.seed, actions)
    if key not in _maps:
        from generate import generate_map

        _maps[key] = generate_map(context.cards, seed=context.seed, actions=actions)
    return _maps[key]


def _ready() -> None:
    from journeymapper.export import fonts
    from journeymapper.export.pdf import configure_reportlab

    fonts.register_fonts()
    fonts.pdf_measurer()
    configure_reportlab()


def _export(journey):  # noqa: ANN001, ANN202
    from journeymapper.export.pdf import build_map_pages, render_pdf

    def run() -> bytes:
        return render_pdf(build_map_pages(journey, today=TODAY))

    return run


def _instructions(document) -> list:  # noqa: ANN001
    """Each page as (size, [(method name, args), ...]) with only the state changes needed."""
    from reportlab.lib.colors import HexColor

    from journeymapper.export import fonts
    from journeymapper.export.pages import CIRCLE, CLIP, LINE, PATH, RECT, TEXT, UNCLIP

    colours: dict[str, object] = {}

    def colour(value: str):  # noqa: ANN202
        if value not in colours:
            colours[value] = HexColor(value)
        return colours[value]

    pages = []
    for page in document.pages:
        h = page.height
        out: list = []
        if page.scale != 1.0:
            out.append(("scale", (page.scale, page.scale)))
        fill = stroke = font = dash = None
        width = -1.0
        stack = []

        def pen(edge, lw, pattern, out=out):  # noqa: ANN001, ANN202
            nonlocal stroke, width, dash
            if edge != stroke:
                out.append(("setStrokeColor", (colour(edge),)))
                stroke = edge
            if lw != width:
                out.append(("setLineWidth", (lw,)))
                width = lw
            if pattern != dash:
                out.append(("setDash", (list(pattern),) if pattern else ()))
                dash = pattern

        for op in page.ops:
            kind = op[0]
            if kind == TEXT:
                _, x, y, text, size, bold, ink = op
                if ink != fill:
                    out.append(("setFillColor", (colour(ink),)))
                    fill = ink
                runs = fonts.runs(text, bold)
                if len(runs) == 1:
                    if (runs[0][0], size) != font:
                        out.append(("setFont", (runs[0][0], size)))
                        font = (runs[0][0], size)
                    out.append(("drawString", (x, h - y, text)))
                else:
                    out.append(("runs", (x, h - y, [(name, size, piece) for name, piece in runs])))
                    font = None
            elif kind == RECT:
                _, x, y, w, hh, paint, edge, lw, radius = op
                if paint is not None and paint != fill:
                    out.append(("setFillColor", (colour(paint),)))
                    fill = paint
                if edge is not None:
                    pen(edge, lw, None)
                if radius > 0:
                    out.append(("roundRect", (x, h - y - hh, w, hh, min(radius, w / 2, hh / 2), edge is not None,
                                              paint is not None)))
                else:
                    out.append(("rect", (x, h - y - hh, w, hh, edge is not None, paint is not None)))
            elif kind == LINE:
                _, x1, y1, x2, y2, edge, lw, pattern = op
                pen(edge, lw, pattern)
                out.append(("line", (x1, h - y1, x2, h - y2)))
            elif kind == PATH:
                _, segments, edge, lw, pattern = op
                pen(edge, lw, pattern)
                flat, last = [], None
                for a, b, c, d in segments:
                    flat.append((last != a, a[0], h - a[1], b[0], h - b[1], c[0], h - c[1], d[0], h - d[1]))
                    last = d
                out.append(("curve", (flat,)))
            elif kind == CIRCLE:
                _, cx, cy, r, paint, edge, lw = op
                if paint is not None and paint != fill:
                    out.append(("setFillColor", (colour(paint),)))
                    fill = paint
                if edge is not None:
                    pen(edge, lw, None)
                out.append(("circle", (cx, h - cy, r, edge is not None, paint is not None)))
            elif kind == CLIP:
                _, x, y, w, hh = op
                stack.append((fill, stroke, font, dash, width))
                out.append(("clip", (x, h - y - hh, w, hh)))
            elif kind == UNCLIP:
                out.append(("restoreState", ()))
                fill, stroke, font, dash, width = stack.pop()
        pages.append((page.size, out))
    return pages


def _draw_directly(pages, meta):  # noqa: ANN001, ANN202
    from reportlab.pdfgen.canvas import Canvas

    from journeymapper.export import fonts

    def run() -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=pages[0][0], initialFontName=fonts.REGULAR, initialFontSize=10,
                        pageCompression=1)
        canvas.setTitle(meta[0])
        canvas.setAuthor(meta[1])

        def runs(x, y, pieces):  # noqa: ANN001, ANN202
            text = canvas.beginText(x, y)
            for name, size, piece in pieces:
                text.setFont(name, size)
                text.textOut(piece)
            canvas.drawText(text)

        def curve(segments):  # noqa: ANN001, ANN202
            path = canvas.beginPath()
            for move, x0, y0, x1, y1, x2, y2, x3, y3 in segments:
                if move:
                    path.moveTo(x0, y0)
                path.curveTo(x1, y1, x2, y2, x3, y3)
            canvas.drawPath(path, stroke=1, fill=0)

        def clip(x, y, w, h):  # noqa: ANN001, ANN202
            canvas.saveState()
            path = canvas.beginPath()
            path.rect(x, y, w, h)
            canvas.clipPath(path, stroke=0, fill=0)

        methods = {name: getattr(canvas, name) for name in (
            "setFillColor", "setStrokeColor", "setLineWidth", "setDash", "setFont", "drawString", "roundRect",
            "rect", "line", "circle", "restoreState", "scale")}
        methods.update(runs=runs, curve=curve, clip=clip)
        for size, instructions in pages:
            canvas.setPageSize(size)
            for name, args in instructions:
                methods[name](*args)
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    return run


def _export_vs_direct(context: Context):
    from journeymapper.export.pdf import build_map_pages

    _ready()
    journey = _map(context, 1000)
    document = build_map_pages(journey, today=TODAY)
    pages = _instructions(document)
    return _export(journey), _draw_directly(pages, (document.title, document.author))


def _scaling(context: Context):
    _ready()
    return _export(_map(context, 5000)), _export(_map(context, 1000))


def benchmarks(context: Context):
    return [
        TimeBenchmark(
            "pdf.export", _export_vs_direct, EXPORT_TARGET,
            "whole PDF export (3,000 cards, 1,000 actions) vs reportlab drawing the same primitives directly",
            rounds=5, quick_rounds=2,
        ),
        TimeBenchmark(
            "pdf.actions", _scaling, SCALING_TARGET,
            "PDF export with 5,000 actions vs with 1,000 (same 3,000-card map)",
            rounds=3, quick_rounds=1,
        ),
    ]
