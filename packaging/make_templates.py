#!/usr/bin/env python3
"""Write the bundled map templates in resources/templates/ (a maintainer's tool).

Each template is a starting point a practitioner would recognise: the stages
and lanes of a common kind of journey, example cards phrased the way research
findings usually read, and a first emotion curve. Replacing the examples with
what the team actually found is the intended next step. The committed files are
exactly what ``store.save()`` writes; ids are fixed here so the files do not
change on every run (a map made *from* a template gets fresh ids: see
``journeymapper.templates.instantiate``).

    python packaging/make_templates.py            # rewrite resources/templates/
    python packaging/make_templates.py --check    # exit 1 if the files differ
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

from journeymapper.model import Card, Channel, EmotionScore, JourneyMap, Lane, LaneKind, Stage, check_map
from journeymapper.store import MAP_FORMAT, load, save, serialize_document

TEMPLATES = Path(__file__).resolve().parent.parent / "resources" / "templates"

CardSpec = Union[str, tuple[str, dict[str, Any]]]
"""A card's text, or its text and extra fields (channel, tags, notes...)."""


@dataclass
class StageSpec:
    key: str
    name: str
    goal: str
    cells: dict[str, list[CardSpec]]
    """Card texts by lane key, in display order."""
    emotion: float | None = None
    feeling: str = ""


@dataclass
class TemplateSpec:
    key: str
    title: str
    description: str
    lanes: list[tuple[str, LaneKind, str]]
    """(lane key, kind, title) from top to bottom."""
    stages: list[StageSpec]
    tags: list[str] = field(default_factory=list)
    visibility_line_after: str | None = None
    """The key of the lane under which the line of visibility is drawn."""


def build(spec: TemplateSpec) -> JourneyMap:
    """The map a template spec describes, with ids derived from its keys."""
    prefix = spec.key
    lane_ids = {key: f"lane-{prefix}-{key}" for key, _, _ in spec.lanes}
    stages, cards, emotions = [], [], []
    for stage in spec.stages:
        stage_id = f"stage-{prefix}-{stage.key}"
        stages.append(Stage(id=stage_id, name=stage.name, goal=stage.goal))
        for lane_key, items in stage.cells.items():
            for order, item in enumerate(items):
                text, extra = (item, {}) if isinstance(item, str) else item
                card_id = f"card-{prefix}-{stage.key}-{lane_key}-{order + 1}"
                cards.append(Card(id=card_id, lane=lane_ids[lane_key], stage=stage_id, order=order, text=text, **extra))
        if stage.emotion is not None:
            emotions.append(EmotionScore(stage=stage_id, value=stage.emotion, label=stage.feeling))
    return JourneyMap(
        id=f"map-template-{prefix}",
        title=spec.title,
        description=spec.description,
        tags=spec.tags,
        visibility_line_after=lane_ids[spec.visibility_line_after] if spec.visibility_line_after else None,
        stages=stages,
        lanes=[Lane(id=lane_ids[key], kind=kind, title=title) for key, kind, title in spec.lanes],
        cards=cards,
        emotions=emotions,
    )


JOURNEY_LANES = [
    ("do", LaneKind.CUSTOMER_ACTIONS, "What the customer does"),
    ("tp", LaneKind.TOUCHPOINTS, "Touchpoints"),
    ("think", LaneKind.THOUGHTS, "What they think"),
    ("feel", LaneKind.EMOTIONS, "How they feel"),
    ("pain", LaneKind.PAIN_POINTS, "Pain points"),
    ("opp", LaneKind.OPPORTUNITIES, "Opportunities"),
    ("kpi", LaneKind.METRICS, "Measures"),
]

WEB, APP, EMAIL, PHONE, CHAT, SOCIAL, STORE, MAIL, OTHER = (
    Channel.WEB, Channel.APP, Channel.EMAIL, Channel.PHONE, Channel.CHAT, Channel.SOCIAL, Channel.STORE,
    Channel.MAIL, Channel.OTHER,
)


