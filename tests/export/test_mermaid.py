"""Mermaid journey diagrams: what JourneyDesk writes is what Mermaid's grammar reads (checked by a
parser of that grammar, and by Mermaid itself when its command line is installed); Mermaid's own
examples import; the round trip keeps stages, touchpoints, feelings and the persona."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journeydesk.export.mermaid import import_mermaid, mermaid_text, read_mermaid
from journeydesk.io import JourneyFileError, load_project, save_project
from journeydesk.model import LaneKind, TouchpointCard
from journeydesk.templates import new_project
from tests.export.mermaid_grammar import parse
from tests.factories import small_project

COMMAND = Path(sys.executable).with_name("journeydesk")

# The example of Mermaid's documentation (docs/syntax/userJourney.md).
DOCUMENTATION_EXAMPLE = """journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""

# Diagrams from Mermaid's own parser tests (journey.spec): accessibility lines, tasks without
# actors or with an empty list, <br> in a section's name.
SPECIFICATION_EXAMPLE = """journey
accDescr {
        A user journey for
        family shopping
      }
title Adding journey diagram functionality to mermaid
accTitle: Adding acc journey diagram functionality to mermaid
section Documentation
A task: 5: Alice, Bob, Charlie
B task: 3:Bob, Charlie
C task: 5
D task: 5: Charlie, Alice
E task: 5:
section Another section<br>in two lines
P task: 5:
Q task: 5:
R task: 5:
"""

HOSTILE_TITLES = [
    "Step 1: sign up",
    "Price #1; best deal",
    "Two\nlines",
    "100%% sure",
    "Title page",
    "section of the site",
    "journeyman's guide",
    "<br> in a title",
    "Ana, Bob and Cy",
    "  padded  ",
]


def emotions(project) -> list[int | None]:
    return [card.emotion for card in project.journeys[0].cards]


def test_the_sample_is_a_valid_diagram_with_a_section_per_stage_and_a_task_per_touchpoint() -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    parsed = parse(mermaid_text(project))
    assert parsed.title == project.title
    assert parsed.sections == [stage.name for stage in journey.stages]
    touchpoints = [card for card in journey.cards if isinstance(card, TouchpointCard)]
    persona = project.persona(journey.persona_id).name
    assert sorted((task.task, task.score, tuple(task.people)) for task in parsed.tasks) == sorted(
        (card.title, 3 + (card.emotion or 0), (persona,)) for card in touchpoints
    )
    for task in parsed.tasks:  # each under its stage
        card = next(card for card in touchpoints if card.title == task.task)
        assert journey.stage(card.stage_id).name == task.section


def test_characters_mermaid_forbids_are_escaped_and_read_back_as_typed() -> None:
    project = small_project()
    journey = project.journeys[0]
    touch = journey.cards[0]
    extra = [
        touch.model_copy(update={"id": f"c-hostile-{number}", "title": title})
        for number, title in enumerate(HOSTILE_TITLES)
    ]
    journey.cards += extra
    journey.stages[0].name = "Look: #1; 50%"
    project.personas[0].name = "Ana: the buyer, 34"
    text = mermaid_text(project)
    parsed = parse(text)  # Mermaid's grammar reads every line
    assert parsed.sections[0] == "Look: #1; 50%"
    drawn = [" ".join(title.split()) if "\n" not in title else title.replace("\n", "<br>") for title in HOSTILE_TITLES]
    assert [task.task for task in parsed.tasks][1:] == drawn  # as Mermaid draws them: <br> is its line break
    assert {tuple(task.people) for task in parsed.tasks} == {("Ana: the buyer, 34",)}
    back = import_mermaid_text(text)
    typed = [" ".join(title.split()) if "\n" not in title else title for title in HOSTILE_TITLES]
    assert [card.title for card in back.journeys[0].cards][1:] == typed
    assert back.journeys[0].stages[0].name == "Look: #1; 50%"
    assert back.personas[0].name == "Ana: the buyer, 34"


def import_mermaid_text(text: str, tmp: Path | None = None):
    import tempfile

    folder = Path(tmp or tempfile.mkdtemp())
    path = folder / "diagram.mmd"
    path.write_text(text, encoding="utf-8")
    return import_mermaid(path)


def test_the_documentation_example_imports(tmp_path: Path) -> None:
    project = import_mermaid_text(DOCUMENTATION_EXAMPLE, tmp_path)
    journey = project.journeys[0]
    assert project.title == journey.name == "My working day"
    assert [stage.name for stage in journey.stages] == ["Go to work", "Go home"]
    assert [card.title for card in journey.cards] == ["Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down"]
    assert emotions(project) == [2, 0, -2, 2, 2]
    assert [persona.name for persona in project.personas] == ["Me", "Cat"]
    assert project.persona(journey.persona_id).name == "Me"
    assert journey.cards[2].tags == ["Cat"]  # the other actor of "Do work"
    assert [lane.kind for lane in journey.lanes] == [LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS]
    assert parse(DOCUMENTATION_EXAMPLE).tasks[2].people == ["Me", "Cat"]  # as Mermaid reads it


