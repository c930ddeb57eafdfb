"""The colours of JourneyDesk, as #rrggbb, in one swappable palette per theme: Light, Dark and High
contrast, for the window around the map (:class:`Chrome`) and for the map's own faces.

Faces take a :class:`Theme`; the editor's canvas takes the theme the person chose, exports always
:data:`LIGHT` (they print on white). The module-level names are the light theme's colours for widgets
and workbooks, which are not faces.

Kinds of card and statuses of actions take their colours from a palette that people with the common
forms of colour blindness tell apart (after Okabe and Ito), and each comes with a shape and an icon,
so colour is never the only sign. Every text colour is paired with the background it is drawn on in
:meth:`Theme.text_pairs`, and :func:`contrast_ratio` checks each pair (WCAG 2).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from journeydesk.model.enums import ActionStatus, CardKind, JourneyState


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
    glyph: str  # the shape as a character, for lists, cells of text and pills


@dataclass(frozen=True)
class KindStyle:
    fill: str  # the card's background
    accent: str  # its edge bar, icon and badge: the kind's mark colour
    label: str  # a shade of the accent for small text on the fill


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
    conflict: str  # the merge-conflict bar's background
    conflict_text: str
    info: str  # the live-session bar's background
    info_text: str
    good: str  # text that says all is well ("Live"), on base
    caution: str  # text that says wait ("Reconnecting"), on base
    problem: str  # text that says something is wrong, on base
    icon: str  # the ink of toolbar and menu icons
    icon_disabled: str
    quadrants: tuple[str, str, str, str]  # quick wins, major projects, fill-ins, thankless tasks


DARK_INK, LIGHT_INK = "#1f2430", "#ffffff"

SEVERITY = ("#e8b03a", "#e69036", "#e0683a", "#d9483b", "#b3261e")  # ratings 1..5, calm amber to deep red
EMOTION = {-2: "#d9483b", -1: "#e88a4a", 0: "#9aa3b2", 1: "#6cbf7c", 2: "#2e9a5e"}  # -2..+2, also by face
STATES = {JourneyState.CURRENT: "#5f6b7a", JourneyState.FUTURE: "#2e9a5e"}


@dataclass(frozen=True)
class Theme:
    """One theme's colours. The map's defaults are the light theme's."""

    name: ThemeName
    dark: bool
    chrome: Chrome
    kinds: Mapping[CardKind, Mark]
    statuses: Mapping[ActionStatus, Mark]
    cards: Mapping[CardKind, KindStyle]
    severity: tuple[str, ...] = SEVERITY
    emotion: Mapping[int, str] = field(default_factory=lambda: EMOTION)
    states: Mapping[JourneyState, str] = field(default_factory=lambda: STATES)
    canvas: str = "#eef0f4"
    paper: str = "#ffffff"  # behind the grid: a page, or the map's own ground
    grid_fill: str = "#ffffff"
    grid_stripe: str = "#f7f8fa"
    grid_line: str = "#dfe3e9"
    emotion_lane: str = "#f6f7fb"
    header_fill: str = "#f5f6f8"
    text: str = "#1f2430"  # titles, names, card text
    muted_text: str = "#5b6374"  # hints, details, ghost text
    card_border: str = "#d5dae1"
    selection: str = "#2563eb"
    on_colour: str = "#ffffff"  # text and marks on a coloured ground: chevrons, faces
    curve: str = "#2f3b52"
    overlay: str = "#d9822b"
    unrated: str = "#c9ced6"
    votes: str = "#7a3cc4"  # the dot-vote badge on a card (always with its count)
    comments: str = "#a85800"  # the open-comments badge on a card (always with its count)
    lane_tints: tuple[str, ...] = ("#ffffff", "#f4f6f9")
    quadrant_marks: tuple[str, str, str, str] = ("#2e9a5e", "#3d6fd9", "#d6a514", "#d9483b")  # as quadrants
    not_rated: str = "#8a94a6"  # the mark of a rating nobody gave (always with its words)
    band: str = "#1f2a44"  # a printed page's title band, a deck's table headers
    on_band: str = "#ffffff"
    on_band_muted: str = "#aeb8cc"

    @property
    def label(self) -> str:
        return self.name.label

    @property
    def status(self) -> dict[ActionStatus, str]:
        return {status: mark.color for status, mark in self.statuses.items()}

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """Every text colour with the background it is drawn on: (what, text, background)."""
        c = self.chrome
        pairs = [(f"window text on {place}", c.text, colour) for place, colour in self._chrome_grounds()]
        pairs += [(f"window hint on {place}", c.muted, colour) for place, colour in self._chrome_grounds()]
        pairs += [("text on the accent", c.accent_text, c.accent), ("read-only bar", c.warning_text, c.warning)]
        pairs.append(("conflict bar", c.conflict_text, c.conflict))
        pairs.append(("live-session bar", c.info_text, c.info))
        pairs += [(f"{what} status", colour, c.base) for what, colour in (("good", c.good), ("caution", c.caution))]
        pairs.append(("problem", c.problem, c.base))
        pairs += [(f"quadrant {n} label", c.muted, fill) for n, fill in enumerate(c.quadrants, 1)]
        for place, ground in self._map_grounds():
            pairs += [(f"map text on {place}", self.text, ground), (f"map hint on {place}", self.muted_text, ground)]
        for kind, card in self.cards.items():
            pairs += [(f"{kind.value} card text", self.text, card.fill), (f"{kind.value} label", card.label, card.fill)]
            pairs.append((f"{kind.value} details", self.muted_text, card.fill))
        for status, mark in self.statuses.items():
            pairs.append((f"{status.value} pill", ink_on(mark.color), mark.color))
        pairs += [("vote count", ink_on(self.votes), self.votes), ("own dots", ink_on(self.selection), self.selection)]
        pairs.append(("comment count", ink_on(self.comments), self.comments))
        return pairs

    def _chrome_grounds(self) -> list[tuple[str, str]]:
        c = self.chrome
        return [("window", c.window), ("panels", c.panel), ("fields", c.base), ("alternate rows", c.alternate)]

    def _map_grounds(self) -> list[tuple[str, str]]:
        tints = [(f"lane tint {n}", tint) for n, tint in enumerate(self.lane_tints, 1)]
        return [*tints, ("the emotion lane", self.emotion_lane), ("headers", self.header_fill), ("canvas", self.canvas)]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def ink_on(background: str) -> str:
    """Dark or white text, whichever reads better on ``background`` (a pill's or a badge's)."""
    return DARK_INK if contrast_ratio(DARK_INK, background) >= contrast_ratio(LIGHT_INK, background) else LIGHT_INK


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
    kinds: Mapping[CardKind, Mark], fills: tuple[str, str, str, str], labels: tuple[str, str, str, str]
) -> dict[CardKind, KindStyle]:
    return {
        kind: KindStyle(fill=fill, accent=kinds[kind].color, label=label)
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
        conflict="#fde8e4",
        conflict_text="#7a2a1b",
        info="#e6f0fd",
        info_text="#1d3f73",
        good="#1e7550",
        caution="#8f5200",
        problem="#b3261e",
        icon="#3a4150",
        icon_disabled="#b3b9c4",
        quadrants=("#e8f6ee", "#eaf0fb", "#f6f7f9", "#fbf0ee"),
    ),
    kinds=_LIGHT_KINDS,
    statuses=_statuses(idea="#6b7385", planned="#0072b2", in_progress="#e69f00", done="#009e73"),
    cards=_cards(
        _LIGHT_KINDS,
        fills=("#ffffff", "#fff1ea", "#e9f6f1", "#fff5dc"),
        labels=("#005a8c", "#a3470a", "#00704f", "#8a5a00"),
    ),
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
        conflict="#3d2220",
        conflict_text="#ffc4b8",
        info="#1c2b42",
        info_text="#bcd4f5",
        good="#5fd49c",
        caution="#f5b95a",
        problem="#ff8a80",
        icon="#cfd5df",
        icon_disabled="#5d6573",
        quadrants=("#1d3329", "#1e2a40", "#262a31", "#3a2622"),
    ),
    kinds=_DARK_KINDS,
    statuses=_statuses(idea="#a9b1c1", planned="#56b4e9", in_progress="#f0c442", done="#2ec4a0"),
    cards=_cards(
        _DARK_KINDS,
        fills=("#1f2d3d", "#3a2620", "#1d3a31", "#3a321c"),
        labels=("#7fc4f0", "#ff9a5c", "#4fd1a5", "#f5c451"),
    ),
    canvas="#14171c",
    paper="#1b1f26",
    grid_fill="#1e222a",
    grid_stripe="#232831",
    grid_line="#343b47",
    emotion_lane="#1b2029",
    header_fill="#262b34",
    text="#e6e9ef",
    muted_text="#a9b1c1",
    card_border="#3a414d",
    selection="#4c8dff",
    curve="#c9d3e6",
    overlay="#f0a050",
    unrated="#4a5260",
    votes="#b48cf2",
    comments="#f0b44c",
    lane_tints=("#1e222a", "#232831"),
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
        conflict="#ff9999",
        conflict_text="#000000",
        info="#66ccff",
        info_text="#000000",
        good="#33ff99",
        caution="#ffcc00",
        problem="#ff6666",
        icon="#ffffff",
        icon_disabled="#8c8c8c",
        quadrants=("#002a12", "#001a33", "#141414", "#331000"),
    ),
    kinds=_CONTRAST_KINDS,
    statuses=_statuses(idea="#ffffff", planned="#66ccff", in_progress="#ffff33", done="#33e6a6"),
    cards=_cards(
        _CONTRAST_KINDS,
        fills=("#000000", "#000000", "#000000", "#000000"),
        labels=("#66ccff", "#ff9933", "#33e6a6", "#ffff33"),
    ),
    canvas="#000000",
    paper="#000000",
    grid_fill="#000000",
    grid_stripe="#0d0d0d",
    grid_line="#ffffff",
    emotion_lane="#0d0d0d",
    header_fill="#000000",
    text="#ffffff",
    muted_text="#ffff66",
    card_border="#ffffff",
    selection="#ffff00",
    curve="#ffffff",
    overlay="#ff9933",
    unrated="#5c5c5c",
    votes="#ff99ff",
    comments="#ffcc00",
    lane_tints=("#000000", "#0d0d0d"),
)

THEMES: dict[ThemeName, Theme] = {theme.name: theme for theme in (LIGHT, DARK, HIGH_CONTRAST)}


def resolve(name: ThemeName, dark_preferred: bool = False, more_contrast_preferred: bool = False) -> Theme:
    """The theme to show for a choice: System follows what the platform prefers."""
    if name is not ThemeName.SYSTEM:
        return THEMES[name]
    if more_contrast_preferred:
        return HIGH_CONTRAST
    return DARK if dark_preferred else LIGHT


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
