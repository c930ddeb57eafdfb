"""Changes in words a person reads, grouped by journey:

Journey “Current state”
  Stage “Purchase”: renamed to “Checkout”
  Pain point “Finance form…” moved from Purchase / Pain points to Retention / Pain points
  Pain point “Slow checkout”: severity 3 → 5
"""

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from journeydesk.document.diff import Change, compare
from journeydesk.model.enums import LabelledEnum
from journeydesk.model.project import Project

SHORT = 40  # characters of a text shown in a line
FULL = 100_000  # in the outline, all of it


@dataclass
class Section:
    """The lines about one journey (or, with an empty title, the project and its personas)."""

    title: str
    lines: list[str] = field(default_factory=list)
    targets: list[tuple[str, str | None, str]] = field(default_factory=list)  # each line's (type, journey, id)


def describe(old: Project, new: Project, changes: list[Change] | None = None) -> list[Section]:
    changes = compare(old, new) if changes is None else changes
    names = _Names(old, new)
    sections: dict[str, Section] = {}
    for change in changes:
        journey_id = change.id if change.kind.name == "journey" else change.journey_id
        if journey_id is None:
            section = sections.setdefault("", Section(""))
        else:
            section = sections.setdefault(journey_id, Section(f"Journey {quoted(names.journey(journey_id))}"))
        lines = _lines(change, names)
        section.lines += lines
        section.targets += [(change.kind.name, change.journey_id, change.id)] * len(lines)
    return [section for section in sections.values() if section.lines]


def as_text(sections: list[Section]) -> str:
    out: list[str] = []
    for section in sections:
        if section.title:
            out.append(section.title)
            out += [f"  {line}" for line in section.lines]
        else:
            out += section.lines
    return "\n".join(out)


def quoted(text: str, limit: int = SHORT) -> str:
    text = " ".join(str(text).split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


class _Names:
    """Names of objects in either version, for lines that mention them."""

    def __init__(self, old: Project, new: Project) -> None:
        self.projects = (new, old)
        self._names: dict[str, str] = {}
        self._journeys: dict[str, Any] = {}
        for project in (old, new):
            for persona in project.personas:
                self._names[persona.id] = persona.name
            for journey in project.journeys:
                self._journeys[journey.id] = journey
                self._names[journey.id] = journey.name
                self._names.update((stage.id, stage.name) for stage in journey.stages)
                self._names.update((lane.id, lane.name) for lane in journey.lanes)
                for card in journey.cards:
                    self._names[card.id] = card.title or "untitled"

    def journey(self, journey_id: str) -> str:
        return self._names.get(journey_id, journey_id)

    def of(self, object_id: str | None) -> str:
        return quoted(self._names[object_id]) if object_id in self._names else "none"

    def cell(self, card: Any) -> str:
        return f"{self._names.get(card.stage_id, '?')} / {self._names.get(card.lane_id, '?')}"

    def position(self, kind_collection: str, journey_id: str | None, item: Any, newer: bool) -> int:
        project = self.projects[0 if newer else 1]
        owner = next((j for j in project.journeys if j.id == journey_id), None) if journey_id else project
        items = getattr(owner, kind_collection, []) if owner is not None else []
        return next((number for number, other in enumerate(items, 1) if other.id == item.id), 0)


def _label(change: Change) -> str:
    item = change.new if change.new is not None else change.old
    if change.kind.name == "card":
        return f"{item.kind.label} {quoted(item.title or 'untitled')}"
    if change.kind.name == "project":
        return "Project"
    if change.kind.name == "conflict":
        return f"Merge conflict on {item.label or item.object_id}"
    return f"{change.kind.noun} {quoted(getattr(item, 'name', item.id))}"


def _lines(change: Change, names: _Names) -> list[str]:
    label = _label(change)
    if change.how == "added":
        return [f"{label} added" + (f" in {names.cell(change.new)}" if change.kind.name == "card" else "")]
    if change.how == "removed":
        return [f"{label} removed" + (f" from {names.cell(change.old)}" if change.kind.name == "card" else "")]
    lines: list[str] = []
    fields = dict(change.fields)
    rename = "title" if change.kind.name == "card" else "name"
    if rename in fields:
        _, new_name = fields.pop(rename)
        was = _label(Change(change.kind, change.journey_id, change.id, "changed", new=change.old))
        lines.append(f"{was}: renamed to {quoted(new_name or 'untitled')}")
    if change.moved:
        lines.append(_moved(change, label, names))
    for name, (old, new) in fields.items():
        if name == "addresses":
            lines += _links(label, old or [], new or [], names)
        elif name in _VOTE_FIELDS:
            lines.append(f"{label}: {_VOTE_FIELDS[name](old, new)}")
        else:
            lines.append(f"{label}: {name.replace('_', ' ')} {_value(name, old, names)} → {_value(name, new, names)}")
    return lines


def _dots(ballots: list[Any] | None) -> int:
    return sum(len(ballot.dots) for ballot in ballots or [])


_VOTE_FIELDS = {
    "ballots": lambda old, new: f"dots {_dots(old)} → {_dots(new)}, participants {len(old or [])} → {len(new or [])}",
    "turn": lambda old, new: f"turn of participant {old + 1} → {new + 1}",
    "closed": lambda old, new: "ended" if new else "reopened",
}


def _moved(change: Change, label: str, names: _Names) -> str:
    if change.kind.name == "card":
        before, after = names.cell(change.old), names.cell(change.new)
        return f"{label} moved from {before} to {after}" if before != after else f"{label} moved within {after}"
    collection = change.kind.collection
    was_at = names.position(collection, change.journey_id, change.old, newer=False)
    now_at = names.position(collection, change.journey_id, change.new, newer=True)
    return f"{label} moved from position {was_at} to {now_at}"


def _links(label: str, old: list[str], new: list[str], names: _Names) -> list[str]:
    added = [names.of(target) for target in new if target not in old]
    removed = [names.of(target) for target in old if target not in new]
    lines = [f"{label}: now addresses {', '.join(added)}"] if added else []
    if removed:
        lines.append(f"{label}: no longer addresses {', '.join(removed)}")
    return lines or [f"{label}: addresses the same pain points in another order"]


def _value(name: str, value: Any, names: _Names, limit: int = SHORT) -> str:
    if value is None:
        return "none"
    if name in ("persona_id", "based_on", "overlay_journey_id", "origin_id"):
        return names.of(value)
    if isinstance(value, LabelledEnum):
        return value.label
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool | int | float):
        return f"{value:+d}" if name == "emotion" and isinstance(value, int) else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(quoted(str(item), limit) for item in value) + "]" if value else "nothing"
    if isinstance(value, str):
        return quoted(value, limit) if value else "empty"
    return "a new one" if value else "none"


