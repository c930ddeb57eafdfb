"""Workshop > Start Vote…: what the vote is on, how many dots each, who votes (by name, or how many
anonymously), at most one dot per card or not, and an optional time limit."""

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeydesk.model.enums import VoteTargets
from journeydesk.model.ids import new_id
from journeydesk.model.journey import Journey
from journeydesk.model.types import NAME_MAX
from journeydesk.model.votes import (
    DEFAULT_DOTS,
    MAX_DOTS,
    MAX_MINUTES,
    MAX_PARTICIPANTS,
    TARGET_KINDS,
    VoteRound,
    new_round,
    next_round_name,
)

DEFAULT_ANONYMOUS = 5
DEFAULT_MINUTES = 5


def participant_names(text: str) -> list[str]:
    return [line.strip()[:NAME_MAX] for line in text.replace(",", "\n").splitlines() if line.strip()]


class VoteSetupDialog(QDialog):
    def __init__(self, journey: Journey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journey = journey
        self.setWindowTitle("Start a vote")
        self._make_fields()
        self._lay_out()
        self._take_from_last_vote()
        self._validate()

    def _make_fields(self) -> None:
        self.name = QLineEdit(next_round_name(self.journey.votes))
        self.name.setMaxLength(NAME_MAX)
        self.targets = QComboBox()
        for targets in VoteTargets:
            self.targets.addItem(targets.label, targets)
        self.targets.currentIndexChanged.connect(self._validate)
        self.dots = QSpinBox()
        self.dots.setRange(1, MAX_DOTS)
        self.dots.setValue(DEFAULT_DOTS)
        self.dots.setSuffix(" dots each")
        self.named = QRadioButton("By name, in this order")
        self.anonymous = QRadioButton("Anonymously")
        group = QButtonGroup(self)
        group.addButton(self.named)
        group.addButton(self.anonymous)
        self.names = QPlainTextEdit()
        self.names.setPlaceholderText("One name per line")
        self.names.setFixedHeight(96)
        self.names.textChanged.connect(self._validate)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_PARTICIPANTS)
        self.count.setValue(DEFAULT_ANONYMOUS)
        self.count.setSuffix(" people")
        self.named.toggled.connect(self._validate)
        self.one_per_card = QCheckBox("At most one dot per card")
        self.limited = QCheckBox("Time limit")
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(" min")
        self.limited.toggled.connect(self.minutes.setEnabled)
        self.minutes.setEnabled(False)
        self.problem = QLabel()
        self.problem.setObjectName("hint")
        self.problem.setWordWrap(True)

    def _lay_out(self) -> None:
        heading = QLabel("Start a dot vote")
        heading.setObjectName("dialogHeading")
        explain = QLabel(
            "Everyone spends a few dots on the cards that matter most. On one laptop people vote in turns; "
            "the tally stays hidden until the vote ends."
        )
        explain.setWordWrap(True)
        explain.setObjectName("hint")
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.limited)
        limit_row.addWidget(self.minutes)
        limit_row.addStretch()
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Vote on", self.targets)
        form.addRow("Dots", self.dots)
        form.addRow("Participants", self.named)
        form.addRow("", self.names)
        form.addRow("", self.anonymous)
        form.addRow("", self.count)
        form.addRow("", self.one_per_card)
        form.addRow("", limit_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton("Start Vote", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(explain)
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addWidget(self.buttons)

    def _take_from_last_vote(self) -> None:
        """The same people as last time, and the same rules: a workshop votes more than once."""
        last = self.journey.votes[-1] if self.journey.votes else None
        if last is None:
            self.named.setChecked(True)
            return
        self.dots.setValue(last.dots_per_participant)
        self.one_per_card.setChecked(last.one_dot_per_card)
        if last.anonymous:
            self.anonymous.setChecked(True)
            self.count.setValue(len(last.ballots))
        else:
            self.named.setChecked(True)
            self.names.setPlainText("\n".join(ballot.participant for ballot in last.ballots))

    def _validate(self) -> None:
        named = self.named.isChecked()
        self.names.setEnabled(named)
        self.count.setEnabled(not named)
        problem = ""
        names = participant_names(self.names.toPlainText())
        if named and not names:
            problem = "Write the participants' names, one per line, or let them vote anonymously."
        elif named and len(set(names)) != len(names):
            twice = next(name for name in names if names.count(name) > 1)
            problem = f"“{twice}” is written twice: give each participant a name of their own."
        elif named and len(names) > MAX_PARTICIPANTS:
            problem = f"A vote has at most {MAX_PARTICIPANTS} participants."
        targets: VoteTargets = self.targets.currentData()
        candidates = sum(1 for card in self.journey.cards if card.kind in TARGET_KINDS[targets])
        if not problem and not candidates:
            problem = f"There are no {targets.label.lower()} on this journey to vote on yet."
        self.problem.setText(problem or f"{candidates} cards to vote on.")
        self.start_button.setEnabled(not problem)

    def vote(self) -> VoteRound:
        """The round the dialog describes, ready to start."""
        participants: list[str] | int = (
            participant_names(self.names.toPlainText()) if self.named.isChecked() else self.count.value()
        )
        return new_round(
            new_id("vote"),
            self.name.text().strip() or next_round_name(self.journey.votes),
            participants,
            self.targets.currentData(),
            self.dots.value(),
            self.one_per_card.isChecked(),
            self.minutes.value() if self.limited.isChecked() else None,
        )
