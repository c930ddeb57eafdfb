"""The one rule from map units to pixels and to points.

A map unit is a pixel at 100% zoom on a 96-dpi screen: 1/96 inch, so three quarters of a point. A
surface shows the map at a zoom; a screen or a picture of ``dpi`` dots per inch then has
``zoom * dpi / 96`` pixels per unit, and paper has ``zoom * 0.75`` points per unit. At the same zoom
the canvas, a PNG and a PDF are therefore the same size, and a PDF rendered at the picture's dpi
matches it pixel for pixel.
"""

UNITS_PER_INCH = 96.0
POINTS_PER_INCH = 72.0
POINTS_PER_UNIT = POINTS_PER_INCH / UNITS_PER_INCH


def pixels_per_unit(dpi: float, zoom: float = 1.0) -> float:
    return zoom * dpi / UNITS_PER_INCH


def points_per_unit(zoom: float = 1.0) -> float:
    return zoom * POINTS_PER_UNIT


def zoom_for_points(size_units: float, size_points: float) -> float:
    """The zoom at which text of ``size_units`` prints at ``size_points``."""
    return size_points / (size_units * POINTS_PER_UNIT)
