"""What differs between two versions of a project: journeys, stages and cards added, removed or
changed, matched by id, in words a person reads."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from journeydesk.model.base import Model
from journeydesk.model.cards import Card
from journeydesk.model.journey import Journey
from journeydesk.model.project import Project


@dataclass(frozen=True)
class Difference:
    change: str  # "added", "removed" or "changed": what the other version did to this one
    what: str  # "Journey", "Stage", "Lane", "Persona", a card kind's label
    name: str
    where: str  # the journey it is in, or "" for the project

    def __str__(self) -> str:
        place = f" in “{self.where}”" if self.where else ""
        return f"{self.what} “{self.name}”{place} {self.change}"


def differences(mine: Project, theirs: Project) -> list[Difference]:
    """How ``theirs`` differs from ``mine``: what it adds, removes or changes."""
    found = _compare(mine.personas, theirs.personas, "Persona", "", lambda persona: persona.name)
    if _fields(mine) != _fields(theirs):
        found.append(Difference("changed", "Project", theirs.title or mine.title, ""))
    for journey in theirs.journeys:
        other = next((candidate for candidate in mine.journeys if candidate.id == journey.id), None)
        if other is None:
            found.append(Difference("added", "Journey", journey.name, ""))
        else:
            found += _journey_differences(other, journey)
    found += [
        Difference("removed", "Journey", journey.name, "")
        for journey in mine.journeys
        if journey.id not in {candidate.id for candidate in theirs.journeys}
    ]
    return found


def _journey_differences(mine: Journey, theirs: Journey) -> list[Difference]:
    found = []
    if _fields(mine, {"stages", "lanes", "cards"}) != _fields(theirs, {"stages", "lanes", "cards"}):
        found.append(Difference("changed", "Journey", theirs.name, ""))
    found += _compare(mine.stages, theirs.stages, "Stage", theirs.name, lambda stage: stage.name)
    found += _compare(mine.lanes, theirs.lanes, "Lane", theirs.name, lambda lane: lane.name)
    found += _compare(mine.cards, theirs.cards, None, theirs.name, _card_name)
    return found


def _compare(
    mine: Sequence[Model], theirs: Sequence[Model], what: str | None, where: str, name: Callable[[Any], str]
) -> list[Difference]:
    """Items matched by id; ``what`` names their sort (None for cards: each card's kind)."""
    ours = {item.id: item for item in mine}  # type: ignore[attr-defined]
    other = {item.id: item for item in theirs}  # type: ignore[attr-defined]
    found = []
    for item_id, item in other.items():
        label = what or item.kind.label  # type: ignore[attr-defined]
        if item_id not in ours:
            found.append(Difference("added", label, name(item), where))
        elif ours[item_id] != item:
            found.append(Difference("changed", label, name(item), where))
    found += [
        Difference("removed", what or item.kind.label, name(item), where)  # type: ignore[attr-defined]
        for item_id, item in ours.items()
        if item_id not in other
    ]
    return found


def _fields(model: Model, leave_out: set[str] | None = None) -> dict:
    return model.model_dump(exclude=(leave_out or set()) | {"personas", "journeys"})


def _card_name(card: Card) -> str:
    title = " ".join(card.title.split())
    return title if len(title) <= 60 else f"{title[:59]}…"
