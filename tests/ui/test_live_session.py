"""Live sessions in real windows, on 127.0.0.1: the Share menu's dialogs, the Participants dock,
a remote card appearing on the canvas, remote selections outlined, the bar when the connection
drops, and the end of a session."""

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from journeydesk.collab import invite as invites
from journeydesk.collab.invite import Invite
from journeydesk.collab.relay import RelayThread
from journeydesk.collab.session import Phase
from journeydesk.document.commands import OperationsCommand
from journeydesk.document.operations import SetFields
from journeydesk.model.enums import CardKind
from journeydesk.templates import new_project
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.share_dialogs import JoinSessionDialog, StartSessionDialog
from tests.ui.conftest import card_center, cell_point, viewport_point

WAIT_MS = 10_000


def in_dialog(kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Run ``act`` on the next dialog of ``kind`` once it is open (it is modal: this must be set up
    before the action that opens it)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, look)
            return
        act(dialog)

    QTimer.singleShot(0, look)


def type_into(field: QLineEdit, text: str) -> None:
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Delete)
    QTest.keyClicks(field, text)


def start_from_menu(qtbot: QtBot, window: MainWindow, name: str, team_relay: str = "") -> str:
    """Share > Start Live Session: type a name (and a team relay), Start, copy the link, Done."""
    seen: dict[str, str] = {}

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, StartSessionDialog)
        qtbot.waitUntil(lambda: dialog.team.isVisible() and dialog.team.width() > 50)
        type_into(dialog.name, name)
        if team_relay:
            QTest.mouseClick(dialog.team, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.team.height() // 2))
            assert dialog.team.isChecked() and dialog.relay_address.isEnabled()
            type_into(dialog.relay_address, team_relay)
        QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=WAIT_MS)
        QTest.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        seen["link"] = dialog.link.text()
        seen["qr"] = str(not dialog.qr.pixmap().isNull())
        dialog.accept()

    in_dialog(StartSessionDialog, act)
    window.sharing.start_action.trigger()
    assert seen["qr"] == "True"
    assert QGuiApplication.clipboard().text() == seen["link"]
    return seen["link"]


def join_from_menu(qtbot: QtBot, window: MainWindow, link: str, name: str) -> None:
    """Share > Join Live Session: paste the link, a name, Join; the dialog closes with the map."""

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, JoinSessionDialog)
        type_into(dialog.link, link)
        type_into(dialog.name, name)
        QTest.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)

    in_dialog(JoinSessionDialog, act)
    window.sharing.join_action.trigger()
    qtbot.waitUntil(lambda: window.sharing.session is not None and window.sharing.session.phase == Phase.LIVE)


def host_and_guest(
    qtbot: QtBot, open_window: Callable[..., MainWindow], relay: RelayThread
) -> tuple[MainWindow, MainWindow]:
    """Two windows: Ana hosts the sample on the team relay, Ben joins it from a blank map."""
    host, guest = open_window(), open_window(new_project("blank"))
    link = start_from_menu(qtbot, host, "Ana", team_relay=Invite("127.0.0.1", relay.port, "", relay.app.token).url)
    join_from_menu(qtbot, guest, link, "Ben")
    return host, guest


def names_in_dock(window: MainWindow) -> list[str]:
    people = window.sharing.panel.people
    return [people.item(row).text() for row in range(people.count())]


def test_a_session_started_from_the_share_menu_gives_a_link_to_copy_and_lists_the_host(
    qtbot: QtBot, window: MainWindow
) -> None:
    link = start_from_menu(qtbot, window, "Ana")
    invite = invites.parse(link)
    assert invite.host == "127.0.0.1" and invite.token and invite.room
    assert window.sharing.live and window.sharing.session.hosting
    assert names_in_dock(window) == ["Ana  (you, host)"]
    qtbot.waitUntil(lambda: window.sharing.panel.status.text() == "Live · 1 person", timeout=WAIT_MS)
    assert window.sharing.leave_action.text() == "&End Live Session"
    assert not window.sharing.start_action.isEnabled() and not window.sharing.join_action.isEnabled()
    window.sharing.leave()
    assert not window.sharing.live
    assert window.sharing.start_action.isEnabled() and not window.sharing.copy_action.isEnabled()


