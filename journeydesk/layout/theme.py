"""The colours of a journey map, as #rrggbb. Shared by the canvas and every exporter."""

from dataclasses import dataclass

from journeydesk.model.enums import ActionStatus, CardKind


@dataclass(frozen=True)
class KindStyle:
    fill: str  # the card's background
    accent: str  # its edge bar, icon and badge
    label: str  # a darker shade of the accent, for small text on the fill


CARD_STYLES = {
    CardKind.TOUCHPOINT: KindStyle(fill="#ffffff", accent="#3d6fd9", label="#2a4f9e"),
    CardKind.PAIN_POINT: KindStyle(fill="#fff1ef", accent="#d9483b", label="#a8322a"),
    CardKind.IMPROVEMENT: KindStyle(fill="#edf8f1", accent="#2e9a5e", label="#1f6e42"),
    CardKind.NOTE: KindStyle(fill="#fff7d1", accent="#d6a514", label="#8a6a08"),
}

STATUS_COLORS = {
    ActionStatus.IDEA: "#8a94a6",
    ActionStatus.PLANNED: "#3d6fd9",
    ActionStatus.IN_PROGRESS: "#d98a14",
    ActionStatus.DONE: "#2e9a5e",
}

# Severity 1..5, from a calm amber to a deep red.
SEVERITY_COLORS = ("#e8b03a", "#e69036", "#e0683a", "#d9483b", "#b3261e")

# Emotion -2..+2, from red through grey to green.
EMOTION_COLORS = {-2: "#d9483b", -1: "#e88a4a", 0: "#9aa3b2", 1: "#6cbf7c", 2: "#2e9a5e"}

CANVAS = "#eef0f4"
GRID_FILL = "#ffffff"
GRID_STRIPE = "#f7f8fa"
GRID_LINE = "#dfe3e9"
HEADER_FILL = "#f5f6f8"
TEXT = "#1f2430"
MUTED_TEXT = "#6b7385"
CARD_BORDER = "#d5dae1"
SELECTION = "#2563eb"
