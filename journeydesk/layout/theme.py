"""The colours of a journey map, as #rrggbb, in one swappable palette.

Faces take a :class:`Theme`; the editor and every export use :data:`LIGHT` (exports print on white).
The module-level names are the light theme's colours for widgets and workbooks, which are not faces.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from journeydesk.model.enums import ActionStatus, CardKind, JourneyState


@dataclass(frozen=True)
class KindStyle:
    fill: str  # the card's background
    accent: str  # its edge bar, icon and badge
    label: str  # a darker shade of the accent, for small text on the fill


@dataclass(frozen=True)
class Theme:
    cards: Mapping[CardKind, KindStyle]
    status: Mapping[ActionStatus, str]
    severity: tuple[str, ...]  # ratings 1..5, from a calm amber to a deep red
    emotion: Mapping[int, str]  # scores -2..+2, from red through grey to green
    states: Mapping[JourneyState, str]
    canvas: str = "#eef0f4"
    paper: str = "#ffffff"
    grid_fill: str = "#ffffff"
    grid_stripe: str = "#f7f8fa"
    grid_line: str = "#dfe3e9"
    emotion_lane: str = "#f6f7fb"
    header_fill: str = "#f5f6f8"
    text: str = "#1f2430"
    muted_text: str = "#6b7385"
    card_border: str = "#d5dae1"
    selection: str = "#2563eb"
    on_colour: str = "#ffffff"  # text and marks on a coloured ground: chevrons, pills, faces
    curve: str = "#2f3b52"
    overlay: str = "#d9822b"
    unrated: str = "#c9ced6"
    lane_tints: tuple[str, ...] = field(default=("#ffffff", "#f4f6f9"))
    band: str = "#1f2a44"  # a printed page's title band
    on_band: str = "#ffffff"
    on_band_muted: str = "#aeb8cc"


LIGHT = Theme(
    cards={
        CardKind.TOUCHPOINT: KindStyle(fill="#ffffff", accent="#3d6fd9", label="#2a4f9e"),
        CardKind.PAIN_POINT: KindStyle(fill="#fff1ef", accent="#d9483b", label="#a8322a"),
        CardKind.IMPROVEMENT: KindStyle(fill="#edf8f1", accent="#2e9a5e", label="#1f6e42"),
        CardKind.NOTE: KindStyle(fill="#fff7d1", accent="#d6a514", label="#8a6a08"),
    },
    status={
        ActionStatus.IDEA: "#8a94a6",
        ActionStatus.PLANNED: "#3d6fd9",
        ActionStatus.IN_PROGRESS: "#d98a14",
        ActionStatus.DONE: "#2e9a5e",
    },
    severity=("#e8b03a", "#e69036", "#e0683a", "#d9483b", "#b3261e"),
    emotion={-2: "#d9483b", -1: "#e88a4a", 0: "#9aa3b2", 1: "#6cbf7c", 2: "#2e9a5e"},
    states={JourneyState.CURRENT: "#5f6b7a", JourneyState.FUTURE: "#2e9a5e"},
)

CARD_STYLES = LIGHT.cards
STATUS_COLORS = LIGHT.status
SEVERITY_COLORS = LIGHT.severity
EMOTION_COLORS = LIGHT.emotion
CANVAS = LIGHT.canvas
GRID_FILL = LIGHT.grid_fill
GRID_STRIPE = LIGHT.grid_stripe
GRID_LINE = LIGHT.grid_line
HEADER_FILL = LIGHT.header_fill
TEXT = LIGHT.text
MUTED_TEXT = LIGHT.muted_text
CARD_BORDER = LIGHT.card_border
SELECTION = LIGHT.selection
