"""The self-contained HTML page, opened in a real headless Chromium with networking blocked: it loads
without console errors or requests, shows every card, keeps hostile text inert, and its tabs, zoom,
details, search and register links work as a person uses them."""

import io
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from journeydesk.export.html import export_html, html_bytes
from journeydesk.export.progress import ExportCancelledError
from journeydesk.io import save_project
from journeydesk.model import Journey, JourneyState, Persona, Stage, TouchpointCard
from journeydesk.model.photo import Photo
from journeydesk.model.rekey import with_fresh_ids
from journeydesk.templates import new_project
from tests.export.browser import open_page
from tests.factories import small_project

COMMAND = Path(sys.executable).with_name("journeydesk")
SCRIPT = "<script>window.pwned = 1</script>"
ATTRIBUTE = '" onmouseover="window.pwned = 2" x="'
IMAGE = "<img src=x onerror=window.pwned=3>"


def hostile_project():
    """Every kind of text a person types, set to markup that would run if it were not escaped."""
    project = small_project()
    journey = project.journeys[0]
    project.title = f"Audit {SCRIPT}"
    project.personas[0].name = f"Ana {ATTRIBUTE}"
    project.personas[0].goals = [IMAGE]
    journey.name = f"Journey {IMAGE}"
    journey.stages[0].name = f"Stage {ATTRIBUTE}"
    journey.lanes[0].name = f"Lane {SCRIPT}"
    journey.cards[0].title = SCRIPT
    journey.cards[1].title = ATTRIBUTE
    journey.cards[2].title = IMAGE
    journey.cards[3].description = f"Notes {SCRIPT}\n{IMAGE}"
    journey.cards[3].tags = ["</script><script>window.pwned=4</script>"]
    return project


def two_journeys():
    project = new_project("sample")
    future = with_fresh_ids(project).journeys[0]
    future.name = "Future state"
    future.state = JourneyState.FUTURE
    future.persona_id = None
    project.journeys.append(future)
    return project


