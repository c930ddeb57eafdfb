"""File > Export > PDF: the registry's options with a preview of the map pages."""

import datetime as dt

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journeydesk.canvas.face_painter import paint_face, paint_layers
from journeydesk.export.pdf import PAGE_SIZES, PdfOptions
from journeydesk.export.pdf.document import MARGIN, frame_size
from journeydesk.export.pdf.map_pages import JourneyPlan, plan_journey
from journeydesk.formats import ExportRequest
from journeydesk.formats.pdf import FITS
from journeydesk.layout import theme
from journeydesk.layout.face_map import map_face
from journeydesk.layout.page_face import page_layers
from journeydesk.layout.print_pages import Fit
from journeydesk.model.project import Project
from journeydesk.model.words import count
from journeydesk.style.theming import current
from journeydesk.ui.export_options import journey_choice

PREVIEW_WIDTH = 520


class PagePreview(QWidget):
    """The first map page of the journey on the chosen paper, drawn from the page's face; for tiles,
    the whole poster with the tiles marked over it."""

    def __init__(self, project: Project, journey_id: str) -> None:
        super().__init__()
        self.project, self.journey_id = project, journey_id
        self.options = PdfOptions()
        self._planned: JourneyPlan | None = None
        self.setMinimumSize(PREVIEW_WIDTH + 20, 330)

    def set_options(self, options: PdfOptions) -> None:
        self.options = options
        self._planned = None
        self.update()

    def planned(self) -> JourneyPlan:
        if self._planned is None:
            journey = self.project.journey(self.journey_id)
            self._planned = plan_journey(journey, frame_size(self.options.page_size), self.options.fit)
        return self._planned

    def page_count(self) -> int:
        return len(self.planned().plan.pages)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chrome = current().chrome
        painter.fillRect(self.rect(), QColor(chrome.alternate))
        planned = self.planned()
        page = planned.plan.pages[0]
        grid = page.grid
        if page.window is not None:  # the poster, and where the sheets fall on it
            fit = min((self.width() - 20) / grid.width, (self.height() - 20) / grid.height)
            painter.translate((self.width() - grid.width * fit) / 2, (self.height() - grid.height * fit) / 2)
            painter.scale(fit, fit)
            painter.fillRect(QRectF(0, 0, grid.width, grid.height), QColor(theme.LIGHT.paper))
            face = map_face(self.project, planned.journey, planned.index, grid, theme.LIGHT, lane_kinds=False)
            paint_face(painter, face.whole, editing=False, text=False)
            painter.setPen(QPen(QColor(theme.SELECTION), 1.5 / fit, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for tile in planned.plan.pages:
                assert tile.window is not None
                painter.drawRect(QRectF(*tile.window))
            return
        frame = frame_size(self.options.page_size)
        page_w, page_h = frame[0] + 2 * MARGIN, frame[1] + 2 * MARGIN
        scale = min((self.width() - 40) / page_w, (self.height() - 40) / page_h)
        paper = QRectF(
            (self.width() - page_w * scale) / 2, (self.height() - page_h * scale) / 2, page_w * scale, page_h * scale
        )
        painter.fillRect(paper, QColor(theme.LIGHT.paper))
        painter.setPen(QPen(QColor(chrome.border), 1))
        painter.drawRect(paper)
        painter.translate(paper.x() + MARGIN * scale, paper.y() + MARGIN * scale)
        painter.scale(scale, scale)
        layers = page_layers(
            self.project, planned.journey, planned.index, planned.plan, page, frame, dt.date.today(), theme.LIGHT
        )
        paint_layers(painter, layers, text=scale * planned.plan.scale * 12 >= 5)


class PdfExportDialog(QDialog):
    def __init__(self, project: Project, journey_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export PDF")
        self.project, self.journey_id = project, journey_id
        self.page_size = QComboBox()
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.setCurrentText("A3")
        self.fits: dict[Fit, QRadioButton] = {fit: QRadioButton(label) for fit, label in FITS.items()}  # type: ignore[misc]  # FITS is keyed by the Fit literals
        self.fits["readable"].setChecked(True)
        self.journeys = journey_choice(project, journey_id)
        self.preview = PagePreview(project, journey_id)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        fits = QVBoxLayout()
        for button in self.fits.values():
            fits.addWidget(button)
        form = QFormLayout()
        form.addRow("Paper (landscape)", self.page_size)
        form.addRow("Map", fits)
        form.addRow("Journeys", self.journeys)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton("Export…", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addLayout(form)
        column.addLayout(top)
        column.addWidget(self.preview, 1)
        column.addWidget(self.summary)
        column.addWidget(buttons)
        for signal in (self.page_size.currentIndexChanged, self.journeys.currentIndexChanged):
            signal.connect(self._changed)
        for button in self.fits.values():
            button.toggled.connect(self._changed)
        self._changed()

    def fit(self) -> Fit:
        return next(fit for fit, button in self.fits.items() if button.isChecked())

    def options(self) -> PdfOptions:
        return PdfOptions(
            page_size=self.page_size.currentText(),
            fit=self.fit(),
            journey_ids=None if self.journeys.currentIndex() == 0 else [self.journey_id],
        )

    def request(self) -> ExportRequest:
        options = self.options()
        return ExportRequest(options.journey_ids, {"page_size": options.page_size, "fit": options.fit})

    def _changed(self) -> None:
        options = self.options()
        self.preview.set_options(options)
        plan = self.preview.planned().plan
        journeys = len(self.project.journeys) if options.journey_ids is None else 1
        pages = len(plan.pages)
        if plan.pages[0].tile is not None:
            tile = plan.pages[0].tile
            per_journey = f"{pages} tiles ({tile.rows} x {tile.columns})"
        else:
            per_journey = "One map page" if pages == 1 else f"{pages} map pages"
        self.summary.setText(
            f"{per_journey} for this journey, its cards' titles at {plan.title_points:.1f} pt; "
            f"{count(journeys, 'journey')} in all, then the personas, the pain-point register, "
            "the improvement backlog and the health check."
        )
