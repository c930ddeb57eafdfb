"""Field editors for the inspector. Each edits one field of the object it is bound to.

Typing pushes mergeable edits, so a burst of typing is one undo step; leaving the editor ends it.
Widgets are refreshed from the model without pushing anything.
"""

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from journeydesk.layout import theme
from journeydesk.model.defaults import STAGE_PALETTE

Commit = Callable[[Any, bool], None]  # (value, merge)


def caret_after(old: str, new: str, caret: int) -> int:
    """Where a caret at ``caret`` in ``old`` belongs once the text is ``new``: before the first
    difference it stays, after it it moves by the difference in length."""
    common = 0
    while common < min(len(old), len(new), caret) and old[common] == new[common]:
        common += 1
    return caret if common >= caret else max(0, min(len(new), caret + len(new) - len(old)))


def leaves_undo_to_the_map(event: QEvent, can_undo: bool, can_redo: bool) -> bool:
    """Whether the undo or redo key pressed in a text field belongs to the window: a field keeps the
    keys while it has typing of its own to undo or redo, and lets them through when it has none."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    if event.matches(QKeySequence.StandardKey.Undo):
        return not can_undo
    return event.matches(QKeySequence.StandardKey.Redo) and not can_redo


class LineField(QLineEdit):
    """One line of text; every keystroke is an edit, merged until the field is left."""

    def __init__(self, commit: Commit, end_session: Callable[[], None], max_length: int, placeholder: str = "") -> None:
        super().__init__()
        self.setMaxLength(max_length)
        self.setPlaceholderText(placeholder)
        self.textEdited.connect(lambda text: commit(text, True))
        self.editingFinished.connect(end_session)

    def event(self, event: QEvent) -> bool:
        if leaves_undo_to_the_map(event, self.isUndoAvailable(), self.isRedoAvailable()):
            return False
        return super().event(event)

    def show_value(self, value: str) -> None:
        old = self.text()
        if old != value:
            cursor = self.cursorPosition()
            with QSignalBlocker(self):
                self.setText(value)
            if not self.hasFocus():
                self.setCursorPosition(0)  # a long value shows its start, not its end
            else:  # someone else typed in it (a live session): the caret stays in the same words
                self.setCursorPosition(caret_after(old, value, cursor))


class TextField(QPlainTextEdit):
    """Several lines of text, like :class:`LineField`."""

    def __init__(
        self, commit: Commit, end_session: Callable[[], None], max_length: int, placeholder: str = "", lines: int = 3
    ) -> None:
        super().__init__()
        self._commit, self._end_session, self._max_length = commit, end_session, max_length
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setFixedHeight(int(self.fontMetrics().lineSpacing() * lines + 14))
        self.textChanged.connect(self._changed)

    def event(self, event: QEvent) -> bool:
        history = self.document()
        if leaves_undo_to_the_map(event, history.isUndoAvailable(), history.isRedoAvailable()):
            return False
        return super().event(event)

    def _changed(self) -> None:
        text = self.toPlainText()
        if len(text) > self._max_length:
            text = text[: self._max_length]
            with QSignalBlocker(self):
                self.setPlainText(text)
                self.moveCursor(self.textCursor().MoveOperation.End)
        self._commit(text, True)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self._end_session()

    def show_value(self, value: str) -> None:
        old = self.toPlainText()
        if old != value:
            position = self.textCursor().position()
            with QSignalBlocker(self):
                self.setPlainText(value)
            if self.hasFocus():  # someone else typed in it (a live session): the caret stays in the same words
                cursor = self.textCursor()
                cursor.setPosition(caret_after(old, value, position))
                self.setTextCursor(cursor)


class ChoiceField(QComboBox):
    """One of a list of values, each with a label and an optional icon.

    The values stay Python objects here: a combo box's item data would turn enums into strings.
    """

    def __init__(self, commit: Commit, choices: Sequence[tuple[Any, str, QIcon | None]]) -> None:
        super().__init__()
        self._values: list[Any] = []
        self.set_choices(choices)
        self.activated.connect(lambda index: commit(self._values[index], False))

    def set_choices(self, choices: Sequence[tuple[Any, str, QIcon | None]]) -> None:
        with QSignalBlocker(self):
            self.clear()
            self._values = [value for value, _, _ in choices]
            for _, label, icon in choices:
                if icon is None:
                    self.addItem(label)
                else:
                    self.addItem(icon, label)

    def value_at(self, index: int) -> Any:
        return self._values[index]

    def index_of(self, value: Any) -> int:
        return self._values.index(value) if value in self._values else -1

    def show_value(self, value: Any) -> None:
        with QSignalBlocker(self):
            self.setCurrentIndex(self.index_of(value))


class SegmentedField(QWidget):
    """A row of toggle buttons, one per value: ratings 1-5, emotions -2..+2. ``tips`` name the values
    whose button shows a sign rather than words (its tooltip and what a screen reader says)."""

    def __init__(
        self,
        commit: Commit,
        choices: Sequence[tuple[Any, str, str]],
        allow_none: bool = False,
        tips: Mapping[Any, str] | None = None,
    ) -> None:
        super().__init__()
        self._values = [value for value, _, _ in choices]
        self._allow_none = allow_none
        self._current: Any = None
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(3)
        for number, (value, label, color) in enumerate(choices):
            button = QToolButton()
            button.setText(label)
            button.setCheckable(True)
            tip = (tips or {}).get(value, str(value))
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setMinimumWidth(28)
            button.setObjectName("segment")
            button.setStyleSheet(_segment_style(color))
            self._group.addButton(button, number)
            row.addWidget(button)
        row.addStretch()
        self._group.buttonClicked.connect(lambda button: self._clicked(button, commit))

    def _clicked(self, button: QAbstractButton, commit: Commit) -> None:
        value = self._values[self._group.id(button)]
        if value == self._current and self._allow_none:
            value = None
        self.show_value(value)
        commit(value, False)

    def show_value(self, value: Any) -> None:
        self._current = value
        for number, candidate in enumerate(self._values):
            self._group.button(number).setChecked(candidate == value)


def _segment_style(color: str) -> str:
    """The checked look in the value's own colour, in the ink that reads on it; the rest comes from the
    theme's style sheet."""
    ink = theme.ink_on(color)
    return f"QToolButton:checked {{ background: {color}; border-color: {color}; color: {ink}; font-weight: 600; }}"


