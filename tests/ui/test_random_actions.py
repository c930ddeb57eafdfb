"""A person at the keyboard and mouse, in random order: the window's own keys and menu actions on random
selections (add, edit, move, delete cards; add, duplicate as future state, delete and switch journeys;
undo and redo; save; close with and without saving, then open again), every dialog answered as a
person might. Seeded, so a failure can be replayed. It fails on any error the crash guard catches,
and on a window that no longer shows its document as it is."""

import random
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QKeyCombination, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from journeydesk.document import JourneyDocument, Ref
from journeydesk.io import load_project
from journeydesk.model import Project
from journeydesk.templates import new_project
from journeydesk.ui import crash_guard
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.settings import AppSettings
from journeydesk.ui.template_gallery import TemplateGallery
from tests.ui.conftest import cell_point, drag

STEPS = 300
WORDS = ["Checkout", "Slow", "delivery", "App", "support", "refund", "Über", "客户", "a & b", "<b>x</b>", ""]


@dataclass
class Session:
    """The person's session: the window, a folder for files, what they have seen go wrong."""

    qtbot: QtBot
    folder: Path
    rng: random.Random
    window: MainWindow | None = None
    errors: list[str] = field(default_factory=list)
    log: list[str] = field(default_factory=list)

    def files(self) -> list[Path]:
        return sorted(self.folder.glob("*.journey"))

    def open(self, project: Project, path: Path | None = None) -> None:
        window = MainWindow(JourneyDocument(project, path), AppSettings())
        self.qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
        window.resize(1400, 900)
        window.show()
        window.activateWindow()
        self.window = window

    def press(self, keys: str) -> None:
        assert self.window is not None
        combination: QKeyCombination = QKeySequence(keys)[0]
        QTest.keyClick(self.window.windowHandle(), combination.key(), combination.keyboardModifiers())

    def type_text(self, text: str) -> None:
        """Type into the focused widget; characters beyond ASCII as an input method delivers them."""
        focus = QApplication.focusWidget()
        if focus is None:
            return
        for char in text:
            if char.isascii():
                QTest.keyClick(focus, char)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(focus, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


class Answerer:
    """Answers each modal dialog as a person might: message boxes by a random button, file dialogs
    with a file of the session's folder, the template gallery with its choice, others closed. The
    answer is given from a timer of its own, since answering may open another dialog (replace the
    file?) that wants an answer too; a dialog still open after its answer is answered again."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.answer)
        self.timer.start()

    def answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or dialog.property("replying"):
            return
        dialog.setProperty("replying", True)
        QTimer.singleShot(0, dialog, lambda: self.reply(dialog))

    def reply(self, dialog: QWidget) -> None:
        try:
            self.answer_dialog(dialog)
        finally:
            if isValid(dialog):
                dialog.setProperty("replying", False)

    def answer_dialog(self, dialog: QWidget) -> None:
        session = self.session
        session.log.append(f"    dialog: {type(dialog).__name__} {dialog.windowTitle()!r}")
        if isinstance(dialog, QMessageBox):
            buttons = [button for button in dialog.buttons() if button.isVisible()]
            choice = session.rng.choice(buttons)
            session.log.append(f"    answer: {choice.text()!r}")
            choice.click()
        elif isinstance(dialog, QFileDialog):
            saving = dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
            existing = session.files()
            if not saving and not existing:
                dialog.reject()
                return
            chosen = session.folder / f"map-{session.rng.randrange(3)}.journey"
            path = chosen if saving else session.rng.choice(existing)
            session.log.append(f"    file: {path.name}")
            dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
            dialog.accept()
        elif isinstance(dialog, TemplateGallery) and session.rng.random() < 0.7:
            dialog.list.setCurrentRow(session.rng.randrange(dialog.list.count()))
            dialog.accept()
        elif isinstance(dialog, QDialog):
            dialog.reject()

    def stop(self) -> None:
        self.timer.stop()


# What the person does


def random_cards(session: Session, most: int = 3) -> list[str]:
    window = session.window
    ids = list(window.scene.card_items)
    return session.rng.sample(ids, min(len(ids), session.rng.randint(1, most))) if ids else []


def select_something(session: Session) -> None:
    window, rng = session.window, session.rng
    roll = rng.random()
    if roll < 0.7:
        window.scene.select_cards(random_cards(session))
    elif roll < 0.85 and window.scene.journey.stages:
        window.scene.select_ref(Ref.stage(window.scene.journey_id, rng.choice(window.scene.journey.stages).id))
    else:
        window.scene.clearSelection()


def insert(session: Session) -> None:
    session.window.view.setFocus()
    session.press(f"Ctrl+{session.rng.randint(1, 6)}")
    if session.window.view.editor is not None:
        session.type_text(session.rng.choice(WORDS))
        session.press(session.rng.choice(["Return", "Return", "Escape"]))


def edit_in_place(session: Session) -> None:
    session.window.view.setFocus()
    session.press(session.rng.choice(["F2", "Return"]))
    if session.window.view.editor is not None:
        session.type_text(session.rng.choice(WORDS))
        session.press(session.rng.choice(["Return", "Escape", "Ctrl+Z"]))
        if session.window.view.editor is not None:
            session.press("Return")


def edit_in_inspector(session: Session) -> None:
    window = session.window
    window.scene.select_cards(random_cards(session, 1))
    form = window.inspector.forms["card"]
    if window.inspector.ref is None or window.inspector.ref.kind != "card":
        return
    form.title.setFocus()
    session.type_text(session.rng.choice(WORDS))
    if session.rng.random() < 0.3:
        session.press("Ctrl+Z")  # the field's own undo
    window.view.setFocus()


def drag_cards(session: Session) -> None:
    window = session.window
    cards = random_cards(session, 2)
    journey = window.scene.journey
    if not cards or not journey.stages or not journey.lanes:
        return
    window.scene.select_cards(cards)
    item = window.scene.card_items[cards[0]]
    stage, lane = session.rng.choice(journey.stages), session.rng.choice(journey.lanes)
    window.view.set_zoom(0.5)
    drag(session.qtbot, window.view, item.sceneBoundingRect().center(), cell_point(window.scene, stage.id, lane.id))


def key(keys: str, before: Callable[[Session], None] | None = select_something) -> Callable[[Session], None]:
    def press(session: Session) -> None:
        if before is not None:
            before(session)
        session.window.view.setFocus()
        session.press(keys)

    press.__name__ = f"press {keys}"
    return press


def action(name: str) -> Callable[[Session], None]:
    def trigger(session: Session) -> None:
        qaction = getattr(session.window.actions_, name)
        if qaction.isEnabled():
            qaction.trigger()

    trigger.__name__ = name
    return trigger


def switch_journey(session: Session) -> None:
    tabs = session.window.journey_tabs
    tabs.setCurrentIndex(session.rng.randrange(tabs.count()))


def save(session: Session) -> None:
    session.window.view.setFocus()
    session.press(session.rng.choice(["Ctrl+S", "Ctrl+S", "Ctrl+Shift+S"]))


def close_and_reopen(session: Session) -> None:
    """Quit (the question about unsaved changes answered at random), then start again on a saved
    file or a template."""
    window = session.window
    session.press("Ctrl+Q")
    if window.isVisible():  # cancelled
        return
    if session.files() and session.rng.random() < 0.7:
        path = session.rng.choice(session.files())
        session.open(load_project(path), path)
    else:
        session.open(new_project(session.rng.choice(["sample", "six-stage", "blank"])))


MOVES: list[tuple[Callable[[Session], None], int]] = [
    (select_something, 8),
    (insert, 10),
    (edit_in_place, 5),
    (edit_in_inspector, 4),
    (drag_cards, 4),
    (key("Delete"), 6),
    (key("Backspace"), 2),
    (key("Ctrl+D"), 4),
    (key("Ctrl+X"), 2),
    (key("Ctrl+C"), 2),
    (key("Ctrl+V", before=None), 3),
    (key("Alt+Right"), 2),
    (key("Alt+Down"), 2),
    (key("Alt+Up"), 1),
    (key("Down"), 2),
    (key("Right"), 2),
    (key("Escape"), 1),
    (key("Ctrl+A", before=None), 1),
    (key("Ctrl+Z", before=None), 10),
    (key("Ctrl+Shift+Z", before=None), 3),
    (key("Ctrl+Y", before=None), 3),
    (key("Ctrl+9", before=None), 1),
    (key("Ctrl+0", before=None), 1),
    (action("new_journey"), 2),
    (action("future_state"), 3),
    (action("delete_journey"), 2),
    (action("compare"), 1),
    (action("show_links"), 1),
    (action("revert"), 1),
    (action("new"), 1),
    (action("open"), 1),
    (switch_journey, 4),
    (save, 3),
    (close_and_reopen, 2),
]


# What must hold after every step


def check_the_window_shows_its_document(window: MainWindow) -> None:
    document, scene = window.document, window.scene
    project = document.project
    Project.model_validate(project.model_dump(mode="json"))  # still a valid project
    assert scene.journey_id in {journey.id for journey in project.journeys}
    assert set(scene.card_items) == {card.id for card in scene.journey.cards}
    assert set(scene.stage_headers) == {stage.id for stage in scene.journey.stages}
    tabs = [window.journey_tabs.tabText(number) for number in range(window.journey_tabs.count())]
    assert tabs == [journey.name for journey in project.journeys]
    assert window.isWindowModified() == document.is_modified
    assert window.count_label.text().endswith(("card", "cards"))
    if document.path is not None and not document.is_modified:  # saved: the file holds what is shown
        assert load_project(document.path) == project


def run_session(qtbot: QtBot, folder: Path, seed: int, steps: int) -> Session:
    session = Session(qtbot, folder, random.Random(seed))
    guard = crash_guard.install(
        lambda: int(session.window.autosaver.keep_now(wait=True)) if session.window else 0,
        lambda error, kept: session.errors.append("".join(traceback.format_exception(error))),
    )
    answerer = Answerer(session)
    moves, weights = zip(*MOVES, strict=True)
    try:
        session.open(new_project("sample"))
        for step in range(steps):
            move = session.rng.choices(moves, weights)[0]
            session.log.append(f"{step}: {move.__name__}")
            move(session)
            QApplication.processEvents()
            if session.errors:
                break
            try:
                check_the_window_shows_its_document(session.window)
            except AssertionError as exc:
                raise AssertionError(f"{exc}\nafter:\n{replay(session)}") from exc
    finally:
        answerer.stop()
        guard.stand_down()
    return session


def replay(session: Session) -> str:
    return "\n".join(session.log[-25:])


@pytest.fixture
def guard_hooks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The crash guard takes the exception hooks for the test; they go back after it."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield


@pytest.mark.qt_no_exception_capture
def test_a_few_hundred_random_steps_raise_nothing(qtbot, tmp_path: Path, guard_hooks) -> None:
    session = run_session(qtbot, tmp_path, seed=11, steps=STEPS)
    assert not session.errors, f"{session.errors[0]}\nafter:\n{replay(session)}"
    assert session.files()  # it did save


@pytest.mark.slow
@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("seed", range(1, 6))
def test_many_random_steps_raise_nothing(qtbot, tmp_path: Path, guard_hooks, seed: int) -> None:
    session = run_session(qtbot, tmp_path, seed=seed, steps=1500)
    assert not session.errors, f"{session.errors[0]}\nafter:\n{replay(session)}"