def on(channel: Channel, text: str) -> tuple[str, dict[str, Any]]:
    """A touchpoint card on a channel."""
    return (text, {"channel": channel})


ECOMMERCE = TemplateSpec(
    key="ecommerce",
    title="E-commerce purchase",
    description=(
        "A shopper's path from noticing a need to buying again, for an online shop. Replace the example "
        "cards with what your interviews, analytics and support tickets show; keep the measures that you "
        "can actually track."
    ),
    tags=["e-commerce", "template"],
    lanes=JOURNEY_LANES,
    stages=[
        StageSpec("discover", "Discover", "Find a product that solves my need, from a shop I can trust.", {
            "do": ["Searches for the product type and compares the first results", "Asks friends or reads a review site"],
            "tp": [on(SOCIAL, "Social ad or influencer post"), on(WEB, "Search results and shopping ads")],
            "think": ["“Is this shop legitimate? I've never heard of it.”"],
            "pain": ["Ads show products that turn out to be out of stock"],
            "opp": ["Show stock and delivery date already in the ad and on the landing page"],
            "kpi": ["New visitors; share arriving from paid search"],
        }, 1, "Curious"),
        StageSpec("browse", "Browse & compare", "Be sure I am choosing the right product at a fair price.", {
            "do": ["Filters by size and price, opens several product pages in tabs", "Reads reviews, looks at customer photos"],
            "tp": [on(WEB, "Category page with filters"), on(WEB, "Product page: photos, sizes, reviews")],
            "think": ["“Will it fit? What if it looks different from the photo?”"],
            "pain": ["Size charts differ between brands and aren't on the product page", "Delivery cost only appears at checkout"],
            "opp": ["Fit guidance from returns data (“runs small: most people pick one size up”)"],
            "kpi": ["Product page to basket conversion"],
        }, 0, "Unsure"),
        StageSpec("checkout", "Basket & checkout", "Pay quickly and safely, without surprises.", {
            "do": ["Adds to basket, enters address and pays", "Looks for a discount code in another tab"],
            "tp": [on(WEB, "Basket and checkout pages"), on(EMAIL, "Order confirmation email")],
            "think": ["“Why do I have to create an account just to buy one thing?”"],
            "pain": ["Forced account creation", "Card declined with no explanation; 3-D Secure page times out on mobile"],
            "opp": ["Guest checkout and wallet payments; show total cost including delivery from the basket on"],
            "kpi": ["Checkout abandonment rate", "Payment failure rate by method"],
        }, -1, "Tense"),
        StageSpec("delivery", "Wait for delivery", "Know when it will arrive and be there for it.", {
            "do": ["Checks the tracking page several times", "Rearranges the day around the delivery slot"],
            "tp": [on(EMAIL, "Dispatch email with the carrier's tracking link"), on(APP, "Carrier app or text with a time slot")],
            "think": ["“Where is it? It said two days.”"],
            "pain": ["Tracking stops at “in transit” for days", "“Sorry we missed you” card although someone was at home"],
            "opp": ["Proactive message when a parcel is delayed, with a new date and a way to choose a safe place"],
            "kpi": ["On-time delivery rate", "“Where is my order?” contacts per 100 orders"],
        }, -1, "Impatient"),
        StageSpec("use", "Unbox & use", "Get what I expected and enjoy it.", {
            "do": ["Unpacks, tries the product on or sets it up"],
            "tp": [on(OTHER, "Packaging, delivery note, care leaflet")],
            "think": ["“Nice, exactly as in the photos.”"],
            "pain": ["Too much plastic packaging for a small item"],
            "opp": ["Review request timed after the product has been used for a week, not on delivery day"],
            "kpi": ["Product rating (1-5)"],
        }, 2, "Pleased"),
        StageSpec("return", "Return or buy again", "Send back what doesn't fit easily; come back when I need more.", {
            "do": ["Starts a return online and prints a label", "Gets a refund, or orders again from the email offer"],
            "tp": [on(WEB, "Returns portal"), on(STORE, "Drop-off point"), on(EMAIL, "Refund confirmation and win-back offer")],
            "think": ["“How long until I get my money back?”"],
            "pain": ["Refunds take 14 days after the parcel is received, with no status in between"],
            "opp": ["Instant refund on drop-off scan for returning customers with a good history"],
            "kpi": ["Return rate by category", "Repeat purchase within 90 days"],
        }, 0, "Relieved, if it goes smoothly"),
    ],
)

