"""Counts, articles and names in the words people read: "1 card", "3 pain points", "an improvement
action", "New journey 2"."""

from collections.abc import Collection
from itertools import count as numbers


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and the noun in the form it takes: ``count(1, "card")`` is "1 card", ``count(0,
    "card")`` "0 cards"; give ``plural`` where adding an s is wrong ("2 journeys" is right, "2
    personas" too, "2 children" needs it)."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def shortened(text: str, limit: int = 80) -> str:
    """``text`` on one line, cut with an ellipsis to at most ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def a(noun: str) -> str:
    """The noun with its indefinite article: "a touchpoint", "an improvement action"."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def numbered(name: str, taken: Collection[str], at: int | None = None) -> str:
    """``name``, or if it is ``taken`` (whatever its capitals) the first free of "name 2", "name 3",
    …, the number going in at position ``at`` (the end by default)."""
    used = {other.casefold() for other in taken}
    if name.casefold() not in used:
        return name
    at = len(name) if at is None else at
    return next(
        candidate
        for candidate in (f"{name[:at]} {number}{name[at:]}" for number in numbers(2))
        if candidate.casefold() not in used
    )
