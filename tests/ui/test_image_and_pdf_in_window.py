"""PNG and SVG pictures drawn by the canvas; the PDF options, preview, progress and cancel in the window."""

from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSpinBox

from journeydesk.canvas.image_export import BORDER, export_png, export_svg, map_scene
from journeydesk.cli import main
from journeydesk.document.refs import Ref
from journeydesk.export.pdf import PdfOptions
from journeydesk.io import SaveError
from journeydesk.templates import new_project
from journeydesk.ui.export_options import ExportOptionsDialog
from journeydesk.ui.pdf_export import PdfExportDialog
from tests.export.pdf_helpers import page_count, pdf_text


def test_png_has_the_size_of_the_map_at_the_chosen_dpi_and_its_colours(qapp, tmp_path: Path) -> None:
    project = new_project("sample")
    rect = map_scene(project).map_rect()
    path = tmp_path / "map.png"
    export_png(project, path, dpi=144)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (
        round((rect.width() + 2 * BORDER) * 1.5),
        round((rect.height() + 2 * BORDER) * 1.5),
    )
    assert round(image.dotsPerMeterX() * 0.0254) == 144
    scene = map_scene(project)
    first = scene.journey.stages[0]
    header = scene.stage_headers[first.id].sceneBoundingRect()
    x = (header.center().x() + 30 - rect.x() + BORDER) * 1.5
    y = (header.center().y() + 12 - rect.y() + BORDER) * 1.5
    assert image.pixelColor(round(x), round(y)).name() == first.color


def test_svg_is_a_vector_picture_with_the_cards(qapp, tmp_path: Path) -> None:
    project = new_project("sample")
    path = tmp_path / "map.svg"
    export_svg(project, path)
    root = ElementTree.parse(path).getroot()
    assert root.tag.endswith("svg")
    rect = map_scene(project).map_rect()
    assert root.get("viewBox") == f"0 0 {round(rect.width() + 2 * BORDER)} {round(rect.height() + 2 * BORDER)}"
    text = "".join(root.itertext())
    for card in project.journeys[0].cards[:10]:
        assert card.title.split()[0] in text
    assert project.journeys[0].stages[0].color in path.read_text()


def test_an_absurd_resolution_is_refused(qapp, tmp_path: Path) -> None:
    import pytest

    with pytest.raises(SaveError, match="choose a lower resolution"):
        export_png(new_project("sample"), tmp_path / "huge.png", dpi=1200)
    assert not (tmp_path / "huge.png").exists()


def test_cli_png_and_svg(tmp_path: Path) -> None:
    source = tmp_path / "sample.journey"
    assert main(["new", str(source), "--template", "sample"]) == 0
    assert main(["export", str(source), "-o", str(tmp_path / "m.png"), "--dpi", "72"]) == 0
    assert QImage(str(tmp_path / "m.png")).width() > 900
    assert main(["export", str(source), "-o", str(tmp_path / "m.svg")]) == 0
    assert ElementTree.parse(tmp_path / "m.svg").getroot().tag.endswith("svg")


def test_pdf_export_from_the_window_with_options(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "deliverable.pdf"
    monkeypatch.setattr(window.dialogs, "save_path", lambda suggestion, *args: target)

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PdfExportDialog):
            QTimer.singleShot(20, choose)
            return
        dialog.page_size.setCurrentText("A4")
        dialog.fits["tile"].setChecked(True)
        tile = dialog.preview.planned().plan.pages[0].tile
        assert tile is not None and dialog.preview.page_count() == tile.count
        assert dialog.summary.text().startswith(f"{tile.count} tiles ({tile.rows} x {tile.columns}) for this journey")
        dialog.grab()  # the preview paints
        tiles.append(tile.count)
        dialog.accept()

    tiles: list[int] = []
    QTimer.singleShot(0, choose)
    assert window.exchange.export("pdf")
    assert page_count(target) == tiles[0] + 4
    assert f"Tile 1 of {tiles[0]}" in pdf_text(target, 1, 1)
    assert window.statusBar().currentMessage() == f"Exported {target}"


def test_the_status_bar_says_when_text_is_left_to_the_readers_fonts(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    from journeydesk.export.pdf import fonts
    from journeydesk.ui import pdf_export

    monkeypatch.setattr(fonts, "CJK_FONT_FILES", ())
    monkeypatch.delenv(fonts.CJK_FONT_VARIABLE, raising=False)
    fonts.cjk_fonts.cache_clear()
    target = tmp_path / "chinese.pdf"
    monkeypatch.setattr(window.dialogs, "save_path", lambda suggestion, *args: target)
    monkeypatch.setattr(pdf_export.PdfExportDialog, "exec", lambda self: True)
    stage = window.scene.journey.stages[0]
    window.edits.set_fields(Ref.stage(window.scene.journey_id, stage.id), {"name": "认知"}, "Rename Stage")
    try:
        assert window.exchange.export("pdf")
    finally:
        fonts.cjk_fonts.cache_clear()
    assert "认知" in pdf_text(target, 1, 1)
    message = window.statusBar().currentMessage()
    assert message.startswith(
        f"Exported {target}. Chinese, Japanese or Korean text is set in the PDF reader's own fonts"
    )


def test_cancelling_the_pdf_export_writes_nothing(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    from journeydesk.ui import pdf_export, progress

    target = tmp_path / "cancelled.pdf"
    monkeypatch.setattr(window.dialogs, "save_path", lambda suggestion, *args: target)
    monkeypatch.setattr(pdf_export.PdfExportDialog, "exec", lambda self: True)
    monkeypatch.setattr(
        progress.ProgressReporter,
        "__call__",
        lambda self, done, total: (self.dialog.cancel(), not self.dialog.wasCanceled())[1],
    )
    assert not window.exchange.export("pdf")
    assert not target.exists()
    assert window.statusBar().currentMessage() == "Export cancelled; nothing was written"


def test_png_export_from_the_menu_asks_for_the_resolution(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "map.png"
    monkeypatch.setattr(window.dialogs, "save_path", lambda suggestion, *args: target)
    asked: list[str] = []

    def type_the_resolution() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportOptionsDialog):
            QTimer.singleShot(20, type_the_resolution)
            return
        asked.append(dialog.windowTitle())
        spin = dialog.findChild(QSpinBox)
        spin.selectAll()
        QTest.keyClicks(spin, "48")
        QTest.keyClick(spin, Qt.Key.Key_Return)  # Enter accepts the dialog

    QTimer.singleShot(0, type_the_resolution)
    window.actions_.export["png"].trigger()
    assert asked == ["Export PNG image"]
    assert round(QImage(str(target)).dotsPerMeterX() * 0.0254) == 48


def test_default_options() -> None:
    assert PdfOptions() == PdfOptions(page_size="A3", fit="readable", journey_ids=None)
