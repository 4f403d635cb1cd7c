#!/usr/bin/env python3
"""Write the bundled example atlas in resources/examples/ (a maintainer's tool).

The committed ``.atlas`` and ``.journey`` files are what the application opens;
this script is only how they are (re)written, so that they stay consistent
(shared ids between the current and future maps, persona copies identical to
the atlas library) and in the canonical format produced by ``store.save()``.

    python packaging/make_examples.py            # rewrite resources/examples/
    python packaging/make_examples.py --check    # exit 1 if the files differ

The content describes a fictional provider, Kestrel Fibre. "Today" for the
example's action plan is 2026-11-22: some actions are overdue on that date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import struct
import sys
import zlib
from pathlib import Path
from typing import Any

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
    check_atlas,
    check_map,
)
from journeymapper.store import load, save, serialize_document, spec_for

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"

ATLAS_FILE = "broadband.atlas"
LIFECYCLE_FILE = "lifecycle.journey"
FUTURE_FILE = "lifecycle-future.journey"
SUPPORT_FILE = "support-call.journey"

UTC = dt.timezone.utc
BST = dt.timezone(dt.timedelta(hours=1))
D = dt.date


# --- persona photos: tiny deterministic PNGs, written without any imaging library ----


def _png(width: int, height: int, palette: list[tuple[int, int, int]], pixels: list[list[int]]) -> bytes:
    """A 4-bit palette PNG whose deflate stream uses stored blocks (identical on every zlib)."""
    raw = bytearray()
    for row in pixels:
        raw.append(0)  # filter: none
        for x in range(0, width, 2):
            raw.append((row[x] << 4) | (row[x + 1] if x + 1 < width else 0))
    deflate = bytearray(b"\x78\x01")
    for start in range(0, len(raw), 65535):
        block = bytes(raw[start : start + 65535])
        final = 1 if start + 65535 >= len(raw) else 0
        deflate += struct.pack("<BHH", final, len(block), len(block) ^ 0xFFFF) + block
    deflate += struct.pack(">I", zlib.adler32(bytes(raw)))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 4, 3, 0, 0, 0)
    plte = b"".join(bytes(colour) for colour in palette)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"PLTE", plte) + chunk(b"IDAT", bytes(deflate)) + chunk(b"IEND", b"")


def avatar(background: str, skin: str, hair: str, shirt: str, alt: str, long_hair: bool) -> EmbeddedImage:
    """A flat head-and-shoulders silhouette, 48 x 48 pixels."""
    size = 48
    palette = [tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in (background, skin, hair, shirt)]
    pixels = []
    for y in range(size):
        row = []
        for x in range(size):
            colour = 0
            if ((x - 24) / 18) ** 2 + ((y - 50) / 15) ** 2 <= 1:
                colour = 3
            elif (x - 24) ** 2 + (y - 20) ** 2 < 110 and (y < 15 or (long_hair and abs(x - 24) > 7 and y < 27)):
                colour = 2
            elif (x - 24) ** 2 + (y - 20) ** 2 < 90:
                colour = 1
            elif long_hair and 14 <= x <= 34 and 20 <= y <= 31 and abs(x - 24) > 7:
                colour = 2
            row.append(colour)
        pixels.append(row)
    return EmbeddedImage.from_bytes(_png(size, size, palette, pixels), alt=alt)  # type: ignore[arg-type]


# --- the persona library -------------------------------------------------------------


def personas() -> list[Persona]:
    maya = Persona(
        id="persona-maya",
        name="Maya Okafor",
        role="Busy remote-working parent: product manager, works from home three days a week, two children (Zoë, 11, and Theo, 7)",
        goals=[
            "Video calls that never freeze in the middle of a client meeting.",
            "Wi-Fi good enough for homework, gaming and streaming at the same time, in every room and the garden office.",
            "One monthly bill she understands, paid by direct debit, that doesn't creep up.",
        ],
        needs=[
            "Install and repair appointments she can plan a working day around.",
            "Help out of hours, without repeating herself.",
            "Straight answers about what she will pay after any offer ends.",
        ],
        frustrations=[
            "Waiting in all morning for an engineer who doesn't come.",
            "Being asked to restart the router when she already has, twice.",
            "Finding out about an outage from the school parents' chat before her provider tells her.",
        ],
        quote="“I don't have time to sit on hold for twenty minutes. I just need it to work.”",
        photo=avatar("#DCEBF7", "#8D5524", "#2B1B10", "#2E75B6", "Illustrated portrait of Maya Okafor", True),
    )
    ron = Persona(
        id="persona-ron",
        name="Ron Whitfield",
        role="Retired light user: former postman, 72, lives alone; news, online banking and video calls with his grandchildren",
        goals=[
            "A connection that simply works for the things he does, at a fair price.",
            "See and hear his grandchildren in Melbourne every Sunday evening.",
        ],
        needs=[
            "A person to talk to, on the phone or in the shop, when something is unclear.",
            "Paper bills and letters he can file.",
            "Plain words instead of technical terms.",
        ],
        frustrations=[
            "Being sold speed and extras he never uses.",
            "Chatbots and phone menus that go round in circles.",
            "Prices that go up quietly when a contract ends.",
        ],
        quote="“I'd rather talk to a person. And I'd rather not pay for speed I'll never use. When it's down I read the paper at the café on the corner and use theirs.”",
        photo=avatar("#E2F0D9", "#F1C27D", "#BFBFBF", "#7F6000", "Illustrated portrait of Ron Whitfield", False),
    )
    return [maya, ron]


# --- building blocks -----------------------------------------------------------------


def metric(name: str, value: float, date: dt.date, source: str) -> MetricValue:
    return MetricValue(name=name, value=value, date=date, source=source)


def stage_metrics(csat: float, nps: float, csat_date: dt.date, nps_date: dt.date) -> list[MetricValue]:
    return [
        metric("CSAT", csat, csat_date, "Post-interaction survey (1-5), Q3 2026 export"),
        metric("NPS", nps, nps_date, "Relationship NPS survey, Q3 2026 wave"),
    ]


def lanes_blueprint(prefix_titles: dict[str, str] | None = None) -> list[Lane]:
    """The lanes shared by the three maps (same ids in each, so maps can be compared)."""
    titles = prefix_titles or {}
    spec = [
        ("lane-doing", LaneKind.CUSTOMER_ACTIONS, "What the customer does", None),
        ("lane-touchpoints", LaneKind.TOUCHPOINTS, "Touchpoints", "#DEEAF6"),
        ("lane-thoughts", LaneKind.THOUGHTS, "What they think", "#FFF2CC"),
        ("lane-emotions", LaneKind.EMOTIONS, "How they feel", None),
        ("lane-pains", LaneKind.PAIN_POINTS, "Pain points", "#F8CBAD"),
        ("lane-opportunities", LaneKind.OPPORTUNITIES, "Opportunities", "#E2F0D9"),
        ("lane-frontstage", LaneKind.FRONTSTAGE, "People they meet", None),
        ("lane-backstage", LaneKind.BACKSTAGE, "Behind the scenes", "#EDEDED"),
        ("lane-systems", LaneKind.SUPPORT_PROCESSES, "Systems and partners", "#EDEDED"),
        ("lane-metrics", LaneKind.METRICS, "Measures", None),
    ]
    return [Lane(id=i, kind=k, title=titles.get(i, t), colour=c) for i, k, t, c in spec]


LANE = {
    "do": "lane-doing",
    "tp": "lane-touchpoints",
    "th": "lane-thoughts",
    "pain": "lane-pains",
    "opp": "lane-opportunities",
    "front": "lane-frontstage",
    "back": "lane-backstage",
    "sys": "lane-systems",
    "kpi": "lane-metrics",
}


def cards(rows: list[tuple[Any, ...]]) -> list[Card]:
    """Cards from (id, lane key, stage id, text, extra fields); order follows the list per cell."""
    result: list[Card] = []
    for row in rows:
        card_id, lane, stage, text, *rest = row
        extra: dict[str, Any] = rest[0] if rest else {}
        result.append(Card(id=card_id, lane=LANE.get(lane, lane), stage=stage, text=text, **extra))
    return renumber(result)


def renumber(items: list[Card]) -> list[Card]:
    """Give the cards of each cell the orders 0, 1, 2... in list order."""
    counters: dict[tuple[str, str], int] = {}
    for card in items:
        key = (card.lane, card.stage)
        card.order = counters.get(key, 0)
        counters[key] = card.order + 1
    return items


def scores(rows: list[tuple[Any, ...]]) -> list[EmotionScore]:
    """Emotion scores from (stage, persona, value, label) or (stage, persona, value, label, card)."""
    return [
        EmotionScore(stage=r[0], persona=r[1], value=r[2], label=r[3], card=r[4] if len(r) > 4 else None)
        for r in rows
    ]


# --- the current-state lifecycle map ---------------------------------------------------

LIFECYCLE_STAGES = [
    ("stage-discover", "Discover", "Find out which providers serve my street and what speed I will really get.", "#5B9BD5"),
    ("stage-choose", "Choose a plan", "Pick a plan that copes with work calls, homework and streaming, without paying for extras I won't use.", "#70AD47"),
    ("stage-order", "Order & install", "Get connected on a day that suits me, with as little disruption as possible.", "#FFC000"),
    ("stage-use", "Get connected & use", "Fast, reliable Wi-Fi in every room, and bills I understand.", "#4472C4"),
    ("stage-help", "Get help", "Get a problem fixed quickly, by someone who already knows my history.", "#C00000"),
    ("stage-renew", "Renew or leave", "Keep a fair price when the contract ends, or leave without a fight.", "#7030A0"),
]

LIFECYCLE_METRICS = {
    "stage-discover": (3.9, 12),
    "stage-choose": (3.6, 8),
    "stage-order": (3.4, -4),
    "stage-use": (4.1, 21),
    "stage-help": (2.7, -31),
    "stage-renew": (2.9, -18),
}


def lifecycle_cards() -> list[Card]:
    s = "stage-discover"
    discover = [
        ("card-search-providers", "do", s, "Searches “best broadband in my area” and opens a comparison site"),
        ("card-ask-neighbours", "do", s, "Asks in the street's WhatsApp group which provider the neighbours use"),
        ("card-tv-ad", "tp", s, "TV and bus-stop ad: “Full fibre, up to 900 Mb/s”", {"channel": Channel.OTHER, "tags": ["brand"]}),
        ("card-postcode-checker", "tp", s, "Postcode availability checker", {"channel": Channel.WEB, "url": "https://kestrel.example/availability"}),
        ("card-thought-speeds", "th", s, "“Do those speeds hold at 8 pm, when the whole street is streaming?”"),
        ("card-address-not-found", "pain", s, "The checker doesn't know new-build flats and says “no service” where full fibre is already live", {"tags": ["data-quality"], "notes": "Seen in 6 of 14 interviews with customers in new builds (Sept 2026)."}),
        ("card-opp-street-speeds", "opp", s, "Show measured evening speeds for the street, from our own network data", {"votes": 7}),
        ("card-address-db", "back", s, "Address database refreshed monthly from the wholesale network; new builds lag by up to 10 weeks", {"tags": ["data-quality"]}),
        ("card-metric-checker", "kpi", s, "Availability checker: share of “no service” answers later found serviceable", {"metrics": [metric("False “no service” (%)", 41, D(2026, 10, 31), "Order-system match, Oct 2026")]}),
    ]
    s = "stage-choose"
    choose = [
        ("card-compare-plans", "do", s, "Compares three plans and two routers side by side in browser tabs"),
        ("card-plan-page", "tp", s, "Plans and prices page", {"channel": Channel.WEB, "url": "https://kestrel.example/plans"}),
        ("card-sales-chat", "tp", s, "Sales chat: a bot first, then a person", {"channel": Channel.CHAT}),
        ("card-store-visit", "tp", s, "Ron asks in the high-street store", {"channel": Channel.STORE, "tags": ["persona-ron"]}),
        ("card-thought-price", "th", s, "“And what will I pay after the 18 months? Why is that so hard to find?”"),
        ("card-price-compare", "pain", s, "The price after the introductory period is in the small print, and the total cost over the contract isn't shown", {"tags": ["pricing", "trust"], "colour": "#F4B183"}),
        ("card-jargon", "pain", s, "Jargon everywhere: FTTP, FTTC, Wi-Fi 6E, mesh. Ron can't tell which he needs", {"tags": ["plain-language"]}),
        ("card-opp-total-cost", "opp", s, "Show the total contract cost and the price after the offer on every plan card", {"votes": 11, "tags": ["pricing"]}),
        ("card-opp-plan-finder", "opp", s, "Three-question plan finder: who's at home, what you do online, how many rooms", {"votes": 6}),
        ("card-sales-advisor", "front", s, "Sales advisor, in chat or in store, with a monthly target on add-ons"),
    ]
    s = "stage-order"
    order = [
        ("card-place-order", "do", s, "Orders online and picks the earliest install slot, 12 days away"),
        ("card-wait-engineer", "do", s, "Takes a morning off work and waits for the engineer"),
        ("card-order-email", "tp", s, "Order confirmation email", {"channel": Channel.EMAIL}),
        ("card-install-reminder", "tp", s, "Install reminder in the app and by text, the day before", {"channel": Channel.APP}),
        ("card-engineer-visit", "tp", s, "Engineer visit to fit the fibre socket", {"channel": Channel.OTHER, "tags": ["in-home"]}),
        ("card-thought-slot", "th", s, "“An 8 am to 1 pm slot. So that's my whole morning gone.”"),
        ("card-install-window", "pain", s, "Five-hour install window and no way to see where the engineer is", {"tags": ["appointments"]}),
        ("card-missed-appointment", "pain", s, "About one install in nine is moved on the day, often without notice", {"tags": ["appointments"], "metrics": [metric("Installs rescheduled on the day (%)", 11.2, D(2026, 10, 31), "Field partner weekly report")]}),
        ("card-opp-engineer-tracking", "opp", s, "Live “engineer on the way” tracking, and two-hour slots", {"votes": 9}),
        ("card-install-engineer", "front", s, "Install engineer (partner company, in Kestrel uniform)"),
        ("card-field-scheduling", "back", s, "The install partner schedules visits in half-day blocks"),
        ("card-order-handover", "sys", s, "Orders reach the partner's system in a nightly batch"),
    ]
    s = "stage-use"
    use = [
        ("card-setup-wifi", "do", s, "Sets up the Wi-Fi, connects 23 devices, moves the router to the landing"),
        ("card-first-bill", "do", s, "Opens the first bill, which is much higher than expected"),
        ("card-app-speedtest", "tp", s, "App: speed test and Wi-Fi coverage map", {"channel": Channel.APP}),
        ("card-first-bill-email", "tp", s, "First bill by email, as a PDF", {"channel": Channel.EMAIL}),
        ("card-paper-bill", "tp", s, "Paper bill by post (Ron asked for it)", {"channel": Channel.MAIL, "tags": ["persona-ron"]}),
        ("card-thought-bill", "th", s, "“Why is the first bill £52 when the plan is £32?”"),
        ("card-thought-homework", "th", s, "“Brilliant when it works: Zoë's homework uploads in seconds.”"),
        ("card-first-bill-shock", "pain", s, "The first bill adds a part month and the install fee with no explanation", {"tags": ["billing", "trust"], "colour": "#F4B183", "notes": "Top reason for calls in the first 60 days (22% of them)."}),
        ("card-wifi-dead-spots", "pain", s, "Wi-Fi doesn't reach the garden office; calls drop"),
        ("card-opp-bill-explainer", "opp", s, "Annotated first bill: each line explained in plain words, in the app and on the PDF", {"votes": 14, "tags": ["billing"]}),
        ("card-billing-run", "back", s, "Billing run on the 1st; part-month charges added automatically"),
        ("card-metric-speed", "kpi", s, "Median evening download on the 900 Mb/s plan", {"metrics": [metric("Median evening download (Mb/s)", 612, D(2026, 10, 31), "Network probes, 7-11 pm, October 2026")]}),
    ]
    s = "stage-help"
    help_ = [
        ("card-restart-router", "do", s, "Restarts the router, then searches the help pages on her phone"),
        ("card-call-support", "do", s, "Calls support after the connection drops three evenings running", {"drilldown": SUPPORT_FILE}),
        ("card-help-pages", "tp", s, "Help pages and service status", {"channel": Channel.WEB, "url": "https://kestrel.example/help"}),
        ("card-support-line", "tp", s, "Support line: phone menu, then an agent", {"channel": Channel.PHONE, "drilldown": SUPPORT_FILE}),
        ("card-social-complaint", "tp", s, "Public complaint on social media after the second call", {"channel": Channel.SOCIAL}),
        ("card-thought-repeat", "th", s, "“Third time I've explained this. Don't they keep notes?”"),
        ("card-repeat-story", "pain", s, "Has to repeat the problem to every agent; nobody sees the case history", {"tags": ["support"], "colour": "#F4B183"}),
        ("card-long-hold", "pain", s, "19 minutes on hold, on average, on weekday evenings", {"tags": ["support"]}),
        ("card-opp-proactive-outage", "opp", s, "Tell customers about a known fault before they call, by text and in the app", {"votes": 12}),
        ("card-support-agent", "front", s, "Support agent: outsourced first line, in-house second line"),
        ("card-ticket-handoff", "back", s, "Tickets go from first line to the network team by email"),
        ("card-crm-split", "sys", s, "The CRM and network monitoring are separate systems with no link"),
    ]
    s = "stage-renew"
    renew = [
        ("card-contract-end", "do", s, "Gets an end-of-contract notice: £14 a month more from next month"),
        ("card-haggle", "do", s, "Calls to cancel, to get the retention offer"),
        ("card-eoc-notice", "tp", s, "End-of-contract notice by email and by letter", {"channel": Channel.EMAIL}),
        ("card-retentions-call", "tp", s, "Call with the retentions team", {"channel": Channel.PHONE}),
        ("card-renew-online", "tp", s, "Renew online: only the standard price is shown", {"channel": Channel.WEB}),
        ("card-thought-loyalty", "th", s, "“New customers get a better deal than me, after three years with them.”"),
        ("card-loyalty-penalty", "pain", s, "Loyal customers pay more than new ones; the best price only goes to those who threaten to leave", {"tags": ["pricing", "trust"], "colour": "#F4B183"}),
        ("card-cancel-hassle", "pain", s, "Leaving takes a phone call, and returning the router a trip to the post office"),
        ("card-opp-fair-renewal", "opp", s, "Offer existing customers the best available price online, no call needed", {"votes": 15, "tags": ["pricing"]}),
        ("card-retention-rules", "back", s, "Retention offers come from a pricing spreadsheet only the phone team can see"),
        ("card-metric-churn", "kpi", s, "Customers who leave when their contract ends", {"metrics": [metric("Churn at contract end (%)", 23, D(2026, 9, 30), "Finance churn report, Q3 2026")]}),
    ]
    return cards(discover + choose + order + use + help_ + renew)


def lifecycle() -> JourneyMap:
    stages = []
    for stage_id, name, goal, colour in LIFECYCLE_STAGES:
        csat, nps = LIFECYCLE_METRICS[stage_id]
        stages.append(
            Stage(
                id=stage_id,
                name=name,
                goal=goal,
                colour=colour,
                metrics=stage_metrics(csat, nps, D(2026, 9, 30), D(2026, 9, 30)),
                drilldown=SUPPORT_FILE if stage_id == "stage-help" else None,
            )
        )
    emotions = scores(
        [
            ("stage-discover", "persona-maya", 1, "Hopeful"),
            ("stage-choose", "persona-maya", 0, "Unsure"),
            ("stage-order", "persona-maya", -1, "Impatient"),
            ("stage-use", "persona-maya", 1, "Relieved"),
            ("stage-help", "persona-maya", -2, "Fed up"),
            ("stage-renew", "persona-maya", -1, "Taken for granted"),
            ("stage-discover", "persona-ron", 0, "Curious"),
            ("stage-choose", "persona-ron", -1, "Confused"),
            ("stage-order", "persona-ron", 0, "Fine"),
            ("stage-use", "persona-ron", 1, "Pleased"),
            ("stage-help", "persona-ron", -1, "Anxious"),
            ("stage-renew", "persona-ron", -2, "Cheated"),
            ("stage-order", "persona-maya", 1, "Quick and tidy", "card-engineer-visit"),
            ("stage-use", "persona-maya", -2, "Shocked", "card-first-bill-email"),
            ("stage-help", "persona-maya", -2, "Exasperated", "card-support-line"),
        ]
    )
    actions = [
        Action(
            id="action-bill-explainer",
            title="Annotated first bill in the app and on the PDF",
            description="Explain the part month, the install fee and the regular price line by line. Pilot with new customers in the North West first.",
            owner="Priya Shah (Billing)",
            due=D(2026, 10, 15),
            status=ActionStatus.IN_PROGRESS,
            priority=Priority.HIGH,
            cards=["card-first-bill-shock", "card-opp-bill-explainer"],
            stages=["stage-use"],
            created=D(2026, 6, 3),
        ),
        Action(
            id="action-total-cost",
            title="Show the total contract cost and the price after the offer on plan cards",
            owner="Tom Reilly (Digital)",
            due=D(2026, 9, 30),
            status=ActionStatus.DONE,
            priority=Priority.HIGH,
            cards=["card-price-compare", "card-opp-total-cost"],
            stages=["stage-choose"],
            created=D(2026, 6, 3),
            completed=D(2026, 9, 24),
        ),
        Action(
            id="action-checker-new-builds",
            title="Weekly address feed for new builds in the availability checker",
            description="Blocked: waiting for the wholesale partner to renew the address API contract.",
            owner="Ana Ribeiro (Network data)",
            due=D(2026, 11, 1),
            status=ActionStatus.BLOCKED,
            priority=Priority.MEDIUM,
            cards=["card-address-not-found", "card-address-db"],
            stages=["stage-discover"],
            created=D(2026, 6, 3),
        ),
        Action(
            id="action-engineer-tracking",
            title="Live engineer tracking and two-hour install slots (pilot in two regions)",
            owner="Marcus Lee (Field operations)",
            due=D(2027, 2, 26),
            status=ActionStatus.OPEN,
            priority=Priority.MEDIUM,
            cards=["card-install-window", "card-missed-appointment"],
            stages=["stage-order"],
            created=D(2026, 6, 10),
        ),
        Action(
            id="action-case-history",
            title="One case per problem, with its history visible to every agent",
            description="First and second line, and the network team, work from the same case. Needs the CRM link to network monitoring.",
            owner="Dana Kowalski (Customer service)",
            due=D(2026, 11, 15),
            status=ActionStatus.OPEN,
            priority=Priority.CRITICAL,
            cards=["card-repeat-story", "card-ticket-handoff", "card-crm-split"],
            stages=["stage-help"],
            created=D(2026, 6, 10),
        ),
        Action(
            id="action-outage-alerts",
            title="Proactive fault texts and app banners for known outages",
            owner="Dana Kowalski (Customer service)",
            due=D(2026, 8, 31),
            status=ActionStatus.DONE,
            priority=Priority.HIGH,
            cards=["card-long-hold", "card-opp-proactive-outage"],
            stages=["stage-help"],
            created=D(2026, 6, 10),
            completed=D(2026, 9, 5),
        ),
        Action(
            id="action-fair-renewal",
            title="Best renewal price online for existing customers",
            owner="Helen Byrne (Pricing)",
            due=D(2027, 1, 29),
            status=ActionStatus.OPEN,
            priority=Priority.HIGH,
            cards=["card-loyalty-penalty", "card-opp-fair-renewal"],
            stages=["stage-renew"],
            created=D(2026, 7, 1),
        ),
        Action(
            id="action-router-returns",
            title="Prepaid router returns at any store or parcel locker",
            description="Dropped: leavers now keep the router and our recycling partner collects it on request.",
            owner="Marcus Lee (Field operations)",
            due=D(2026, 7, 31),
            status=ActionStatus.DROPPED,
            priority=Priority.LOW,
            cards=["card-cancel-hassle"],
            stages=["stage-renew"],
            created=D(2026, 6, 3),
        ),
        Action(
            id="action-plain-words",
            title="Plain-words glossary on the plan pages (FTTP, mesh, Wi-Fi 6E)",
            owner="Tom Reilly (Digital)",
            due=D(2026, 12, 11),
            status=ActionStatus.IN_PROGRESS,
            priority=Priority.LOW,
            cards=["card-jargon"],
            stages=["stage-choose"],
            created=D(2026, 9, 1),
        ),
    ]
    return JourneyMap(
        id="map-broadband-lifecycle",
        title="Broadband customer lifecycle: current state",
        description=(
            "A residential broadband customer's journey with Kestrel Fibre, from first search to renewal or leaving, "
            "as it is today. Built from 14 customer interviews (Sept 2026), the Q3 2026 surveys and a workshop with "
            "Sales, Field operations, Billing and Customer service. “Get help” drills down into the support-call map."
        ),
        state=MapState.CURRENT,
        owner="Joanna Pike (CX lead)",
        tags=["broadband", "residential", "lifecycle"],
        created=dt.datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
        modified=dt.datetime(2026, 11, 10, 16, 45, tzinfo=UTC),
        review_by=D(2026, 10, 31),
        visibility_line_after="lane-frontstage",
        personas=personas(),
        stages=stages,
        lanes=lanes_blueprint(),
        cards=lifecycle_cards(),
        emotions=emotions,
        actions=actions,
    )


# --- the future-state lifecycle map ----------------------------------------------------

FUTURE_REMOVED = {
    "card-address-not-found",
    "card-opp-street-speeds",
    "card-price-compare",
    "card-opp-total-cost",
    "card-opp-plan-finder",
    "card-install-window",
    "card-opp-engineer-tracking",
    "card-first-bill-shock",
    "card-opp-bill-explainer",
    "card-repeat-story",
    "card-long-hold",
    "card-opp-proactive-outage",
    "card-social-complaint",
    "card-ticket-handoff",
    "card-loyalty-penalty",
    "card-haggle",
    "card-retentions-call",
    "card-opp-fair-renewal",
    "card-retention-rules",
}

FUTURE_CHANGED: dict[str, dict[str, Any]] = {
    "card-postcode-checker": {"text": "Postcode checker that knows new builds and shows measured evening speeds for the street"},
    "card-thought-speeds": {"text": "“612 Mb/s at 8 pm on my street. Good enough for all of us.”"},
    "card-address-db": {"text": "Address database refreshed weekly, including new builds"},
    "card-plan-page": {"text": "Plan cards show the total contract cost and the price after the offer"},
    "card-thought-price": {"text": "“£768 over two years, then £36 a month. Clear.”"},
    "card-jargon": {"text": "A few terms still need explaining; the glossary covers the common ones"},
    "card-sales-advisor": {"text": "Sales advisor, in chat or in store, measured on customers still happy after 90 days"},
    "card-install-reminder": {"text": "“Engineer on the way” tracking in the app, with a two-hour slot", "channel": Channel.APP},
    "card-wait-engineer": {"text": "Works as usual and gets a text when the engineer is 30 minutes away"},
    "card-thought-slot": {"text": "“Between 10 and 12. I can work around that.”"},
    "card-missed-appointment": {"text": "A few installs still move on the day, but the customer is told and offered a new slot at once"},
    "card-field-scheduling": {"text": "The install partner schedules visits in two-hour slots with live tracking"},
    "card-order-handover": {"text": "Orders reach the partner's system in real time"},
    "card-first-bill": {"text": "Opens the first bill; every line is explained"},
    "card-first-bill-email": {"text": "Annotated first bill by email and in the app"},
    "card-thought-bill": {"text": "“Ah, a part month plus the install fee. Makes sense.”"},
    "card-call-support": {"text": "Rarely needs to call: a text about the fault arrived before she noticed"},
    "card-support-line": {"text": "Support line: the agent sees the whole case and the line test"},
    "card-thought-repeat": {"text": "“They already knew. And they called me back as promised.”"},
    "card-support-agent": {"text": "Support agent who owns the case from start to end"},
    "card-crm-split": {"text": "Network monitoring raises cases in the CRM automatically"},
    "card-contract-end": {"text": "Gets a renewal offer at the best current price, three months before the contract ends"},
    "card-eoc-notice": {"text": "Renewal offer by email, letter and in the app; renew in one tap"},
    "card-renew-online": {"text": "Renew online at the same price new customers get", "tags": ["pricing"]},
    "card-thought-loyalty": {"text": "“Same price as new customers. Fine, I'll stay.”"},
    "card-cancel-hassle": {"text": "Leaving online takes two minutes; the router is collected for recycling"},
}

FUTURE_ADDED = [
    ("card-fut-plan-finder", "tp", "stage-choose", "Plan finder: three questions, one recommended plan", {"channel": Channel.WEB}),
    ("card-fut-mesh-offer", "tp", "stage-use", "App suggests a mesh booster when a room has a weak signal", {"channel": Channel.APP}),
    ("card-fut-outage-text", "tp", "stage-help", "Fault text and app banner before the customer notices", {"channel": Channel.APP}),
    ("card-fut-callback", "tp", "stage-help", "Call-back at a time the customer picks, instead of holding", {"channel": Channel.PHONE}),
    ("card-fut-one-case", "back", "stage-help", "One case per problem, shared by first line, second line and the network team"),
    ("card-fut-pricing-rules", "back", "stage-renew", "One price list for new and existing customers, published on the website"),
    ("card-fut-leave-online", "tp", "stage-renew", "Leave online, no call needed", {"channel": Channel.WEB}),
    ("card-fut-risk-eoc", "pain", "stage-renew", "Risk: revenue drops in the first year of fair renewal pricing", {"tags": ["pricing", "risk"]}),
]


def lifecycle_future(current: JourneyMap) -> JourneyMap:
    future_cards = []
    for card in current.cards:
        if card.id in FUTURE_REMOVED:
            continue
        copy = card.model_copy(deep=True)
        for field, value in FUTURE_CHANGED.get(card.id, {}).items():
            setattr(copy, field, value)
        future_cards.append(copy)
    added = cards(list(FUTURE_ADDED))
    # Added cards go after the shared ones of their cell.
    stage_order = [s[0] for s in LIFECYCLE_STAGES]
    lane_order = [lane.id for lane in current.lanes]
    all_cards = sorted(
        future_cards + added,
        key=lambda c: (stage_order.index(c.stage), lane_order.index(c.lane)),
    )
    targets = {
        "stage-discover": (4.2, 25),
        "stage-choose": (4.2, 25),
        "stage-order": (4.3, 30),
        "stage-use": (4.4, 35),
        "stage-help": (3.8, 10),
        "stage-renew": (4.0, 15),
    }
    stages = []
    for stage in current.stages:
        copy = stage.model_copy(deep=True)
        csat, nps = targets[stage.id]
        copy.metrics = [
            metric("CSAT (target)", csat, D(2027, 12, 31), "Targets agreed by the CX steering group, Nov 2026"),
            metric("NPS (target)", nps, D(2027, 12, 31), "Targets agreed by the CX steering group, Nov 2026"),
        ]
        stages.append(copy)
    stages[4].goal = "Problems are spotted and fixed before I have to ask; if I call, they already know."
    emotions = scores(
        [
            ("stage-discover", "persona-maya", 1, "Confident"),
            ("stage-choose", "persona-maya", 1, "Clear"),
            ("stage-order", "persona-maya", 1, "In control"),
            ("stage-use", "persona-maya", 2, "Delighted"),
            ("stage-help", "persona-maya", 0, "Reassured"),
            ("stage-renew", "persona-maya", 1, "Treated fairly"),
            ("stage-discover", "persona-ron", 0, "Curious"),
            ("stage-choose", "persona-ron", 1, "Understood"),
            ("stage-order", "persona-ron", 1, "Looked after"),
            ("stage-use", "persona-ron", 1, "Pleased"),
            ("stage-help", "persona-ron", 0, "Reassured"),
            ("stage-renew", "persona-ron", 1, "Respected"),
        ]
    )
    actions = [
        Action(
            id="action-fut-business-case",
            title="Business case for fair renewal pricing (revenue impact over three years)",
            owner="Helen Byrne (Pricing)",
            due=D(2027, 1, 15),
            status=ActionStatus.IN_PROGRESS,
            priority=Priority.HIGH,
            cards=["card-fut-risk-eoc", "card-fut-pricing-rules"],
            stages=["stage-renew"],
            created=D(2026, 11, 12),
        ),
        Action(
            id="action-fut-crm-link",
            title="Choose the integration between network monitoring and the CRM",
            owner="Ravi Menon (IT architecture)",
            due=D(2027, 3, 31),
            status=ActionStatus.OPEN,
            priority=Priority.MEDIUM,
            cards=["card-crm-split", "card-fut-one-case"],
            stages=["stage-help"],
            created=D(2026, 11, 12),
        ),
        Action(
            id="action-fut-callback",
            title="Call-back scheduling in the phone system",
            owner="Dana Kowalski (Customer service)",
            due=D(2027, 4, 30),
            status=ActionStatus.OPEN,
            priority=Priority.MEDIUM,
            cards=["card-fut-callback"],
            stages=["stage-help"],
            created=D(2026, 11, 12),
        ),
    ]
    return JourneyMap(
        id="map-broadband-lifecycle-future",
        title="Broadband customer lifecycle: future state (end of 2027)",
        description=(
            "The journey we want by the end of 2027. Stages, lanes and cards keep the ids of the current-state map, "
            "so the two can be compared: solved pain points are gone, opportunities have become touchpoints, and "
            "the action plan lists what the future state still needs."
        ),
        state=MapState.FUTURE,
        owner="Joanna Pike (CX lead)",
        tags=["broadband", "residential", "lifecycle", "2027"],
        created=dt.datetime(2026, 11, 12, 10, 0, tzinfo=UTC),
        modified=dt.datetime(2026, 11, 19, 15, 20, tzinfo=UTC),
        review_by=D(2027, 3, 31),
        visibility_line_after="lane-frontstage",
        personas=personas(),
        stages=stages,
        lanes=lanes_blueprint(),
        cards=renumber(all_cards),
        emotions=emotions,
        actions=actions,
    )


# --- the support-call map ----------------------------------------------------------------

SUPPORT_STAGES = [
    ("stage-notice", "Notice a problem", "Understand whether the fault is mine, the router's or the network's.", "#F4B183"),
    ("stage-search", "Search for help", "Find an answer myself, quickly, from my phone.", "#FFD966"),
    ("stage-call", "Call support", "Reach someone who can fix it, without repeating myself.", "#C00000"),
    ("stage-visit", "Technician visit", "A visit at a time I can plan my work around, fixed in one go.", "#8FAADC"),
    ("stage-resolve", "Resolution", "Know it's fixed for good, and be compensated fairly.", "#70AD47"),
]


def support_cards() -> list[Card]:
    s = "stage-notice"
    notice = [
        ("card-video-drops", "do", s, "Her video call freezes during a client meeting; the router light blinks amber"),
        ("card-router-light", "tp", s, "Router status light", {"channel": Channel.OTHER}),
        ("card-thought-is-it-me", "th", s, "“Is it my Wi-Fi, the router, or the whole street?”"),
        ("card-amber-meaning", "pain", s, "Nothing on the router explains what a blinking amber light means"),
        ("card-line-monitoring", "back", s, "Network monitoring already sees the line retraining 40 times an hour", {"notes": "Nobody is alerted for a single line; alarms start at 50 lines in one cabinet."}),
    ]
    s = "stage-search"
    search = [
        ("card-check-status", "do", s, "Checks the service status page on her phone, over 4G"),
        ("card-status-page", "tp", s, "Service status page", {"channel": Channel.WEB, "url": "https://kestrel.example/status"}),
        ("card-thought-no-issues", "th", s, "“It says ‘no known issues’. So it's me?”"),
        ("card-status-generic", "pain", s, "The status page only shows regional outages, never a fault on her own line"),
        ("card-opp-line-test", "opp", s, "Run a line test from the app and show the result in plain words", {"votes": 8}),
    ]
    s = "stage-call"
    call = [
        ("card-dial", "do", s, "Calls the 0800 number and works through four menu levels"),
        ("card-ivr", "tp", s, "Phone menu (IVR)", {"channel": Channel.PHONE}),
        ("card-agent-call", "tp", s, "Call with a first-line agent", {"channel": Channel.PHONE}),
        ("card-thought-restart", "th", s, "“I've already restarted it. Twice. Please stop asking.”"),
        ("card-ivr-maze", "pain", s, "Four menu levels before a person; none of the options match the fault", {"tags": ["support"]}),
        ("card-script-restart", "pain", s, "The agent follows the script and asks for a router restart again", {"tags": ["support"]}),
        ("card-opp-skip-script", "opp", s, "If the app's line test already ran, skip the script and go straight to diagnosis", {"votes": 10}),
        ("card-first-line-agent", "front", s, "First-line agent at the outsourced contact centre"),
        ("card-remote-test", "back", s, "Remote line test run by the agent; takes six minutes"),
        ("card-metric-hold", "kpi", s, "Time on hold, weekday evenings", {"metrics": [metric("Average hold (minutes)", 19, D(2026, 10, 31), "Telephony platform, October 2026")]}),
    ]
    s = "stage-visit"
    visit = [
        ("card-stay-home", "do", s, "Moves two meetings to stay in for an all-day slot"),
        ("card-visit-confirm", "tp", s, "Visit confirmation email", {"channel": Channel.EMAIL}),
        ("card-tech-visit", "tp", s, "Technician replaces the router and the fibre patch lead", {"channel": Channel.OTHER, "tags": ["in-home"]}),
        ("card-allday-slot", "pain", s, "All-day slot; the technician arrives at 4:40 pm", {"tags": ["appointments"]}),
        ("card-technician", "front", s, "Field technician from the install partner"),
        ("card-no-spare-router", "back", s, "No spare router in the van on the first visit; the fix needs a second one"),
    ]
    s = "stage-resolve"
    resolve = [
        ("card-closure-email", "tp", s, "“Case closed” email with a survey", {"channel": Channel.EMAIL}),
        ("card-credit-letter", "tp", s, "Letter confirming a £9.50 credit for three days without service", {"channel": Channel.MAIL}),
        ("card-thought-credit", "th", s, "“A credit is nice, but I lost two working days.”"),
        ("card-survey-too-soon", "pain", s, "The survey arrives before she knows whether the fix has held"),
        ("card-opp-followup", "opp", s, "Check the line seven days later and tell the customer it's stable", {"votes": 5}),
        ("card-metric-ftr", "kpi", s, "Faults fixed at the first contact", {"metrics": [metric("First-contact resolution (%)", 58, D(2026, 10, 31), "CRM case report, October 2026")]}),
    ]
    return cards(notice + search + call + visit + resolve)


def support_call() -> JourneyMap:
    csat = {"stage-notice": None, "stage-search": 3.1, "stage-call": 2.4, "stage-visit": 3.3, "stage-resolve": 3.8}
    stages = []
    for stage_id, name, goal, colour in SUPPORT_STAGES:
        values = []
        if csat[stage_id] is not None:
            values.append(metric("CSAT", csat[stage_id], D(2026, 10, 31), "Post-contact survey (1-5), October 2026"))
        stages.append(Stage(id=stage_id, name=name, goal=goal, colour=colour, metrics=values))
    stages[2].metrics.append(metric("Average handle time (minutes)", 14.5, D(2026, 10, 31), "Telephony platform, October 2026"))
    maya = personas()[0]
    emotions = scores(
        [
            ("stage-notice", "persona-maya", -1, "Annoyed"),
            ("stage-search", "persona-maya", -1, "Puzzled"),
            ("stage-call", "persona-maya", -2, "Exasperated"),
            ("stage-visit", "persona-maya", -1, "Stuck at home"),
            ("stage-resolve", "persona-maya", 1, "Relieved"),
            ("stage-call", "persona-maya", -2, "Lost in the menu", "card-ivr"),
            ("stage-call", "persona-maya", 0, "Kind agent", "card-agent-call"),
        ]
    )
    actions = [
        Action(
            id="action-ivr-two-levels",
            title="Cut the phone menu to two levels, routed by fault type",
            owner="Dana Kowalski (Customer service)",
            due=D(2026, 10, 30),
            status=ActionStatus.IN_PROGRESS,
            priority=Priority.HIGH,
            cards=["card-ivr-maze"],
            stages=["stage-call"],
            created=D(2026, 7, 20),
        ),
        Action(
            id="action-app-line-test",
            title="Line test in the app, with the result passed to the agent",
            owner="Tom Reilly (Digital)",
            due=D(2027, 1, 22),
            status=ActionStatus.OPEN,
            priority=Priority.HIGH,
            cards=["card-status-generic", "card-opp-line-test", "card-script-restart"],
            stages=["stage-search", "stage-call"],
            created=D(2026, 7, 20),
        ),
        Action(
            id="action-tech-eta",
            title="Text with the technician's name and arrival time an hour ahead",
            owner="Marcus Lee (Field operations)",
            due=D(2026, 9, 15),
            status=ActionStatus.DONE,
            priority=Priority.MEDIUM,
            cards=["card-allday-slot"],
            stages=["stage-visit"],
            created=D(2026, 7, 20),
            completed=D(2026, 9, 11),
        ),
        Action(
            id="action-survey-timing",
            title="Send the survey seven days after the case closes",
            owner="Sam Adeyemi (Insight)",
            due=D(2026, 12, 4),
            status=ActionStatus.OPEN,
            priority=Priority.LOW,
            cards=["card-survey-too-soon"],
            stages=["stage-resolve"],
            created=D(2026, 8, 2),
        ),
    ]
    return JourneyMap(
        id="map-support-call",
        title="Support call: connection keeps dropping",
        description=(
            "Detail of the lifecycle's “Get help” stage: Maya's connection drops every evening, and it takes a call, "
            "a technician visit and nine days to fix. From call recordings, case notes and two interviews."
        ),
        state=MapState.CURRENT,
        owner="Dana Kowalski (Customer service)",
        tags=["broadband", "support", "fault"],
        created=dt.datetime(2026, 7, 14, 11, 20, tzinfo=BST),
        modified=dt.datetime(2026, 10, 2, 14, 5, tzinfo=BST),
        review_by=D(2027, 1, 15),
        visibility_line_after="lane-frontstage",
        personas=[maya],
        stages=stages,
        lanes=lanes_blueprint({"lane-frontstage": "Staff she talks to"}),
        cards=support_cards(),
        emotions=emotions,
        actions=actions,
    )


# --- the atlas ---------------------------------------------------------------------------


def atlas() -> Atlas:
    return Atlas(
        id="atlas-broadband",
        title="Kestrel Fibre: residential broadband journeys",
        description=(
            "The example atlas: a broadband customer's lifecycle today and as we want it, and a detailed map of a "
            "support call that the lifecycle's “Get help” stage drills into. Open a map, or compare the current "
            "lifecycle with its future state."
        ),
        entries=[
            AtlasEntry(path=LIFECYCLE_FILE, group="Lifecycle", tags=["current", "residential"]),
            AtlasEntry(path=FUTURE_FILE, group="Lifecycle", tags=["future", "residential"]),
            AtlasEntry(path=SUPPORT_FILE, group="Support", tags=["current", "support", "detail"]),
        ],
        pairs=[MapPair(current=LIFECYCLE_FILE, future=FUTURE_FILE)],
        personas=personas(),
    )


def build_examples() -> dict[str, Any]:
    """Every example document by file name, built in memory."""
    current = lifecycle()
    return {
        ATLAS_FILE: atlas(),
        LIFECYCLE_FILE: current,
        FUTURE_FILE: lifecycle_future(current),
        SUPPORT_FILE: support_call(),
    }


def verify(folder: Path) -> list[str]:
    """Problems found loading the written files back (an empty list when all is well)."""
    problems = []
    for name in build_examples():
        document = load(folder / name).document  # raises DocumentError on any problem
        check = check_atlas if isinstance(document, Atlas) else check_map
        problems += [f"{name}: {p}" for p in check(document)]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the files on disk instead of writing")
    parser.add_argument("--out", type=Path, default=EXAMPLES, help=f"folder to write (default {EXAMPLES})")
    options = parser.parse_args(argv)

    documents = build_examples()
    if options.check:
        stale = [
            name
            for name, document in documents.items()
            if not (options.out / name).is_file()
            or (options.out / name).read_bytes() != serialize_document(spec_for(document), document)
        ]
        for name in stale:
            print(f"{options.out / name}: differs from packaging/make_examples.py", file=sys.stderr)
        return 1 if stale else 0

    options.out.mkdir(parents=True, exist_ok=True)
    for name, document in documents.items():
        save(options.out / name, document)
        print(f"wrote {options.out / name}")
    problems = verify(options.out)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
