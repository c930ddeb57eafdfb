"""With nothing selected: the project's and the current journey's fields."""

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from journeydesk.document import Ref
from journeydesk.model.enums import JourneyState
from journeydesk.model.journey import Journey
from journeydesk.model.project import Project
from journeydesk.model.types import NAME_MAX, TEXT_MAX, TITLE_MAX
from journeydesk.ui.fields import ChoiceField, LineField, TextField
from journeydesk.ui.inspector.form import Form


class JourneyForm(Form):
    def __init__(self) -> None:
        super().__init__()
        self.journey_id = ""
        project_ref = Ref.project
        self.add_section("Project")
        self.title = LineField(self.committer("title", project_ref), self.end_session, TITLE_MAX, "Project title")
        self.author = LineField(self.committer("author", project_ref), self.end_session, NAME_MAX)
        self.organisation = LineField(self.committer("organisation", project_ref), self.end_session, NAME_MAX)
        self.version = LineField(self.committer("version", project_ref), self.end_session, 40, "1.0")
        self.description = TextField(
            self.committer("description", project_ref), self.end_session, TEXT_MAX, "What this project is about"
        )
        for label, widget in (
            ("Title", self.title),
            ("Author", self.author),
            ("Organisation", self.organisation),
            ("Version", self.version),
            ("Description", self.description),
        ):
            self.layout_.addRow(label, widget)
        self.add_section("Journey")
        self.name = LineField(self.committer("name"), self.end_session, NAME_MAX, "Journey name")
        self.scenario = TextField(
            self.committer("scenario"), self.end_session, TEXT_MAX, "Who does what, in which situation"
        )
        self.persona = ChoiceField(self.committer("persona_id"), [])
        self.persona.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.state = ChoiceField(self.committer("state"), [(state, state.label, None) for state in JourneyState])
        self.based_on = QLabel()
        self.based_on.setObjectName("hint")
        self.overlay = ChoiceField(self.committer("overlay_journey_id"), [])
        self.overlay.setToolTip("Draw another journey's emotion curve over this one, e.g. the future state")
        rows: tuple[tuple[str, QWidget], ...] = (
            ("Name", self.name),
            ("Scenario", self.scenario),
            ("Persona", self.persona),
            ("State", self.state),
            ("Based on", self.based_on),
            ("Compare curve", self.overlay),
        )
        for label, row_widget in rows:
            self.layout_.addRow(label, row_widget)

    def refresh(self) -> None:
        if self.document is None or self.ref is None:
            return
        project: Project = self.document.project
        journey = self.target
        assert isinstance(journey, Journey)
        self.title.show_value(project.title)
        self.author.show_value(project.author)
        self.organisation.show_value(project.organisation)
        self.version.show_value(project.version)
        self.description.show_value(project.description)
        self.name.show_value(journey.name)
        self.scenario.show_value(journey.scenario)
        self.persona.set_choices(
            [(None, "No persona", None)]
            + [
                (persona.id, f"{persona.name} — {persona.role}" if persona.role else persona.name, None)
                for persona in project.personas
            ]
        )
        self.persona.show_value(journey.persona_id)
        self.state.show_value(journey.state)
        base = project.journey(journey.based_on) if journey.based_on else None
        self.based_on.setText(base.name if base else "—")
        self.overlay.set_choices(
            [(None, "None", None)]
            + [(other.id, other.name, None) for other in project.journeys if other.id != journey.id]
        )
        self.overlay.show_value(journey.overlay_journey_id)
