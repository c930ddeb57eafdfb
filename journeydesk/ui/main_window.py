"""The main window: the map in the middle, palette, inspector and history docked around it."""

import logging
from collections.abc import Callable, Iterator
from functools import cached_property, partial
from itertools import takewhile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMetaObject, QObject, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from journeydesk import heap
from journeydesk.canvas.palette_mime import PaletteEntry
from journeydesk.canvas.scene import MapScene
from journeydesk.canvas.view import EMPTY_HINT, MapView
from journeydesk.document import ChangeSet, JourneyDocument, Ref
from journeydesk.document.edits import Edits
from journeydesk.document.objects import TYPES
from journeydesk.formats import format_for, importers
from journeydesk.io import JourneyFileError
from journeydesk.model.words import count
from journeydesk.style.icons import app_icon, icon
from journeydesk.ui import clipboard_ops
from journeydesk.ui.actions import create_actions
from journeydesk.ui.app_data import app_data_folder, recovery_store
from journeydesk.ui.autosave import Autosaver
from journeydesk.ui.banner import ReadOnlyBanner
from journeydesk.ui.commenting import Commenting, PreferencesDialog
from journeydesk.ui.conflict_banner import ConflictBanner
from journeydesk.ui.dialogs import Dialogs
from journeydesk.ui.docks import Docked, Docks
from journeydesk.ui.file_ops import FileOps
from journeydesk.ui.file_safety import FileSafety
from journeydesk.ui.first_frame import forget_first_frame, record_first_frame
from journeydesk.ui.idle import one_per_turn
from journeydesk.ui.inspector.inspector import FORMS
from journeydesk.ui.session_banner import SessionBanner
from journeydesk.ui.settings import AppSettings
from journeydesk.ui.share import Sharing
from journeydesk.ui.theme_choice import ThemeChoice
from journeydesk.ui.workshop.capture_bar import CaptureBar
from journeydesk.ui.workshop.chime import Chime
from journeydesk.ui.workshop.focus_mode import FocusMode
from journeydesk.ui.workshop.overlay import Toast
from journeydesk.ui.workshop.timer import WorkshopTimer
from journeydesk.ui.workshop.timer_controls import connect_timer
from journeydesk.ui.workshop.timer_overlay import TimerOverlay
from journeydesk.ui.workshop.vote_bar import VoteBar
from journeydesk.ui.workshop.voting import Voting

if TYPE_CHECKING:
    from journeydesk.ui.comments_panel import CommentsPanel
    from journeydesk.ui.conflicts import ConflictsPanel
    from journeydesk.ui.exchange import Exchange
    from journeydesk.ui.health import HealthPanel
    from journeydesk.ui.inspector import Inspector
    from journeydesk.ui.personas import PersonaPanel
    from journeydesk.ui.presenter.window import PresenterWindow
    from journeydesk.ui.priorities import PrioritiesPanel
    from journeydesk.ui.workshop.vote_results import VotesPanel

log = logging.getLogger(__name__)
APP_NAME = "JourneyDesk"
SETTLE_AFTER_MS = 500  # the first frames of a newly opened map come first
COMMENTS_HEIGHT = 480  # the Comments dock when it opens: a few threads, a conversation and the reply box
WARM_UP_AFTER_MS = 100  # once the first frame is on screen, what start-up left for later is built
DOCK_WIDTH = 330  # the right-hand column: the map keeps at least three quarters of a 1440-pixel window


def settle_when_shown() -> None:
    """A map is about to be built: no cycle collection until it has been shown for a moment, then
    one, after which the map is set aside from later ones (see :mod:`journeydesk.heap`)."""
    heap.pause_collection()
    # Counted from the event loop's first turn, which paints the map: never inside the build.
    QTimer.singleShot(0, lambda: QTimer.singleShot(SETTLE_AFTER_MS, heap.settle))


