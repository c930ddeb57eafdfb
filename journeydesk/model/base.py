"""The base every model class shares."""

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    """Unknown keys are errors: within one schema version the format is closed."""

    model_config = ConfigDict(extra="forbid", use_enum_values=False, validate_default=False)
