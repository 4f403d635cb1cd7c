"""The comparison PDF, read back with pypdf: the summary, every difference, both curves. No Qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymapper.export.compare_pdf import build_compare_pages, export_compare_pdf
from journeymapper.export.options import ExportCancelled
from journeymapper.export.pages import PATH
from journeymapper.layout.compare_palette import NEW_CURVE, OLD_CURVE
from tests.test_compare_maps import after, before


def text_of(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


def test_the_pdf_lists_every_difference(tmp_path: Path) -> None:
    out = tmp_path / "compare.pdf"
    result = export_compare_pdf(before(), after(), out, "Snapshot “after workshop 2”", "Current map")
    assert result.pages >= 1 and result.smallest_text >= 7.0
    text = text_of(out)
    assert "Comparison: Snapshot “after workshop 2” → Current map" in text
    for expected in ("Slow page", "removed", "Referral bonus", "added", "One-click checkout",
                     "text: “Checkout” → “One-click checkout”", "Use & love", "name: “Use” → “Use & love”",
                     "value: -2 → +1", "at stage “Recommend”", "Ideas", "state: “current” → “future”"):
        assert expected in text, expected
    assert "4 added 2 removed 4 changed" in text


def test_both_curves_are_drawn_for_each_scored_persona_and_the_map() -> None:
    document = build_compare_pages(before(), after(), "before", "after")
    paths = [op for page in document.pages for op in page.ops if op[0] == PATH]
    # the map's curve: before Discover→Buy→Use, after Discover→Buy; the persona has single points only
    assert {op[2] for op in paths} == {OLD_CURVE, NEW_CURVE}
    text = " ".join(op[3] for page in document.pages for op in page.ops if op[0] == 2)
    assert "Sam" in text and "Map" in text


def test_identical_maps_say_so(tmp_path: Path) -> None:
    out = tmp_path / "same.pdf"
    export_compare_pdf(before(), before(), out, "a", "b")
    assert "The two maps are the same." in text_of(out)


def test_markup_and_any_script_print_literally(tmp_path: Path) -> None:
    new = after()
    new.cards[0].text = "<b>bold</b> & 日本語 Ελληνικά"
    out = tmp_path / "scripts.pdf"
    export_compare_pdf(before(), new, out, "old <i>", "new")
    text = text_of(out)
    assert "<b>bold</b> & 日本語 Ελληνικά" in text
    assert "old <i>" in text


def test_a_cancelled_export_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(ExportCancelled):
        export_compare_pdf(before(), after(), out, "a", "b", cancelled=lambda: True)
    assert not out.exists()
