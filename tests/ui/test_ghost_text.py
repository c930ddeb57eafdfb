"""A blank template guides: its empty cells show the stage's goal and the touchpoints to consider as
faint ghost text in the editor, which goes once the cell has a card and never reaches a PDF, PNG, SVG,
web page or deck."""

from pathlib import Path
from xml.etree import ElementTree

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from journeydesk.canvas.image_export import export_png, export_svg
from journeydesk.export.html import export_html
from journeydesk.export.pdf import PdfOptions, export_pdf
from journeydesk.export.pptx import export_pptx
from journeydesk.layout.face import Text
from journeydesk.model.enums import LaneKind
from journeydesk.templates import new_project
from tests.export.pdf_helpers import pdf_text
from tests.ui.conftest import cell_point, viewport_point


def ghost_in(window, stage_id: str, lane_id: str) -> str:
    """The ghost text the editor draws in a cell, its lines joined."""
    assert window.scene.grid is not None
    cell = QRectF(*window.scene.grid.cell_rect((stage_id, lane_id)))
    runs = [
        run for run in window.scene.ghosts.face if isinstance(run, Text) and cell.contains(QPointF(run.x, run.baseline))
    ]
    return " ".join(run.text for run in runs)


def lane_of(journey, kind: LaneKind):
    return next(lane for lane in journey.lanes if lane.kind is kind)


def phrases(text: str) -> list[str]:
    """Every run of three words of ``text``: any of them printed would be a piece of the guidance."""
    words = text.split()
    return [" ".join(words[start : start + 3]) for start in range(len(words) - 2)]


def found(pieces: list[str], text: str) -> list[str]:
    flat = " ".join(text.split())
    return [piece for piece in pieces if piece in flat]


def test_empty_cells_of_a_template_show_its_goal_and_touchpoints_to_consider(qtbot, open_window) -> None:
    window = open_window(new_project("six-stage"))
    journey = window.scene.journey
    goal, touchpoints, doing = (
        lane_of(journey, kind) for kind in (LaneKind.GOAL, LaneKind.TOUCHPOINTS, LaneKind.ACTIONS)
    )
    for stage in journey.stages:
        assert ghost_in(window, stage.id, goal.id) == stage.goal
        assert ghost_in(window, stage.id, touchpoints.id) == stage.guidance
        assert ghost_in(window, stage.id, doing.id) == ""  # the other lanes stay calm
    assert all(run.editor for run in window.scene.ghosts.face)
    # and it is drawn: faint text in the empty cell, on screen
    view = window.view
    view.set_zoom(1.0)
    first = journey.stages[0]
    spot = viewport_point(view, cell_point(window.scene, first.id, goal.id, 0.5, 0.2))
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    cell = [image.pixelColor(spot.x() + dx, spot.y() + dy) for dx in range(-80, 80, 2) for dy in range(-12, 12)]
    assert any(color.lightness() < 170 for color in cell)


def test_a_card_in_the_cell_takes_the_ghost_text_away_and_undo_brings_it_back(qtbot, open_window) -> None:
    window = open_window(new_project("six-stage"))
    journey, view = window.scene.journey, window.view
    stage, goal = journey.stages[1], lane_of(journey, LaneKind.GOAL)
    assert ghost_in(window, stage.id, goal.id) == stage.goal
    point = viewport_point(view, cell_point(window.scene, stage.id, goal.id))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)  # a new card, its title open
    editor = view.editor
    assert editor is not None
    qtbot.keyClicks(editor, "Ride to work without sweating")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [card.title for card in window.scene.index.cards_in((stage.id, goal.id))] == [
        "Ride to work without sweating"
    ]
    assert ghost_in(window, stage.id, goal.id) == ""
    assert ghost_in(window, journey.stages[0].id, goal.id) == journey.stages[0].goal  # the others keep theirs
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
    assert ghost_in(window, stage.id, goal.id) == stage.goal


def test_ghost_text_is_never_printed_or_exported(qtbot, tmp_path: Path) -> None:
    project = new_project("six-stage")
    journey = project.journeys[0]
    guidance = [piece for stage in journey.stages for piece in phrases(stage.goal) + phrases(stage.guidance)]
    assert len(guidance) > 100

    export_pdf(project, tmp_path / "map.pdf", PdfOptions())
    printed = pdf_text(tmp_path / "map.pdf")
    assert journey.stages[1].name in printed  # the map is there
    assert found(guidance, printed) == []

    plain = project.model_copy(deep=True)  # the same map without any guidance
    for stage in plain.journeys[0].stages:
        stage.goal = stage.guidance = ""
    export_svg(project, tmp_path / "map.svg")
    drawn = "".join(ElementTree.parse(tmp_path / "map.svg").getroot().itertext())
    assert journey.stages[0].name in drawn
    assert found(guidance, drawn) == []
    export_svg(plain, tmp_path / "plain.svg")  # nor drawn as a picture: byte for byte the plain map's
    assert (tmp_path / "map.svg").read_bytes() == (tmp_path / "plain.svg").read_bytes()

    # the PNG of the template is the PNG of the plain map, pixel for pixel
    export_png(project, tmp_path / "template.png", dpi=96)
    export_png(plain, tmp_path / "plain.png", dpi=96)
    assert QImage(str(tmp_path / "template.png")) == QImage(str(tmp_path / "plain.png"))

    # the web page's map and the deck's slides draw the same faces: no guidance there either
    export_html(project, tmp_path / "map.html")
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert journey.stages[1].name in page and found(guidance, page) == []
    export_pptx(project, tmp_path / "map.pptx")
    slides = Presentation(str(tmp_path / "map.pptx")).slides
    deck = " ".join(shape.text_frame.text for slide in slides for shape in every_shape(slide.shapes))
    assert journey.stages[1].name in deck and found(guidance, deck) == []


def every_shape(shapes) -> list:
    """The shapes that hold text, inside groups too."""
    holding = []
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            holding += every_shape(shape.shapes)
        elif shape.has_text_frame:
            holding.append(shape)
    return holding


def test_the_editor_shows_what_the_png_leaves_out(qtbot, open_window, tmp_path: Path) -> None:
    """The comparison above can tell: in the editor, the same two maps differ where the ghost text is."""
    project = new_project("six-stage")
    plain = project.model_copy(deep=True)
    for stage in plain.journeys[0].stages:
        stage.goal = stage.guidance = ""
    pictures = []
    for shown in (project, plain):
        window = open_window(shown)
        window.view.set_zoom(1.0)
        window.view.centerOn(0, 0)
        QApplication.processEvents()
        pictures.append(window.view.viewport().grab().toImage())
    assert pictures[0] != pictures[1]
