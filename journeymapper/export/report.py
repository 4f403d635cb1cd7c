"""The report pages around the map: title page, summary, action plan; and the atlas's own pages.

Built with :class:`~journeymapper.export.pages.DocBuilder`: every text is broken
into lines by the layout's measurer and drawn as strings. Pure (no reportlab).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable, Optional, Sequence

from ..layout import LayoutOptions, MapLayout
from ..model import JourneyMap, LaneKind, MapState
from . import style as S
from .actions import ActionRow, Group, Summary, group_rows
from .map_pages import MapPainter, MapPlan, Outlines, plan_map
from .options import GroupBy
from .pages import RECT, TEXT, Column, DocBuilder, Page

__all__ = ["MapEntry", "action_plan", "atlas_title_page", "map_pages", "summary_section", "title_page"]


def _state_label(state: MapState) -> str:
    return "Future state" if state is MapState.FUTURE else "Current state"


def _pill(b: DocBuilder, x: float, y: float, label: str, fill: str, ink: str, size: float = 9.0) -> float:
    """A rounded label with its top at ``y``; returns its width."""
    width = b.measurer.width(label, size, True) + 14.0
    height = size + 8.0
    b.page.ops.append((RECT, x, y, width, height, fill, None, 0.0, height / 2))  # type: ignore[union-attr]
    b.page.ops.append((TEXT, x + 7.0, y + 4.0 + b.ascent(size) * 0.92, label, size, True, ink))  # type: ignore[union-attr]
    return width


def _stat_tiles(b: DocBuilder, stats: Sequence[tuple[str, str, str]]) -> None:
    """A row of figures: (number, label, colour)."""
    if not stats:
        return
    gap = 10.0
    count = len(stats)
    width = min(130.0, (b.content_width - gap * (count - 1)) / count)
    height = 52.0
    b.need(height + 6)
    x = b.left
    ops = b.page.ops  # type: ignore[union-attr]
    for number, label, colour in stats:
        ops.append((RECT, x, b.y, width, height, S.TINT, S.mix(S.TINT, S.CURVE, 0.18), 0.6, 4.0))
        ops.append((TEXT, x + 10, b.y + 26, number, 20.0, True, colour))
        for line in b.wrap(label, width - 20, 8.5, False, 1):
            ops.append((TEXT, x + 10, b.y + 42, line, 8.5, False, S.MUTED))
        x += width + gap
    b.y += height + 14.0


def title_page(b: DocBuilder, journey: JourneyMap, summary: Summary, today: date, kind: str = "Customer journey map") -> None:
    """Map title, state, owner, dates, key figures and description (the personas follow: ``persona_pages``)."""
    b.new_page("Title page", header=False, bookmark=(journey.title or "Untitled map", 0))
    ops = b.page.ops  # type: ignore[union-attr]
    ops.append((RECT, 0.0, 0.0, b.width, 7.0, S.ACCENT, None, 0.0, 0.0))
    b.y = b.MARGIN + 18.0
    b.text(b.left, b.y, kind.upper(), 9.0, True, S.ACCENT)
    b.y += 12.0
    b.paragraph(journey.title or "Untitled map", 26.0, True, S.TEXT, width=b.content_width * 0.85, space_after=6.0)
    b.need(24)
    x = b.left
    x += _pill(b, x, b.y, _state_label(journey.state), S.mix(S.WHITE, S.CURVE, 0.14), S.CURVE) + 10
    facts = []
    if journey.owner.strip():
        facts.append(f"Owner: {journey.owner.strip()}")
    facts.append(f"Exported {today.isoformat()}")
    if journey.review_by:
        facts.append(f"Review by {journey.review_by.isoformat()}")
    if journey.tags:
        facts.append("Tags: " + ", ".join(journey.tags))
    line = "   \u00b7   ".join(facts)
    lines = b.wrap(line, b.right - x, 10.0)
    for index, text in enumerate(lines):
        b.text(x if index == 0 else b.left, b.y + 12.5 + index * b.line_height(10.0), text, 10.0, False, S.MUTED)
    b.y += 17.0 + 8.0 + max(0, len(lines) - 1) * b.line_height(10.0)

    overdue_colour = S.OVERDUE if summary.overdue else S.TEXT
    _stat_tiles(b, [
        (str(summary.stages), "stages", S.TEXT),
        (str(summary.cards), "cards", S.TEXT),
        (str(summary.actions), "actions", S.TEXT),
        (str(summary.open), "open actions", S.TEXT),
        (str(summary.overdue), "overdue", overdue_colour),
    ])
    if journey.description.strip():
        b.paragraph(journey.description, 11.0, False, S.TEXT, width=min(b.content_width, 620.0), space_after=10.0,
                    leading=1.12)


def _cut(items: list, room: float) -> list:
    used = 0.0
    for index, item in enumerate(items):
        if used + item[1] > room:
            return items[:index]
        used += item[1]
    return items


# --- summary -----------------------------------------------------------------------------


def summary_section(b: DocBuilder, summary: Summary, today: date, new_page: bool = True) -> None:
    """Counts: actions by status and by priority (overdue flagged), cards per lane kind."""
    if new_page:
        b.new_page("Summary", bookmark=("Summary", 1))
    else:
        b.section = "Summary"
    b.heading("Summary", keep_with=160.0)
    b.paragraph(
        f"{summary.actions} actions, {summary.open} open, {summary.overdue} overdue as of {today.isoformat()}; "
        f"{summary.cards} cards in {summary.stages} stages and {summary.lanes} lanes"
        + (f" over {summary.maps} maps." if summary.maps > 1 else "."),
        10.0, False, S.MUTED, space_after=8.0,
    )
    status_rows = [(S.STATUS_LABELS[k], n, S.STATUS_COLOURS[k]) for k, n in summary.by_status.items()]
    status_rows.append(("Overdue", summary.overdue, S.OVERDUE))
    priority_rows = [(S.PRIORITY_LABELS[k], n, S.PRIORITY_COLOURS[k]) for k, n in reversed(list(summary.by_priority.items()))]
    kind_rows = [(kind.label, n, S.lane_marker(S.lane_fill(kind)))
                 for kind, n in summary.cards_by_kind.items()]
    blocks = [("Actions by status", status_rows), ("Actions by priority", priority_rows), ("Cards per lane kind", kind_rows)]
    gap = 18.0
    width = (b.content_width - 2 * gap) / 3
    row_h = 17.0
    height = 22.0 + row_h * max(len(rows) for _, rows in blocks) + 6.0
    b.need(min(height, b.bottom - b.top))
    top = b.y
    x = b.left
    for title, rows in blocks:
        y = top
        b.text(x, y + 11, title, 10.0, True, S.TEXT)
        y += 22.0
        biggest = max([n for _, n, _ in rows] + [1])
        label_w = width * 0.48
        bar_room = width - label_w - 34.0
        for label, count, colour in rows:
            if y + row_h > b.bottom:
                break
            text = b.wrap(label, label_w - 4, 9.0, False, 1)
            if text:
                b.text(x, y + 11, text[0], 9.0, False, S.TEXT)
            bar = bar_room * count / biggest
            b.page.ops.append((RECT, x + label_w, y + 3, bar_room, 10.0, S.STRIPE, None, 0.0, 2.0))  # type: ignore[union-attr]
            if bar > 0:
                b.page.ops.append((RECT, x + label_w, y + 3, max(bar, 2.0), 10.0, colour, None, 0.0, 2.0))  # type: ignore[union-attr]
            b.text_right(x + width, y + 11, str(count), 9.0, True, S.OVERDUE if colour == S.OVERDUE and count else S.TEXT)
            y += row_h
        x += width + gap
    b.y = top + height + 6.0


# --- the action plan ---------------------------------------------------------------------

_CARD_KINDS_FIRST = (LaneKind.PAIN_POINTS, LaneKind.TOUCHPOINTS)


def action_plan(
    b: DocBuilder,
    rows: Sequence[ActionRow],
    group_by: GroupBy,
    today: date,
    stage_orders: Optional[Sequence[Sequence[tuple[str, str]]]] = None,
    several_maps: bool = False,
    title: str = "Action plan",
    progress: Optional[Callable[[int], None]] = None,
) -> None:
    """The actions grouped by owner or by stage, with due date, status, priority, an overdue
    flag, and the cards (pain points, touchpoints...) and stages each one addresses."""
    group_by = GroupBy(group_by)
    label = "owner" if group_by is GroupBy.OWNER else "stage"
    b.new_page(title, bookmark=(title, 1))
    b.heading(f"{title} \u00b7 by {label}")
    open_count = sum(1 for r in rows if r.action.status.is_open)
    overdue = sum(1 for r in rows if r.overdue)
    b.paragraph(
        f"{len(rows)} actions, {open_count} open, {overdue} overdue as of {today.isoformat()}."
        + (" An action that addresses several stages is listed under each." if group_by is GroupBy.STAGE else ""),
        10.0, False, S.MUTED, space_after=6.0,
    )
    if not rows:
        b.paragraph("This map has no actions yet.", 11.0, False, S.TEXT)
        return
    groups = group_rows(rows, group_by, stage_orders)
    width = b.content_width
    if group_by is GroupBy.OWNER:
        fixed = [("Due", 82.0), ("Status", 84.0), ("Priority", 66.0)]
        action_w = (width - sum(w for _, w in fixed)) * 0.52
        columns = [Column("Action", action_w)] + [Column(t, w) for t, w in fixed]
    else:
        fixed = [("Owner", 112.0), ("Due", 82.0), ("Status", 84.0), ("Priority", 66.0)]
        action_w = (width - sum(w for _, w in fixed)) * 0.5
        columns = [Column("Action", action_w)] + [Column(t, w) for t, w in fixed]
    columns.append(Column("Addresses", width - sum(c.width for c in columns)))
    done = 0
    for group in groups:
        cells = [_row_cells(b, row, columns, group_by, several_maps) for row in group.rows]
        first = b.row_height(cells[0]) if cells else 0.0
        _group_heading(b, group, keep=b.table_header_height() + min(first, b.bottom - b.top - 120.0))
        base = done

        def report(index: int, base: int = base) -> None:
            if progress is not None:
                progress(base + index)

        b.table(columns, cells, continued=group.title, on_row=report)
        done += len(group.rows)
        b.y += 10.0


def _group_heading(b: DocBuilder, group: Group, keep: float) -> None:
    """The group's title bar, kept on a page with ``keep`` points of what follows."""
    size = 11.0
    height = b.line_height(size) + 10.0
    b.need(height + 4.0 + keep)
    overdue = sum(1 for r in group.rows if r.overdue)
    count = f"{len(group.rows)} action{'s' if len(group.rows) != 1 else ''}"
    if overdue:
        count += f" \u00b7 {overdue} overdue"
    count_w = b.measurer.width(count, 9.0, bold=bool(overdue))
    ops = b.page.ops  # type: ignore[union-attr]
    ops.append((RECT, b.left, b.y, b.content_width, height, S.TINT, None, 0.0, 3.0))
    ops.append((RECT, b.left, b.y, 3.5, height, S.ACCENT, None, 0.0, 0.0))
    lines = b.wrap(group.title, b.content_width - count_w - 40.0, size, True, 1)
    if lines:
        b.text(b.left + 12.0, b.y + 5.0 + b.ascent(size), lines[0], size, True, S.TEXT)
    b.text_right(b.right - 10.0, b.y + 5.0 + b.ascent(size), count, 9.0, bool(overdue),
                 S.OVERDUE if overdue else S.MUTED)
    b.y += height + 4.0


