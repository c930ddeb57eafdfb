"""The fields of a card: the common ones, then those of its kind."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QWidget

from journeydesk.layout import theme
from journeydesk.model.cards import Card, ImprovementCard, NoteCard, PainPointCard, TouchpointCard
from journeydesk.model.enums import ActionStatus, CardKind, Channel
from journeydesk.model.ratings import NOT_RATED, rating_text
from journeydesk.model.types import TEXT_MAX, TITLE_MAX
from journeydesk.style.icons import icon
from journeydesk.ui.fields import (
    ChecklistField,
    ChoiceField,
    DateField,
    LineField,
    SegmentedField,
    TagsField,
    TextField,
)
from journeydesk.ui.inspector.column_forms import EMOTION_CHOICES
from journeydesk.ui.inspector.form import Form

RATING_COLORS = ("#8a94a6", "#6f86b8", "#3d6fd9", "#2a55b8", "#1d3f8f")


NOT_RATED_TIPS = {None: NOT_RATED.capitalize()}


def rating_choices(colors: tuple[str, ...]) -> list[tuple[int | None, str, str]]:
    """1 to 5, then a dash for "Not rated" (what an imported card is until someone rates it): a word
    would not fit beside the numbers in a narrow inspector."""
    return [(value, str(value), colors[value - 1]) for value in range(1, 6)] + [(None, "–", theme.LIGHT.not_rated)]


class CardForm(Form):
    def __init__(self) -> None:
        super().__init__()
        kinds = [(kind, kind.label, icon(f"card-{kind.value}")) for kind in CardKind]
        self.kind = ChoiceField(self._change_kind, kinds)
        self.title = TextField(self.committer("title"), self.end_session, TITLE_MAX, "What happens", lines=3)
        self.description = TextField(self.committer("description"), self.end_session, TEXT_MAX, "Details", lines=4)
        self.tags = TagsField(self.committer("tags"))
        self.stage = ChoiceField(lambda value, _: self._move(stage_id=value), [])
        self.lane = ChoiceField(lambda value, _: self._move(lane_id=value), [])
        for label, widget in (
            ("Kind", self.kind),
            ("Title", self.title),
            ("Description", self.description),
            ("Tags", self.tags),
            ("Stage", self.stage),
            ("Lane", self.lane),
        ):
            self.layout_.addRow(label, widget)

        self.channel = ChoiceField(
            self.committer("channel"),
            [(None, "No channel", None)]
            + [(channel, channel.label, icon(f"channel-{channel.value}")) for channel in Channel],
        )
        self.custom_channel = LineField(self.committer("custom_channel"), self.end_session, 60, "e.g. Kiosk")
        self.emotion = SegmentedField(self.committer("emotion"), EMOTION_CHOICES, allow_none=True)
        self.severity = SegmentedField(
            self.committer("severity"), rating_choices(theme.SEVERITY_COLORS), tips=NOT_RATED_TIPS
        )
        self.impact = SegmentedField(self.committer("impact"), rating_choices(RATING_COLORS), tips=NOT_RATED_TIPS)
        self.effort = SegmentedField(self.committer("effort"), rating_choices(RATING_COLORS), tips=NOT_RATED_TIPS)
        self.owner = LineField(self.committer("owner"), self.end_session, 100, "Team or person")
        self.owner_completer = QCompleter([])
        self.owner_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner.setCompleter(self.owner_completer)
        self.status = ChoiceField(self.committer("status"), [(status, status.label, None) for status in ActionStatus])
        self.due = DateField(self.committer("due"))
        self.addresses = ChecklistField(self.committer("addresses"))
        self._kind_rows: dict[CardKind, list[QWidget]] = {
            CardKind.TOUCHPOINT: [self.channel, self.custom_channel, self.emotion],
            CardKind.PAIN_POINT: [self.severity],
            CardKind.IMPROVEMENT: [self.impact, self.effort, self.owner, self.status, self.due, self.addresses],
            CardKind.NOTE: [],
        }
        rows: tuple[tuple[str, QWidget], ...] = (
            ("Channel", self.channel),
            ("Custom channel", self.custom_channel),
            ("Emotion", self.emotion),
            ("Severity", self.severity),
            ("Impact", self.impact),
            ("Effort", self.effort),
            ("Owner", self.owner),
            ("Status", self.status),
            ("Due date", self.due),
            ("Addresses", self.addresses),
        )
        for label, row_widget in rows:
            self.layout_.addRow(label, row_widget)

    @property
    def card(self) -> Card:
        card = self.target
        assert isinstance(card, TouchpointCard | PainPointCard | ImprovementCard | NoteCard)
        return card

    def refresh(self) -> None:
        if self.document is None or self.ref is None or not self.document.exists(self.ref):
            return
        card = self.card
        journey = self.document.journey(str(self.ref.journey_id))
        self.kind.show_value(card.kind)
        self.title.show_value(card.title)
        self.description.show_value(card.description)
        self.tags.show_value(card.tags)
        self.stage.set_choices([(stage.id, stage.name, None) for stage in journey.stages])
        self.stage.show_value(card.stage_id)
        self.lane.set_choices([(lane.id, lane.name, icon(f"lane-{lane.kind.value}")) for lane in journey.lanes])
        self.lane.show_value(card.lane_id)
        for kind, widgets in self._kind_rows.items():
            for widget in widgets:
                self.layout_.setRowVisible(widget, kind is card.kind)
        if isinstance(card, TouchpointCard):
            self.channel.show_value(card.channel)
            self.custom_channel.show_value(card.custom_channel)
            self.layout_.setRowVisible(self.custom_channel, card.channel is Channel.CUSTOM)
            self.emotion.show_value(card.emotion)
        elif isinstance(card, PainPointCard):
            self.severity.show_value(card.severity)
        elif isinstance(card, ImprovementCard):
            self.impact.show_value(card.impact)
            self.effort.show_value(card.effort)
            self.owner.show_value(card.owner)
            owners = sorted({action.owner for action in journey.improvements() if action.owner})
            self.owner_completer.model().setStringList(owners)  # type: ignore[attr-defined]  # the completer was given a QStringListModel
            self.status.show_value(card.status)
            self.due.show_value(card.due)
            pains = [
                (
                    pain.id,
                    f"{pain.title or 'Untitled pain point'}  ·  severity {rating_text(pain.severity)}",
                    theme.SEVERITY_COLORS[pain.severity - 1] if pain.severity else theme.LIGHT.not_rated,
                )
                for pain in journey.pain_points()
            ]
            self.addresses.set_choices(pains, card.addresses)

    def _change_kind(self, kind: Any, _merge: bool) -> None:
        if self.edits is not None and self.ref is not None:
            self.edits.change_card_kind(str(self.ref.journey_id), str(self.ref.id), kind)

    def _move(self, stage_id: str | None = None, lane_id: str | None = None) -> None:
        if self.edits is None or self.ref is None or self.document is None:
            return
        card = self.card
        target = (stage_id or card.stage_id, lane_id or card.lane_id)
        journey_id = str(self.ref.journey_id)
        end = self.document.index(journey_id).count(target)
        self.edits.move_cards(journey_id, [card.id], target[0], target[1], end)
