"""The undo command: a thin wrapper that applies a list of operations and undoes them by their inverses.

Consecutive commands with the same ``merge_key`` become one undo step (typing in one field, nudging
cards with the arrow keys).
"""

import logging
from collections.abc import Hashable, Sequence

from PySide6.QtGui import QUndoCommand

from journeydesk.document.document import JourneyDocument
from journeydesk.document.operations import Operation, SetFields

MERGING_ID = 1
log = logging.getLogger(__name__)


class OperationsCommand(QUndoCommand):
    def __init__(
        self, document: JourneyDocument, operations: Sequence[Operation], text: str, merge_key: Hashable = None
    ) -> None:
        super().__init__(text)
        self.document = document
        self.operations = list(operations)
        self.inverses: list[Operation] = []  # in the order to apply them
        self.merge_key = merge_key
        self.error: Exception | None = None  # why it could not run; it then changed nothing

    def redo(self) -> None:
        with self.document.batch():
            self.inverses = self._run(self.operations)

    def undo(self) -> None:
        with self.document.batch():
            self._run(self.inverses)

    def _run(self, operations: Sequence[Operation]) -> list[Operation]:
        """Apply all of them, or (should one not fit) none: the ones applied are undone again, and the
        command becomes obsolete (the undo stack then drops it)."""
        done: list[Operation] = []
        try:
            for operation in operations:
                done.insert(0, self.document.apply(operation))
        except Exception as exc:  # Qt calls redo(): an exception would be lost there
            for inverse in done:
                self.document.apply(inverse)
            self.setObsolete(True)
            self.error = exc
            log.warning("%s: not applied: %s", self.text(), exc)
            return []
        return done

    def id(self) -> int:
        return MERGING_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, OperationsCommand) or other.merge_key != self.merge_key:
            return False
        if _same_fields(self.operations, other.operations):
            self.operations = other.operations  # typing: the latest text, undone to the first one
        else:
            self.operations = self.operations + other.operations
            self.inverses = other.inverses + self.inverses
        self.setObsolete(self.operations == self.inverses)  # typed back to what it was
        return True


def _same_fields(first: Sequence[Operation], second: Sequence[Operation]) -> bool:
    """Both are one change of the same fields of the same object."""
    if len(first) != 1 or len(second) != 1:
        return False
    one, other = first[0], second[0]
    return (
        isinstance(one, SetFields)
        and isinstance(other, SetFields)
        and (one.type, one.journey_id, one.id) == (other.type, other.journey_id, other.id)
        and one.values.keys() == other.values.keys()
    )
