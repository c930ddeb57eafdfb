"""Theme colours as reportlab RGB triples, converted once.

Parsing "#rrggbb" on every call is slow, and a reportlab Color object also resets the fill opacity
each time it is set; a plain (r, g, b) triple sets the colour alone.
"""

from functools import cache

from reportlab.lib.colors import HexColor

RGB = tuple[float, float, float]


@cache
def rl(hex_color: str) -> RGB:
    color = HexColor(hex_color)
    return color.red, color.green, color.blue
