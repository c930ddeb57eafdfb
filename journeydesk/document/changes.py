"""What one undoable step changed, collected while it runs and announced once when it ends."""

from dataclasses import dataclass, field

from journeydesk.model.cells import Cell


@dataclass
class JourneyChanges:
    """Changes to one journey. A card removed and put back in the same step counts as moved."""

    structure: bool = False  # stages or lanes added, removed, reordered or edited
    added: set[str] = field(default_factory=set)
    removed: dict[str, Cell] = field(default_factory=dict)  # card id -> the cell it left
    moved: dict[str, Cell] = field(default_factory=dict)  # card id -> the cell it came from
    changed: set[str] = field(default_factory=set)  # cards whose content changed

    def card_added(self, card_id: str) -> None:
        if card_id in self.removed:
            self.moved[card_id] = self.removed.pop(card_id)
        else:
            self.added.add(card_id)

    def card_removed(self, card_id: str, cell: Cell) -> None:
        if card_id in self.added:
            self.added.discard(card_id)
            self.removed.setdefault(card_id, cell)  # it may have moved before it went
        elif card_id in self.moved:
            self.removed[card_id] = self.moved.pop(card_id)
        else:
            self.removed.setdefault(card_id, cell)

    @property
    def touched_cards(self) -> set[str]:
        return self.added | set(self.removed) | set(self.moved) | self.changed


@dataclass
class ChangeSet:
    project: bool = False  # project fields, personas, or the list of journeys
    journeys: dict[str, JourneyChanges] = field(default_factory=dict)
    votes: set[str] = field(default_factory=set)  # journeys whose dot votes changed (only the dots on cards show it)
    comments: set[str] = field(default_factory=set)  # journeys whose comment threads changed (markers and the dock)

    def journey(self, journey_id: str) -> JourneyChanges:
        return self.journeys.setdefault(journey_id, JourneyChanges())

    def __bool__(self) -> bool:
        return self.project or bool(self.journeys) or bool(self.votes) or bool(self.comments)