SAAS = TemplateSpec(
    key="saas",
    title="SaaS onboarding",
    description=(
        "A new account's first weeks in a software product, from sign-up to the decision to pay. The "
        "stages follow the usual activation funnel; name your own “first value” moment in the third stage "
        "and measure how long it takes to reach it."
    ),
    tags=["saas", "onboarding", "template"],
    lanes=[("do", LaneKind.CUSTOMER_ACTIONS, "What the user does")] + JOURNEY_LANES[1:],
    stages=[
        StageSpec("signup", "Sign up", "Try the product without a sales call or a credit card.", {
            "do": ["Signs up with a work email or single sign-on", "Answers the welcome survey (role, team size)"],
            "tp": [on(WEB, "Pricing page and sign-up form"), on(EMAIL, "Email address verification")],
            "think": ["“I only want to see whether it does what the demo video showed.”"],
            "pain": ["Verification email lands in spam; the account waits unverified"],
            "opp": ["Let people start before verifying, and remind them inside the product"],
            "kpi": ["Visitor to sign-up conversion", "Verified accounts (%)"],
        }, 1, "Hopeful"),
        StageSpec("setup", "First login & setup", "Get my own data in and see something familiar.", {
            "do": ["Skips the product tour", "Imports data from a spreadsheet or connects another tool"],
            "tp": [on(APP, "Empty workspace with a checklist"), on(APP, "Import wizard and integrations page")],
            "think": ["“Where do I start? It's all empty.”"],
            "pain": ["Blank screens with no sample data", "Import fails on the date format with a generic error"],
            "opp": ["Sample project to explore; import that previews and explains each rejected row"],
            "kpi": ["Accounts that complete setup on day 1"],
        }, -1, "Lost"),
        StageSpec("value", "First value", "Do the one job I came for, end to end.", {
            "do": ["Completes the first real task (first report, first invoice, first automated workflow)"],
            "tp": [on(APP, "Core workflow"), on(EMAIL, "Nudge email on day 2 if the first task is not done"), on(CHAT, "In-app help chat")],
            "think": ["“Oh, that's actually quicker than how we do it now.”"],
            "pain": ["The key feature is hidden behind a menu named after internal jargon"],
            "opp": ["Contextual hint at the moment the user would need the feature"],
            "kpi": ["Activation rate (first value within 7 days)", "Median time to first value"],
        }, 2, "Convinced"),
        StageSpec("team", "Invite the team", "Bring colleagues in without having to train each of them.", {
            "do": ["Invites two colleagues; sets their permissions"],
            "tp": [on(EMAIL, "Invitation email"), on(APP, "Roles and permissions page")],
            "think": ["“Will they see everything? I don't want them editing the billing settings.”"],
            "pain": ["Invited colleagues land in the same empty setup steps the owner already did"],
            "opp": ["Role-specific first run for invited users"],
            "kpi": ["Accounts with 3 or more active users"],
        }, 0, "Cautious"),
        StageSpec("habit", "Build a habit", "Make the product part of the weekly routine.", {
            "do": ["Uses it for the weekly team meeting; sets up notifications"],
            "tp": [on(EMAIL, "Weekly summary email"), on(APP, "Mobile app and notifications")],
            "think": ["“Too many notifications. I'll just turn them all off.”"],
            "pain": ["Notification settings are per project; turning them down takes 20 clicks"],
            "opp": ["One digest setting, chosen during onboarding"],
            "kpi": ["Weekly active users / monthly active users", "Week-4 retention"],
        }, 1, "Settling in"),
        StageSpec("upgrade", "Trial end & upgrade", "Pay for the right plan, with my manager's approval.", {
            "do": ["Compares plans, asks the manager or procurement to approve", "Enters card details or asks for an invoice"],
            "tp": [on(EMAIL, "Trial-ending emails (7, 3 and 1 days)"), on(WEB, "Billing page and plan comparison")],
            "think": ["“Which plan do we actually need? I don't want to lose the projects we made.”"],
            "pain": ["Trial ends mid-evaluation; data looks lost until the account is paid", "Invoice payment needs a sales call"],
            "opp": ["Trial extension on request; self-serve invoice billing for small teams"],
            "kpi": ["Trial to paid conversion", "Involuntary churn at first payment"],
        }, -1, "Pressured"),
    ],
)

