"""Metric values (CSAT, NPS... per stage or card) from a survey tool's CSV export. No Qt.

The file is UTF-8 (with or without the byte-order mark Excel writes; UTF-16
with a BOM is read too), its cells separated by commas, semicolons or tabs
(sniffed from the first lines). A first row naming the columns is recognised
by its names; without one the columns are, in order: stage or card, metric,
value, date, source.

Columns (letter case and spaces ignored): ``stage`` and/or ``card``,
``metric``, ``value``, and optionally ``date`` (ISO, ``YYYY-MM-DD``) and
``source``. A stage is matched by its id, else by its name; a card by its id,
else by its whole text (both ignoring letter case and repeated spaces; with a
stage column, only the cards of that stage). A name that two stages or cards
share is ambiguous and the row is refused, as is an unknown stage or card, a
value that is not a number (a decimal comma is accepted when cells are not
comma-separated) or a date that is not ISO. A row for the same stage or card,
metric and date as an earlier row is refused; one matching a value already on
the map replaces it (re-importing a file changes nothing).
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Literal, Optional

from ..model import JourneyMap, MetricValue

MAX_BYTES = 5_000_000
MAX_ROWS = 10_000
MAX_NAME = 200
DELIMITERS = (",", ";", "\t")

COLUMN_NAMES = {
    "stage": ("stage", "stage id", "stage name", "phase", "step"),
    "card": ("card", "card id", "card text", "touchpoint"),
    "metric": ("metric", "metric name", "name", "measure", "kpi"),
    "value": ("value", "score", "result"),
    "date": ("date", "day", "when", "measured"),
    "source": ("source", "survey"),
}
POSITIONAL = ("target", "metric", "value", "date", "source")
"""The columns of a file without a header row; ``target`` is a stage, else a card."""

TargetKind = Literal["stage", "card"]


class CsvFileError(ValueError):
    """The whole file cannot be read (too big, not text, no usable columns); the message names it."""


@dataclass(frozen=True)
class Target:
    kind: TargetKind
    id: str
    label: str
    """The stage's name or the card's text, as the preview shows it."""


@dataclass(frozen=True)
class MetricRow:
    """One row of the file: what it would import, or why it is refused."""

    number: int
    """The row's line in the file (1 is the first line), as a text editor shows it."""
    cells: tuple[str, ...]
    target: Optional[Target] = None
    metric: Optional[MetricValue] = None
    problem: str = ""
    replaces: Optional[float] = None
    """The value already on the map for this metric and date, which importing replaces."""

    @property
    def ok(self) -> bool:
        return not self.problem


@dataclass
class MetricsCsv:
    """A parsed file: every row, good or bad, and how the file was read."""

    name: str
    rows: list[MetricRow]
    delimiter: str
    has_header: bool
    columns: dict[str, int] = field(default_factory=dict)

    @property
    def good(self) -> list[MetricRow]:
        return [row for row in self.rows if row.ok]

    @property
    def bad(self) -> list[MetricRow]:
        return [row for row in self.rows if not row.ok]

    def metric_names(self) -> list[str]:
        """Names of the metrics the good rows import, in first-seen order."""
        return list(dict.fromkeys(row.metric.name for row in self.good if row.metric is not None))


# --- reading the file -------------------------------------------------------------------------


