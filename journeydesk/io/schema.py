"""The JSON Schema of the .journey format, generated from the models."""

import json
from typing import Any

from journeydesk.io.envelope import Envelope
from journeydesk.io.migrations import SCHEMA_VERSION

SCHEMA_FILE_NAME = "journeydesk.schema.json"


def json_schema() -> dict[str, Any]:
    schema = Envelope.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://journeydesk.app/schema/journey-v{SCHEMA_VERSION}.json",
        "title": "JourneyDesk project (.journey)",
        "description": f"A JourneyDesk customer journey project, schema version {SCHEMA_VERSION}.",
        **{key: value for key, value in schema.items() if key != "title"},
    }


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