SUPPORT = TemplateSpec(
    key="support",
    title="Customer support request",
    description=(
        "One support request from the customer noticing a problem to the follow-up after it is fixed, "
        "across self-service, phone, chat and email. The lanes below the pain points show what the "
        "customer meets and what happens behind the scenes."
    ),
    tags=["support", "service", "template"],
    lanes=JOURNEY_LANES[:6] + [
        ("agent", LaneKind.FRONTSTAGE, "Support agent"),
        ("back", LaneKind.BACKSTAGE, "Behind the scenes"),
        ("kpi", LaneKind.METRICS, "Measures"),
    ],
    visibility_line_after="agent",
    stages=[
        StageSpec("notice", "Notice a problem", "Understand what is wrong and whether it is my fault.", {
            "do": ["Notices the problem and tries the obvious fixes (restart, log out and in)"],
            "tp": [on(APP, "Error message in the product")],
            "think": ["“Is it me or is it them?”"],
            "pain": ["Error message gives a code, not what to do next"],
            "opp": ["Error messages that say what happened and link to the fix"],
            "back": ["Monitoring has already raised an incident for this fault"],
            "kpi": ["Incidents detected before the first customer contact (%)"],
        }, -1, "Annoyed"),
        StageSpec("selfhelp", "Look for help", "Solve it myself if that is quicker.", {
            "do": ["Searches the help centre, then the web; checks the status page"],
            "tp": [on(WEB, "Help centre articles"), on(WEB, "Service status page"), on(CHAT, "Chatbot")],
            "think": ["“The article is about the old version of the screen.”"],
            "pain": ["Help articles out of date", "Status page says “all systems operational” during the outage"],
            "opp": ["Update the status page from monitoring automatically"],
            "back": ["Knowledge base owned by nobody since the last reorganisation"],
            "kpi": ["Self-service resolution rate", "Article “was this helpful?” score"],
        }, -1, "Frustrated"),
        StageSpec("contact", "Contact support", "Reach a person who can help, quickly.", {
            "do": ["Calls, goes through the phone menu, waits on hold"],
            "tp": [on(PHONE, "Phone menu and queue"), on(CHAT, "Live chat"), on(EMAIL, "Contact form")],
            "think": ["“Twenty minutes on hold. Should I try chat instead?”"],
            "pain": ["Long hold times in the evening peak", "Has to give account details again after the menu asked for them"],
            "opp": ["Call-back instead of waiting on hold; pass the menu answers to the agent"],
            "agent": ["Greets, verifies identity, reads the case history"],
            "back": ["Workforce planning staffs for the daytime peak only"],
            "kpi": ["Average speed of answer", "Abandoned calls (%)"],
        }, -2, "Fed up"),
        StageSpec("diagnose", "Diagnosis", "Be understood the first time, without repeating myself.", {
            "do": ["Explains the problem; follows the agent's troubleshooting steps"],
            "tp": [on(PHONE, "Conversation with the agent")],
            "think": ["“I already did all of this before I called.”"],
            "pain": ["Scripted troubleshooting repeats what the customer already tried"],
            "opp": ["Ask what the customer has tried and skip those steps"],
            "agent": ["Follows the troubleshooting script; escalates when it runs out"],
            "back": ["Second line picks up the escalation from a shared queue"],
            "kpi": ["Escalation rate"],
        }, -1, "Impatient"),
        StageSpec("resolve", "Resolution", "Get it fixed, and know that it is fixed.", {
            "do": ["Tests that everything works again"],
            "tp": [on(EMAIL, "Case update emails"), on(PHONE, "Call from second line")],
            "think": ["“Finally. But will it happen again?”"],
            "pain": ["Case closed before the customer confirmed the fix worked"],
            "opp": ["Close only after the customer confirms, or automatically after 3 days of silence"],
            "agent": ["Explains the fix and what was done"],
            "back": ["Engineering fixes the root cause; the known-error record is updated"],
            "kpi": ["First-contact resolution", "Time to resolution"],
        }, 1, "Relieved"),
        StageSpec("follow", "Follow-up", "Feel that the company learnt from it.", {
            "do": ["Answers (or ignores) the satisfaction survey"],
            "tp": [on(EMAIL, "Satisfaction survey"), on(EMAIL, "Goodwill credit notice")],
            "think": ["“At least they admitted it and gave something back.”"],
            "pain": ["Survey asks about the agent, not about whether the problem is solved"],
            "opp": ["Close the loop: tell customers what changed because of their report"],
            "back": ["Survey results reviewed monthly by team leads"],
            "kpi": ["CSAT (1-5)", "Repeat contacts within 7 days"],
        }, 0, "Neutral"),
    ],
)

