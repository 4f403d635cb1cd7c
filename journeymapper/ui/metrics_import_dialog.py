"""File > Import > Metrics from CSV: the preview, row by row, before anything changes.

Every row of the file is listed with what it would set, or why it is skipped
(bad rows in the error colour, their reason in the Status column); the count
of good rows is on the Import button. Optionally the stages' emotion scores are
derived from one metric, with the linear mapping spelled out (for example CSAT
1 -> -2 and 5 -> +2) and each stage's resulting score listed before the user
confirms. Nothing changes until Import is pressed.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..imports.metrics_csv import LinearMapping, MetricRow, MetricsCsv, derived_emotions, suggested_range
from ..model import JourneyMap

ERROR_COLOUR = "#C0392B"
COLUMNS = ("row", "target", "metric", "value", "date", "status")


def tr(text: str) -> str:
    return QCoreApplication.translate("metrics_import", text)


def _headers() -> list[str]:
    return [tr("Row"), tr("Stage or card"), tr("Metric"), tr("Value"), tr("Date"), tr("Status")]


def _rows(count: int, one: str, many: str) -> str:
    """"1 row", "3 rows": English plurals without a translation file (the words go through tr)."""
    return f"{count} {one if count == 1 else many}"


class MetricsImportDialog(QDialog):
    """The preview of one CSV file against one map; ``derive()`` is the emotion choice once accepted."""

    def __init__(self, parsed: MetricsCsv, journey: JourneyMap, curve_owner: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("metrics_import_dialog")
        self.parsed = parsed
        self.journey = journey
        self.setWindowTitle(tr("Import Metrics from CSV"))
        good, bad = len(parsed.good), len(parsed.bad)
        self.summary = QLabel()
        self.summary.setObjectName("metrics_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        text = tr("%1: %2 can be imported, %3 problems and will be skipped.") if bad else tr(
            "%1: %2 can be imported.")
        self.summary.setText(text.replace("%1", parsed.name).replace("%2", _rows(good, tr("row"), tr("rows")))
                             .replace("%3", _rows(bad, tr("row has"), tr("rows have"))))
        self.table = QTableWidget(len(parsed.rows), len(COLUMNS))
        self.table.setObjectName("metrics_rows")
        self.table.setAccessibleName(tr("Rows of the file"))
        self.table.setHorizontalHeaderLabels(_headers())
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for index, row in enumerate(parsed.rows):
            self._fill(index, row)

        self.derive_box = QGroupBox(tr("Also set the stages' emotion scores from a metric"))
        self.derive_box.setObjectName("derive_box")
        self.derive_box.setCheckable(True)
        self.derive_box.setChecked(False)
        self.metric_box = QComboBox()
        self.metric_box.setObjectName("derive_metric")
        self.metric_box.addItems(parsed.metric_names())
        self.low, self.high = QDoubleSpinBox(), QDoubleSpinBox()
        for spin, name in ((self.low, "derive_low"), (self.high, "derive_high")):
            spin.setObjectName(name)
            spin.setRange(-1e9, 1e9)
            spin.setDecimals(2)
        self.mapping_text = QLabel()
        self.mapping_text.setObjectName("derive_mapping")
        self.mapping_text.setWordWrap(True)
        self.mapping_text.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout(self.derive_box)
        form.addRow(tr("&Metric:"), self.metric_box)
        span = QHBoxLayout()
        span.addWidget(self.low)
        span.addWidget(QLabel(tr("to")))
        span.addWidget(self.high)
        span.addStretch(1)  # the two numbers side by side, not pushed to the dialog's edges
        low_caption = QLabel(tr("&Range:"))
        low_caption.setBuddy(self.low)
        form.addRow(low_caption, span)
        form.addRow(self.mapping_text)
        self.curve_owner = curve_owner
        self.derive_box.setEnabled(self.metric_box.count() > 0)
        self.metric_box.currentTextChanged.connect(self._metric_chosen)
        self.low.valueChanged.connect(self._describe)
        self.high.valueChanged.connect(self._describe)
        self.derive_box.toggled.connect(self._describe)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        import_text = tr("&Import 1 Row") if good == 1 else tr("&Import %1 Rows").replace("%1", str(good))
        self.import_button = self.buttons.addButton(import_text,
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(good > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.derive_box)
        layout.addWidget(self.buttons)
        self.import_button.setDefault(True)  # the preview is the confirmation: Enter imports, Escape cancels
        self.resize(820, 520)
        self._metric_chosen(self.metric_box.currentText())

    def _fill(self, index: int, row: MetricRow) -> None:
        if row.metric is not None:
            metric, value = row.metric.name, f"{row.metric.value:g}"
            when = row.metric.date.isoformat() if row.metric.date else ""
        else:  # a refused row shows what the file says, so the user can find the mistake
            metric, value, when = (self._raw(row, column) for column in ("metric", "value", "date"))
        if row.target is not None:
            target = row.target.label if row.target.kind == "stage" else tr("Card: %1").replace("%1", row.target.label)
        else:
            target = " / ".join(t for t in (self._raw(row, c) for c in ("stage", "card", "target")) if t)
        if not row.ok:
            status = "✗ " + row.problem
        elif row.replaces is not None:
            status = tr("replaces %1").replace("%1", f"{row.replaces:g}")
        else:
            status = tr("new")
        for column, text in enumerate((str(row.number), target, metric, value, when, status)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if not row.ok:
                item.setForeground(QBrush(QColor(ERROR_COLOUR)))
            self.table.setItem(index, column, item)

    def _raw(self, row: MetricRow, column: str) -> str:
        position = self.parsed.columns.get(column)
        return row.cells[position].strip() if position is not None and position < len(row.cells) else ""

    def _metric_chosen(self, name: str) -> None:
        values = [r.metric.value for r in self.parsed.good if r.metric is not None and r.metric.name == name]
        low, high = suggested_range(name, values)
        self.low.blockSignals(True)
        self.low.setValue(low)
        self.low.blockSignals(False)
        self.high.setValue(high)
        self._describe()

    def mapping(self) -> Optional[LinearMapping]:
        scale = self.journey.emotion_scale
        try:
            return LinearMapping(self.low.value(), self.high.value(), scale.minimum, scale.maximum)
        except ValueError:
            return None

    def derive(self) -> Optional[tuple[str, dict[str, float]]]:
        """The metric and the stage scores to set, or None when not asked for (or not possible)."""
        mapping = self.mapping()
        if not self.derive_box.isChecked() or mapping is None or not self.metric_box.currentText():
            return None
        scores = derived_emotions(self.parsed.rows, self.metric_box.currentText(), mapping)
        return (self.metric_box.currentText(), scores) if scores else None

    def _describe(self) -> None:
        mapping, name = self.mapping(), self.metric_box.currentText()
        if mapping is None:
            self.mapping_text.setText(tr("The two ends of the range must differ."))
            self._ready(False)
            return
        rule = tr("Linear: %1 %2 → %3, %1 %4 → %5 (values outside are clamped); each stage's latest value is "
                  "used, on %6.")
        rule = (rule.replace("%1", name).replace("%2", f"{mapping.low:g}").replace("%3", f"{mapping.minimum:+d}")
                .replace("%4", f"{mapping.high:g}").replace("%5", f"{mapping.maximum:+d}").replace("%6", self.curve_owner))
        scores = derived_emotions(self.parsed.rows, name, mapping)
        stages = [(s.name, scores[s.id]) for s in self.journey.stages if s.id in scores]
        if stages:
            rule += "\n" + "; ".join(f"{stage}: {score:+g}" for stage, score in stages)
        else:
            rule += "\n" + tr("No stage has a value of this metric in the file (card values do not set emotions).")
        self.mapping_text.setText(rule)
        self._ready(True)

    def _ready(self, mapping_ok: bool) -> None:
        self.import_button.setEnabled(bool(self.parsed.good) and (mapping_ok or not self.derive_box.isChecked()))

