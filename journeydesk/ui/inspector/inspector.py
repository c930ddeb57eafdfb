"""The inspector dock's content: a header naming what is shown, and the form for it."""

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from journeydesk.canvas.scene import MapScene
from journeydesk.document import ChangeSet, JourneyDocument, Ref
from journeydesk.document.edits import Edits, title_case
from journeydesk.style.icons import ink, pixmap
from journeydesk.ui.inspector.form import Form
from journeydesk.ui.scrolling import vertical_scroll


def _card_form() -> Form:
    from journeydesk.ui.inspector.card_form import CardForm

    return CardForm()


def _stage_form() -> Form:
    from journeydesk.ui.inspector.column_forms import StageForm

    return StageForm()


def _lane_form() -> Form:
    from journeydesk.ui.inspector.column_forms import LaneForm

    return LaneForm()


def _journey_form() -> Form:
    from journeydesk.ui.inspector.journey_form import JourneyForm

    return JourneyForm()


FORMS: dict[str, Callable[[], Form]] = {
    "journey": _journey_form,
    "stage": _stage_form,
    "lane": _lane_form,
    "card": _card_form,
}


class Forms(dict[str, Form]):
    """The inspector's forms by the kind of object they edit, each built (and stacked) when first
    needed: start-up builds the one it shows, and the card form waits for the first selected card."""

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__()
        self.stack = stack

    def __missing__(self, kind: str) -> Form:
        form = self[kind] = FORMS[kind]()
        self.stack.addWidget(form)
        return form


class Inspector(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.scene: MapScene | None = None
        self.document: JourneyDocument | None = None
        self.edits: Edits | None = None
        self.ref: Ref | None = None
        self.icon = QLabel()
        self.heading = QLabel()
        self.heading.setObjectName("inspectorHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)  # a long name wraps rather than widen the column of panels
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        header = QHBoxLayout()
        header.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)  # beside the first line of a long heading
        header.addWidget(self.heading, 1)
        self.stack = QStackedWidget()
        self.forms = Forms(self.stack)
        self.many = QLabel()
        self.many.setWordWrap(True)
        self.many.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack.addWidget(self.many)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.addLayout(header)
        column.addWidget(vertical_scroll(self.stack), 1)

    def bind(self, document: JourneyDocument, edits: Edits, scene: MapScene) -> None:
        if self.scene is not None:
            self.scene.selectionChanged.disconnect(self.follow_selection)
            self.scene.journey_shown.disconnect(self.follow_selection)
        if self.document is not None:
            self.document.changed.disconnect(self._on_changed)
        self.document, self.edits, self.scene = document, edits, scene
        scene.selectionChanged.connect(self.follow_selection)
        scene.journey_shown.connect(self.follow_selection)
        document.changed.connect(self._on_changed)
        self.follow_selection()

    def follow_selection(self) -> None:
        if self.scene is None or self.document is None or self.edits is None:
            return
        if not shiboken6.isValid(self.scene):  # a window deleted unclosed: its scene goes before its docks
            return
        ref = self.scene.selected_ref()
        count = len(self.scene.selectedItems())
        if ref is None and count > 1:
            self.ref = None
            self._set_heading("card-note", f"{count} items selected")
            self.many.setText(
                "Drag them together, move them with Alt+arrows, copy, duplicate or delete them.\n\n"
                "Select one item to edit its fields."
            )
            self.stack.setCurrentWidget(self.many)
            return
        ref = ref or Ref.journey(self.scene.journey_id)
        self.ref = ref
        form = self.forms[ref.kind]
        form.bind(self.document, self.edits, ref)
        self.stack.setCurrentWidget(form)
        self._update_heading()

    def _update_heading(self) -> None:
        if self.ref is None or self.document is None or not self.document.exists(self.ref):
            return
        target = self.document.resolve(self.ref)
        if self.ref.kind == "card":
            kind = target.kind  # type: ignore[attr-defined]  # resolve() of a card ref is a card
            self._set_heading(f"card-{kind.value}", title_case(kind.label))
        elif self.ref.kind == "stage":
            self._set_heading("insert-stage", f"Stage · {target.name}")  # type: ignore[attr-defined]  # resolve() of a stage ref is a stage
        elif self.ref.kind == "lane":
            self._set_heading(f"lane-{target.kind.value}", f"Lane · {target.name}")  # type: ignore[attr-defined]  # resolve() of a lane ref is a lane
        else:
            self._set_heading("lane-goal", "Project and journey")

    def _set_heading(self, icon_name: str, text: str) -> None:
        self.icon.setPixmap(pixmap(icon_name, ink(), 20, self.devicePixelRatioF()))
        self.heading.setText(text)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.ref is None or self.document is None:
            return
        if not self.document.exists(self.ref):
            self.follow_selection()
            return
        form = self.forms[self.ref.kind]
        form.refresh()
        self._update_heading()