def test_the_specification_example_imports(tmp_path: Path) -> None:
    mermaid = parse(SPECIFICATION_EXAMPLE)
    project = import_mermaid_text(SPECIFICATION_EXAMPLE, tmp_path)
    journey = project.journeys[0]
    assert project.title == mermaid.title == "Adding journey diagram functionality to mermaid"
    assert project.description == mermaid.acc_description == "A user journey for\nfamily shopping"
    assert [stage.name for stage in journey.stages] == ["Documentation", "Another section\nin two lines"]
    assert [card.title for card in journey.cards] == [task.task for task in mermaid.tasks]
    assert emotions(project) == [2, 0, 2, 2, 2, 2, 2, 2]
    assert project.persona(journey.persona_id).name == "Charlie"  # the actor named most often (with Alice, first)
    assert journey.cards[1].tags == ["Bob"]


def test_comments_front_matter_and_a_markdown_fence_are_read_past(tmp_path: Path) -> None:
    text = (
        "```mermaid\n---\ntitle: ignored front matter\n---\n%%{init: {'theme': 'forest'}}%%\n"
        "journey\n  %% a comment\n  title Café visit # a comment too\n  section Arrive\n"
        "    Find a table: 2: Zoë #35;1 fan\n```\n"
    )
    project = import_mermaid_text(text, tmp_path)
    assert project.title == "Café visit"
    card = project.journeys[0].cards[0]
    assert (card.title, card.emotion) == ("Find a table", -1)
    assert project.personas[0].name == "Zoë #1 fan"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the file is empty"),
        ("flowchart LR\n  A --> B\n", "not a Mermaid journey diagram (it starts with “flowchart”)"),
        ("journey\n  section A\n    Pay: lots: Me\n", "line 3: the score “lots” is not a number (1 to 5)"),
        ("journey\n  section A\n    Just words\n", "line 3: “Just words” is not a task"),
        ("journey\n  section A\n" + "    T: 3\n" * 0 + "    " + "x" * 600 + ": 3\n", "line 3: a name of 600"),
    ],
)
def test_bad_diagrams_are_refused_with_the_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(JourneyFileError) as caught:
        import_mermaid_text(text, tmp_path)
    assert message in str(caught.value)


def test_binary_and_huge_files_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "photo.mmd"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(JourneyFileError, match="not a text file in UTF-8"):
        import_mermaid(binary)
    huge = tmp_path / "huge.mmd"
    with huge.open("wb") as stream:
        stream.truncate(6 * 1024 * 1024)
    with pytest.raises(JourneyFileError, match="too large"):
        import_mermaid(huge)


def test_the_round_trip_keeps_stages_touchpoints_feelings_and_the_persona(tmp_path: Path) -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    back = read_mermaid(mermaid_text(project))
    assert [section.name for section in back.sections] == [stage.name for stage in journey.stages]
    for section, stage in zip(back.sections, journey.stages, strict=True):
        cards = [card for card in journey.cards if isinstance(card, TouchpointCard) and card.stage_id == stage.id]
        lanes = {lane.id: n for n, lane in enumerate(journey.lanes)}
        cards.sort(key=lambda card: lanes[card.lane_id])
        assert [(task.name, task.score - 3) for task in section.tasks] == [
            (card.title, card.emotion or 0) for card in cards
        ]


def test_command_line_export_and_import(tmp_path: Path) -> None:
    source = tmp_path / "map.journey"
    save_project(new_project("sample"), source)
    diagram = tmp_path / "map.mmd"
    result = subprocess.run([str(COMMAND), "export", str(source), "-o", str(diagram)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert parse(diagram.read_text(encoding="utf-8")).sections[0] == "Awareness"
    back = tmp_path / "back.journey"
    result = subprocess.run([str(COMMAND), "import", str(diagram), "-o", str(back)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{back}: imported 1 journey with 13 cards\n"
    assert load_project(back).journeys[0].stages[0].name == "Awareness"
    broken = tmp_path / "broken.mmd"
    broken.write_text("journey\n  section A\n    Pay: lots\n")
    result = subprocess.run(
        [str(COMMAND), "import", str(broken), "-o", str(tmp_path / "b.journey")], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr == f"journeydesk: {broken}: line 3: the score “lots” is not a number (1 to 5)\n"
    assert not (tmp_path / "b.journey").exists()


def mermaid_cli() -> list[str] | None:
    """Mermaid's own command line, if it is installed (it is not fetched for the tests)."""
    found = shutil.which("mmdc")
    return [found] if found else None


@pytest.mark.skipif(mermaid_cli() is None or shutil.which("chromium") is None, reason="mermaid-cli is not installed")
def test_mermaid_itself_renders_the_export(tmp_path: Path) -> None:
    project = small_project()
    project.journeys[0].cards[0].title = "Step 1: sign up; #1 choice"
    diagram = tmp_path / "map.mmd"
    diagram.write_text(mermaid_text(project), encoding="utf-8")
    config = tmp_path / "puppeteer.json"
    config.write_text(json.dumps({"executablePath": shutil.which("chromium"), "args": ["--no-sandbox"]}))
    picture = tmp_path / "map.svg"
    result = subprocess.run(
        [*mermaid_cli(), "-i", str(diagram), "-o", str(picture), "-p", str(config), "-q"],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"},
    )
    assert result.returncode == 0, result.stderr
    svg = picture.read_text(encoding="utf-8")  # Mermaid draws the sections that hold tasks
    assert "Discover" in svg and ">Ana" in svg
    assert "Step 1: sign up; #1 choice" in svg
