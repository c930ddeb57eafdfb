"""Conflicts a three-way merge could not decide, kept in the file until a person resolves them.

The merged project holds *our* value wherever both sides disagreed; each conflict records what the
base, our side and their side had, so the choice can still be made after the merge, in the app.
"""

import hashlib
from enum import StrEnum
from typing import Annotated, ClassVar

from pydantic import Field, JsonValue, StrictStr

from journeydesk.model.base import Model
from journeydesk.model.types import Id, Name, Text

MAX_CONFLICTS = 10_000


class ConflictKind(StrEnum):
    CHANGED = "changed"  # one field changed differently on both sides
    MOVED = "moved"  # the object moved to two different places
    DELETED = "deleted"  # deleted on one side, changed (or still used) on the other


class Conflict(Model):
    id: Id
    kind: ConflictKind
    object_type: Annotated[StrictStr, Field(pattern=r"^[a-z_]{1,30}$", description="card, stage, lane, journey...")]
    journey_id: Id | None = Field(None, description="The journey holding the object; none for project-level ones")
    object_id: Id
    field: Annotated[
        StrictStr, Field(max_length=60, description="The field in conflict; empty for moves and deletions")
    ] = ""
    label: Name = Field("", description="The object as people know it, e.g. Pain point “Slow checkout”")
    where: Text = Field("", description="Where it is: journey, stage and lane")
    base: JsonValue = Field(None, description="The common ancestor's value (for deletions: the object, or null)")
    ours: JsonValue = Field(None, description="Our value, which the merged file holds")
    theirs: JsonValue = Field(None, description="Their value")

    id_prefix: ClassVar[str] = "conflict"

    @property
    def ours_deleted(self) -> bool:
        return self.kind is ConflictKind.DELETED and self.ours is None

    @property
    def theirs_deleted(self) -> bool:
        return self.kind is ConflictKind.DELETED and self.theirs is None


def conflict_id(object_type: str, object_id: str, field: str = "") -> str:
    """One id per object and field, the same in every merge, so repeated merges do not pile them up."""
    digest = hashlib.sha256(f"{object_type}/{object_id}/{field}".encode()).hexdigest()[:12]
    return f"conflict-{digest}"
