"""A new empty map with the usual stages and lanes, without Qt.

The one definition of a new map: the atlas layer uses it as it is, and the
editor's New (``journeymapper.ui.opening.new_journey``) passes the names
translated. ``DEFAULT_STAGES`` is a typical lifecycle, so a workshop can start at once.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional, Sequence

from ..model import JourneyMap, Lane, LaneKind, MapState, Persona, Stage

def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name the string extractor looks for
    """Marks ``text`` for translators (``journeymapper.i18n`` finds it) and returns it unchanged: no Qt here.

    The context is ``opening``, the one the editor's New translates these names in.
    """
    return text


DEFAULT_STAGES = (
    QT_TRANSLATE_NOOP("opening", "Aware"),
    QT_TRANSLATE_NOOP("opening", "Consider"),
    QT_TRANSLATE_NOOP("opening", "Buy"),
    QT_TRANSLATE_NOOP("opening", "Use"),
    QT_TRANSLATE_NOOP("opening", "Get help"),
)
DEFAULT_LANES = (
    (LaneKind.TOUCHPOINTS, QT_TRANSLATE_NOOP("opening", "Touchpoints")),
    (LaneKind.CUSTOMER_ACTIONS, QT_TRANSLATE_NOOP("opening", "Customer actions")),
    (LaneKind.EMOTIONS, QT_TRANSLATE_NOOP("opening", "Emotions")),
    (LaneKind.PAIN_POINTS, QT_TRANSLATE_NOOP("opening", "Pain points")),
    (LaneKind.OPPORTUNITIES, QT_TRANSLATE_NOOP("opening", "Opportunities")),
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