def read_metrics_csv(path: Path, journey: JourneyMap) -> MetricsCsv:
    """Read and check a CSV file against ``journey`` (which is not changed)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CsvFileError(f"{path}: the file is {size / 1e6:.1f} MB; at most {MAX_BYTES / 1e6:.0f} MB are imported")
        data = path.read_bytes()
    except OSError as error:
        raise CsvFileError(f"{path}: cannot be read: {error.strerror or error}") from None
    return parse_metrics_csv(data, journey, name=str(path), source=f"Imported from {path.name}")


def parse_metrics_csv(data: bytes, journey: JourneyMap, name: str = "CSV", source: str = "") -> MetricsCsv:
    """Check every row of a CSV file's bytes against ``journey``."""
    if len(data) > MAX_BYTES:
        raise CsvFileError(f"{name}: the file is {len(data) / 1e6:.1f} MB; at most {MAX_BYTES / 1e6:.0f} MB are imported")
    text = decode(data, name)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    line = 0
    try:
        for cells in reader:
            start, line = line + 1, reader.line_num
            if any(cell.strip() for cell in cells):
                records.append((start, cells))
            if len(records) > MAX_ROWS + 1:
                break
    except csv.Error as error:
        raise CsvFileError(f"{name}: line {reader.line_num}: {error}") from None
    if not records:
        raise CsvFileError(f"{name}: the file has no rows")
    columns = header_columns(records[0][1])
    has_header = columns is not None
    if columns is None:
        columns = {column: index for index, column in enumerate(POSITIONAL)}
    else:
        records = records[1:]
        missing = [c for c in ("metric", "value") if c not in columns]
        if "stage" not in columns and "card" not in columns:
            missing.insert(0, "stage or card")
        if missing:
            raise CsvFileError(f"{name}: line 1: the header has no {' and no '.join(missing)} column")
    matcher = _Matcher(journey)
    rows: list[MetricRow] = []
    seen: dict[tuple[str, str, str, Optional[date]], int] = {}
    for count, (number, cells) in enumerate(records):
        if count == MAX_ROWS:
            rows.append(MetricRow(number, tuple(cells), problem=f"more than {MAX_ROWS:,} rows: this row and the ones after it are not read"))
            break
        row = _row(number, cells, columns, delimiter, matcher, source)
        if row.ok and row.target is not None and row.metric is not None:
            key = (row.target.kind, row.target.id, row.metric.name.casefold(), row.metric.date)
            if key in seen:
                row = MetricRow(number, row.cells, row.target, row.metric,
                                f"the same {row.target.kind}, metric and date as row {seen[key]}")
            else:
                seen[key] = number
        rows.append(row)
    return MetricsCsv(name, rows, delimiter, has_header, columns)


def decode(data: bytes, name: str) -> str:
    """The file's text: UTF-8 (BOM or not), or UTF-16 with a BOM; anything else names the first bad line."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise CsvFileError(f"{name}: not valid UTF-16 text") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CsvFileError(
            f"{name}: line {line}: not UTF-8 text; save the file as “CSV UTF-8” and import it again"
        ) from None


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number (>1) of cells most often."""
    sample = [line for line in text.splitlines()[:20] if line.strip()]
    best, best_score = ",", (-1.0, 0)
    for delimiter in DELIMITERS:
        counts = [len(cells) for cells in csv.reader(sample, delimiter=delimiter)]
        if not counts or max(counts) < 2:
            continue
        typical = max(set(counts), key=counts.count)
        score = (counts.count(typical) / len(counts) if typical > 1 else 0.0, typical)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def header_columns(cells: list[str]) -> Optional[dict[str, int]]:
    """Column positions if ``cells`` is a header row (at least two known column names), else None."""
    names = {alias: column for column, aliases in COLUMN_NAMES.items() for alias in aliases}
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        column = names.get(_normal(cell.replace("_", " ")))
        if column is not None and column not in found:
            found[column] = index
    return found if len(found) >= 2 else None


# --- one row --------------------------------------------------------------------------------


def _row(number: int, cells: list[str], columns: dict[str, int], delimiter: str, matcher: "_Matcher",
         source: str) -> MetricRow:
    def cell(column: str) -> str:
        index = columns.get(column)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    frozen = tuple(cells)
    target, problem = matcher.target(cell("stage"), cell("card"), cell("target"))
    if target is None:
        return MetricRow(number, frozen, problem=problem)
    name = " ".join(cell("metric").split())
    if not name:
        return MetricRow(number, frozen, target, problem="no metric name")
    if len(name) > MAX_NAME:
        return MetricRow(number, frozen, target, problem=f"the metric name is longer than {MAX_NAME} characters")
    value, problem = parse_number(cell("value"), delimiter)
    if value is None:
        return MetricRow(number, frozen, target, problem=problem)
    when, problem = parse_date(cell("date"))
    if problem:
        return MetricRow(number, frozen, target, problem=problem)
    metric = MetricValue(name=name, value=value, date=when, source=(cell("source") or source)[:1000])
    existing = matcher.existing(target, name, when)
    return MetricRow(number, frozen, target, metric, replaces=existing.value if existing else None)


