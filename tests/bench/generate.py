"""Deterministic generator of realistic journey maps and atlases, for benchmarks.

``generate_map(3000, seed=1)`` always gives the same map, down to the bytes
``serialize_document`` writes: every id, time and text comes from one seeded
``random.Random`` (never ``uuid4``, the clock or global random state).

Sizes scale the way real maps do: more cards bring more stages (6..30), a few
extra lanes and personas. Every lane kind is present; cards carry texts of
varied length (some long, some non-ASCII), channels, tags, metrics and votes;
emotions are scored per stage for the map and for each persona (and on some
touchpoint cards); actions point at pain-point cards and their stages.

Run as a script to write a map or an atlas::

    python tests/bench/generate.py map 3000 out.journey [--seed 1]
    python tests/bench/generate.py atlas 12 500 out-folder [--seed 1]
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import math
import posixpath
import random
import struct
import sys
import zlib
from pathlib import Path
from typing import Any, Optional, Sequence

from journeymapper.model import (
    ActionStatus,
    Atlas,
    Channel,
    JourneyMap,
    LaneKind,
    MapState,
    Persona,
    Priority,
    check_atlas,
    check_map,
)
from journeymapper.store import save

__all__ = ["generate_map", "generate_atlas", "map_shape"]

# --- fixed vocabularies ---------------------------------------------------------------

_WORDS = (
    "customer order delivery parcel invoice account password login signup checkout basket "
    "payment card refund return exchange support agent call chat email letter store shelf "
    "queue wait price discount voucher loyalty points app website page form field error "
    "message confirmation tracking courier driver address postcode weekend morning evening "
    "slow fast easy hard clear confusing helpful annoying friendly rude late early missing "
    "broken damaged wrong right again twice never always maybe finally quickly somehow "
    "want need expect hope worry forget remember find search compare choose decide buy "
    "pay wait call ask tell explain check open close cancel change update upload download "
    "the a an and or but because when while after before with without for from to of in on "
    "is are was were has have had not no yes very too much many few some every each "
    "manager team backlog sprint policy process system database report survey score "
    "journey stage lane touchpoint moment truth evidence metric insight opportunity idea"
).split()

_WORDS_INTL = (
    "café naïve résumé Zürich Ålesund façade coöperate déjà-vu São Paulo Kraków Łódź "
    "Straße Größe Ærø smörgåsbord piñata jalapeño "
    "δοκιμή πελάτης εμπειρία проверка клиент доставка "
    "顧客 旅程 配送 支払い 고객 여정 "
    "€ £ — “quoted” ‘single’ … ✓"
).split()

_NAMES = (
    "Alex Morgan", "Priya Natarajan", "Zoë Müller", "José Álvarez", "Ingrid Ødegaard",
    "Chen Wei", "Fatima Haddad", "Tomasz Wójcik", "Aiko Tanaka", "Olu Adeyemi",
    "Marie-Claire Dubois", "Sam O'Neill", "Björn Lindqvist", "Elena Papadopoulou",
    "Dmitri Ivanov", "Hannah Schmidt",
)

_TAGS = (
    "quick-win", "regulatory", "mobile", "accessibility", "Q3", "Q4", "legacy", "billing",
    "onboarding", "retention", "workshop-2025", "needs-data", "high-impact", "NPS",
    "self-service", "B2B", "Ausbildung", "équipe-support",
)

_METRIC_NAMES = (
    "CSAT", "NPS", "Drop-off %", "Conversion %", "Time on task (s)", "Calls per 1,000 orders",
    "Customer effort score", "First contact resolution %",
)

_SOURCES = ("Survey export 2025-Q2", "Web analytics", "Call centre logs", "Interviews (n=12)", "")

_STAGE_NAMES = (
    "Aware", "Research", "Compare", "Decide", "Sign up", "Onboard", "First use", "Order",
    "Pay", "Wait", "Receive", "Use", "Get help", "Return", "Renew", "Recommend", "Leave",
    "Complain", "Upgrade", "Re-engage",
)

_LANE_WEIGHTS = {
    LaneKind.TOUCHPOINTS: 5, LaneKind.CUSTOMER_ACTIONS: 4, LaneKind.THOUGHTS: 3,
    LaneKind.EMOTIONS: 0, LaneKind.PAIN_POINTS: 3, LaneKind.OPPORTUNITIES: 2,
    LaneKind.CHANNELS: 1, LaneKind.FRONTSTAGE: 2, LaneKind.BACKSTAGE: 2,
    LaneKind.SUPPORT_PROCESSES: 1, LaneKind.EVIDENCE: 1, LaneKind.METRICS: 1, LaneKind.TEXT: 1,
}
"""How many cards a lane of each kind gets, relatively; the emotions lane shows the curve."""

_EPOCH = dt.datetime(2024, 1, 1, 9, 0, tzinfo=dt.timezone.utc)


# --- helpers --------------------------------------------------------------------------


class _Ids:
    """Ids like ``card-3f9a1c2b0d4e`` (the editor's form), drawn from the seeded rng, unique."""

    def __init__(self, rng: random.Random):
        self._rng = rng
        self._used: set[str] = set()

    def __call__(self, prefix: str) -> str:
        while True:
            candidate = f"{prefix}-{self._rng.getrandbits(48):012x}"
            if candidate not in self._used:
                self._used.add(candidate)
                return candidate


def _words(rng: random.Random, count: int) -> str:
    out = []
    for _ in range(count):
        out.append(rng.choice(_WORDS_INTL) if rng.random() < 0.04 else rng.choice(_WORDS))
    if out:
        out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)


