"""The built-in templates a new project starts from, and the sample journey."""

from dataclasses import dataclass
from functools import cache

from journeydesk.io.files import load_project
from journeydesk.model.project import Project
from journeydesk.model.rekey import with_fresh_ids
from journeydesk.resources import resource_path

TEMPLATE_KEYS = ("blank", "four-stage", "six-stage", "seven-step", "sample")
SAMPLE = "sample"
UNTITLED = "Untitled journey map"


@dataclass(frozen=True)
class TemplateInfo:
    key: str
    title: str
    description: str
    stage_names: tuple[str, ...]
    card_count: int


@cache
def _template(key: str) -> Project:
    if key not in TEMPLATE_KEYS:
        raise KeyError(f"unknown template {key!r}; choose one of {', '.join(TEMPLATE_KEYS)}")
    return load_project(resource_path("templates", f"{key}.journey"))


def template_info(key: str) -> TemplateInfo:
    project = _template(key)
    journey = project.journeys[0]
    return TemplateInfo(
        key=key,
        title=project.title,
        description=project.description,
        stage_names=tuple(stage.name for stage in journey.stages),
        card_count=sum(len(j.cards) for j in project.journeys),
    )


def new_project(key: str, title: str | None = None) -> Project:
    """A new project from a template, under fresh ids.

    Plain templates become an untitled map; the sample keeps its title so it reads as an example.
    """
    project = with_fresh_ids(_template(key))
    if title is not None:
        project.title = title
    elif key != SAMPLE:
        project.title = UNTITLED
        project.description = ""
    return project
