"""Upgrading files written by older versions of JourneyDesk.

Each migration turns the ``project`` dictionary of schema version N into version N + 1. They run in
order, on plain JSON data, before validation, so the models only ever know the current version.
"""

from collections.abc import Callable, Mapping
from typing import Any

Migration = Callable[[dict[str, Any]], dict[str, Any]]

SCHEMA_VERSION = 1

# MIGRATIONS[n] upgrades a version-n project to version n + 1.
MIGRATIONS: dict[int, Migration] = {}


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
