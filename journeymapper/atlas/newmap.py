"""A new empty map with the usual stages and lanes, without Qt.

``journeymapper.ui.opening.new_journey`` does the same for the editor's New but
imports Qt (to translate the names), so the headless atlas layer cannot use
it. The names and kinds here are the same; the GUI passes translated names.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional, Sequence

from ..model import JourneyMap, Lane, LaneKind, MapState, Persona, Stage

DEFAULT_STAGES = ("Aware", "Consider", "Buy", "Use", "Get help")
DEFAULT_LANES = (
    (LaneKind.TOUCHPOINTS, "Touchpoints"),
    (LaneKind.CUSTOMER_ACTIONS, "Customer actions"),
    (LaneKind.EMOTIONS, "Emotions"),
    (LaneKind.PAIN_POINTS, "Pain points"),
    (LaneKind.OPPORTUNITIES, "Opportunities"),
)


def new_journey(
    title: str = "",
    *,
    state: MapState = MapState.CURRENT,
    owner: str = "",
    personas: Sequence[Persona] = (),
    stage_names: Optional[Sequence[str]] = None,
    lane_titles: Optional[Sequence[str]] = None,
) -> JourneyMap:
    """An empty map ready for its first card; ``personas`` are copied (library ids kept)."""
    names = list(stage_names) if stage_names is not None else list(DEFAULT_STAGES)
    titles = list(lane_titles) if lane_titles is not None else [title for _, title in DEFAULT_LANES]
    now = datetime.now(timezone.utc).replace(microsecond=0)
    return JourneyMap(
        title=title,
        state=state,
        owner=owner,
        created=now,
        modified=now,
        personas=[p.model_copy(deep=True) for p in personas],
        stages=[Stage(name=name) for name in names],
        lanes=[Lane(kind=kind, title=lane_title) for (kind, _), lane_title in zip(DEFAULT_LANES, titles)],
    )
