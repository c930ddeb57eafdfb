"""Every edit a person can make, as one undoable step with a text that names it.

:class:`Edits` adds the project-wide edits (journeys, personas, links between cards, findings) to
the map edits of :class:`~journeydesk.document.map_edits.MapEdits`, the steps of a dot vote
(:class:`~journeydesk.document.vote_edits.VoteEdits`) and of comment threads
(:class:`~journeydesk.document.comment_edits.CommentEdits`).
"""

from journeydesk.document import plans
from journeydesk.document.apply import dump
from journeydesk.document.comment_edits import CommentEdits
from journeydesk.document.map_edits import cards_text, checked_values, title_case
from journeydesk.document.operations import Add, Link, Unlink
from journeydesk.document.refs import Ref
from journeydesk.document.resolve import Side, resolution
from journeydesk.model.cards import ImprovementCard
from journeydesk.model.enums import CardKind
from journeydesk.model.future import future_state_of
from journeydesk.model.ids import new_id
from journeydesk.model.journey import Journey
from journeydesk.model.project import Persona
from journeydesk.model.words import numbered
from journeydesk.templates import new_project

__all__ = ["Edits", "cards_text", "checked_values", "title_case"]


class Edits(CommentEdits):
    # Links between improvement actions and pain points

    def link(self, journey_id: str, action_id: str, pain_point_id: str) -> bool:
        """Let the action address the pain point; False when it already does or cannot."""
        index = self.document.index(journey_id)
        action = index.card(action_id)
        if not isinstance(action, ImprovementCard) or pain_point_id not in index:
            return False
        if index.card(pain_point_id).kind is not CardKind.PAIN_POINT or pain_point_id in action.addresses:
            return False
        self.push([Link(journey_id, action_id, pain_point_id)], "Link Pain Point")
        return True

    def unlink(self, journey_id: str, action_id: str, pain_point_id: str) -> None:
        self.push([Unlink(journey_id, action_id, pain_point_id)], "Unlink Pain Point")

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
        if len(self.document.project.journeys) < 2:
            raise ValueError("a project keeps at least one journey")
        self.push(plans.removal(self.document.state, "journey", None, [journey_id]), "Delete Journey")

    def _insert_journey(self, after_id: str, journey: Journey, text: str) -> None:
        journeys = self.document.project.journeys
        position = [item.id for item in journeys].index(after_id) + 1
        journey.order, room = plans.column_key("journey", None, journeys, position)
        self.push([*room, Add("journey", None, dump(journey))], text)

    # Personas

    def add_persona(self, name: str = "New persona") -> str:
        personas = self.document.project.personas
        persona = Persona(id=new_id("persona"), name=name)
        persona.order, room = plans.column_key("persona", None, personas, len(personas))
        self.push([*room, Add("persona", None, dump(persona))], "Add Persona")
        return persona.id

    def delete_persona(self, persona_id: str) -> None:
        """Delete a persona; the journeys it walked are left without one, in the same step."""
        self.push(plans.removal(self.document.state, "persona", None, [persona_id]), "Delete Persona")

    # Merge conflicts

    def resolve_conflict(self, conflict_id: str, side: Side | None) -> None:
        """Take ``side``'s value for the conflict's object (None: keep it as it is now) and mark the
        conflict resolved, as one step. Raises OperationError when that value cannot be had."""
        conflict = next(item for item in self.document.project.conflicts if item.id == conflict_id)
        text = (
            "Mark Conflict Resolved"
            if side is None
            else f"Resolve Conflict ({'Keep Ours' if side == 'ours' else 'Use ' + side.title()})"
        )
        self.push(resolution(self.document.state, conflict, side), text)
