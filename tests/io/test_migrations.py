"""Older files are upgraded by an ordered chain of migrations; newer ones are refused."""

import json
from pathlib import Path
from typing import Any

import pytest

from journeydesk.io import JourneyFileError, dumps, load_project, migrations, save_project
from tests.factories import small_project


def test_the_chain_runs_each_step_once_in_order() -> None:
    calls: list[int] = []

    def step(version: int):
        def migrate(project: dict[str, Any]) -> dict[str, Any]:
            calls.append(version)
            return {**project, "steps": [*project.get("steps", []), version]}

        return migrate

    chain = {1: step(1), 2: step(2), 3: step(3)}
    assert migrations.upgrade({}, 2, 4, chain) == {"steps": [2, 3]}
    assert calls == [2, 3]
    assert migrations.upgrade({"a": 1}, 4, 4, chain) == {"a": 1}


def test_a_gap_in_the_chain_is_reported() -> None:
    with pytest.raises(migrations.MissingMigrationError, match="from schema version 2 to 3"):
        migrations.upgrade({}, 1, 3, {1: lambda p: p})


def _version_0_file() -> bytes:
    """A synthetic older format: the project's title was called ``name`` and severity was ``level``."""
    data = json.loads(dumps(small_project()))
    project = data["project"]
    project["name"] = project.pop("title")
    for card in project["journeys"][0]["cards"]:
        if card["kind"] == "pain_point":
            card["level"] = card.pop("severity")
    return json.dumps({"format": "journeydesk", "schema_version": 1, "project": project}).encode()


def test_loading_an_older_version_upgrades_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend the current version is 2 and the file is version 1 of a synthetic older shape."""

    def rename_title(project: dict[str, Any]) -> dict[str, Any]:
        project["title"] = project.pop("name")
        for journey in project["journeys"]:
            for card in journey["cards"]:
                if "level" in card:
                    card["severity"] = card.pop("level")
        return project

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: rename_title})
    path = tmp_path / "old.journey"
    path.write_bytes(_version_0_file())
    assert load_project(path) == small_project()


def test_a_broken_migration_input_is_a_file_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: lambda p: {**p, "title": p["name"]}})
    path = tmp_path / "old.journey"
    path.write_bytes(b'{"format": "journeydesk", "schema_version": 1, "project": {"id": "x"}}')
    with pytest.raises(JourneyFileError, match="could not upgrade from schema version 1: 'name'"):
        load_project(path)


def test_a_newer_version_is_refused_with_a_message_saying_so(tmp_path: Path) -> None:
    path = tmp_path / "new.journey"
    data = json.loads(dumps(small_project()))
    data["schema_version"] = migrations.SCHEMA_VERSION + 1
    path.write_text(json.dumps(data))
    with pytest.raises(JourneyFileError, match=r"written by a newer JourneyDesk.*Update JourneyDesk to open it"):
        load_project(path)


def test_files_of_the_first_format_version_still_open(tmp_path: Path) -> None:
    """A real version-1 file, as the first release wrote it, opens and saves as the current version."""
    old = Path(__file__).parent / "data" / "sample-v1.journey"
    assert json.loads(old.read_text())["schema_version"] == 1
    project = load_project(old)
    assert project.personas[0].photo is None
    journey = project.journeys[0]
    assert (journey.state.value, journey.based_on, journey.dismissed) == ("current", None, [])
    assert all(card.origin_id is None for card in journey.cards)
    assert len(journey.cards) == 43
    saved = tmp_path / "upgraded.journey"
    save_project(project, saved)
    assert json.loads(saved.read_text())["schema_version"] == migrations.SCHEMA_VERSION
    assert load_project(saved) == project


def test_files_of_version_2_open_with_ratings_and_the_new_fields_as_they_were(tmp_path: Path) -> None:
    """Version 3 only allows unset ratings and adds optional fields: a version-2 file keeps every value."""
    old = Path(__file__).parent / "data" / "sample-v2.journey"
    data = json.loads(old.read_text())
    assert data["schema_version"] == 2
    project = load_project(old)
    journey = project.journeys[0]
    written = {card["id"]: card for card in data["project"]["journeys"][0]["cards"]}
    for pain in journey.pain_points():
        assert pain.severity == written[pain.id]["severity"]
    assert all(lane.description == "" for lane in journey.lanes)
    assert all(persona.about == "" for persona in project.personas)
    saved = tmp_path / "upgraded.journey"
    save_project(project, saved)
    assert json.loads(saved.read_text())["schema_version"] == migrations.SCHEMA_VERSION


def test_files_of_version_3_open_without_comments_and_save_with_an_empty_list(tmp_path: Path) -> None:
    old = Path(__file__).parent / "data" / "sample-v3.journey"
    data = json.loads(old.read_text())
    assert data["schema_version"] == 3 and all("comments" not in journey for journey in data["project"]["journeys"])
    project = load_project(old)
    assert all(journey.comments == [] for journey in project.journeys)
    assert [card.id for card in project.journeys[0].cards] == [
        card["id"] for card in data["project"]["journeys"][0]["cards"]
    ]
    saved = tmp_path / "upgraded.journey"
    save_project(project, saved)
    written = json.loads(saved.read_text())
    assert written["schema_version"] == migrations.SCHEMA_VERSION == 4
    assert all(journey["comments"] == [] for journey in written["project"]["journeys"])
