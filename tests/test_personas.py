"""Personas without a window: map edits (each one undo step), whose curve is edited, curve colours,
the atlas's persona library and refreshing its copies in maps on disk, persona pages in the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_atlas_support import edit_document, example_copy, snapshot

from journeymapper.atlas import AtlasEditError, AtlasEditor
from journeymapper.editor import MapDocument, edits
from journeymapper.editor import document as document_module
from journeymapper.export.pages import IMAGE, TEXT
from journeymapper.export.pdf import build_map_pages, export_pdf
from journeymapper.layout.palette import CURVE, MAP_CURVE_AMONG_PERSONAS, PERSONA_CURVES, curve_colours
from journeymapper.model import EmbeddedImage, EmotionScore, JourneyMap, Persona, Stage
from journeymapper.store import ConflictError, load_atlas, load_map
from journeymapper.store.locks import Identity, acquire
from factories import png_bytes


@pytest.fixture(autouse=True)
def check_every_edit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_module, "CHECK_EVERY_EDIT", True)


def two_persona_map() -> JourneyMap:
    return JourneyMap(
        title="Signup",
        stages=[Stage(id="s1", name="Aware"), Stage(id="s2", name="Buy")],
        personas=[Persona(id="p-ana", name="Ana", goals=["cheap"]), Persona(id="p-bo", name="Bo")],
        emotions=[
            EmotionScore(stage="s1", persona="p-ana", value=1),
            EmotionScore(stage="s2", persona="p-bo", value=-1),
        ],
    )


# --- map edits ----------------------------------------------------------------------------


def test_adding_a_library_persona_keeps_its_id_and_is_one_undo_step() -> None:
    document = MapDocument(two_persona_map())
    library = Persona(id="persona-lib-cy", name="Cy", needs=["quiet"])
    assert edits.add_persona(document, library) == "persona-lib-cy"
    assert [p.id for p in document.journey.personas] == ["p-ana", "p-bo", "persona-lib-cy"]
    assert document.journey.personas[2] is not library, "the map holds a copy, not the library's object"
    with pytest.raises(ValueError, match="already a persona"):
        edits.add_persona(document, library)
    document.undo_stack.undo()
    assert [p.id for p in document.journey.personas] == ["p-ana", "p-bo"]


def test_editing_a_persona_is_one_step_and_checked_before_anything_changes() -> None:
    document = MapDocument(two_persona_map())
    edits.set_persona_fields(document, "p-ana", name="Ana B.", goals=["cheap", "fast"], quote="Hi")
    ana = edits.persona(document, "p-ana")
    assert (ana.name, ana.goals, ana.quote) == ("Ana B.", ["cheap", "fast"], "Hi")
    assert document.undo_stack.count() == 1
    with pytest.raises(ValueError):
        edits.set_persona_fields(document, "p-ana", name="x" * 500)
    assert edits.persona(document, "p-ana").name == "Ana B." and document.undo_stack.count() == 1
    document.undo_stack.undo()
    ana = edits.persona(document, "p-ana")
    assert (ana.name, ana.goals, ana.quote) == ("Ana", ["cheap"], "")


def test_deleting_a_persona_takes_its_scores_and_undo_puts_both_back() -> None:
    document = MapDocument(two_persona_map())
    before = document.journey.model_dump()
    edits.delete_persona(document, "p-bo")
    assert [p.id for p in document.journey.personas] == ["p-ana"]
    assert all(e.persona != "p-bo" for e in document.journey.emotions)
    document.undo_stack.undo()
    assert document.journey.model_dump() == before


def test_moving_a_persona_reorders_and_undoes() -> None:
    document = MapDocument(two_persona_map())
    edits.move_persona(document, 1, 0)
    assert [p.id for p in document.journey.personas] == ["p-bo", "p-ana"]
    edits.move_persona(document, 0, 5)  # out of range: nothing
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert [p.id for p in document.journey.personas] == ["p-ana", "p-bo"]


def test_the_edited_curve_is_the_chosen_persona_and_falls_back_when_it_goes() -> None:
    document = MapDocument(two_persona_map())
    assert edits.curve_persona(document) == "p-ana"
    edits.choose_curve_persona(document, "p-bo")
    assert edits.curve_persona(document) == "p-bo"
    assert document.undo_stack.count() == 0, "choosing a curve is not an edit of the map"
    edits.set_emotion(document, "s1", 2, edits.curve_persona(document))
    assert edits.score_for(document, "s1", "p-bo").value == 2
    assert edits.score_for(document, "s1", "p-ana").value == 1, "the other persona's curve is untouched"
    edits.delete_persona(document, "p-bo")
    assert edits.curve_persona(document) == "p-ana"
    with pytest.raises(KeyError):
        edits.choose_curve_persona(document, "nobody")


def test_a_map_with_only_its_own_scores_keeps_editing_its_own_curve() -> None:
    journey = two_persona_map()
    journey.emotions = [EmotionScore(stage="s1", value=1)]
    assert edits.curve_persona(MapDocument(journey)) is None
    journey.personas = []
    assert edits.curve_persona(MapDocument(journey)) is None


def test_refreshing_a_copy_sets_the_library_content_as_one_step() -> None:
    document = MapDocument(two_persona_map())
    source = Persona(id="p-ana", name="Ana Lee", role="Nurse", goals=["time"], needs=["calm"])
    assert edits.refresh_persona(document, source)
    ana = edits.persona(document, "p-ana")
    assert (ana.name, ana.role, ana.goals, ana.needs) == ("Ana Lee", "Nurse", ["time"], ["calm"])
    assert not edits.refresh_persona(document, source), "already up to date: no empty undo step"
    assert document.undo_stack.count() == 1


# --- colours ----------------------------------------------------------------------------------


def test_each_persona_keeps_its_colour_whatever_curves_are_shown() -> None:
    order = ["p1", "p2", "p3"]
    assert curve_colours(["p1", "p2", "p3"], order) == {"p1": PERSONA_CURVES[0], "p2": PERSONA_CURVES[1],
                                                         "p3": PERSONA_CURVES[2]}
    assert curve_colours(["p3"], order) == {"p3": PERSONA_CURVES[2]}
    assert curve_colours([None], order) == {None: CURVE}, "a lone map curve keeps the usual blue"
    assert curve_colours([None, "p1"], order)[None] == MAP_CURVE_AMONG_PERSONAS
    assert len(set(PERSONA_CURVES)) == len(PERSONA_CURVES)


# --- the atlas's persona library ---------------------------------------------------------------


def test_a_library_persona_edited_once_appears_in_two_maps(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    editor = AtlasEditor.open(atlas_file)
    maya = next(p for p in editor.atlas.personas if p.id == "persona-maya").model_copy(deep=True)
    maya.role = "Head of product, works from home"
    maya.needs = maya.needs + ["One number to call"]
    editor.set_persona(maya)
    assert next(p for p in load_atlas(atlas_file).personas if p.id == "persona-maya").role == maya.role

    report = editor.refresh_persona_copies(maya)
    assert not report.problems
    refreshed = {line.split(":")[0] for line in report.done}
    assert refreshed == {"lifecycle.journey", "lifecycle-future.journey", "support-call.journey"}
    for name in ("lifecycle.journey", "lifecycle-future.journey", "support-call.journey"):
        copy = next(p for p in load_map(atlas_file.parent / name).personas if p.id == "persona-maya")
        assert copy.role == maya.role and copy.needs[-1] == "One number to call"
        assert (atlas_file.parent / f"{name}.bak").exists(), "written by the safe save, which keeps a backup"
    again = editor.refresh_persona_copies(maya)
    assert all("already up to date" in line for line in again.done)


def test_refreshing_skips_open_maps_and_names_a_map_someone_has_open(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    root = atlas_file.parent
    acquire(root / "support-call.journey", identity=Identity("ana", "laptop-7", 4242), settle=0)
    before = (root / "support-call.journey").read_bytes()
    editor = AtlasEditor.open(atlas_file)
    maya = editor.atlas.personas[0].model_copy(update={"quote": "New words"}, deep=True)
    report = editor.refresh_persona_copies(maya, skip=[root / "lifecycle.journey"])
    assert [line.split(":")[0] for line in report.problems] == ["support-call.journey"]
    assert "ana" in report.problems[0]
    assert (root / "support-call.journey").read_bytes() == before
    assert load_map(root / "lifecycle.journey").personas[0].quote != "New words", "an open map is the GUI's job"
    assert load_map(root / "lifecycle-future.journey").personas[0].quote == "New words"


def test_a_library_edit_never_overwrites_a_colleagues_change(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    editor = AtlasEditor.open(atlas_file)
    edit_document(atlas_file, lambda atlas: setattr(atlas, "title", "Renamed by a colleague"))
    with pytest.raises(ConflictError):
        editor.set_persona(Persona(id="persona-new", name="Newcomer"))
    assert load_atlas(atlas_file).title == "Renamed by a colleague"


def test_library_add_replace_and_remove(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    maps_before = snapshot(atlas_file.parent)
    editor = AtlasEditor.open(atlas_file)
    editor.set_persona(Persona(id="persona-new", name="Newcomer"))
    assert [p.id for p in load_atlas(atlas_file).personas][-1] == "persona-new"
    editor.remove_persona("persona-maya")
    assert "persona-maya" not in [p.id for p in load_atlas(atlas_file).personas]
    with pytest.raises(AtlasEditError):
        editor.remove_persona("persona-maya")
    after = snapshot(atlas_file.parent)
    for name in ("lifecycle.journey", "support-call.journey"):
        assert after[name] == maps_before[name], "the maps' copies stay as they are"


# --- the PDF ---------------------------------------------------------------------------------------


def test_the_pdf_has_a_persona_page_with_photo_and_lists(tmp_path: Path) -> None:
    journey = two_persona_map()
    journey.personas[0].photo = EmbeddedImage.from_bytes(png_bytes(8, 6))
    journey.personas[0].needs = ["A person to talk to"]
    journey.personas[0].frustrations = ["Hold music"]
    journey.personas[0].quote = "Just make it work"
    journey.personas[0].role = "Parent"
    document = build_map_pages(journey)
    page = next(p for p in document.pages if ("Personas", 1) in p.bookmarks)
    texts = " ".join(op[3] for op in page.ops if op[0] == TEXT)
    for expected in ("Ana", "Parent", "Just make it work", "GOALS", "cheap", "NEEDS", "A person to talk to",
                     "FRUSTRATIONS", "Hold music", "Bo"):
        assert expected in texts
    images = [op for op in page.ops if op[0] == IMAGE]
    assert len(images) == 1 and abs(images[0][3] / images[0][4] - 8 / 6) < 1e-6, "the photo keeps its shape"
    result = export_pdf(journey, tmp_path / "map.pdf")
    assert result.pages == len(document.pages)
    assert (tmp_path / "map.pdf").read_bytes().count(b"/Subtype /Image") >= 1
