"""The inspector: every field of the selected stage, lane or card, or of the journey and project."""

from journeydesk.ui.inspector.inspector import Inspector

__all__ = ["Inspector"]
