"""Fractional order keys: where an object stands among its siblings, independent of list positions.

Every ordered object (persona, journey, stage, lane, card) carries an ``order`` key, a short base-62
string compared as plain text. A new object placed between two neighbours gets a key between theirs,
so inserting never renumbers anyone: two people who insert into one cell at the same time both keep
their keys, and a merge or a live session puts both in place. Keys that come out equal (two inserts
between the same neighbours) are ordered by the objects' ids, which are unique; ``(order, id)`` is
therefore a total order that every copy of a project agrees on.

A key is an integer part and a fraction: its first letter says how many digits the integer part has
(``a`` one, ``b`` two, ... upwards; ``Z``, ``Y``, ... for negative integers), and the fraction may not
end in ``0``. ``a0`` is the first key ever given; appending gives ``a1``, ``a2`` ... ``az``, ``b00``, so
keys stay short however long a list grows by appending or prepending. This is the scheme of the
"fractional-indexing" family of libraries (Figma, Rocicorp), written out here.
"""

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
FIRST_KEY = "a0"
_SMALLEST_INTEGER = "A" + "0" * 26
_DIGIT_VALUE = {digit: value for value, digit in enumerate(DIGITS)}


def _key_pattern() -> str:
    """A well-formed key: a head letter, as many integer digits as it says, a fraction not ending in 0."""
    heads = {chr(ord("a") + number): number + 1 for number in range(26)}
    heads.update({chr(ord("Z") - number): number + 1 for number in range(26)})
    integers = "|".join(f"{head}[0-9A-Za-z]{{{count}}}" for head, count in heads.items())
    return f"^(?:(?:{integers})(?:[0-9A-Za-z]*[1-9A-Za-z])?)?$"


ORDER_PATTERN = _key_pattern()  # a key, or the empty key: not placed yet (given one when validated)
_ORDER_KEY = re.compile(ORDER_PATTERN)


class OrderKeyError(ValueError):
    """A key that is not a well-formed order key, or bounds that are not in order."""


def key_between(lower: str | None, upper: str | None) -> str:
    """A key strictly between ``lower`` and ``upper`` (None: no bound on that side)."""
    if lower is not None:
        _check(lower)
    if upper is not None:
        _check(upper)
    if lower is not None and upper is not None and lower >= upper:
        raise OrderKeyError(f"{lower!r} is not before {upper!r}")
    if lower is None:
        if upper is None:
            return FIRST_KEY
        integer = _integer_part(upper)
        fraction = upper[len(integer) :]
        if integer == _SMALLEST_INTEGER:
            return integer + _midpoint("", fraction)
        if integer < upper:
            return integer
        smaller = _decrement(integer)
        if smaller is None:
            raise OrderKeyError("no key before the smallest one")
        return smaller
    integer = _integer_part(lower)
    fraction = lower[len(integer) :]
    if upper is None:
        larger = _increment(integer)
        return integer + _midpoint(fraction, None) if larger is None else larger
    upper_integer = _integer_part(upper)
    if integer == upper_integer:
        return integer + _midpoint(fraction, upper[len(integer) :])
    larger = _increment(integer)
    if larger is not None and larger < upper:
        return larger
    return integer + _midpoint(fraction, None)


def keys_between(lower: str | None, upper: str | None, count: int) -> list[str]:
    """``count`` increasing keys strictly between ``lower`` and ``upper``, kept short by halving."""
    if count <= 0:
        return []
    if count == 1:
        return [key_between(lower, upper)]
    if upper is None:
        keys = [key_between(lower, None)]
        while len(keys) < count:
            keys.append(key_between(keys[-1], None))
        return keys
    if lower is None:
        keys = [key_between(None, upper)]
        while len(keys) < count:
            keys.append(key_between(None, keys[-1]))
        return keys[::-1]
    middle = count // 2
    pivot = key_between(lower, upper)
    return [*keys_between(lower, pivot, middle), pivot, *keys_between(pivot, upper, count - middle - 1)]


def is_order_key(key: str) -> bool:
    return bool(key) and key != _SMALLEST_INTEGER and _ORDER_KEY.match(key) is not None


class Ordered(Protocol):
    id: str
    order: str


T = TypeVar("T", bound=Ordered)


def in_order(items: Sequence[T]) -> bool:
    """Whether every item has a well-formed key and ``(order, id)`` increases along the list."""
    previous: tuple[str, str] | None = None
    for item in items:
        current = (item.order, item.id)
        if not item.order or (previous is not None and current <= previous) or not is_order_key(item.order):
            return False
        previous = current
    return True


def rekey(items: Sequence[T]) -> None:
    """Make the keys agree with the list order: a key that is missing, malformed or not after the one
    before it is given again, between its neighbours. The list order wins; well-placed keys stay."""
    previous: tuple[str, str] | None = None
    for position, item in enumerate(items):
        if not item.order or not is_order_key(item.order) or (previous is not None and sort_key(item) <= previous):
            lower = previous[0] if previous is not None else None
            item.order = key_between(lower, _upper_bound(items, position + 1, lower))
        previous = sort_key(item)


def ordered(items: Sequence[T]) -> list[T]:
    """The items sorted by ``(order, id)``."""
    return sorted(items, key=sort_key)


def sort_key(item: Ordered) -> tuple[str, str]:
    return (item.order, item.id)


