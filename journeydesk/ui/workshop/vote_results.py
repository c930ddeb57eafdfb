"""Vote results: the cards ranked by their dots (with who put them there, in a named vote), in the
Votes dock for every round of the journey and, large, when a vote ends. A running vote's tally stays
hidden: the dock says only how far the turns have come."""

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk.model.journey import Journey
from journeydesk.model.votes import VoteRound, ranking
from journeydesk.style.icons import icon
from journeydesk.style.theming import current
from journeydesk.ui.tree_items import top_level_items


def describe(vote: VoteRound) -> str:
    """``Pain points · 3 dots each · one per card · 5 min · 4 named participants``."""
    people = len(vote.ballots)
    parts = [
        vote.targets.label,
        f"{vote.dots_per_participant} dot{'s' * (vote.dots_per_participant != 1)} each",
        "one per card" if vote.one_dot_per_card else "",
        f"{vote.time_limit_minutes} min" if vote.time_limit_minutes else "",
        f"{people} {'anonymous' if vote.anonymous else 'named'} participant{'s' * (people != 1)}",
    ]
    return " · ".join(part for part in parts if part)


class RankedList(QTreeWidget):
    """Rank, card, dots; under each card, the participants who voted for it (named votes only)."""

    card_clicked = Signal(str)

    def __init__(self, scale: float = 1.0) -> None:
        super().__init__()
        self.setHeaderLabels(["#", "Card", "Dots"])
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(False)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        if scale != 1.0:
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            self.setFont(font)
        self.itemClicked.connect(self._clicked)

    def show_vote(self, vote: VoteRound, journey: Journey) -> None:
        self.clear()
        marks = current().kinds
        stages = {stage.id: stage.name for stage in journey.stages}
        rank, previous = 0, None
        for number, (card, dots) in enumerate(ranking(vote, journey.cards), 1):
            if dots != previous:
                rank, previous = number, dots
            item = QTreeWidgetItem([str(rank), card.title or "(untitled)", str(dots)])
            item.setIcon(1, icon(marks[card.kind].icon, marks[card.kind].color))
            item.setToolTip(1, f"{card.kind.label} in {stages.get(card.stage_id, '')}")
            item.setData(0, Qt.ItemDataRole.UserRole, card.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignCenter)
            for name, count in vote.voters(card.id):
                voter = QTreeWidgetItem(["", name, str(count)])
                voter.setData(0, Qt.ItemDataRole.UserRole, card.id)
                voter.setTextAlignment(2, Qt.AlignmentFlag.AlignCenter)
                item.addChild(voter)
            self.addTopLevelItem(item)

    def ranked(self) -> list[tuple[str, int]]:
        """(card title, dots) from the top."""
        return [(item.text(1), int(item.text(2))) for item in top_level_items(self)]

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        card_id = item.data(0, Qt.ItemDataRole.UserRole)
        if card_id:
            self.card_clicked.emit(card_id)


class VotesPanel(QWidget):
    """The Votes dock: every round of the journey, its results, and reopen, clear, delete."""

    start_requested = Signal()
    reopen_requested = Signal(str)  # vote id
    clear_requested = Signal(str)
    delete_requested = Signal(str)
    card_clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.journey: Journey | None = None
        self.rounds = QComboBox()
        self.rounds.currentIndexChanged.connect(lambda _: self._show_selected())
        self.about = QLabel()
        self.about.setObjectName("hint")
        self.about.setWordWrap(True)
        self.list = RankedList()
        self.list.card_clicked.connect(self.card_clicked)
        self.hidden = QLabel()
        self.hidden.setWordWrap(True)
        self.hidden.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.start = QPushButton("Start Vote…")
        self.start.clicked.connect(self.start_requested)
        self.reopen = QPushButton("Reopen")
        self.reopen.setToolTip("Run this vote again from where it ended: more turns, or a late participant")
        self.clear = QPushButton("Clear")
        self.clear.setToolTip("Take back every dot and run this vote again from its first participant")
        self.delete = QPushButton(icon("action-delete"), "")  # a word would not fit the column beside the others
        self.delete.setToolTip("Remove this vote and its results")
        self.delete.setAccessibleName("Delete vote")
        self.reopen.clicked.connect(lambda: self._request(self.reopen_requested))
        self.clear.clicked.connect(lambda: self._request(self.clear_requested))
        self.delete.clicked.connect(lambda: self._request(self.delete_requested))
        buttons = QHBoxLayout()
        for button in (self.start, self.reopen, self.clear):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.delete)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.addWidget(self.rounds)
        column.addWidget(self.about)
        column.addWidget(self.list, 1)
        column.addWidget(self.hidden, 1)
        column.addLayout(buttons)

    def show_journey(self, journey: Journey) -> None:
        self.journey = journey
        chosen = self.rounds.currentData()
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for vote in reversed(journey.votes):
            self.rounds.addItem(f"{vote.name} · {'ended' if vote.closed else 'running'}", vote.id)
        index = self.rounds.findData(chosen)
        self.rounds.setCurrentIndex(index if index >= 0 else 0)
        self.rounds.blockSignals(False)
        self._show_selected()

    def select_vote(self, vote_id: str) -> None:
        self.rounds.setCurrentIndex(max(0, self.rounds.findData(vote_id)))

    def selected(self) -> VoteRound | None:
        vote_id = self.rounds.currentData()
        if self.journey is None or vote_id is None:
            return None
        return next((vote for vote in self.journey.votes if vote.id == vote_id), None)

    def _show_selected(self) -> None:
        vote = self.selected()
        running = vote is not None and not vote.closed
        someone_running = self.journey is not None and any(not item.closed for item in self.journey.votes)
        self.rounds.setVisible(vote is not None)
        self.about.setText(describe(vote) if vote else "No votes on this journey yet.")
        self.list.setVisible(vote is not None and not running)
        self.hidden.setVisible(running)
        if vote is not None and self.journey is not None:
            if running:
                turns = min(vote.turn, len(vote.ballots))
                self.hidden.setText(
                    f"This vote is running: {turns} of {len(vote.ballots)} have had their turn. "
                    "The results stay hidden until it ends."
                )
            else:
                self.list.show_vote(vote, self.journey)
        self.start.setEnabled(not someone_running)
        self.reopen.setEnabled(vote is not None and vote.closed and not someone_running)
        self.clear.setEnabled(vote is not None and (running or not someone_running) and bool(vote.tally()))
        self.delete.setEnabled(vote is not None)

    def _request(self, signal: SignalInstance) -> None:
        vote = self.selected()
        if vote is not None:
            signal.emit(vote.id)


class ResultsDialog(QDialog):
    """The results, large, for the room, as a vote ends."""

    def __init__(self, vote: VoteRound, journey: Journey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Results of {vote.name}")
        self.resize(720, 560)
        heading = QLabel(f"Results of {vote.name}")
        heading.setObjectName("dialogHeading")
        about = QLabel(describe(vote))
        about.setObjectName("hint")
        self.list = RankedList(scale=1.4)
        self.list.show_vote(vote, journey)
        self.list.expandAll()
        empty = QLabel("Nobody put a dot on any card.")
        empty.setVisible(not vote.tally())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        column = QVBoxLayout(self)
        for widget in (heading, about, empty):
            column.addWidget(widget)
        column.addWidget(self.list, 1)
        column.addWidget(buttons)
