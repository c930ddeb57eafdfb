"""The base of the inspector's forms: bound to one object, pushing one edit per change."""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from journeydesk.document import JourneyDocument, Ref
from journeydesk.document.edits import Edits
from journeydesk.model.base import Model

# Undo texts for fields whose generic "Change <Field>" would read oddly.
EDIT_TEXTS = {
    "title": "Edit Title",
    "description": "Edit Description",
    "name": "Rename",
    "color": "Recolour Stage",
    "goal": "Edit Customer Goal",
    "guidance": "Edit Guidance",
    "scenario": "Edit Scenario",
    "addresses": "Link Pain Points",
    "custom_channel": "Change Custom Channel",
    "persona_id": "Change Persona",
    "overlay_journey_id": "Compare Curve",
}


def edit_text(ref: Ref, field: str) -> str:
    if field == "name":
        return {"stage": "Rename Stage", "lane": "Rename Lane", "journey": "Rename Journey"}.get(ref.kind, "Rename")
    return EDIT_TEXTS.get(field, "Change " + " ".join(part.capitalize() for part in field.split("_")))


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.document: JourneyDocument | None = None
        self.edits: Edits | None = None
        self.ref: Ref | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setLabelAlignment(self.layout_.labelAlignment())
        self.layout_.setVerticalSpacing(8)
        outer.addLayout(self.layout_)
        outer.addStretch()

    def bind(self, document: JourneyDocument, edits: Edits, ref: Ref) -> None:
        self.document, self.edits, self.ref = document, edits, ref
        self.refresh()

    @property
    def target(self) -> Model:
        assert self.document is not None and self.ref is not None
        return self.document.resolve(self.ref)

    def committer(self, field: str, ref: Callable[[], Ref | None] | None = None) -> Callable[[Any, bool], None]:
        """A callable the field editor calls with (value, merge) to change ``field``."""

        def commit(value: Any, merge: bool) -> None:
            target_ref = ref() if ref else self.ref
            if self.edits is None or target_ref is None or not self.document or not self.document.exists(target_ref):
                return
            self.edits.set_fields(target_ref, {field: value}, edit_text(target_ref, field), merge=merge)

        return commit

    def end_session(self) -> None:
        if self.document is not None:
            self.document.end_edit_session()

    def add_section(self, title: str) -> QLabel:
        label = QLabel(title)
        label.setObjectName("sectionTitle")
        self.layout_.addRow(label)
        return label

    def refresh(self) -> None:
        raise NotImplementedError
