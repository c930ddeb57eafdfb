"""The priorities panel: improvement actions on an impact x effort matrix and in a list that sorts by
votes, impact or effort, filtered by status, owner and votes. Actions whose impact or effort is not
rated have no place on the matrix and are listed under it. Clicking an action selects it on the map.

Statuses show by shape as well as colour (the theme's marks); an action's votes are the dots of the
journey's ended votes."""

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk.document import ChangeSet, JourneyDocument
from journeydesk.layout.theme import Mark, Shape
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
from journeydesk.model.votes import votes_by_card
from journeydesk.model.words import count
from journeydesk.style.icons import icon
from journeydesk.style.theming import current
from journeydesk.ui.tree_items import top_level_items

DOT = 7.0
QUADRANT_LABEL_HEIGHT = 16.0  # the strip at a quadrant's top that its label keeps for itself
ALL_OWNERS = "All owners"
VOTE_FILTERS = ((0, "Any votes"), (1, "1 vote or more"), (2, "2 or more"), (3, "3 or more"), (5, "5 or more"))
SORTED_BY_NUMBER = Qt.ItemDataRole.UserRole + 1
NUMBER_COLUMN_WIDTH = 58


@dataclass(frozen=True)
class Placed:
    action: ImprovementCard
    center: QPointF


def mark_path(mark: Mark, center: QPointF, radius: float) -> QPainterPath:
    """The mark's shape around ``center``: a status never shows by colour alone."""
    path = QPainterPath()
    x, y, r = center.x(), center.y(), radius
    if mark.shape is Shape.SQUARE:
        path.addRoundedRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7), 2, 2)
    elif mark.shape is Shape.DIAMOND:
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(x, y - r * 1.2),
                    QPointF(x + r * 1.2, y),
                    QPointF(x, y + r * 1.2),
                    QPointF(x - r * 1.2, y),
                    QPointF(x, y - r * 1.2),
                ]
            )
        )
    elif mark.shape is Shape.RING:
        path.addEllipse(center, r, r)
        path.addEllipse(center, r * 0.5, r * 0.5)
    else:
        path.addEllipse(center, r, r)
    return path


