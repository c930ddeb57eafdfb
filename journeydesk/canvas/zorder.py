"""Stacking order of the map's items, in one place."""

GRID = -10.0
GHOSTS = -8.0  # a template's guidance in empty cells
LINKS = -5.0  # connector lines run behind the cards, visible in the gaps between them
CELL = 0.0
CELL_DRAGGED = 20.0
CURSOR = 30.0
CURVE = 35.0
PRESENCE = 37.0  # other people's selections in a live session, over the cards, under the headers
HEADERS = 40.0
HEADER_DRAGGED = 45.0
INDICATOR = 60.0
