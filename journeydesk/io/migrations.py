"""Upgrading files written by older versions of JourneyDesk.

Each migration turns the ``project`` dictionary of schema version N into version N + 1. They run in
order, on plain JSON data, before validation, so the models only ever know the current version.
"""

from collections.abc import Callable, Mapping
from typing import Any

Migration = Callable[[dict[str, Any]], dict[str, Any]]

SCHEMA_VERSION = 4


def _v1_to_v2(project: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds persona photos, current and future states of a journey (with the origin of
    each copied stage and card), the overlaid emotion curve, and dismissed health-check findings.
    Whatever is not an object is left for validation to name."""
    for persona in _objects(project.get("personas")):
        persona.setdefault("photo", None)
    for journey in _objects(project.get("journeys")):
        journey.setdefault("state", "current")
        journey.setdefault("based_on", None)
        journey.setdefault("overlay_journey_id", None)
        journey.setdefault("dismissed", [])
        for item in [*_objects(journey.get("stages")), *_objects(journey.get("cards"))]:
            item.setdefault("origin_id", None)
    return project


def _v2_to_v3(project: dict[str, Any]) -> dict[str, Any]:
    """Version 3 gives every persona, journey, stage, lane, card and vote an ``order`` key (see
    model/order.py), the project a list of merge ``conflicts`` and each journey its dot ``votes``; it
    lets severity, impact and effort be unset (null: not rated), and adds a lane's description and a
    persona's background. Order keys are given from the list order when the project is validated, so a
    version-2 file needs no more than the defaults. Whatever is not an object is left for validation
    to name."""
    project.setdefault("conflicts", [])
    for persona in _objects(project.get("personas")):
        persona.setdefault("about", "")
    for journey in _objects(project.get("journeys")):
        journey.setdefault("votes", [])
        for lane in _objects(journey.get("lanes")):
            lane.setdefault("description", "")
    return project


def _v3_to_v4(project: dict[str, Any]) -> dict[str, Any]:
    """Version 4 gives each journey its ``comments`` (threads on its cards, stages and itself)."""
    for journey in _objects(project.get("journeys")):
        journey.setdefault("comments", [])
    return project


def _objects(items: object) -> list[dict[str, Any]]:
    """The objects of a list that should hold only objects (anything else fails validation later)."""
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


# MIGRATIONS[n] upgrades a version-n project to version n + 1.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}


class MissingMigrationError(Exception):
    """No migration is registered for a step of the chain."""


def upgrade(
    project: dict[str, Any],
    from_version: int,
    to_version: int | None = None,
    migrations: Mapping[int, Migration] | None = None,
) -> dict[str, Any]:
    """Run every migration from ``from_version`` up to ``to_version`` (the current one), in order."""
    to_version = SCHEMA_VERSION if to_version is None else to_version
    migrations = MIGRATIONS if migrations is None else migrations
    for version in range(from_version, to_version):
        step = migrations.get(version)
        if step is None:
            raise MissingMigrationError(f"no upgrade from schema version {version} to {version + 1}")
        project = step(project)
    return project
