"""The PDF deliverable, checked with qpdf and poppler: structure, text, pages, colours."""

import datetime as dt
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import landscape

from journeydesk.cli import main
from journeydesk.export.pdf import PdfOptions, export_pdf, fonts
from journeydesk.export.pdf.document import MARGIN, PAGE_SIZES, frame_size
from journeydesk.export.pdf.map_pages import plan_journey
from journeydesk.export.progress import ExportCancelledError
from journeydesk.io import save_project
from journeydesk.layout.fonts import FontStyle
from journeydesk.layout.page_face import BAND_GAP, BAND_HEIGHT
from journeydesk.layout.text import wrap
from journeydesk.model import ImprovementCard, NoteCard, PainPointCard
from journeydesk.model.future import future_state_of
from journeydesk.templates import new_project
from tests.export.pdf_helpers import fonts_listed, metadata, page_count, pdf_text, qpdf_check, render_page, words
from tests.factories import small_project

TODAY = dt.date(2026, 11, 23)
SCRIPTS = [
    "Müşteri şikâyeti: ödeme ığdır",
    "Служба поддержки клиентов",
    "Εξυπηρέτηση πελατών",
    "客户支持热线",
    "お客様サポート",
    "고객 지원 센터",
]
MARKUP = ["<b>not bold</b>", "a & b", "<font size=99>huge</font>", "5 < 6 > 4"]


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    project = new_project("sample")
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    export_pdf(project, path, PdfOptions(), today=TODAY)
    return path, project


def test_structure_metadata_and_every_card_title(sample_pdf) -> None:
    path, project = sample_pdf
    qpdf_check(path)
    info = metadata(path)
    assert (info["Title"], info["Author"], info["Subject"]) == (project.title, project.author, "Customer journey map")
    text = " ".join(pdf_text(path).split())
    for card in project.journeys[0].cards:
        assert " ".join(card.title.split()) in text, card.title
    for heading in ("Pain points", "Improvement backlog", "Health check", "Maya Lindqvist"):
        assert heading in text


def test_page_counts_follow_the_fit_mode(tmp_path: Path) -> None:
    project = new_project("sample")
    project.journeys.append(future_state_of(project.journeys[0]))
    after_the_maps = 4  # one persona, the pain points, the backlog, the health check
    one = tmp_path / "page.pdf"
    export_pdf(project, one, PdfOptions(page_size="A3", fit="page"))
    assert page_count(one) == 2 + after_the_maps
    readable = tmp_path / "readable.pdf"
    export_pdf(project, readable, PdfOptions(page_size="A4"))
    pages = sum(len(plan_journey(journey, frame_size("A4"), "readable").plan.pages) for journey in project.journeys)
    assert pages > 2 and page_count(readable) == pages + after_the_maps
    tiles = sum(len(plan_journey(journey, frame_size("A3"), "tile").plan.pages) for journey in project.journeys)
    assert tiles > 2
    tiled = tmp_path / "tile.pdf"
    export_pdf(project, tiled, PdfOptions(page_size="A3", fit="tile"))
    assert page_count(tiled) == tiles + after_the_maps
    text = pdf_text(tiled, 1, 1)
    assert f"Tile 1 of {tiles // 2}" in text
    only = tmp_path / "one-journey.pdf"
    export_pdf(project, only, PdfOptions(journey_ids=[project.journeys[1].id]))
    assert page_count(only) == 1 + after_the_maps
    qpdf_check(tiled)


def test_the_map_page_is_not_blank_and_shows_the_stage_colours_where_the_layout_puts_them(
    sample_pdf, tmp_path: Path
) -> None:
    path, project = sample_pdf
    dpi = 50
    image = render_page(path, 1, tmp_path, dpi)
    journey = project.journeys[0]
    planned = plan_journey(journey, frame_size("A3"), "readable")
    page = planned.plan.pages[0]
    scale = planned.plan.scale
    top = MARGIN + BAND_HEIGHT + BAND_GAP  # the map's top, from the page's top
    to_pixels = dpi / 72
    distinct = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(distinct) > 20  # not blank
    for stage in journey.stages:
        header = page.grid.stage_header_rect(stage.id)
        # a point inside the chevron, right of its name and below it: the stage's colour
        x = MARGIN + (header.right - 24) * scale
        y = top + (header.center.y + 10) * scale
        pixel = image.pixelColor(round(x * to_pixels), round(y * to_pixels))
        expected = stage.color.lstrip("#")
        found = pixel.name().lstrip("#")
        assert all(abs(int(found[i : i + 2], 16) - int(expected[i : i + 2], 16)) <= 12 for i in (0, 2, 4)), (
            stage.name,
            pixel.name(),
            stage.color,
        )


