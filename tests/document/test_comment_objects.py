"""Comment threads as objects of the journey: validation of what they are about, operations by id
with exact inverses, threads going with their card or stage, and diff and merge matching them by id."""

import datetime as dt

import pytest
from pydantic import ValidationError

from journeydesk.document import plans
from journeydesk.document.apply import apply, dump
from journeydesk.document.diff import diff
from journeydesk.document.merge import merge
from journeydesk.document.operations import Add, OperationError, set_fields
from journeydesk.document.state import ProjectState
from journeydesk.io import dumps, loads
from journeydesk.model.comments import CommentThread, Reply, authors, mentions, open_counts
from journeydesk.model.journey import Journey
from journeydesk.model.project import Project
from tests.factories import small_project

WHEN = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def copy(project: Project) -> Project:
    return loads(dumps(project))


def thread(thread_id: str, target: str, text: str = "Is this right?", author: str = "Ana", order: str = "a0"):
    return CommentThread(id=thread_id, order=order, target=target, author=author, time=WHEN, text=text)


def reply(reply_id: str, text: str, author: str = "Ben") -> Reply:
    return Reply(id=reply_id, author=author, time=WHEN, text=text)


def run(project: Project, *operations):
    state = ProjectState(project)
    return [apply(state, operation) for operation in operations]


def test_a_thread_is_about_a_card_a_stage_or_its_journey_and_nothing_else() -> None:
    project = small_project()
    data = project.journeys[0].model_dump(mode="json")
    for target in ("c-pain", "s2", "j1"):
        Journey.model_validate({**data, "comments": [dump(thread("comment-1", target))]})
    with pytest.raises(ValidationError, match="no card or stage with id 'l-pain'"):
        Journey.model_validate({**data, "comments": [dump(thread("comment-1", "l-pain"))]})
    naive = {**dump(thread("comment-1", "j1")), "time": "2026-03-01T09:30:00"}
    with pytest.raises(ValidationError, match="timezone"):
        Journey.model_validate({**data, "comments": [naive]})


def test_a_reply_listed_twice_in_its_thread_or_a_thread_id_taken_elsewhere_is_refused() -> None:
    project = small_project()
    twice = {**dump(thread("comment-1", "c-pain")), "replies": [dump(reply("reply-1", "One"))] * 2}
    data = project.model_dump(mode="json")
    data["journeys"][0]["comments"] = [twice]
    with pytest.raises(ValidationError, match="reply 'reply-1' is listed twice"):
        Project.model_validate(data)
    data["journeys"][0]["comments"] = [dump(thread("c-note", "c-pain"))]
    with pytest.raises(ValidationError, match="'c-note' is already used"):
        Project.model_validate(data)


def test_opening_replying_resolving_are_operations_undone_exactly_by_their_inverses() -> None:
    project = small_project()
    before = dumps(project)
    opened = thread("comment-1", "c-pain")
    inverses = run(project, Add("comment", "j1", dump(opened)))
    state = ProjectState(project)
    for values in ({"replies": [reply("reply-1", "Yes, @Ana")]}, {"resolved": True}):
        inverses.append(apply(state, set_fields("comment", "j1", "comment-1", values)))
    (saved,) = project.journeys[0].comments
    assert saved.resolved and saved.replies[0].text == "Yes, @Ana" and saved.time == WHEN
    for inverse in reversed(inverses):
        apply(state, inverse)
    assert dumps(project) == before


def test_a_thread_on_something_missing_or_in_another_journey_is_refused() -> None:
    project = small_project()
    with pytest.raises(OperationError, match="no card or stage 'l-act'"):
        run(project, Add("comment", "j1", dump(thread("comment-1", "l-act"))))
    assert project.journeys[0].comments == []