B2B = TemplateSpec(
    key="b2b",
    title="B2B customer lifecycle",
    description=(
        "A business customer's lifecycle, from first awareness to renewal and expansion. The customer is "
        "a buying group, not one person: name its roles (champion, economic buyer, IT, procurement, end "
        "users) on the cards, and show which of your teams they meet in the “Our people” lane."
    ),
    tags=["b2b", "lifecycle", "template"],
    lanes=[
        ("do", LaneKind.CUSTOMER_ACTIONS, "What the buying group does"),
        ("tp", LaneKind.TOUCHPOINTS, "Touchpoints"),
        ("think", LaneKind.THOUGHTS, "Questions they ask"),
        ("feel", LaneKind.EMOTIONS, "How the champion feels"),
        ("pain", LaneKind.PAIN_POINTS, "Pain points"),
        ("people", LaneKind.FRONTSTAGE, "Our people"),
        ("opp", LaneKind.OPPORTUNITIES, "Opportunities"),
        ("kpi", LaneKind.METRICS, "Measures"),
    ],
    stages=[
        StageSpec("aware", "Awareness", "Find out who can solve a problem the business has.", {
            "do": ["The champion researches the problem; reads analyst reports and peer reviews"],
            "tp": [on(WEB, "Articles, webinars, review sites"), on(OTHER, "Trade-show stand"), on(SOCIAL, "Peer recommendations")],
            "think": ["“Who else in our industry uses them?”"],
            "pain": ["Website talks about features, not the problem in the customer's words"],
            "people": ["Marketing; SDR follow-up after a download"],
            "opp": ["Case studies per industry, with named references"],
            "kpi": ["Marketing-qualified leads", "Share of pipeline from referrals"],
        }, 0, "Curious"),
        StageSpec("evaluate", "Evaluation", "Shortlist vendors and prove one fits our processes and systems.", {
            "do": ["Requests demos from three vendors; runs a proof of concept", "IT reviews security and integration"],
            "tp": [on(OTHER, "Tailored demo"), on(WEB, "Trial or proof-of-concept environment"), on(EMAIL, "Security questionnaire")],
            "think": ["“Will it work with our ERP? Who supports us if it doesn't?”"],
            "pain": ["Security questionnaire takes six weeks to come back", "Demo shows a generic company, not our case"],
            "people": ["Account executive; solutions engineer"],
            "opp": ["Public trust centre with the answers to standard security questionnaires"],
            "kpi": ["Demo to proposal conversion", "Win rate against named competitors"],
        }, 1, "Optimistic"),
        StageSpec("buy", "Procurement & contract", "Agree terms the finance and legal teams accept.", {
            "do": ["Procurement compares offers; legal reviews the contract", "Economic buyer signs"],
            "tp": [on(EMAIL, "Proposal and order form"), on(OTHER, "Contract redlines"), on(WEB, "Vendor onboarding portal")],
            "think": ["“Can we get a pilot clause and a price cap on renewal?”"],
            "pain": ["Redlining loops between two legal teams for weeks", "Champion has to chase internally on our behalf"],
            "people": ["Account executive; deal desk; legal"],
            "opp": ["Pre-approved fallback clauses the account executive can offer directly"],
            "kpi": ["Days from verbal yes to signature"],
        }, -1, "Drained"),
        StageSpec("implement", "Implementation", "Go live on time, with data migrated and people trained.", {
            "do": ["Project kick-off; IT connects systems; key users are trained"],
            "tp": [on(OTHER, "Kick-off workshop"), on(WEB, "Implementation plan and status page"), on(EMAIL, "Training invitations")],
            "think": ["“The sales promises were one thing; now who actually does the work?”"],
            "pain": ["Handover from sales loses what was promised", "Go-live slips because data migration was underestimated"],
            "people": ["Implementation consultant; project manager"],
            "opp": ["Written handover from sales to implementation, reviewed with the customer at kick-off"],
            "kpi": ["Time to go-live", "Go-lives on the planned date (%)"],
        }, -2, "Anxious"),
        StageSpec("adopt", "Adoption & value", "See the business results we bought it for.", {
            "do": ["End users use it daily; the champion reports results to management"],
            "tp": [on(APP, "The product"), on(OTHER, "Quarterly business review"), on(WEB, "Support portal")],
            "think": ["“Can I show my boss that this paid off?”"],
            "pain": ["No usage or value report the champion can forward as it is"],
            "people": ["Customer success manager; support"],
            "opp": ["Value report with the customer's own before/after numbers, ready for management"],
            "kpi": ["Licence utilisation", "Health score", "NPS (relationship survey)"],
        }, 1, "Confident"),
        StageSpec("renew", "Renewal & expansion", "Renew on fair terms and grow where it works.", {
            "do": ["Reviews usage and price; decides to renew, expand to another department or leave"],
            "tp": [on(EMAIL, "Renewal notice 90 days ahead"), on(OTHER, "Renewal meeting")],
            "think": ["“Why are we paying for 200 seats when 140 are active?”"],
            "pain": ["Renewal notice arrives with an automatic price increase and no conversation"],
            "people": ["Customer success manager; account manager"],
            "opp": ["Renewal conversation starts from the value report and a right-sizing proposal"],
            "kpi": ["Gross revenue retention", "Net revenue retention"],
        }, 0, "Weighing it up"),
    ],
)