def test_unicode_and_markup_print_exactly(tmp_path: Path) -> None:
    project = small_project()
    journey = project.journeys[0]
    for number, text in enumerate(SCRIPTS + MARKUP):
        journey.cards.append(PainPointCard(id=f"p{number}", stage_id="s1", lane_id="l-pain", title=text))
    project.title = "Çalışma & <i>test</i>"
    path = tmp_path / "scripts.pdf"
    export_pdf(project, path)
    qpdf_check(path)
    # every script in embedded fonts that map back to Unicode: no reader, and no poppler-data, needs
    # fonts of its own to show or extract the text
    assert all((font["emb"], font["uni"]) == ("yes", "yes") for font in fonts_listed(path)), fonts_listed(path)
    text = pdf_text(path, raw=True)
    for value in SCRIPTS + MARKUP + ["Çalışma & <i>test</i>"]:
        assert value in text, value
    # the register prints the markup literally too
    register = pdf_text(path, 3, 3, raw=True)
    assert all(value in register for value in MARKUP)


@pytest.mark.parametrize("page_size", ["A4", "A3"])
def test_a_long_register_runs_over_pages_within_the_margins_with_its_header_repeated(
    tmp_path: Path, page_size: str
) -> None:
    project = small_project()
    journey = project.journeys[0]
    for number in range(120):
        journey.cards.append(
            PainPointCard(
                id=f"p{number}",
                stage_id="s1",
                lane_id="l-pain",
                severity=5,
                title=f"Pain number {number} " + "and more " * (number % 12),
            )
        )
    journey.cards.append(PainPointCard(id="crux", stage_id="s1", lane_id="l-pain", severity=1, title="The crux"))
    fixes = [f"Fix{number}" for number in range(150)]  # the crux's "Addressed by" is taller than a whole page
    journey.cards += [
        ImprovementCard(id=fix, stage_id="s2", lane_id="l-act", title=fix, addresses=["crux"]) for fix in fixes
    ]
    path = tmp_path / "register.pdf"
    export_pdf(project, path, PdfOptions(page_size=page_size))
    qpdf_check(path)
    register_pages = [
        page for page in range(2, page_count(path) + 1) if "Severity" in {word[0] for word in words(path, page)}
    ]
    assert len(register_pages) >= 3
    text = pdf_text(path, register_pages[0], register_pages[-1], raw=True)
    assert all(f"Pain number {number} " in text for number in range(120))
    assert all(f"{fix} (Idea)" in text for fix in fixes)  # the tall cell continued on the next page
    for page in register_pages:
        found = words(path, page)
        assert max(word[3] for word in found) <= landscape(PAGE_SIZES[page_size])[0] - MARGIN + 0.5
        assert min(word[1] for word in found) >= MARGIN - 0.5


def test_long_text_wraps_at_spaces_then_ends_with_an_ellipsis() -> None:
    assert wrap("Short title", FontStyle.REGULAR, 12, 150) == ["Short title"]
    words = "A rather long pain point title that needs a second and a third line to be read in full"
    lines = wrap(words, FontStyle.REGULAR, 12, 150)
    assert len(lines) > 2 and " ".join(lines) == words
    kept = wrap(words * 4, FontStyle.REGULAR, 12, 150, max_lines=3)
    assert len(kept) == 3 and kept[-1].endswith("…") and words.startswith(" ".join(kept[:2]))
    assert wrap("first line\nsecond", FontStyle.REGULAR, 12, 150) == ["first line", "second"]


def test_a_large_map_pdf_keeps_every_title_searchable(tmp_path: Path) -> None:
    project = small_project()
    journey = project.journeys[0]
    for number in range(400):
        journey.cards.append(NoteCard(id=f"n{number}", stage_id="s2", lane_id="l-touch", title=f"Note number {number}"))
    path = tmp_path / "large.pdf"
    export_pdf(project, path, PdfOptions(fit="page"))
    text = pdf_text(path, 1, 1)
    assert all(f"Note number {number}" in text for number in range(0, 400, 37))


def test_cancelling_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "cancelled.pdf"
    calls: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> bool:
        calls.append((done, total))
        return False

    with pytest.raises(ExportCancelledError):
        export_pdf(new_project("sample"), path, PdfOptions(), progress=cancel)
    assert calls and not path.exists() and list(tmp_path.iterdir()) == []


