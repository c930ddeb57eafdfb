"""Cards on the clipboard: a small JSON document of our own, validated like a file when pasted.

Each card carries its cell as offsets from the top-left cell of the copied set, so a paste keeps
the cards' arrangement relative to where it lands.
"""

import json
from typing import Annotated, Final, Literal

from pydantic import Field, StrictInt, ValidationError

from journeydesk.io.errors import JourneyFileError
from journeydesk.io.format import MAX_FILE_BYTES
from journeydesk.model.base import Model
from journeydesk.model.cards import Card

FRAGMENT_MIME_TYPE = "application/x-journeydesk-cards+json"
FRAGMENT_TAG: Final = "journeydesk-cards"
FRAGMENT_VERSION: Final = 1


class PlacedCard(Model):
    stage_offset: Annotated[StrictInt, Field(ge=0, le=1000)]
    lane_offset: Annotated[StrictInt, Field(ge=0, le=1000)]
    card: Card


class Fragment(Model):
    format: Literal["journeydesk-cards"] = FRAGMENT_TAG
    schema_version: Literal[1] = FRAGMENT_VERSION
    cards: Annotated[list[PlacedCard], Field(max_length=100_000)]


def fragment_bytes(fragment: Fragment) -> bytes:
    return fragment.model_dump_json().encode("utf-8")


def parse_fragment(data: bytes) -> Fragment:
    """A fragment from clipboard bytes; anything else raises :class:`JourneyFileError`."""
    if len(data) > MAX_FILE_BYTES:
        raise JourneyFileError("clipboard", "the copied data is too large")
    try:
        return Fragment.model_validate(json.loads(data.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, ValueError) as exc:
        problem = "not JourneyDesk cards" if not isinstance(exc, ValidationError) else "broken JourneyDesk cards"
        raise JourneyFileError("clipboard", problem) from None
