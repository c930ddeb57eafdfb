"""The editing core: the open document, its undo stack, and one command class per operation."""

from journeydesk.document.changes import ChangeSet
from journeydesk.document.document import JourneyDocument
from journeydesk.document.refs import Ref

__all__ = ["ChangeSet", "JourneyDocument", "Ref"]