def outline(project: Project) -> str:
    """The project as text, one line per object in map order: what git's textconv diffs line by line."""
    names = _Names(project, project)
    lines = [
        f"Project {quoted(project.title, FULL)}" + _facts(project, ("author", "organisation", "version"), names, FULL)
    ]
    lines += [
        f"Persona {quoted(persona.name, FULL)}" + _facts(persona, ("role", "quote"), names, FULL)
        for persona in project.personas
    ]
    for journey in project.journeys:
        lines.append(
            f"Journey {quoted(journey.name, FULL)}" + _facts(journey, ("persona_id", "state", "scenario"), names, FULL)
        )
        lines += [
            f"  Lane {number} {quoted(lane.name, FULL)}" + _facts(lane, ("kind",), names, FULL)
            for number, lane in enumerate(journey.lanes, 1)
        ]
        lanes = {lane.id: lane.name for lane in journey.lanes}
        by_stage: dict[str, list[Any]] = {}
        for card in journey.cards:
            by_stage.setdefault(card.stage_id, []).append(card)
        for number, stage in enumerate(journey.stages, 1):
            lines.append(
                f"  Stage {number} {quoted(stage.name, FULL)}"
                + _facts(stage, ("goal", "emotion", "color"), names, FULL)
            )
            lines += [f"    {lanes[card.lane_id]}: {_card_line(card, names)}" for card in by_stage.get(stage.id, [])]
        lines += [_vote_line(vote, names) for vote in journey.votes]
    lines += [f"Merge conflict: {conflict.label} {conflict.field}".rstrip() for conflict in project.conflicts]
    return "\n".join(lines) + "\n"


def _vote_line(vote: Any, names: _Names) -> str:
    """A round with its dots per card, most first: a vote's result reads as one line in a diff."""
    tally = ", ".join(f"{names.of(card_id)} {count}" for card_id, count in vote.tally().most_common())
    state = "ended" if vote.closed else "running"
    return f"  Vote {quoted(vote.name, FULL)} · on {vote.targets.label.lower()} · {state}" + (
        f" · dots {tally}" if tally else ""
    )


def _card_line(card: Any, names: _Names) -> str:
    facts = ("description", "channel", "emotion", "severity", "impact", "effort", "owner", "status", "due")
    links = getattr(card, "addresses", None)
    addresses = f" · addresses {', '.join(names.of(target) for target in links)}" if links else ""
    return f"{card.kind.label} {quoted(card.title or 'untitled', FULL)}" + _facts(card, facts, names, FULL) + addresses


def _facts(item: Any, names_of_fields: tuple[str, ...], names: _Names, limit: int = SHORT) -> str:
    facts = [
        f"{name.replace('_id', '').replace('_', ' ')} {_value(name, getattr(item, name), names, limit)}"
        for name in names_of_fields
        if getattr(item, name, None) not in (None, "", [])
    ]
    return "".join(f" · {fact}" for fact in facts)


CONFLICT_KINDS = {
    "changed": "Changed differently on both sides",
    "moved": "Moved to two different places",
    "deleted": "Deleted on one side, changed or still used on the other",
}


def conflict_value(conflict: Any, side: str, project: Project) -> str:
    """One side of a conflict as a person reads it: the value, the place, or the object."""
    value = getattr(conflict, side)
    names = _Names(project, project)
    if conflict.kind == "deleted":
        if value is None:
            return "Deleted"
        name = value.get("title") or value.get("name")
        facts = [quoted(name, 80)] if name else []
        facts += [f"{key} {value[key]}" for key in ("severity", "impact", "effort") if value.get(key) is not None]
        cards = value.get("cards")
        if cards is not None:
            facts.append(f"with {len(cards)} card{'s' if len(cards) != 1 else ''}")
        return "Kept: " + ", ".join(facts) if facts else "Kept"
    if conflict.kind == "moved":
        if value is None:
            return "Not there"
        if "stage_id" in value:
            return f"In {names.of(value['stage_id'])} / {names.of(value['lane_id'])}".replace("“", "").replace("”", "")
        return "At another position"
    if conflict.field == "kind" and isinstance(value, dict):
        return f"A {value.get('kind', '?').replace('_', ' ')}"
    if conflict.field == "addresses":
        return ", ".join(names.of(target) for target in value or []) or "No pain points"
    return _plain(value, names, conflict.field)


def _plain(value: Any, names: _Names, field: str = "") -> str:
    if field in ("persona_id", "based_on", "overlay_journey_id", "origin_id"):
        return names.of(value)
    if value is None:
        return "None"
    if value == "":
        return "Empty"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or "Nothing"
    return str(value)
