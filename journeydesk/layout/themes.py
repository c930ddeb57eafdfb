"""Colour themes: Light, Dark and High contrast, for the window and for the map's own colours.

Kinds of card and statuses of actions take their colours from a palette that people with the common
forms of colour blindness tell apart (after Okabe and Ito), and each comes with a shape and an icon,
so colour is never the only sign. Every text colour is paired with the background it is drawn on,
and :func:`contrast_ratio` checks each pair (WCAG 2). Exports stay on white with the colours of
:mod:`journeydesk.layout.theme`.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from journeydesk.model.enums import ActionStatus, CardKind


class ThemeName(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"

    @property
    def label(self) -> str:
        return {"system": "System", "light": "Light", "dark": "Dark", "high_contrast": "High Contrast"}[self.value]


class Shape(StrEnum):
    """The shape that goes with a colour, drawn by whoever shows the mark."""

    CIRCLE = "circle"
    TRIANGLE = "triangle"
    STAR = "star"
    SQUARE = "square"
    RING = "ring"
    DIAMOND = "diamond"
    DISC = "disc"


@dataclass(frozen=True)
class Mark:
    """How a kind or a status shows: a colour always with a shape, an icon and a character."""

    color: str
    shape: Shape
    icon: str  # a name in resources/icons
    glyph: str  # the shape as a character, for lists and cells of text


@dataclass(frozen=True)
class CardColors:
    fill: str  # the card's background
    text: str  # its title and description
    label: str  # its small labels (kind, channel, badges' text)
    accent: str  # its edge bar and icon: the kind's mark colour


@dataclass(frozen=True)
class Chrome:
    """The window around the map: docks, bars, menus, fields, buttons."""

    window: str  # behind everything
    panel: str  # bars and dock titles
    base: str  # fields, lists
    alternate: str  # every other row, hovered buttons
    text: str
    muted: str  # hints and secondary text, on any of the backgrounds above
    border: str
    accent: str  # selection, focus, the current tab
    accent_text: str  # text on the accent
    warning: str  # the read-only bar's background
    warning_text: str
    icon: str  # the ink of toolbar and menu icons
    icon_disabled: str
    quadrants: tuple[str, str, str, str]  # quick wins, major projects, fill-ins, thankless tasks


@dataclass(frozen=True)
class MapColors:
    canvas: str
    grid_fill: str
    grid_stripe: str
    grid_line: str
    header_fill: str
    text: str
    muted: str


@dataclass(frozen=True)
class Theme:
    name: ThemeName
    dark: bool
    chrome: Chrome
    map: MapColors
    cards: Mapping[CardKind, CardColors]
    kinds: Mapping[CardKind, Mark]
    statuses: Mapping[ActionStatus, Mark]

    @property
    def label(self) -> str:
        return self.name.label

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """Every text colour with the background it is drawn on: (what, text, background)."""
        c, m = self.chrome, self.map
        pairs = [(f"window text on {place}", c.text, colour) for place, colour in self._chrome_grounds()]
        pairs += [(f"window hint on {place}", c.muted, colour) for place, colour in self._chrome_grounds()]
        pairs += [("text on the accent", c.accent_text, c.accent), ("read-only bar", c.warning_text, c.warning)]
        pairs += [(f"quadrant {n} label", c.muted, fill) for n, fill in enumerate(c.quadrants, 1)]
        pairs += [("map text", m.text, m.grid_fill), ("map text on stripes", m.text, m.grid_stripe)]
        pairs += [("map headers", m.text, m.header_fill), ("map hint", m.muted, m.grid_fill)]
        for kind, card in self.cards.items():
            pairs += [(f"{kind.value} card text", card.text, card.fill), (f"{kind.value} label", card.label, card.fill)]
        return pairs

    def _chrome_grounds(self) -> list[tuple[str, str]]:
        c = self.chrome
        return [("window", c.window), ("panels", c.panel), ("fields", c.base), ("alternate rows", c.alternate)]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(color: str) -> float:
    channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _kinds(touchpoint: str, pain_point: str, improvement: str, note: str) -> dict[CardKind, Mark]:
    return {
        CardKind.TOUCHPOINT: Mark(touchpoint, Shape.CIRCLE, "card-touchpoint", "●"),
        CardKind.PAIN_POINT: Mark(pain_point, Shape.TRIANGLE, "card-pain_point", "▲"),
        CardKind.IMPROVEMENT: Mark(improvement, Shape.STAR, "card-improvement", "★"),
        CardKind.NOTE: Mark(note, Shape.SQUARE, "card-note", "■"),
    }


def _statuses(idea: str, planned: str, in_progress: str, done: str) -> dict[ActionStatus, Mark]:
    return {
        ActionStatus.IDEA: Mark(idea, Shape.RING, "status-idea", "○"),
        ActionStatus.PLANNED: Mark(planned, Shape.SQUARE, "status-planned", "■"),
        ActionStatus.IN_PROGRESS: Mark(in_progress, Shape.DIAMOND, "status-in_progress", "◆"),
        ActionStatus.DONE: Mark(done, Shape.DISC, "status-done", "●"),
    }


def _cards(
    kinds: Mapping[CardKind, Mark], text: str, fills: tuple[str, str, str, str], labels: tuple[str, str, str, str]
) -> dict[CardKind, CardColors]:
    return {
        kind: CardColors(fill=fill, text=text, label=label, accent=kinds[kind].color)
        for kind, fill, label in zip(CardKind, fills, labels, strict=True)
    }


_LIGHT_KINDS = _kinds(touchpoint="#0072b2", pain_point="#d55e00", improvement="#009e73", note="#e69f00")
LIGHT = Theme(
    name=ThemeName.LIGHT,
    dark=False,
    chrome=Chrome(
        window="#f4f5f7",
        panel="#fbfbfc",
        base="#ffffff",
        alternate="#eef0f4",
        text="#1f2430",
        muted="#5b6374",
        border="#d5dae1",
        accent="#2563eb",
        accent_text="#ffffff",
        warning="#fff4d6",
        warning_text="#5b4a12",
        icon="#3a4150",
        icon_disabled="#b3b9c4",
        quadrants=("#e8f6ee", "#eaf0fb", "#f6f7f9", "#fbf0ee"),
    ),
    map=MapColors(
        canvas="#eef0f4",
        grid_fill="#ffffff",
        grid_stripe="#f7f8fa",
        grid_line="#dfe3e9",
        header_fill="#f5f6f8",
        text="#1f2430",
        muted="#5b6374",
    ),
    cards=_cards(
        _LIGHT_KINDS,
        text="#1f2430",
        fills=("#ffffff", "#fff1ea", "#e9f6f1", "#fff5dc"),
        labels=("#005a8c", "#a3470a", "#00704f", "#8a5a00"),
    ),
    kinds=_LIGHT_KINDS,
    statuses=_statuses(idea="#6b7385", planned="#0072b2", in_progress="#e69f00", done="#009e73"),
)

_DARK_KINDS = _kinds(touchpoint="#56b4e9", pain_point="#f07a3c", improvement="#2ec4a0", note="#f0c442")
DARK = Theme(
    name=ThemeName.DARK,
    dark=True,
    chrome=Chrome(
        window="#181b21",
        panel="#1e222a",
        base="#252a33",
        alternate="#2c323c",
        text="#e6e9ef",
        muted="#a9b1c1",
        border="#3a414d",
        accent="#4c8dff",
        accent_text="#0b1020",
        warning="#3d3418",
        warning_text="#f5e3a8",
        icon="#cfd5df",
        icon_disabled="#5d6573",
        quadrants=("#1d3329", "#1e2a40", "#262a31", "#3a2622"),
    ),
    map=MapColors(
        canvas="#14171c",
        grid_fill="#1e222a",
        grid_stripe="#232831",
        grid_line="#343b47",
        header_fill="#262b34",
        text="#e6e9ef",
        muted="#a9b1c1",
    ),
    cards=_cards(
        _DARK_KINDS,
        text="#e9edf3",
        fills=("#1f2d3d", "#3a2620", "#1d3a31", "#3a321c"),
        labels=("#7fc4f0", "#ff9a5c", "#4fd1a5", "#f5c451"),
    ),
    kinds=_DARK_KINDS,
    statuses=_statuses(idea="#a9b1c1", planned="#56b4e9", in_progress="#f0c442", done="#2ec4a0"),
)

_CONTRAST_KINDS = _kinds(touchpoint="#66ccff", pain_point="#ff9933", improvement="#33e6a6", note="#ffff33")
HIGH_CONTRAST = Theme(
    name=ThemeName.HIGH_CONTRAST,
    dark=True,
    chrome=Chrome(
        window="#000000",
        panel="#000000",
        base="#000000",
        alternate="#1a1a1a",
        text="#ffffff",
        muted="#ffff66",
        border="#ffffff",
        accent="#ffff00",
        accent_text="#000000",
        warning="#ffff00",
        warning_text="#000000",
        icon="#ffffff",
        icon_disabled="#8c8c8c",
        quadrants=("#002a12", "#001a33", "#141414", "#331000"),
    ),
    map=MapColors(
        canvas="#000000",
        grid_fill="#000000",
        grid_stripe="#0d0d0d",
        grid_line="#ffffff",
        header_fill="#000000",
        text="#ffffff",
        muted="#ffff66",
    ),
    cards=_cards(
        _CONTRAST_KINDS,
        text="#ffffff",
        fills=("#000000", "#000000", "#000000", "#000000"),
        labels=("#66ccff", "#ff9933", "#33e6a6", "#ffff33"),
    ),
    kinds=_CONTRAST_KINDS,
    statuses=_statuses(idea="#ffffff", planned="#66ccff", in_progress="#ffff33", done="#33e6a6"),
)

THEMES: dict[ThemeName, Theme] = {theme.name: theme for theme in (LIGHT, DARK, HIGH_CONTRAST)}


def resolve(name: ThemeName, dark_preferred: bool = False, more_contrast_preferred: bool = False) -> Theme:
    """The theme to show for a choice: System follows what the platform prefers."""
    if name is not ThemeName.SYSTEM:
        return THEMES[name]
    if more_contrast_preferred:
        return HIGH_CONTRAST
    return DARK if dark_preferred else LIGHT
