"""Pure geometry of a journey map: stages, lanes, cells and card slots as rectangles. No Qt.

One layout serves the canvas, the PDF and the image export, so all three look alike.
"""

from journeydesk.layout.geometry import Point, Rect
from journeydesk.layout.grid import GridLayout, compute_grid
from journeydesk.layout.metrics import METRICS, Metrics

__all__ = ["METRICS", "GridLayout", "Metrics", "Point", "Rect", "compute_grid"]
