"""New: a gallery of the built-in templates, each shown with its stages."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk.canvas.face_painter import painter_path
from journeydesk.layout.face import Style
from journeydesk.layout.face_headers import CHEVRON_TIP
from journeydesk.layout.geometry import Rect
from journeydesk.layout.shapes import chevron
from journeydesk.model.types import TITLE_MAX
from journeydesk.templates import TEMPLATE_KEYS, TemplateInfo, new_project, template_info


class StageStrip(QWidget):
    """The template's stages as small numbered chevrons in their colours."""

    def __init__(self, stages: list[tuple[str, str]]) -> None:
        super().__init__()
        self.stages = stages
        self.setMinimumHeight(30)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.stages:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width() / len(self.stages)
        font = painter.font()
        font.setPointSizeF(7.5)
        font.setBold(True)
        painter.setFont(font)
        for number, (name, color) in enumerate(self.stages):
            rect = QRectF(number * width + 1, 2, width - 2, self.height() - 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(color))
            outline = chevron(Rect(rect.x(), rect.y(), rect.width(), rect.height()), CHEVRON_TIP, number > 0, Style())
            painter.drawPath(painter_path(outline.ops))
            painter.setPen(QColor("#ffffff"))
            text_rect = rect.adjusted(16 if number else 6, 0, -12, 0)
            label = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(text_rect.width()))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, label)
        painter.end()


class TemplateTile(QWidget):
    def __init__(self, info: TemplateInfo, stages: list[tuple[str, str]]) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        title = QLabel(info.title)
        title.setObjectName("tileTitle")
        description = QLabel(info.description)
        description.setWordWrap(True)
        description.setObjectName("hint")
        column.addWidget(title)
        column.addWidget(description)
        column.addWidget(StageStrip(stages))


class TemplateGallery(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New journey map")
        self.setMinimumSize(720, 560)
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setSpacing(4)
        for key in TEMPLATE_KEYS:
            info = template_info(key)
            journey = new_project(key).journeys[0]
            tile = TemplateTile(info, [(stage.name, stage.color) for stage in journey.stages])
            item = QListWidgetItem(self.list)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, tile.sizeHint().height() + 8))
            self.list.setItemWidget(item, tile)
        self.list.setCurrentRow(2)
        self.title = QLineEdit()
        self.title.setMaxLength(TITLE_MAX)
        self.title.setPlaceholderText("Untitled journey map")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        create = buttons.addButton("Create", QDialogButtonBox.ButtonRole.AcceptRole)
        create.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(self.accept)
        form = QFormLayout()
        form.addRow("Title", self.title)
        column = QVBoxLayout(self)
        heading = QLabel("Start from a template")
        heading.setObjectName("dialogHeading")
        column.addWidget(heading)
        column.addWidget(self.list, 1)
        column.addLayout(form)
        column.addWidget(buttons)

    def chosen(self) -> tuple[str, str | None]:
        """(template key, title or None for the template's default)."""
        key = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
        return key, (self.title.text().strip() or None)