def _sentence_text(rng: random.Random, median_words: float, spread: float = 0.7, cap: int = 400) -> str:
    """Text with a log-normal word count: mostly short, with a long tail (as typed in workshops)."""
    count = max(1, min(cap, round(rng.lognormvariate(math.log(median_words), spread))))
    text = _words(rng, count)
    return text + rng.choice((".", "", "", "!", "?", "…"))


def _maybe(rng: random.Random, probability: float, value: Any, otherwise: Any = None) -> Any:
    return value if rng.random() < probability else otherwise


def _colour(rng: random.Random) -> str:
    return f"#{rng.getrandbits(24):06x}"


def _date(rng: random.Random, lo_days: int, hi_days: int) -> dt.date:
    return (_EPOCH + dt.timedelta(days=rng.randint(lo_days, hi_days))).date()


def _tiny_png(rng: random.Random, side: int = 16) -> str:
    """A valid PNG of one random colour, base64: a stand-in for a persona photo."""
    r, g, b = rng.getrandbits(8), rng.getrandbits(8), rng.getrandbits(8)
    raw = b"".join(b"\x00" + bytes((r, g, b)) * side for _ in range(side))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )
    return base64.b64encode(png).decode("ascii")


def _metrics(rng: random.Random, count: int) -> list[dict[str, Any]]:
    out = []
    for name in rng.sample(_METRIC_NAMES, count):
        out.append(
            {
                "name": name,
                "value": round(rng.uniform(0, 100), 1),
                "date": _maybe(rng, 0.7, _date(rng, 0, 540).isoformat()),
                "source": rng.choice(_SOURCES),
            }
        )
    return out


