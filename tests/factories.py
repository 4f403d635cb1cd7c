"""Deterministic, valid documents for the headless tests (no Qt).

``make_map`` builds a journey map that passes ``check_map`` with every kind of
object in it (personas with a photo, stages with metrics, lanes of several
kinds, cards, stage/card/persona emotions, actions); ``make_atlas`` builds an
atlas that passes ``check_atlas``. The same arguments always give the same
document (fixed ids, fixed dates), so bytes can be compared between runs.
"""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from typing import Callable, Optional

from journeymapper.model import (
    Action,
    ActionStatus,
    Atlas,
    AtlasEntry,
    Card,
    Channel,
    EmbeddedImage,
    EmotionScore,
    JourneyMap,
    Lane,
    LaneKind,
    MapPair,
    MapState,
    MetricValue,
    Persona,
    Priority,
    Stage,
)

TextFor = Callable[[str, int], str]
"""Gives the text of a field: ``text("card", 7)``; lets a fuzzer put any text in."""


def _default_text(kind: str, index: int) -> str:
    return f"{kind} {index}"


def png_bytes(width: int = 2, height: int = 2, claimed: Optional[tuple[int, int]] = None) -> bytes:
    """A real PNG of black RGB pixels; ``claimed`` makes the header lie about its size."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header_width, header_height = claimed or (width, height)
    ihdr = struct.pack(">IIBBBBB", header_width, header_height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x00\x00\x00" * width for _ in range(height))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def jpeg_bytes(width: int = 3, height: int = 2) -> bytes:
    """The header of a baseline JPEG (SOI, APP0, SOF0): enough for the size check."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof0 = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof0 + b"\xff\xd9"


LANE_KINDS = [LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.BACKSTAGE, LaneKind.TEXT]
CHANNELS = list(Channel)
STATUSES = list(ActionStatus)
PRIORITIES = list(Priority)


def make_map(
    *,
    stages: int = 3,
    lanes: int = 3,
    cards_per_cell: int = 2,
    personas: int = 2,
    actions: int = 3,
    images: bool = True,
    text: TextFor = _default_text,
) -> JourneyMap:
    """A valid map; every count may be 0. Emotions stay inside the default scale -2..2."""
    photo = EmbeddedImage.from_bytes(png_bytes(2, 2), alt="photo") if images else None
    persona_list = [
        Persona(
            id=f"persona-{p}",
            name=text("persona", p),
            role=text("role", p),
            goals=[text("goal", p)],
            needs=[text("need", p)],
            frustrations=[text("frustration", p)],
            quote=text("quote", p),
            photo=photo if p == 0 else None,
        )
        for p in range(personas)
    ]
    stage_list = [
        Stage(
            id=f"stage-{s}",
            name=text("stage", s),
            goal=text("goal", s),
            colour=f"#{(s * 40) % 256:02x}80c0",
            width=200 + 10 * s,
            metrics=[MetricValue(name="CSAT", value=3.5 + s / 4, date=dt.date(2026, 1, 1 + s), source="survey")],
        )
        for s in range(stages)
    ]
    lane_list = [
        Lane(id=f"lane-{i}", kind=LANE_KINDS[i % len(LANE_KINDS)], title=text("lane", i), height=80 + i)
        for i in range(lanes)
    ]
    card_list: list[Card] = []
    for i, lane in enumerate(lane_list):
        for s, stage in enumerate(stage_list):
            for k in range(cards_per_cell):
                n = len(card_list)
                card_list.append(
                    Card(
                        id=f"card-{i}-{s}-{k}",
                        lane=lane.id,
                        stage=stage.id,
                        order=k,
                        text=text("card", n),
                        notes=text("notes", n),
                        channel=CHANNELS[n % len(CHANNELS)] if lane.kind is LaneKind.TOUCHPOINTS else None,
                        tags=[f"tag{n % 3}"],
                        votes=n % 5,
                        image=photo if (images and n == 0) else None,
                    )
                )
    emotions = [EmotionScore(stage=st.id, value=[-2, -1, 0, 1, 2][s % 5], label=text("feeling", s)) for s, st in enumerate(stage_list)]
    if persona_list:
        emotions += [
            EmotionScore(stage=st.id, persona=persona_list[0].id, value=(s % 3) - 1.5) for s, st in enumerate(stage_list)
        ]
    if card_list:
        first = card_list[0]
        emotions.append(EmotionScore(stage=first.stage, card=first.id, value=1))
    action_list = [
        Action(
            id=f"action-{a}",
            title=text("action", a),
            description=text("description", a),
            owner=text("owner", a),
            due=dt.date(2026, 3, 1 + a),
            status=STATUSES[a % len(STATUSES)],
            priority=PRIORITIES[a % len(PRIORITIES)],
            cards=[card_list[a % len(card_list)].id] if card_list else [],
            stages=[stage_list[a % len(stage_list)].id] if stage_list else [],
            created=dt.date(2026, 1, 10),
            completed=dt.date(2026, 2, 1) if STATUSES[a % len(STATUSES)] is ActionStatus.DONE else None,
        )
        for a in range(actions)
    ]
    return JourneyMap(
        id="map-test",
        title=text("title", 0),
        description=text("description", 0),
        state=MapState.CURRENT,
        owner=text("owner", 0),
        tags=["onboarding"],
        created=dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.timezone.utc),
        modified=dt.datetime(2026, 1, 6, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        review_by=dt.date(2026, 6, 30),
        visibility_line_after=lane_list[-1].id if lane_list else None,
        personas=persona_list,
        stages=stage_list,
        lanes=lane_list,
        cards=card_list,
        emotions=emotions,
        actions=action_list,
    )


def make_atlas() -> Atlas:
    """A valid atlas: three entries in two groups, one current/future pair, two library personas."""
    return Atlas(
        id="atlas-test",
        title="Customer journeys",
        description="All maps of the service",
        entries=[
            AtlasEntry(path="onboarding/current.journey", group="Onboarding", tags=["core"]),
            AtlasEntry(path="onboarding/future.journey", group="Onboarding"),
            AtlasEntry(path="billing.journey", group="Billing"),
        ],
        pairs=[MapPair(current="onboarding/current.journey", future="onboarding/future.journey")],
        personas=[Persona(id="persona-lib-0", name="Ana"), Persona(id="persona-lib-1", name="Björn")],
    )
