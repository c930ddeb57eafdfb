"""Pydantic validation errors turned into a field path and a sentence a person understands."""

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from journeydesk.model.enums import CardKind
from journeydesk.model.integrity import INTEGRITY_ERROR

_CARD_TAGS = {kind.value for kind in CardKind}

_JSON_TYPE_NAMES = {
    dict: "an object",
    list: "a list",
    str: "text",
    bool: "true/false",
    int: "a number",
    float: "a number",
    type(None): "null",
}

_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "int_parsing": "a whole number",
    "list_type": "a list",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
    "bool_type": "true or false",
}


def path_of(loc: Sequence[str | int], root: str = "project") -> str:
    """``('journeys', 0, 'cards', 3, 'pain_point', 'severity')`` -> ``project.journeys[0].cards[3].severity``.

    The card-kind element pydantic inserts for the discriminated union is dropped: it is not in the file.
    """
    text = root
    for index, part in enumerate(loc):
        if isinstance(part, int):
            text += f"[{part}]"
        elif part in _CARD_TAGS and index >= 2 and loc[index - 2] == "cards":
            continue
        else:
            text += f".{part}" if text else part
    return text


def describe(error: ErrorDetails) -> str:
    """One sentence for one pydantic error."""
    kind = error["type"]
    ctx: dict[str, Any] = error.get("ctx") or {}
    value = error.get("input")
    field = next((part for part in reversed(error["loc"]) if isinstance(part, str)), "")
    if kind == INTEGRITY_ERROR:
        return str(ctx["message"])
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (not part of this format)"
    if kind in _EXPECTED:
        return f"must be {_EXPECTED[kind]}, not {_type_name(value)}"
    if kind == "string_too_long":
        return f"text is too long ({len(value)} characters; at most {ctx['max_length']})"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "too_long":
        return f"has too many items ({ctx.get('actual_length')}; at most {ctx.get('max_length')})"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} item(s)"
    if kind == "greater_than_equal":
        return f"must be at least {ctx['ge']}, not {shown(value)}"
    if kind == "less_than_equal":
        return f"must be at most {ctx['le']}, not {shown(value)}"
    if kind == "string_pattern_mismatch":
        if field == "color":
            return f"{shown(value)} is not a colour written as #rrggbb"
        if field == "order":
            return f"{shown(value)} is not an order key (a letter, as many digits as it says, then more digits)"
        return f"{shown(value)} is not a valid id (1-64 letters, digits, '_', '.', ':' or '-')"
    if kind in {"enum", "literal_error"}:
        return f"{shown(value)} is not allowed here; expected {ctx.get('expected')}"
    if kind == "union_tag_invalid":
        expected = ", ".join(f"'{tag}'" for tag in sorted(_CARD_TAGS))
        return f"unknown card kind {ctx.get('tag')!r}; expected one of {expected}"
    if kind == "union_tag_not_found":
        return "card has no 'kind'"
    if kind.startswith("date"):
        return f"{shown(value)} is not a date written as YYYY-MM-DD"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    return error["msg"]


def first_problem(exc: ValidationError, root: str = "project") -> tuple[str, str, int]:
    """(place, problem, how many more) for the first error of ``exc``."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    loc = list(first["loc"])
    ctx = first.get("ctx") or {}
    place = path_of(loc, root)
    if first["type"] == INTEGRITY_ERROR and ctx.get("location"):
        place = f"{place}.{ctx['location']}" if place else str(ctx["location"])
    return place, describe(first), len(errors) - 1


def shown(value: object, width: int = 60) -> str:
    """The value as the message quotes it, cut short: a file can hold a text of megabytes."""
    if isinstance(value, int) and abs(value) >= 10**width:
        return f"a number of more than {width} digits"
    text = repr(value)
    return text if len(text) <= width else f"{text[: width - 1]}…"


def _type_name(value: object) -> str:
    return _JSON_TYPE_NAMES.get(type(value), type(value).__name__)
