"""Setting fields of one object. Consecutive edits of the same fields merge into one step."""

from typing import Any

from PySide6.QtGui import QUndoCommand

from journeydesk.document.commands.base import DocumentCommand
from journeydesk.document.document import JourneyDocument
from journeydesk.document.refs import Ref

FIELDS_MERGE_ID = 3


class SetFields(DocumentCommand):
    def __init__(
        self, document: JourneyDocument, ref: Ref, values: dict[str, Any], text: str, mergeable: bool = False
    ) -> None:
        super().__init__(document, text)
        self.ref = ref
        self.values = dict(values)
        self.previous: dict[str, Any] = {}
        self.mergeable = mergeable
        self.session = document.edit_session

    def apply(self) -> None:
        previous = self.document.set_fields(self.ref, self.values)
        if not self.previous:
            self.previous = previous

    def revert(self) -> None:
        self.document.set_fields(self.ref, self.previous)

    def id(self) -> int:
        return FIELDS_MERGE_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not (
            isinstance(other, SetFields)
            and other.mergeable
            and other.ref == self.ref
            and other.values.keys() == self.values.keys()
            and other.session == self.session
        ):
            return False
        self.values = other.values
        self.setObsolete(self.values == self.previous)
        return True