@pytest.mark.parametrize(("kind", "object_id"), [("card", "c-pain"), ("stage", "s2")])
def test_deleting_a_card_or_stage_takes_its_threads_in_the_same_step(kind: str, object_id: str) -> None:
    project = small_project()
    run(
        project,
        Add("comment", "j1", dump(thread("comment-1", "c-pain"))),
        Add("comment", "j1", dump(thread("comment-2", "s1", order="a1"))),
        Add("comment", "j1", dump(thread("comment-3", "j1", order="a2"))),
    )
    before = dumps(project)
    state = ProjectState(project)
    inverses = [apply(state, operation) for operation in plans.removal(state, kind, "j1", [object_id])]
    assert [item.id for item in project.journeys[0].comments] == ["comment-2", "comment-3"]
    for inverse in reversed(inverses):
        apply(state, inverse)
    assert dumps(project) == before


def test_diff_turns_one_version_into_the_other_with_threads_and_replies() -> None:
    old = small_project()
    new = copy(old)
    run(new, Add("comment", "j1", dump(thread("comment-1", "c-act"))))
    state = ProjectState(new)
    apply(state, set_fields("comment", "j1", "comment-1", {"replies": [reply("reply-1", "Done")], "resolved": True}))
    target = copy(old)
    run(target, *diff(old, new))
    assert dumps(target) == dumps(new)


def test_threads_and_replies_added_on_both_sides_merge_by_id() -> None:
    base = small_project()
    run(base, Add("comment", "j1", dump(thread("comment-0", "j1"))))
    ours, theirs = copy(base), copy(base)
    run(ours, Add("comment", "j1", dump(thread("comment-ours", "c-pain", order="a1"))))
    run(
        theirs,
        Add("comment", "j1", dump(thread("comment-theirs", "s1", author="Ben", order="a1"))),
    )
    apply(ProjectState(ours), set_fields("comment", "j1", "comment-0", {"replies": [reply("reply-o", "Ours")]}))
    apply(ProjectState(theirs), set_fields("comment", "j1", "comment-0", {"replies": [reply("reply-t", "Theirs")]}))
    apply(ProjectState(theirs), set_fields("comment", "j1", "comment-0", {"resolved": True}))
    result = merge(base, ours, theirs)
    assert result.clean
    threads = {item.id: item for item in result.project.journeys[0].comments}
    assert set(threads) == {"comment-0", "comment-ours", "comment-theirs"}
    assert [item.id for item in threads["comment-0"].replies] == ["reply-o", "reply-t"]
    assert threads["comment-0"].resolved


def test_a_thread_on_a_card_the_other_side_deleted_does_not_dangle() -> None:
    base = small_project()
    ours, theirs = copy(base), copy(base)
    state = ProjectState(ours)
    for operation in plans.removal(state, "card", "j1", ["c-note"]):
        apply(state, operation)
    run(theirs, Add("comment", "j1", dump(thread("comment-1", "c-note"))))
    result = merge(base, ours, theirs)
    assert result.project.journeys[0].comments == [] and result.conflicts
    loads(dumps(result.project))  # still a valid file


def test_mentions_are_names_used_before_the_longest_first() -> None:
    names = ["Ana", "Ana Lima", "Ben"]
    assert mentions("@Ana Lima and @ben, cc ana@example.com @Zoe", names) == ["Ana Lima", "Ben"]
    assert mentions("@Ana: see above", names) == ["Ana"]
    people = ["Sam Lee", "Alex Rivera", "Alex Kim", "Ana"]
    assert mentions("@sam and @Alex, then @Alex Kim and @Ana", people) == ["Sam Lee", "Alex Kim", "Ana"]
    threads = [thread("t1", "c-pain"), thread("t2", "c-pain", author="Ben").model_copy(update={"resolved": True})]
    threads[0] = threads[0].model_copy(update={"replies": [reply("r1", "ok", author="Cleo")]})
    assert authors(threads) == ["Ana", "Cleo", "Ben"]
    assert open_counts(threads) == {"c-pain": 1}
