"""What the palette drags: a private MIME type naming the kind of thing to insert."""

from enum import StrEnum

from PySide6.QtCore import QMimeData

from journeydesk.model.enums import CardKind

PALETTE_MIME_TYPE = "application/x-journeydesk-palette"


class PaletteEntry(StrEnum):
    STAGE = "stage"
    LANE = "lane"
    TOUCHPOINT = CardKind.TOUCHPOINT.value
    PAIN_POINT = CardKind.PAIN_POINT.value
    IMPROVEMENT = CardKind.IMPROVEMENT.value
    NOTE = CardKind.NOTE.value

    @property
    def card_kind(self) -> CardKind | None:
        return None if self in (PaletteEntry.STAGE, PaletteEntry.LANE) else CardKind(self.value)

    @property
    def label(self) -> str:
        kind = self.card_kind
        return kind.label if kind else self.value.capitalize()

    @property
    def icon_name(self) -> str:
        kind = self.card_kind
        return f"card-{kind.value}" if kind else f"insert-{self.value}"


def palette_mime(entry: PaletteEntry) -> QMimeData:
    mime = QMimeData()
    mime.setData(PALETTE_MIME_TYPE, entry.value.encode("ascii"))
    return mime


def palette_entry(mime: QMimeData) -> PaletteEntry | None:
    if not mime.hasFormat(PALETTE_MIME_TYPE):
        return None
    try:
        return PaletteEntry(bytes(mime.data(PALETTE_MIME_TYPE).data()).decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
