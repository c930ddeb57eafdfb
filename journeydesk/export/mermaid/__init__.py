"""Mermaid ``journey`` diagrams: written from a journey's touchpoints and feelings, and read back."""

from journeydesk.export.mermaid.reader import import_mermaid, read_mermaid
from journeydesk.export.mermaid.writer import export_mermaid, mermaid_text

__all__ = ["export_mermaid", "import_mermaid", "mermaid_text", "read_mermaid"]