def map_shape(cards: int) -> tuple[int, int, int]:
    """(stages, lanes, personas) for a map of ``cards`` cards."""
    stages = min(30, max(6, round(6 + math.sqrt(cards) / 4)))
    lanes = len(LaneKind) + min(5, cards // 2000)
    personas = min(5, 2 + cards // 2000)
    return stages, lanes, personas


def _persona(rng: random.Random, ids: _Ids) -> dict[str, Any]:
    name = rng.choice(_NAMES)
    persona: dict[str, Any] = {
        "id": ids("persona"),
        "name": name,
        "role": _sentence_text(rng, 4, cap=12),
        "goals": [_sentence_text(rng, 10) for _ in range(rng.randint(1, 4))],
        "needs": [_sentence_text(rng, 8) for _ in range(rng.randint(0, 4))],
        "frustrations": [_sentence_text(rng, 12) for _ in range(rng.randint(1, 5))],
        "quote": f"“{_sentence_text(rng, 14)}”",
    }
    if rng.random() < 0.5:
        persona["photo"] = {"media_type": "image/png", "data": _tiny_png(rng), "alt": f"Photo of {name}"}
    return persona


# --- maps -----------------------------------------------------------------------------


def generate_map(
    cards: int,
    seed: int = 0,
    actions: Optional[int] = None,
    *,
    title: Optional[str] = None,
    state: MapState = MapState.CURRENT,
    personas: Optional[Sequence[Persona]] = None,
    drilldowns: Sequence[str] = (),
) -> JourneyMap:
    """A realistic, valid map of exactly ``cards`` cards and ``actions`` actions (default cards // 3).

    ``personas`` replaces the generated personas (an atlas's maps share its library's);
    ``drilldowns`` are relative links some stages and cards point to (other maps of an atlas).
    """
    if cards < 0:
        raise ValueError("cards must be >= 0")
    actions = cards // 3 if actions is None else actions
    rng = random.Random(f"journeymapper-bench-map:{seed}:{cards}:{actions}")
    ids = _Ids(rng)
    n_stages, n_lanes, n_personas = map_shape(cards)

    # personas
    if personas is None:
        persona_data = [_persona(rng, ids) for _ in range(n_personas)]
    else:
        persona_data = [p.model_dump(mode="json") for p in personas]
    persona_ids = [p["id"] for p in persona_data]

    # stages
    names = list(_STAGE_NAMES)
    rng.shuffle(names)
    stages = []
    for index in range(n_stages):
        name = names[index % len(names)] + (f" {index // len(names) + 1}" if index >= len(names) else "")
        stage: dict[str, Any] = {
            "id": ids("stage"),
            "name": name,
            "goal": _sentence_text(rng, 9),
            "colour": _maybe(rng, 0.3, _colour(rng)),
            "width": _maybe(rng, 0.2, float(rng.choice((160, 200, 240, 320)))),
            "metrics": _metrics(rng, rng.choice((0, 0, 1, 1, 2, 3))),
        }
        if drilldowns and rng.random() < 0.25:
            stage["drilldown"] = rng.choice(drilldowns)
        stages.append(stage)
    stage_ids = [s["id"] for s in stages]

    # lanes: every kind once, in the usual top-to-bottom order, then extras
    kinds = list(LaneKind)
    extra = [LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS, LaneKind.TEXT, LaneKind.OPPORTUNITIES, LaneKind.BACKSTAGE]
    kinds += extra[: n_lanes - len(kinds)]
    lanes = []
    for index, kind in enumerate(kinds):
        lanes.append(
            {
                "id": ids("lane"),
                "kind": kind.value,
                "title": kind.label if index < len(LaneKind) else f"{kind.label} ({_words(rng, 2)})",
                "colour": _maybe(rng, 0.3, _colour(rng)),
                "height": _maybe(rng, 0.2, float(rng.choice((48, 80, 120)))),
                "collapsed": rng.random() < 0.05,
            }
        )
    visibility = next(lane["id"] for lane in lanes if lane["kind"] == LaneKind.FRONTSTAGE.value)

    # cards
    card_lanes = [lane for lane in lanes if _LANE_WEIGHTS[LaneKind(lane["kind"])] > 0]
    weights = [_LANE_WEIGHTS[LaneKind(lane["kind"])] for lane in card_lanes]
    channels = list(Channel)
    next_order: dict[tuple[str, str], int] = {}
    card_list = []
    for _ in range(cards):
        lane = rng.choices(card_lanes, weights)[0]
        kind = LaneKind(lane["kind"])
        stage_id = rng.choice(stage_ids)
        cell = (lane["id"], stage_id)
        order = next_order.get(cell, 0)
        next_order[cell] = order + 1
        card: dict[str, Any] = {
            "id": ids("card"),
            "lane": lane["id"],
            "stage": stage_id,
            "order": order,
            "text": _sentence_text(rng, 9 if kind is not LaneKind.EVIDENCE else 20),
            "notes": _maybe(rng, 0.35, _sentence_text(rng, 30, spread=0.9, cap=1500), ""),
            "tags": rng.sample(_TAGS, rng.choice((0, 0, 0, 1, 1, 2, 3))),
        }
        if kind in (LaneKind.TOUCHPOINTS, LaneKind.CHANNELS) or rng.random() < 0.1:
            card["channel"] = rng.choice(channels).value
        if rng.random() < 0.1:
            card["colour"] = _colour(rng)
        if kind in (LaneKind.EVIDENCE, LaneKind.TOUCHPOINTS) and rng.random() < 0.15:
            card["url"] = f"https://example.com/{rng.choice(_WORDS)}/{rng.getrandbits(20)}"
        if drilldowns and kind is LaneKind.TOUCHPOINTS and rng.random() < 0.02:
            card["drilldown"] = rng.choice(drilldowns)
        if kind is LaneKind.METRICS:
            card["metrics"] = _metrics(rng, rng.randint(1, 2))
        if kind in (LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES):
            card["votes"] = rng.choice((0, 0, 1, 2, 3, 5, 8, 12))
        card_list.append(card)

    # emotions: each stage for the map and for each persona; some touchpoint cards
    scale_min, scale_max = -2, 2
    emotions = []
    for stage_id in stage_ids:
        for persona_id in [None, *persona_ids]:
            value = rng.choice((-2, -1, -1, 0, 0, 1, 1, 2, -1.5, 0.5))
            emotions.append(
                {
                    "stage": stage_id,
                    "persona": persona_id,
                    "value": float(value),
                    "label": _maybe(rng, 0.3, _sentence_text(rng, 3, cap=8), ""),
                }
            )
    touch_lanes = {lane["id"] for lane in lanes if lane["kind"] == LaneKind.TOUCHPOINTS.value}
    for card in card_list:
        if card["lane"] in touch_lanes and rng.random() < 0.1:
            emotions.append(
                {"stage": card["stage"], "card": card["id"], "value": float(rng.randint(scale_min, scale_max))}
            )

    # actions: the action plan, on pain points
    pain_lanes = {lane["id"] for lane in lanes if lane["kind"] == LaneKind.PAIN_POINTS.value}
    pains = [c for c in card_list if c["lane"] in pain_lanes]
    statuses = list(ActionStatus)
    status_weights = [5, 3, 3, 1, 1]  # open, in progress, done, blocked, dropped
    priorities = list(Priority)
    action_list = []
    for _ in range(actions):
        linked = rng.sample(pains, min(len(pains), rng.choice((1, 1, 1, 2, 3)))) if pains else []
        linked_stages = list(dict.fromkeys(c["stage"] for c in linked)) or [rng.choice(stage_ids)]
        status = rng.choices(statuses, status_weights)[0]
        created = _date(rng, 0, 500)
        action: dict[str, Any] = {
            "id": ids("action"),
            "title": _sentence_text(rng, 6, spread=0.4, cap=20),
            "description": _maybe(rng, 0.6, _sentence_text(rng, 25), ""),
            "owner": rng.choice(_NAMES) if rng.random() < 0.85 else "",
            "due": _maybe(rng, 0.8, (created + dt.timedelta(days=rng.randint(7, 180))).isoformat()),
            "status": status.value,
            "priority": rng.choice(priorities).value,
            "cards": [c["id"] for c in linked],
            "stages": linked_stages,
            "created": created.isoformat(),
        }
        if status is ActionStatus.DONE:
            action["completed"] = (created + dt.timedelta(days=rng.randint(0, 90))).isoformat()
        action_list.append(action)

    created_at = _EPOCH + dt.timedelta(seconds=rng.randint(0, 400 * 86400))
    modified_at = created_at + dt.timedelta(seconds=rng.randint(0, 200 * 86400))
    data = {
        "id": ids("map"),
        "title": title or f"{_words(rng, rng.randint(2, 5))} ({cards} cards)",
        "description": _sentence_text(rng, 40, cap=300),
        "state": state.value,
        "owner": rng.choice(_NAMES),
        "tags": rng.sample(_TAGS, 3),
        "created": created_at.isoformat(),
        "modified": modified_at.isoformat(),
        "review_by": (modified_at + dt.timedelta(days=180)).date().isoformat(),
        "emotion_scale": {"minimum": scale_min, "maximum": scale_max},
        "visibility_line_after": visibility,
        "personas": persona_data,
        "stages": stages,
        "lanes": lanes,
        "cards": card_list,
        "emotions": emotions,
        "actions": action_list,
    }
    journey = JourneyMap.model_validate(data)
    problems = check_map(journey)
    if problems:  # a bug in this generator, never expected
        raise AssertionError(f"generated map is invalid: {problems[:5]}")
    return journey


# --- atlases --------------------------------------------------------------------------

_GROUPS = ("Onboarding", "Buying", "Delivery", "Support", "Billing", "Leaving")


def generate_atlas(folder: Path, maps: int, cards_per_map: int, seed: int = 0) -> Path:
    """Write ``maps`` map files in group folders and ``bench.atlas`` listing them; returns the atlas path.

    Maps go in pairs (current state, then its future state); they share the atlas's
    persona library (same ids) and some stages drill down into other maps.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"journeymapper-bench-atlas:{seed}:{maps}:{cards_per_map}")
    ids = _Ids(rng)
    library = [Persona.model_validate(_persona(rng, ids)) for _ in range(4)]

    paths = []
    for index in range(maps):
        group = _GROUPS[(index // 2) % len(_GROUPS)]
        paths.append(f"{group.lower()}/{index:03d}-{'future' if index % 2 else 'current'}.journey")

    entries, pairs = [], []
    for index, path in enumerate(paths):
        others = [p for p in paths if p != path]
        here = posixpath.dirname(path)
        links = [posixpath.relpath(p, here) for p in rng.sample(others, min(3, len(others)))]
        future = index % 2 == 1
        journey = generate_map(
            cards_per_map,
            seed=rng.getrandbits(32),
            title=f"{_GROUPS[(index // 2) % len(_GROUPS)]} journey {index // 2 + 1}" + (" (future)" if future else ""),
            state=MapState.FUTURE if future else MapState.CURRENT,
            personas=rng.sample(library, rng.randint(1, len(library))),
            drilldowns=links,
        )
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        save(target, journey)
        entries.append({"path": path, "group": _GROUPS[(index // 2) % len(_GROUPS)], "tags": rng.sample(_TAGS, rng.randint(0, 2))})
        if future:
            pairs.append({"current": paths[index - 1], "future": path})

    atlas = Atlas.model_validate(
        {
            "id": ids("atlas"),
            "title": f"Benchmark atlas ({maps} maps of {cards_per_map} cards)",
            "description": _sentence_text(rng, 30),
            "entries": entries,
            "pairs": pairs,
            "personas": [p.model_dump(mode="json") for p in library],
        }
    )
    problems = check_atlas(atlas)
    if problems:
        raise AssertionError(f"generated atlas is invalid: {problems[:5]}")
    atlas_path = folder / "bench.atlas"
    save(atlas_path, atlas)
    return atlas_path


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    one = sub.add_parser("map", help="write one map")
    one.add_argument("cards", type=int)
    one.add_argument("out", type=Path)
    one.add_argument("--seed", type=int, default=0)
    one.add_argument("--actions", type=int, default=None)
    many = sub.add_parser("atlas", help="write an atlas of maps")
    many.add_argument("maps", type=int)
    many.add_argument("cards_per_map", type=int)
    many.add_argument("folder", type=Path)
    many.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.what == "map":
        data = save(args.out, generate_map(args.cards, args.seed, args.actions))
        print(f"{args.out}: {args.cards} cards, {len(data):,} bytes")
    else:
        print(generate_atlas(args.folder, args.maps, args.cards_per_map, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
