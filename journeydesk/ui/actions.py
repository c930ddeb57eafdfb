"""Every menu and toolbar action of the main window, with its icon, shortcut and status tip."""

from dataclasses import dataclass, fields

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup

from journeydesk.canvas.palette_mime import PaletteEntry
from journeydesk.formats import exporters, importers
from journeydesk.layout.theme import ThemeName
from journeydesk.model.words import a
from journeydesk.style.icons import icon

Key = QKeySequence.StandardKey
TIMER_PRESETS = (2, 5, 10, 15)  # minutes


def keys(standard: Key, *everywhere: str) -> list[QKeySequence]:
    """The platform's keys for ``standard``, then those people expect on every platform (Ctrl+Y and
    Ctrl+Shift+Z both redo, Ctrl+Q quits) where the platform has not bound them already."""
    bindings = QKeySequence.keyBindings(standard)
    return bindings + [sequence for sequence in map(QKeySequence, everywhere) if sequence not in bindings]


def _action(
    parent: QObject,
    text: str,
    tip: str,
    shortcut: Key | str | list[QKeySequence] | None = None,
    icon_name: str | None = None,
) -> QAction:
    action = QAction(text, parent)
    action.setStatusTip(tip)
    action.setToolTip(tip)
    if icon_name:
        action.setIcon(icon(icon_name if "-" in icon_name else f"action-{icon_name}"))
    if isinstance(shortcut, Key):
        action.setShortcuts(keys(shortcut))
    elif isinstance(shortcut, list):
        action.setShortcuts(shortcut)
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    return action


@dataclass
class Actions:
    new: QAction
    open: QAction
    save: QAction
    save_as: QAction
    revert: QAction
    compare_with: QAction
    keep_backups: QAction
    import_: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    cut: QAction
    copy: QAction
    paste: QAction
    duplicate: QAction
    delete: QAction
    select_all: QAction
    edit_in_place: QAction
    comment: QAction
    preferences: QAction
    zoom_in: QAction
    zoom_out: QAction
    actual_size: QAction
    zoom_to_fit: QAction
    show_links: QAction
    new_journey: QAction
    future_state: QAction
    compare: QAction
    delete_journey: QAction
    focus_mode: QAction
    leave_focus_mode: QAction
    present: QAction
    start_vote: QAction
    end_vote: QAction
    capture: QAction
    timer_pause: QAction
    timer_add_minute: QAction
    timer_stop: QAction
    timer_sound: QAction
    shortcuts: QAction
    about: QAction
    insert: dict[PaletteEntry, QAction]
    timer: dict[int, QAction]  # minutes -> start a countdown
    themes: dict[ThemeName, QAction]
    export: dict[str, QAction]  # by format key, in the registry's order

    def canvas_actions(self) -> list[QAction]:
        """Actions whose keys belong to the map only, so text fields keep Delete, Ctrl+C and the like."""
        return [self.cut, self.copy, self.paste, self.duplicate, self.delete, self.select_all]

    def all(self) -> list[QAction]:
        result: list[QAction] = []
        for field in fields(self):
            value = getattr(self, field.name)
            result += list(value.values()) if isinstance(value, dict) else [value]
        return result


def _undo_actions(parent: QObject, group: QUndoGroup) -> tuple[QAction, QAction]:
    """Undo and Redo of whichever document is shown; their text names the step ("Undo Move Card").
    Text fields being edited keep these keys for their own undo (they claim them first)."""
    undo = group.createUndoAction(parent, "&Undo")
    redo = group.createRedoAction(parent, "&Redo")
    for action, name, tip, bindings in (
        (undo, "undo", "Undo the last change", keys(Key.Undo, "Ctrl+Z")),
        (redo, "redo", "Redo the change last undone", keys(Key.Redo, "Ctrl+Shift+Z", "Ctrl+Y")),
    ):
        action.setIcon(icon(f"action-{name}"))
        action.setStatusTip(tip)
        action.setShortcuts(bindings)
    return undo, redo


