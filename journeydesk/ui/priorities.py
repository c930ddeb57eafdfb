"""The priorities panel: improvement actions on an impact x effort matrix, filterable by status and owner.
Actions whose impact or effort is not rated have no place on the matrix and are listed under it.
Clicking an action selects it on the map."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk.document import ChangeSet, JourneyDocument
from journeydesk.layout import theme
from journeydesk.model.cards import ImprovementCard
from journeydesk.model.enums import ActionStatus
from journeydesk.model.priorities import (
    HIGH_EFFORT_FROM,
    HIGH_IMPACT_FROM,
    UNRATED_LABEL,
    Quadrant,
    is_rated,
    quadrant,
    quadrant_label,
)
from journeydesk.model.ratings import impact_effort_text

DOT = 7.0
ALL_OWNERS = "All owners"


@dataclass(frozen=True)
class Placed:
    action: ImprovementCard
    center: QPointF


class Matrix(QWidget):
    """Impact upwards, effort to the right, in four labelled quadrants."""

    clicked = Signal(str)  # the action's id

    def __init__(self) -> None:
        super().__init__()
        self.actions: list[ImprovementCard] = []
        self.placed: list[Placed] = []
        self.setMinimumSize(QSize(220, 180))
        self.setMouseTracking(True)

    def set_actions(self, actions: list[ImprovementCard]) -> None:
        """The actions to place; those not rated have no place and are left out."""
        self.actions = [action for action in actions if is_rated(action)]
        self.update()

    def plot_rect(self) -> QRectF:
        return QRectF(34, 10, self.width() - 44, self.height() - 40)

    def position(self, action: ImprovementCard, spread: Callable[[ImprovementCard], QPointF]) -> QPointF:
        plot = self.plot_rect()
        assert action.impact is not None and action.effort is not None
        x = plot.left() + (action.effort - 0.5) / 5 * plot.width()
        y = plot.bottom() - (action.impact - 0.5) / 5 * plot.height()
        return QPointF(x, y) + spread(action)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self.plot_rect()
        split_x = plot.left() + (HIGH_EFFORT_FROM - 1) / 5 * plot.width()
        split_y = plot.bottom() - (HIGH_IMPACT_FROM - 1) / 5 * plot.height()
        quadrants = {
            Quadrant.QUICK_WIN: (QRectF(QPointF(plot.left(), plot.top()), QPointF(split_x, split_y)), "#e8f6ee"),
            Quadrant.MAJOR_PROJECT: (QRectF(QPointF(split_x, plot.top()), QPointF(plot.right(), split_y)), "#eaf0fb"),
            Quadrant.FILL_IN: (QRectF(QPointF(plot.left(), split_y), QPointF(split_x, plot.bottom())), "#f6f7f9"),
            Quadrant.THANKLESS: (QRectF(QPointF(split_x, split_y), QPointF(plot.right(), plot.bottom())), "#fbf0ee"),
        }
        label_font = painter.font()
        label_font.setPointSizeF(8)
        label_font.setBold(True)
        for kind, (rect, fill) in quadrants.items():
            painter.fillRect(rect, QColor(fill))
            painter.setFont(label_font)
            painter.setPen(QColor(theme.MUTED_TEXT))
            painter.drawText(
                rect.adjusted(6, 4, -6, -4), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, kind.label
            )
        axis_font = painter.font()
        axis_font.setBold(False)
        axis_font.setPointSizeF(7.5)
        painter.setFont(axis_font)
        painter.setPen(QColor(theme.MUTED_TEXT))
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 4, plot.width(), 16), Qt.AlignmentFlag.AlignCenter, "Effort →"
        )
        painter.save()
        painter.translate(12, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, -8, plot.height(), 16), Qt.AlignmentFlag.AlignCenter, "Impact →")
        painter.restore()
        self.placed = []
        counts: dict[tuple[int | None, int | None], int] = {}
        for action in self.actions:
            slot = (action.impact, action.effort)
            offset = counts.get(slot, 0)
            counts[slot] = offset + 1
            center = self.position(
                action, lambda _a, o=offset: QPointF((o % 4) * 2 * DOT - 3 * DOT, (o // 4) * 2 * DOT - DOT)
            )
            self.placed.append(Placed(action, center))
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
            painter.setBrush(QColor(theme.STATUS_COLORS[action.status]))
            painter.drawEllipse(center, DOT, DOT)

    def action_at(self, pos: QPointF) -> ImprovementCard | None:
        for placed in reversed(self.placed):
            if (placed.center - pos).manhattanLength() <= DOT * 1.5:
                return placed.action
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        action = self.action_at(event.position())
        self.setToolTip(
            f"{action.title}\n{quadrant_label(action)} · impact {action.impact}, effort "
            f"{action.effort} · {action.status.label}"
            if action
            else ""
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor if action else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        action = self.action_at(event.position())
        if action is not None:
            self.clicked.emit(action.id)


class PrioritiesPanel(QWidget):
    action_clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.document: JourneyDocument | None = None
        self.journey_id: str | None = None
        self.matrix = Matrix()
        self.matrix.clicked.connect(self.action_clicked)
        self.statuses: dict[ActionStatus, QCheckBox] = {}
        status_row = QHBoxLayout()
        for status in ActionStatus:
            box = self.statuses[status] = QCheckBox(status.label)
            box.setChecked(True)
            box.setStyleSheet(f"QCheckBox {{ color: {theme.STATUS_COLORS[status]}; font-weight: 600; }}")
            box.toggled.connect(self.refresh)
            status_row.addWidget(box)
        status_row.addStretch()
        self.owner = QComboBox()
        self.owner.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.unrated_title = QLabel()
        self.unrated_title.setObjectName("sectionTitle")
        self.unrated = QListWidget()
        self.unrated.hide()
        self.unrated_title.hide()
        self.unrated.itemClicked.connect(lambda item: self.action_clicked.emit(item.data(Qt.ItemDataRole.UserRole)))
        owner_row = QHBoxLayout()
        owner_row.addWidget(QLabel("Owner"))
        owner_row.addWidget(self.owner, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.addLayout(status_row)
        column.addLayout(owner_row)
        column.addWidget(self.matrix, 1)
        column.addWidget(self.unrated_title)
        column.addWidget(self.unrated)
        column.addWidget(self.summary)

    def bind(self, document: JourneyDocument, journey_id: str) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_changed)
        self.document = document
        document.changed.connect(self._on_changed)
        self.show_journey(journey_id)

    def show_journey(self, journey_id: str) -> None:
        self.journey_id = journey_id
        self._refresh_owners()
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.journey_id in changes.journeys:
            self._refresh_owners()
            self.refresh()

    def _refresh_owners(self) -> None:
        if self.document is None or self.journey_id is None:
            return
        owners = sorted({action.owner for action in self.document.journey(self.journey_id).improvements()})
        current = self.owner.currentText()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(ALL_OWNERS)
        self.owner.addItems([owner or "No owner" for owner in owners])
        self.owner.setCurrentIndex(max(0, self.owner.findText(current)))
        self.owner.blockSignals(False)

    def visible_actions(self) -> list[ImprovementCard]:
        if self.document is None or self.journey_id is None:
            return []
        owner = self.owner.currentText()
        wanted = {status for status, box in self.statuses.items() if box.isChecked()}
        return [
            action
            for action in self.document.journey(self.journey_id).improvements()
            if action.status in wanted and owner in (ALL_OWNERS, action.owner or "No owner")
        ]

    def refresh(self) -> None:
        actions = self.visible_actions()
        self.matrix.set_actions(actions)
        unrated = [action for action in actions if not is_rated(action)]
        self.unrated.clear()
        for action in unrated:
            item = QListWidgetItem(
                f"{action.title or 'Untitled action'}  ·  {impact_effort_text(action.impact, action.effort)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            item.setToolTip("Rate its impact and effort in the inspector to place it on the matrix")
            self.unrated.addItem(item)
        rows = min(len(unrated), 4)
        self.unrated.setFixedHeight(
            rows * self.unrated.sizeHintForRow(0) + 2 * self.unrated.frameWidth() if rows else 0
        )
        self.unrated_title.setText(f"{UNRATED_LABEL} ({len(unrated)})")
        for widget in (self.unrated_title, self.unrated):
            widget.setVisible(bool(unrated))
        counts = {kind: sum(1 for action in actions if quadrant(action) is kind) for kind in Quadrant}
        parts = [f"{kind.label}: {count}" for kind, count in counts.items()]
        if unrated:
            parts.append(f"{UNRATED_LABEL}: {len(unrated)}")
        self.summary.setText(" · ".join(parts))
