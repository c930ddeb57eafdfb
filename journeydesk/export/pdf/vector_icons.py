"""Our icons drawn as vectors by reportlab."""

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from journeydesk.export.icon_paths import GRID, STROKE, icon_ops


def draw_icon(
    canvas: Canvas, name: str, to_page: Callable[[float, float], tuple[float, float]], size: float, color: str
) -> None:
    """Draw icon ``name``; ``to_page`` maps a point of the icon's 24 x 24 grid to the page."""
    canvas.saveState()
    canvas.setStrokeColor(color)
    canvas.setLineWidth(STROKE * size / GRID)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    path = canvas.beginPath()
    for op in icon_ops(name):
        if op[0] == "M":
            path.moveTo(*to_page(op[1], op[2]))
        elif op[0] == "L":
            path.lineTo(*to_page(op[1], op[2]))
        elif op[0] == "C":
            path.curveTo(*to_page(op[1], op[2]), *to_page(op[3], op[4]), *to_page(op[5], op[6]))
        else:
            path.close()
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()
