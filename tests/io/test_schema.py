"""The shipped JSON Schema matches the models, and real files validate against it."""

import json

import jsonschema
import pytest

from journeydesk.io.schema import SCHEMA_FILE_NAME, json_schema, json_schema_text
from journeydesk.resources import resource_path
from journeydesk.templates import TEMPLATE_KEYS
from tests.io.test_broken_files import BROKEN

SHIPPED = resource_path("schema", SCHEMA_FILE_NAME)


def test_shipped_schema_is_in_sync_with_the_models() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == json_schema_text(), (
        "resources/schema is stale: run `journeydesk schema > resources/schema/journeydesk.schema.json`"
    )


@pytest.mark.parametrize("key", TEMPLATE_KEYS)
def test_every_template_validates_against_the_schema(key: str) -> None:
    document = json.loads(resource_path("templates", f"{key}.journey").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(json_schema()).validate(document)


@pytest.mark.parametrize(
    "case",
    [
        "severity out of range",
        "wrong format tag",
        "future schema version",
        "bad colour",
        "wrong type",
        "unknown envelope key",
        "missing field",
    ],
)
def test_the_schema_also_refuses_broken_files(case: str) -> None:
    document = json.loads(BROKEN[case][0])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(json_schema()).validate(document)
