"""The printed map, measured back from the PDF with pdfplumber: sizes of text, where it sits, how much
of the page the map uses, and how pages and tiles carry the labels."""

import datetime as dt
from pathlib import Path

import pdfplumber
import pytest

from journeydesk.export.pdf import PdfOptions, export_pdf
from journeydesk.export.pdf.document import MARGIN, frame_size
from journeydesk.export.pdf.map_pages import plan_journey
from journeydesk.layout import compute_grid
from journeydesk.layout.face_map import map_face
from journeydesk.layout.map_geometry import ScreenGeometry
from journeydesk.layout.page_face import BAND_GAP, BAND_HEIGHT, LEGEND_HEIGHT
from journeydesk.layout.theme import LIGHT
from journeydesk.model.cells import CellIndex
from journeydesk.model.enums import LaneKind
from journeydesk.model.project import Project
from journeydesk.templates import new_project
from tests.export.print_maps import eight_by_seven, three_hundred_cards

TODAY = dt.date(2026, 11, 23)
CARD_BORDER = tuple(int(LIGHT.card_border[i : i + 2], 16) / 255 for i in (1, 3, 5))
Box = tuple[float, float, float, float]  # x0, top, x1, bottom (pdfplumber's, from the page's top)


def export(project: Project, path: Path, **options: object) -> Path:
    export_pdf(project, path, PdfOptions(**options), today=TODAY)  # type: ignore[arg-type]
    return path


def map_page_count(project: Project, page_size: str = "A3", fit: str = "readable") -> int:
    return len(plan_journey(project.journeys[0], frame_size(page_size), fit).plan.pages)  # type: ignore[arg-type]


def _close(color: object, expected: tuple[float, ...]) -> bool:
    return (
        isinstance(color, tuple | list)
        and len(color) == 3
        and all(abs(a - b) < 0.01 for a, b in zip(color, expected, strict=True))
    )


def card_boxes(page: pdfplumber.page.Page) -> list[Box]:
    """The cards on a page: the rounded shapes stroked in the cards' border colour."""
    return [
        (shape["x0"], shape["top"], shape["x1"], shape["bottom"])
        for shape in page.curves + page.rects
        if shape["stroke"] and _close(shape.get("stroking_color"), CARD_BORDER) and shape["x1"] - shape["x0"] > 40
    ]


def inside(char: dict, box: Box, slack: float = 0.6) -> bool:
    return (
        box[0] - slack <= char["x0"]
        and char["x1"] <= box[2] + slack
        and box[1] - slack <= char["top"]
        and char["bottom"] <= box[3] + slack
    )


def card_chars(page: pdfplumber.page.Page) -> list[tuple[Box, list[dict]]]:
    return [(box, [char for char in page.chars if inside(char, box)]) for box in card_boxes(page)]


def map_region(page: pdfplumber.page.Page) -> Box:
    """Where the map may be: below the title band, above the legend."""
    top = MARGIN + BAND_HEIGHT + BAND_GAP
    return MARGIN, top, page.width - MARGIN, page.height - MARGIN - LEGEND_HEIGHT


def grid_cells_region(page: pdfplumber.page.Page) -> Box:
    """Right of the lane labels and below the stage headers: where only cards hold text."""
    boxes = card_boxes(page)
    region = map_region(page)
    left = min(box[0] for box in boxes) - 10
    top = min(box[1] for box in boxes) - 10
    return left, top, region[2], region[3]


def map_extent(page: pdfplumber.page.Page) -> Box:
    """The box of everything drawn in the map region (lane bands, labels, headers, cards)."""
    region = map_region(page)
    shapes = [
        shape
        for shape in page.curves + page.rects + page.lines
        if shape["top"] >= region[1] - 1 and shape["bottom"] <= region[3] + 1
    ]
    return (
        min(shape["x0"] for shape in shapes),
        min(shape["top"] for shape in shapes),
        max(shape["x1"] for shape in shapes),
        max(shape["bottom"] for shape in shapes),
    )


def title_sizes(page: pdfplumber.page.Page) -> list[float]:
    """For each card, the size of its title: the largest regular (not bold) text in it."""
    sizes = []
    for _, chars in card_chars(page):
        regular = [char["size"] for char in chars if char["fontname"].endswith("DejaVuSans")]
        assert regular, "a card without its title"
        sizes.append(max(regular))
    return sizes


def assert_no_text_outside_cards(page: pdfplumber.page.Page) -> None:
    region = grid_cells_region(page)
    boxes = card_boxes(page)
    for char in page.chars:
        middle_x, middle_y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        if region[0] <= middle_x <= region[2] and region[1] <= middle_y <= region[3] and char["text"].strip():
            assert any(inside(char, box) for box in boxes), (char["text"], char["x0"], char["top"])


def test_the_sample_on_a3_is_one_readable_page_across_the_width(tmp_path: Path) -> None:
    project = new_project("sample")
    assert map_page_count(project) == 1
    path = export(project, tmp_path / "sample.pdf")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == 1 + 4  # the map, then the persona, the two registers and the health check
        page = pdf.pages[0]
        assert len(card_boxes(page)) == len(project.journeys[0].cards)
        assert min(title_sizes(page)) >= 8.0
        assert min(char["size"] for _, chars in card_chars(page) for char in chars) >= 7.0 - 1e-6
        extent = map_extent(page)
        assert (extent[2] - extent[0]) / (page.width - 2 * MARGIN) >= 0.85
        title = [char for char in page.chars if char["top"] < MARGIN + BAND_HEIGHT and char["size"] >= 24]
        assert "".join(char["text"] for char in title) == project.title  # the title band: 24 pt or more
        assert_no_text_outside_cards(page)


