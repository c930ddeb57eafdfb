"""A Mermaid ``journey`` diagram read into a project: a stage per section, a touchpoint per task with
its score as the feeling (Mermaid's 1..5 becomes -2..+2), the actors as personas.

The journey's persona is the actor named most often; a task's other actors become the card's tags.
Comments, accessibility titles and front matter are read past (an ``accDescr`` becomes the project's
description). Anything else is refused with the line it is on.
"""

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from journeydesk.export.mermaid import syntax
from journeydesk.io.errors import JourneyFileError
from journeydesk.model.cards import TouchpointCard
from journeydesk.model.enums import LaneKind
from journeydesk.model.ids import new_id
from journeydesk.model.journey import MAX_CARDS, MAX_STAGES, Journey, Lane, Stage
from journeydesk.model.project import Persona, Project
from journeydesk.model.types import LIST_MAX, NAME_MAX, TITLE_MAX

MAX_BYTES = 5 * 1024 * 1024
STAGE_COLORS = ("#5b7bd5", "#3b9fc0", "#36a58a", "#d99a2b", "#dc7048", "#8461c4")  # the templates' stages
NO_SECTION = "Before the first section"
PLACEHOLDER = "\ufdd0"  # stands for an entity's "#" while comments are cut off

_COMMENT = re.compile(r"%%(?!\{).*|(?<=[^}])%%.*")
_TITLE = re.compile(r"(?i)title\s(.*)")
_SECTION = re.compile(r"(?i)section\s(.*)")
_ACCESSIBLE = re.compile(r"(?i)acc(title|descr)\s*:(.*)")
_DESCRIPTION_START = re.compile(r"(?i)accdescr\s*\{(.*)")
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass
class Task:
    name: str
    score: int
    actors: list[str]


@dataclass
class Section:
    name: str
    tasks: list[Task] = field(default_factory=list)


@dataclass
class Diagram:
    title: str = ""
    description: str = ""
    sections: list[Section] = field(default_factory=list)


def import_mermaid(path: str | Path) -> Project:
    """The project a ``.mmd`` file describes; anything wrong raises :class:`JourneyFileError`."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise JourneyFileError(path, f"too large for a diagram ({size // 1024 // 1024} MB; at most 5 MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise JourneyFileError(path, "no such file") from None
    except IsADirectoryError:
        raise JourneyFileError(path, "this is a folder, not a file") from None
    except OSError as exc:
        raise JourneyFileError(path, f"cannot read it: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise JourneyFileError(path, "not a text file in UTF-8") from None
    return project_from(read_mermaid(text, path), path.stem)


def read_mermaid(text: str, source: str | Path = "diagram") -> Diagram:
    """The diagram's title, sections, tasks, scores and actors."""
    lines = _statements(text)
    first = next(((number, line) for number, line in lines if line), None)
    if first is None:
        raise JourneyFileError(source, "the file is empty")
    if first[1].lower() != "journey":
        shown = first[1].split()[0][:40]
        raise JourneyFileError(source, f"not a Mermaid journey diagram (it starts with “{shown}”)", f"line {first[0]}")
    diagram = Diagram()
    description: list[str] | None = None
    for number, line in lines[lines.index(first) + 1 :]:
        if description is not None:  # inside accDescr { ... }
            end = line.find("}")
            description.append(line if end < 0 else line[:end])
            if end >= 0:
                diagram.description, description = "\n".join(part for part in description if part), None
            continue
        if not line:
            continue
        place = f"line {number}"
        if match := _DESCRIPTION_START.match(line):
            description = []
            rest = match.group(1)
            if "}" in rest:
                diagram.description, description = rest[: rest.index("}")].strip(), None
            elif rest.strip():
                description.append(rest.strip())
        elif match := _ACCESSIBLE.match(line):
            if match.group(1).lower() == "descr":
                diagram.description = syntax.unescape(match.group(2))
        elif match := _TITLE.match(line):
            diagram.title = _bounded(syntax.unescape(match.group(1)), TITLE_MAX, source, place)
        elif match := _SECTION.match(line):
            if ":" in match.group(1):
                raise JourneyFileError(source, "a section's name cannot hold “:” (write #58; for it)", place)
            name = _bounded(syntax.unescape(match.group(1)), NAME_MAX, source, place) or NO_SECTION
            diagram.sections.append(Section(name))
            if len(diagram.sections) > MAX_STAGES:
                raise JourneyFileError(source, f"more than {MAX_STAGES} sections", place)
        else:
            if not diagram.sections:
                diagram.sections.append(Section(NO_SECTION))
            diagram.sections[-1].tasks.append(_task(line, source, place))
    if sum(len(section.tasks) for section in diagram.sections) > MAX_CARDS:
        raise JourneyFileError(source, f"more than {MAX_CARDS} tasks")
    return diagram


