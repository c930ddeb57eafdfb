"""The PowerPoint deck, read back by python-pptx and converted by LibreOffice Impress: a title on
every slide, the map as native grouped shapes in readable stage groups, native charts and tables."""

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import MSO_SHAPE_TYPE

from journeydesk.export.pptx import export_pptx, pptx_bytes
from journeydesk.export.progress import ExportCancelledError
from journeydesk.export.register_rows import backlog_rows, pain_point_rows
from journeydesk.io import save_project
from journeydesk.model import Journey, Lane, LaneKind, NoteCard, Project, Stage, TouchpointCard
from journeydesk.model.emotions import stage_emotions
from journeydesk.templates import new_project
from tests.export.pdf_helpers import page_count
from tests.factories import small_project

COMMAND = Path(sys.executable).with_name("journeydesk")


def deck_of(project: Project) -> Presentation:
    return Presentation(io.BytesIO(pptx_bytes(project)))


def shapes_in(shapes) -> list:
    """Every shape, inside groups too."""
    found = []
    for shape in shapes:
        found.append(shape)
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            found += shapes_in(shape.shapes)
    return found


def card_groups(slide) -> list:
    return [shape for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.GROUP]


def group_text(group) -> str:
    return " | ".join(shape.text_frame.text for shape in shapes_in(group.shapes) if shape.has_text_frame)


def map_slides(deck: Presentation, journey: Journey) -> list:
    return [slide for slide in deck.slides if card_groups(slide)]


def test_every_slide_has_a_title_read_back_in_order() -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    persona = project.persona(journey.persona_id)
    titles = [slide.shapes.title.text for slide in deck_of(project).slides]
    assert titles[0] == project.title
    maps = [title for title in titles if title.startswith(journey.name + " · ")]
    assert maps and all(" of " in title for title in maps)
    assert f"{journey.name}: how it feels, stage by stage" in titles
    assert f"Persona: {persona.name}" in titles
    assert titles[-4:] == [
        "Pain points, most severe first",
        "Improvement backlog",
        "Priorities: impact against effort",
        f"Health check: {journey.name}",
    ]


