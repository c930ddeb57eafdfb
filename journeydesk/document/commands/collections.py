"""Commands on the project's own lists: journeys and personas."""

from journeydesk.document.commands.base import DocumentCommand
from journeydesk.document.document import JourneyDocument
from journeydesk.model.journey import Journey
from journeydesk.model.project import Persona


class InsertJourney(DocumentCommand):
    def __init__(self, document: JourneyDocument, index: int, journey: Journey, text: str = "") -> None:
        super().__init__(document, text)
        self.index, self.journey = index, journey

    def apply(self) -> None:
        self.document.insert_journey(self.index, self.journey)

    def revert(self) -> None:
        self.document.remove_journey(self.journey.id)


class RemoveJourney(DocumentCommand):
    def __init__(self, document: JourneyDocument, journey_id: str, text: str = "") -> None:
        super().__init__(document, text)
        self.journey_id = journey_id
        self.removed: tuple[Journey, int] | None = None

    def apply(self) -> None:
        self.removed = self.document.remove_journey(self.journey_id)

    def revert(self) -> None:
        assert self.removed is not None
        journey, index = self.removed
        self.document.insert_journey(index, journey)


class InsertPersona(DocumentCommand):
    def __init__(self, document: JourneyDocument, index: int, persona: Persona, text: str = "") -> None:
        super().__init__(document, text)
        self.index, self.persona = index, persona

    def apply(self) -> None:
        self.document.insert_persona(self.index, self.persona)

    def revert(self) -> None:
        self.document.remove_persona(self.persona.id)


class RemovePersona(DocumentCommand):
    def __init__(self, document: JourneyDocument, persona_id: str, text: str = "") -> None:
        super().__init__(document, text)
        self.persona_id = persona_id
        self.removed: tuple[Persona, int] | None = None

    def apply(self) -> None:
        self.removed = self.document.remove_persona(self.persona_id)

    def revert(self) -> None:
        assert self.removed is not None
        persona, index = self.removed
        self.document.insert_persona(index, persona)