def test_a_card_added_in_one_window_appears_on_the_others_canvas(
    qtbot: QtBot, open_window: Callable[..., MainWindow], relay: RelayThread
) -> None:
    host, guest = host_and_guest(qtbot, open_window, relay)
    assert guest.document.project == host.document.project
    assert guest.document.path is None and guest.document.is_modified  # a copy, not the host's file
    qtbot.waitUntil(lambda: len(names_in_dock(host)) == 2, timeout=WAIT_MS)
    assert names_in_dock(host) == ["Ana  (you, host)", "Ben"]
    assert host.toast.isVisible() and host.toast.label.text() == "Ben joined"
    journey = host.scene.journey
    cell = (journey.stages[1].id, journey.lanes[0].id)
    before = set(host.scene.card_items)
    viewport = host.view.viewport()
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=viewport_point(host.view, cell_point(host.scene, *cell)))
    added = set(host.scene.card_items) - before
    assert len(added) == 1
    (card_id,) = added
    editor = host.view.editor  # the title is open for typing
    assert editor is not None
    QTest.keyClicks(editor, "Idea from the host")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card_id in guest.scene.card_items, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: guest.scene.card_items[card_id].card.title == "Idea from the host", timeout=WAIT_MS)
    item = guest.scene.card_items[card_id]
    assert item.isVisible() and item.parentItem() is guest.scene.cell_items[cell]
    assert guest.document.undo_stack.count() == 0  # the host's steps are not the guest's to undo
    QTest.keyClick(guest.view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert card_id in guest.scene.card_items


def test_a_remote_selection_is_outlined_in_the_participants_colour(
    qtbot: QtBot, open_window: Callable[..., MainWindow], relay: RelayThread
) -> None:
    host, guest = host_and_guest(qtbot, open_window, relay)
    card = next(card for card in guest.scene.journey.cards if card.kind is CardKind.TOUCHPOINT)
    QTest.mouseClick(
        guest.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=viewport_point(guest.view, card_center(guest.scene, card.id)),
    )
    assert guest.scene.selected_card_ids() == [card.id]
    face = host.scene.card_items[card.id].face
    qtbot.waitUntil(lambda: bool(host.scene.presence.outlines), timeout=WAIT_MS)
    ((selection, rects),) = host.scene.presence.outlines
    ben = next(person for person in host.sharing.session.participants() if person.name == "Ben")
    assert selection.name == "Ben" and selection.colour == ben.colour
    card_rect = host.scene.card_items[card.id].sceneBoundingRect()
    assert rects[0].contains(card_rect.adjusted(3, 3, -3, -3))
    assert not host.scene.card_items[card.id].isSelected()  # theirs, not ours
    # the outline is drawn in Ben's colour just outside the card, and the card's own face is untouched
    host.view.centerOn(card_rect.center())
    QApplication.processEvents()
    picture = host.view.viewport().grab().toImage()
    edge = host.view.mapFromScene(QPointF(rects[0].left(), rects[0].center().y()))
    colours = {picture.pixelColor(edge.x() + dx, edge.y()).name() for dx in (-1, 0, 1)}
    assert QColor(ben.colour).name() in colours
    assert host.scene.card_items[card.id].face is face
    QTest.mouseClick(guest.view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(guest.view, QPointF(5, 5)))
    qtbot.waitUntil(lambda: not host.scene.presence.outlines, timeout=WAIT_MS)


def test_what_the_host_had_selected_before_sharing_is_outlined_for_others_and_follows_later_clicks(
    qtbot: QtBot, open_window: Callable[..., MainWindow], relay: RelayThread
) -> None:
    host, guest = open_window(), open_window(new_project("blank"))
    first, second = [card for card in host.scene.journey.cards if card.kind is CardKind.PAIN_POINT][:2]

    def click(card_id: str) -> None:
        host.view.centerOn(card_center(host.scene, card_id))
        QTest.mouseClick(
            host.view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=viewport_point(host.view, card_center(host.scene, card_id)),
        )
        assert host.scene.selected_card_ids() == [card_id]

    click(first.id)
    link = start_from_menu(qtbot, host, "Ana", team_relay=Invite("127.0.0.1", relay.port, "", relay.app.token).url)
    join_from_menu(qtbot, guest, link, "Ben")

    def outlined() -> set[str]:
        return {card_id for selection, _ in guest.scene.presence.outlines for card_id in selection.card_ids}

    qtbot.waitUntil(lambda: outlined() == {first.id}, timeout=WAIT_MS)
    click(second.id)
    qtbot.waitUntil(lambda: outlined() == {second.id}, timeout=WAIT_MS)


def test_losing_the_connection_shows_a_bar_and_the_work_merges_when_it_is_back(
    qtbot: QtBot, open_window: Callable[..., MainWindow], relay: RelayThread
) -> None:
    host, guest = host_and_guest(qtbot, open_window, relay)
    port, token = relay.port, relay.app.token
    relay.stop()
    qtbot.waitUntil(lambda: guest.session_banner.isVisible(), timeout=WAIT_MS)
    assert "connection to the live session was lost" in guest.session_banner.message.text()
    assert guest.session_banner.leave_button.isVisible()
    journey = guest.scene.journey
    offline = guest.edits.add_card(
        journey.id, CardKind.NOTE, journey.stages[0].id, journey.lanes[0].id, None, "Offline"
    )
    assert offline in guest.scene.card_items  # editing goes on
    again = RelayThread(token, "127.0.0.1", port)
    again.start()
    try:
        qtbot.waitUntil(lambda: not guest.session_banner.isVisible(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: offline in host.scene.card_items, timeout=WAIT_MS)
    finally:
        guest.sharing.leave()
        host.sharing.leave()
        again.stop()


def test_when_the_host_closes_the_app_the_others_are_told_and_keep_an_unsaved_copy(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    host, guest = open_window(), open_window(new_project("blank"))
    link = start_from_menu(qtbot, host, "Ana")  # the relay runs in the host's app
    join_from_menu(qtbot, guest, link, "Ben")
    host.document.undo_stack.setClean()
    host.close()
    qtbot.waitUntil(lambda: guest.session_banner.isVisible(), timeout=WAIT_MS)
    text = guest.session_banner.message.text()
    assert text.startswith("The host ended the live session.") and "Save As" in text
    assert guest.session_banner.save_button.isVisible()
    assert guest.document.is_modified and guest.windowTitle().startswith(guest.files.display_name())
    assert guest.sharing.panel.status.text() == "Session ended"
    assert not guest.sharing.copy_action.isEnabled()


def test_what_others_change_is_kept_in_the_hosts_recovery_copy(
    qtbot: QtBot, open_window: Callable[..., MainWindow], relay: RelayThread
) -> None:
    host, guest = host_and_guest(qtbot, open_window, relay)
    journey = guest.scene.journey
    cell = (journey.stages[0].id, journey.lanes[0].id)
    store = host.autosaver.store
    for title in ("Ben's first", "Ben's second"):  # each remote change, not only the first, is kept
        with qtbot.waitSignal(host.autosaver.kept, timeout=WAIT_MS):
            card_id = guest.edits.add_card(journey.id, CardKind.NOTE, *cell, 0, title)
        assert host.document.is_modified and host.isWindowModified()
        assert card_id in store.journey_file(host.autosaver.key).read_text(encoding="utf-8")


def test_two_people_typing_in_one_title_both_keep_their_words_and_the_caret_stays_put(
    qtbot: QtBot, open_window: Callable[..., MainWindow], relay: RelayThread
) -> None:
    host, guest = host_and_guest(qtbot, open_window, relay)
    journey = guest.scene.journey
    card = next(card for card in journey.cards if card.kind is CardKind.NOTE)
    title = card.title  # the card itself changes as it is edited
    QTest.mouseClick(
        guest.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=viewport_point(guest.view, card_center(guest.scene, card.id)),
    )
    field = guest.inspector.forms["card"].title
    guest.activateWindow()
    qtbot.waitUntil(guest.isActiveWindow)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.moveCursor(field.textCursor().MoveOperation.End)
    QTest.keyClicks(field, " (Ben)")
    # Ana types at the start of the title as she has it now, which may hold some of Ben's letters
    current = host.document.index(journey.id).card(card.id).title
    operation = SetFields("card", journey.id, card.id, {"title": "Ana's " + current})
    host.document.undo_stack.push(OperationsCommand(host.document, [operation], "Edit Title"))
    both = "Ana's " + title + " (Ben)"
    qtbot.waitUntil(lambda: field.toPlainText() == both, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: host.document.index(journey.id).card(card.id).title == both, timeout=WAIT_MS)
    assert field.textCursor().position() == len(both)  # still after what Ben typed
    QTest.keyClicks(field, "!")
    qtbot.waitUntil(lambda: host.document.index(journey.id).card(card.id).title == both + "!", timeout=WAIT_MS)
