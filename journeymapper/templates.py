"""Map templates: the bundled ones and the user's own, and new maps made from them. No Qt.

A template is an ordinary ``.journey`` file. The bundled ones are in the
resources' ``templates/`` folder (read-only, written by
``packaging/make_templates.py``); the user's are in ``user_data_dir/templates``,
where "Save as template" writes them. Its title is the template's name and its
description says what it is for.

A map made from a template gets fresh ids for everything (map, stages, lanes,
cards, personas, actions), with every reference remapped. Keeping the
template's ids would make two unrelated maps made from one template look like
the same map to the id-matched comparison and to the atlas (a future-state map
is paired with its current map *because* they share ids), and personas with a
template's ids would collide with the atlas persona library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

import platformdirs

from .model import Action, JourneyMap, MapState, new_id
from .resources import resource_path
from .store import MAP_FORMAT, DocumentError, load_map, save

MAX_NAME_LENGTH = 100
_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class Template:
    """One template file, read: what the New from template list shows."""

    path: Path
    journey: JourneyMap
    bundled: bool

    @property
    def name(self) -> str:
        return self.journey.title or self.path.stem

    @property
    def description(self) -> str:
        return self.journey.description


def bundled_folder() -> Path:
    return resource_path("templates")


def user_folder() -> Path:
    """Where the user's own templates live (created when the first one is saved)."""
    return Path(platformdirs.user_data_dir("JourneyMapper", appauthor=False)) / "templates"


def list_templates(user: Optional[Path] = None) -> tuple[list[Template], list[str]]:
    """Bundled templates, then the user's, each group by name; and one line per file that failed to load.

    A broken user template is left out (and reported) rather than hiding all the others.
    """
    found: list[Template] = []
    problems: list[str] = []
    for folder, bundled in ((bundled_folder(), True), (user if user is not None else user_folder(), False)):
        group = []
        for path in sorted(folder.glob(f"*{MAP_FORMAT.suffix}")) if folder.is_dir() else []:
            try:
                group.append(Template(path, load_map(path), bundled))
            except DocumentError as error:
                problems += error.lines()
            except OSError as error:
                problems.append(f"{path}: {error.strerror or error}")
        found += sorted(group, key=lambda t: t.name.casefold())
    return found, problems


def instantiate(template: JourneyMap, title: Optional[str] = None, now: Optional[datetime] = None) -> JourneyMap:
    """A new map from a template: fresh ids, dates cleared, links to other files dropped.

    Kept: stages, lanes, cards (text, notes, channel, colour, tags, metrics, images),
    personas, emotion scores, the action plan's titles and owners. Cleared: owner,
    review date, action dates and status, drill-down links (they name files next
    to the template, not the new map).
    """
    when = (now or datetime.now(timezone.utc)).replace(microsecond=0)
    copy = template.model_copy(deep=True)
    ids: dict[str, str] = {}

    def fresh(old: str, prefix: str) -> str:
        ids[old] = new_id(prefix)
        return ids[old]

    personas = [p.model_copy(update={"id": fresh(p.id, "persona")}) for p in copy.personas]
    stages = [s.model_copy(update={"id": fresh(s.id, "stage"), "drilldown": None}) for s in copy.stages]
    lanes = [lane.model_copy(update={"id": fresh(lane.id, "lane")}) for lane in copy.lanes]
    cards = [
        c.model_copy(update={"id": fresh(c.id, "card"), "lane": ids[c.lane], "stage": ids[c.stage], "drilldown": None})
        for c in copy.cards
    ]
    emotions = [
        e.model_copy(update={
            "stage": ids[e.stage],
            "card": ids[e.card] if e.card is not None else None,
            "persona": ids[e.persona] if e.persona is not None else None,
        })
        for e in copy.emotions
    ]
    actions = [
        Action(
            title=a.title, description=a.description, owner=a.owner, priority=a.priority,
            cards=[ids[c] for c in a.cards if c in ids], stages=[ids[s] for s in a.stages if s in ids],
        )
        for a in copy.actions
    ]
    return JourneyMap(
        title=template.title if title is None else title,
        description=copy.description,
        state=MapState.CURRENT,
        tags=[t for t in copy.tags if t.casefold() != "template"],
        created=when,
        modified=when,
        emotion_scale=copy.emotion_scale,
        visibility_line_after=ids.get(copy.visibility_line_after or ""),
        personas=personas,
        stages=stages,
        lanes=lanes,
        cards=cards,
        emotions=emotions,
        actions=actions,
    )


def template_file_name(name: str) -> str:
    """A file name for a template called ``name`` (characters no file system accepts replaced)."""
    stem = " ".join(_UNSAFE_IN_NAMES.sub(" ", name).split()).strip(" .")[:MAX_NAME_LENGTH] or "template"
    return stem + MAP_FORMAT.suffix


def template_path(name: str, folder: Optional[Path] = None) -> Path:
    return (folder if folder is not None else user_folder()) / template_file_name(name)


def save_template(journey: JourneyMap, name: str, folder: Optional[Path] = None, overwrite: bool = False) -> Path:
    """Write ``journey`` as the user's template ``name``; returns the file written.

    The file is written atomically by ``store.save`` (a failed write leaves any
    older template as it was). Raises ``FileExistsError`` if a template of that
    name exists and ``overwrite`` is false, ``ValueError`` for an empty name.
    """
    name = name.strip()
    if not name:
        raise ValueError("a template needs a name")
    path = template_path(name, folder)
    if path.exists() and not overwrite:
        raise FileExistsError(str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    document = journey.model_copy(deep=True)
    document.title = name[:MAX_NAME_LENGTH]
    save(path, document)
    return path
