"""Saving and loading: nothing changes on the way, and the bytes are canonical."""

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from journeydesk.io import SCHEMA_VERSION, dumps, load_project, loads, save_project
from journeydesk.model import Project
from tests.factories import small_project
from tests.strategies import projects


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_generated_projects_survive_dumps_and_loads(project: Project) -> None:
    data = dumps(project)
    loaded = loads(data)
    assert loaded == project
    assert dumps(loaded) == data


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(project=projects())
def test_save_twice_gives_identical_bytes(tmp_path: Path, project: Project) -> None:
    first, second = tmp_path / "a.journey", tmp_path / "b.journey"
    save_project(project, first)
    save_project(load_project(first), second)
    assert first.read_bytes() == second.read_bytes()
    assert load_project(second) == project


def test_file_is_indented_utf8_with_the_envelope_first() -> None:
    project = small_project()
    project.title = "Çağrı merkezi — Кириллица — Ελληνικά — 中文 — 🚲"
    text = dumps(project).decode("utf-8")
    assert text.startswith(f'{{\n  "format": "journeydesk",\n  "schema_version": {SCHEMA_VERSION},\n  "project": {{\n')
    assert "Çağrı merkezi — Кириллица — Ελληνικά — 中文 — 🚲" in text  # stored as text, not \u escapes
    assert text.endswith("}\n")
    assert list(json.loads(text)["project"]) == [
        "id",
        "title",
        "author",
        "organisation",
        "version",
        "description",
        "personas",
        "journeys",
        "conflicts",
    ]


def test_a_small_edit_is_a_small_diff() -> None:
    project = small_project()
    before = dumps(project).decode().splitlines()
    project.journeys[0].cards[2].severity = 5
    after = dumps(project).decode().splitlines()
    changed = [(a.strip(), b.strip()) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [('"severity": 4', '"severity": 5')]