_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")


def parse_number(text: str, delimiter: str = ",") -> tuple[Optional[float], str]:
    """A finite number, or None and why not."""
    if not text:
        return None, "no value"
    candidate = text.replace(",", ".") if delimiter != "," and _DECIMAL_COMMA.match(text) else text
    try:
        value = float(candidate)
    except ValueError:
        return None, f"“{_short(text)}” is not a number"
    if not math.isfinite(value):
        return None, f"“{_short(text)}” is not a number"
    return value, ""


def parse_date(text: str) -> tuple[Optional[date], str]:
    """An ISO date (a date and time gives its date), None when empty, or why it is not one."""
    if not text:
        return None, ""
    try:
        return date.fromisoformat(text), ""
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date(), ""
    except ValueError:
        return None, f"“{_short(text)}” is not a date as YYYY-MM-DD"


def _short(text: str, length: int = 40) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


class _Matcher:
    """Finds the stage or card a row names, by id first, then by name or text."""

    def __init__(self, journey: JourneyMap) -> None:
        self.journey = journey
        self.stage_ids = {s.id: s for s in journey.stages}
        self.card_ids = {c.id: c for c in journey.cards}
        self.stages_by_name: dict[str, list[str]] = {}
        for stage in journey.stages:
            self.stages_by_name.setdefault(_normal(stage.name), []).append(stage.id)
        self.cards_by_text: dict[str, list[str]] = {}
        for card in journey.cards:
            self.cards_by_text.setdefault(_normal(card.text), []).append(card.id)

    def stage(self, text: str) -> tuple[list[str], str]:
        if text in self.stage_ids:
            return [text], ""
        found = self.stages_by_name.get(_normal(text), [])
        if not found:
            return [], f"no stage named “{_short(text)}”"
        if len(found) > 1:
            return [], f"ambiguous: {len(found)} stages are named “{_short(text)}” (use the stage id)"
        return found, ""

    def card(self, text: str, stage_id: Optional[str]) -> tuple[list[str], str]:
        if text in self.card_ids and (stage_id is None or self.card_ids[text].stage == stage_id):
            return [text], ""
        found = [i for i in self.cards_by_text.get(_normal(text), []) if stage_id is None or self.card_ids[i].stage == stage_id]
        where = f" in stage “{_short(self.stage_ids[stage_id].name)}”" if stage_id else ""
        if not found:
            return [], f"no card with the text “{_short(text)}”{where}"
        if len(found) > 1:
            return [], f"ambiguous: {len(found)} cards{where} have the text “{_short(text)}” (use the card id)"
        return found, ""

    def target(self, stage: str, card: str, either: str) -> tuple[Optional[Target], str]:
        if either:  # a file without a header: a stage if one has that name, else a card
            stages, stage_problem = self.stage(either)
            cards, _ = self.card(either, None)
            if stages and cards:
                return None, f"ambiguous: “{_short(either)}” names a stage and a card (add a header row with a stage or card column)"
            if stages:
                return self._target("stage", stages[0]), ""
            if cards:
                return self._target("card", cards[0]), ""
            if stage_problem.startswith("ambiguous"):
                return None, stage_problem
            return None, f"no stage or card named “{_short(either)}”"
        stage_id = None
        if stage:
            stages, problem = self.stage(stage)
            if not stages:
                return None, problem
            stage_id = stages[0]
        if card:
            cards, problem = self.card(card, stage_id)
            return (self._target("card", cards[0]), "") if cards else (None, problem)
        if stage_id is not None:
            return self._target("stage", stage_id), ""
        return None, "no stage or card given"

    def _target(self, kind: TargetKind, item_id: str) -> Target:
        label = self.stage_ids[item_id].name if kind == "stage" else self.card_ids[item_id].text
        return Target(kind, item_id, label)

    def existing(self, target: Target, name: str, when: Optional[date]) -> Optional[MetricValue]:
        item = self.stage_ids[target.id] if target.kind == "stage" else self.card_ids[target.id]
        return next((m for m in item.metrics if m.name.casefold() == name.casefold() and m.date == when), None)


