"""A Mermaid ``journey`` diagram as a new map. No Qt.

    journey
      title My working day
      section Go to work
        Make tea: 5: Me
        Go upstairs: 3: Me
        Do work: 1: Me, Cat

Sections become stages, tasks become cards of a "Customer actions" lane (in
order), and the actors become personas. Mermaid scores are 1 (bad) to 5
(good); they are mapped linearly onto the map's emotion scale (1 is its
minimum, 5 its maximum: -2..+2 by default). Each persona's score at a stage is
the average of the scores of that stage's tasks the persona takes part in;
with no actors at all, the map's own curve gets each stage's average. A task's
actors are also kept as the card's tags.

``accTitle`` and ``accDescr`` (one line or ``{ ... }``) fill the title and the
description when there is no ``title``; ``%%`` comments and blank lines are
skipped. Every line that cannot be read is reported with its number, and no
map is made then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from ..model import Card, EmotionScale, EmotionScore, JourneyMap, Lane, LaneKind, Persona, Stage

MAX_BYTES = 1_000_000
MAX_TASKS = 5_000
SCORE_MIN, SCORE_MAX = 1, 5
NAME_LIMIT = 1_000

_TASK = re.compile(r"^(?P<name>[^:]+?)\s*:\s*(?P<score>[^:]*?)\s*(?::\s*(?P<actors>.*))?$")


@dataclass(frozen=True)
class LineError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class MermaidError(ValueError):
    """The diagram cannot be imported; ``errors`` lists every line that is wrong."""

    def __init__(self, name: str, errors: list[LineError]) -> None:
        self.name = name
        self.errors = errors
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return [f"{self.name}: {error}" for error in self.errors]


@dataclass
class Task:
    line: int
    name: str
    score: int
    actors: list[str]


@dataclass
class Section:
    line: int
    name: str
    tasks: list[Task] = field(default_factory=list)


@dataclass
class Diagram:
    """What a ``journey`` diagram says, before it becomes a map."""

    title: str = ""
    description: str = ""
    sections: list[Section] = field(default_factory=list)

    def actors(self) -> list[str]:
        """Every actor, in order of first appearance."""
        return list(dict.fromkeys(a for s in self.sections for t in s.tasks for a in t.actors))


def parse_diagram(text: str, name: str = "diagram") -> Diagram:
    """Read the diagram; raises ``MermaidError`` listing every line that cannot be read."""
    errors: list[LineError] = []
    diagram = Diagram()
    started = False
    in_description: Optional[int] = None
    description: list[str] = []
    accessible_title = ""
    task_count = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if in_description is not None:
            if "}" in line:
                description.append(line.split("}", 1)[0].strip())
                in_description = None
            else:
                description.append(line)
            continue
        if not line or line.startswith("%%"):
            continue
        keyword, _, rest = line.partition(" ")
        rest = rest.strip()
        if not started:
            if line.startswith("---"):
                errors.append(LineError(number, "front matter (---) is not supported; remove it"))
                break
            if keyword != "journey":
                errors.append(LineError(number, f"expected “journey” (this is not a journey diagram): “{_short(line)}”"))
                break
            started = True
            continue
        if keyword == "title":
            diagram.title = rest[:NAME_LIMIT]
        elif keyword == "section":
            if not rest:
                errors.append(LineError(number, "a section needs a name"))
            diagram.sections.append(Section(number, rest[:NAME_LIMIT]))
        elif line.startswith("accTitle"):
            accessible_title = line.partition(":")[2].strip()
        elif line.startswith("accDescr"):
            after = line[len("accDescr"):].strip()
            if after.startswith("{"):
                body = after[1:]
                if "}" in body:
                    description.append(body.split("}", 1)[0].strip())
                else:
                    description.append(body.strip())
                    in_description = number
            else:
                description.append(after.lstrip(":").strip())
        else:
            task, problem = _task(number, line)
            if task is None:
                errors.append(LineError(number, problem))
                continue
            if not diagram.sections:
                diagram.sections.append(Section(number, ""))
            diagram.sections[-1].tasks.append(task)
            task_count += 1
            if task_count > MAX_TASKS:
                errors.append(LineError(number, f"more than {MAX_TASKS:,} tasks"))
                break
    if not started and not errors:
        errors.append(LineError(1, "the text is empty: a journey diagram starts with “journey”"))
    if in_description is not None:
        errors.append(LineError(in_description, "accDescr { is never closed with }"))
    if started and not errors and not any(s.tasks for s in diagram.sections):
        errors.append(LineError(1, "the diagram has no tasks (lines such as “Make tea: 5: Me”)"))
    if errors:
        raise MermaidError(name, errors)
    diagram.title = diagram.title or accessible_title
    diagram.description = "\n".join(part for part in description if part)
    return diagram


def _task(number: int, line: str) -> tuple[Optional[Task], str]:
    match = _TASK.match(line)
    if match is None:
        return None, f"not a title, section or task (a task is “Name: score: actors”): “{_short(line)}”"
    score_text = match.group("score")
    if not re.fullmatch(r"[+-]?\d+", score_text or ""):
        return None, f"the score “{_short(score_text)}” is not a whole number from {SCORE_MIN} to {SCORE_MAX}"
    score = int(score_text)
    if not SCORE_MIN <= score <= SCORE_MAX:
        return None, f"the score {score} is outside {SCORE_MIN}..{SCORE_MAX}"
    actors = [a.strip()[:200] for a in (match.group("actors") or "").split(",") if a.strip()]
    return Task(number, match.group("name").strip()[:NAME_LIMIT], score, actors), ""


def _short(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def emotion_for(score: float, scale: EmotionScale) -> float:
    """A Mermaid score (1..5) on the emotion scale: 1 is its minimum, 5 its maximum."""
    fraction = (score - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)
    return round(scale.minimum + fraction * (scale.maximum - scale.minimum), 2)


def diagram_to_map(diagram: Diagram, now: Optional[datetime] = None) -> JourneyMap:
    """The new map: a stage per section, a card per task, a persona per actor, emotion curves."""
    when = (now or datetime.now(timezone.utc)).replace(microsecond=0)
    scale = EmotionScale()
    actions = Lane(kind=LaneKind.CUSTOMER_ACTIONS, title="Customer actions")
    feelings = Lane(kind=LaneKind.EMOTIONS, title="Emotions")
    personas = {actor: Persona(name=actor) for actor in diagram.actors()}
    stages, cards, emotions = [], [], []
    for section in diagram.sections:
        stage = Stage(name=section.name)
        stages.append(stage)
        for order, task in enumerate(section.tasks):
            tags = [a[:100] for a in dict.fromkeys(task.actors)]
            cards.append(Card(lane=actions.id, stage=stage.id, order=order, text=task.name, tags=tags))
        if not section.tasks:
            continue
        if personas:
            for actor, persona in personas.items():
                scores = [t.score for t in section.tasks if actor in t.actors]
                if scores:
                    emotions.append(EmotionScore(stage=stage.id, persona=persona.id,
                                                 value=emotion_for(sum(scores) / len(scores), scale)))
        else:
            average = sum(t.score for t in section.tasks) / len(section.tasks)
            emotions.append(EmotionScore(stage=stage.id, value=emotion_for(average, scale)))
    return JourneyMap(
        title=diagram.title,
        description=diagram.description,
        created=when,
        modified=when,
        emotion_scale=scale,
        personas=list(personas.values()),
        stages=stages,
        lanes=[actions, feelings],
        cards=cards,
        emotions=emotions,
    )


def import_mermaid(path: Path) -> JourneyMap:
    """Read a ``.mmd`` (or Markdown-fenced) file as a new map; raises ``MermaidError`` or ``OSError``."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise MermaidError(str(path), [LineError(1, f"the file is {size / 1e6:.1f} MB; at most 1 MB is read")])
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise MermaidError(str(path), [LineError(line, "not UTF-8 text")]) from None
    return diagram_to_map(parse_diagram(unfence(text), str(path)))


def unfence(text: str) -> str:
    """The diagram inside a Markdown ```mermaid fence, keeping line numbers (other lines blanked)."""
    lines = text.splitlines()
    opening = next((i for i, line in enumerate(lines) if line.strip().startswith("```mermaid")), None)
    if opening is None:
        return text
    closing = next((i for i in range(opening + 1, len(lines)) if lines[i].strip().startswith("```")), len(lines))
    return "\n".join(line if opening < i < closing else "" for i, line in enumerate(lines))
