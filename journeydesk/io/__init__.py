"""The .journey file format: envelope, schema version, migrations, typed errors, atomic save."""

from journeydesk.io.envelope import FILE_SUFFIX, FORMAT_TAG
from journeydesk.io.errors import JourneyDeskError, JourneyFileError, SaveError
from journeydesk.io.files import load_project, save_project
from journeydesk.io.format import dumps, loads
from journeydesk.io.migrations import SCHEMA_VERSION

__all__ = [
    "FILE_SUFFIX",
    "FORMAT_TAG",
    "SCHEMA_VERSION",
    "JourneyDeskError",
    "JourneyFileError",
    "SaveError",
    "dumps",
    "load_project",
    "loads",
    "save_project",
]
