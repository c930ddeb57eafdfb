"""Line breaking, done once for every surface: at spaces, inside a word only when it is wider than a
line, at the line breaks typed, and with an ellipsis when the lines allowed run out."""

from functools import lru_cache
from itertools import accumulate

from journeydesk.layout.fonts import FontStyle, font_metrics

ELLIPSIS = "…"
# Maps repeat the same titles and cells many times over: short texts' lines are remembered (a long
# description, measured again at every key typed into it, is not).
REMEMBERED_LENGTH = 300


def wrap(text: str, style: FontStyle, size: float, width: float, max_lines: int | None = None) -> list[str]:
    """The lines of ``text`` no wider than ``width``; with ``max_lines``, the last one kept ends in
    an ellipsis when text remains."""
    wrapped = _remembered_wrap if len(text) <= REMEMBERED_LENGTH else _wrapped
    return list(wrapped(text, style, size, width, max_lines))


def _wrapped(text: str, style: FontStyle, size: float, width: float, max_lines: int | None) -> tuple[str, ...]:
    metrics = font_metrics(style)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            if lines:
                lines.append("")
            continue
        space = metrics.width(" ", size)
        current, current_width = "", 0.0
        for word in words:
            word_width = metrics.width(word, size)
            if current and current_width + space + word_width <= width:
                current, current_width = f"{current} {word}", current_width + space + word_width
                continue
            if current:
                lines.append(current)
            rest, rest_width = word, word_width
            while rest_width > width and len(rest) > 1:  # a word wider than a line is cut
                cut = _longest_fitting(rest, style, size, width)
                lines.append(rest[:cut])
                rest = rest[cut:]
                rest_width = metrics.width(rest, size)
            current, current_width = rest, rest_width
        lines.append(current)
    while lines and not lines[-1]:
        lines.pop()
    if max_lines is not None and len(lines) > max_lines:
        if max_lines <= 0:
            return ()
        kept = lines[:max_lines]
        kept[-1] = ellipsize(f"{kept[-1]} {lines[max_lines]}", style, size, width, always=True)
        return tuple(kept)
    return tuple(lines)


def ellipsize(text: str, style: FontStyle, size: float, width: float, always: bool = False) -> str:
    """``text`` on one line of ``width``, ended with an ellipsis if cut (or ``always``)."""
    shorten = _remembered_ellipsize if len(text) <= REMEMBERED_LENGTH else _ellipsized
    return shorten(text, style, size, width, always)


def _ellipsized(text: str, style: FontStyle, size: float, width: float, always: bool) -> str:
    text = " ".join(text.split())
    metrics = font_metrics(style)
    if not always and metrics.width(text, size) <= width:
        return text
    room = (width - metrics.width(ELLIPSIS, size)) / size  # in ems
    cut = 0
    for used in accumulate(map(metrics.widths.__getitem__, map(ord, text))):
        if used > room:
            break
        cut += 1
    while cut > 0 and text[cut - 1] == " ":
        cut -= 1
    return text[:cut] + ELLIPSIS if cut > 0 else ELLIPSIS


_remembered_wrap = lru_cache(maxsize=16384)(_wrapped)
_remembered_ellipsize = lru_cache(maxsize=16384)(_ellipsized)


def _longest_fitting(text: str, style: FontStyle, size: float, width: float) -> int:
    """How many leading characters of ``text`` fit ``width`` (at least one)."""
    metrics, total, count = font_metrics(style), 0.0, 0
    for char in text:
        total += metrics.width(char, size)
        if total > width:
            break
        count += 1
    return max(1, count)


@lru_cache(maxsize=65536)
def _word_widths(text: str, style: FontStyle) -> tuple[tuple[tuple[float, ...], ...], float]:
    """Each paragraph's word widths at size 1, and the space's."""
    metrics = font_metrics(style)
    paragraphs = tuple(tuple(metrics.width(word, 1.0) for word in paragraph.split()) for paragraph in text.split("\n"))
    return paragraphs, metrics.width(" ", 1.0)


def count_lines(text: str, style: FontStyle, size: float, width: float) -> int:
    """How many lines :func:`wrap` makes of ``text`` (without a limit), from widths measured once."""
    paragraphs, space = _word_widths(text, style)
    room = width / size
    if any(word > room for words in paragraphs for word in words):  # words cut inside: measure them
        return len(wrap(text, style, size, width))
    count = 0
    blank = 0
    for words in paragraphs:
        if not words:
            blank += 1 if count else 0
            continue
        count += blank
        blank = 0
        current = -1.0
        for word in words:
            if current >= 0 and current + space + word <= room:
                current += space + word
                continue
            if current >= 0:
                count += 1
            current = word
        count += 1
    return count
