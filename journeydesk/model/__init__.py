"""The journey model: pure pydantic, no Qt. Everything a .journey file holds."""

from journeydesk.model.cards import (
    CARD_CLASSES,
    Card,
    CardBase,
    ImprovementCard,
    NoteCard,
    PainPointCard,
    TouchpointCard,
)
from journeydesk.model.enums import ActionStatus, CardKind, Channel, JourneyState, LaneKind
from journeydesk.model.ids import new_id
from journeydesk.model.journey import Journey, Lane, Stage
from journeydesk.model.photo import Photo, PhotoError
from journeydesk.model.project import Persona, Project

__all__ = [
    "CARD_CLASSES",
    "ActionStatus",
    "Card",
    "CardBase",
    "CardKind",
    "Channel",
    "ImprovementCard",
    "Journey",
    "JourneyState",
    "Lane",
    "LaneKind",
    "NoteCard",
    "PainPointCard",
    "Persona",
    "Photo",
    "PhotoError",
    "Project",
    "Stage",
    "TouchpointCard",
    "new_id",
]