BLUEPRINT = TemplateSpec(
    key="blueprint",
    title="Service blueprint: car service appointment",
    description=(
        "A service blueprint: what the customer does and sees above the line of visibility, and the "
        "backstage work and support processes that make it happen below it. The example is a garage's "
        "car service appointment; the same lanes fit any booked service (clinic, bank, repair shop)."
    ),
    tags=["service blueprint", "template"],
    lanes=[
        ("evidence", LaneKind.EVIDENCE, "Physical evidence"),
        ("do", LaneKind.CUSTOMER_ACTIONS, "Customer actions"),
        ("feel", LaneKind.EMOTIONS, "Customer's feelings"),
        ("front", LaneKind.FRONTSTAGE, "Frontstage (employee actions the customer sees)"),
        ("back", LaneKind.BACKSTAGE, "Backstage (employee actions out of sight)"),
        ("support", LaneKind.SUPPORT_PROCESSES, "Support processes and systems"),
    ],
    visibility_line_after="front",
    stages=[
        StageSpec("book", "Book", "Get a slot that fits my week, with a clear price.", {
            "evidence": ["Online booking page; confirmation email with price estimate"],
            "do": ["Chooses the service type and a drop-off slot online"],
            "front": ["Service advisor calls back to confirm extra work the customer mentioned"],
            "back": ["Advisor checks the vehicle's history and the manufacturer's service schedule"],
            "support": ["Online booking system; workshop capacity planner; parts catalogue"],
        }, 1, "Organised"),
        StageSpec("dropoff", "Drop off", "Hand over the car quickly and get to work.", {
            "evidence": ["Reception desk, key envelope, job sheet to sign"],
            "do": ["Arrives, describes the noise from the front brakes, signs the job sheet"],
            "front": ["Advisor greets, walks round the car, notes mileage and damage"],
            "back": ["Job card created; parts reserved from stock"],
            "support": ["Dealer management system; parts stock system"],
        }, 0, "Rushed"),
        StageSpec("service", "Service", "Have the work done right, without being forgotten.", {
            "evidence": ["(nothing: the customer is at work)"],
            "do": ["Waits; wonders how it is going"],
            "front": [],
            "back": ["Technician services the car and inspects the brakes; records findings and photos"],
            "support": ["Workshop scheduling; vehicle diagnostic tools; photo upload to the job card"],
        }, -1, "Uncertain"),
        StageSpec("approve", "Updates & approval", "Decide on extra work with the facts and the price in front of me.", {
            "evidence": ["Text message with photos, video of the worn brake pads and a quote"],
            "do": ["Reviews the quote and approves the brake pads by tapping a link"],
            "front": ["Advisor calls if the customer hasn't answered within an hour"],
            "back": ["Advisor prices the extra work; technician waits for approval"],
            "support": ["Video health-check tool; pricing rules; parts ordering"],
        }, 1, "Informed"),
        StageSpec("collect", "Collect & pay", "Pick up the car on time and understand the bill.", {
            "evidence": ["Clean car, invoice, service book stamped"],
            "do": ["Collects the car, pays, asks what was done"],
            "front": ["Advisor explains the invoice and the work done, returns the keys"],
            "back": ["Quality check road test; car cleaned; invoice prepared"],
            "support": ["Payment terminal; invoicing in the dealer management system"],
        }, 2, "Reassured"),
        StageSpec("follow", "Follow-up", "Remember the next service without having to track it.", {
            "evidence": ["Thank-you email, survey, reminder for the next service"],
            "do": ["Answers the survey; books the next service from the reminder"],
            "front": ["Customer relations call for low survey scores"],
            "back": ["Survey results reviewed weekly with the service team"],
            "support": ["Customer relationship management system; reminder scheduling"],
        }, 1, "Loyal"),
    ],
)

