"""The Cards sheet's columns: one row per card with every field, written and read back."""

import datetime as dt
from typing import Any, TypeVar

from openpyxl.utils import get_column_letter

from journeydesk.model.cards import Card, ImprovementCard, PainPointCard, TouchpointCard
from journeydesk.model.enums import ActionStatus, CardKind, Channel, LabelledEnum

CARDS_SHEET = "Cards"
DATA_SHEET = "JourneyDesk data"
DATA_TAG = "journeydesk-workbook"
CHUNK = 30_000  # characters per cell of the data sheet (Excel holds at most 32,767)

CARD_COLUMNS = [
    "Journey",
    "Stage",
    "Lane",
    "Kind",
    "Title",
    "Description",
    "Channel",
    "Emotion",
    "Severity",
    "Impact",
    "Effort",
    "Owner",
    "Status",
    "Due date",
    "Tags",
    "Addresses",
    "Votes",
    "Origin",
    "Id",
]
CARD_WIDTHS = [22, 18, 20, 18, 44, 40, 16, 9, 9, 9, 9, 18, 13, 12, 20, 22, 9, 16, 18]
LIST_SEPARATOR = ", "


def column_letter(name: str) -> str:
    return get_column_letter(CARD_COLUMNS.index(name) + 1)


def card_row(journey: str, stage: str, lane: str, card: Card, votes: int = 0) -> list[Any]:
    """The card's row; ``votes`` (dots from ended votes) is left blank when there are none."""
    values: dict[str, Any] = {
        "Journey": journey,
        "Stage": stage,
        "Lane": lane,
        "Kind": card.kind.label,
        "Title": card.title,
        "Description": card.description,
        "Tags": LIST_SEPARATOR.join(card.tags),
        "Votes": votes or None,
        "Origin": card.origin_id,
        "Id": card.id,
    }
    if isinstance(card, TouchpointCard):
        values |= {"Channel": channel_text(card), "Emotion": card.emotion}
    elif isinstance(card, PainPointCard):
        values["Severity"] = card.severity
    elif isinstance(card, ImprovementCard):
        values |= {
            "Impact": card.impact,
            "Effort": card.effort,
            "Owner": card.owner,
            "Status": card.status.label,
            "Due date": card.due,
            "Addresses": LIST_SEPARATOR.join(card.addresses),
        }
    return [values.get(name) for name in CARD_COLUMNS]


CUSTOM_PREFIX = "Custom: "
_CHANNEL_WORDS = {word.casefold() for channel in Channel for word in (channel.value, channel.label)}


def channel_text(card: TouchpointCard) -> str | None:
    """The channel as people read it; a custom name that looks like a listed channel is marked as custom."""
    if card.channel is None:
        return None
    if card.channel is Channel.CUSTOM and card.custom_channel.casefold() in _CHANNEL_WORDS | {""}:
        return CUSTOM_PREFIX + card.custom_channel if card.custom_channel else Channel.CUSTOM.label
    return card.channel_label


Labelled = TypeVar("Labelled", bound=LabelledEnum)


class CellValueError(ValueError):
    """A value in a Cards row that cannot be read; the message names the column."""


def _by_label(enum: type[Labelled], text: str, column: str) -> Labelled:
    wanted = text.strip().casefold()
    for member in enum:
        if wanted in (member.value.casefold(), member.label.casefold()):
            return member
    raise CellValueError(f"{column}: {text!r} is not one of {', '.join(member.label for member in enum)}")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip() if not isinstance(value, str) else value


def _whole(value: Any, column: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise CellValueError(f"{column}: {value!r} is not a number") from None
    if not number.is_integer():
        raise CellValueError(f"{column}: {value!r} is not a whole number")
    return int(number)


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise CellValueError(f"Due date: {value!r} is not a date (YYYY-MM-DD)") from None


def _list(value: Any) -> list[str]:
    return [part.strip() for part in _text(value).replace(";", ",").split(",") if part.strip()]


def card_fields(row: dict[str, Any]) -> dict[str, Any]:
    """The card fields a Cards row gives (without stage and lane, which need the journey to resolve)."""
    kind: CardKind = _by_label(CardKind, _text(row.get("Kind")) or "note", "Kind")
    fields: dict[str, Any] = {
        "kind": kind,
        "title": _text(row.get("Title")),
        "description": _text(row.get("Description")),
        "tags": _list(row.get("Tags")),
        "origin_id": _text(row.get("Origin")) or None,
    }
    if kind is CardKind.TOUCHPOINT:
        written = _text(row.get("Channel"))
        if written.startswith(CUSTOM_PREFIX):
            fields["channel"], fields["custom_channel"] = Channel.CUSTOM, written.removeprefix(CUSTOM_PREFIX)[:60]
        elif written:
            try:
                fields["channel"] = _by_label(Channel, written, "Channel")
            except CellValueError:
                fields["channel"], fields["custom_channel"] = Channel.CUSTOM, written[:60]
        fields["emotion"] = _whole(row.get("Emotion"), "Emotion")
    elif kind is CardKind.PAIN_POINT:
        fields["severity"] = _whole(row.get("Severity"), "Severity")
    elif kind is CardKind.IMPROVEMENT:
        fields |= {
            "impact": _whole(row.get("Impact"), "Impact"),
            "effort": _whole(row.get("Effort"), "Effort"),
            "owner": _text(row.get("Owner")),
            "due": _date(row.get("Due date")),
            "addresses": _list(row.get("Addresses")),
        }
        status = _text(row.get("Status"))
        fields["status"] = _by_label(ActionStatus, status, "Status") if status else ActionStatus.IDEA
    return fields
