"""Reading how the customer feels from what people write in a map: emotion words in the languages
JourneyDesk reads, with their intensity ("very happy", "slightly annoyed", "not satisfied"), emoji
faces and emoticons, and numbers on whatever scale the map uses (1-5, 1-10, -2..+2, percentages),
all mapped onto JourneyDesk's -2..+2.
"""

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from journeydesk.export.xlsx.handmade.emotion_words import (
    EMOTICONS,
    EMOTION_WORDS,
    FACES,
    NEGATIONS,
    STRONGER,
    WEAKER,
)
from journeydesk.export.xlsx.handmade.words import WordTable, fold

_TABLE: WordTable[int] = WordTable(EMOTION_WORDS)
_FACE_VALUES = {face: value for value, faces in FACES.items() for face in faces}
_FACE = re.compile("|".join(re.escape(face) for face in _FACE_VALUES))
_EMOTICON = re.compile(
    r"(?<![\w:])(" + "|".join(re.escape(item) for item in sorted(EMOTICONS, key=len, reverse=True)) + r")(?![\w)(])"
)
_NUMBER = re.compile(r"^\s*([+\-−–]?\s*\d+(?:[.,]\d+)?)\s*(%|/\s*(\d+))?\s*$")
_RANGE = re.compile(
    r"([+\-−–]?\d+)\s*(?:\.\.\.?|…|–|—|-|~|to|bis|à|a|al|до|do|ile|tot|到|至)\s*\+?(\d+)", re.IGNORECASE
)


def _phrases(table: dict[str, tuple[str, ...]]) -> frozenset[str]:
    return frozenset(fold(word) for words in table.values() for word in words)


_STRONGER, _WEAKER, _NEGATIONS = _phrases(STRONGER), _phrases(WEAKER), _phrases(NEGATIONS)
_CJK_MODIFIERS = sorted(
    (
        (word, kind)
        for kind, words in (("+", _STRONGER), ("-", _WEAKER), ("!", _NEGATIONS))
        for word in words
        if "\u4e00" <= word[0] <= "\u9fff"
    ),
    key=lambda item: -len(item[0]),
)


@dataclass(frozen=True)
class Scale:
    """The range a map's numbers are on, e.g. 1..5; it maps a value onto -2..+2."""

    low: float
    high: float

    def score(self, value: float) -> int:
        if self.high <= self.low:
            return 0
        position = -2 + 4 * (min(max(value, self.low), self.high) - self.low) / (self.high - self.low)
        return int(math.copysign(math.floor(abs(position) + 0.5), position))


OWN_SCALE = Scale(-2, 2)


@dataclass(frozen=True)
class Number:
    value: float
    percent: bool = False
    out_of: int | None = None  # "3/5" is 3 out of 5
    signed: bool = False  # written with a + or - sign


def number(text: str) -> Number | None:
    """The number a cell holds when it holds nothing else: ``4``, ``+1``, ``-2``, ``75%``, ``3/5``."""
    match = _NUMBER.match(text)
    if not match:
        return None
    written = match.group(1).replace(" ", "").replace("−", "-").replace("–", "-").replace(",", ".")
    out_of = int(match.group(3)) if match.group(3) else None
    if out_of == 0:
        return None
    return Number(float(written), match.group(2) == "%", out_of, written[0] in "+-")


def scale_for(texts: Iterable[str], label: str = "") -> Scale:
    """The scale the numbers of one lane (or one column) are on: said in its label ("Mood (1-10)"),
    else read from the numbers themselves."""
    hint = _RANGE.search(label)
    if hint:
        low, high = float(hint.group(1).replace("−", "-").replace("–", "-")), float(hint.group(2))
        if low < high <= 100:
            return Scale(low, high)
    numbers = [found for found in map(number, texts) if found is not None and found.out_of is None]
    if not numbers:
        return OWN_SCALE
    values = [found.value for found in numbers]
    low, high = min(values), max(values)
    if any(found.percent for found in numbers) or high > 10:
        return Scale(0, 100)
    if low < 0:
        reach = max(abs(low), abs(high))
        return Scale(-reach, reach) if reach > 2 else OWN_SCALE
    if high <= 2 and (low == 0 or any(found.signed for found in numbers)):
        return OWN_SCALE
    if low >= 1:
        return Scale(1, 5) if high <= 5 else Scale(1, 7) if high <= 7 else Scale(1, 10)
    return Scale(0, 5) if high <= 5 else Scale(0, 10)


def is_scale_value(text: str) -> bool:
    """A number that can be a score: a fraction, a percentage, or within -10..10 (not an amount)."""
    found = number(text)
    return found is not None and (found.out_of is not None or found.percent or abs(found.value) <= 10)


def is_score(text: str) -> bool:
    """A cell that only holds a number: it is a point of the curve, not something to read."""
    return number(text) is not None


def emotion(text: str, scale: Scale = OWN_SCALE) -> int | None:
    """How a cell says the customer feels, on -2..+2; None when it does not say."""
    found = number(text)
    if found is not None:
        if found.out_of is not None:
            return (Scale(1, 5) if found.out_of == 5 else Scale(0, found.out_of)).score(found.value)
        return (Scale(0, 100) if found.percent else scale).score(found.value)
    signals = _word_signals(text) + _face_signals(text)
    if not signals:
        return None
    mean = sum(signals) / len(signals)
    return int(math.copysign(math.floor(abs(mean) + 0.5), mean))


def _face_signals(text: str) -> list[int]:
    faces = [_FACE_VALUES[match.group()] for match in _FACE.finditer(text)]
    return faces + [EMOTICONS[match.group(1)] for match in _EMOTICON.finditer(fold(text))]


def _word_signals(text: str) -> list[int]:
    folded = fold(text)
    signals = []
    for found in _TABLE.finditer(text):
        value = found.key
        stronger, weaker, negated = _modifiers(folded[: found.start])
        if negated:  # "not happy", "not very happy": mildly the opposite
            value = -1 if value >= 0 else 1
        elif stronger and value:
            value = 2 if value > 0 else -2
        elif weaker and value:
            value = 1 if value > 0 else -1
        signals.append(value)
    return signals


def _modifiers(before: str) -> tuple[bool, bool, bool]:
    """Whether the words just before an emotion word strengthen, weaken or negate it."""
    for word, kind in _CJK_MODIFIERS:
        if before.endswith(word):
            return kind == "+", kind == "-", kind == "!"
    words = re.findall(r"[\w']+", before[-40:])[-3:]
    if not words or not before[-1:].isspace():
        return False, False, False
    last, pair = words[-1], " ".join(words[-2:])
    return (
        last in _STRONGER or pair in _STRONGER,
        last in _WEAKER or pair in _WEAKER,
        bool(set(words[-2:]) & _NEGATIONS),
    )