def test_cli_pdf_options(tmp_path: Path, capsys) -> None:
    source = tmp_path / "sample.journey"
    assert main(["new", str(source), "--template", "sample"]) == 0
    output = tmp_path / "map.pdf"
    assert main(["export", str(source), "-o", str(output), "--page-size", "A4", "--fit", "tile"]) == 0
    assert page_count(output) > 5
    assert main(["export", str(source), "-o", str(output), "--page-size", "B5"]) == 2
    assert "invalid choice: 'B5'" in capsys.readouterr().err
    assert main(["export", str(source), "-o", str(tmp_path / "x.pdf"), "--dpi", "300"]) == 2
    assert main(["export", str(source), "-o", str(tmp_path / "x.doc")]) == 2
    assert not (tmp_path / "x.pdf").exists()


@pytest.fixture
def cjk_font_search():
    """The search for an embeddable CJK font, made again after the test changes what it finds."""
    fonts.cjk_fonts.cache_clear()
    yield
    fonts.cjk_fonts.cache_clear()


def test_every_font_of_the_sample_is_embedded_for_print_preflight(sample_pdf) -> None:
    path, _ = sample_pdf
    listed = fonts_listed(path)
    assert {font["name"].split("+")[-1] for font in listed} == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}
    assert all(font["emb"] == "yes" for font in listed)  # no Helvetica named by the page preamble


def test_chinese_japanese_and_korean_are_embedded_from_a_system_font(tmp_path: Path, cjk_font_search) -> None:
    if not fonts.cjk_fonts():
        needed = f"a TrueType font with Chinese, Japanese and Korean is needed ({fonts.CJK_INSTALL_HINT})"
        pytest.fail(f"{needed}; .ci/run installs it")
    project = small_project()
    journey = project.journeys[0]
    journey.stages[0].name = "认知"
    for number, text in enumerate(SCRIPTS[3:]):
        journey.cards.append(PainPointCard(id=f"p{number}", stage_id="s2", lane_id="l-pain", title=text))
    path = tmp_path / "cjk.pdf"
    note = export_pdf(project, path)
    listed = fonts_listed(path)
    assert all((font["emb"], font["uni"]) == ("yes", "yes") for font in listed), listed
    assert sum("DejaVu" not in font["name"] for font in listed) == 1  # one font for all three scripts
    text = pdf_text(path)
    assert all(value in text for value in [*SCRIPTS[3:], "认知"])
    assert note is None  # everything is embedded: nothing to say


def test_without_a_cjk_font_the_text_falls_back_to_the_readers_fonts_and_says_so(
    tmp_path: Path, cjk_font_search, monkeypatch, capsys
) -> None:
    monkeypatch.setattr(fonts, "CJK_FONT_FILES", ())
    monkeypatch.delenv(fonts.CJK_FONT_VARIABLE, raising=False)
    project = small_project()
    project.journeys[0].cards.append(PainPointCard(id="p", stage_id="s2", lane_id="l-pain", title="客户支持热线。"))
    source, target = tmp_path / "cjk.journey", tmp_path / "cjk.pdf"
    save_project(project, source)
    assert main(["export", str(source), "-o", str(target)]) == 0
    listed = fonts_listed(target)
    assert [font["name"] for font in listed if font["emb"] == "no"] == ["STSong-Light"]
    assert "客户支持热线。" in pdf_text(target, raw=True)  # the full stop too, which DejaVu Sans lacks
    captured = capsys.readouterr()
    assert captured.out == f"{target}: exported\n"
    assert captured.err.startswith("journeydesk: note: Chinese, Japanese or Korean text is set in the PDF reader's")
    assert "fonts-wqy-microhei" in captured.err
    assert export_pdf(small_project(), tmp_path / "latin.pdf") is None  # nothing to say for text DejaVu Sans has


def test_a_font_named_in_the_environment_is_used_first(tmp_path: Path, cjk_font_search, monkeypatch) -> None:
    monkeypatch.setattr(fonts, "CJK_FONT_FILES", ())
    monkeypatch.setenv(fonts.CJK_FONT_VARIABLE, str(tmp_path / "not-a-font.ttf"))
    (tmp_path / "not-a-font.ttf").write_bytes(b"no font at all")
    assert fonts.cjk_fonts() == ()  # a file that is no font is passed over, not a crash
    fonts.cjk_fonts.cache_clear()
    monkeypatch.setenv(fonts.CJK_FONT_VARIABLE, str(fonts.resource_path("fonts", "DejaVuSans.ttf")))
    [(name, covered)] = fonts.cjk_fonts()
    assert ord("Ж") in covered and name.startswith("JourneyDeskCJK")
