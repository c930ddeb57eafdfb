"""The editing core: operations by id, the open document, its undo stack, diff and three-way merge.

Operations, diff and merge know no Qt (the live-session layer uses them without a window); only
:class:`JourneyDocument` and its undo command do, so they are loaded when first asked for.
"""

from typing import TYPE_CHECKING, Any

from journeydesk.document.changes import ChangeSet
from journeydesk.document.refs import Ref

if TYPE_CHECKING:
    from journeydesk.document.document import JourneyDocument

__all__ = ["ChangeSet", "JourneyDocument", "Ref"]


def __getattr__(name: str) -> Any:
    if name == "JourneyDocument":
        from journeydesk.document.document import JourneyDocument

        return JourneyDocument
    raise AttributeError(name)
