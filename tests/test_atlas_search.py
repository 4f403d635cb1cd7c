"""Searching every map of an atlas at once, and the atlas-wide action roll-up."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_atlas_support import example_copy, recording

from journeymapper.atlas import AtlasIndex, SearchFilters, action_rollup, atlas_owners, search_atlas
from journeymapper.model import ActionStatus, Channel, MapState

TODAY = date(2026, 11, 22)


@pytest.fixture
def index(tmp_path: Path) -> AtlasIndex:
    return AtlasIndex.open(example_copy(tmp_path), today=TODAY)


def test_search_finds_a_card_in_another_map_with_what_the_gui_needs_to_select_it(index: AtlasIndex) -> None:
    (hit,) = search_atlas(index, "FOUR MENU LEVELS before")
    assert (hit.map_path, hit.kind, hit.id, hit.field) == ("support-call.journey", "pain_point", "card-ivr-maze", "text")
    assert hit.file == index.root / "support-call.journey"
    journey = index.document(index.info(hit.map_path))
    card = journey.card(hit.id)
    assert card is not None and "four menu levels before" in getattr(card, hit.field).lower()
    assert "Four menu levels before" in hit.snippet
    (other,) = search_atlas(index, "works through four menu levels")
    assert (other.kind, other.id) == ("card", "card-dial")


def test_pain_points_personas_owners_and_actions_are_searched(index: AtlasIndex) -> None:
    kinds = {h.kind for h in search_atlas(index, "")}
    assert kinds == {"map", "persona", "card", "pain_point", "action"}
    assert {h.kind for h in search_atlas(index, "Okafor")} == {"persona"}
    owner_hits = search_atlas(index, "dana kowalski")
    assert {(h.kind, h.field) for h in owner_hits} >= {("map", "owner"), ("action", "owner")}


def test_filters_narrow_the_hits(index: AtlasIndex) -> None:
    phone = search_atlas(index, "", SearchFilters(channel=Channel.PHONE))
    assert phone and {h.kind for h in phone} <= {"card", "pain_point"}
    for hit in phone:
        assert index.document(index.info(hit.map_path)).card(hit.id).channel is Channel.PHONE

    future = search_atlas(index, "", SearchFilters(state=MapState.FUTURE))
    assert {h.map_path for h in future} == {"lifecycle-future.journey"}

    ron = search_atlas(index, "", SearchFilters(persona="ron whitfield"))
    assert "support-call.journey" not in {h.map_path for h in ron}
    assert {h.id for h in ron if h.kind == "persona"} == {"persona-ron"}

    done = search_atlas(index, "", SearchFilters(status=ActionStatus.DONE))
    assert done and {h.kind for h in done} == {"action"}
    owner = search_atlas(index, "", SearchFilters(owner="Priya Shah (Billing)", kinds=frozenset({"action"})))
    assert owner and all(index.document(index.info(h.map_path)).action(h.id).owner == "Priya Shah (Billing)"
                         for h in owner)
    assert search_atlas(index, "no such words anywhere") == []
    assert len(search_atlas(index, "", limit=5)) == 5


def test_search_reuses_parsed_maps_while_they_are_unchanged(index: AtlasIndex) -> None:
    search_atlas(index, "router")
    with recording() as recorder:
        search_atlas(index, "router")
        action_rollup(index)
    assert [p for p in recorder.opens if p.endswith(".journey")] == []


def test_the_rollup_lists_every_action_overdue_first(index: AtlasIndex) -> None:
    rows = action_rollup(index)
    assert len(rows) == 9 + 3 + 4
    overdue = [r for r in rows if r.overdue]
    assert rows[: len(overdue)] == overdue and len(overdue) == 4
    assert {r.map_title for r in overdue} == {"Broadband customer lifecycle: current state",
                                             "Support call: connection keeps dropping"}
    dues = [r.action.due for r in rows[len(overdue):] if r.action.due]
    assert dues == sorted(dues)
    assert all(r.action.owner == "Priya Shah (Billing)" for r in action_rollup(index, owner="priya shah (billing)"))
    assert not action_rollup(index, today=date(2026, 1, 1))[0].overdue
    assert all(r.action.status.is_open for r in action_rollup(index, open_only=True))


def test_owners_across_the_atlas_come_from_metadata(index: AtlasIndex) -> None:
    with recording() as recorder:
        owners = atlas_owners(index)
    assert recorder.opens == []
    assert "Joanna Pike (CX lead)" in owners and "Dana Kowalski (Customer service)" in owners
    assert owners == sorted(owners, key=str.casefold) and len(owners) == len(set(owners))
