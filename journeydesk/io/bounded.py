"""Reading untrusted JSON within fixed bounds, checked before anything is built from it.

A parser turns a file into objects, and what they cost is not what the file weighs: 100 MB of
``[[],[],...]`` become tens of millions of objects. So the file's structure is measured first, on
its bytes, at the speed of ``bytes.count``: how many values it holds, how deep it nests, how long
its longest text is. Only a file within every bound is handed to jiter, which parses it (and refuses
duplicate keys, which a plain parser lets the last one win silently).

The measure is exact for the numbers a file shows (commas, brackets outside text); brackets inside
text values that happen to balance can hide depth from it, and jiter's own limit of 200 levels still
holds there.
"""

import re
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import Any

import jiter

from journeydesk.io.errors import JourneyFileError

MAX_FILE_BYTES = 128 * 2**20
MAX_VALUES = 1_000_000
MAX_DEPTH = 32
MAX_STRING_BYTES = 4 * 2**20
MAX_FIELDS = 64  # our largest object has about 20
FIELDS_CHECKED_FROM = 200_000  # values: below, even all of them wrong cost validation little memory

_UNMEASURED = 2**62
_BRACKETS_ONLY = bytes(byte for byte in range(256) if byte not in b"[]{}")
_PIECE = 2**20
_LONG_RUN = re.compile(rb'"[^"]{%d}' % MAX_STRING_BYTES)
_DUPLICATE = re.compile(r'^Detected duplicate key "(.*)" at (line \d+) column (\d+)$', re.DOTALL)


def check_bounds(data: bytes, source: str | Path) -> int:
    """Raise :class:`JourneyFileError` naming the number found and the limit when ``data`` holds too
    many values, nests too deeply or has too long a text; otherwise parsing it is safe. Returns at
    least as many as the values it holds."""
    if len(data) > MAX_FILE_BYTES:
        raise too_large(source, len(data))
    views = _Views(data)
    if len(data) > MAX_STRING_BYTES:  # else no text in it can be too long
        _check_text_lengths(views.unescaped, source)
    # Each value is the top one, the first in its list or object, or follows a comma.
    values = 1 + data.count(b",") + data.count(b"[") + data.count(b"{")
    if values > MAX_VALUES:  # commas and brackets in text are not values: count again without them
        values = views.values
        if values > MAX_VALUES:
            raise JourneyFileError(source, f"too many values ({values:,}; at most {MAX_VALUES:,})")
    closing = data.count(b"]") + data.count(b"}")
    depth = _depth(data.translate(None, _BRACKETS_ONLY)) if closing <= MAX_VALUES else None
    if depth is None or depth > MAX_DEPTH:  # brackets in text may be what broke or deepened them
        depth = _depth(views.brackets)
    if depth is not None and depth > MAX_DEPTH:
        found = f"{depth} levels" if depth < _UNMEASURED else f"at least {MAX_DEPTH + 2} levels"
        raise JourneyFileError(source, f"the data is nested too deeply ({found}; at most {MAX_DEPTH})")
    return values


def check_fields(document: Any, source: str | Path) -> None:
    """Refuse an object with more fields than any of ours has: validation would answer each unknown
    one with an error, and a million errors take gigabytes. Walked only for large files."""
    pending = [document]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            if len(value) > MAX_FIELDS:
                raise JourneyFileError(source, f"an object has {len(value):,} fields (at most {MAX_FIELDS})")
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)


class _Views:
    """The file's bytes seen as the checks need them, each view made once and only when needed."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    @cached_property
    def unescaped(self) -> bytes:
        """Without escaped backslashes and quotes: every quote left starts or ends a text."""
        data = self.data
        return data.replace(b"\\\\", b"").replace(b'\\"', b"") if b"\\" in data else data

    @cached_property
    def values(self) -> int:
        """How many values there are outside texts."""
        values = 1
        for piece in self._structure():
            values += piece.count(b",") + piece.count(b"[") + piece.count(b"{")
            values -= piece.count(b"[]") + piece.count(b"{}")  # an empty list or object holds no value
        return values

    @cached_property
    def brackets(self) -> bytes:
        """The brackets outside texts; none when there are more than a file within bounds can pair."""
        brackets, count = [], 0
        for piece in self._structure():
            brackets.append(piece.translate(None, _BRACKETS_ONLY))
            count += len(brackets[-1])
            if count > 2 * MAX_VALUES:
                return b""
        return b"".join(brackets)

    def _structure(self) -> Iterator[bytes]:
        """The file a piece at a time, with every text a ``0``: its structure. In pieces, so that
        millions of texts cost no more memory than a piece does."""
        unescaped, inside = self.unescaped, False
        for start in range(0, len(unescaped), _PIECE):
            parts = unescaped[start : start + _PIECE].split(b'"')
            outside = parts[1::2] if inside else parts[0::2]
            if outside:  # else the whole piece is inside one text
                inside = (len(parts) - inside) % 2 == 0
                yield b"0".join(outside) + (b"0" if inside else b"")


def _check_text_lengths(unescaped: bytes, source: str | Path) -> None:
    """A long run without a quote is a long text when an even number of quotes comes before it."""
    start = 0
    while (run := _LONG_RUN.search(unescaped, start)) is not None:
        if unescaped.count(b'"', 0, run.start()) % 2 == 0:
            end = unescaped.find(b'"', run.start() + 1)
            found = (end if end >= 0 else len(unescaped)) - run.start() - 1
            raise JourneyFileError(source, f"a text is too long ({_mb(found)}; at most {_mb(MAX_STRING_BYTES)})")
        start = run.end()  # the run is structure between two texts


def _depth(brackets: bytes) -> int | None:
    """How deep ``brackets`` nest; None when they do not pair up (the parser says where).

    Each round takes away the innermost pairs, so the rounds needed are the depth. Past the limit,
    the rest is measured one bracket at a time if that is few enough, else it is just too deep."""
    opening = brackets.count(b"[") + brackets.count(b"{")
    if not brackets or opening * 2 != len(brackets):
        return None if brackets else 0
    for rounds in range(MAX_DEPTH + 1):
        if not brackets:
            return rounds
        fewer = brackets.replace(b"[]", b"").replace(b"{}", b"")
        if len(fewer) == len(brackets):
            return None
        brackets = fewer
    if len(brackets) > 2 * MAX_VALUES:
        return _UNMEASURED
    deepest = level = 0
    for byte in brackets:
        level += 1 if byte in b"[{" else -1
        deepest = max(deepest, level)
    return MAX_DEPTH + 1 + deepest


def parse(data: bytes, source: str | Path) -> Any:
    """The parsed document of ``data``, already known to be within bounds. A duplicate key is an
    error naming its line; any other syntax error raises ``ValueError`` for the caller to explain."""
    try:
        return jiter.from_json(data, allow_inf_nan=False, catch_duplicate_keys=True, cache_mode="keys")
    except ValueError as exc:
        duplicate = _DUPLICATE.match(str(exc))
        if duplicate is None:
            raise
        key, line, column = duplicate.groups()
        problem = f"the key {key[:80]!r} appears twice in one object (which value is meant?)"
        raise JourneyFileError(source, problem, f"{line}, column {column}") from None


def too_large(source: str | Path, size: int, limit: int = MAX_FILE_BYTES) -> JourneyFileError:
    return JourneyFileError(source, f"the file is too large ({_mb(size)}; at most {_mb(limit)})")


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size < 10 * 2**20 else f"{size // 2**20} MB"
