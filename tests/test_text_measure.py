"""The text measurer and the TrueType metrics reader (no Qt, no display)."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper.layout import ELLIPSIS, FontError, TextMeasurer, load_font, parse_font
from journeymapper.resources import resource_path

REGULAR = resource_path("fonts", "DejaVuSans.ttf")
BOLD = resource_path("fonts", "DejaVuSans-Bold.ttf")
TOLERANCE = 1e-6


@pytest.fixture(scope="module")
def measurer() -> TextMeasurer:
    return TextMeasurer()


def squeeze(text: str) -> str:
    """Text without any whitespace: what wrapping must keep, in order."""
    return "".join(text.split())


def assert_fits(measurer: TextMeasurer, lines, max_width: float, size: float, bold: bool = False) -> None:
    for line in lines:
        if len(line) > 1:
            assert measurer.width(line, size, bold) <= max_width + TOLERANCE, (line, max_width)


# --- metrics -------------------------------------------------------------------------


def test_widths_add_up_and_scale_with_size(measurer: TextMeasurer) -> None:
    a, b = "Customer journey", " – Ωμέγα Привет"
    assert measurer.width(a + b, 11) == pytest.approx(measurer.width(a, 11) + measurer.width(b, 11))
    assert measurer.width(a, 22) == pytest.approx(2 * measurer.width(a, 11))
    assert measurer.width("", 11) == 0
    assert measurer.width("W", 11) > measurer.width("i", 11) > 0


def test_bold_is_wider_than_regular(measurer: TextMeasurer) -> None:
    text = "Onboarding and first bill"
    assert measurer.width(text, 11, bold=True) > measurer.width(text, 11)


def test_line_height_and_ascent(measurer: TextMeasurer) -> None:
    font = load_font(REGULAR)
    expected = (font.ascent + font.descent + font.line_gap) * 11 / font.units_per_em
    assert measurer.line_height(11) == pytest.approx(expected)
    assert 0 < measurer.ascent(11) < measurer.line_height(11)
    assert measurer.ascent(11) + measurer.descent(11) <= measurer.line_height(11) + TOLERANCE
    assert measurer.line_height(22) == pytest.approx(2 * measurer.line_height(11))


def test_missing_glyph_measures_as_notdef(measurer: TextMeasurer) -> None:
    font = load_font(REGULAR)
    assert not measurer.has_glyph("\ue000")  # private use: not in DejaVu Sans
    assert measurer.width("\ue000", font.units_per_em) == font.notdef_advance


def test_widths_match_reportlab() -> None:
    """The PDF exporter measures with reportlab: the two must agree to the last bit."""
    pdfmetrics = pytest.importorskip("reportlab.pdfbase.pdfmetrics")
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("JMTestDejaVu", str(REGULAR)))
    pdfmetrics.registerFont(TTFont("JMTestDejaVuBold", str(BOLD)))
    measurer = TextMeasurer(REGULAR, BOLD)
    text = "Héllo wörld — Ωμέγα, Привет! 1½ “quotes” fi AVAWAY 漢"
    assert measurer.width(text, 11) == pytest.approx(pdfmetrics.stringWidth(text, "JMTestDejaVu", 11))
    assert measurer.width(text, 9.5, bold=True) == pytest.approx(
        pdfmetrics.stringWidth(text, "JMTestDejaVuBold", 9.5)
    )


# --- the font reader ------------------------------------------------------------------


def test_fonts_are_parsed_once_per_path() -> None:
    assert load_font(REGULAR) is load_font(str(REGULAR))
    font = load_font(REGULAR)
    assert font.units_per_em == 2048
    assert font.has_char("A") and font.advance("A") > 0
    assert len(font.advances) > 3000


@pytest.mark.parametrize("keep", [0, 11, 200, 5_000, 100_000])
def test_truncated_font_raises_a_clear_error(tmp_path, keep: int) -> None:
    data = REGULAR.read_bytes()[:keep]
    broken = tmp_path / f"broken-{keep}.ttf"
    broken.write_bytes(data)
    with pytest.raises(FontError) as caught:
        load_font(broken)
    message = str(caught.value)
    assert broken.name in message
    assert "truncated" in message or "too short" in message


def test_damaged_fonts_raise_font_error(tmp_path) -> None:
    with pytest.raises(FontError, match="not a TrueType"):
        parse_font(b"This is not a font at all, just text.", "notes.ttf")
    data = bytearray(REGULAR.read_bytes())
    # scramble the table directory's offsets
    for index in range(12 + 8, 12 + 16 * 4, 16):
        data[index : index + 4] = b"\xff\xff\xff\x00"
    with pytest.raises(FontError):
        parse_font(bytes(data), "scrambled.ttf")
    with pytest.raises(FontError, match="cannot read"):
        load_font(tmp_path / "missing.ttf")


def test_measurer_with_a_broken_font_fails_at_construction(tmp_path) -> None:
    broken = tmp_path / "half.ttf"
    broken.write_bytes(REGULAR.read_bytes()[: 300_000])
    with pytest.raises(FontError):
        TextMeasurer(broken, BOLD)


# --- wrapping ------------------------------------------------------------------------


def test_short_text_stays_on_one_line(measurer: TextMeasurer) -> None:
    assert measurer.break_lines("Buy online", 200, 11) == ("Buy online",)
    assert measurer.break_lines("", 200, 11) == ()
    assert measurer.break_lines("   ", 200, 11) == ()


def test_wraps_at_spaces_within_the_width(measurer: TextMeasurer) -> None:
    text = "The customer compares three broadband offers and reads reviews before calling the hotline"
    lines = measurer.break_lines(text, 120, 11)
    assert len(lines) > 2
    assert_fits(measurer, lines, 120, 11)
    assert " ".join(lines) == text
    # greedy: the next line's first word would not have fitted on the previous line
    for line, following in zip(lines, lines[1:]):
        assert measurer.width(line + " " + following.split(" ")[0], 11) > 120


def test_explicit_newlines_and_spaces(measurer: TextMeasurer) -> None:
    assert measurer.break_lines("first\n\nthird\r\nfourth\n", 300, 11) == ("first", "", "third", "fourth")
    assert measurer.break_lines("a  \t b", 300, 11) == ("a b",)


def test_long_words_break_between_characters(measurer: TextMeasurer) -> None:
    word = "Donaudampfschifffahrtsgesellschaftskapitänsmütze"
    lines = measurer.break_lines(f"see {word} now", 60, 11)
    assert_fits(measurer, lines, 60, 11)
    assert squeeze("".join(lines)) == squeeze(f"see {word} now")
    assert len(lines) > 3


def test_a_character_wider_than_the_line_gets_its_own_line(measurer: TextMeasurer) -> None:
    assert measurer.break_lines("WWW", 2, 11) == ("W", "W", "W")
    assert measurer.break_lines("W x", 2, 11) == ("W", "x")


def test_hyphens_are_break_opportunities(measurer: TextMeasurer) -> None:
    lines = measurer.break_lines("well-known", measurer.width("well-kn", 11), 11)
    assert lines == ("well-", "known")


def test_truncation_ends_with_an_ellipsis_that_fits(measurer: TextMeasurer) -> None:
    text = " ".join(["Waiting on the phone for twenty minutes"] * 10)
    lines, cut = measurer.wrap(text, 150, 11, max_lines=3)
    assert len(lines) == 3 and cut
    assert lines[-1].endswith(ELLIPSIS)
    assert_fits(measurer, lines, 150, 11)
    assert measurer.break_lines(text, 150, 11, max_lines=3) == lines
    full = measurer.break_lines(text, 150, 11)
    assert lines[:2] == full[:2]
    # exactly enough lines: no ellipsis
    lines, cut = measurer.wrap(text, 150, 11, max_lines=len(full))
    assert lines == full and not cut
    # more paragraphs than lines
    assert measurer.break_lines("one\ntwo\nthree", 150, 11, max_lines=2) == ("one", "two" + ELLIPSIS)
    assert measurer.break_lines("one\n\nthree", 150, 11, max_lines=2) == ("one", ELLIPSIS)
    assert measurer.break_lines("anything", 150, 11, max_lines=0) == ()


def test_ellipsis_on_a_full_line_shortens_it(measurer: TextMeasurer) -> None:
    text = "x" * 400
    (line,) = measurer.break_lines(text, 100, 11, max_lines=1)
    assert line.endswith(ELLIPSIS) and len(line) > 2
    assert measurer.width(line, 11) <= 100 + TOLERANCE


def test_cjk_breaks_between_characters(measurer: TextMeasurer) -> None:
    text = "顧客はウェブサイトで製品を検索し、比較してから購入を決めます。「はい」と言った。"
    width = measurer.width("顧客はウェブ", 11)
    lines = measurer.break_lines(text, width, 11)
    assert len(lines) > 3
    assert "".join(lines) == text
    assert_fits(measurer, lines, width, 11)
    for line in lines[1:]:
        assert line[0] not in "、。」", lines  # closing punctuation never starts a line
    for line in lines[:-1]:
        assert line[-1] != "「", lines  # opening punctuation never ends one


def test_mixed_latin_and_cjk(measurer: TextMeasurer) -> None:
    text = "Order 注文の確認メールが届かない email"
    lines = measurer.break_lines(text, measurer.width("Order 注文", 11), 11)
    assert squeeze("".join(lines)) == squeeze(text)
    assert_fits(measurer, lines, measurer.width("Order 注文", 11), 11)


def test_results_are_memoized(measurer: TextMeasurer) -> None:
    text = "A card whose text is wrapped the same way on screen and in the PDF"
    first = measurer.break_lines(text, 100, 11)
    assert measurer.break_lines(text, 100.0, 11.0) is first


@pytest.mark.parametrize(
    "text",
    [
        " ".join(["lorem", "ipsum", "dolor", "sit", "amet,", "consectetur", "adipiscing"] * 1500)[:50_000],
        "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(50_000)),
        "a" * 50_000,
        ("well-known " * 5000)[:50_000],
    ],
    ids=["words", "cjk", "one-word", "hyphens"],
)
def test_a_50000_character_text_breaks_quickly(text: str) -> None:
    measurer = TextMeasurer()
    best = float("inf")
    for _ in range(3):  # the best of three, each uncached: robust on a busy machine
        measurer.clear_cache()
        started = time.perf_counter()
        lines = measurer.break_lines(text, 200, 11)
        best = min(best, time.perf_counter() - started)
    assert best < 0.1, f"{best * 1000:.0f} ms"
    assert squeeze("".join(lines)) == squeeze(text)
    started = time.perf_counter()
    assert len(measurer.break_lines(text, 200, 11, max_lines=8)) == 8
    assert time.perf_counter() - started < 0.1


_ALPHABET = st.sampled_from(
    list("abcdefghij ABCXYZ  .,;-–") + ["\n", "\t", "W", "é", "Ω", "Я", "漢", "字", "。", "「", "」", "\u00a0", "\u200b", "…"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(_ALPHABET, max_size=300),
    max_width=st.floats(min_value=1, max_value=400),
    size=st.sampled_from([8.0, 9.5, 11.0, 13.0, 24.0]),
    bold=st.booleans(),
    max_lines=st.one_of(st.none(), st.integers(min_value=1, max_value=6)),
)
def test_wrapping_properties(text, max_width, size, bold, max_lines) -> None:
    measurer = _shared()
    lines, cut = measurer.wrap(text, max_width, size, bold, max_lines)
    assert_fits(measurer, lines, max_width, size, bold)
    if max_lines is not None:
        assert len(lines) <= max_lines
    if not cut:
        assert squeeze("".join(lines)) == squeeze(text)
        assert max_lines is None or not lines or len(lines) <= max_lines
    else:
        assert lines and lines[-1].endswith(ELLIPSIS)
        # what is shown is a prefix of the text, in order
        shown = squeeze("".join(lines))[: -1]
        assert squeeze(text).startswith(shown)


_SHARED: list[TextMeasurer] = []


def _shared() -> TextMeasurer:
    if not _SHARED:
        _SHARED.append(TextMeasurer())
    return _SHARED[0]
