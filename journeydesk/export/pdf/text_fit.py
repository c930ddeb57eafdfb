"""Fitting text into a box: wrap, then shrink within limits, then end with an ellipsis."""

from journeydesk.export.pdf import fonts

ELLIPSIS = "…"
LINE_SPACING = 1.22  # line height as a multiple of the font size


def wrap(text: str, size: float, box_width: float, font: str = fonts.REGULAR) -> list[str]:
    """Every line of ``text`` at ``size``, broken at spaces (or inside words too long for a line)."""
    if len(text) * size <= box_width:  # no glyph is wider than its size: it fits without measuring
        return [" ".join(text.split())] if text.strip() else []
    if "\n" not in text and fonts.width(text, size, font) <= box_width:  # one measurement for the common case
        return [" ".join(text.split())] if text.strip() else []
    words = text.split()
    space = fonts.width(" ", size, font)
    lines: list[str] = []
    current, current_width = "", 0.0
    for word in words:  # each word is measured once; a line's width is the sum of its words and spaces
        word_width = fonts.width(word, size, font)
        if current and current_width + space + word_width <= box_width:
            current, current_width = f"{current} {word}", current_width + space + word_width
            continue
        if current:
            lines.append(current)
        rest, rest_width = word, word_width
        while rest_width > box_width and len(rest) > 1:  # break a word that never fits
            cut = len(rest)
            while cut > 1 and fonts.width(rest[:cut], size, font) > box_width:
                cut -= 1
            lines.append(rest[:cut])
            rest = rest[cut:]
            rest_width = fonts.width(rest, size, font)
        current, current_width = rest, rest_width
    if current:
        lines.append(current)
    return lines


def ellipsize(text: str, size: float, box_width: float, font: str = fonts.REGULAR) -> str:
    if fonts.width(text, size, font) <= box_width:
        return text
    while text and fonts.width(text + ELLIPSIS, size, font) > box_width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def fit(
    text: str, box_width: float, box_height: float, size: float, smallest: float, font: str = fonts.REGULAR
) -> tuple[list[str], float]:
    """Lines and the font size that fit the box: the largest size from ``size`` down to ``smallest``
    at which the whole text fits; failing that, ``smallest`` with the last line ended by an ellipsis."""
    text = " ".join(text.split())
    if not text:
        return [], size
    current = size
    while True:
        lines = wrap(text, current, box_width, font)
        room = max(1, int(box_height // (current * LINE_SPACING)))
        if len(lines) <= room:
            return lines, current
        if current <= smallest:
            kept = lines[:room]
            rest = " ".join([kept[-1], *lines[room:]])
            kept[-1] = ellipsize(rest, current, box_width, font)
            return kept, current
        current = max(smallest, current - 0.5)