class Matrix(QWidget):
    """Impact upwards, effort to the right, in four labelled quadrants; an action's votes beside it."""

    clicked = Signal(str)  # the action's id

    def __init__(self) -> None:
        super().__init__()
        self.placed_actions: list[ImprovementCard] = []
        self.votes: Counter[str] = Counter()
        self.placed: list[Placed] = []
        self.setMinimumSize(QSize(220, 120))
        self.setMouseTracking(True)

    def set_actions(self, actions: list[ImprovementCard], votes: Counter[str]) -> None:
        """The actions to place; those not rated have no place and are left out."""
        self.placed_actions, self.votes = [action for action in actions if is_rated(action)], votes
        self.update()

    def plot_rect(self) -> QRectF:
        return QRectF(34, 10, self.width() - 44, self.height() - 40)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        theme = current()
        chrome = theme.chrome
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self.plot_rect()
        split_x = plot.left() + (HIGH_EFFORT_FROM - 1) / 5 * plot.width()
        split_y = plot.bottom() - (HIGH_IMPACT_FROM - 1) / 5 * plot.height()
        quadrants = {
            Quadrant.QUICK_WIN: QRectF(QPointF(plot.left(), plot.top()), QPointF(split_x, split_y)),
            Quadrant.MAJOR_PROJECT: QRectF(QPointF(split_x, plot.top()), QPointF(plot.right(), split_y)),
            Quadrant.FILL_IN: QRectF(QPointF(plot.left(), split_y), QPointF(split_x, plot.bottom())),
            Quadrant.THANKLESS: QRectF(QPointF(split_x, split_y), QPointF(plot.right(), plot.bottom())),
        }
        label_font = painter.font()
        label_font.setPointSizeF(8)
        label_font.setBold(True)
        counts = Counter(quadrant(action) for action in self.placed_actions)
        for (kind, rect), fill in zip(quadrants.items(), chrome.quadrants, strict=True):
            painter.fillRect(rect, QColor(fill))
            painter.setFont(label_font)
            painter.setPen(QColor(chrome.muted))
            painter.drawText(
                rect.adjusted(6, 4, -6, -4),
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                f"{kind.label} · {counts[kind]}",
            )
        axis_font = painter.font()
        axis_font.setBold(False)
        axis_font.setPointSizeF(7.5)
        painter.setFont(axis_font)
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 4, plot.width(), 16), Qt.AlignmentFlag.AlignCenter, "Effort →"
        )
        painter.save()
        painter.translate(12, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, -8, plot.height(), 16), Qt.AlignmentFlag.AlignCenter, "Impact →")
        painter.restore()
        self._paint_actions(painter, plot)

    def _paint_actions(self, painter: QPainter, plot: QRectF) -> None:
        theme = current()
        count_font = painter.font()
        count_font.setBold(True)
        count_font.setPointSizeF(7.5)
        painter.setFont(count_font)
        self.placed = []
        taken: dict[tuple[int, int], int] = {}
        for action in self.placed_actions:
            assert action.impact is not None and action.effort is not None  # set_actions keeps rated ones
            offset = taken.get((action.impact, action.effort), 0)
            taken[(action.impact, action.effort)] = offset + 1
            x = plot.left() + (action.effort - 0.5) / 5 * plot.width() + (offset % 4) * 2 * DOT - 3 * DOT
            middle, top, bottom = self._row(plot, action.impact)
            y = middle + (offset // 4) * 2 * DOT - DOT
            center = QPointF(  # actions that share a slot spread out, inside their quadrant, below its label
                min(max(x, plot.left() + DOT), plot.right() - DOT), max(min(y, bottom - DOT), top + DOT)
            )
            self.placed.append(Placed(action, center))
            mark = theme.statuses[action.status]
            painter.setPen(QPen(QColor(theme.chrome.base), 1.5))
            painter.setBrush(QColor(mark.color))
            painter.drawPath(mark_path(mark, center, DOT))
            if self.votes[action.id]:
                painter.setPen(QColor(theme.chrome.text))
                painter.drawText(QPointF(center.x() + DOT + 1, center.y() - DOT + 2), str(self.votes[action.id]))

    @staticmethod
    def _row(plot: QRectF, impact: int) -> tuple[float, float, float]:
        """The middle of an impact's row, and the top and bottom of the room its quadrant has for
        marks: the quadrant below its label, shared among the impacts it holds, so that no mark
        ever covers a label."""
        split_y = plot.bottom() - (HIGH_IMPACT_FROM - 1) / 5 * plot.height()
        high = impact >= HIGH_IMPACT_FROM
        first, last = (HIGH_IMPACT_FROM, 5) if high else (1, HIGH_IMPACT_FROM - 1)
        top = (plot.top() if high else split_y) + QUADRANT_LABEL_HEIGHT
        bottom = split_y if high else plot.bottom()
        row = (bottom - top) / (last - first + 1)
        return top + (last - impact + 0.5) * row, top, bottom

    def action_at(self, pos: QPointF) -> ImprovementCard | None:
        for placed in reversed(self.placed):
            if (placed.center - pos).manhattanLength() <= DOT * 1.5:
                return placed.action
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        action = self.action_at(event.position())
        votes = self.votes[action.id] if action else 0
        self.setToolTip(
            f"{action.title}\n{quadrant_label(action)} · impact {action.impact}, effort "
            f"{action.effort} · {action.status.label}" + (f" · {count(votes, 'vote')}" if votes else "")
            if action
            else ""
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor if action else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        action = self.action_at(event.position())
        if action is not None:
            self.clicked.emit(action.id)


class NumberItem(QTreeWidgetItem):
    """A row that sorts its number columns as numbers."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.data(column, SORTED_BY_NUMBER), other.data(column, SORTED_BY_NUMBER)
        if mine is not None and theirs is not None:
            return mine < theirs
        return self.text(column).casefold() < other.text(column).casefold()


class ActionList(QTreeWidget):
    """The visible actions in a table: click a header to sort by votes, impact, effort or title."""

    COLUMNS = ("Action", "Votes", "Impact", "Effort")

    def __init__(self) -> None:
        super().__init__()
        self.setHeaderLabels(list(self.COLUMNS))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSortingEnabled(True)
        self.setMinimumHeight(70)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, NUMBER_COLUMN_WIDTH)
        self.sortByColumn(1, Qt.SortOrder.DescendingOrder)

    def show_actions(self, actions: list[ImprovementCard], votes: Counter[str]) -> None:
        column, order = self.sortColumn(), self.header().sortIndicatorOrder()
        self.setSortingEnabled(False)
        self.clear()
        marks = current().statuses
        for action in actions:
            ratings = [_rating(action.impact), _rating(action.effort)]
            item = NumberItem([action.title or "(untitled)", str(votes[action.id] or ""), *ratings])
            item.setIcon(0, icon(marks[action.status].icon, marks[action.status].color))
            item.setToolTip(0, f"{action.title}\n{action.status.label}")
            item.setData(0, Qt.ItemDataRole.UserRole, action.id)
            for number, value in ((1, votes[action.id]), (2, action.impact or 0), (3, action.effort or 0)):
                item.setData(number, SORTED_BY_NUMBER, value)
                item.setTextAlignment(number, Qt.AlignmentFlag.AlignCenter)
            self.addTopLevelItem(item)
        self.setSortingEnabled(True)
        self.sortByColumn(column, order)

    def action_ids(self) -> list[str]:
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in top_level_items(self)]


def _rating(value: int | None) -> str:
    return "–" if value is None else str(value)  # a narrow column: not rated sorts first, as 0


class PrioritiesPanel(QWidget):
    action_clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.document: JourneyDocument | None = None
        self.journey_id: str | None = None
        self.votes: Counter[str] = Counter()
        self.matrix = Matrix()
        self.matrix.clicked.connect(self.action_clicked)
        self.list = ActionList()
        self.list.itemClicked.connect(lambda item, _: self.action_clicked.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        self.status_button = QToolButton()
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_button.setToolTip("Show the actions of these statuses")
        status_menu = QMenu(self.status_button)
        self.statuses: dict[ActionStatus, QAction] = {}
        for status in ActionStatus:
            action = self.statuses[status] = status_menu.addAction(status.label)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self.refresh)
        self.status_button.setMenu(status_menu)
        self.owner = QComboBox()
        self.owner.currentIndexChanged.connect(self.refresh)
        self.minimum_votes = QComboBox()
        for least, label in VOTE_FILTERS:
            self.minimum_votes.addItem(label, least)
        self.minimum_votes.setToolTip("Show only actions with at least this many dots from ended votes")
        self.minimum_votes.currentIndexChanged.connect(self.refresh)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.status_button)
        filters.addWidget(self.owner, 1)
        filters.addWidget(self.minimum_votes, 1)
        self.unrated_title = QLabel()
        self.unrated_title.setObjectName("sectionTitle")
        self.unrated = QListWidget()
        self.unrated_title.hide()
        self.unrated.hide()
        self.unrated.itemClicked.connect(lambda item: self.action_clicked.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.matrix_page = QWidget()  # the matrix, and under it what it cannot place
        matrix_column = QVBoxLayout(self.matrix_page)
        matrix_column.setContentsMargins(0, 0, 0, 0)
        matrix_column.addWidget(self.matrix, 1)
        matrix_column.addWidget(self.unrated_title)
        matrix_column.addWidget(self.unrated)
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.matrix_page, "Matrix")
        self.views.addTab(self.list, "Ranked list")
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.addLayout(filters)
        column.addWidget(self.views, 1)
        self._show_status_marks()

    def _show_status_marks(self) -> None:
        for status, action in self.statuses.items():
            mark = current().statuses[status]
            action.setIcon(icon(mark.icon, mark.color))
        shown = [status for status, action in self.statuses.items() if action.isChecked()]
        self.status_button.setText(
            "All statuses" if len(shown) == len(ActionStatus) else ", ".join(status.label for status in shown) or "None"
        )

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
        if self.journey_id in changes.journeys or self.journey_id in changes.votes:
            self._refresh_owners()
            self.refresh()

    def _refresh_owners(self) -> None:
        if self.document is None or self.journey_id is None:
            return
        owners = sorted({action.owner for action in self.document.journey(self.journey_id).improvements()})
        current_owner = self.owner.currentText()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(ALL_OWNERS)
        self.owner.addItems([owner or "No owner" for owner in owners])
        self.owner.setCurrentIndex(max(0, self.owner.findText(current_owner)))
        self.owner.blockSignals(False)

    def visible_actions(self) -> list[ImprovementCard]:
        if self.document is None or self.journey_id is None:
            return []
        owner = self.owner.currentText()
        wanted = {status for status, action in self.statuses.items() if action.isChecked()}
        least = self.minimum_votes.currentData() or 0
        return [
            action
            for action in self.document.journey(self.journey_id).improvements()
            if action.status in wanted
            and owner in (ALL_OWNERS, action.owner or "No owner")
            and self.votes[action.id] >= least
        ]

    def refresh(self) -> None:
        if self.document is not None and self.journey_id is not None:
            self.votes = votes_by_card(self.document.journey(self.journey_id).votes)
        self._show_status_marks()
        actions = self.visible_actions()
        self.matrix.set_actions(actions, self.votes)
        self.list.show_actions(actions, self.votes)
        self._show_unrated([action for action in actions if not is_rated(action)])

    def _show_unrated(self, unrated: list[ImprovementCard]) -> None:
        """Under the matrix, the actions it cannot place until their impact and effort are rated."""
        self.unrated.clear()
        for action in unrated:
            item = QListWidgetItem(
                f"{action.title or 'Untitled action'}  ·  {impact_effort_text(action.impact, action.effort)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            item.setToolTip("Rate its impact and effort in the inspector to place it on the matrix")
            self.unrated.addItem(item)
        rows = min(len(unrated), 4)
        height = rows * self.unrated.sizeHintForRow(0) + 2 * self.unrated.frameWidth()
        self.unrated.setFixedHeight(height if rows else 0)
        self.unrated_title.setText(f"{UNRATED_LABEL} ({len(unrated)})")
        for widget in (self.unrated_title, self.unrated):
            widget.setVisible(bool(unrated))
