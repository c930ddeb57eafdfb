"""Type sizes of the map, in map units (a pixel at 100%; at zoom 1 a unit prints at 0.75 pt)."""

CARD_TITLE = 12.0  # 9 pt at zoom 1
GIST = 18.0  # far out on screen, where the usual sizes are too small to read: names, a card's first words
CAPTION = 10.4  # small bold capitals: a card's kind or channel, a status pill (7 pt at the readable zoom)
DETAIL = 10.4  # ratings, the owner
BADGE = 12.0  # a count pinned to a card's top edge: its votes
STAGE_NAME = 14.0
STAGE_NUMBER = 11.5
LANE_NAME = 13.0
LANE_KIND = 9.5
SCALE = 9.5
HEADING = 14.0
BODY = 12.0
GHOST = 12.0  # a template's guidance, faint in an empty cell
LEGEND = 11.0

# The smallest text a card sets: a print layout keeps it at 7 pt or more.
SMALLEST_CARD_TEXT = min(CARD_TITLE, CAPTION, DETAIL)