# --- applying -----------------------------------------------------------------------------


def merged_metrics(journey: JourneyMap, rows: Iterable[MetricRow]) -> dict[tuple[TargetKind, str], list[MetricValue]]:
    """The new metric list of every stage and card the good rows touch (the map is not changed).

    A value for a metric and date the item already has replaces it in place; new
    values are added after the existing ones, in file order.
    """
    result: dict[tuple[TargetKind, str], list[MetricValue]] = {}
    for row in rows:
        if not row.ok or row.target is None or row.metric is None:
            continue
        key = (row.target.kind, row.target.id)
        if key not in result:
            item = journey.stage(row.target.id) if row.target.kind == "stage" else journey.card(row.target.id)
            assert item is not None, row.target
            result[key] = [m.model_copy() for m in item.metrics]
        metrics = result[key]
        same = next((i for i, m in enumerate(metrics) if m.name.casefold() == row.metric.name.casefold()
                     and m.date == row.metric.date), None)
        if same is None:
            metrics.append(row.metric)
        else:
            metrics[same] = row.metric
    return result


# --- emotion scores from a metric -----------------------------------------------------------

KNOWN_RANGES = {"csat": (1.0, 5.0), "nps": (-100.0, 100.0), "ces": (1.0, 7.0)}
"""Usual ranges by metric name (the first word, letter case ignored): CSAT 1-5, NPS -100..100, CES 1-7."""


def suggested_range(metric: str, values: Iterable[float]) -> tuple[float, float]:
    """The range to map onto the emotion scale: a known metric's, else the values' own."""
    words = re.findall(r"[a-z]+", metric.casefold())
    for word in words:
        if word in KNOWN_RANGES:
            return KNOWN_RANGES[word]
    numbers = list(values)
    if not numbers or min(numbers) == max(numbers):
        low = min(numbers) if numbers else 0.0
        return low, low + 1.0
    return min(numbers), max(numbers)


@dataclass(frozen=True)
class LinearMapping:
    """``low`` of the metric is the scale's minimum, ``high`` its maximum, straight line between."""

    low: float
    high: float
    minimum: int
    maximum: int

    def __post_init__(self) -> None:
        if not (math.isfinite(self.low) and math.isfinite(self.high)) or self.low == self.high:
            raise ValueError("the metric's low and high values must differ")

    def score(self, value: float) -> float:
        """The emotion score for ``value``: inside the scale (values outside the range are clamped), 2 decimals."""
        fraction = min(1.0, max(0.0, (value - self.low) / (self.high - self.low)))
        return round(self.minimum + fraction * (self.maximum - self.minimum), 2)


def latest_stage_values(rows: Iterable[MetricRow], metric: str) -> dict[str, float]:
    """Each stage's most recent value of ``metric`` among the good rows (an undated value counts as oldest).

    The good rows hold one value per stage, metric and date, so "most recent" is one value.
    """
    latest: dict[str, tuple[date, float]] = {}
    for row in rows:
        if not row.ok or row.target is None or row.metric is None or row.target.kind != "stage":
            continue
        if row.metric.name.casefold() != metric.casefold():
            continue
        when = row.metric.date or date.min
        if row.target.id not in latest or when >= latest[row.target.id][0]:
            latest[row.target.id] = (when, row.metric.value)
    return {stage: value for stage, (_, value) in latest.items()}


def derived_emotions(rows: Iterable[MetricRow], metric: str, mapping: LinearMapping) -> dict[str, float]:
    """The emotion score of each stage the file gives ``metric`` for."""
    return {stage: mapping.score(value) for stage, value in latest_stage_values(rows, metric).items()}
