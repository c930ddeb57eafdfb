"""The main window: the map in the middle, palette, inspector and history docked around it."""

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QToolBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from journeydesk.canvas.palette_mime import PaletteEntry
from journeydesk.canvas.scene import MapScene
from journeydesk.canvas.view import EMPTY_HINT, MapView
from journeydesk.document import ChangeSet, JourneyDocument
from journeydesk.document.edits import Edits
from journeydesk.io import JourneyFileError
from journeydesk.style.icons import app_icon, icon
from journeydesk.ui import clipboard_ops
from journeydesk.ui.actions import create_actions
from journeydesk.ui.dialogs import Dialogs
from journeydesk.ui.file_ops import FileOps
from journeydesk.ui.help_dialogs import show_about, show_shortcuts
from journeydesk.ui.inspector import Inspector
from journeydesk.ui.palette import Palette
from journeydesk.ui.settings import AppSettings

APP_NAME = "JourneyDesk"


class MainWindow(QMainWindow):
    def __init__(self, document: JourneyDocument, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self.dialogs = Dialogs(self)
        self.files = FileOps(self, self.settings, self.dialogs)
        self.undo_group = QUndoGroup(self)
        self.actions_ = create_actions(self)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        self.document = document
        self.edits = Edits(document)
        self.scene = MapScene(document, self.edits, parent=self)
        self.view = MapView(self.scene)
        self.journey_tabs = QTabBar()
        self.journey_tabs.setObjectName("journeyTabs")
        self.journey_tabs.setDocumentMode(True)
        self.journey_tabs.setExpanding(False)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.journey_tabs)
        column.addWidget(self.view, 1)
        self.setCentralWidget(central)

        self.palette = Palette()
        self.inspector = Inspector()
        self.history = QUndoView(self.undo_group)
        self.history.setEmptyLabel("Opened")
        self._docks = {
            "palette": self._dock("Palette", self.palette, Qt.DockWidgetArea.LeftDockWidgetArea),
            "inspector": self._dock("Inspector", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea),
            "history": self._dock("History", self.history, Qt.DockWidgetArea.RightDockWidgetArea),
        }
        self.resizeDocks([self._docks["palette"], self._docks["inspector"]], [180, 380], Qt.Orientation.Horizontal)
        self.resizeDocks([self._docks["inspector"], self._docks["history"]], [520, 180], Qt.Orientation.Vertical)

        self.hint_label = QLabel(EMPTY_HINT)
        self.count_label = QLabel()
        self.zoom_label = QLabel()
        self.statusBar().addWidget(self.hint_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

        self._build_menus_and_toolbar()
        self._connect()
        self._show_zoom(self.view.zoom)
        self._adopt(document)
        self._restore_layout()

    # Building

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{title.lower()}Dock")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_menus_and_toolbar(self) -> None:
        a = self.actions_
        undo = self.undo_group.createUndoAction(self, "&Undo")
        redo = self.undo_group.createRedoAction(self, "&Redo")
        undo.setIcon(icon("action-undo"))
        redo.setIcon(icon("action-redo"))
        self.undo_action, self.redo_action = undo, redo

        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu("&File")
        file_menu.addActions([a.new, a.open])
        self.recent_menu = QMenu("Open &Recent", self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([a.save, a.save_as, a.revert])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)

        edit_menu = menu_bar.addMenu("&Edit")
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addActions([a.cut, a.copy, a.paste, a.duplicate, a.delete])
        edit_menu.addSeparator()
        edit_menu.addActions([a.select_all, a.edit_in_place])

        insert_menu = menu_bar.addMenu("&Insert")
        for entry, action in a.insert.items():
            insert_menu.addAction(action)
            if entry is PaletteEntry.LANE:
                insert_menu.addSeparator()

        view_menu = menu_bar.addMenu("&View")
        view_menu.addActions([a.zoom_in, a.zoom_out, a.actual_size, a.zoom_to_fit])
        view_menu.addSeparator()
        for dock in self._docks.values():
            view_menu.addAction(dock.toggleViewAction())

        help_menu = menu_bar.addMenu("&Help")
        help_menu.addActions([a.shortcuts, a.about])

        toolbar = QToolBar("Main toolbar", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setMovable(False)
        toolbar.addActions([a.new, a.open, a.save])
        toolbar.addSeparator()
        toolbar.addActions([undo, redo])
        toolbar.addSeparator()
        toolbar.addActions([a.cut, a.copy, a.paste, a.duplicate, a.delete])
        toolbar.addSeparator()
        toolbar.addActions([a.zoom_out, a.zoom_in, a.zoom_to_fit, a.actual_size])
        self.addToolBar(toolbar)
        view_menu.addAction(toolbar.toggleViewAction())
        self.view.addActions(a.canvas_actions())
        self.update_recent_menu()

    def _connect(self) -> None:
        a = self.actions_
        a.new.triggered.connect(self.files.new)
        a.open.triggered.connect(lambda: self.files.open())
        a.save.triggered.connect(self.files.save)
        a.save_as.triggered.connect(self.files.save_as)
        a.revert.triggered.connect(self.files.revert)
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
        a.shortcuts.triggered.connect(lambda: show_shortcuts(self, a))
        a.about.triggered.connect(lambda: show_about(self))
        for entry, action in a.insert.items():
            action.triggered.connect(lambda _=False, e=entry: self.insert(e))
        self.palette.activated.connect(self.insert)
        self.view.zoom_changed.connect(self._show_zoom)
        self.view.hint.connect(self.hint_label.setText)
        self.view.files_dropped.connect(self.open_dropped)
        self.journey_tabs.currentChanged.connect(self._switch_journey)

    # The document

    def set_document(self, document: JourneyDocument) -> None:
        """Show another document (after New, Open or Revert)."""
        old_document, old_scene = self.document, self.scene
        self.document = document
        self.edits = Edits(document)
        self.scene = MapScene(document, self.edits, parent=self)
        self.view.set_scene(self.scene)
        old_scene.retire()
        self._adopt(document)
        self.undo_group.removeStack(old_document.undo_stack)
        old_document.deleteLater()
        self.view.show_start()

    def _adopt(self, document: JourneyDocument) -> None:
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.undo_stack.cleanChanged.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        document.changed.connect(self._on_document_changed)
        self.inspector.bind(document, self.edits, self.scene)
        self.scene.selectionChanged.connect(self._update_enabled)
        self._refresh_tabs()
        self._update_title()
        self._update_enabled()
        self._update_counts()
        self.actions_.revert.setEnabled(document.path is not None)

    def _on_document_changed(self, changes: ChangeSet) -> None:
        if changes.project:
            self._refresh_tabs()
            self._update_title()
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
            self._update_counts()

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.files.display_name()}[*] — {APP_NAME}")
        self.setWindowModified(self.document.is_modified)
        self.actions_.revert.setEnabled(self.document.path is not None)

    def _update_enabled(self) -> None:
        if not isValid(self.scene):  # a scene being destroyed still announces its emptied selection
            return
        has_cards = bool(self.scene.selected_card_ids())
        a = self.actions_
        for action in (a.cut, a.copy, a.duplicate):
            action.setEnabled(has_cards)
        a.delete.setEnabled(bool(self.scene.selectedItems()))
        a.edit_in_place.setEnabled(self.scene.selected_ref() is not None)

    def _update_counts(self) -> None:
        journey = self.scene.journey
        self.count_label.setText(
            f"{len(journey.stages)} stages · {len(journey.lanes)} lanes · {len(journey.cards)} cards"
        )

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"Zoom {round(zoom * 100)}%")

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
            self.statusBar().showMessage(f"Pasted {len(pasted)} card{'s' if len(pasted) > 1 else ''}", 3000)

    def _clipboard(self, operation) -> None:
        count = operation(self.scene, QGuiApplication.clipboard())
        if count:
            self.statusBar().showMessage(f"{count} card{'s' if count > 1 else ''} on the clipboard", 3000)

    # Files

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
        if paths:
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
        self.settings.save_window_layout(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.scene.blockSignals(True)  # its items go with it, and nobody should hear about that
        event.accept()
