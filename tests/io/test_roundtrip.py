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


def test_comment_threads_come_back_with_their_times_offsets_and_replies(tmp_path: Path) -> None:
    import datetime as dt

    from journeydesk.model.comments import CommentThread, Reply

    project = small_project()
    tokyo = dt.timezone(dt.timedelta(hours=9))
    reply = Reply(id="reply-1", author="Ben", time=dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC), text="Agreed")
    project.journeys[0].comments = [
        CommentThread(
            id="comment-1",
            order="a0",
            target="c-pain",
            author="Ana Lima",
            time=dt.datetime(2026, 3, 1, 9, 30, tzinfo=tokyo),
            text="Is <b>this</b> the worst? @Ben",
            resolved=True,
            replies=[reply],
        )
    ]
    path = tmp_path / "commented.journey"
    save_project(project, path)
    written = json.loads(path.read_text())["project"]["journeys"][0]["comments"][0]
    assert written["time"] == "2026-03-01T09:30:00+09:00" and written["replies"][0]["time"] == "2026-03-02T08:00:00Z"
    assert list(written) == ["id", "order", "target", "author", "time", "text", "resolved", "replies"]
    loaded = load_project(path)
    assert loaded == project
    assert loaded.journeys[0].comments[0].time.utcoffset() == dt.timedelta(hours=9)
