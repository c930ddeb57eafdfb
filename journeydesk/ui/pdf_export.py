"""File > Export > PDF: options with a preview of how the map falls on the pages, then the export
with a progress bar that can be cancelled."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from reportlab.lib.pagesizes import landscape

from journeydesk.canvas.image_export import map_scene
from journeydesk.export.pdf import PAGE_SIZES, PdfOptions
from journeydesk.export.pdf.document import LEGEND_HEIGHT, MARGIN, TITLE_HEIGHT, Plan, plan_journey
from journeydesk.layout import theme
from journeydesk.model.project import Project
from journeydesk.model.words import count

PREVIEW_WIDTH = 520


class PagePreview(QWidget):
    """The journey's map on the chosen paper: one page, or the grid of tiles over the map."""

    def __init__(self, project: Project, journey_id: str) -> None:
        super().__init__()
        self.project, self.journey_id = project, journey_id
        scene = map_scene(project, journey_id)
        rect = scene.map_rect()
        self.map_size = (rect.width(), rect.height())
        self.picture = QImage(
            PREVIEW_WIDTH,
            round(PREVIEW_WIDTH * rect.height() / rect.width()),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        self.picture.fill(QColor(theme.CANVAS))
        painter = QPainter(self.picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(self.picture.rect()), rect)
        painter.end()
        self.options = PdfOptions()
        self.setMinimumSize(PREVIEW_WIDTH + 20, 330)

    def set_options(self, options: PdfOptions) -> None:
        self.options = options
        self.update()

    def plan(self) -> Plan:
        page = landscape(PAGE_SIZES[self.options.page_size])
        area = (page[0] - 2 * MARGIN, page[1] - 2 * MARGIN - TITLE_HEIGHT - LEGEND_HEIGHT)
        return plan_journey(self.project.journey(self.journey_id), area, self.options.fit)

    def pages(self) -> tuple[int, int]:
        """(rows, columns) of map pages for this journey."""
        plan = self.plan()
        return plan.rows, plan.columns

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#e4e7ec"))
        page_w, page_h = landscape(PAGE_SIZES[self.options.page_size])
        if self.options.fit == "page":
            scale = min((self.width() - 40) / page_w, (self.height() - 40) / page_h)
            paper = QRectF(
                (self.width() - page_w * scale) / 2,
                (self.height() - page_h * scale) / 2,
                page_w * scale,
                page_h * scale,
            )
            painter.fillRect(paper, QColor("#ffffff"))
            painter.setPen(QPen(QColor("#b8bfca"), 1))
            painter.drawRect(paper)
            inner = paper.adjusted(
                MARGIN * scale, (MARGIN + TITLE_HEIGHT) * scale, -MARGIN * scale, -(MARGIN + LEGEND_HEIGHT) * scale
            )
            fit = min(inner.width() / self.picture.width(), inner.height() / self.picture.height())
            target = QRectF(0, 0, self.picture.width() * fit, self.picture.height() * fit)
            target.moveCenter(inner.center())
            painter.drawImage(target, self.picture)
            return
        fit = min((self.width() - 20) / self.picture.width(), (self.height() - 20) / self.picture.height())
        target = QRectF(0, 0, self.picture.width() * fit, self.picture.height() * fit)
        target.moveCenter(QRectF(self.rect()).center())
        painter.drawImage(target, self.picture)
        plan = self.plan()
        per_unit = target.width() / plan.grid.width
        painter.setPen(QPen(QColor(theme.SELECTION), 1.5, Qt.PenStyle.DashLine))
        for window, _, _ in plan.windows:  # the part of the grid each page shows
            painter.drawRect(
                QRectF(
                    target.x() + window.x * per_unit,
                    target.y() + window.y * per_unit,
                    window.width * per_unit,
                    window.height * per_unit,
                ).intersected(target)
            )


class PdfExportDialog(QDialog):
    def __init__(self, project: Project, journey_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export PDF")
        self.project, self.journey_id = project, journey_id
        self.page_size = QComboBox()
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.setCurrentText("A3")
        self.fit_page = QRadioButton("The whole map on one page")
        self.fit_tile = QRadioButton("Tiled across pages, at a readable size")
        self.fit_page.setChecked(True)
        self.journeys = QComboBox()
        self.journeys.addItem("Every journey")
        self.journeys.addItem(f"Only “{project.journey(journey_id).name}”")
        self.preview = PagePreview(project, journey_id)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        fits = QHBoxLayout()
        fits.addWidget(self.fit_page)
        fits.addWidget(self.fit_tile)
        form = QFormLayout()
        form.addRow("Paper (landscape)", self.page_size)
        form.addRow("Map", fits)
        form.addRow("Journeys", self.journeys)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton("Export…", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.preview, 1)
        column.addWidget(self.summary)
        column.addWidget(buttons)
        for signal in (self.page_size.currentIndexChanged, self.fit_page.toggled, self.journeys.currentIndexChanged):
            signal.connect(self._changed)
        self._changed()

    def options(self) -> PdfOptions:
        return PdfOptions(
            page_size=self.page_size.currentText(),
            fit="page" if self.fit_page.isChecked() else "tile",
            journey_ids=None if self.journeys.currentIndex() == 0 else [self.journey_id],
        )

    def _changed(self) -> None:
        options = self.options()
        self.preview.set_options(options)
        rows, columns = self.preview.pages()
        journeys = len(self.project.journeys) if options.journey_ids is None else 1
        per_journey = "One map page" if rows * columns == 1 else f"{rows * columns} tiles ({rows} x {columns})"
        self.summary.setText(
            f"{per_journey} per journey for {count(journeys, 'journey')}, then the "
            "personas, the pain-point register, the improvement backlog and the health check."
        )


class ProgressReporter:
    """Feeds the exporter's progress to a dialog with a Cancel button."""

    def __init__(self, parent: QWidget, label: str) -> None:
        self.dialog = QProgressDialog(label, "Cancel", 0, 100, parent)
        self.dialog.setWindowTitle("Exporting")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)

    def __call__(self, done: int, total: int) -> bool:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.close()
