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


def _outline_around(page, text: str, colour: str) -> bool:
    """Whether ``page`` has an unfilled RECT in ``colour`` round a card box that holds ``text``."""
    from journeymapper.export.pages import RECT, TEXT

    spot = next((op for op in page.ops if op[0] == TEXT and op[3] == text), None)
    if spot is None:
        return False
    boxes = [op for op in page.ops if op[0] == RECT and op[5] is not None and op[6] is not None
             and op[1] <= spot[1] <= op[1] + op[3] and op[2] <= spot[2] <= op[2] + op[4]]
    outlines = [op for op in page.ops if op[0] == RECT and op[5] is None and op[6] == colour]
    return any(o[1] < b[1] and o[2] < b[2] and b[1] + b[3] < o[1] + o[3] and b[2] + b[4] < o[2] + o[4]
               for o in outlines for b in boxes)


def test_both_maps_are_drawn_after_the_summary_with_their_differences_outlined() -> None:
    from journeymapper.export.pages import RECT, smallest_text
    from journeymapper.layout.compare_palette import ADDED, CHANGED, REMOVED

    document = build_compare_pages(before(), after(), "snapshot", "current")
    sections = [page.section for page in document.pages]
    assert sections[0] == "Summary" and sections[1].startswith("Before: snapshot")
    old_pages = [page for page in document.pages if page.section.startswith("Before: snapshot")]
    new_pages = [page for page in document.pages if page.section.startswith("After: current")]
    assert old_pages and new_pages and document.map_pages == len(old_pages) + len(new_pages)
    assert sections.index(new_pages[0].section) < sections.index("Emotion curves")

    def on(pages, text: str, colour: str) -> bool:
        return any(_outline_around(page, text, colour) for page in pages)

    assert on(old_pages, "Slow page", REMOVED) and on(old_pages, "Checkout", CHANGED)
    assert on(new_pages, "Referral bonus", ADDED) and on(new_pages, "One-click checkout", CHANGED)
    assert not on(old_pages, "Ad", CHANGED) and not on(new_pages, "Ad", ADDED)  # unchanged: no outline
    colours = lambda pages: {op[6] for page in pages for op in page.ops if op[0] == RECT and op[5] is None}  # noqa: E731
    assert ADDED not in colours(old_pages) and REMOVED not in colours(new_pages)
    # the added stage and lane are outlined too (their headers), and each page has the legend
    for header in ("Recommend", "Ideas"):
        assert any(o[0] == RECT and o[5] is None and o[6] == ADDED and o[1] < t[1] < o[1] + o[3] and o[2] < t[2] < o[2] + o[4]
                   for page in new_pages for t in page.ops if t[0] == 2 and t[3] == header for o in page.ops), header
    for pages, marks in ((old_pages, ("removed", "changed")), (new_pages, ("added", "changed"))):
        for page in pages:
            words = [op[3] for op in page.ops if op[0] == 2]
            assert "Outlined:" in words and all(mark in words for mark in marks)
    assert smallest_text(document.pages) >= 7.0


def test_the_pdf_shows_both_maps_titles_and_cards(tmp_path: Path) -> None:
    out = tmp_path / "maps.pdf"
    result = export_compare_pdf(before(), after(), out, "snapshot", "current")
    assert result.smallest_text >= 7.0 and result.map_pages >= 2
    pages = [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(out)).pages]
    old_map = next(text for text in pages if "Before: snapshot" in text and "Outlined:" in text)
    assert "Broadband" in old_map and "Slow page" in old_map and "Checkout" in old_map
    new_maps = " ".join(text for text in pages if "After: current" in text and "Outlined:" in text)
    assert "Broadband (future)" in new_maps and "Referral bonus" in new_maps and "One-click checkout" in new_maps
    assert "Slow page" not in new_maps