class ColorField(QToolButton):
    """A colour swatch; clicking offers the stage palette and a custom colour."""

    def __init__(self, commit: Commit) -> None:
        super().__init__()
        self._commit = commit
        self._color = "#000000"
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        menu = QMenu(self)
        for color in STAGE_PALETTE:
            menu.addAction(_swatch(color), color).triggered.connect(lambda _=False, c=color: self._commit(c, False))
        menu.addSeparator()
        menu.addAction("Custom colour…").triggered.connect(self._custom)
        self.setMenu(menu)

    def _custom(self) -> None:
        color = QColorDialog.getColor(QColor(self._color), self, "Stage colour")
        if color.isValid():
            self._commit(color.name(), False)

    def show_value(self, value: str) -> None:
        self._color = value
        self.setIcon(_swatch(value))
        self.setText(value)


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class DateField(QWidget):
    """An optional date: a check box says whether there is one."""

    def __init__(self, commit: Commit) -> None:
        super().__init__()
        self._commit = commit
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox()
        self.enabled.setToolTip("Has a due date")
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        row.addWidget(self.enabled)
        row.addWidget(self.date, 1)
        self.enabled.toggled.connect(self._changed)
        self.date.dateChanged.connect(self._changed)

    def _changed(self) -> None:
        self.date.setEnabled(self.enabled.isChecked())
        self._commit(self.value(), False)

    def value(self) -> dt.date | None:
        if not self.enabled.isChecked():
            return None
        qdate = self.date.date()
        return dt.date(qdate.year(), qdate.month(), qdate.day())

    def show_value(self, value: dt.date | None) -> None:
        with QSignalBlocker(self.enabled), QSignalBlocker(self.date):
            self.enabled.setChecked(value is not None)
            self.date.setEnabled(value is not None)
            self.date.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())


class TagsField(QLineEdit):
    """Tags separated by commas, applied when the field is left."""

    def __init__(self, commit: Commit) -> None:
        super().__init__()
        self.setPlaceholderText("comma, separated, tags")
        self.editingFinished.connect(lambda: commit(parse_tags(self.text()), False))

    def show_value(self, value: list[str]) -> None:
        text = ", ".join(value)
        if self.text() != text and not self.hasFocus():
            self.setText(text)


def parse_tags(text: str) -> list[str]:
    tags = [tag.strip()[:60] for tag in text.split(",")]
    return list(dict.fromkeys(tag for tag in tags if tag))[:100]


class ChecklistField(QListWidget):
    """A checkable list of (id, label): the pain points an action addresses."""

    def __init__(self, commit: Commit) -> None:
        super().__init__()
        self._commit = commit
        self.setMinimumHeight(90)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.itemChanged.connect(self._item_changed)

    def set_choices(self, choices: Sequence[tuple[str, str, str]], checked: Sequence[str]) -> None:
        """``choices`` are (id, label, colour of the marker)."""
        with QSignalBlocker(self):
            self.clear()
            for item_id, label, color in choices:
                item = QListWidgetItem(_swatch(color), label)
                item.setToolTip(label)
                item.setData(Qt.ItemDataRole.UserRole, item_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked)
                self.addItem(item)
            if not choices:
                placeholder = QListWidgetItem("No pain points in this journey yet")
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                placeholder.setForeground(QColor(theme.MUTED_TEXT))
                self.addItem(placeholder)

    def checked_ids(self) -> list[str]:
        return [
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self._commit(self.checked_ids(), False)
