"""The fields of a stage and of a lane."""

from journeydesk.layout import theme
from journeydesk.model.enums import LaneKind
from journeydesk.model.journey import Lane, Stage
from journeydesk.model.types import NAME_MAX, TEXT_MAX
from journeydesk.style.icons import icon
from journeydesk.ui.fields import ChoiceField, ColorField, LineField, SegmentedField, TextField
from journeydesk.ui.inspector.form import Form

EMOTION_CHOICES = [(score, f"{score:+d}" if score else "0", theme.EMOTION_COLORS[score]) for score in range(-2, 3)]


class StageForm(Form):
    def __init__(self) -> None:
        super().__init__()
        self.name = LineField(self.committer("name"), self.end_session, NAME_MAX, "Stage name")
        self.color = ColorField(self.committer("color"))
        self.goal = TextField(
            self.committer("goal"), self.end_session, TEXT_MAX, "What the customer wants to achieve here"
        )
        self.guidance = TextField(
            self.committer("guidance"), self.end_session, TEXT_MAX, "Touchpoints and questions to consider", lines=5
        )
        self.emotion = SegmentedField(self.committer("emotion"), EMOTION_CHOICES, allow_none=True)
        self.emotion.setToolTip("How the customer feels in this stage when no touchpoint says (click again to clear)")
        for label, widget in (
            ("Name", self.name),
            ("Colour", self.color),
            ("Customer goal", self.goal),
            ("Guidance", self.guidance),
            ("Emotion", self.emotion),
        ):
            self.layout_.addRow(label, widget)

    def refresh(self) -> None:
        if self.document is None or self.ref is None or not self.document.exists(self.ref):
            return
        stage = self.target
        assert isinstance(stage, Stage)
        self.name.show_value(stage.name)
        self.color.show_value(stage.color)
        self.goal.show_value(stage.goal)
        self.guidance.show_value(stage.guidance)
        self.emotion.show_value(stage.emotion)


class LaneForm(Form):
    def __init__(self) -> None:
        super().__init__()
        self.name = LineField(self.committer("name"), self.end_session, NAME_MAX, "Lane name")
        self.kind = ChoiceField(
            self.committer("kind"), [(kind, kind.label, icon(f"lane-{kind.value}")) for kind in LaneKind]
        )
        self.description = TextField(
            self.committer("description"), self.end_session, TEXT_MAX, "What this lane holds", lines=3
        )
        self.layout_.addRow("Name", self.name)
        self.layout_.addRow("Kind", self.kind)
        self.layout_.addRow("Description", self.description)

    def refresh(self) -> None:
        if self.document is None or self.ref is None or not self.document.exists(self.ref):
            return
        lane = self.target
        assert isinstance(lane, Lane)
        self.name.show_value(lane.name)
        self.kind.show_value(lane.kind)
        self.description.show_value(lane.description)