def test_a_hand_made_8_by_7_map_prints_on_two_a3_pages_at_8_points(tmp_path: Path) -> None:
    project = eight_by_seven()
    pages = map_page_count(project)
    assert pages <= 2
    path = export(project, tmp_path / "eight.pdf")
    with pdfplumber.open(path) as pdf:
        found = 0
        for number in range(pages):
            page = pdf.pages[number]
            assert min(title_sizes(page)) >= 8.0
            assert_no_text_outside_cards(page)
            found += len(card_boxes(page))
            text = page.extract_text()
            first = 1 + 4 * number
            assert f"Stages {first}–{first + 3} of 8" in text
        assert found == 8 * 7


def test_three_hundred_cards_stay_readable_inside_their_cards_on_well_used_pages(tmp_path: Path) -> None:
    project = three_hundred_cards()
    pages = map_page_count(project)
    path = export(project, tmp_path / "three-hundred.pdf")
    frame_w, frame_h = frame_size("A3")
    available = frame_w * (frame_h - BAND_HEIGHT - BAND_GAP - LEGEND_HEIGHT)
    cards = 0
    with pdfplumber.open(path) as pdf:
        for number in range(pages):
            page = pdf.pages[number]
            assert min(title_sizes(page)) >= 7.0
            assert_no_text_outside_cards(page)
            extent = map_extent(page)
            assert (extent[2] - extent[0]) * (extent[3] - extent[1]) >= available / 2, f"page {number + 1}"
            cards += len(card_boxes(page))
    assert cards == 300


def test_lanes_taller_than_an_a4_page_continue_on_further_pages(tmp_path: Path) -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    planned = plan_journey(journey, frame_size("A4"), "readable")
    assert len(planned.plan.pages) > 1
    shown = [lane for page in planned.plan.pages for lane in page.grid.lane_ids]
    assert sorted(set(shown)) == sorted(lane.id for lane in journey.lanes)  # every lane, each whole
    path = export(project, tmp_path / "a4.pdf", page_size="A4")
    cards = 0
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(planned.plan.pages):
            printed = pdf.pages[number]
            assert page.mark.startswith("Stages 1–6 of 6, lanes ") and page.mark in printed.extract_text()
            assert min(title_sizes(printed)) >= 8.0
            assert_no_text_outside_cards(printed)
            cards += len(card_boxes(printed))
    assert cards == len(journey.cards)


def test_every_tile_repeats_the_lane_labels_and_stage_headers(tmp_path: Path) -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    planned = plan_journey(journey, frame_size("A4"), "tile")
    assert len(planned.plan.pages) > 2
    path = export(project, tmp_path / "tiles.pdf", page_size="A4", fit="tile")
    with pdfplumber.open(path) as pdf:
        for number, tile in enumerate(planned.plan.pages):
            assert tile.window is not None
            page = pdf.pages[number]
            text = page.extract_text()
            assert tile.mark in text
            grid = tile.grid
            lanes = [lane for lane in journey.lanes if grid.lane_rect(lane.id).intersects(tile.window)]
            stages = [
                stage
                for stage in journey.stages
                if tile.window.x < grid.stage_header_rect(stage.id).center.x < tile.window.right
            ]
            left_column = " ".join(
                word["text"]
                for word in page.extract_words()
                if word["x1"] <= MARGIN + grid.metrics.grid_left * planned.plan.scale + 1
            )
            for lane in lanes:
                assert lane.name.split()[0] in left_column, (tile.mark, lane.name)
            for stage in stages:
                assert stage.name[:4] in text, (tile.mark, stage.name)


@pytest.mark.parametrize("fit", ["readable", "page", "tile"])
def test_editor_filler_is_never_printed(tmp_path: Path, fit: str) -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    journey.persona_id, journey.scenario = None, ""
    journey.cards[0].title = ""
    path = export(project, tmp_path / "filler.pdf", fit=fit, page_size="A4")
    with pdfplumber.open(path) as pdf:
        text = " ".join(page.extract_text() for page in pdf.pages[:3])
    for filler in ("No persona", "Describe the scenario", "No scenario", "New note"):
        assert filler not in text


def test_nothing_overprints_the_notes_in_the_feeling_lane() -> None:
    """In print and on the screen alike, the curve has a band of its own above the lane's notes."""
    project = eight_by_seven()
    journey = project.journeys[0]
    feeling = next(lane for lane in journey.lanes if lane.kind is LaneKind.EMOTIONS)
    notes = [card.id for card in journey.cards if card.lane_id == feeling.id]
    assert notes
    page = plan_journey(journey, frame_size("A3"), "readable").plan.pages[0]
    index = CellIndex(journey)
    screen = ScreenGeometry(compute_grid(journey.stages, journey.lanes, index.counts()), index)
    for geometry in (page.grid, screen):
        band = geometry.curve_area(feeling.id)
        cards = [rect for card_id in notes if (rect := geometry.rect_of_card(card_id)) is not None]
        assert cards and not any(rect.intersects(band) for rect in cards)
        face = map_face(project, journey, index, geometry, LIGHT)
        assert face.curve and not any(shape.bounds.intersects(rect) for shape in face.curve for rect in cards)
