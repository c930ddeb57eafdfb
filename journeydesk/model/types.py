"""Constrained scalar types shared by the models.

Numbers and strings are strict (a file saying ``"severity": "3"`` is wrong, not coerced) and every
text has an upper bound, so a hostile file cannot make us hold a gigabyte title.
"""

from typing import Annotated

from pydantic import AfterValidator, Field, StrictInt, StrictStr

from journeydesk.model.ids import ID_PATTERN
from journeydesk.model.order import ORDER_PATTERN

NAME_MAX = 200
TITLE_MAX = 500
TEXT_MAX = 20_000
LIST_MAX = 100

Id = Annotated[StrictStr, Field(pattern=ID_PATTERN, description="A stable id, unique in the project")]
OrderKey = Annotated[
    StrictStr,
    Field(
        max_length=200,
        pattern=ORDER_PATTERN,
        description="Where the object stands among its siblings: ordered by (order, id); see model/order.py",
    ),
]
Name = Annotated[StrictStr, Field(max_length=NAME_MAX)]
Title = Annotated[StrictStr, Field(max_length=TITLE_MAX)]
Text = Annotated[StrictStr, Field(max_length=TEXT_MAX)]
Tag = Annotated[StrictStr, Field(min_length=1, max_length=60)]
Color = Annotated[
    StrictStr,
    Field(pattern=r"^#[0-9A-Fa-f]{6}$", description="An sRGB colour as #rrggbb"),
    AfterValidator(str.lower),
]
Emotion = Annotated[StrictInt, Field(ge=-2, le=2, description="-2 very negative .. +2 very positive")]
Rating = Annotated[StrictInt, Field(ge=1, le=5, description="1 (lowest) .. 5 (highest)")]
