"""The README's screenshots, made from the sample journey in a real window:

- ``editor.png``: the editor with an improvement action selected;
- ``focus-mode.png``: focus mode (F11), the map alone with the countdown over it;
- ``presenter.png``: the presenter (F5) on a stage;
- ``vote.png``: a dot vote in progress, second participant's turn, their own dots on the cards;
- ``dark.png``: the dark theme, after a vote: the dots on the cards.

    python -m journeydesk.ui.screenshot resources/screenshots

Runs without a display (Qt's offscreen platform) and with settings of its own, so the pictures are
the same on every machine that has the same fonts.
"""

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journeydesk.ui.main_window import MainWindow

SIZE = (1600, 1000)
WIDE = (1600, 900)  # a projector's shape
ZOOM = 0.64
SHOTS = ("editor.png", "focus-mode.png", "presenter.png", "vote.png", "dark.png")


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if len(arguments) != 1:
        print("usage: python -m journeydesk.ui.screenshot FOLDER", file=sys.stderr)
        return 2
    folder = Path(arguments[0])
    if not folder.is_dir():
        print(f"{folder}: no such folder", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    failed = [
        name
        for name, shoot in zip(SHOTS, (editor, focus_mode, presenter, vote, dark), strict=True)
        if not shoot(folder / name)
    ]
    app.processEvents()
    if failed:
        print(f"could not write {', '.join(failed)} in {folder}", file=sys.stderr)
        return 1
    return 0


def open_sample(size: tuple[int, int], theme: str = "light") -> "MainWindow":
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journeydesk.document import JourneyDocument
    from journeydesk.templates import SAMPLE, new_project
    from journeydesk.ui.main_window import MainWindow
    from journeydesk.ui.settings import AppSettings

    folder = tempfile.mkdtemp(prefix="journeydesk-screenshot-")
    store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("view/theme", theme)
    window = MainWindow(JourneyDocument(new_project(SAMPLE)), AppSettings(store))
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    return window


def at_top_left(window: "MainWindow", zoom: float) -> None:
    from PySide6.QtWidgets import QApplication

    view = window.view
    view.set_zoom(zoom)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    view.pin_headers()
    QApplication.processEvents()


def close(window: "MainWindow") -> None:
    """Close and delete the window now, and collect its garbage now: not later, in the middle of Qt
    restyling every widget for the next window's theme."""
    import gc

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def editor(path: Path) -> bool:
    from journeydesk.model import CardKind

    window = open_sample(SIZE)
    at_top_left(window, ZOOM)
    action = next(
        card
        for card in window.scene.journey.cards
        if card.kind is CardKind.IMPROVEMENT and card.title.startswith("Prefill")
    )
    window.scene.select_cards([action.id])
    at_top_left(window, ZOOM)
    saved = window.grab().save(str(path))
    close(window)
    return saved


def focus_mode(path: Path) -> bool:
    from PySide6.QtWidgets import QApplication

    window = open_sample(SIZE)
    window.focus_mode.set_active(True)
    window.toast.hide()
    window.showNormal()  # the offscreen screen is small: show the mode at a projector's size instead
    QApplication.processEvents()
    window.setGeometry(0, 0, *WIDE)
    QApplication.processEvents()
    window.timer.start(7 * 60 + 42)
    at_top_left(window, 0.8)
    saved = window.grab().save(str(path))
    window.focus_mode.set_active(False)
    window.timer.stop()
    close(window)
    return saved


def presenter(path: Path) -> bool:
    from PySide6.QtWidgets import QApplication

    window = open_sample(SIZE)
    window.present()
    slides = window.presenter
    assert slides is not None
    slides.showNormal()  # the offscreen screen is small: show the slides at a projector's size instead
    QApplication.processEvents()
    slides.setGeometry(0, 0, *WIDE)
    slides.go(3)  # Purchase: the stage that hurts most
    QApplication.processEvents()
    saved = slides.grab().save(str(path))
    slides.close()
    close(window)
    return saved


def vote(path: Path) -> bool:
    from journeydesk.model import CardKind
    from journeydesk.model.enums import VoteTargets
    from journeydesk.model.votes import new_round

    window = open_sample(SIZE)
    journey_id = window.scene.journey_id
    pains = [card.id for card in window.scene.journey.cards if card.kind is CardKind.PAIN_POINT]
    edits = window.edits
    edits.start_vote(journey_id, new_round("vote-shot", "Vote 1", ["Ana", "Ben", "Cem"], VoteTargets.PAIN_POINTS))
    for card_id in (pains[0], pains[3], pains[3]):
        edits.cast_dot(journey_id, card_id)
    edits.next_participant(journey_id)
    edits.cast_dot(journey_id, pains[4])
    edits.cast_dot(journey_id, pains[1])
    window.timer.start(3 * 60 + 15)
    show_pain_points(window)
    saved = window.grab().save(str(path))
    window.timer.stop()
    close(window)
    return saved


def show_pain_points(window: "MainWindow") -> None:
    """The pain points near the middle of the view, at a workshop's zoom, with the Votes dock up."""
    from PySide6.QtWidgets import QApplication

    window.docks.dock("votes").raise_()
    at_top_left(window, 0.8)
    pain_lane = next(lane for lane in window.scene.journey.lanes if lane.kind.value == "pain_points")
    assert window.scene.grid is not None
    lane = window.scene.grid.lane_rect(pain_lane.id)
    window.view.centerOn(window.view.visible_scene_rect().center().x(), lane.y + lane.height * 0.9)
    window.view.pin_headers()
    QApplication.processEvents()


def dark(path: Path) -> bool:
    from journeydesk.model import CardKind
    from journeydesk.model.enums import VoteTargets
    from journeydesk.model.votes import new_round

    window = open_sample(SIZE, "dark")
    journey_id = window.scene.journey_id
    pains = [card.id for card in window.scene.journey.cards if card.kind is CardKind.PAIN_POINT]
    edits = window.edits
    edits.start_vote(journey_id, new_round("vote-shot", "Vote 1", 3, VoteTargets.PAIN_POINTS))
    for dots in ((3, 3, 0), (3, 4, 1), (3, 2, 3)):
        for number in dots:
            edits.cast_dot(journey_id, pains[number])
        edits.next_participant(journey_id)
    edits.end_vote(journey_id)
    show_pain_points(window)
    saved = window.grab().save(str(path))
    close(window)
    return saved


if __name__ == "__main__":
    sys.exit(main())
