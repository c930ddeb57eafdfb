"""Project <-> bytes of a .journey file.

UTF-8 JSON, indented by two spaces, keys in the models' field order, ending in a newline: the same
project always gives the same bytes, and a small edit gives a small diff.
"""

import json
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from journeydesk.heap import collection_paused
from journeydesk.io import migrations
from journeydesk.io.bounded import FIELDS_CHECKED_FROM, check_bounds, check_fields, parse
from journeydesk.io.envelope import FORMAT_TAG, Envelope
from journeydesk.io.errors import JourneyFileError
from journeydesk.io.validation_messages import first_problem, shown
from journeydesk.model.project import Project

_POSITION = re.compile(r" at line (\d+) column (\d+)$")
_ENVELOPE_KEYS = ("format", "schema_version", "project")
_JSON_PROBLEMS = {
    "Expecting ',' delimiter": "a comma is missing",
    "Expecting ':' delimiter": "a colon is missing",
    "Expecting value": "a value is missing or malformed",
    "Expecting property name enclosed in double quotes": "expected a field name in double quotes (a stray comma?)",
    "Extra data": "unexpected text after the end of the data",
    "Unterminated string starting at": "a text value is not closed with a double quote",
    "Invalid control character at": "a raw control character (such as a line break) inside a text value",
    "Invalid \\escape": "an invalid backslash escape in a text value",
}


def dumps(project: Project) -> bytes:
    """The file contents for ``project``."""
    envelope = Envelope.model_construct(format=FORMAT_TAG, schema_version=migrations.SCHEMA_VERSION, project=project)
    return envelope.model_dump_json(indent=2).encode("utf-8") + b"\n"


def loads(data: bytes, source: str | Path = "<data>") -> Project:
    """Parse, upgrade and validate file contents; anything wrong raises :class:`JourneyFileError`.

    The file's bounds are checked on its bytes before it is parsed (see :mod:`journeydesk.io.bounded`);
    jiter parses it, refusing duplicate keys; a file it cannot parse is read again by the standard
    library, only to say what is wrong in words a person knows.
    """
    with collection_paused():
        values = check_bounds(data, source)
        try:
            document = parse(data, source)
        except ValueError as exc:
            _parse_json(data, source)
            raise JourneyFileError(source, *_jiter_problem(str(exc))) from None
        if values > FIELDS_CHECKED_FROM:
            check_fields(document, source)
        project_data = _unwrap(document, source)
        try:
            return Project.model_validate(project_data)
        except ValidationError as exc:
            place, problem, more = first_problem(exc)
            raise JourneyFileError(source, problem, place, more) from None


def _jiter_problem(message: str) -> tuple[str, str]:
    """(problem, place) from jiter's "what at line L column C"."""
    position = _POSITION.search(message)
    if position is None:
        return message, ""
    return message[: position.start()], f"line {position[1]}, column {position[2]}"


def _parse_json(data: bytes, source: str | Path) -> Any:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise JourneyFileError(source, "the file is UTF-16 text; JourneyDesk files are UTF-8")
    if data.startswith(b"PK\x03\x04"):
        raise JourneyFileError(
            source, "a zip file, such as an Excel workbook, not a JourneyDesk file (import a workbook)"
        )
    if data.startswith(b"\xef\xbb\xbf"):
        raise JourneyFileError(source, "the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise JourneyFileError(source, f"not UTF-8 text (byte 0x{data[exc.start]:02x})", f"line {line}") from None
    if not text.strip():
        raise JourneyFileError(source, "the file is empty")
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        if not text.lstrip().startswith(("{", "[")):
            raise JourneyFileError(source, "not a JourneyDesk file (it is not JSON)") from None
        # A text value left open can only end at the end of the file (a line break inside one is
        # refused as a control character): that file was cut short too.
        truncated = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        problem = "the file ends too early (truncated?)" if truncated else _JSON_PROBLEMS.get(exc.msg, exc.msg)
        raise JourneyFileError(source, problem, f"line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise JourneyFileError(source, "the data is nested too deeply") from None
    except ValueError as exc:  # NaN/Infinity, or an integer with thousands of digits
        raise JourneyFileError(source, str(exc)) from None


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def _unwrap(document: Any, source: str | Path) -> dict[str, Any]:
    """Check the envelope and return the project data, upgraded to the current schema version."""
    if not isinstance(document, dict) or document.get("format") != FORMAT_TAG:
        tag = document.get("format") if isinstance(document, dict) else None
        found = f" (its format tag is {tag!r})" if tag is not None else ""
        raise JourneyFileError(source, f"not a JourneyDesk project{found}")
    unknown = [key for key in document if key not in _ENVELOPE_KEYS]
    if unknown:
        raise JourneyFileError(source, "unknown field (not part of this format)", unknown[0])
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise JourneyFileError(source, f"must be a whole number from 1, not {shown(version)}", "schema_version")
    current = migrations.SCHEMA_VERSION
    if version > current:
        raise JourneyFileError(
            source,
            f"this file was written by a newer JourneyDesk (schema version {shown(version)}; this version reads "
            f"up to {current}). Update JourneyDesk to open it.",
        )
    project = document.get("project")
    if not isinstance(project, dict):
        raise JourneyFileError(source, "must be an object holding the project", "project")
    try:
        return migrations.upgrade(project, version)
    except migrations.MissingMigrationError as exc:
        raise JourneyFileError(source, str(exc), "schema_version") from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # a migration met a shape it cannot upgrade
        raise JourneyFileError(source, f"could not upgrade from schema version {version}: {exc}", "project") from None
