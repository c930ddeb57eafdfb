"""Whatever a sheet holds, reading it and building its project never fails: it is a map, or it is
refused with a reason."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesk.export.xlsx.handmade.building import build_project
from journeydesk.export.xlsx.handmade.reading import Layout, read_sheet

WORDS = [
    "Awareness",
    "Purchase",
    "Use",
    "Doing",
    "Feelings",
    "Pain points",
    "Opportunities",
    "Touchpoints",
    "Channel",
    "Persona",
    "Name",
    "Age",
    "😀",
    "😡",
    "very happy",
    "not ok",
    "3",
    "-2",
    "+1",
    "75%",
    "4/5",
    "(high)",
    "!!!",
    "E-mail",
    "Phone",
    "Stage",
    "Score",
    "Барьеры",
    "痛点",
    "TBD",
    "-",
    "→",
    "a\nb",
    "  spaced  ",
    "Total",
    "1200",
]
cells = st.one_of(st.sampled_from(WORDS), st.just(""), st.text(max_size=12))
sheets = st.lists(st.lists(cells, min_size=0, max_size=7), min_size=0, max_size=9)


@given(sheets, st.sampled_from([Layout(), Layout("rows", 0), Layout("columns", 1), Layout("rows", 2, 0)]))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_sheet_is_read_or_refused_and_an_accepted_one_builds(texts: list[list[str]], layout: Layout) -> None:
    width = max((len(row) for row in texts), default=0)
    texts = [row + [""] * (width - len(row)) for row in texts]
    merged = frozenset((0, column) for column in range(1, width) if texts and texts[0][column] == texts[0][0])
    reading = read_sheet("Sheet1", texts, merged, layout)
    assert reading.verdict.accepted or reading.verdict.reason
    if reading.verdict.accepted:
        project = build_project(reading, fallback_title="generated")
        assert project.journeys and project.journeys[0].stages
