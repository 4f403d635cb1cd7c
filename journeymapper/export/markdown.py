"""A map as a Markdown summary: for a wiki page, a pull request or an email. No Qt.

Title, description, personas; per stage its goal, cards grouped by lane,
emotion scores and metrics; then the action plan as a table. Everything that
comes from the map is escaped (``escape``/``escape_cell``) so that no card
text can break the page: Markdown punctuation is backslash-escaped, ``<``,
``>`` and ``&`` become entities (so no HTML gets through), a leading ``#``,
``>``, list marker or numbered-list marker cannot start a block, and in table
cells pipes are escaped and line breaks become ``<br>``.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Optional

from ..layout import lane_title
from ..model import JourneyMap, MetricValue
from .actions import action_rows, stage_label
from .options import write_export
from .style import PRIORITY_LABELS, STATUS_LABELS

_INLINE = re.compile(r"([\\`*_\[\]{}|~!])")
_BLOCK_MARK = re.compile(r"^(\s*)([#+=-])")
_NUMBERED = re.compile(r"^(\s*\d+)([.)])")


def escape(text: str) -> str:
    """``text`` as literal Markdown inline text, one line (line breaks become spaces)."""
    return _escape_lines(" ".join(text.split()))


def escape_block(text: str) -> str:
    """Like ``escape`` but keeping line breaks (as Markdown hard breaks), for descriptions and notes."""
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    return "  \n".join(_escape_lines(line) for line in lines if line)


def escape_cell(text: str) -> str:
    """``text`` for a table cell: escaped, pipes included, line breaks as ``<br>``."""
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    return "<br>".join(_escape_lines(line) for line in lines if line)


def _escape_lines(line: str) -> str:
    line = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    line = _INLINE.sub(r"\\\1", line)
    # a line starting with "#", "-", "+", "=", or "1." would start a heading or a list
    line = _BLOCK_MARK.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
    return _NUMBERED.sub(lambda m: m.group(1) + "\\" + m.group(2), line)


def _metric(metric: MetricValue) -> str:
    when = f" ({metric.date.isoformat()})" if metric.date else ""
    source = f" — {escape(metric.source)}" if metric.source else ""
    return f"{escape(metric.name)}: {metric.value:g}{when}{source}"


def _number(value: float) -> str:
    return f"{value:+g}" if value else "0"


def markdown_summary(journey: JourneyMap, today: Optional[date] = None) -> str:
    """The summary as Markdown text (ending in one newline)."""
    today = today or date.today()
    out: list[str] = [f"# {escape(journey.title) or 'Untitled map'}", ""]
    facts = [f"State: {journey.state.value}"]
    if journey.owner:
        facts.append(f"Owner: {escape(journey.owner)}")
    if journey.review_by:
        facts.append(f"Review by: {journey.review_by.isoformat()}")
    if journey.tags:
        facts.append("Tags: " + ", ".join(escape(t) for t in journey.tags))
    out += ["  \n".join(facts), ""]
    if journey.description.strip():
        out += [escape_block(journey.description), ""]

    personas = {p.id: p for p in journey.personas}
    if journey.personas:
        out += ["## Personas", ""]
        for persona in journey.personas:
            role = f" — {escape(persona.role)}" if persona.role else ""
            out.append(f"- **{escape(persona.name) or 'Unnamed persona'}**{role}")
            if persona.quote:
                out.append(f"  - Quote: “{escape(persona.quote)}”")
            for caption, items in (("Goals", persona.goals), ("Needs", persona.needs), ("Frustrations", persona.frustrations)):
                if items:
                    out.append(f"  - {caption}: " + "; ".join(escape(item) for item in items))
        out.append("")

    scale = journey.emotion_scale
    out += ["## Stages", ""]
    for index, stage in enumerate(journey.stages):
        out += [f"### {index + 1}. {escape(stage_label(stage.name, index))}", ""]
        if stage.goal.strip():
            out += [f"**Goal:** {escape_block(stage.goal)}", ""]
        scores = [e for e in journey.emotions if e.stage == stage.id and e.card is None]
        if scores:
            parts = []
            for score in scores:
                who = escape(personas[score.persona].name) if score.persona in personas else "Map"
                label = f" ({escape(score.label)})" if score.label else ""
                parts.append(f"{who}: {_number(score.value)}{label}")
            out += [f"**Emotion** (scale {scale.minimum} to {scale.maximum}): " + "; ".join(parts), ""]
        if stage.metrics:
            out += ["**Metrics:**", ""] + [f"- {_metric(m)}" for m in stage.metrics] + [""]
        for lane in journey.lanes:
            cards = journey.cards_in_cell(lane.id, stage.id)
            if not cards:
                continue
            out.append(f"**{escape(lane_title(lane))}**")
            out.append("")
            for card in cards:
                extras = []
                if card.channel is not None:
                    extras.append(card.channel.value)
                if card.tags:
                    extras.append(", ".join(escape(t) for t in card.tags))
                if card.votes:
                    extras.append(f"{card.votes} votes")
                extras += [_metric(m) for m in card.metrics]
                suffix = f" _({'; '.join(extras)})_" if extras else ""
                out.append(f"- {escape(card.text) or '(empty card)'}{suffix}")
            out.append("")

    rows = action_rows(journey, today)
    out += ["## Action plan", ""]
    if not rows:
        out += ["No actions yet.", ""]
    else:
        out += ["| Action | Owner | Due | Status | Priority | Stages | Addresses |",
                "| --- | --- | --- | --- | --- | --- | --- |"]
        for row in rows:
            action = row.action
            due = action.due.isoformat() if action.due else ""
            if row.overdue:
                due += " (overdue)"
            cards = "\n".join(card.text for card in row.cards)
            cells = [
                escape_cell(action.title), escape_cell(action.owner), due, STATUS_LABELS[action.status],
                PRIORITY_LABELS[action.priority], escape_cell("; ".join(row.stage_names)), escape_cell(cards),
            ]
            out.append("| " + " | ".join(cell or " " for cell in cells) + " |")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def export_markdown(journey: JourneyMap, path: Path | str, today: Optional[date] = None) -> None:
    """Write the summary as UTF-8 (atomically); an ``ExportError`` names the file if it fails."""
    write_export(Path(path), markdown_summary(journey, today).encode("utf-8"))
