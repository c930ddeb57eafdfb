"""Commands on stages and lanes: insert, remove, move."""

from journeydesk.document.commands.base import DocumentCommand
from journeydesk.document.document import Column, JourneyDocument
from journeydesk.model.journey import Lane, Stage


class InsertColumn(DocumentCommand):
    def __init__(
        self, document: JourneyDocument, journey_id: str, column: Column, index: int, item: Stage | Lane, text: str = ""
    ) -> None:
        super().__init__(document, text)
        self.journey_id, self.column, self.index, self.item = journey_id, column, index, item

    def apply(self) -> None:
        self.document.insert_column(self.journey_id, self.column, self.index, self.item)

    def revert(self) -> None:
        self.document.remove_column(self.journey_id, self.column, self.item.id)


class RemoveColumn(DocumentCommand):
    """Removes an empty stage or lane (its cards go first, in commands of their own)."""

    def __init__(
        self, document: JourneyDocument, journey_id: str, column: Column, item_id: str, text: str = ""
    ) -> None:
        super().__init__(document, text)
        self.journey_id, self.column, self.item_id = journey_id, column, item_id
        self.removed: tuple[Stage | Lane, int] | None = None

    def apply(self) -> None:
        self.removed = self.document.remove_column(self.journey_id, self.column, self.item_id)

    def revert(self) -> None:
        assert self.removed is not None
        item, index = self.removed
        self.document.insert_column(self.journey_id, self.column, index, item)


class MoveColumn(DocumentCommand):
    def __init__(
        self, document: JourneyDocument, journey_id: str, column: Column, from_index: int, to_index: int, text: str = ""
    ) -> None:
        super().__init__(document, text)
        self.journey_id, self.column, self.from_index, self.to_index = journey_id, column, from_index, to_index

    def apply(self) -> None:
        self.document.move_column(self.journey_id, self.column, self.from_index, self.to_index)

    def revert(self) -> None:
        self.document.move_column(self.journey_id, self.column, self.to_index, self.from_index)
