"""The PDF export, read back with pypdf: contents, scripts, literal markup, fonts, pages. No Qt."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from journeymapper.export import ExportCancelled, Include, PdfOptions, export_atlas_pdf, export_pdf
from journeymapper.export.fonts import paragraph_markup
from journeymapper.model import (
    Action,
    ActionStatus,
    Card,
    Channel,
    EmotionScore,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Priority,
    Stage,
)
from journeymapper.resources import resource_path
from journeymapper.store import save

TODAY = date(2026, 6, 1)
SCRIPTS = ("Zoë café", "Καλημέρα", "Привет", "你好世界")
KOREAN = "안녕하세요"
MARKUP = "<b>x</b> & <font>"
BASE14 = {
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Symbol", "ZapfDingbats",
}


def sample_map() -> JourneyMap:
    stages = [Stage(id=f"s{i}", name=name) for i, name in enumerate(("Discover", "Buy", "Use"))]
    lanes = [
        Lane(id="touch", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
        Lane(id="pain", kind=LaneKind.PAIN_POINTS, title="Pain points"),
        Lane(id="feel", kind=LaneKind.EMOTIONS, title="How they feel"),
    ]
    cards = [
        Card(id="c-latin", lane="touch", stage="s0", text=SCRIPTS[0], channel=Channel.WEB, votes=2),
        Card(id="c-greek", lane="touch", stage="s1", text=SCRIPTS[1]),
        Card(id="c-cyr", lane="pain", stage="s1", text=SCRIPTS[2]),
        Card(id="c-cjk", lane="pain", stage="s2", text=SCRIPTS[3]),
        Card(id="c-markup", lane="pain", stage="s0", text=MARKUP),
        Card(id="c-amp", lane="touch", stage="s2", text="Fish &amp; chips"),
        Card(id="c-ko", lane="touch", stage="s1", text=f"{KOREAN} mixed 日本語 Zoë"),
    ]
    emotions = [EmotionScore(stage="s0", value=1, label="Hopeful"), EmotionScore(stage="s1", value=-2, label="Lost"),
                EmotionScore(stage="s2", value=0)]
    actions = [
        Action(id="a-late", title="Rewrite the checker", owner="Zoë Müller", due=date(2026, 3, 31),
               status=ActionStatus.OPEN, priority=Priority.CRITICAL, cards=["c-cyr", "c-latin"]),
        Action(id="a-soon", title="Explain the bill", owner="Chen Wei", due=date(2026, 9, 15),
               status=ActionStatus.IN_PROGRESS, priority=Priority.HIGH, cards=["c-cjk"]),
        Action(id="a-done", title="Retire the old form", owner="Zoë Müller", due=date(2026, 1, 10),
               status=ActionStatus.DONE, priority=Priority.LOW, stages=["s0"]),
        Action(id="a-markup", title=f"Escape {MARKUP}", owner="", due=None, cards=["c-markup"]),
        Action(id="a-loose", title="Hire a researcher", owner="Chen Wei", due=date(2026, 12, 1)),
    ]
    return JourneyMap(
        title="Checkout journey", owner="Ana Owner", description="How people buy. " * 3, tags=["retail"],
        personas=[Persona(id="p1", name="Maya", role="Parent", quote="Just make it work")],
        stages=stages, lanes=lanes, cards=cards, emotions=emotions, actions=actions,
    )


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("pdf") / "checkout.pdf"
    result = export_pdf(sample_map(), out, today=TODAY)
    return out, result


def test_text_holds_stages_actions_owners_dates_and_overdue_flag(exported) -> None:
    path, result = exported
    texts = page_texts(path)
    everything = flat(" ".join(texts))
    for stage in ("Discover", "Buy", "Use"):
        assert stage in everything
    for title in ("Rewrite the checker", "Explain the bill", "Retire the old form"):
        assert title in everything
    for owner in ("Zoë Müller", "Chen Wei", "No owner"):
        assert owner in everything
    for due in ("2026-03-31", "2026-09-15", "2026-01-10"):
        assert due in everything
    plan = flat(" ".join(t for t in texts if "Action plan" in t))
    assert plan.count("OVERDUE") == 1  # only the open action past its date; the done one is not
    late = plan.index("Rewrite the checker")
    assert "OVERDUE" in plan[late: late + 200]
    assert "Exported 2026-06-01" in everything
    assert f"Page 1 of {result.pages}" in everything


def test_four_scripts_and_literal_markup_extract_as_written(exported) -> None:
    path, _ = exported
    everything = " ".join(page_texts(path))
    for sample in SCRIPTS:
        assert sample in everything
    assert f"{KOREAN} mixed 日本語 Zoë" in everything  # four fonts in one line, read back as one string
    assert MARKUP in everything
    assert f"Escape {MARKUP}" in everything
    assert "Fish &amp; chips" in everything


def test_every_font_is_embedded_and_none_is_a_base14_font(exported) -> None:
    path, _ = exported
    reader = PdfReader(str(path))
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            base = str(font["/BaseFont"]).lstrip("/")
            names.add(base.split("+")[-1])
            assert base.split("+")[-1] not in BASE14, base
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] if "/DescendantFonts" in font \
                else font.get("/FontDescriptor")
            assert descriptor is not None, f"{base} has no font descriptor (not embedded)"
            assert "/FontFile2" in descriptor.get_object(), f"{base} is not embedded as TrueType"
    assert {"DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback"} <= names
    assert any(name.startswith("NanumSquare") for name in names)  # Korean


def test_metadata_names_map_owner_and_subject(exported) -> None:
    path, _ = exported
    meta = PdfReader(str(path)).metadata
    assert meta.title == "Checkout journey"
    assert meta.author == "Ana Owner"
    assert "journey map" in meta.subject


def _smallest_tf(path: Path) -> float:
    """The smallest font size set by a Tf operator (pages without scaling: printed size)."""
    reader = PdfReader(str(path))
    smallest = float("inf")
    for page in reader.pages:
        content = ContentStream(page.get_contents(), reader)
        for operands, operator in content.operations:
            if operator == b"Tf":
                smallest = min(smallest, float(operands[1]))
    return smallest


def test_small_map_pages_and_type_size(exported) -> None:
    path, result = exported
    # title page with the summary under it, the map on one page, the action plan on one page
    assert result.map_pages == 1
    assert result.pages == 3 == len(PdfReader(str(path)).pages)
    assert result.map_scales[0] * 9.5 >= 7.0
    assert result.smallest_text >= 7.0
    assert _smallest_tf(path) >= 7.0


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory):
    sys.path.insert(0, str(Path(__file__).parent / "bench"))
    try:
        from generate import generate_map
    finally:
        sys.path.pop(0)
    journey = generate_map(3000, seed=1)
    out = tmp_path_factory.mktemp("big") / "big.pdf"
    result = export_pdf(journey, out, PdfOptions(include=Include(title_page=False, summary=False, map=True,
                                                                 action_plan=False)), today=TODAY)
    return journey, out, result


def test_large_map_is_split_across_pages_never_below_7pt(big) -> None:
    journey, path, result = big
    from journeymapper.export.fonts import pdf_measurer
    from journeymapper.export.pages import DocBuilder
    from journeymapper.layout import DEFAULT_OPTIONS, layout_map

    layout = layout_map(journey, pdf_measurer())
    scale = result.map_scales[0]
    assert scale * 9.5 >= 7.0 - 1e-9  # the smallest layout text (stage goals) prints at 7 pt or more
    assert result.smallest_text >= 7.0 and _smallest_tf(path) >= 7.0
    # at least as many pages as the map's area needs at that scale
    width, height = (841.8898, 595.2756)
    box_w = width - 2 * DocBuilder.MARGIN
    box_h = height - DocBuilder.HEADER - DocBuilder.FOOTER
    stage_w = layout.width - DEFAULT_OPTIONS.lane_header_width
    body_h = layout.height - DEFAULT_OPTIONS.stage_header_height
    per_page_w = box_w / scale - DEFAULT_OPTIONS.lane_header_width
    per_page_h = box_h / scale - DEFAULT_OPTIONS.stage_header_height
    lower = -(-stage_w // per_page_w) * -(-body_h // per_page_h)
    assert lower <= result.map_pages <= 3 * lower
    reader = PdfReader(str(path))
    assert len(reader.pages) == result.pages == result.map_pages
    # every stage header is repeated on the pages of its column, every lane title on each band
    texts = [flat(page.extract_text()) for page in reader.pages]
    for stage in journey.stages[:3] + journey.stages[-2:]:
        holding = [t for t in texts if stage.name in t]
        assert holding, stage.name
    lanes = [lane.title for lane in journey.lanes]
    assert all(any(title in t for title in lanes) for t in texts)  # lane titles on every page
    for column in range(3):  # the first stages' name on every page of their column (one page per band)
        assert sum(journey.stages[column].name in t for t in texts) >= result.map_pages // 8
    assert f"Map (page {result.map_pages} of {result.map_pages})" in texts[-1]


def test_large_action_plan_and_very_long_text_continue_across_pages(tmp_path: Path) -> None:
    journey = sample_map()
    long_text = " ".join(f"word{i}" for i in range(6000)) + " THE-END"
    actions = [Action(id=f"a{i}", title=f"Action number {i}", owner=f"Owner {i % 7}", due=date(2026, 1, 1 + i % 28),
                      cards=["c-cyr"]) for i in range(400)]
    actions.append(Action(id="a-long", title="Long one", owner="Owner 1", description=long_text))
    journey = journey.model_copy(update={"actions": actions})
    out = tmp_path / "long.pdf"
    result = export_pdf(journey, out, PdfOptions(include=Include(False, False, False, True)), today=TODAY)
    everything = flat(" ".join(page_texts(out)))
    assert "THE-END" in everything and "word5999" in everything
    assert all(f"Action number {i}" in everything for i in range(0, 400, 37))
    assert result.pages > 20
    assert "(continued)" in everything


def test_group_by_stage_lists_actions_under_their_stages(tmp_path: Path) -> None:
    out = tmp_path / "by-stage.pdf"
    export_pdf(sample_map(), out, PdfOptions(group_by="stage", include=Include.parse("actions")), today=TODAY)
    text = flat(" ".join(page_texts(out)))
    assert "Action plan · by stage" in text
    assert text.index("Discover") < text.index("Buy") < text.index("Use") < text.index("No stage")


@pytest.mark.parametrize("paper, size", [("a4", (841.89, 595.28)), ("letter", (792, 612)), ("a3", (1190.55, 841.89)),
                                         ("a0", (3370.39, 2383.94))])
def test_paper_sizes_are_landscape(tmp_path: Path, paper: str, size: tuple[float, float]) -> None:
    out = tmp_path / f"{paper}.pdf"
    result = export_pdf(sample_map(), out, PdfOptions(paper=paper), today=TODAY)
    for page in PdfReader(str(out)).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(size, abs=0.05)
    assert result.smallest_text >= 7.0


def test_progress_is_reported_and_cancel_writes_nothing(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out = tmp_path / "p.pdf"
    result = export_pdf(sample_map(), out, progress=lambda done, total: calls.append((done, total)), today=TODAY)
    assert calls[0] == (0, result.pages) and calls[-1] == (result.pages, result.pages)
    assert [done for done, _ in calls] == list(range(result.pages + 1))

    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    target = tmp_path / "cancelled.pdf"
    with pytest.raises(ExportCancelled):
        export_pdf(sample_map(), target, cancelled=cancelled, today=TODAY)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["p.pdf"]


def test_arabic_is_printed_without_crashing(tmp_path: Path) -> None:
    journey = sample_map()
    journey.cards[0].text = "مرحبا بالعالم"
    out = tmp_path / "arabic.pdf"
    export_pdf(journey, out, today=TODAY)
    text = " ".join(page_texts(out))
    assert all(char in text for char in "مرحبا")  # printed in logical order (not shaped: see export.fonts)


def test_atlas_lists_a_missing_map_and_exports_the_rest(tmp_path: Path) -> None:
    import json
    import shutil

    examples = resource_path("examples")
    for name in ("broadband.atlas", "lifecycle.journey", "support-call.journey"):
        shutil.copy(examples / name, tmp_path / name)
    atlas = json.loads((tmp_path / "broadband.atlas").read_text(encoding="utf-8"))
    # lifecycle-future.journey stays listed but is not copied: it is missing
    atlas["entries"].append({"path": "../outside.journey", "group": "Elsewhere"})
    (tmp_path / "broadband.atlas").write_text(json.dumps(atlas), encoding="utf-8")
    save(tmp_path / "extra.journey", sample_map())
    out = tmp_path / "atlas.pdf"
    result = export_atlas_pdf(tmp_path / "broadband.atlas", out, PdfOptions(paper="a3"), today=TODAY)
    assert len(result.problems) == 2
    assert any("lifecycle-future.journey" in p and "missing" in p for p in result.problems)
    text = flat(" ".join(page_texts(out)))
    assert "lifecycle-future.journey" in text and "missing (no such file)" in text
    assert "../outside.journey" in text and "leaves the atlas's folder" in text
    assert "Action roll-up" in text
    assert "Broadband customer lifecycle: current state" in text and "Support call" in text
    assert result.smallest_text >= 7.0


def test_paragraph_markup_escapes_user_text_and_marks_cjk_runs() -> None:
    markup = paragraph_markup("<b>x</b> & 你好")
    assert markup.startswith("&lt;b&gt;x&lt;/b&gt; &amp; ")
    assert '<font name="JourneyMapper-CJK">你好</font>' in markup


def test_paragraph_markup_renders_literally_in_a_document_template(tmp_path: Path) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from journeymapper.export import fonts

    fonts.register_fonts()
    out = tmp_path / "para.pdf"
    doc = SimpleDocTemplate(str(out), initialFontName=fonts.REGULAR)
    style = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10)
    doc.build([Paragraph(paragraph_markup(f"{MARKUP} {SCRIPTS[3]} &amp;"), style)])
    text = " ".join(page_texts(out))
    assert MARKUP in text and SCRIPTS[3] in text and "&amp;" in text
    for page in PdfReader(str(out)).pages:
        for ref in page["/Resources"]["/Font"].values():
            assert str(ref.get_object()["/BaseFont"]).split("+")[-1] not in BASE14


def _drilled_map() -> JourneyMap:
    journey = sample_map()
    journey.stages[1].drilldown = "details/checkout-detail.jmap"
    journey.cards[0].drilldown = "ads/campaign.jmap"
    journey.cards[3].drilldown = "research/" + "a-very-long-detail-map-file-name-" * 6 + ".jmap"
    return journey


def test_drilled_down_stages_and_cards_print_a_mark_with_their_target(tmp_path: Path) -> None:
    from journeymapper.export.map_pages import DRILLDOWN_MARK

    out = tmp_path / "drilled.pdf"
    result = export_pdf(_drilled_map(), out, today=TODAY)
    map_text = flat(page_texts(out)[1])
    assert f"{DRILLDOWN_MARK} checkout-detail.jmap" in map_text  # the stage's detail map
    assert f"{DRILLDOWN_MARK} campaign.jmap" in map_text  # the card's
    assert "research/" not in map_text  # the file's name, not its folders
    assert result.smallest_text >= 7.0 and _smallest_tf(out) >= 7.0


def test_a_drilldown_target_too_long_for_its_card_is_shortened_inside_the_card() -> None:
    from journeymapper.export.map_pages import DRILLDOWN_MARK
    from journeymapper.export.pages import RECT, TEXT, smallest_text
    from journeymapper.export.pdf import build_map_pages

    document = build_map_pages(_drilled_map(), today=TODAY)
    map_page = next(page for page in document.pages if page.section == "Map")
    cjk_card = next(op for op in map_page.ops if op[0] == TEXT and op[3] == SCRIPTS[3])
    card = next(op for op in map_page.ops if op[0] == RECT and op[1] <= cjk_card[1] <= op[1] + op[3]
                and op[2] <= cjk_card[2] <= op[2] + op[4] and op[5] is not None and op[6] is not None)
    marks = [op for op in map_page.ops if op[0] == TEXT and op[3].startswith(DRILLDOWN_MARK)]
    long_mark = next(op for op in marks if "a-very-long" in op[3])
    assert long_mark[3].endswith("\u2026")  # cut with an ellipsis, never smaller type
    assert card[1] <= long_mark[1] < card[1] + card[3]
    assert long_mark[1] + _text_width(long_mark) <= card[1] + card[3]
    assert smallest_text(document.pages) >= 7.0


def _text_width(op: tuple) -> float:
    from journeymapper.export.fonts import pdf_measurer

    return pdf_measurer().width(op[3], op[4], op[5])
