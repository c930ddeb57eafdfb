"""The Comments dock: the journey's threads (filtered by author, by mention, open or all), the
conversation of the one selected, and a box to write a new comment or a reply.

Clicking a thread finds what it is about on the map. Every change is an undoable step of
:class:`~journeydesk.document.comment_edits.CommentEdits`, signed with the name :attr:`author` gives
(None: the person declined to give one, and nothing is written).
"""

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journeydesk.document import ChangeSet, JourneyDocument, Ref
from journeydesk.document.edits import Edits
from journeydesk.model.comments import CommentThread, Reply, authors, mention_spans, thread_mentions
from journeydesk.model.journey import Journey
from journeydesk.model.words import count
from journeydesk.style.icons import icon

EVERYONE = "Everyone"
ANYONE = "Anyone"
SEND_KEYS = "Ctrl+Return"


def target_ref(journey: Journey, target: str) -> Ref:
    if target == journey.id:
        return Ref.journey(journey.id)
    if any(stage.id == target for stage in journey.stages):
        return Ref.stage(journey.id, target)
    return Ref.card(journey.id, target)


def when(message: CommentThread | Reply) -> str:
    return message.time.strftime("%d %b %Y, %H:%M")


def _with_mentions_bold(text: str, names: list[str]) -> str:
    """``text`` as HTML, escaped, its mentions in bold."""
    parts, at = [], 0
    for start, end, _ in mention_spans(text, names):
        parts += [html.escape(text[at:start]), f"<b>{html.escape(text[start:end])}</b>"]
        at = end
    parts.append(html.escape(text[at:]))
    return "".join(parts)


