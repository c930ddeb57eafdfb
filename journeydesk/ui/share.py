"""The Share menu and everything a live session shows in the window: the Participants dock, the
bar when the connection drops or the session ends, toasts when people come and go, and other
people's selections on the map."""

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMenu

from journeydesk.canvas.scene import MapScene
from journeydesk.document import JourneyDocument
from journeydesk.ui.session_banner import SessionBanner

# A live session's modules (pycrdt, websockets, the relay's server) load when one starts or is joined.
if TYPE_CHECKING:
    from journeydesk.collab.invite import Invite
    from journeydesk.collab.session import LiveSession
    from journeydesk.ui.main_window import MainWindow
    from journeydesk.ui.participants import ParticipantsPanel

log = logging.getLogger(__name__)


class Sharing(QObject):
    def __init__(self, window: "MainWindow", banner: SessionBanner) -> None:
        super().__init__(window)
        self.window = window
        self.banner = banner
        self.session: LiveSession | None = None
        self._panel: ParticipantsPanel | None = None
        self._dock: QDockWidget | None = None
        self._scene: MapScene | None = None
        self.start_action = QAction("&Start Live Session…", self)
        self.start_action.setStatusTip("Let others on this network edit this map with you, live")
        self.join_action = QAction("&Join Live Session…", self)
        self.join_action.setStatusTip("Join a map someone is sharing, with the link they gave you")
        self.copy_action = QAction("&Copy Join Link", self)
        self.copy_action.setStatusTip("Put the link others join with on the clipboard")
        self.leave_action = QAction("&Leave Session", self)
        self.start_action.triggered.connect(self.start_dialog)
        self.join_action.triggered.connect(self.join_dialog)
        self.copy_action.triggered.connect(self.copy_link)
        self.leave_action.triggered.connect(self.leave)
        banner.leave.connect(self.leave)
        banner.save_as.connect(window.files.save_as)
        self._update_actions()

    def menu(self) -> QMenu:
        menu = QMenu("&Share", self.window)
        menu.addActions([self.start_action, self.join_action])
        menu.addSeparator()
        menu.addActions([self.copy_action, self.leave_action])
        return menu

    @property
    def panel(self) -> "ParticipantsPanel":
        """The Participants dock's panel, made with the first session."""
        if self._panel is None:
            from journeydesk.ui.participants import ParticipantsPanel

            self._panel = ParticipantsPanel()
            self._panel.copy_link.connect(self.copy_link)
            self._panel.leave.connect(self.leave)
        return self._panel

    @property
    def live(self) -> bool:
        return self.session is not None and not self.session.is_over

    # Starting and joining

    def start_dialog(self) -> None:
        from journeydesk.ui.share_dialogs import StartSessionDialog

        settings = self.window.settings
        dialog = StartSessionDialog(settings.session_name(), settings.team_relay(), self.start, self.window)
        dialog.exec()

    def start(self, name: str, team_relay: "Invite | None") -> "LiveSession":
        """Share the open map (raises RelayError when the relay cannot start)."""
        from journeydesk.collab.session import COLOURS, LiveSession

        self._end_current()
        session = LiveSession.host(self.window.document, name, COLOURS[0], team_relay)
        settings = self.window.settings
        settings.set_session_name(name)
        settings.set_team_relay(_relay_address(team_relay) if team_relay else "")
        self._follow(session)
        return session

    def join_dialog(self) -> None:
        if not self.window.files.maybe_save():
            return
        from journeydesk.ui.share_dialogs import JoinSessionDialog

        dialog = JoinSessionDialog(self.window.settings.session_name(), self.join, self.window)
        if dialog.exec() and dialog.session is not None and isinstance(dialog.document, JourneyDocument):
            self.window.settings.set_session_name(dialog.session.name)
            self.window.set_document(dialog.document)
            self._follow(dialog.session)
            self.window.toast.show_message(f"You joined the live session on “{dialog.document.project.title}”")

    def join(self, invite: "Invite", name: str) -> "LiveSession":
        from journeydesk.collab.invite import colour_for
        from journeydesk.collab.session import COLOURS, LiveSession

        self._end_current()
        return LiveSession.join(invite, name, colour_for(name, COLOURS[1:]))

    # Leaving

    def leave(self) -> None:
        session = self.session
        if session is None or session.is_over:
            return
        session.leave()
        self.banner.hide()
        self._show_session()
        self.window.toast.show_message("You ended the live session" if session.hosting else "You left the live session")

    def document_replaced(self, document: JourneyDocument) -> None:
        """Another map was opened in the window: a session of the one before ends."""
        if self.session is not None and self.session.document is not document:
            self.leave()

    def shutdown(self) -> None:
        """The window closes: the session ends (for everyone, when hosting)."""
        if self.live:
            assert self.session is not None
            self.session.leave()

    def _end_current(self) -> None:
        if self.live:
            self.leave()

    # Following the session

    def _follow(self, session: "LiveSession") -> None:
        self.session = session
        session.phase_changed.connect(self._phase_changed)
        session.participants_changed.connect(self._show_session)
        session.joined.connect(lambda name: self.window.toast.show_message(f"{name} joined"))
        session.left.connect(lambda name: self.window.toast.show_message(f"{name} left"))
        session.connection_lost.connect(self.banner.show_reconnecting)
        session.ended.connect(self._ended)
        session.refused.connect(
            lambda why: self.window.statusBar().showMessage(f"A change from the session was not taken: {why}", 8000)
        )
        self.follow_scene(self.window.scene)
        self.selection_changed()  # what is selected already
        self._dock_panel()
        self._show_session()

    def follow_scene(self, scene: MapScene) -> None:
        """The window shows a new scene (whose selection it passes to :meth:`selection_changed` until it
        lets go of the scene): show the others' selections there."""
        self._scene = scene
        self._show_selections()

    def selection_changed(self) -> None:
        """Tell the session what is selected on the map now."""
        scene = self._scene
        if self.live and scene is not None:
            assert self.session is not None
            self.session.set_selection(scene.journey_id, scene.selected_card_ids())

    def _phase_changed(self, phase: str) -> None:
        from journeydesk.collab.session import Phase

        if phase == Phase.LIVE:
            self.banner.hide()
        self._show_session()

    def _ended(self, why: str) -> None:
        session = self.session
        assert session is not None
        self.banner.show_ended(why, offer_save=not session.hosting)
        self.window.toast.show_message(why)
        self._show_session()

    def _show_session(self) -> None:
        session = self.session
        self._update_actions()
        if session is None:
            return
        people = session.participants() if not session.is_over else []
        self.panel.show_session(session.phase, people, session.hosting)
        self._show_selections()

    def _show_selections(self) -> None:
        scene, session = self._scene, self.session
        if scene is None or session is None:
            return
        from journeydesk.canvas.presence import RemoteSelection

        selections = []
        if not session.is_over:
            selections = [
                RemoteSelection(person.name, person.colour, person.selection)
                for person in session.participants()
                if not person.you and person.journey_id == scene.journey_id and person.selection
            ]
        scene.show_remote_selections(selections)

    def _dock_panel(self) -> None:
        if self._dock is None:
            self._dock = self.window.add_dock("Participants", self.panel)
        self._dock.show()
        self._dock.raise_()

    def _update_actions(self) -> None:
        live = self.live
        hosting = live and self.session is not None and self.session.hosting
        self.start_action.setEnabled(not live)  # one session at a time: leave it first
        self.join_action.setEnabled(not live)
        self.copy_action.setEnabled(live)
        self.leave_action.setEnabled(live)
        self.leave_action.setText("&End Live Session" if hosting else "&Leave Session")

    def copy_link(self) -> None:
        if self.session is not None:
            QGuiApplication.clipboard().setText(self.session.invite.url)
            self.window.statusBar().showMessage("The join link is on the clipboard", 3000)


def _relay_address(invite: "Invite") -> str:
    """A team relay's address as the Start dialog takes it again next time."""
    from journeydesk.collab.invite import Invite

    return Invite(invite.host, invite.port, "", invite.token, invite.scheme).url
