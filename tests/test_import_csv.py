"""Metric values from CSV: sniffing, header detection, matching, row-by-row problems. No Qt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from journeymapper.imports import metrics_csv as mc
from journeymapper.model import Card, JourneyMap, Lane, LaneKind, MetricValue, Stage
from test_headless_core import qt_modules_after_importing


def journey() -> JourneyMap:
    return JourneyMap(
        stages=[
            Stage(id="stage-discover", name="Discover",
                  metrics=[MetricValue(name="CSAT", value=3.1, date=date(2026, 9, 30))]),
            Stage(id="stage-buy", name="Buy"),
            Stage(id="stage-help-1", name="Get help"),
            Stage(id="stage-help-2", name="Get  HELP"),
        ],
        lanes=[Lane(id="lane-tp", kind=LaneKind.TOUCHPOINTS)],
        cards=[
            Card(id="card-web", lane="lane-tp", stage="stage-buy", text="Website checkout"),
            Card(id="card-app", lane="lane-tp", stage="stage-discover", text="Mobile app"),
            Card(id="card-app-2", lane="lane-tp", stage="stage-buy", text="Mobile app"),
        ],
    )


GOOD_AND_BAD = (
    "stage,card,metric,value,date\n"          # 1
    "Discover,,CSAT,3.9,2026-10-31\n"         # 2 good
    "stage-buy,,NPS,-12,2026-10-31\n"         # 3 good, by id
    "Nowhere,,CSAT,4,2026-10-31\n"            # 4 unknown stage
    "Buy,,CSAT,four,2026-10-31\n"             # 5 not a number
    "Buy,,CSAT,4.2,31/10/2026\n"              # 6 bad date
    "Get help,,CSAT,2.0,2026-10-31\n"         # 7 ambiguous stage
    ",Mobile app,Taps,120,2026-10-31\n"       # 8 ambiguous card
    "Buy,Mobile app,Taps,95,2026-10-31\n"     # 9 good: the stage narrows the card
    "Buy,,,4,2026-10-31\n"                    # 10 no metric
    "\n"                                      # 11 blank: skipped
    "discover,,CSAT,4.0,2026-10-31\n"         # 12 same as row 2
)


def test_each_bad_row_is_reported_with_its_number_and_reason() -> None:
    parsed = mc.parse_metrics_csv(GOOD_AND_BAD.encode(), journey(), "survey.csv", "Imported from survey.csv")
    assert parsed.has_header and parsed.delimiter == ","
    problems = {row.number: row.problem for row in parsed.bad}
    assert sorted(problems) == [4, 5, 6, 7, 8, 10, 12]
    assert "no stage named “Nowhere”" in problems[4]
    assert "“four” is not a number" in problems[5]
    assert "“31/10/2026” is not a date" in problems[6]
    assert problems[7].startswith("ambiguous: 2 stages")
    assert problems[8].startswith("ambiguous: 2 cards")
    assert problems[10] == "no metric name"
    assert "as row 2" in problems[12]
    good = {row.number: row for row in parsed.good}
    assert sorted(good) == [2, 3, 9]
    assert good[2].target.id == "stage-discover" and good[2].metric.value == 3.9
    assert good[3].target.id == "stage-buy" and good[3].metric.value == -12
    assert good[9].target == mc.Target("card", "card-app-2", "Mobile app")
    assert good[2].metric.source == "Imported from survey.csv" and good[2].metric.date == date(2026, 10, 31)


def test_semicolons_bom_and_decimal_commas_are_read() -> None:
    data = "\ufeffStage;Metric;Value;Date;Source\nDiscover;CSAT;3,9;2026-10-31;Q4 wave\n".encode("utf-8")
    parsed = mc.parse_metrics_csv(data, journey())
    assert parsed.delimiter == ";" and parsed.has_header
    [row] = parsed.rows
    assert row.ok and row.metric.value == 3.9 and row.metric.source == "Q4 wave"


def test_tabs_and_no_header_use_the_positional_columns() -> None:
    data = b"Discover\tCSAT\t4.5\t2026-11-01\nWebsite checkout\tClicks\t17\t\n"
    parsed = mc.parse_metrics_csv(data, journey())
    assert parsed.delimiter == "\t" and not parsed.has_header
    first, second = parsed.rows
    assert first.number == 1 and first.target.kind == "stage" and first.metric.value == 4.5
    assert second.target == mc.Target("card", "card-web", "Website checkout") and second.metric.date is None


def test_utf16_from_excel_is_read() -> None:
    data = "stage\tmetric\tvalue\nBuy\tCSAT\t4\n".encode("utf-16")
    assert mc.parse_metrics_csv(data, journey()).good[0].target.id == "stage-buy"


def test_a_value_already_on_the_map_is_replaced_not_duplicated() -> None:
    source = journey()
    parsed = mc.parse_metrics_csv(b"stage,metric,value,date\nDiscover,csat,4.4,2026-09-30\nDiscover,CSAT,4.6,2026-10-31\n", source)
    assert [row.replaces for row in parsed.rows] == [3.1, None]
    merged = mc.merged_metrics(source, parsed.rows)
    assert [(m.name, m.value) for m in merged[("stage", "stage-discover")]] == [("csat", 4.4), ("CSAT", 4.6)]
    assert source.stage("stage-discover").metrics[0].value == 3.1, "the map itself is not changed"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "has no rows"),
        (b"stage,value\nBuy,4\n", "no metric"),
        (b"metric,value\nCSAT,4\n", "no stage or card"),
        (b"stage,metric,value\nBuy,CSAT,4\n\xff\xfe\x00oops\n", "line 3: not UTF-8"),
    ],
)
def test_files_that_cannot_be_read_name_the_reason(data: bytes, message: str) -> None:
    with pytest.raises(mc.CsvFileError, match=message) as caught:
        mc.parse_metrics_csv(data, journey(), "survey.csv")
    assert "survey.csv" in str(caught.value)


def test_size_and_row_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mc, "MAX_ROWS", 3)
    data = b"stage,metric,value\n" + b"Buy,CSAT,4\n" * 5
    parsed = mc.parse_metrics_csv(data, journey())
    assert len(parsed.good) == 1  # the same stage/metric/date twice is refused after the first
    assert parsed.rows[-1].number == 5 and "more than 3 rows" in parsed.rows[-1].problem
    monkeypatch.setattr(mc, "MAX_BYTES", 10)
    big = tmp_path / "big.csv"
    big.write_bytes(data)
    with pytest.raises(mc.CsvFileError, match="big.csv: the file is"):
        mc.read_metrics_csv(big, journey())


def test_linear_mapping_and_derived_emotions() -> None:
    mapping = mc.LinearMapping(1, 5, -2, 2)
    assert [mapping.score(v) for v in (1, 2, 3, 4.5, 5, 7, 0)] == [-2, -1, 0, 1.5, 2, 2, -2]
    with pytest.raises(ValueError):
        mc.LinearMapping(3, 3, -2, 2)
    data = (b"stage,metric,value,date\nDiscover,CSAT,2,2026-09-30\nDiscover,CSAT,5,2026-10-31\n"
            b"Buy,CSAT,3,2026-10-31\nBuy,CSAT,4,2026-10-31\nBuy,NPS,40,2026-10-31\n")
    rows = [r for r in mc.parse_metrics_csv(data, journey()).rows]
    # each stage's latest value; Buy's second CSAT of the same date is refused as a repeat
    assert mc.derived_emotions(rows, "CSAT", mapping) == {"stage-discover": 2.0, "stage-buy": 0.0}
    assert mc.suggested_range("CSAT (1-5)", [2, 3]) == (1, 5)
    assert mc.suggested_range("NPS", [40]) == (-100, 100)
    assert mc.suggested_range("Calls", [10, 40, 25]) == (10, 40)


def test_the_importers_load_no_qt() -> None:
    assert qt_modules_after_importing(
        "journeymapper.imports.metrics_csv", "journeymapper.imports.mermaid", "journeymapper.export.markdown"
    ) == []
