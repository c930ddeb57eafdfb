"""The themes' colours, checked from the palette itself: every text readable on its background, and
kinds and statuses told apart by more than colour."""

import pytest

from journeydesk.layout.theme import THEMES, Theme, ThemeName, contrast_ratio, resolve
from journeydesk.model.enums import ActionStatus, CardKind

AA_NORMAL_TEXT = 4.5  # WCAG 2, level AA
AAA_NORMAL_TEXT = 7.0


def test_contrast_ratio_matches_the_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#777777") == contrast_ratio("#777777", "#ffffff")


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=[name.value for name in THEMES])
def test_card_text_on_card_background_is_at_least_4_5_to_1(theme: Theme) -> None:
    for kind in CardKind:
        card = theme.cards[kind]
        assert contrast_ratio(theme.text, card.fill) >= AA_NORMAL_TEXT, (theme.name, kind)
        assert contrast_ratio(card.label, card.fill) >= AA_NORMAL_TEXT, (theme.name, kind, "label")


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=[name.value for name in THEMES])
def test_every_text_of_the_theme_is_readable_on_its_background(theme: Theme) -> None:
    wanted = AAA_NORMAL_TEXT if theme.name is ThemeName.HIGH_CONTRAST else AA_NORMAL_TEXT
    low = [(what, round(contrast_ratio(text, ground), 2)) for what, text, ground in theme.text_pairs()]
    assert [pair for pair in low if pair[1] < wanted] == []
    assert len(low) >= 20  # window, map and every card kind are covered


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=[name.value for name in THEMES])
def test_kinds_and_statuses_never_rely_on_colour_alone(theme: Theme) -> None:
    for marks in (theme.kinds, theme.statuses):
        assert len({mark.shape for mark in marks.values()}) == len(marks)  # a shape of its own each
        assert len({mark.glyph for mark in marks.values()}) == len(marks)
        assert len({mark.icon for mark in marks.values()}) == len(marks)
        assert len({mark.color for mark in marks.values()}) == len(marks)
    assert set(theme.kinds) == set(CardKind) and set(theme.statuses) == set(ActionStatus)
    for kind in CardKind:
        assert theme.cards[kind].accent == theme.kinds[kind].color


def test_the_kind_colours_stay_apart_for_the_common_colour_blindnesses() -> None:
    """Simulated deuteranopia and protanopia (Viénot, Brettel and Mollon 1999): the four kind colours
    of each theme stay further apart than the older red-green map colours did (48 in this measure)."""
    for theme in THEMES.values():
        colours = [mark.color for mark in theme.kinds.values()]
        for simulate in (_deuteranopia, _protanopia):
            seen = [simulate(colour) for colour in colours]
            for first in range(len(seen)):
                for second in range(first + 1, len(seen)):
                    assert _distance(seen[first], seen[second]) > 55, (theme.name, colours[first], colours[second])


def test_system_follows_the_platform_preferences() -> None:
    assert resolve(ThemeName.SYSTEM).name is ThemeName.LIGHT
    assert resolve(ThemeName.SYSTEM, dark_preferred=True).name is ThemeName.DARK
    assert resolve(ThemeName.SYSTEM, more_contrast_preferred=True).name is ThemeName.HIGH_CONTRAST
    assert resolve(ThemeName.LIGHT, dark_preferred=True).name is ThemeName.LIGHT


def _linear(colour: str) -> list[float]:
    values = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    return [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in values]


def _srgb(linear: list[float]) -> list[float]:
    clipped = [min(1.0, max(0.0, v)) for v in linear]
    return [255 * (12.92 * v if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055) for v in clipped]


def _simulate(colour: str, matrix: list[list[float]]) -> list[float]:
    r, g, b = _linear(colour)
    return _srgb([row[0] * r + row[1] * g + row[2] * b for row in matrix])


def _deuteranopia(colour: str) -> list[float]:
    return _simulate(colour, [[0.29275, 0.70725, 0.0], [0.29275, 0.70725, 0.0], [-0.02234, 0.02234, 1.0]])


def _protanopia(colour: str) -> list[float]:
    return _simulate(colour, [[0.11238, 0.88762, 0.0], [0.11238, 0.88762, 0.0], [0.00401, -0.00401, 1.0]])


def _distance(first: list[float], second: list[float]) -> float:
    return sum((a - b) ** 2 for a, b in zip(first, second, strict=True)) ** 0.5
