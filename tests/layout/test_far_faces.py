"""The faces for far out and for guidance, made without Qt: a card's gist, a lane's name in large type,
the ghost text of a template's empty cells, and marks that never rely on colour alone."""

import pytest

from journeydesk.layout import METRICS, compute_grid
from journeydesk.layout import typography as type_size
from journeydesk.layout.face import Text, TextRole
from journeydesk.layout.face_card import Badge, card_face, gist_face
from journeydesk.layout.face_ghost import ghosts_face
from journeydesk.layout.face_headers import lane_header_gist_face
from journeydesk.layout.geometry import Rect
from journeydesk.layout.map_geometry import ScreenGeometry
from journeydesk.layout.theme import THEMES, Theme, contrast_ratio, ink_on
from journeydesk.model import CardKind
from journeydesk.model.cells import CellIndex
from journeydesk.model.enums import ActionStatus, LaneKind
from journeydesk.templates import new_project

CARD = Rect(0, 0, METRICS.card_width, METRICS.card_height)
THEME_IDS = [name.value for name in THEMES]


def inside(outer: Rect, inner: Rect) -> bool:
    return outer.x <= inner.x and outer.y <= inner.y and inner.right <= outer.right and inner.bottom <= outer.bottom


def texts(face) -> list[Text]:
    return [run for run in face if isinstance(run, Text)]


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=THEME_IDS)
def test_a_cards_gist_is_its_kinds_shape_and_first_words_in_large_type(theme: Theme) -> None:
    journey = new_project("sample").journeys[0]
    for card in journey.cards:
        runs = texts(gist_face(card, CARD, theme))
        glyph, *words = runs
        assert glyph.text == theme.kinds[card.kind].glyph and glyph.color == theme.cards[card.kind].label
        assert all(run.size == type_size.GIST for run in runs)
        assert 1 <= len(words) <= 2
        shown = " ".join(run.text for run in words).rstrip("…")
        assert card.title.startswith(shown.rstrip())  # its first words, in order
        assert all(inside(CARD, run.bounds) for run in runs)


def test_a_gist_makes_room_for_its_badges_at_its_size() -> None:
    card = next(card for card in new_project("sample").journeys[0].cards if card.kind is CardKind.PAIN_POINT)
    theme = THEMES[next(iter(THEMES))]
    face = gist_face(card, CARD, theme, (Badge("● 4", theme.votes),))
    badge = next(run for run in texts(face) if run.text == "● 4")
    assert badge.size == type_size.GIST and badge.color == ink_on(theme.votes)
    words = [run for run in texts(face) if run.role is TextRole.BODY]
    assert all(run.bounds.right <= badge.box.x for run in words)


def test_a_lanes_name_far_out_keeps_its_words_whole() -> None:
    theme = THEMES[next(iter(THEMES))]
    for lane in new_project("sample").journeys[0].lanes:
        face = lane_header_gist_face(Rect(0, 0, METRICS.lane_header_width, 110), lane, theme)
        lines = [run.text for run in texts(face)]
        assert " ".join(lines) == lane.name, lines
        assert all(run.size == type_size.GIST for run in texts(face))


def test_ghost_text_is_the_guidance_of_empty_goal_and_touchpoint_cells_and_the_editors_only() -> None:
    project = new_project("six-stage")
    journey = project.journeys[0]
    index = CellIndex(journey)
    geometry = ScreenGeometry(compute_grid(journey.stages, journey.lanes, index.counts(), METRICS), index)
    face = ghosts_face(journey, index, geometry, THEMES[next(iter(THEMES))])
    assert face and all(run.editor and run.role is TextRole.HINT for run in face)
    shown = " ".join(run.text for run in texts(face))
    for stage in journey.stages:
        assert stage.goal.split()[0] in shown and stage.guidance.split()[0] in shown
    goal = next(lane for lane in journey.lanes if lane.kind is LaneKind.GOAL)
    cell = geometry.grid.cell_rect((journey.stages[0].id, goal.id))
    assert any(inside(cell, run.bounds) for run in texts(face))
    # a card in the cell: its ghost text goes, the others stay
    from journeydesk.model import defaults

    journey.cards.append(defaults.new_card(CardKind.NOTE, journey.stages[0].id, goal.id, "Go by bike"))
    index = CellIndex(journey)
    after = ghosts_face(journey, index, ScreenGeometry(geometry.grid, index), THEMES[next(iter(THEMES))])
    assert not any(cell.intersects(run.bounds) for run in texts(after))
    assert len(after) < len(face)


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=THEME_IDS)
def test_an_actions_status_pill_shows_its_shape_in_ink_that_reads(theme: Theme) -> None:
    card = next(card for card in new_project("sample").journeys[0].cards if card.kind is CardKind.IMPROVEMENT)
    for status in ActionStatus:
        mark = theme.statuses[status]
        face = card_face(card.model_copy(update={"status": status}), CARD, theme)
        (label,) = [run for run in texts(face) if run.text == f"{mark.glyph} {status.label}".upper()]
        assert label.color == ink_on(mark.color)
        assert contrast_ratio(label.color, mark.color) >= 4.5
