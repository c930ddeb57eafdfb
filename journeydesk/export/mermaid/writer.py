"""A journey as a Mermaid ``journey`` diagram: the title, a section per stage, a task per touchpoint
scored by its feeling (-2..+2 becomes Mermaid's 1..5; a touchpoint without one is neutral, 3), with
the journey's persona as the actor."""

from pathlib import Path

from journeydesk.export.mermaid import syntax
from journeydesk.io.atomic import atomic_write
from journeydesk.model.cards import TouchpointCard
from journeydesk.model.journey import Journey
from journeydesk.model.project import Project

NEUTRAL = 3
INDENT = "    "


def score(card: TouchpointCard) -> int:
    return NEUTRAL if card.emotion is None else card.emotion + NEUTRAL


def title(project: Project, journey: Journey) -> str:
    """The project's title, and the journey's name when the project has several."""
    if len(project.journeys) == 1:
        return project.title or journey.name
    return f"{project.title}: {journey.name}" if project.title else journey.name


def mermaid_text(project: Project, journey_id: str | None = None) -> str:
    journey = project.journey(journey_id) if journey_id else project.journeys[0]
    persona = project.persona(journey.persona_id) if journey.persona_id else None
    actor = f": {syntax.escape(persona.name, syntax.ACTOR)}" if persona else ""
    lines = ["journey", f"{INDENT}title {syntax.escape(title(project, journey), syntax.TITLE)}"]
    lane_order = {lane.id: number for number, lane in enumerate(journey.lanes)}
    touchpoints = sorted(
        (card for card in journey.cards if isinstance(card, TouchpointCard)), key=lambda card: lane_order[card.lane_id]
    )
    for stage in journey.stages:
        lines.append(f"{INDENT}section {syntax.escape(stage.name, syntax.SECTION)}")
        lines += [
            f"{INDENT * 2}{syntax.escape(card.title, syntax.TASK)}: {score(card)}{actor}"
            for card in touchpoints
            if card.stage_id == stage.id
        ]
    return "\n".join(lines) + "\n"


def export_mermaid(project: Project, path: str | Path, journey_id: str | None = None) -> None:
    atomic_write(path, mermaid_text(project, journey_id).encode("utf-8"))