def place_keys(keys: Sequence[str], position: int, count: int = 1) -> tuple[list[str], dict[int, str]]:
    """Keys for ``count`` new items placed at ``position`` among siblings whose keys are ``keys`` (in
    order), and the new keys of any siblings that must move to make room: that happens only when the
    keys around the position are equal (two inserts at one spot, merged), which leaves no key between.
    """
    lower = keys[position - 1] if position > 0 else None
    run_end = position
    while run_end < len(keys) and lower is not None and keys[run_end] <= lower:
        run_end += 1
    upper = keys[run_end] if run_end < len(keys) else None
    fresh = keys_between(lower, upper, count + run_end - position)
    moved = {index: fresh[count + offset] for offset, index in enumerate(range(position, run_end))}
    return fresh[:count], moved


def _arranged(cards: Sequence["Placed"], stage_at: dict[str, int], lane_at: dict[str, int]) -> bool:
    """Whether the cards are in map order already, each with a key (the usual case: one quick pass;
    the keys' form is checked by the model's pattern)."""
    last_cell, last_key, last_id = (-1, -1), "", ""
    for card in cards:
        cell, order = (stage_at[card.stage_id], lane_at[card.lane_id]), card.order
        if not order or cell < last_cell:
            return False
        if cell == last_cell and (order < last_key or (order == last_key and card.id <= last_id)):
            return False
        last_cell, last_key, last_id = cell, order, card.id
    return True


def _upper_bound(items: Sequence[Ordered], position: int, lower: str | None) -> str | None:
    """The next item's key as an upper bound for a new key, if it is usable as one."""
    if position >= len(items):
        return None
    key = items[position].order
    return key if key and is_order_key(key) and (lower is None or key > lower) else None


def _check(key: str) -> None:
    if not is_order_key(key):
        raise OrderKeyError(f"{key!r} is not an order key")


def _integer_length(head: str) -> int:
    if "a" <= head <= "z":
        return ord(head) - ord("a") + 2
    if "A" <= head <= "Z":
        return ord("Z") - ord(head) + 2
    raise OrderKeyError(f"an order key cannot start with {head!r}")


def _integer_part(key: str) -> str:
    length = _integer_length(key[0])
    if length > len(key):
        raise OrderKeyError(f"{key!r} is not an order key")
    return key[:length]


def _midpoint(lower: str, upper: str | None) -> str:
    """A fraction between ``lower`` and ``upper`` (None: 1), neither ending in a zero digit."""
    if upper is not None:
        common = 0
        while common < len(upper) and (lower[common] if common < len(lower) else "0") == upper[common]:
            common += 1
        if common > 0:
            return upper[:common] + _midpoint(lower[common:], upper[common:])
    low = _DIGIT_VALUE[lower[0]] if lower else 0
    high = _DIGIT_VALUE[upper[0]] if upper is not None else len(DIGITS)
    if high - low > 1:
        return DIGITS[(low + high + 1) // 2]
    if upper is not None and len(upper) > 1:
        return upper[:1]
    return DIGITS[low] + _midpoint(lower[1:], None)


def _step(integer: str, delta: int, wrap: Callable[[str], str | None]) -> str | None:
    head, digits = integer[0], list(integer[1:])
    for index in reversed(range(len(digits))):
        value = _DIGIT_VALUE[digits[index]] + delta
        if 0 <= value < len(DIGITS):
            digits[index] = DIGITS[value]
            return head + "".join(digits)
        digits[index] = DIGITS[0] if delta > 0 else DIGITS[-1]
    return wrap(head + "".join(digits))


def _increment(integer: str) -> str | None:
    def carry(rolled: str) -> str | None:
        head, digits = rolled[0], rolled[1:]
        if head == "Z":
            return "a0"
        if head == "z":
            return None
        head = chr(ord(head) + 1)
        return head + (digits + "0" if head > "a" else digits[:-1])

    return _step(integer, 1, carry)


def _decrement(integer: str) -> str | None:
    def borrow(rolled: str) -> str | None:
        head, digits = rolled[0], rolled[1:]
        if head == "a":
            return "Z" + DIGITS[-1]
        if head == "A":
            return None
        head = chr(ord(head) - 1)
        return head + (digits + DIGITS[-1] if head < "Z" else digits[:-1])

    return _step(integer, -1, borrow)


class Placed(Ordered, Protocol):
    stage_id: str
    lane_id: str


P = TypeVar("P", bound=Placed)


def arrange_cards(cards: list[P], stage_ids: Sequence[str], lane_ids: Sequence[str]) -> None:
    """Put a journey's flat card list in map order, in place: grouped by cell, the cells by stage then
    lane, each cell's cards by ``(order, id)``, so the file reads like the map. Within a cell the list
    order wins over keys that disagree with it (see :func:`rekey`)."""
    stage_at = {stage_id: number for number, stage_id in enumerate(stage_ids)}
    lane_at = {lane_id: number for number, lane_id in enumerate(lane_ids)}
    if _arranged(cards, stage_at, lane_at):
        return
    cards.sort(key=lambda card: (stage_at[card.stage_id], lane_at[card.lane_id]))
    cells: dict[tuple[str, str], list[P]] = {}
    for card in cards:
        cells.setdefault((card.stage_id, card.lane_id), []).append(card)
    for siblings in cells.values():
        if not in_order(siblings):
            rekey(siblings)