def _row_cells(b: DocBuilder, row: ActionRow, columns: Sequence[Column], group_by: GroupBy, several_maps: bool) -> list:
    pad = 10.0
    action = row.action
    widths = [c.width - pad for c in columns]
    first: list = b.text_items(action.title.strip() or "Untitled action", widths[0], 9.5, True)
    if several_maps and row.map_title and group_by is GroupBy.OWNER:
        first += b.text_items(f"Map: {row.map_title}", widths[0], 8.0, False, S.MUTED)
    if action.description.strip():
        first.append(b.gap_item(2.0))
        first += b.text_items(action.description, widths[0], 8.5, False, S.mix(S.TEXT, S.WHITE, 0.22))
    if row.missing:
        n = len(row.missing)
        first += b.text_items(f"Names {n} card{'s' if n != 1 else ''} or stage{'s' if n != 1 else ''} not in the map",
                              widths[0], 8.0, False, S.MUTED)
    cells: list = [first]
    column = 1
    if group_by is GroupBy.STAGE:
        owner = action.owner.strip()
        cells.append(b.text_items(owner or "No owner", widths[column], 9.0, False, S.TEXT if owner else S.MUTED))
        column += 1
    due: list = b.text_items(action.due.isoformat() if action.due else "No date", widths[column], 9.0,
                             bool(row.overdue), S.OVERDUE if row.overdue else (S.TEXT if action.due else S.MUTED))
    if row.overdue:
        due.append(b.tag_item("OVERDUE", S.OVERDUE))
    cells.append(due)
    cells.append([b.dot_item(S.STATUS_LABELS[action.status], 9.0, S.STATUS_COLOURS[action.status])])
    strong = action.priority.value in ("critical", "high")
    cells.append(b.text_items(S.PRIORITY_LABELS[action.priority], widths[column + 2], 9.0, strong,
                              S.PRIORITY_COLOURS[action.priority]))
    addressed: list = []
    w = widths[-1]
    cards = sorted(row.cards, key=lambda c: (c.kind not in _CARD_KINDS_FIRST, _CARD_KINDS_FIRST.index(c.kind)
                                             if c.kind in _CARD_KINDS_FIRST else 0))
    for card in cards:
        if addressed:
            addressed.append(b.gap_item(3.0))
        kind = card.kind.label if card.kind is not None else "Card"
        label = f"{kind} \u00b7 {card.stage}" if card.stage else kind
        swatch = S.lane_marker(S.lane_fill(card.kind) if card.kind is not None else S.DEFAULT_FILL)
        first_line = b.wrap(label, w - 14.0, 8.0, True, 1)
        addressed.append(b.swatch_item(first_line[0] if first_line else kind, 8.0, swatch, S.MUTED))
        addressed += b.text_items(card.text.strip() or "(no text)", w, 8.5, False, S.TEXT)
    card_stages = {c.stage for c in row.cards}
    other_stages = [name for name in row.stage_names if name not in card_stages]
    if other_stages:
        if addressed:
            addressed.append(b.gap_item(3.0))
        addressed += b.text_items(("Stage: " if len(other_stages) == 1 else "Stages: ") + ", ".join(other_stages),
                                  w, 8.5, False, S.MUTED)
    if not addressed:
        addressed = b.text_items("Nothing linked yet", w, 8.5, False, S.MUTED)
    cells.append(addressed)
    return cells