def _statements(text: str) -> list[tuple[int, str]]:
    """Each line (numbered from 1) without its comments, trimmed; front matter, ``%%{init}%%``
    directives and Markdown code fences around the diagram are read past."""
    raw = ["" if _FENCE.match(line) else line for line in text.splitlines()]
    first = next((number for number, line in enumerate(raw) if line.strip()), None)
    if first is not None and raw[first].strip() == "---":  # YAML front matter (configuration)
        closing = next((number for number in range(first + 1, len(raw)) if raw[number].strip() == "---"), None)
        if closing is not None:
            raw[first : closing + 1] = [""] * (closing + 1 - first)
    result = []
    for number, line in enumerate(raw, 1):
        if line.strip().startswith("%%{"):
            result.append((number, ""))
            continue
        protected = syntax.ENTITY.sub(lambda match: PLACEHOLDER + match.group(1) + ";", line)
        protected = _COMMENT.sub("", protected).split("#", 1)[0]
        result.append((number, protected.replace(PLACEHOLDER, "#").strip()))
    return result


def _task(line: str, source: str | Path, place: str) -> Task:
    """``Name: score`` or ``Name: score: actor, actor``."""
    if ":" not in line:
        raise JourneyFileError(
            source, f"“{line[:60]}” is not a task: write “Name: score: actors”, a section or a title", place
        )
    name, data = line.split(":", 1)
    pieces = data.split(":")
    try:
        value = float(pieces[0].strip() or "nan")
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise JourneyFileError(source, f"the score “{pieces[0].strip()[:20]}” is not a number (1 to 5)", place)
    actors = [syntax.unescape(actor) for actor in pieces[1].split(",")] if len(pieces) > 1 else []
    return Task(
        _bounded(syntax.unescape(name), TITLE_MAX, source, place),
        round(value),
        [_bounded(actor, NAME_MAX, source, place) for actor in actors if actor],
    )


def _bounded(text: str, limit: int, source: str | Path, place: str) -> str:
    if len(text) > limit:
        raise JourneyFileError(source, f"a name of {len(text)} characters (at most {limit})", place)
    return text


def project_from(diagram: Diagram, fallback_title: str) -> Project:
    """A project with one journey: the sections as stages, a touchpoint lane and a feeling lane."""
    title = diagram.title or fallback_title
    tasks = [task for section in diagram.sections for task in section.tasks]
    counts = Counter(actor for task in tasks for actor in task.actors)
    personas = {name: Persona(id=new_id("persona"), name=name) for name in counts}
    if len(personas) > LIST_MAX:
        raise JourneyFileError(fallback_title, f"more than {LIST_MAX} actors")
    lead = counts.most_common(1)[0][0] if counts else None
    touchpoints = Lane(id=new_id("lane"), name="Touchpoints", kind=LaneKind.TOUCHPOINTS)
    feeling = Lane(id=new_id("lane"), name="Feeling", kind=LaneKind.EMOTIONS)
    stages, cards = [], []
    for number, section in enumerate(diagram.sections):
        stage = Stage(id=new_id("stage"), name=section.name, color=STAGE_COLORS[number % len(STAGE_COLORS)])
        stages.append(stage)
        cards += [
            TouchpointCard(
                id=new_id("card"),
                stage_id=stage.id,
                lane_id=touchpoints.id,
                title=task.name,
                emotion=max(-2, min(2, task.score - 3)),
                tags=[actor[:60] for actor in dict.fromkeys(task.actors) if actor != lead][:LIST_MAX],
            )
            for task in section.tasks
        ]
    journey = Journey(
        id=new_id("journey"),
        name=title[:NAME_MAX],
        persona_id=personas[lead].id if lead else None,
        stages=stages,
        lanes=[touchpoints, feeling],
        cards=cards,
    )
    return Project(
        id=new_id("project"),
        title=title,
        description=diagram.description[:20_000],
        personas=list(personas.values()),
        journeys=[journey],
    )
