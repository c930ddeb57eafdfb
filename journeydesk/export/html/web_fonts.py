"""DejaVu Sans for the page, embedded: only the glyphs the map shows, as WOFF data in the style sheet.

The map's text was measured in DejaVu Sans without kerning (:mod:`journeydesk.layout.fonts`), so the
page sets it in the same font with kerning off, and every line ends where it does on the canvas and
in the PDF, whatever fonts the reader's computer has. fontTools cuts the subset.
"""

import base64
import io
from collections.abc import Mapping

from journeydesk.layout.fonts import FONT_FILES, FontStyle
from journeydesk.resources import resource_path

FAMILY = "JourneyDesk Sans"
_CSS_STYLES = {
    FontStyle.REGULAR: "font-weight: 400; font-style: normal",
    FontStyle.BOLD: "font-weight: 700; font-style: normal",
    FontStyle.OBLIQUE: "font-weight: 400; font-style: oblique",
}


def woff_subset(style: FontStyle, characters: set[str]) -> bytes:
    """The font of ``style`` reduced to ``characters``, as WOFF."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features = []  # no kerning or ligatures: the layout measured none
    options.hinting = False
    options.drop_tables += ["GPOS", "GSUB", "GDEF", "kern", "FFTM"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # names and the copyright notice the licence asks to keep
    options.notdef_outline = True
    font = TTFont(resource_path("fonts", FONT_FILES[style]), lazy=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(characters)) or " ")
    subsetter.subset(font)
    font.flavor = "woff"
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


def font_faces(characters: Mapping[FontStyle, set[str]]) -> str:
    """``@font-face`` rules for the styles in use, each with only its characters."""
    rules = []
    for style, used in characters.items():
        if not used:
            continue
        data = base64.b64encode(woff_subset(style, used)).decode("ascii")
        rules.append(
            f'@font-face {{ font-family: "{FAMILY}"; {_CSS_STYLES[style]}; '
            f'src: url(data:font/woff;base64,{data}) format("woff"); }}'
        )
    return "\n".join(rules)