# --- the map's pages -------------------------------------------------------------------------


def map_pages(
    b: DocBuilder,
    journey: JourneyMap,
    layout: MapLayout,
    options: LayoutOptions,
    title: str = "Map",
    outlines: Optional[Outlines] = None,
) -> MapPlan:
    """The map, on as many pages as the 7 pt rule needs; each page is in printed points.
    ``outlines`` marks cards, stages and lanes (a comparison's differences) with coloured outlines."""
    unit = b.unit
    width, height = b.paper
    left, top = b.MARGIN * unit, b.HEADER * unit
    box_w = width - 2 * b.MARGIN * unit
    box_h = height - (b.HEADER + b.FOOTER) * unit
    plan = plan_map(layout, box_w, box_h, options)
    painter = MapPainter(journey, layout, options, b.measurer, outlines)
    s = plan.scale
    frame = layout.frame
    widest = max(((frame.corner.width + t.x1 - t.x0) * s for t in plan.tiles), default=0.0)
    for number, tile in enumerate(plan.tiles):
        b.check()
        section = title
        if len(plan.tiles) > 1:
            section += f" (page {number + 1} of {len(plan.tiles)})"
        page = Page(width, height, section, [], 1.0, True)
        if number == 0:
            page.bookmarks.append((title, 1))
        x = left + max(0.0, (box_w - widest) / 2)  # centred; split maps keep one left edge
        painter.draw(page.ops, tile, s, x, top)
        b.add_page(page)
    if not plan.tiles:
        page = Page(width, height, title, [], 1.0, True)
        b.add_page(page)
    return plan


