"""One small undo command class per operation. Each runs inside one document batch."""

from journeydesk.document.commands.base import DocumentCommand, Macro
from journeydesk.document.commands.cards import InsertCard, MoveCards, RemoveCard, ReplaceCard
from journeydesk.document.commands.collections import InsertJourney, InsertPersona, RemoveJourney, RemovePersona
from journeydesk.document.commands.columns import InsertColumn, MoveColumn, RemoveColumn
from journeydesk.document.commands.fields import SetFields
from journeydesk.document.commands.votes import SetVotes

__all__ = [
    "DocumentCommand",
    "InsertCard",
    "InsertColumn",
    "InsertJourney",
    "InsertPersona",
    "Macro",
    "MoveCards",
    "MoveColumn",
    "RemoveCard",
    "RemoveColumn",
    "RemoveJourney",
    "RemovePersona",
    "ReplaceCard",
    "SetFields",
    "SetVotes",
]
