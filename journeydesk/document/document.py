"""The open project, its undo stack, and the primitives every command is made of.

Nothing outside ``document.commands`` calls the primitives: views push commands (through
:mod:`journeydesk.document.edits`) and listen to :attr:`JourneyDocument.changed`, which carries one
:class:`ChangeSet` per undoable step, after the step is complete.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from journeydesk.document.changes import ChangeSet
from journeydesk.document.refs import Ref
from journeydesk.model.base import Model
from journeydesk.model.cards import Card
from journeydesk.model.cells import CardPlace, CellIndex
from journeydesk.model.journey import Journey, Lane, Stage
from journeydesk.model.project import Persona, Project
from journeydesk.model.votes import VoteRound

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
        self._indexes = {journey.id: CellIndex(journey) for journey in project.journeys}
        self._batch_depth = 0
        self._pending = ChangeSet()
        self._edit_session = 0

    # Queries

    def journey(self, journey_id: str) -> Journey:
        return self._indexes[journey_id].journey

    def index(self, journey_id: str) -> CellIndex:
        return self._indexes[journey_id]

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
        return {obj.id for _, obj in self.project.walk()}  # type: ignore[attr-defined]

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

    # Batching: every command runs inside one; the outermost one announces the changes.

    @contextmanager
    def batch(self) -> Iterator[None]:
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self._pending:
                changes, self._pending = self._pending, ChangeSet()
                self.changed.emit(changes)

    # Primitives (for commands only)

    def insert_card(self, journey_id: str, card: Card, cell_index: int | None = None) -> CardPlace:
        place = self._indexes[journey_id].insert(card, cell_index)
        self._pending.journey(journey_id).card_added(card.id)
        return place

    def remove_card(self, journey_id: str, card_id: str) -> tuple[Card, CardPlace]:
        card, place = self._indexes[journey_id].remove(card_id)
        self._pending.journey(journey_id).card_removed(card_id, place.cell)
        return card, place

    def restore_card(self, journey_id: str, card: Card, place: CardPlace) -> None:
        self._indexes[journey_id].restore(card, place)
        self._pending.journey(journey_id).card_added(card.id)

    def replace_card(self, journey_id: str, card: Card) -> Card:
        old = self._indexes[journey_id].replace(card)
        self._pending.journey(journey_id).changed.add(card.id)
        return old

    def set_fields(self, ref: Ref, values: dict[str, Any]) -> dict[str, Any]:
        """Set fields of one object; returns their previous values."""
        target = self.resolve(ref)
        previous = {name: getattr(target, name) for name in values}
        for name, value in values.items():
            setattr(target, name, value)
        self._note_field_change(ref)
        return previous

    def set_votes(self, journey_id: str, rounds: list[VoteRound]) -> list[VoteRound]:
        """Replace a journey's vote rounds; returns the previous ones."""
        journey = self.journey(journey_id)
        previous, journey.votes = journey.votes, rounds
        self._pending.votes.add(journey_id)
        return previous

    def insert_column(self, journey_id: str, column: Column, index: int, item: Stage | Lane) -> None:
        """Insert a stage or a lane."""
        getattr(self.journey(journey_id), column).insert(index, item)
        self._pending.journey(journey_id).structure = True

    def remove_column(self, journey_id: str, column: Column, item_id: str) -> tuple[Stage | Lane, int]:
        items: list[Stage | Lane] = getattr(self.journey(journey_id), column)
        index = next(i for i, item in enumerate(items) if item.id == item_id)
        item = items.pop(index)
        self._pending.journey(journey_id).structure = True
        return item, index

    def move_column(self, journey_id: str, column: Column, from_index: int, to_index: int) -> None:
        items: list[Stage | Lane] = getattr(self.journey(journey_id), column)
        items.insert(to_index, items.pop(from_index))
        self._pending.journey(journey_id).structure = True

    def insert_journey(self, index: int, journey: Journey) -> None:
        self.project.journeys.insert(index, journey)
        self._indexes[journey.id] = CellIndex(journey)
        self._pending.project = True

    def remove_journey(self, journey_id: str) -> tuple[Journey, int]:
        index = next(i for i, journey in enumerate(self.project.journeys) if journey.id == journey_id)
        journey = self.project.journeys.pop(index)
        del self._indexes[journey_id]
        self._pending.project = True
        return journey, index

    def insert_persona(self, index: int, persona: Persona) -> None:
        self.project.personas.insert(index, persona)
        self._pending.project = True

    def remove_persona(self, persona_id: str) -> tuple[Persona, int]:
        index = next(i for i, persona in enumerate(self.project.personas) if persona.id == persona_id)
        persona = self.project.personas.pop(index)
        self._pending.project = True
        return persona, index

    def _note_field_change(self, ref: Ref) -> None:
        if ref.kind == "card":
            self._pending.journey(str(ref.journey_id)).changed.add(str(ref.id))
        elif ref.kind in ("stage", "lane", "journey"):
            self._pending.journey(str(ref.journey_id)).structure = True
            if ref.kind == "journey":
                self._pending.project = True
        else:
            self._pending.project = True