# --- the atlas's own pages ---------------------------------------------------------------------


@dataclass
class MapEntry:
    """One map of an atlas, as the export found it."""

    path: str
    group: str
    journey: Optional[JourneyMap]
    problem: str = ""


def atlas_title_page(b: DocBuilder, title: str, description: str, entries: Sequence[MapEntry], today: date,
                     summary: Summary) -> None:
    b.new_page("Title page", header=False, bookmark=(title or "Untitled atlas", 0))
    ops = b.page.ops  # type: ignore[union-attr]
    ops.append((RECT, 0.0, 0.0, b.width, 7.0, S.ACCENT, None, 0.0, 0.0))
    b.y = b.MARGIN + 18.0
    b.text(b.left, b.y, "JOURNEY ATLAS", 9.0, True, S.ACCENT)
    b.y += 12.0
    b.paragraph(title or "Untitled atlas", 26.0, True, S.TEXT, width=b.content_width * 0.85, space_after=4.0)
    b.paragraph(f"Exported {today.isoformat()}", 10.0, False, S.MUTED, space_after=10.0)
    _stat_tiles(b, [
        (str(sum(1 for e in entries if e.journey is not None)), "maps", S.TEXT),
        (str(summary.actions), "actions", S.TEXT),
        (str(summary.open), "open actions", S.TEXT),
        (str(summary.overdue), "overdue", S.OVERDUE if summary.overdue else S.TEXT),
    ])
    if description.strip():
        b.paragraph(description, 11.0, False, S.TEXT, width=min(b.content_width, 620.0), space_after=10.0, leading=1.12)
    b.heading("Maps in this atlas", 13.0, keep_with=40.0)
    columns = [Column("Map", b.content_width * 0.42), Column("Group", b.content_width * 0.16),
               Column("State", 90.0), Column("Owner", 0.0), Column("Actions", 70.0)]
    columns[3] = Column("Owner", b.content_width - sum(c.width for c in columns))
    rows = []
    for entry in entries:
        w = [c.width - 10 for c in columns]
        if entry.journey is None:
            first = b.text_items(entry.path, w[0], 9.5, True, S.TEXT)
            first += b.text_items(entry.problem, w[0], 8.5, False, S.OVERDUE)
            rows.append([first, b.text_items(entry.group, w[1], 9.0), [b.tag_item("NOT INCLUDED", S.OVERDUE)], [], []])
            continue
        j = entry.journey
        first = b.text_items(j.title or "Untitled map", w[0], 9.5, True)
        first += b.text_items(entry.path, w[0], 8.0, False, S.MUTED)
        n_open = sum(1 for a in j.actions if a.status.is_open)
        rows.append([
            first,
            b.text_items(entry.group, w[1], 9.0),
            b.text_items(_state_label(j.state), w[2], 9.0),
            b.text_items(j.owner.strip() or "\u2014", w[3], 9.0),
            b.text_items(f"{len(j.actions)} ({n_open} open)", w[4], 9.0),
        ])
    b.table(columns, rows, continued="Maps in this atlas")

