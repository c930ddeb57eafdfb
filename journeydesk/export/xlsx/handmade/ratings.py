"""Ratings and statuses a cell says itself: "Long queue (high)", "!!! Card declined", "Severity: 4",
"Impact high, effort low", "[done]". Only what is said, in a place that marks it as a rating
(brackets, a label, a line or a prefix of its own), so "Low battery warning" is no low severity.
Levels run 1..5: very low, low, medium, high, critical.
"""

import re

from journeydesk.export.xlsx.handmade.rating_words import LEVEL_WORDS, RATING_LABELS, STATUS_WORDS
from journeydesk.export.xlsx.handmade.words import WordTable, fold
from journeydesk.model.enums import ActionStatus

_LEVELS: WordTable[int] = WordTable(LEVEL_WORDS)
_LABELS: WordTable[str] = WordTable(RATING_LABELS)
_STATUSES: WordTable[ActionStatus] = WordTable(STATUS_WORDS)
_SEPARATORS = " \t:=-–—|,;.()[]{}"
_MARKS = re.compile(r"(?<![\w!])(!{1,5})(?![\w!])")
_OUT_OF = re.compile(r"(\d+(?:[.,]\d+)?)\s*/\s*(5|10|100)")
_DIGIT = re.compile(r"([1-5])(?![\d.,/])")
_STARS = re.compile(r"([★⭐]+)[☆✩]*")
_WORD_END = re.compile(r"\w*")
_BRACKETS = re.compile(r"[(\[{]([^()\[\]{}]{1,30})[)\]}]")
_PREFIX = re.compile(r"^\s*([^:\-–—|\n]{1,24}?)\s*(?::|\s[-–—|])\s*\S")
_SUFFIX = re.compile(r"\S\s*(?::|[-–—|,;]\s)\s*([^:\-–—|,;\n]{1,24}?)\s*$")


def _level_from_number(number: float, out_of: int) -> int:
    return max(1, min(5, round(number * 5 / out_of))) if out_of != 5 else max(1, min(5, round(number)))


def _value(text: str, whole: bool) -> int | None:
    """A rating at the start of ``text`` (all of it when ``whole``): a level word, 3/5, 4, !!!, ★★★."""
    text = text.strip(_SEPARATORS.replace("(", "").replace("[", ""))
    folded = fold(text)
    candidates: list[tuple[int, int]] = []  # (value, length it takes)
    found = _LEVELS.first(text)
    if found is not None and found.start == 0:  # "high" also takes the rest of "highest", "высок" of "высокая"
        word = _WORD_END.match(folded, found.end)  # \w* matches, if only the empty string
        candidates.append((found.key, word.end() if word else found.end))
    out_of = _OUT_OF.match(folded)
    if out_of:
        candidates.append((_level_from_number(float(out_of[1].replace(",", ".")), int(out_of[2])), out_of.end()))
    digit = _DIGIT.match(folded)
    if digit and not whole:  # a bare digit only right after a label: "Severity 4"
        candidates.append((int(digit[1]), digit.end()))
    marks = _MARKS.match(folded)
    if marks:
        candidates.append((_marks_level(marks[1]), marks.end()))
    stars = _STARS.match(folded)
    if stars and len(stars[0]) <= 5:
        candidates.append((len(stars[1]), stars.end()))
    for value, length in candidates:
        if not whole or not folded[length:].strip(_SEPARATORS):
            return value
    return None


def _marks_level(marks: str) -> int:
    """ "!" low, "!!" medium, "!!!" high, more is critical."""
    return min(5, len(marks) + 1)


def _labelled(text: str, label: str) -> int | None:
    """The level given with a label: "Severity: high", "high priority", "Impact 4/5"."""
    folded = fold(text)
    for found in _LABELS.finditer(text):
        if found.key != label:
            continue
        rest = folded[found.end :]
        after = None if rest.lstrip().startswith((",", ";", "/")) else _value(rest, whole=False)
        if after is not None:  # "Impact: high", "effort 2/5"
            return after
        before = folded[: found.start].rstrip(" :-–")
        for words in (1, 2):
            tail = " ".join(before.split()[-words:])
            value = _value(tail, whole=True) if tail else None
            if value is not None:
                return value
    return None


def severity_in(text: str) -> int | None:
    """The severity a pain point's cell states, or None."""
    labelled = _labelled(text, "severity")
    if labelled is not None:
        return labelled
    for piece in _set_off(text):
        value = _value(piece, whole=True)
        if value is not None:
            return value
    marks = _MARKS.search(text)
    if marks:
        return _marks_level(marks[1])
    stars = _STARS.search(text)
    return len(stars[1]) if stars and len(stars[0]) <= 5 else None


def impact_and_effort_in(text: str) -> tuple[int | None, int | None]:
    """The impact and effort an action's cell states, each None when not said."""
    return _labelled(text, "impact"), _labelled(text, "effort")


def status_in(text: str) -> ActionStatus | None:
    """The status an action's cell states: "Status: done", "(in progress)", "[planned]"."""
    folded = fold(text)
    for found in _LABELS.finditer(text):
        if found.key == "status":
            status = _STATUSES.first(folded[found.end :].lstrip(_SEPARATORS))
            if status is not None and status.start == 0:
                return status.key
    for inner in _BRACKETS.findall(folded):
        status = _STATUSES.first(inner.strip())
        if status is not None and status.start == 0 and not inner.strip()[status.end :].strip():
            return status.key
    return None


def _set_off(text: str) -> list[str]:
    """The parts of a cell that stand apart from its sentence: bracketed, a line of their own, a
    prefix before a colon or dash, a suffix after one."""
    text = fold(text)
    pieces = list(_BRACKETS.findall(text))
    lines = [line for line in text.splitlines() if line.strip()]
    pieces += lines if len(lines) > 1 else []
    for line in lines:
        pieces += [match[1] for pattern in (_PREFIX, _SUFFIX) if (match := pattern.search(line))]
    return pieces