def test_the_map_is_native_editable_shapes_a_group_per_card() -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    deck = deck_of(project)
    groups = [group for slide in map_slides(deck, journey) for group in card_groups(slide)]
    assert sorted(group.name for group in groups) == sorted(f"Card: {card.title[:60]}" for card in journey.cards)
    by_name = {group.name: group for group in groups}
    for card in journey.cards:  # the whole title, one text box with a paragraph per line
        texts = [shape for shape in shapes_in(by_name[f"Card: {card.title[:60]}"].shapes) if shape.has_text_frame]
        joined = [" ".join(paragraph.text for paragraph in shape.text_frame.paragraphs) for shape in texts]
        assert " ".join(card.title.split()) in joined
    for group in groups:
        for shape in shapes_in(group.shapes):
            if shape.has_text_frame:
                for paragraph in shape.text_frame.paragraphs:
                    for run in paragraph.runs:
                        assert run.font.size.pt >= 6.9, (group.name, run.text)  # readable: 7 pt or more
        kinds = {shape.shape_type for shape in shapes_in(group.shapes)}
        assert MSO_SHAPE_TYPE.AUTO_SHAPE in kinds  # the card's body is a real shape, not a picture
    pictures = [shape for slide in deck.slides for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert pictures == []  # the sample's persona has no photo: nothing is a picture


def test_a_wide_map_is_cut_into_stage_groups_like_the_print_layout() -> None:
    stages = [Stage(id=f"s{n}", name=f"Stage {n}") for n in range(1, 25)]
    lanes = [Lane(id="l1", name="Touchpoints", kind=LaneKind.TOUCHPOINTS), Lane(id="l2", name="Notes")]
    cards = [
        TouchpointCard(id=f"t{n}", stage_id=f"s{n % 24 + 1}", lane_id="l1", title=f"Touchpoint number {n}")
        for n in range(72)
    ] + [
        NoteCard(id=f"n{n}", stage_id=f"s{n + 1}", lane_id="l2", title=f"A note about stage {n + 1}") for n in range(24)
    ]
    project = Project(
        id="p", title="Wide", journeys=[Journey(id="j", name="Wide map", stages=stages, lanes=lanes, cards=cards)]
    )
    deck = deck_of(project)
    slides = map_slides(deck, project.journeys[0])
    assert len(slides) > 1
    titles = [slide.shapes.title.text for slide in slides]
    assert titles[0].startswith("Wide map · Stages 1–") and titles[-1].endswith("of 24")
    names = [group.name for slide in slides for group in card_groups(slide)]
    assert sorted(names) == sorted(f"Card: {card.title}" for card in cards)  # every card once


def test_charts_and_tables_are_native_with_the_maps_data() -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    deck = deck_of(project)
    charts = {
        slide.shapes.title.text: shape.chart for slide in deck.slides for shape in slide.shapes if shape.has_chart
    }
    curve = charts[f"{journey.name}: how it feels, stage by stage"]
    assert curve.chart_type == XL_CHART_TYPE.LINE_MARKERS
    plot = curve.plots[0]
    assert list(plot.categories) == [stage.name for stage in journey.stages]
    expected = list(stage_emotions(journey).values())
    assert [round(value, 3) for value in plot.series[0].values] == [round(value, 3) for value in expected]
    matrix = charts["Priorities: impact against effort"]
    assert matrix.chart_type == XL_CHART_TYPE.XY_SCATTER
    points = sum(len(series.values) for series in matrix.plots[0].series)
    assert points == len(list(journey.improvements()))
    labels = {point.data_label.text_frame.text for series in matrix.plots[0].series for point in series.points}
    assert labels == {action.title[:48] for action in journey.improvements()}

    def table_rows(prefix: str) -> list[list[str]]:
        rows = []
        for slide in deck.slides:
            if slide.shapes.title.text.startswith(prefix):
                table = next(shape.table for shape in slide.shapes if shape.has_table)
                rows += [[cell.text for cell in row.cells] for row in list(table.rows)[1:]]
        return rows

    assert table_rows("Pain points") == pain_point_rows(project)
    assert table_rows("Improvement backlog") == backlog_rows(project)


def test_hostile_and_control_characters_are_kept_as_text() -> None:
    project = small_project()
    project.title = 'Deck <b>&amp; "quotes"</b>'
    project.journeys[0].cards[0].title = "Line\x0bbreak <script>&"
    deck = deck_of(project)
    assert deck.slides[0].shapes.title.text == 'Deck <b>&amp; "quotes"</b>'
    texts = [" ".join(group_text(group).split()) for slide in deck.slides for group in card_groups(slide)]
    assert any("Line break <script>&" in text for text in texts)  # a vertical tab breaks like a space


def test_cancelling_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "deck.pptx"
    with pytest.raises(ExportCancelledError):
        export_pptx(new_project("sample"), path, progress=lambda done, total: done < 2)
    assert not path.exists()


def test_libreoffice_impress_converts_the_deck(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice Impress is needed (Debian: libreoffice-impress-nogui); .ci/run installs it")
    project = new_project("sample")
    source = tmp_path / "sample.journey"
    save_project(project, source)
    deck = tmp_path / "deck.pptx"
    result = subprocess.run([str(COMMAND), "export", str(source), "-o", str(deck)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    slides = len(Presentation(str(deck)).slides)
    out = tmp_path / "converted"
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(deck),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    pdf = out / "deck.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    assert page_count(pdf) == slides
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    words = " ".join(text.split())
    assert project.title in words and "Improvement backlog" in words
    assert all(card.title.split()[0] in words for card in project.journeys[0].cards)
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "2", "-l", "2", str(pdf), str(tmp_path / "page")], check=True)
    from PIL import Image

    picture = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    first_stage = project.journeys[0].stages[0].color
    rgb = tuple(int(first_stage[i : i + 2], 16) for i in (1, 3, 5))
    near = sum(
        count
        for count, colour in picture.getcolors(1_000_000)
        if all(abs(a - b) <= 6 for a, b in zip(colour, rgb, strict=True))
    )
    assert near > 50  # the map's first stage header is drawn in its colour