SPECS = [ECOMMERCE, SAAS, SUPPORT, B2B, BLUEPRINT]
FILE_NAMES = {
    "ecommerce": "ecommerce-purchase.journey",
    "saas": "saas-onboarding.journey",
    "support": "customer-support.journey",
    "b2b": "b2b-lifecycle.journey",
    "blueprint": "service-blueprint.journey",
}


def build_templates() -> dict[str, JourneyMap]:
    """Every bundled template by file name, built in memory."""
    return {FILE_NAMES[spec.key]: build(spec) for spec in SPECS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the files on disk instead of writing")
    parser.add_argument("--out", type=Path, default=TEMPLATES, help=f"folder to write (default {TEMPLATES})")
    options = parser.parse_args(argv)

    templates = build_templates()
    if options.check:
        stale = [name for name, journey in templates.items()
                 if not (options.out / name).is_file() or (options.out / name).read_bytes() != serialize_document(MAP_FORMAT, journey)]
        for name in stale:
            print(f"{options.out / name}: differs from packaging/make_templates.py", file=sys.stderr)
        return 1 if stale else 0

    options.out.mkdir(parents=True, exist_ok=True)
    problems = []
    for name, journey in templates.items():
        save(options.out / name, journey)
        print(f"wrote {options.out / name}")
        problems += [f"{name}: {p}" for p in check_map(load(options.out / name).document)]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
