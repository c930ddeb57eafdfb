"""Counts and articles in the words people read: "1 card", "3 pain points", "an improvement action"."""


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and the noun in the form it takes: ``count(1, "card")`` is "1 card", ``count(0,
    "card")`` "0 cards"; give ``plural`` where adding an s is wrong ("2 journeys" is right, "2
    personas" too, "2 children" needs it)."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def a(noun: str) -> str:
    """The noun with its indefinite article: "a touchpoint", "an improvement action"."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"
