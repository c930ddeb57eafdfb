"""View > Theme: the window's palette, style sheet and icons follow the choice, which is remembered;
the map's own colours follow it too, while exports stay on white."""

import zipfile
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication

from journeydesk.canvas.image_export import BORDER, export_png, map_scene
from journeydesk.export.html import export_html
from journeydesk.export.pptx import export_pptx
from journeydesk.layout.face import Text, TextRole
from journeydesk.layout.theme import DARK, HIGH_CONTRAST, LIGHT, ThemeName
from journeydesk.model import CardKind
from journeydesk.style import icons, theming
from journeydesk.ui.settings import AppSettings


def window_colour() -> str:
    return QApplication.instance().palette().color(QPalette.ColorRole.Window).name()  # type: ignore[union-attr]


def test_each_theme_is_applied_to_the_window_and_remembered(qtbot, open_window) -> None:
    window = open_window()
    assert window.actions_.themes[ThemeName.SYSTEM].isChecked()
    assert theming.current() is LIGHT  # the offscreen platform prefers no dark scheme
    window.theme_menu.actions()[2].trigger()  # View > Theme > Dark
    assert window_colour() == DARK.chrome.window
    assert DARK.chrome.base in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    assert icons.ink() == DARK.chrome.icon
    assert AppSettings().theme() is ThemeName.DARK
    window.actions_.themes[ThemeName.HIGH_CONTRAST].trigger()
    assert window_colour() == HIGH_CONTRAST.chrome.window
    assert window.actions_.themes[ThemeName.HIGH_CONTRAST].isChecked()
    assert not window.actions_.themes[ThemeName.DARK].isChecked()
    window.close()
    again = open_window()  # the next start shows the theme chosen last
    assert again.actions_.themes[ThemeName.HIGH_CONTRAST].isChecked()
    assert window_colour() == HIGH_CONTRAST.chrome.window
    again.actions_.themes[ThemeName.LIGHT].trigger()
    assert window_colour() == LIGHT.chrome.window


def pixel(window, scene_point: QPointF) -> str:
    """The colour the view shows at ``scene_point``, brought to the middle (clear of pinned headers)."""
    view = window.view
    view.centerOn(scene_point)
    QApplication.processEvents()
    return view.viewport().grab().toImage().pixelColor(view.mapFromScene(scene_point)).name()


def test_the_map_takes_the_theme_and_exports_stay_on_white(qtbot, open_window, tmp_path: Path) -> None:
    window = open_window()
    scene = window.scene
    assert scene.grid is not None
    card = next(card for card in scene.journey.cards if card.kind is CardKind.PAIN_POINT)
    item = scene.card_items[card.id]
    card_ground = item.mapToScene(QPointF(item.body.width() - 12, item.body.height() - 6))  # inside, past the text
    lanes = {lane.id: lane for lane in scene.journey.lanes}
    empty = next(
        cell for cell in scene.cell_items if not scene.index.count(cell) and lanes[cell[1]].kind.value != "emotions"
    )
    cell = scene.grid.cell_rect(empty)
    lane_number = [lane.id for lane in scene.journey.lanes].index(empty[1])
    outside = QPointF(scene.map_rect().right() + 30, scene.map_rect().bottom() + 30)
    for name, theme in ((ThemeName.DARK, DARK), (ThemeName.HIGH_CONTRAST, HIGH_CONTRAST), (ThemeName.LIGHT, LIGHT)):
        window.actions_.themes[name].trigger()
        assert scene.theme is theme
        assert pixel(window, card_ground) == theme.cards[CardKind.PAIN_POINT].fill
        assert pixel(window, QPointF(cell.x + 6, cell.y + 6)) == theme.lane_tints[lane_number % 2]
        assert pixel(window, outside) == theme.canvas
        title = next(run for run in item.face if isinstance(run, Text) and run.role is TextRole.BODY)
        assert title.color == theme.text
    window.actions_.themes[ThemeName.DARK].trigger()
    # a picture of the map, made while the window is dark, is the light map on white
    export_png(window.document.project, tmp_path / "map.png", dpi=96)
    image = QImage(str(tmp_path / "map.png"))
    assert image.pixelColor(2, 2).name() == LIGHT.canvas
    light = map_scene(window.document.project)
    assert light.theme is LIGHT
    shown = light.card_items[card.id].mapToScene(QPointF(item.body.width() - 12, item.body.height() - 6))
    corner = light.map_rect().topLeft() - QPointF(BORDER, BORDER)
    spot = (shown - corner).toPoint()
    assert image.pixelColor(spot).name() == LIGHT.cards[CardKind.PAIN_POINT].fill
    # the web page and the deck, made while the window is dark, draw the light map too
    light_fill, dark_fill = LIGHT.cards[CardKind.PAIN_POINT].fill, DARK.cards[CardKind.PAIN_POINT].fill
    export_html(window.document.project, tmp_path / "map.html")
    page = (tmp_path / "map.html").read_text(encoding="utf-8").lower()
    assert f'fill="{LIGHT.canvas}"' in page and f'fill="{light_fill}"' in page and dark_fill not in page
    export_pptx(window.document.project, tmp_path / "map.pptx")
    with zipfile.ZipFile(tmp_path / "map.pptx") as deck:
        slides = " ".join(deck.read(name).decode() for name in deck.namelist() if name.startswith("ppt/slides/"))
    assert f'val="{light_fill[1:]}"'.lower() in slides.lower() and dark_fill[1:] not in slides.lower()
