"""Links: classified without touching anything; hostile ones never resolved; cycles found, not followed."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from test_atlas_support import edit_document, example_copy, recording

from journeymapper.atlas import (
    AtlasEditor,
    AtlasIndex,
    LinkKind,
    action_rollup,
    check_links,
    find_cycles,
    link_form,
    resolve_explicitly,
    resolve_link,
    search_atlas,
)
from journeymapper.cli import main
from journeymapper.model import AtlasEntry

TODAY = date(2026, 11, 22)
ROOT = Path("/srv/atlas")


@pytest.mark.parametrize(
    "text, kind",
    [
        ("a.journey", LinkKind.INSIDE),
        ("./support/call.journey", LinkKind.INSIDE),
        ("support/../a.journey", LinkKind.INSIDE),
        ("../a.journey", LinkKind.OUTSIDE),
        ("support/../../a.journey", LinkKind.OUTSIDE),
        ("/srv/atlas/a.journey", LinkKind.ABSOLUTE),
        ("\\maps\\a.journey", LinkKind.ABSOLUTE),
        ("C:\\maps\\a.journey", LinkKind.ABSOLUTE),
        ("c:/maps/a.journey", LinkKind.ABSOLUTE),
        ("C:a.journey", LinkKind.ABSOLUTE),
        ("\\\\host\\share\\a.journey", LinkKind.UNC),
        ("//host/share/a.journey", LinkKind.UNC),
        ("\\/host/share/a.journey", LinkKind.UNC),
        ("\\\\?\\UNC\\host\\share\\a.journey", LinkKind.UNC),
        ("\\\\.\\pipe\\x", LinkKind.UNC),
        ("file://host/share/a.journey", LinkKind.URL),
        ("FILE:///C:/a.journey", LinkKind.URL),
        ("file:a.journey", LinkKind.URL),
        ("https://example.com/a.journey", LinkKind.URL),
        ("smb://host/share/a.journey", LinkKind.URL),
        ("", LinkKind.INVALID),
        ("   ", LinkKind.INVALID),
        ("a\x00.journey", LinkKind.INVALID),
        ("support\\a.journey", LinkKind.INVALID),
        ("maps/a.journey:stream", LinkKind.INVALID),
        ("a.journey:stream", LinkKind.URL),  # reads as a scheme: not resolved either way
        ("con.journey", LinkKind.INVALID),
        ("maps/NUL", LinkKind.INVALID),
        ("support/", LinkKind.INVALID),
        (".", LinkKind.INVALID),
    ],
)
def test_links_are_classified_from_their_text(text: str, kind: LinkKind) -> None:
    link = resolve_link(text, "team.atlas", ROOT)
    assert link.kind is kind
    assert link.resolved == (kind is LinkKind.INSIDE)
    assert (link.reason == "") == (kind is LinkKind.INSIDE)


def test_an_inside_link_is_relative_to_the_file_holding_it() -> None:
    link = resolve_link("../support/call.journey", "lifecycle/current.journey", ROOT)
    assert link.kind is LinkKind.INSIDE and link.key == "support/call.journey"
    assert link.file == ROOT / "support" / "call.journey"
    assert resolve_link("../../x.journey", "lifecycle/current.journey", ROOT).kind is LinkKind.OUTSIDE
    assert "credentials" in link_form("\\\\host\\share\\a.journey")[1]


def test_resolve_explicitly_gives_the_path_the_user_asked_for_and_touches_nothing(tmp_path: Path) -> None:
    base = tmp_path / "atlas" / "team.atlas"
    with recording() as recorder:
        assert resolve_explicitly("../outside.journey", base) == tmp_path / "outside.journey"
        assert resolve_explicitly("/srv/a.journey", base) == Path("/srv/a.journey")
        assert resolve_explicitly("file:///srv/a%20b.journey", base) == Path("/srv/a b.journey")
        assert str(resolve_explicitly("file://host/share/a.journey", base)).replace("\\", "/") == "//host/share/a.journey"
        assert str(resolve_explicitly("\\\\host\\share\\a.journey", base)).replace("\\", "/") == "//host/share/a.journey"
        with pytest.raises(ValueError):
            resolve_explicitly("https://example.com/a.journey", base)
        with pytest.raises(ValueError):
            resolve_explicitly("", base)
    assert recorder.paths == []


HOSTILE = [
    "\\\\evil-host\\share\\a.journey",
    "//evil-host/share/b.journey",
    "file://evil-host/share/c.journey",
    "\\\\?\\UNC\\evil-host\\share\\d.journey",
    "C:\\evil-host\\e.journey",
    "smb://evil-host/share/f.journey",
]


def _hostile_atlas(tmp_path: Path) -> tuple[Path, list[str]]:
    """The example atlas with hostile entries and drill-downs; some name real files outside its folder."""
    atlas_file = example_copy(tmp_path)
    outside = tmp_path / "outside.journey"
    outside.write_bytes((atlas_file.parent / "support-call.journey").read_bytes())
    (tmp_path / "secret").mkdir()
    (tmp_path / "secret" / "x.journey").write_bytes(outside.read_bytes())
    forbidden = [str(outside), str(tmp_path / "secret"), "evil-host"]
    links = HOSTILE + [str(outside), f"file://{outside}", "../outside.journey", "sub/../../secret/x.journey",
                       "con.journey", "support\\x.journey"]
    edit_document(atlas_file, lambda atlas: atlas.entries.extend(AtlasEntry(path=p) for p in links))

    def drill(journey) -> None:  # noqa: ANN001
        journey.stages[0].drilldown = "//evil-host/share/x.journey"
        journey.stages[1].drilldown = "../outside.journey"
        for card, link in zip(journey.cards, HOSTILE + [str(outside)]):
            card.drilldown = link

    edit_document(atlas_file.parent / "lifecycle.journey", drill)
    return atlas_file, forbidden


def test_hostile_links_are_never_touched_by_any_operation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    atlas_file, forbidden = _hostile_atlas(tmp_path)
    root = atlas_file.parent
    with recording() as recorder:
        index = AtlasIndex.open(atlas_file, today=TODAY)
        problems = check_links(index)
        index.unlisted()
        search_atlas(index, "")
        action_rollup(index)
        editor = AtlasEditor.open(atlas_file)
        editor.move("support-call.journey", "support/call.journey")
        editor.set_group(HOSTILE[0], "Hostile")
        assert main(["atlas", "list", str(atlas_file)]) == 0
        assert main(["atlas", "check", str(atlas_file)]) == 1
        assert main(["atlas", "search", str(atlas_file), "router"]) == 0
    capsys.readouterr()
    touched = recorder.paths
    assert str(root / "lifecycle.journey") in touched  # the recorder works
    assert [p for p in touched if any(f in p for f in forbidden)] == []
    assert [p for p in touched if p.startswith(("//", "\\\\", "C:", "c:", "file:", "smb:"))] == []
    documents = [p for p in touched if p.endswith((".journey", ".atlas", ".bak"))]
    assert all(Path(p).is_relative_to(root) for p in documents), documents

    listed = {(p.location, p.message.split(":")[0]) for p in problems if not p.warning}
    entry_problems = [p for p in problems if p.location.startswith("entries[") and not p.warning]
    assert len(entry_problems) == 12
    assert any("credentials" in p.message for p in entry_problems)
    drill_problems = [p for p in problems if p.file == "lifecycle.journey"]
    assert {p.location for p in drill_problems} >= {"stages[0].drilldown", "stages[1].drilldown", "cards[0].drilldown"}
    assert listed


def test_a_drilldown_cycle_is_reported_not_followed(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    root = atlas_file.parent
    edit_document(root / "support-call.journey", lambda m: setattr(m.stages[0], "drilldown", "lifecycle.journey"))
    index = AtlasIndex.open(atlas_file, today=TODAY)
    cycles = [p.message for p in check_links(index) if "cycle" in p.message]
    assert cycles == ["drill-down cycle: lifecycle.journey -> support-call.journey -> lifecycle.journey"]


def test_a_map_drilling_into_itself_is_a_cycle(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    edit_document(atlas_file.parent / "support-call.journey",
                  lambda m: setattr(m.cards[0], "drilldown", "./support-call.journey"))
    index = AtlasIndex.open(atlas_file, today=TODAY)
    assert "drill-down cycle: support-call.journey -> support-call.journey" in [p.message for p in check_links(index)]


def test_cycles_through_maps_outside_the_atlas_entries_are_found(tmp_path: Path) -> None:
    atlas_file = example_copy(tmp_path)
    root = atlas_file.parent
    (root / "detail").mkdir()
    shutil.copy(root / "support-call.journey", root / "detail" / "deep.journey")
    edit_document(root / "detail" / "deep.journey", lambda m: setattr(m.stages[0], "drilldown", "../support-call.journey"))
    edit_document(root / "support-call.journey", lambda m: setattr(m.stages[0], "drilldown", "detail/deep.journey"))
    index = AtlasIndex.open(atlas_file, today=TODAY)
    messages = [p.message for p in check_links(index)]
    assert "drill-down cycle: detail/deep.journey -> support-call.journey -> detail/deep.journey" in messages


def test_find_cycles_on_a_long_chain_does_not_recurse() -> None:
    chain = {f"m{i:05d}": [f"m{i + 1:05d}"] for i in range(20_000)}
    assert find_cycles(chain) == []
    chain["m20000"] = ["m00000"]
    (cycle,) = find_cycles(chain)
    assert cycle[0] == cycle[-1] == "m00000" and len(cycle) == 20_002
    assert find_cycles({"a": ["b", "c"], "b": ["a"], "c": ["c"], "d": ["a"]}) == [["a", "b", "a"], ["c", "c"]]
