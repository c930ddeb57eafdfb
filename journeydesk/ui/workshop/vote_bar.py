"""The bar above the map while a vote runs: whose turn it is, their dots left, the cards they put
them on (click one to take a dot back), and handing over. Nobody else's dots show until the end."""

from collections import Counter
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from journeydesk.model.cells import CellIndex
from journeydesk.model.votes import VoteRound
from journeydesk.style.icons import pixmap
from journeydesk.style.theming import current

MESSAGE_MS = 4000
CHIP_TITLE = 28  # characters of a card's title on its chip


class VoteBar(QFrame):
    take_back = Signal(str)  # card id
    next_participant = Signal()
    add_participant = Signal()
    end_vote = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("workshopBar")
        self.icon = QLabel()
        self.title = QLabel()
        self.title.setObjectName("barTitle")
        self.turn = QLabel()
        self.turn.setTextFormat(Qt.TextFormat.RichText)
        self.chip_row = self._chip_row()
        self.message = QLabel()
        self.message.setObjectName("hint")
        self.next_button = QPushButton()
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.next_participant)
        self.join_button = QPushButton("Add Participant…")
        self.join_button.clicked.connect(self.add_participant)
        self.end_button = QPushButton("End Vote")
        self.end_button.setToolTip("End the vote and show its results")
        self.end_button.clicked.connect(self.end_vote)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 10, 6)
        row.setSpacing(10)
        for widget in (self.icon, self.title, self.turn):
            row.addWidget(widget)
        row.addWidget(self.chip_row, 1)
        row.addWidget(self.message)
        for button in (self.next_button, self.join_button, self.end_button):
            row.addWidget(button)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message.clear)
        self.hide()

    def _chip_row(self) -> QScrollArea:
        """The chips scroll sideways when there are more than fit: however many cards a person dots,
        the bar never asks the window for more width."""
        holder = QWidget()
        holder.setObjectName("voteChips")
        self.chips = QHBoxLayout(holder)
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.setSpacing(4)
        self.chips.addStretch()
        scroller = QScrollArea()
        scroller.setWidget(holder)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        scroller.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        scroller.viewport().setAutoFillBackground(False)
        holder.setAutoFillBackground(False)  # setWidget turned it on: the bar's colour shows through
        return scroller

    def show_vote(self, vote: VoteRound | None, index: CellIndex) -> None:
        """The running vote as its current participant should see it (or nothing)."""
        self.setVisible(vote is not None)
        if vote is None:
            return
        self.icon.setPixmap(pixmap("workshop-vote", current().chrome.accent, 20, self.devicePixelRatioF()))
        self.title.setText(f"{vote.name} · {vote.targets.label.lower()}")
        current_ballot = vote.current
        done = current_ballot is None
        if done:
            self.turn.setText("Everyone has voted.")
        else:
            left = vote.dots_left()
            dots = "●" * (vote.dots_per_participant - left) + "○" * left
            who = vote.participant_label(vote.turn)
            self.turn.setText(
                f"<b>{escape(who)}</b>’s turn ({vote.turn + 1} of {len(vote.ballots)}) · "
                f"<span style='letter-spacing:2px'>{dots}</span> {left} left"
            )
        self._show_chips(Counter(current_ballot.dots) if current_ballot else Counter(), index)
        following = vote.turn + 1
        self.next_button.setVisible(not done)
        self.next_button.setText(
            f"Done, next: {vote.participant_label(following)}" if following < len(vote.ballots) else "Done"
        )
        self.join_button.setVisible(done)
        self.end_button.setText("End Vote and Show Results" if done else "End Vote")

    def say(self, text: str) -> None:
        self.message.setText(text)
        self._message_timer.start(MESSAGE_MS)

    def chip_buttons(self) -> list[QToolButton]:
        items = (self.chips.itemAt(number) for number in range(self.chips.count()))
        return [button for item in items if item is not None and isinstance(button := item.widget(), QToolButton)]

    def _show_chips(self, dots: Counter[str], index: CellIndex) -> None:
        for chip in self.chip_buttons():
            self.chips.removeWidget(chip)
            chip.hide()
            chip.deleteLater()
        for card_id, count in dots.items():
            if card_id not in index:
                continue
            title = index.card(card_id).title or "(untitled)"
            short = title if len(title) <= CHIP_TITLE else title[: CHIP_TITLE - 1] + "…"
            chip = QToolButton()
            chip.setObjectName("voteChip")
            chip.setText(f"{short}  {'●' * count}  ✕")
            chip.setToolTip(f"Take back a dot from “{title}”")
            chip.setProperty("card_id", card_id)
            chip.clicked.connect(lambda _=False, c=card_id: self.take_back.emit(c))
            self.chips.insertWidget(self.chips.count() - 1, chip)  # before the stretch
