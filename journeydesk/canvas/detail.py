"""How much of a face the canvas draws, from the size its text would have on screen.

A text is drawn while it is at least :data:`MIN_TEXT_PIXELS` high on screen (its font size times the
zoom); smaller, it is a grey bar where it would be. A card whose title is too small shows its gist
(the first words of its title in large type), and once even those are too small every card becomes
a block in its kind's colour (the scene's overview). So a bigger screen, or larger type, shows text
further out: no zoom level is special in itself.
"""

from journeydesk.layout import typography as type_size

MIN_TEXT_PIXELS = 6.0
# Below this zoom a card's gist would be too small to read: the map is drawn as an overview.
OVERVIEW_BELOW = MIN_TEXT_PIXELS / type_size.GIST


def readable(size: float, detail: float) -> bool:
    """Whether text of ``size`` map units reads at ``detail`` screen pixels per map unit."""
    return size * detail >= MIN_TEXT_PIXELS


def smallest_readable(detail: float) -> float:
    """The smallest text size, in map units, that reads at ``detail``."""
    return MIN_TEXT_PIXELS / max(detail, 1e-9)
