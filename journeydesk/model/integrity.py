"""Integrity errors that say exactly which object and field is wrong."""

from pydantic_core import PydanticCustomError

INTEGRITY_ERROR = "integrity"


def integrity_error(location: str, message: str) -> PydanticCustomError:
    """An error whose ``ctx['location']`` is a path relative to the model that raised it.

    Pydantic places errors raised by a model validator at that model; the location in the context
    lets the file layer point at the exact field, e.g. ``cards[4].stage_id``.
    """
    return PydanticCustomError(INTEGRITY_ERROR, "{message}", {"location": location, "message": message})
