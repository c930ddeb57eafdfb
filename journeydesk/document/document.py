"""The open project, its undo stack, and the one way to change it: :meth:`JourneyDocument.apply`.

Views push commands (through :mod:`journeydesk.document.edits`), each a list of operations, and listen
to :attr:`JourneyDocument.changed`, which carries one :class:`ChangeSet` per undoable step, after the
step is complete.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from journeydesk.document.apply import apply
from journeydesk.document.operations import Operation
from journeydesk.document.refs import Ref
from journeydesk.document.state import ProjectState
from journeydesk.model.base import Model
from journeydesk.model.cells import CellIndex
from journeydesk.model.journey import Journey
from journeydesk.model.project import Project

Column = Literal["stages", "lanes"]


class JourneyDocument(QObject):
    changed = Signal(object)  # ChangeSet, once per completed step
    path_changed = Signal(object)  # Path | None

    def __init__(self, project: Project, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.path = path
        self.read_only: str | None = None  # why the file must not be saved over; changes go elsewhere
        self.undo_stack = QUndoStack(self)
        self.state = ProjectState(project)
        self._batch_depth = 0
        self._edit_session = 0

    # Queries

    def journey(self, journey_id: str) -> Journey:
        return self.state.journey(journey_id)

    def index(self, journey_id: str) -> CellIndex:
        return self.state.index(journey_id)

    def resolve(self, ref: Ref) -> Model:
        match ref.kind:
            case "project":
                return self.project
            case "journey":
                return self.journey(str(ref.journey_id))
            case "persona":
                return self.project.persona(str(ref.id))
            case "stage":
                return self.journey(str(ref.journey_id)).stage(str(ref.id))
            case "lane":
                return self.journey(str(ref.journey_id)).lane(str(ref.id))
            case "card":
                return self.index(str(ref.journey_id)).card(str(ref.id))
        raise ValueError(f"unknown reference {ref}")

    def exists(self, ref: Ref) -> bool:
        try:
            self.resolve(ref)
        except (KeyError, StopIteration):
            return False
        return True

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def all_ids(self) -> set[str]:
        return {obj.id for _, obj in self.project.walk()}  # type: ignore[attr-defined]  # walk() yields models that all carry an id

    # Saving state

    def mark_saved(self, path: Path) -> None:
        self.undo_stack.setClean()
        if path != self.path:
            self.path = path
            self.read_only = None  # saved under a name of our own
            self.path_changed.emit(path)

    def mark_unsaved(self) -> None:
        """What is shown is not what is on disk (a recovered copy, a file deleted under us)."""
        self.undo_stack.resetClean()

    # Merging of field edits: consecutive edits of one field merge until the editor is left.

    @property
    def edit_session(self) -> int:
        return self._edit_session

    def end_edit_session(self) -> None:
        """The person left a field editor: the next edit starts a new undo step."""
        self._edit_session += 1

    # Changing the project

    def apply(self, operation: Operation) -> Operation:
        """Validate and apply one operation (see :mod:`journeydesk.document.apply`); returns its inverse.

        Raises :class:`~journeydesk.document.operations.OperationError`, with nothing changed, when it
        does not fit. The change is announced when the outermost batch ends."""
        with self.batch():
            return apply(self.state, operation)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Operations applied inside are announced together, once, when the outermost batch ends."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self.state.changes:
                self.changed.emit(self.state.take_changes())