class MainWindow(QMainWindow):
    # The docks' panels (journeydesk.ui.docks), each built when its dock first shows or when first used.
    inspector: "Docked[Inspector]" = Docked()
    personas: "Docked[PersonaPanel]" = Docked()
    health: "Docked[HealthPanel]" = Docked()
    priorities: "Docked[PrioritiesPanel]" = Docked()
    votes: "Docked[VotesPanel]" = Docked()
    conflicts: "Docked[ConflictsPanel]" = Docked()
    comments: "Docked[CommentsPanel]" = Docked()

    def __init__(self, document: JourneyDocument, settings: AppSettings | None = None, sample: bool = False) -> None:
        """``sample``: ``document`` is the built-in sample, as the app opens it on its first start."""
        super().__init__()
        self.settings = settings or AppSettings()
        self._sample = document if sample else None
        self.dialogs = Dialogs(self)
        self.files = FileOps(self, self.settings, self.dialogs)
        self.autosaver = Autosaver(recovery_store(), self)
        self.safety = FileSafety(self)
        self.banner = ReadOnlyBanner()
        self.conflict_banner = ConflictBanner()
        self.session_banner = SessionBanner()
        self.undo_group = QUndoGroup(self)
        self._bindings: list[QMetaObject.Connection] = []  # to the document and its scene, until released
        self.actions_ = create_actions(self, self.undo_group)
        self.themes = ThemeChoice(self.settings, self.actions_.themes, self)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        self.document: JourneyDocument = document
        self.edits: Edits = Edits(document)
        self.scene: MapScene = MapScene(document, self.edits, parent=self, theme=self.themes.theme)
        self.view = MapView(self.scene)
        self.journey_tabs = QTabBar()
        self.capture = CaptureBar()
        self.vote_bar = VoteBar()
        self._build_centre()
        self._build_docks()
        self.sharing = Sharing(self, self.session_banner)
        self._build_status_bar()
        self._build_menus_and_toolbar()
        self._build_workshop()
        self._connect()
        self._show_zoom(self.view.zoom)
        self._adopt(document)
        self.autosaver.follow(document)
        self._restore_layout()
        self._warming_up = False
        self.warmed_up = False  # everything start-up left for later built; the window settled

    # Building

    def _build_centre(self) -> None:
        self.journey_tabs.setObjectName("journeyTabs")
        self.journey_tabs.setDocumentMode(True)
        self.journey_tabs.setExpanding(False)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.journey_tabs)
        column.addWidget(self.banner)
        column.addWidget(self.session_banner)
        column.addWidget(self.conflict_banner)
        column.addWidget(self.vote_bar)
        column.addWidget(self.view, 1)
        column.addWidget(self.capture)
        self.setCentralWidget(central)

    def _build_docks(self) -> None:
        """One column on the right, so the map keeps three quarters of the window: the palette on top,
        the inspector with personas and the health check in tabs, then priorities, votes and history.
        Only the docks' frames are made here: each panel is built when its dock first shows."""
        self.docks = Docks(self)
        docks = self.docks.docks
        self.tabifyDockWidget(docks["inspector"], docks["personas"])
        self.tabifyDockWidget(docks["inspector"], docks["health"])
        self.tabifyDockWidget(docks["priorities"], docks["votes"])
        self.tabifyDockWidget(docks["priorities"], docks["comments"])
        self.tabifyDockWidget(docks["priorities"], docks["history"])
        docks["inspector"].raise_()
        docks["priorities"].raise_()
        self.resizeDocks([docks["palette"]], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        heights = [self.docks.panel("palette").sizeHint().height(), 520, 260]
        self.resizeDocks([docks["palette"], docks["inspector"], docks["priorities"]], heights, Qt.Orientation.Vertical)

    def _build_status_bar(self) -> None:
        self.hint_label = QLabel(EMPTY_HINT)
        self.count_label = QLabel()
        self.zoom_label = QLabel()
        self.statusBar().addWidget(self.hint_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

    def _build_menus_and_toolbar(self) -> None:
        a = self.actions_
        a.show_links.setCheckable(True)
        a.show_links.setChecked(self.settings.show_links())
        a.keep_backups.setCheckable(True)
        a.keep_backups.setChecked(self.settings.keep_backups())
        self.recent_menu = QMenu("Open &Recent", self)
        self.export_menu = QMenu("&Export", self)
        self.export_menu.addActions(list(a.export.values()))
        insert = list(a.insert.values())
        self.timer_menu = QMenu("&Timer", self)
        self.timer_menu.setIcon(icon("workshop-timer"))
        self.timer_menu.addActions([*a.timer.values()])
        self.timer_menu.addSeparator()
        self.timer_menu.addActions([a.timer_pause, a.timer_add_minute, a.timer_stop])
        self.timer_menu.addSeparator()
        self.timer_menu.addAction(a.timer_sound)
        self.theme_menu = QMenu("T&heme", self)
        self.theme_menu.setIcon(icon("workshop-theme"))
        self.theme_menu.addActions([*a.themes.values()])
        toolbar = QToolBar("Main toolbar", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setMovable(False)
        editing = [a.undo, a.redo, None, a.cut, a.copy, a.paste, a.duplicate, a.delete]  # toolbar and Edit menu
        zoom = [a.zoom_out, a.zoom_in, a.zoom_to_fit, a.actual_size]
        workshop = [a.focus_mode, a.present, a.start_vote, a.capture]
        for item in (a.new, a.open, a.save, None, *editing, None, *zoom, None, *workshop):
            if item is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(item)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        docks = [dock.toggleViewAction() for dock in self.docks.docks.values()]
        self.toolbar_toggle = toolbar.toggleViewAction()
        menus: list[tuple[str, list[QAction | QMenu | None]]] = [
            (
                "&File",
                [
                    a.new,
                    a.open,
                    self.recent_menu,
                    None,
                    a.save,
                    a.save_as,
                    a.revert,
                    a.compare_with,
                    a.keep_backups,
                    None,
                    a.import_,
                    self.export_menu,
                    None,
                    a.quit,
                ],
            ),
            ("&Edit", [*editing, None, a.select_all, a.edit_in_place, None, a.comment, None, a.preferences]),
            ("&Insert", [*insert[:2], None, *insert[2:]]),
            ("&Journey", [a.new_journey, a.future_state, a.compare, None, a.delete_journey]),
            ("&Share", [self.sharing.menu()]),
            (
                "&View",
                [
                    a.zoom_in,
                    a.zoom_out,
                    a.actual_size,
                    a.zoom_to_fit,
                    None,
                    a.show_links,
                    None,
                    a.focus_mode,
                    a.leave_focus_mode,
                    a.present,
                    self.theme_menu,
                    None,
                    *docks,
                    self.toolbar_toggle,
                ],
            ),
            ("&Workshop", [a.start_vote, a.end_vote, None, self.timer_menu, None, a.capture]),
            ("&Help", [a.shortcuts, a.about]),
        ]
        self.menus: dict[str, QMenu] = {}
        for title, entries in menus:
            if len(entries) == 1 and isinstance(entries[0], QMenu):  # a menu made by its owner
                menu = self.menus[title.replace("&", "")] = entries[0]
                self.menuBar().addMenu(menu)
                continue
            menu = self.menus[title.replace("&", "")] = self.menuBar().addMenu(title)
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                elif isinstance(entry, QMenu):
                    menu.addMenu(entry)
                else:
                    menu.addAction(entry)
        self.view.addActions(a.canvas_actions())
        # The window's own keys keep working while focus mode hides the menus and the toolbar.
        self.addActions([action for action in a.all() if action not in a.canvas_actions()])
        self.update_recent_menu()

    def _build_workshop(self) -> None:
        a = self.actions_
        self.timer = WorkshopTimer(parent=self)
        self.timer_overlay = TimerOverlay(self.view, self.timer)
        self.chime = Chime(app_data_folder() / "sounds" / "chime.wav")
        connect_timer(self.timer, a, self.settings, self.chime)
        self.toast = Toast(self.view)
        chrome = [self.toolbar, self.menuBar(), self.statusBar(), self.journey_tabs]
        self.focus_mode = FocusMode(self, chrome, a.focus_mode, a.leave_focus_mode, self.toast)
        a.capture.triggered.connect(self.capture.open_bar)
        a.present.triggered.connect(self.present)
        self.voting = Voting(self, self.vote_bar, self.timer, a.start_vote, a.end_vote)
        self.commenting = Commenting(
            self, self.settings, lambda: self.comments, a.comment, self.view, self.show_comments
        )
        self.presenter: PresenterWindow | None = None

    def _connect(self) -> None:
        a = self.actions_
        a.new.triggered.connect(self.files.new)
        a.open.triggered.connect(lambda: self.files.open())
        a.save.triggered.connect(self.files.save)
        a.save_as.triggered.connect(self.files.save_as)
        a.revert.triggered.connect(self.files.revert)
        a.compare_with.triggered.connect(self.compare_with)
        self.conflict_banner.show_conflicts.connect(self.show_conflicts)
        a.preferences.triggered.connect(lambda: PreferencesDialog(self.settings, self).exec())
        a.keep_backups.toggled.connect(self.settings.set_keep_backups)
        self.safety.changed_on_disk.connect(self.files.changed_on_disk)
        self.safety.vanished.connect(self.files.vanished)
        self.banner.edit_anyway.connect(self.files.edit_anyway)
        self.banner.save_as.connect(self.files.save_as)
        for key, action in a.export.items():
            action.triggered.connect(lambda _=False, k=key: self.exchange.export(k))
        a.import_.triggered.connect(lambda: self.exchange.import_file())
        a.quit.triggered.connect(self.close)
        a.cut.triggered.connect(lambda: self._clipboard(clipboard_ops.cut_cards))
        a.copy.triggered.connect(lambda: self._clipboard(clipboard_ops.copy_cards))
        a.paste.triggered.connect(self.paste)
        a.duplicate.triggered.connect(self.duplicate)
        a.delete.triggered.connect(self.delete_selection)
        a.select_all.triggered.connect(lambda: self.scene.select(self.scene.card_items.values()))
        a.edit_in_place.triggered.connect(lambda: self.scene.request_edit())
        a.zoom_in.triggered.connect(self.view.zoom_in)
        a.zoom_out.triggered.connect(self.view.zoom_out)
        a.actual_size.triggered.connect(self.view.actual_size)
        a.zoom_to_fit.triggered.connect(self.view.zoom_to_fit)
        a.shortcuts.triggered.connect(self._show_shortcuts)
        a.about.triggered.connect(self._show_about)
        for entry, action in a.insert.items():
            action.triggered.connect(lambda _=False, e=entry: self.insert(e))
        self.view.zoom_changed.connect(self._show_zoom)
        self.view.hint.connect(self.hint_label.setText)
        self.view.files_dropped.connect(self.open_dropped)
        self.journey_tabs.currentChanged.connect(self._switch_journey)
        a.show_links.toggled.connect(self._show_links)
        a.new_journey.triggered.connect(lambda: self._open_journey(self.edits.add_journey(self.scene.journey_id)))
        a.future_state.triggered.connect(
            lambda: self._open_journey(self.edits.duplicate_as_future_state(self.scene.journey_id))
        )
        a.compare.triggered.connect(self.compare_with_base)
        a.delete_journey.triggered.connect(lambda: self.edits.delete_journey(self.scene.journey_id))
        self.themes.changed.connect(self.view.set_theme)

    # The document

    def set_document(self, document: JourneyDocument, recovery_key: str | None = None) -> None:
        """Show another document (after New, Open, Revert or a recovery, whose copy it goes on with)."""
        settle_when_shown()
        if self.presenter is not None:  # it shows the document that is going away
            self.presenter.close()
        self.sharing.document_replaced(document)
        old_document, old_scene = self.document, self.scene
        self._release()
        self.document = document
        self.edits = Edits(document)
        self.scene = MapScene(document, self.edits, parent=self, theme=self.themes.theme)
        self.view.set_scene(self.scene)
        old_scene.retire()
        self._adopt(document)
        self.undo_group.removeStack(old_document.undo_stack)
        old_document.deleteLater()
        self.autosaver.follow(document, recovery_key)
        self.view.show_start()

    def _adopt(self, document: JourneyDocument) -> None:
        if document is not self._sample:
            self._sample = None  # another document: the sample it started on is gone
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        self._bindings = [
            document.undo_stack.cleanChanged.connect(self._update_title),
            document.path_changed.connect(self._update_title),
            document.path_changed.connect(lambda: self.banner.show_for(document)),
            document.changed.connect(self._on_document_changed),
            self.scene.selectionChanged.connect(self._update_enabled),
            self.scene.journey_shown.connect(self._journey_shown),
            self.scene.selectionChanged.connect(self.sharing.selection_changed),
        ]
        self.safety.take(document.path, lock=document.read_only is None)
        self.banner.show_for(document)
        self.capture.bind(self.scene)
        self.voting.bind(document, self.edits, self.scene)
        self.docks.bind_all()
        self.commenting.follow(self.scene)
        self._show_conflict_count()
        if document.project.conflicts:
            self.show_conflicts()
        self.sharing.follow_scene(self.scene)
        self.scene.set_links_visible(self.actions_.show_links.isChecked())
        self._update_journey_actions()
        self._refresh_tabs()
        self._update_title()
        self._update_enabled()
        self._update_counts()
        self.actions_.revert.setEnabled(document.path is not None)

    def _release(self) -> None:
        """Stop hearing from the document and its scene. A document going away announces it (its undo
        stack, emptied, becomes clean), and by then nothing here may ask it anything."""
        for binding in self._bindings:
            QObject.disconnect(binding)
        self._bindings = []

    def _on_document_changed(self, changes: ChangeSet) -> None:
        if changes.project:
            self._show_conflict_count()
            self._refresh_tabs()
            self._update_title()
            self._update_journey_actions()
        self._update_counts()

    def _refresh_tabs(self) -> None:
        tabs = self.journey_tabs
        tabs.blockSignals(True)
        while tabs.count():
            tabs.removeTab(0)
        for journey in self.document.project.journeys:
            tabs.addTab(icon("insert-stage"), journey.name)
        current = next(
            (
                number
                for number, journey in enumerate(self.document.project.journeys)
                if journey.id == self.scene.journey_id
            ),
            0,
        )
        tabs.setCurrentIndex(current)
        tabs.blockSignals(False)

    def _switch_journey(self, number: int) -> None:
        journeys = self.document.project.journeys
        if 0 <= number < len(journeys) and journeys[number].id != self.scene.journey_id:
            self.scene.show_journey(journeys[number].id)

    def _open_journey(self, journey_id: str) -> None:
        self.scene.show_journey(journey_id)
        self.view.show_start()

    def _journey_shown(self, journey_id: str) -> None:
        self.docks.show_journey(journey_id)
        self._refresh_tabs()
        self._update_counts()
        self._update_journey_actions()

    def _update_journey_actions(self) -> None:
        journey = self.scene.journey
        self.actions_.compare.setEnabled(journey.based_on is not None)
        self.actions_.delete_journey.setEnabled(len(self.document.project.journeys) > 1)

    def compare_with_base(self) -> None:
        future = self.scene.journey
        if future.based_on is None:
            return
        from journeydesk.ui.comparison import ComparisonDialog

        ComparisonDialog(self.document.journey(future.based_on), future, self).exec()

    def select_target(self, target: tuple[str, str]) -> None:
        kind, item_id = target
        if kind == "conflict":
            self.show_conflicts(item_id)
            return
        self.scene.select_ref(Ref(kind, self.scene.journey_id, item_id))  # type: ignore[arg-type]  # the panels only send kinds the scene can select

    # Merge conflicts and comparisons

    def show_conflicts(self, conflict_id: str | None = None) -> None:
        """Open the Conflicts dock (on ``conflict_id``, and that object on the map)."""
        self.conflicts  # noqa: B018 (built, and its dock made, when first needed)
        dock = self.docks.dock("conflicts")
        dock.show()
        dock.raise_()
        QTimer.singleShot(0, dock.raise_)  # again once a window being built has placed its tabs
        if conflict_id is not None:
            self.conflicts.select(conflict_id)
            self.conflicts.find_on_map()

    def show_comments(self) -> None:
        """Raise the Comments dock, with room for its threads and the conversation."""
        dock = self.docks.dock("comments")
        dock.show()
        dock.raise_()
        if dock.height() < COMMENTS_HEIGHT and not dock.isFloating():
            self.resizeDocks([dock], [COMMENTS_HEIGHT], Qt.Orientation.Vertical)

    def add_dock(self, title: str, widget: QWidget) -> QDockWidget:
        """A dock made when first needed by a helper (participants): tabbed with the history, and
        listed in the View menu."""
        return self.docks.add(title, widget)

    def _show_conflict_count(self) -> None:
        self.conflict_banner.show_count(len(self.document.project.conflicts))

    def show_object(self, ref: Ref) -> None:
        """Select an object on the map and scroll to it, switching to its journey if need be."""
        journey_id = ref.id if ref.kind == "journey" else ref.journey_id
        if journey_id is not None and journey_id != self.scene.journey_id:
            self._open_journey(str(journey_id))
        if ref.kind != "journey":
            self.scene.select_ref(ref)

    def _show_shortcuts(self) -> None:
        from journeydesk.ui.help_dialogs import show_shortcuts

        show_shortcuts(self, self.menuBar())

    def _show_about(self) -> None:
        from journeydesk.ui.help_dialogs import show_about

        show_about(self)

    def compare_with(self) -> None:
        from journeydesk.ui.compare_dialog import compare_with

        compare_with(self)

    def _show_links(self, visible: bool) -> None:
        self.scene.set_links_visible(visible)
        self.settings.set_show_links(visible)

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.files.display_name()}[*] — {APP_NAME}")
        self.setWindowModified(self.document.is_modified)
        self.actions_.revert.setEnabled(self.document.path is not None)

    def _update_enabled(self) -> None:
        has_cards = bool(self.scene.selected_card_ids())
        a = self.actions_
        for action in (a.cut, a.copy, a.duplicate):
            action.setEnabled(has_cards)
        a.delete.setEnabled(bool(self.scene.selectedItems()))
        a.edit_in_place.setEnabled(self.scene.selected_ref() is not None)

    def _update_counts(self) -> None:
        journey = self.scene.journey
        self.count_label.setText(
            " · ".join(
                (
                    count(len(journey.stages), "stage"),
                    count(len(journey.lanes), "lane"),
                    count(len(journey.cards), "card"),
                )
            )
        )

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"Zoom {round(zoom * 100)}%")

    def present(self) -> None:
        """F5: the presenter (loaded when first used)."""
        from journeydesk.ui.presenter.window import present

        self.presenter = present(self.document, self.edits, self.scene, self.timer, self.screen())
        self.presenter.closed.connect(self._presenter_closed)

    def _presenter_closed(self) -> None:
        self.presenter = None
        self.activateWindow()

    # Editing

    def insert(self, entry: PaletteEntry) -> None:
        """Insert from the Insert menu or a palette click: at the current cell, without the mouse."""
        scene = self.scene
        if entry in (PaletteEntry.STAGE, PaletteEntry.LANE):
            column = scene.journey.stages if entry is PaletteEntry.STAGE else scene.journey.lanes
            cell = scene.current_cell
            ref = scene.selected_ref()
            current = cell[0 if entry is PaletteEntry.STAGE else 1] if cell else None
            if ref is not None and ref.kind == ("stage" if entry is PaletteEntry.STAGE else "lane"):
                current = ref.id
            ids = [item.id for item in column]
            scene.insert_column(entry, ids.index(current) + 1 if current in ids else len(ids))
            return
        kind = entry.card_kind
        place = scene.insertion_cell(kind)
        if place is None or kind is None:
            self.statusBar().showMessage("Add a stage and a lane first: cards live in a stage and a lane.", 5000)
            return
        scene.insert_card(kind, *place)

    def delete_selection(self) -> None:
        scene = self.scene
        cards = scene.selected_card_ids()
        if cards:
            self.edits.delete_cards(scene.journey_id, cards)
            return
        ref = scene.selected_ref()
        if ref is not None and ref.kind in ("stage", "lane"):
            self.edits.delete_column(scene.journey_id, "stages" if ref.kind == "stage" else "lanes", str(ref.id))

    def duplicate(self) -> None:
        new_ids = self.edits.duplicate_cards(self.scene.journey_id, self.scene.selected_card_ids())
        self.scene.select_cards(new_ids)

    def paste(self) -> None:
        try:
            pasted = clipboard_ops.paste_cards(self.scene, QGuiApplication.clipboard())
        except JourneyFileError as exc:
            self.dialogs.error("Could not paste", str(exc))
            return
        if pasted:
            self.statusBar().showMessage(f"Pasted {count(len(pasted), 'card')}", 3000)

    def _clipboard(self, operation) -> None:
        cards = operation(self.scene, QGuiApplication.clipboard())
        if cards:
            self.statusBar().showMessage(f"{count(cards, 'card')} on the clipboard", 3000)

    # Files

    @cached_property
    def exchange(self) -> "Exchange":
        """Exports and imports, loaded (with openpyxl and reportlab) on first use."""
        from journeydesk.ui.exchange import Exchange

        return Exchange(self, self.dialogs)

    def update_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self.settings.recent_files()
        for number, path in enumerate(recent, 1):
            action = menu.addAction(f"&{number % 10}  {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.files.open(p))
        if recent:
            menu.addSeparator()
        clear: QAction = menu.addAction("Clear Menu")
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self.update_recent_menu()

    def open_dropped(self, paths: list[Path]) -> None:
        """A .journey file opens; a file of another tool (a workbook, a Mermaid diagram) is imported."""
        if not paths:
            return
        if format_for(paths[0], importers()) is not None:
            self.exchange.import_file(paths[0])
        else:
            self.files.open(paths[0])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_dropped(paths)

    # Window state

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._warming_up:
            self._warming_up = True
            steps = takewhile(lambda _: self.isVisible(), self._warm_up_steps())  # none once it has closed
            QTimer.singleShot(WARM_UP_AFTER_MS, self, lambda: one_per_turn(self, steps))

    def _warm_up_steps(self) -> Iterator[Callable[[], object]]:
        """What start-up leaves for later, built while nobody waits for it: the panels behind other
        tabs, the inspector's other forms, the validators of edits. Opening a dock or making the
        first edit then waits for none of it."""
        for name in self.docks.docks:
            yield partial(self.docks.panel, name)
        for kind in FORMS:
            yield partial(self.inspector.forms.__getitem__, kind)
        for object_type in TYPES.values():
            yield partial(getattr, object_type, "adapter")
        yield partial(setattr, self, "warmed_up", True)

    def keep_first_frame(self) -> None:
        """The window as the next start will show it, kept for that start to show at once
        (:mod:`journeydesk.ui.first_frame`), while it shows a file as saved, or the sample it started
        on untouched: its first journey, nothing selected or hovered, zoomed and scrolled as a map opens. Any
        other close removes the last one kept, so no start shows an older window."""
        document = self.document
        keep = (
            self.warmed_up
            and self.isVisible()
            and not self.focus_mode.active
            and not document.is_modified
            and not document.read_only
            and not self.sharing.live
            and not self.safety.changed_since_read()
            and (document.path is not None or document is self._sample)
        )
        if not keep:
            forget_first_frame()
            return
        journeys = document.project.journeys
        if journeys and self.scene.journey_id != journeys[0].id:
            self.scene.show_journey(journeys[0].id)
        self.scene.clearSelection()
        self.scene.set_current_cell(None)
        self.hint_label.setText(EMPTY_HINT)  # as if the pointer were not on the map: it is closing
        self.view.show_start()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        record_first_frame(self, document.path, self.settings)

    def _keep_first_frame_safely(self) -> None:
        """Nothing going wrong with the picture may keep the close from releasing the file."""
        try:
            self.keep_first_frame()
        except Exception:
            log.exception("could not keep the window for the next start")
            forget_first_frame()

    def _restore_layout(self) -> None:
        geometry, state = self.settings.window_layout()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1440, 900)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.files.maybe_save():
            event.ignore()
            return
        in_focus_mode = self.focus_mode.active
        self.focus_mode.set_active(False)  # remember the window as it is outside focus mode
        if in_focus_mode:  # leaving full screen takes a while: the window is not as the next start shows it
            forget_first_frame()
        else:
            self._keep_first_frame_safely()
        self.sharing.shutdown()
        self.settings.save_window_layout(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.autosaver.close()  # a clean close: nothing to recover
        self.safety.release()
        self._release()
        self.scene.blockSignals(True)  # its items go with it, and nobody should hear about that
        event.accept()
