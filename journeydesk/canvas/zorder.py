"""Stacking order of the map's items, in one place."""

GRID = -10.0
CELL = 0.0
CELL_DRAGGED = 20.0
CURSOR = 30.0
LINKS = 35.0
HEADERS = 40.0
HEADER_DRAGGED = 45.0
INDICATOR = 60.0
