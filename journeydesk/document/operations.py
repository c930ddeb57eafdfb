"""Edit operations: changes to a project as plain data, addressed by id.

An operation names its object by type, journey and id, and places objects by order key (computed
between the neighbours it goes between: "after card X in cell S x L"), never by list position, so
it means the same thing on another copy of the project: the undo stack, a diff, a three-way merge
and a live session all speak it. Payloads are JSON values; :func:`to_json` and :func:`from_json`
turn an operation into a JSON object and back.

``apply`` (in :mod:`journeydesk.document.apply`) validates one against a project, applies it and
returns its inverse.
"""

from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar

from pydantic_core import to_jsonable_python

from journeydesk.document.objects import TYPES


class OperationError(ValueError):
    """An operation that does not fit the project it is applied to; nothing was changed."""


@dataclass(frozen=True)
class Operation:
    tag: ClassVar[str] = ""

    def to_json(self) -> dict[str, Any]:
        return {"op": self.tag, **asdict(self)}


@dataclass(frozen=True)
class Add(Operation):
    """Add an object: ``data`` is all of it (for a journey, its stages, lanes and cards too)."""

    type: str
    journey_id: str | None
    data: dict[str, Any]
    tag: ClassVar[str] = "add"

    @property
    def id(self) -> str:
        return str(self.data.get("id"))


@dataclass(frozen=True)
class Remove(Operation):
    """Remove an object; nothing may refer to it any more (links, origins, cards in a stage)."""

    type: str
    journey_id: str | None
    id: str
    tag: ClassVar[str] = "remove"


@dataclass(frozen=True)
class Move(Operation):
    """Give an object a new place: an order key, and for a card a cell."""

    type: str
    journey_id: str | None
    id: str
    order: str
    stage_id: str | None = None
    lane_id: str | None = None
    tag: ClassVar[str] = "move"


@dataclass(frozen=True)
class SetFields(Operation):
    """Set fields of one object (a card's ``kind`` too: the card becomes the other kind)."""

    type: str
    journey_id: str | None
    id: str
    values: dict[str, Any] = field(default_factory=dict)
    tag: ClassVar[str] = "set"


@dataclass(frozen=True)
class Link(Operation):
    """Let an improvement action address a pain point; ``before``: the pain point it goes before in
    the action's list (None: at the end)."""

    journey_id: str
    action_id: str
    pain_point_id: str
    before: str | None = None
    tag: ClassVar[str] = "link"


@dataclass(frozen=True)
class Unlink(Operation):
    journey_id: str
    action_id: str
    pain_point_id: str
    tag: ClassVar[str] = "unlink"


OPERATIONS: dict[str, type[Operation]] = {kind.tag: kind for kind in (Add, Remove, Move, SetFields, Link, Unlink)}


def set_fields(type_: str, journey_id: str | None, object_id: str, values: dict[str, Any]) -> SetFields:
    """A :class:`SetFields` from Python values (enums, dates, models), made JSON."""
    return SetFields(type_, journey_id, object_id, to_jsonable_python(values))


def to_json(operation: Operation) -> dict[str, Any]:
    return operation.to_json()


def from_json(data: Any) -> Operation:
    """An operation from its JSON object; a wrong shape raises :class:`OperationError`."""
    if not isinstance(data, dict) or data.get("op") not in OPERATIONS:
        raise OperationError(f"not an operation: {str(data)[:80]}")
    kind = OPERATIONS[data["op"]]
    known = {item.name: item for item in fields(kind)}
    arguments = {name: value for name, value in data.items() if name != "op"}
    unknown = set(arguments) - set(known)
    if unknown:
        raise OperationError(f"{kind.tag}: unknown field {sorted(unknown)[0]!r}")
    for name, item in known.items():
        value = arguments.get(name)
        if value is None and (item.default is None or name in ("journey_id", "values")):
            arguments[name] = None if name != "values" else {}
            continue
        expected = dict if name in ("data", "values") else str
        if not isinstance(value, expected):
            raise OperationError(f"{kind.tag}: {name} must be {'an object' if expected is dict else 'text'}")
    if "type" in known and arguments["type"] not in TYPES:
        raise OperationError(f"{kind.tag}: no object type {arguments['type']!r}")
    return kind(**arguments)
