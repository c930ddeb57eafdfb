"""The outer shape of a .journey file: a format tag, the schema version and the project."""

from typing import Final, Literal

from pydantic import Field

from journeydesk.io.migrations import SCHEMA_VERSION
from journeydesk.model.base import Model
from journeydesk.model.project import Project

FORMAT_TAG: Final = "journeydesk"
FILE_SUFFIX = ".journey"


class Envelope(Model):
    format: Literal["journeydesk"] = Field(description="Always 'journeydesk'")
    schema_version: Literal[SCHEMA_VERSION] = Field(  # type: ignore[valid-type]  # a literal of the version constant, as pydantic allows
        description="Version of this format; older files are upgraded when opened"
    )
    project: Project
