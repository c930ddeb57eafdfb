"""Every edit a person can make, as one undoable step with a text that names it.

:class:`Edits` adds the project-wide edits (journeys, personas, links between cards, findings) to
the map edits of :class:`~journeydesk.document.map_edits.MapEdits`.
"""

from journeydesk.document.commands import InsertJourney, InsertPersona, Macro, RemoveJourney, RemovePersona, SetFields
from journeydesk.document.map_edits import MapEdits, cards_text, checked_values, title_case
from journeydesk.document.refs import Ref
from journeydesk.model.cards import ImprovementCard
from journeydesk.model.future import future_state_of
from journeydesk.model.ids import new_id
from journeydesk.model.journey import Journey
from journeydesk.model.project import Persona
from journeydesk.model.words import numbered
from journeydesk.templates import new_project

__all__ = ["Edits", "cards_text", "checked_values", "title_case"]


class Edits(MapEdits):
    # Links between improvement actions and pain points

    def link(self, journey_id: str, action_id: str, pain_point_id: str) -> bool:
        """Let the action address the pain point; False when it already does or cannot."""
        index = self.document.index(journey_id)
        action = index.card(action_id)
        if not isinstance(action, ImprovementCard) or pain_point_id not in index:
            return False
        if index.card(pain_point_id).kind.value != "pain_point" or pain_point_id in action.addresses:
            return False
        self.set_fields(
            Ref.card(journey_id, action_id), {"addresses": [*action.addresses, pain_point_id]}, "Link Pain Point"
        )
        return True

    def unlink(self, journey_id: str, action_id: str, pain_point_id: str) -> None:
        action = self.document.index(journey_id).card(action_id)
        assert isinstance(action, ImprovementCard)
        kept = [target for target in action.addresses if target != pain_point_id]
        self.set_fields(Ref.card(journey_id, action_id), {"addresses": kept}, "Unlink Pain Point")

    # Health-check findings

    def dismiss_finding(self, journey_id: str, key: str, dismissed: bool = True) -> None:
        journey = self.document.journey(journey_id)
        keys = [item for item in journey.dismissed if item != key] + ([key] if dismissed else [])
        self.set_fields(
            Ref.journey(journey_id), {"dismissed": keys}, "Dismiss Finding" if dismissed else "Restore Finding"
        )

    # Journeys

    def add_journey(self, after_id: str) -> str:
        """A new journey with the blank template's stages and lanes, after ``after_id``."""
        journey = new_project("blank").journeys[0]
        names = [other.name for other in self.document.project.journeys]
        journey.name = numbered("New journey", names)
        self._insert_journey(after_id, journey, "Add Journey")
        return journey.id

    def duplicate_as_future_state(self, journey_id: str) -> str:
        """A copy of the journey as its future state: every stage and card remembers what it copies."""
        names = [journey.name for journey in self.document.project.journeys]
        future = future_state_of(self.document.journey(journey_id), names)
        self._insert_journey(journey_id, future, "Duplicate as Future State")
        return future.id

    def delete_journey(self, journey_id: str) -> None:
        """Delete a journey (never the last one); journeys derived from it forget their base."""
        project = self.document.project
        if len(project.journeys) < 2:
            raise ValueError("a project keeps at least one journey")
        macro = Macro(self.document, "Delete Journey")
        doomed = self.document.journey(journey_id)
        self.forget_origins_into(
            macro, journey_id, {stage.id for stage in doomed.stages} | {card.id for card in doomed.cards}
        )
        for other in project.journeys:
            changes = {
                field: None
                for field in ("based_on", "overlay_journey_id")
                if other.id != journey_id and getattr(other, field) == journey_id
            }
            if changes:
                macro.add(SetFields(self.document, Ref.journey(other.id), changes, "Forget Journey"))
        macro.add(RemoveJourney(self.document, journey_id))
        self.push(macro)

    def _insert_journey(self, after_id: str, journey: Journey, text: str) -> None:
        ids = [item.id for item in self.document.project.journeys]
        self.push(InsertJourney(self.document, ids.index(after_id) + 1, journey, text))

    # Personas

    def add_persona(self, name: str = "New persona") -> str:
        persona = Persona(id=new_id("persona"), name=name)
        self.push(InsertPersona(self.document, len(self.document.project.personas), persona, "Add Persona"))
        return persona.id

    def delete_persona(self, persona_id: str) -> None:
        """Delete a persona; the journeys it walked are left without one, in the same step."""
        macro = Macro(self.document, "Delete Persona")
        for journey in self.document.project.journeys:
            if journey.persona_id == persona_id:
                macro.add(SetFields(self.document, Ref.journey(journey.id), {"persona_id": None}, "Unassign"))
        macro.add(RemovePersona(self.document, persona_id))
        self.push(macro)
