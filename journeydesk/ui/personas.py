"""The persona library: who walks the project's journeys. Add, edit, give a photo, assign, delete."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeydesk.canvas.face_painter import paint_face
from journeydesk.document import ChangeSet, JourneyDocument, Ref
from journeydesk.document.edits import Edits
from journeydesk.layout.face_band import avatar_face
from journeydesk.layout.geometry import Rect
from journeydesk.model.photo import PhotoError
from journeydesk.model.project import Persona
from journeydesk.model.types import NAME_MAX, TEXT_MAX
from journeydesk.ui.dialogs import Dialogs
from journeydesk.ui.fields import ColorField, LineField, TextField
from journeydesk.ui.photos import photo_from_file
from journeydesk.ui.scrolling import vertical_scroll

AVATAR_SIZE = 36


def avatar_icon(persona: Persona, size: int = AVATAR_SIZE) -> QIcon:
    image = QImage(size * 2, size * 2, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_face(painter, avatar_face(Rect(2, 2, size * 2 - 4, size * 2 - 4), persona, persona.color))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(2.0)
    return QIcon(pixmap)


def lines(text: str) -> list[str]:
    return [line.strip()[:1000] for line in text.splitlines() if line.strip()][:100]


class PersonaPanel(QWidget):
    def __init__(self, dialogs: Dialogs) -> None:
        super().__init__()
        self.dialogs = dialogs
        self.document: JourneyDocument | None = None
        self.edits: Edits | None = None
        self.journey_id: str | None = None
        self.list = QListWidget()
        self.list.setIconSize(QSize(AVATAR_SIZE, AVATAR_SIZE))
        self.list.setMaximumHeight(150)
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        self.add_button = QPushButton("Add")
        self.delete_button = QPushButton("Delete")
        self.assign_button = QPushButton("Use for journey")
        self.assign_button.setToolTip("The selected persona walks the journey shown")
        self.add_button.clicked.connect(self._add)
        self.delete_button.clicked.connect(self._delete)
        self.assign_button.clicked.connect(self._assign)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.assign_button):
            buttons.addWidget(button)
        buttons.addStretch()

        self.form_widget = self._build_form()
        self.empty = QLabel("No personas yet. Add one: who walks this journey, what they want, what gets in their way.")
        self.empty.setWordWrap(True)
        self.empty.setObjectName("hint")
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(10, 8, 10, 8)
        column.addWidget(self.list)
        column.addLayout(buttons)
        column.addWidget(self.empty)
        column.addWidget(self.form_widget)
        column.addStretch()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(vertical_scroll(content))

    def _build_form(self) -> QWidget:
        """The fields of the selected persona."""
        self.name = LineField(self._commit("name"), self._end, NAME_MAX, "Name")
        self.role = LineField(self._commit("role"), self._end, NAME_MAX, "Role, age, situation")
        self.goals = TextField(
            lambda text, merge: self._commit("goals")(lines(text), merge), self._end, TEXT_MAX, "One goal per line"
        )
        self.frustrations = TextField(
            lambda text, merge: self._commit("frustrations")(lines(text), merge),
            self._end,
            TEXT_MAX,
            "One frustration per line",
        )
        self.quote = TextField(self._commit("quote"), self._end, TEXT_MAX, "In their own words", lines=2)
        self.about = TextField(self._commit("about"), self._end, TEXT_MAX, "Background, habits, other details", lines=2)
        self.color = ColorField(self._commit("color"))
        self.photo = QLabel()
        self.photo.setFixedSize(64, 64)
        self.choose_photo = QPushButton("Choose photo…")
        self.remove_photo = QPushButton("Remove")
        self.choose_photo.clicked.connect(self._choose_photo)
        self.remove_photo.clicked.connect(lambda: self._commit("photo")(None, False))
        photo_buttons = QVBoxLayout()  # stacked beside the photo, so the form fits the dock's column
        photo_buttons.addWidget(self.choose_photo)
        photo_buttons.addWidget(self.remove_photo)
        photo_buttons.addStretch()
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo)
        photo_row.addLayout(photo_buttons)
        photo_row.addStretch()
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setContentsMargins(0, 6, 0, 0)
        for label, field in (
            ("Name", self.name),
            ("Role", self.role),
            ("Goals", self.goals),
            ("Frustrations", self.frustrations),
            ("Quote", self.quote),
            ("About", self.about),
            ("Colour", self.color),
        ):
            form.addRow(label, field)
        form.addRow("Photo", photo_row)
        return form_widget

    def bind(self, document: JourneyDocument, edits: Edits, journey_id: str) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_changed)
        self.document, self.edits, self.journey_id = document, edits, journey_id
        document.changed.connect(self._on_changed)
        self._refresh_list()

    def show_journey(self, journey_id: str) -> None:
        self.journey_id = journey_id
        self._update_buttons()

    @property
    def current(self) -> Persona | None:
        item = self.list.currentItem()
        if item is None or self.document is None:
            return None
        persona_id = item.data(Qt.ItemDataRole.UserRole)
        return next((p for p in self.document.project.personas if p.id == persona_id), None)

    def select(self, persona_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == persona_id:
                self.list.setCurrentRow(row)

    # Following the document

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.project or changes.journeys:
            self._refresh_list()

    def _refresh_list(self) -> None:
        assert self.document is not None
        current = self.current.id if self.current else None
        personas = self.document.project.personas
        self.list.blockSignals(True)
        self.list.clear()
        for persona in personas:
            item = QListWidgetItem(
                avatar_icon(persona), f"{persona.name}\n{persona.role}" if persona.role else persona.name
            )
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if personas:
            self.select(current if current in {p.id for p in personas} else personas[0].id)
        self._show_current()

    def _show_current(self) -> None:
        persona = self.current
        self.form_widget.setVisible(persona is not None)
        self.empty.setVisible(persona is None)
        self._update_buttons()
        if persona is None:
            return
        self.name.show_value(persona.name)
        self.role.show_value(persona.role)
        if lines(self.goals.toPlainText()) != persona.goals:
            self.goals.show_value("\n".join(persona.goals))
        if lines(self.frustrations.toPlainText()) != persona.frustrations:
            self.frustrations.show_value("\n".join(persona.frustrations))
        self.quote.show_value(persona.quote)
        self.about.show_value(persona.about)
        self.color.show_value(persona.color)
        self.photo.setPixmap(avatar_icon(persona, 32).pixmap(64, 64))
        self.remove_photo.setEnabled(persona.photo is not None)

    def _update_buttons(self) -> None:
        persona = self.current
        self.delete_button.setEnabled(persona is not None)
        journey = self.document.journey(self.journey_id) if self.document and self.journey_id else None
        self.assign_button.setEnabled(persona is not None and journey is not None and journey.persona_id != persona.id)

    # Edits

    def _commit(self, field: str):
        def commit(value: object, merge: bool) -> None:
            persona = self.current
            if persona is not None and self.edits is not None:
                label = {"photo": "Change Photo", "name": "Rename Persona"}.get(field, f"Change {field.title()}")
                self.edits.set_fields(Ref.persona(persona.id), {field: value}, label, merge=merge)

        return commit

    def _end(self) -> None:
        if self.document is not None:
            self.document.end_edit_session()

    def _add(self) -> None:
        if self.edits is None:
            return
        persona_id = self.edits.add_persona()
        self.select(persona_id)
        self.name.setFocus()
        self.name.selectAll()

    def _delete(self) -> None:
        persona = self.current
        if persona is not None and self.edits is not None:
            self.edits.delete_persona(persona.id)

    def _assign(self) -> None:
        persona = self.current
        if persona is not None and self.edits is not None and self.journey_id is not None:
            self.edits.set_fields(Ref.journey(self.journey_id), {"persona_id": persona.id}, "Change Persona")

    def _choose_photo(self) -> None:
        path = self.dialogs.open_image_path()
        if path is None:
            return
        try:
            photo = photo_from_file(path)
        except PhotoError as exc:
            self.dialogs.error("Could not use this photo", str(exc))
            return
        self._commit("photo")(photo, False)