class Links(HTMLParser):
    """Every URL an element of the page refers to."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls += [value or "" for name, value in attrs if name in ("src", "href", "xlink:href", "action")]


def test_the_page_refers_to_nothing_outside_itself() -> None:
    page = html_bytes(new_project("sample")).decode("utf-8")
    links = Links()
    links.feed(page)
    assert links.urls and all(url.startswith(("data:", "#")) for url in links.urls)
    assert "http://" not in page.replace("http://www.w3.org/", "") and "https://" not in page
    assert "@font-face" in page and "data:font/woff;base64," in page


def test_the_sample_loads_offline_without_errors_and_shows_every_card(tmp_path: Path) -> None:
    project = new_project("sample")
    path = tmp_path / "map.html"
    export_html(project, path)
    with open_page(path) as visit:
        page = visit.page
        titles = page.eval_on_selector_all(".card > title", "nodes => nodes.map(node => node.textContent)")
        assert titles == [card.title for card in project.journeys[0].cards]
        drawn = page.eval_on_selector_all(".card text", "nodes => nodes.map(node => node.textContent).join(' ')")
        assert all(card.title.split()[0] in drawn for card in project.journeys[0].cards)
        assert page.evaluate("document.fonts.check('12px \"JourneyDesk Sans\"')")
        screenshot = page.screenshot()
        assert page.title() == project.title
    assert visit.errors == [] and visit.requests == []
    picture = Image.open(io.BytesIO(screenshot)).convert("RGB")
    colours = picture.getcolors(maxcolors=1_000_000)
    counts = {colour: number for number, colour in colours}
    for stage in project.journeys[0].stages:  # the coloured stage headers of the map are on screen
        rgb = tuple(int(stage.color[i : i + 2], 16) for i in (1, 3, 5))
        assert counts.get(rgb, 0) > 500, stage.name


def test_hostile_text_is_shown_as_typed_and_never_runs(tmp_path: Path) -> None:
    project = hostile_project()
    path = tmp_path / "hostile.html"
    export_html(project, path)
    with open_page(path) as visit:
        page = visit.page
        cards = page.locator(".card")
        for number in range(cards.count()):
            cards.nth(number).hover()
        page.locator(".card").nth(3).click()
        details = page.locator(".details").inner_text()
        assert page.evaluate("window.pwned") is None
        assert page.evaluate("document.querySelectorAll('[onmouseover], [onerror]').length") == 0
        assert page.evaluate("document.scripts.length") == 2  # the data and the page's own script
        assert page.evaluate("document.querySelectorAll('img:not(.avatar)').length") == 0
        titles = page.eval_on_selector_all(".card > title", "nodes => nodes.map(node => node.textContent)")
        text = page.inner_text("body")
    assert visit.errors == [] and visit.requests == []
    assert titles[:3] == [SCRIPT, ATTRIBUTE, IMAGE]
    assert f"Notes {SCRIPT}\n{IMAGE}" in details and "</script><script>window.pwned=4</script>" in details
    assert f"Audit {SCRIPT}" in text and IMAGE in text


def test_tabs_zoom_details_search_and_register_links(tmp_path: Path) -> None:
    project = two_journeys()
    path = tmp_path / "two.html"
    export_html(project, path)
    current, future = project.journeys
    with open_page(path) as visit:
        page = visit.page
        assert page.is_visible(f'.map[data-journey="{current.id}"]')
        assert not page.is_visible(f'.map[data-journey="{future.id}"]')
        page.click(f'.tabs button[data-journey="{future.id}"]')
        assert page.is_visible(f'.map[data-journey="{future.id}"]')
        assert not page.is_visible(f'.map[data-journey="{current.id}"]')

        svg = f'.map[data-journey="{future.id}"] .map-svg'
        before = page.get_attribute(svg, "viewBox")
        page.click('.zoom button[data-zoom="in"]')
        zoomed = page.get_attribute(svg, "viewBox")
        assert float(zoomed.split()[2]) < float(before.split()[2])
        box = page.locator(svg).bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.wheel(0, 400)  # scroll down: zoom out around the pointer
        assert float(page.get_attribute(svg, "viewBox").split()[2]) > float(zoomed.split()[2])
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] / 2 + 200, box["y"] + box["height"] / 2, steps=5)
        page.mouse.up()
        panned = page.get_attribute(svg, "viewBox")
        page.click('.zoom button[data-zoom="fit"]')
        numbers = [
            [float(value) for value in page.get_attribute(svg, name).split()] for name in ("viewBox", "data-bounds")
        ]
        assert numbers[0] == numbers[1] and page.get_attribute(svg, "viewBox") != panned

        pain = next(card for card in future.pain_points() if future.actions_by_pain_point().get(card.id))
        page.click(f'.card[data-card="{pain.id}"]')
        details = page.locator(".details")
        assert details.is_visible() and pain.title in details.inner_text()
        assert f"Severity\n{pain.severity} of 5" in details.inner_text()
        action = future.actions_by_pain_point()[pain.id][0]
        details.locator(".link").first.click()  # "Addressed by": the action
        assert action.title in details.inner_text()
        assert page.get_attribute(f'.card[data-card="{action.id}"]', "class") == "card selected"
        page.keyboard.press("Escape")
        assert not details.is_visible()

        page.fill(".search input", "e-mail")
        expected = [
            card.id
            for card in future.cards
            if "e-mail" in " ".join([card.title, card.description, *card.tags]).lower()
            or (getattr(card, "channel", None) is not None and "e-mail" in card.channel_label.lower())
        ]
        hits = page.eval_on_selector_all(
            f'.map[data-journey="{future.id}"] .card.hit', "nodes => nodes.map(n => n.dataset.card)"
        )
        assert sorted(hits) == sorted(expected) and hits
        assert page.inner_text(".search .count") == f"{len(hits)} card{'s' if len(hits) > 1 else ''}"
        assert page.inner_text(f'.tabs button[data-journey="{current.id}"] .hits') == str(len(hits))
        page.press(".search input", "Enter")
        assert page.get_attribute(f'.card[data-card="{hits[0]}"]', "class") == "card hit selected"

        first_pain = page.locator("table.pains tr[data-card]").first
        target = first_pain.get_attribute("data-card")
        first_pain.click()
        owner = "current" if any(card.id == target for card in current.cards) else "future"
        shown = current if owner == "current" else future
        assert page.is_visible(f'.map[data-journey="{shown.id}"]')
        assert "selected" in page.get_attribute(f'.card[data-card="{target}"]', "class")
    assert visit.errors == [] and visit.requests == []


def test_text_in_any_script_and_printing(tmp_path: Path) -> None:
    project = small_project()
    project.journeys[0].cards[0].title = "Реклама в метро"
    project.journeys[0].cards[1].title = "结账太慢"
    project.journeys[0].cards[2].title = "Ödeme sayfası çok yavaş"
    path = tmp_path / "world.html"
    export_html(project, path)
    pdf = tmp_path / "printed.pdf"
    with open_page(path) as visit:
        text = visit.page.text_content(".cards")
        visit.page.emulate_media(media="print")
        assert not visit.page.is_visible(".zoom") and not visit.page.is_visible(".search")
        visit.page.pdf(path=str(pdf))
    assert visit.errors == []
    for title in ("Реклама в метро", "结账太慢", "Ödeme sayfası çok yavaş"):
        assert title in text
    printed = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Реклама в метро" in printed and "Pain points" in printed


def test_cancelling_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "cancelled.html"
    with pytest.raises(ExportCancelledError):
        export_html(new_project("sample"), path, progress=lambda done, total: False)
    assert not path.exists()


def test_command_line_export_of_one_journey(tmp_path: Path) -> None:
    source = tmp_path / "two.journey"
    save_project(two_journeys(), source)
    output = tmp_path / "future.html"
    result = subprocess.run(
        [str(COMMAND), "export", str(source), "-o", str(output), "--journey", "Future state"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    page = output.read_text(encoding="utf-8")
    assert page.count('class="map"') == 1 and "Future state" in page
    result = subprocess.run(
        [str(COMMAND), "export", str(source), "-o", str(output), "--dpi", "96"], capture_output=True, text=True
    )
    assert result.returncode == 2 and result.stderr == "journeydesk: error: --dpi is for PNG image exports\n"


def test_an_empty_journey_and_a_persona_with_a_photo(tmp_path: Path) -> None:
    from tests.factories import tiny_png

    project = small_project()
    project.personas.append(Persona(id="p2", name="Ben", photo=Photo.from_bytes(tiny_png(8, 8), "image/png")))
    project.journeys.append(Journey(id="j2", name="Empty", persona_id="p2", stages=[Stage(id="s9", name="Only")]))
    page = html_bytes(project).decode("utf-8")
    assert 'class="avatar" alt="" src="data:image/png;base64,' in page
    assert page.count('class="map"') == 2
    assert isinstance(project.journeys[0].cards[0], TouchpointCard)


def test_a_cards_comment_threads_show_in_its_details_as_typed(tmp_path: Path) -> None:
    import datetime as dt

    from journeydesk.model.comments import CommentThread, Reply

    project = small_project()
    when = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
    reply = Reply(id="reply-1", author="Ben", time=when, text=f"Agreed {IMAGE}")
    project.journeys[0].comments = [
        CommentThread(
            id="comment-1", order="a0", target="c-pain", author="Ana", time=when, text=SCRIPT, replies=[reply]
        ),
        CommentThread(
            id="comment-2", order="a1", target="c-pain", author="Cleo", time=when, text="Old news", resolved=True
        ),
    ]
    path = tmp_path / "commented.html"
    export_html(project, path)
    with open_page(path) as visit:
        page = visit.page
        page.click('.card[data-card="c-pain"]')
        details = "\n".join(line for line in page.locator(".details").inner_text().splitlines() if line)
        assert page.evaluate("window.pwned") is None
        page.click('.card[data-card="c-touch"]')
        quiet = page.locator(".details").inner_text()
    assert visit.errors == [] and visit.requests == []
    assert "COMMENTS" in details.upper() and f"Ana · 01 Mar 2026 09:30\n{SCRIPT}" in details
    assert f"Ben · 01 Mar 2026 09:30\nAgreed {IMAGE}" in details and "Old news" in details and "Resolved" in details
    assert details.index(SCRIPT) < details.index("Old news")  # open threads first
    assert "Comments" not in quiet


def test_threads_on_stages_and_on_the_journey_are_listed_under_comments() -> None:
    import datetime as dt

    from journeydesk.model.comments import CommentThread, Reply

    project = small_project()
    journey = project.journeys[0]
    stage = journey.stages[0]
    when = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
    journey.comments = [
        CommentThread(id="comment-1", order="a0", target=stage.id, author="Ana", time=when, text=SCRIPT),
        CommentThread(
            id="comment-2",
            order="a1",
            target=journey.id,
            author="Ben",
            time=when,
            text="Overall: ready for the client",
            replies=[Reply(id="reply-1", author="Cleo", time=when, text="Agreed")],
            resolved=True,
        ),
    ]
    page = html_bytes(project).decode("utf-8")
    section = page[page.index('id="comments"') : page.index('id="health"')]
    assert SCRIPT not in page and "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in section
    assert f"Stage “{stage.name}”" in section and "The journey" in section
    assert "Overall: ready for the client" in section and "↳ reply" in section and "Agreed" in section
    assert section.index("&lt;script&gt;") < section.index("Overall")  # open threads first
    assert 'id="comments"' not in html_bytes(small_project()).decode("utf-8")


def test_a_registers_header_row_heads_its_table_until_the_page_scrolls_past_it(tmp_path: Path) -> None:
    path = tmp_path / "sample.html"
    export_html(new_project("sample"), path)
    where = """(top) => {
        const table = document.querySelector("table.register.pains");
        window.scrollTo(0, table.getBoundingClientRect().top + window.scrollY - top);
        const header = table.querySelector("th").getBoundingClientRect();
        return [table.getBoundingClientRect().top, header.top, document.querySelector("header").offsetHeight];
    }"""
    with open_page(path) as visit:
        table, header, _ = visit.page.evaluate(where, 300)  # the table below the top bar, in view
        assert 0 <= header - table < 4
        table, header, bar = visit.page.evaluate(where, -40)  # scrolled into the table
        assert table < 0 and abs(header - bar) < 6  # its header stays in sight under the top bar
    assert visit.errors == []
