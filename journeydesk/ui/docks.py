"""The window's docks, each panel built when its dock is first shown (or first asked for).

A panel is one entry in :data:`PANELS`: how to build it and wire it to the window, how to show it
the window's document, and whether it follows the journey on the map. Start-up builds only the docks'
frames; a panel hidden behind another tab costs nothing until someone opens it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

if TYPE_CHECKING:
    from journeydesk.ui.main_window import MainWindow

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
W = TypeVar("W", bound=QWidget)


def _nothing(window: "MainWindow", panel: Any) -> None:
    """A panel that shows no document of its own (or learns it from elsewhere)."""


@dataclass(frozen=True)
class Panel:
    name: str  # the key: window.docks.panel(name), and the window's attribute of the same name
    title: str  # the dock's title; its object name (saved in the window layout) derives from it
    build: Callable[["MainWindow"], QWidget]  # makes the panel and connects it to the window
    bind: Callable[["MainWindow", Any], None] = _nothing  # shows the window's document (again after Open)
    follows_journey: bool = False  # has show_journey(journey_id)
    at_start: bool = True  # docked from the start; otherwise when first asked for, tabbed with the history


def _palette(window: "MainWindow") -> QWidget:
    from journeydesk.ui.palette import Palette

    palette = Palette()
    palette.activated.connect(window.insert)
    return palette


def _inspector(window: "MainWindow") -> QWidget:
    from journeydesk.ui.inspector import Inspector

    inspector = Inspector()
    window.themes.changed.connect(lambda _: inspector.follow_selection())
    return inspector


def _personas(window: "MainWindow") -> QWidget:
    from journeydesk.ui.personas import PersonaPanel

    return PersonaPanel(window.dialogs)


def _health(window: "MainWindow") -> QWidget:
    from journeydesk.ui.health import HealthPanel

    health = HealthPanel()
    health.target_clicked.connect(window.select_target)
    return health


def _priorities(window: "MainWindow") -> QWidget:
    from journeydesk.ui.priorities import PrioritiesPanel

    priorities = PrioritiesPanel()
    priorities.action_clicked.connect(lambda card_id: window.scene.select_cards([card_id]))
    return priorities


def _votes(window: "MainWindow") -> QWidget:
    from journeydesk.ui.workshop.vote_results import VotesPanel

    votes = VotesPanel()
    window.voting.attach_panel(votes)
    return votes


def _history(window: "MainWindow") -> QWidget:
    from PySide6.QtWidgets import QUndoView

    history = QUndoView(window.undo_group)
    history.setEmptyLabel("Opened")
    return history


def _conflicts(window: "MainWindow") -> QWidget:
    from journeydesk.ui.conflicts import ConflictsPanel

    conflicts = ConflictsPanel()
    conflicts.object_clicked.connect(window.show_object)
    conflicts.problem.connect(lambda message: window.dialogs.error("Could not resolve the conflict", message))
    return conflicts


def _comments(window: "MainWindow") -> QWidget:
    from journeydesk.ui.commenting import ask_author
    from journeydesk.ui.comments_panel import CommentsPanel

    comments = CommentsPanel(author=lambda: ask_author(window, window.settings))
    comments.target_clicked.connect(window.show_object)
    return comments


PANELS = (
    Panel("palette", "Palette", _palette),
    Panel("inspector", "Inspector", _inspector, lambda w, p: p.bind(w.document, w.edits, w.scene)),
    Panel("personas", "Personas", _personas, lambda w, p: p.bind(w.document, w.edits, w.scene.journey_id), True),
    Panel("health", "Health check", _health, lambda w, p: p.bind(w.document, w.edits, w.scene.journey_id), True),
    Panel("priorities", "Priorities", _priorities, lambda w, p: p.bind(w.document, w.scene.journey_id), True),
    Panel("votes", "Votes", _votes),
    Panel("comments", "Comments", _comments, lambda w, p: p.bind(w.document, w.edits, w.scene.journey_id), True),
    Panel("history", "History", _history),
    # Most files never have conflicts: the dock comes when a file has them.
    Panel("conflicts", "Conflicts", _conflicts, lambda w, p: p.bind(w.document, w.edits), at_start=False),
)


class Docks:
    """The window's docks by name, and the panels built so far."""

    def __init__(self, window: "MainWindow", panels: tuple[Panel, ...] = PANELS) -> None:
        self.window = window
        self.specs = {panel.name: panel for panel in panels}
        self.docks: dict[str, QDockWidget] = {}
        self.panels: dict[str, QWidget] = {}
        for spec in panels:
            if spec.at_start:
                self.docks[spec.name] = self._frame(spec.title)

    def dock(self, name: str) -> QDockWidget:
        """The dock ``name`` (one made when first needed is added now, tabbed with the history and
        listed in the View menu)."""
        dock = self.docks.get(name)
        if dock is None:
            spec = self.specs[name]
            dock = self.add(spec.title, None)
            self.docks[name] = dock
        return dock

    def panel(self, name: str) -> QWidget:
        """The panel ``name``, built (and shown the window's document) if it was not yet."""
        panel = self.panels.get(name)
        if panel is None:
            spec = self.specs[name]
            dock = self.dock(name)
            panel = self.panels[name] = spec.build(self.window)
            dock.setWidget(panel)
            spec.bind(self.window, panel)
        return panel

    def add(self, title: str, widget: QWidget | None) -> QDockWidget:
        """A dock made after start-up (conflicts, participants): tabbed with the history, and listed
        in the View menu."""
        window = self.window
        dock = self._frame(title)
        if widget is not None:
            dock.setWidget(widget)
        window.tabifyDockWidget(self.docks["history"], dock)
        room = ([self.docks["inspector"], dock], [400, 500], Qt.Orientation.Vertical)
        QTimer.singleShot(0, lambda: window.resizeDocks(*room))  # once the window has its size
        window.menus["View"].insertAction(window.toolbar_toggle, dock.toggleViewAction())
        return dock

    def bind_all(self) -> None:
        """The window shows another document: the panels built so far show it."""
        for name, panel in self.panels.items():
            self.specs[name].bind(self.window, panel)

    def show_journey(self, journey_id: str) -> None:
        for name, panel in self.panels.items():
            if self.specs[name].follows_journey:
                panel.show_journey(journey_id)  # type: ignore[attr-defined]  # follows_journey says it has one

    def _frame(self, title: str) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(f"{title.lower().replace(' ', '_')}Dock")
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        name = next((spec.name for spec in self.specs.values() if spec.title == title), None)
        if name is not None:  # a registered panel is built the first time its dock shows
            dock.visibilityChanged.connect(lambda visible: visible and self.panel(name))
        self.window.addDockWidget(RIGHT, dock)
        return dock


class Docked(Generic[W]):
    """A window attribute that is the panel of the same name, built on first use."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, window: "MainWindow | None", owner: type) -> W:
        if window is None:
            return cast(W, self)
        return cast(W, window.docks.panel(self.name))
