"""Stable string ids for every object in a project."""

import re
import secrets

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"
_ID_RE = re.compile(ID_PATTERN)
_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"  # Crockford base32: no i, l, o, u


def new_id(prefix: str) -> str:
    """A fresh random id such as ``card-7k2m9x4q0a`` (50 random bits)."""
    token = "".join(secrets.choice(_ALPHABET) for _ in range(10))
    return f"{prefix}-{token}"


def is_valid_id(value: str) -> bool:
    return bool(_ID_RE.match(value))