def create_actions(parent: QObject, undo_group: QUndoGroup) -> Actions:
    insert = {}
    for number, entry in enumerate(PaletteEntry, 1):
        kind = entry.card_kind
        action = _action(
            parent, f"&{entry.label}", f"Insert {a(entry.label.lower())} at the current cell", f"Ctrl+{number}"
        )
        action.setIcon(icon(entry.icon_name))
        action.setData(entry)
        if kind is None:
            action.setStatusTip(f"Insert {a(entry.label.lower())} after the current one")
        insert[entry] = action
    undo, redo = _undo_actions(parent, undo_group)
    actions = Actions(
        new=_action(parent, "&New…", "Start a new journey map from a template", Key.New, "new"),
        open=_action(parent, "&Open…", "Open a .journey file", Key.Open, "open"),
        save=_action(parent, "&Save", "Save the journey map", Key.Save, "save"),
        save_as=_action(parent, "Save &As…", "Save the journey map under a new name", Key.SaveAs),
        revert=_action(parent, "&Revert to Saved", "Throw away the changes since the last save"),
        compare_with=_action(
            parent,
            "Co&mpare With…",
            "What differs from another file, or from the last commit when the file is in git",
            None,
            "compare",
        ),
        keep_backups=_action(
            parent, "&Keep a Backup When Saving", "Keep the version a save replaces as NAME.journey.bak beside it"
        ),
        import_=_action(
            parent,
            "&Import…",
            "Open a map from another tool as a new project: " + ", ".join(format_.name for format_ in importers()),
        ),
        quit=_action(parent, "&Quit", "Close JourneyDesk", keys(Key.Quit, "Ctrl+Q")),
        undo=undo,
        redo=redo,
        cut=_action(parent, "Cu&t", "Cut the selected cards to the clipboard", Key.Cut, "cut"),
        copy=_action(parent, "&Copy", "Copy the selected cards to the clipboard", Key.Copy, "copy"),
        paste=_action(parent, "&Paste", "Paste cards (or lines of text) at the current cell", Key.Paste, "paste"),
        duplicate=_action(parent, "D&uplicate", "Duplicate the selected cards", "Ctrl+D", "duplicate"),
        delete=_action(
            parent,
            "&Delete",
            "Delete the selection",
            [QKeySequence(Qt.Key.Key_Delete), QKeySequence(Qt.Key.Key_Backspace)],
            "delete",
        ),
        select_all=_action(parent, "Select &All", "Select every card of the journey", Key.SelectAll),
        edit_in_place=_action(parent, "&Edit in Place", "Edit the selected card's title or the name in place", "F2"),
        comment=_action(
            parent,
            "Co&mment…",
            "Comment on the selected card or stage (on the journey when neither is selected)",
            "Ctrl+Alt+M",
            "comment",
        ),
        preferences=_action(parent, "Pre&ferences…", "Your name for comments", Key.Preferences),
        zoom_in=_action(parent, "Zoom &In", "Zoom in", keys(Key.ZoomIn, "Ctrl+="), "zoom_in"),
        zoom_out=_action(parent, "Zoom &Out", "Zoom out", Key.ZoomOut, "zoom_out"),
        actual_size=_action(parent, "&Actual Size", "Show the map at 100%", "Ctrl+0", "zoom_actual"),
        zoom_to_fit=_action(parent, "Zoom to &Fit", "Show the whole map", "Ctrl+9", "zoom_fit"),
        show_links=_action(parent, "Show &Links", "Draw lines from each improvement action to its pain points"),
        new_journey=_action(parent, "&New Journey", "Add a journey to the project, e.g. for another persona"),
        future_state=_action(
            parent,
            "Duplicate as &Future State",
            "Copy this journey as its future state, to design how it should become",
        ),
        compare=_action(
            parent,
            "&Compare with Current State…",
            "Both emotion curves, and what the future state does to each pain point",
        ),
        delete_journey=_action(parent, "&Delete Journey", "Delete this journey (a project keeps at least one)"),
        focus_mode=_action(
            parent, "&Focus Mode", "Show the map alone, full screen (F11 or Escape to leave)", "F11", "workshop-focus"
        ),
        leave_focus_mode=_action(
            parent, "Lea&ve Focus Mode", "Leave focus mode: the docks, bars and menus come back", "Escape"
        ),
        present=_action(
            parent,
            "&Present",
            "Walk the room through the map, one stage at a time, full screen",
            "F5",
            "workshop-present",
        ),
        start_vote=_action(
            parent, "&Start Vote…", "Everyone spends a few dots on the cards that matter most", None, "workshop-vote"
        ),
        end_vote=_action(parent, "&End Vote", "End the running vote and show its results"),
        capture=_action(
            parent,
            "&Capture Bar",
            "Type cards one after another into the current cell; Tab moves to the next cell",
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")],
            "workshop-capture",
        ),
        timer_pause=_action(parent, "&Pause Timer", "Pause or resume the countdown"),
        timer_add_minute=_action(parent, "&Add a Minute", "One more minute on the countdown"),
        timer_stop=_action(parent, "&Stop Timer", "Stop the countdown and hide it"),
        timer_sound=_action(parent, "Sound at &Zero", "Play a chime when the countdown reaches zero"),
        shortcuts=_action(parent, "&Keyboard Shortcuts", "Every key JourneyDesk knows", Key.HelpContents, "help"),
        about=_action(parent, "&About JourneyDesk", "Version and licence"),
        insert=insert,
        timer={
            minutes: _action(parent, f"&{minutes} Minutes", f"Count down {minutes} minutes, shown large over the map")
            for minutes in TIMER_PRESETS
        },
        themes={
            name: _action(parent, f"&{name.label}", f"Show JourneyDesk in the {name.label.lower()} theme")
            for name in ThemeName
        },
        export={
            format_.key: _action(parent, format_.menu_text, format_.description, format_.shortcut)
            for format_ in exporters()
        },
    )
    actions.themes[ThemeName.SYSTEM].setStatusTip("Follow the system's light or dark appearance")
    for action in (actions.focus_mode, actions.timer_sound):
        action.setCheckable(True)
    actions.leave_focus_mode.setEnabled(False)
    actions.end_vote.setEnabled(False)
    for action in (actions.timer_pause, actions.timer_add_minute, actions.timer_stop):
        action.setEnabled(False)
    for action in actions.canvas_actions():
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return actions
