"""The base every model class shares."""

import os

# Pydantic looks for plugins among every installed package's entry points when the first model is
# built; the app uses none, and the search is a tenth of its start-up. A plugin can still be named.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    """Unknown keys are errors: within one schema version the format is closed.

    Validators are built when a class first validates (``defer_build``), not when it is defined:
    the classes that only ``journeydesk schema`` or a rarely used check needs cost nothing until then.
    """

    model_config = ConfigDict(extra="forbid", use_enum_values=False, validate_default=False, defer_build=True)
