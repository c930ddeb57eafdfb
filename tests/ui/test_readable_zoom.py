"""Readable at every zoom that fits: a card shows its text while the text is at least ~6 px high on
screen, its first words in large type further out, and only then becomes a block; Zoom to Fit in
focus mode on a 1920 x 1080 screen shows every card's title.

What is drawn is read from the view's pixels: text in the map's ink colour where the card's title
(or its gist) stands."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from journeydesk.canvas.card_item import CardItem
from journeydesk.canvas.detail import MIN_TEXT_PIXELS, OVERVIEW_BELOW, readable
from journeydesk.canvas.view import MapView
from journeydesk.layout import typography as type_size
from journeydesk.layout.face_card import NOTE_TOP, TITLE_GAP, TOP_ROW
from tests.conftest import REPO

GIST_ROWS = (NOTE_TOP + 1, TOP_ROW - 1)  # where only the gist has text in the ink colour
TITLE_ROWS = (TOP_ROW + TITLE_GAP + 1, TOP_ROW + TITLE_GAP + 26)  # the face's title, two lines


def is_ink(red: int, green: int, blue: int) -> bool:
    """The map's text colour (a dark grey), antialiased: dark and without a hue. Placeholder bars are
    light grey; kind labels, accents and icons have a hue."""
    return max(red, green, blue) < 150 and max(red, green, blue) - min(red, green, blue) < 45


def ink_rows(view: MapView, item: CardItem, image: QImage) -> set[int]:
    """The card's rows (in map units from its top) that hold text in the ink colour."""
    rows = set()
    for y in range(int(item.body.height())):
        for x in range(30, 130):  # past the accent and the icon, before a rating at the right
            color = image.pixelColor(view.mapFromScene(item.mapToScene(QPointF(x, y))))
            if is_ink(color.red(), color.green(), color.blue()):
                rows.add(y)
                break
    return rows


def look_at(view: MapView, item: CardItem) -> set[int]:
    view.centerOn(item.mapToScene(item.body.center()))
    QApplication.processEvents()
    return ink_rows(view, item, view.viewport().grab().toImage())


def what_shows(rows: set[int], captioned: bool = True) -> str:
    """For a card with a caption row: its title, its first words (the gist) or a block. A note has
    no caption: its title starts where a gist would, so any text of it counts as its title."""
    if not rows:
        return "block"
    if captioned and any(GIST_ROWS[0] <= row <= GIST_ROWS[1] for row in rows):
        return "first words"
    return "title" if any(TITLE_ROWS[0] <= row <= TITLE_ROWS[1] for row in rows) or not captioned else "block"


def touchpoint(window) -> CardItem:
    card = next(card for card in window.scene.journey.cards if card.title.startswith("Instagram ad"))
    return window.scene.card_items[card.id]


def test_the_rule_is_the_size_of_the_text_on_screen() -> None:
    assert MIN_TEXT_PIXELS == 6.0
    assert readable(type_size.CARD_TITLE, 0.5) and not readable(type_size.CARD_TITLE, 0.49)
    assert readable(type_size.GIST, 0.34) and not readable(type_size.GIST, 0.33)
    assert pytest.approx(1 / 3) == OVERVIEW_BELOW  # blocks only where even the first words would not read


@pytest.mark.parametrize(
    ("zoom", "shown"),
    [
        (1.0, "title"),
        (0.6, "title"),
        (0.5, "title"),  # 12 units at 0.5: 6 px, the smallest title that reads
        (0.45, "first words"),
        (0.36, "first words"),  # 18 units at 0.36: 6.5 px
        (0.3, "block"),
    ],
)
def test_a_card_shows_its_text_while_the_text_is_six_pixels_high(qtbot, window, zoom: float, shown: str) -> None:
    window.view.set_zoom(zoom)
    assert what_shows(look_at(window.view, touchpoint(window))) == shown


def test_wheel_zooming_out_goes_from_the_title_to_the_first_words_to_blocks(qtbot, window) -> None:
    view, item = window.view, touchpoint(window)
    seen = []
    for _ in range(8):  # Ctrl+wheel: 1.2 times per notch
        centre = QPointF(view.viewport().rect().center())
        event = QWheelEvent(
            centre,
            QPointF(view.viewport().mapToGlobal(centre.toPoint())),
            QPoint(),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), event)
        shown = what_shows(look_at(view, item))
        if not seen or seen[-1] != shown:
            seen.append(shown)
    assert seen == ["title", "first words", "block"]


def test_far_out_the_stage_and_lane_names_are_set_larger_and_read(qtbot, window) -> None:
    view, scene = window.view, window.scene
    lane = scene.journey.lanes[2]
    header = scene.lane_headers[lane.id]
    for zoom in (0.8, 0.4):
        view.set_zoom(zoom)
        view.centerOn(header.mapToScene(header.boundingRect().center()))
        QApplication.processEvents()
        image = view.viewport().grab().toImage()
        inked = [
            (x, y)
            for x in range(10, int(header.boundingRect().width()) - 10, 2)
            for y in range(8, 40, 2)
            if is_ink(*image.pixelColor(view.mapFromScene(header.mapToScene(QPointF(x, y)))).getRgb()[:3])
        ]
        assert inked, zoom  # the name in ink, not a grey bar


FIT_ON_A_PROJECTOR = """
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from journeydesk.document import JourneyDocument
from journeydesk.templates import new_project
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.settings import AppSettings
from journeydesk.layout.face_card import has_caption
from tests.ui.test_readable_zoom import what_shows, ink_rows
window = MainWindow(JourneyDocument(new_project("sample")), AppSettings())
window.show()
QApplication.processEvents()
QTest.keyClick(window, Qt.Key.Key_F11)
QTest.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
for _ in range(5):
    QApplication.processEvents()
view = window.view
image = view.viewport().grab().toImage()
shown = {
    card_id: what_shows(ink_rows(view, item, image), has_caption(item.card))
    for card_id, item in window.scene.card_items.items()
}
print(json.dumps({"full_screen": window.isFullScreen(), "view": [view.viewport().width(), view.viewport().height()],
                  "zoom": view.zoom, "shown": shown}))
window.document.undo_stack.setClean()
"""


def test_zoom_to_fit_in_focus_mode_on_a_1920_by_1080_screen_shows_every_title(tmp_path: Path) -> None:
    """In a process of its own whose screen is a projector's, F11 then Ctrl+9, as a facilitator would."""
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps({"screens": [{"name": "projector", "x": 0, "y": 0, "width": 1920, "height": 1080}]}),
        encoding="utf-8",
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", FIT_ON_A_PROJECTOR], capture_output=True, text=True, env=environment, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["full_screen"] and result["view"][0] >= 1900
    assert readable(type_size.CARD_TITLE, result["zoom"])
    assert len(result["shown"]) == 43
    assert {card_id for card_id, shown in result["shown"].items() if shown != "title"} == set()