class Composer(QPlainTextEdit):
    """The text box for a comment: Ctrl+Enter posts it (before the window's capture bar claims the key)."""

    submitted = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_send(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if _is_send(event):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


def _is_send(event: QEvent) -> bool:
    return (
        isinstance(event, QKeyEvent)
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    )


class CommentsPanel(QWidget):
    target_clicked = Signal(object)  # Ref of what the clicked thread is about

    def __init__(self, author: Callable[[], str | None]) -> None:
        super().__init__()
        self.author = author
        self.document: JourneyDocument | None = None
        self.edits: Edits | None = None
        self.journey_id = ""
        self.new_target: str | None = None  # the composer opens a thread on this, else replies
        self.by_author, self.by_mention = QComboBox(), QComboBox()
        self.by_author.setObjectName("commentAuthorFilter")
        self.by_mention.setObjectName("commentMentionFilter")
        for combo in (self.by_author, self.by_mention):  # a long name must not widen the window's column
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.show_resolved = QCheckBox("Show resolved")
        self.list = QListWidget()
        self.list.setObjectName("commentThreads")
        self.list.setWordWrap(False)
        self.list.setUniformItemSizes(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.conversation = QTextBrowser()
        self.conversation.setObjectName("commentConversation")
        self.conversation.setOpenLinks(False)
        self.target = QLabel()
        self.target.setObjectName("commentTarget")
        self.target.setWordWrap(True)
        self.composer = Composer()
        self.composer.setObjectName("commentComposer")
        self.composer.setFixedHeight(56)
        self.composer.setPlaceholderText("Write a comment; @Name or @First name mentions someone who commented before")
        self.send = QPushButton("Reply")
        self.send.setObjectName("commentSend")
        self.send.setToolTip(f"Post it ({QKeySequence(SEND_KEYS).toString(QKeySequence.SequenceFormat.NativeText)})")
        self.resolve = QPushButton("Resolve")
        self.delete = QPushButton(icon("action-delete"), "")
        self.delete.setToolTip("Delete the thread with its replies")
        self.delete.setAccessibleName("Delete thread")
        self._lay_out()
        self.by_author.currentIndexChanged.connect(self.refresh)
        self.by_mention.currentIndexChanged.connect(self.refresh)
        self.show_resolved.toggled.connect(self.refresh)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.list.itemClicked.connect(self._clicked)
        self.composer.textChanged.connect(self._update_buttons)
        self.send.clicked.connect(self.post)
        self.composer.submitted.connect(self.post)
        self.resolve.clicked.connect(self._toggle_resolved)
        self.delete.clicked.connect(self._delete)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.setSpacing(6)
        for label, combo in (("By", self.by_author), ("Mentions", self.by_mention)):
            caption = QLabel(label)
            caption.setObjectName("hint")
            filters.addWidget(caption)
            filters.addWidget(combo, 1)
        state = QHBoxLayout()
        state.addWidget(self.summary, 1)
        state.addWidget(self.show_resolved)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resolve)
        buttons.addWidget(self.delete)
        buttons.addStretch()
        buttons.addWidget(self.send)
        heading = QLabel("Conversation")
        heading.setObjectName("sectionTitle")
        body = QWidget()
        body.setObjectName("commentsBody")
        self.scroller = QScrollArea()  # on a short screen the panel scrolls, rather than push the window past it
        self.scroller.setObjectName("commentsScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        column = QVBoxLayout(body)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(6)
        column.addLayout(filters)
        column.addLayout(state)
        column.addWidget(self.list, 1)
        column.addWidget(heading)
        column.addWidget(self.conversation, 1)
        column.addWidget(self.target)
        column.addWidget(self.composer)
        column.addLayout(buttons)

    # Following the document

    def bind(self, document: JourneyDocument, edits: Edits, journey_id: str) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_changed)
        self.document, self.edits = document, edits
        document.changed.connect(self._on_changed)
        self.show_journey(journey_id)

    def show_journey(self, journey_id: str) -> None:
        if journey_id != self.journey_id:
            self.new_target = None
        self.journey_id = journey_id
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.journey_id in changes.comments or self.journey_id in changes.journeys or changes.project:
            self.refresh()

    @property
    def journey(self) -> Journey:
        assert self.document is not None
        return self.document.journey(self.journey_id)

    def threads(self) -> list[CommentThread]:
        """The journey's threads the filters let through, newest activity first."""
        journey = self.journey
        names = authors(journey.comments)
        who, mentioned = self._choice(self.by_author, EVERYONE), self._choice(self.by_mention, ANYONE)
        shown = [
            thread
            for thread in journey.comments
            if (self.show_resolved.isChecked() or not thread.resolved)
            and (who is None or who in {message.author for message in thread.messages})
            and (mentioned is None or mentioned in thread_mentions(thread, names))
        ]
        return sorted(shown, key=lambda thread: thread.last_time, reverse=True)

    def refresh(self) -> None:
        if self.document is None or self.journey_id not in {j.id for j in self.document.project.journeys}:
            return
        journey = self.journey
        names = authors(journey.comments)
        self._fill_filter(self.by_author, EVERYONE, names)
        self._fill_filter(
            self.by_mention, ANYONE, sorted({n for t in journey.comments for n in thread_mentions(t, names)})
        )
        current = self.current_thread_id()
        self.list.blockSignals(True)
        self.list.clear()
        for thread in self.threads():
            item = QListWidgetItem(self._row_text(journey, thread))
            item.setData(Qt.ItemDataRole.UserRole, thread.id)
            item.setIcon(icon("action-resolved" if thread.resolved else "action-comment"))
            item.setToolTip(thread.text)
            self.list.addItem(item)
            if thread.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        open_threads = sum(not thread.resolved for thread in journey.comments)
        self.summary.setText(f"{count(open_threads, 'open thread')} · {len(journey.comments)} in all")
        self._show_current()

    def _row_text(self, journey: Journey, thread: CommentThread) -> str:
        """Two lines, each cut to the list's width: what it is about and who says what, then how much
        was said and when."""
        replies = f"{count(len(thread.replies), 'reply', 'replies')} · " if thread.replies else ""
        state = " · resolved" if thread.resolved else ""
        first_line = " ".join(thread.text.split())
        return f"{thread.author}: {first_line}\n{journey.target_label(thread.target)} · {replies}{when(thread)}{state}"

    @staticmethod
    def _fill_filter(combo: QComboBox, everyone: str, names: list[str]) -> None:
        chosen = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems([everyone, *names])
        combo.setCurrentIndex(max(0, combo.findText(chosen)))
        combo.blockSignals(False)

    @staticmethod
    def _choice(combo: QComboBox, everyone: str) -> str | None:
        return None if combo.currentIndex() <= 0 or combo.currentText() == everyone else combo.currentText()

    # The selected thread

    def current_thread_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_thread(self) -> CommentThread | None:
        thread_id = self.current_thread_id()
        return next((thread for thread in self.journey.comments if thread.id == thread_id), None)

    def select_thread(self, thread_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == thread_id:
                self.list.setCurrentRow(row)
                return

    def _clicked(self, item: QListWidgetItem) -> None:
        self.new_target = None
        thread = self.current_thread()
        if thread is not None:
            self.target_clicked.emit(target_ref(self.journey, thread.target))
        self._show_current()

    def _show_current(self) -> None:
        thread = self.current_thread()
        journey = self.journey
        if thread is None:
            self.conversation.setHtml(f"<p style='color:gray'>{self._empty_hint()}</p>")
        else:
            self.conversation.setHtml(self._conversation_html(journey, thread))
        if self.new_target is not None:
            self.target.setText(f"New comment on {journey.target_label(self.new_target)}")
        elif thread is not None:
            self.target.setText(f"Reply to {thread.author} on {journey.target_label(thread.target)}")
        else:
            self.target.setText("Choose a thread to reply, or press Ctrl+Alt+M to comment on the selection")
        self._update_buttons()

    def _empty_hint(self) -> str:
        if not self.journey.comments:
            return "No comments yet."
        return "Choose a thread to read it." if self.list.count() else "No thread matches the filters."

    @staticmethod
    def _conversation_html(journey: Journey, thread: CommentThread) -> str:
        names = authors(journey.comments)
        parts = [f"<p><b>{html.escape(journey.target_label(thread.target))}</b></p>"]
        for message in thread.messages:
            text = _with_mentions_bold(message.text, names)
            parts.append(
                f"<p><b>{html.escape(message.author)}</b> <span style='color:gray'>{when(message)}</span><br>"
                + text.replace("\n", "<br>")
                + "</p>"
            )
        if thread.resolved:
            parts.append("<p style='color:gray'><i>Resolved</i></p>")
        return "".join(parts)

    def _update_buttons(self) -> None:
        thread = self.current_thread() if self.document is not None else None
        writing_new = self.new_target is not None
        self.send.setText("Comment" if writing_new else "Reply")
        self.send.setEnabled(bool(self.composer.toPlainText().strip()) and (writing_new or thread is not None))
        self.resolve.setEnabled(thread is not None and not writing_new)
        self.resolve.setText("Reopen" if thread is not None and thread.resolved else "Resolve")
        self.delete.setEnabled(thread is not None and not writing_new)

    # Writing

    def start_comment(self, target: str) -> None:
        """Open the composer on a new thread about ``target`` (a card, a stage or the journey)."""
        self.new_target = target
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._show_current()
        self.composer.setFocus()
        QTimer.singleShot(0, self, self._reveal_composer)  # once the dock, perhaps just shown, has its size

    def _reveal_composer(self) -> None:
        """The composer and its buttons in sight, where a short panel scrolls."""
        self.scroller.ensureWidgetVisible(self.send, 0, 8)
        self.scroller.ensureWidgetVisible(self.composer, 0, 8)

    def post(self) -> None:
        text = self.composer.toPlainText().strip()
        thread = self.current_thread()
        if not text or self.edits is None or (self.new_target is None and thread is None):
            return
        author = self.author()
        if not author:
            return
        if self.new_target is not None:
            thread_id = self.edits.add_comment(self.journey_id, self.new_target, author, text)
            self.new_target = None
        else:
            assert thread is not None
            thread_id = thread.id
            self.edits.reply(self.journey_id, thread_id, author, text)
        self.composer.clear()
        self.refresh()
        self.select_thread(thread_id)
        bar = self.conversation.verticalScrollBar()
        bar.setValue(bar.maximum())  # what was just posted, at the end of the conversation

    def _toggle_resolved(self) -> None:
        thread = self.current_thread()
        if thread is not None and self.edits is not None:
            self.edits.set_resolved(self.journey_id, thread.id, not thread.resolved)

    def _delete(self) -> None:
        thread = self.current_thread()
        if thread is not None and self.edits is not None:
            self.edits.delete_comment(self.journey_id, thread.id)
