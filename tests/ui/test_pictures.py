"""Exported pictures (PNG and SVG): the same picture at any resolution, only sharper; and the map as
the PDF shows it, never the editor's prompts ("No persona yet…", "Describe the scenario…", "New
note") or handles (the + knob of an improvement action)."""

from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from journeydesk.canvas.card_item import KNOB_RADIUS
from journeydesk.canvas.image_export import BORDER, SCREEN_DPI, map_scene, render_image
from journeydesk.canvas.scene import MapScene
from journeydesk.cli import main
from journeydesk.document import JourneyDocument
from journeydesk.document.edits import Edits
from journeydesk.io import save_project
from journeydesk.layout import theme
from journeydesk.model import CardKind, NoteCard, Project
from journeydesk.templates import new_project
from journeydesk.ui.export_options import ExportOptionsDialog
from tests.factories import small_project

TILE = 24  # pixels at 96 dpi: about a word of card text


def difference(first: QImage, second: QImage) -> QImage:
    """|first - second| per channel, as an image."""
    result = first.convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(result)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
    painter.drawImage(0, 0, second.convertToFormat(QImage.Format.Format_RGB32))
    painter.end()
    return result


def tile_means(image: QImage, tile: int) -> list[int]:
    """The mean of each ``tile`` x ``tile`` square (its strongest channel), by area-averaging scaling."""
    small = image.scaled(
        max(1, image.width() // tile),
        max(1, image.height() // tile),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return [
        max(color.red(), color.green(), color.blue())
        for color in (small.pixelColor(x, y) for y in range(small.height()) for x in range(small.width()))
    ]


def test_every_resolution_gives_the_same_picture_only_sharper(qapp, tmp_path: Path) -> None:
    source = tmp_path / "sample.journey"
    save_project(new_project("sample"), source)
    images = {}
    for dpi in (96, 192, 300):
        target = tmp_path / f"map-{dpi}.png"
        assert main(["export", str(source), "-o", str(target), "--dpi", str(dpi)]) == 0
        images[dpi] = QImage(str(target))
        assert round(images[dpi].dotsPerMeterX() * 0.0254) == dpi
    base = images[96]
    for dpi in (192, 300):
        assert images[dpi].width() == round(base.width() * dpi / 96)
        scaled = images[dpi].scaled(
            base.size(), Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        changes = difference(base, scaled)
        assert tile_means(changes, max(changes.width(), changes.height()))[0] <= 2, dpi  # over the whole picture
        # and everywhere: a word drawn larger, clipped ("Awarenes") or moved changes its tile by far more
        worst = max(tile_means(changes, TILE))
        assert worst <= 40, (dpi, worst)


def test_the_default_resolution_from_the_command_line_is_192_dpi(qapp, tmp_path: Path) -> None:
    source = tmp_path / "sample.journey"
    save_project(new_project("sample"), source)
    assert main(["export", str(source), "-o", str(tmp_path / "map.png")]) == 0
    image = QImage(str(tmp_path / "map.png"))
    assert round(image.dotsPerMeterX() * 0.0254) == 192
    base = render_image(map_scene(new_project("sample")), SCREEN_DPI)
    assert image.width() == 2 * base.width()


def bare_project() -> Project:
    """A journey with no persona and no scenario yet, an improvement action (with its knob in the
    editor) and a note without a title (a "New note" prompt in the editor)."""
    project = small_project()
    journey = project.journeys[0]
    journey.persona_id = None
    journey.scenario = ""
    journey.cards.append(NoteCard(id="c-blank", stage_id="s2", lane_id="l-touch", title=""))
    return project


def editor_picture(project: Project) -> QImage:
    """The same map as the editor draws it, at 96 dpi."""
    document = JourneyDocument(project.model_copy(deep=True))
    return render_image(MapScene(document, Edits(document)), SCREEN_DPI)


def pixel_box(scene: MapScene, rect: QRectF) -> QRectF:
    """Where a rectangle of the map lies in a 96-dpi picture of it."""
    origin = scene.map_rect().topLeft() - QPointF(BORDER, BORDER)
    return rect.translated(-origin)


def colours_in(image: QImage, box: QRectF) -> set[str]:
    box = box.toAlignedRect().intersected(image.rect())
    return {
        image.pixelColor(x, y).name() for y in range(box.top(), box.bottom()) for x in range(box.left(), box.right())
    }


def hint_boxes(scene: MapScene) -> dict[str, QRectF]:
    """Where the editor puts its prompts and handles, in the picture."""
    band = scene.band.sceneBoundingRect()
    knob_centre = scene.card_items["c-act"].mapToScene(scene.card_items["c-act"].knob_center())
    blank = scene.card_items["c-blank"].sceneBoundingRect()
    return {
        # the band below the journey's name: the scenario prompt, and the persona prompt on its left
        "band": pixel_box(scene, QRectF(band.left() + 12, band.top() + 40, band.width() - 24, band.height() - 56)),
        "knob": pixel_box(
            scene, QRectF(knob_centre.x() + 2, knob_centre.y() - KNOB_RADIUS, KNOB_RADIUS, 2 * KNOB_RADIUS)
        ),
        "blank title": pixel_box(scene, QRectF(blank.left() + 14, blank.top() + 10, blank.width() - 28, 20)),
    }


def test_a_png_shows_no_prompts_and_no_knobs_where_the_editor_shows_them(qapp, tmp_path: Path) -> None:
    project = bare_project()
    source, target = tmp_path / "bare.journey", tmp_path / "bare.png"
    save_project(project, source)
    assert main(["export", str(source), "-o", str(target), "--dpi", "96"]) == 0
    exported, editor = QImage(str(target)), editor_picture(project)
    scene = map_scene(project)
    boxes = hint_boxes(scene)
    plain = {  # the band's fill, the action lane's (the third, an even row), a note's
        "band": theme.GRID_FILL,
        "knob": theme.GRID_FILL,
        "blank title": theme.CARD_STYLES[CardKind.NOTE].fill,
    }
    for name, box in boxes.items():
        assert len(colours_in(editor, box)) > 1, name  # the editor draws something there…
        assert colours_in(exported, box) == {QColor(plain[name]).name()}, name  # …the picture nothing
    # …and nothing else differs: outside those places, the picture is the editor's map
    outside = difference(exported, editor)
    painter = QPainter(outside)
    for box in boxes.values():
        painter.fillRect(box.adjusted(-3, -3, 3, 3), Qt.GlobalColor.black)
    painter.fillRect(pixel_box(scene, scene.band.sceneBoundingRect()), Qt.GlobalColor.black)
    painter.fillRect(pixel_box(scene, scene.card_items["c-act"].sceneBoundingRect()), Qt.GlobalColor.black)
    painter.end()
    assert max(tile_means(outside, TILE)) == 0


def test_an_svg_holds_the_map_text_and_none_of_the_prompts(qapp, tmp_path: Path) -> None:
    project = bare_project()
    source, target = tmp_path / "bare.journey", tmp_path / "bare.svg"
    save_project(project, source)
    assert main(["export", str(source), "-o", str(target)]) == 0
    text = " ".join(" ".join(ElementTree.parse(target).getroot().itertext()).split())
    for shown in ("Discover", "Buy", "Slow checkout", "One-page checkout", "Seen on the train", "Current"):
        assert shown in text
    for prompt in ("No persona", "choose one", "Describe the scenario", "New note", "New "):
        assert prompt not in text
    assert QColor(theme.SELECTION).name() not in target.read_text().lower()  # no selection or cursor outline


def accept_options_when_asked() -> None:
    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportOptionsDialog):
            QTimer.singleShot(20, accept)
            return
        dialog.accept()

    QTimer.singleShot(0, accept)


def test_the_pictures_from_the_menu_are_those_of_the_command_line(qtbot, open_window, tmp_path, monkeypatch) -> None:
    window = open_window(bare_project())
    window.scene.select_cards(["c-act"])  # a selection on the canvas stays on the canvas
    window.scene.set_current_cell(("s1", "l-pain"))
    for key, suffix in (("png", ".png"), ("svg", ".svg")):
        target = tmp_path / f"menu{suffix}"
        monkeypatch.setattr(window.dialogs, "save_path", lambda *args, t=target, **kwargs: t)
        if key == "png":
            accept_options_when_asked()  # the resolution, left at its default
        assert window.exchange.export(key)
    source = tmp_path / "bare.journey"
    save_project(bare_project(), source)
    assert main(["export", str(source), "-o", str(tmp_path / "cli.png")]) == 0
    assert main(["export", str(source), "-o", str(tmp_path / "cli.svg")]) == 0
    assert QImage(str(tmp_path / "menu.png")) == QImage(str(tmp_path / "cli.png"))
    assert (tmp_path / "menu.svg").read_text() == (tmp_path / "cli.svg").read_text()


def test_no_text_is_clipped_at_300_dpi(qapp) -> None:
    """Each card's title, stage name and lane label at 300 dpi, scaled back, sits where the screen
    picture has it, tile by tile (a clipped word leaves a tile half empty)."""
    project = new_project("sample")
    scene = map_scene(project)
    base = render_image(scene, SCREEN_DPI)
    sharp = render_image(map_scene(project), 300).scaled(
        base.size(), Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    for item in [*scene.stage_headers.values(), *scene.lane_headers.values(), *scene.card_items.values()]:
        box = pixel_box(scene, item.sceneBoundingRect()).toAlignedRect()
        changes = difference(base.copy(box), sharp.copy(box))
        assert max(tile_means(changes, 12)) <= 48, item
