"""The face's marks reach every deliverable: an action's status pill, its shape before its name
(○ idea, ■ planned, ◆ in progress, ● done) in the ink that reads on its colour, in the web page's map
and on the deck's slides, read back by an HTML parser and by python-pptx."""

import re
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from journeydesk.export.html import export_html
from journeydesk.export.pptx import export_pptx
from journeydesk.layout.theme import LIGHT, ink_on
from journeydesk.model import ActionStatus, ImprovementCard
from tests.factories import small_project


def actions_of_every_status():
    project = small_project()
    project.journeys[0].cards += [
        ImprovementCard(id=f"a-{status.value}", stage_id="s1", lane_id="l-act", title=status.label, status=status)
        for status in ActionStatus
    ]
    return project


def pill(status: ActionStatus) -> str:
    return f"{LIGHT.statuses[status].glyph} {status.label}".upper()


def texts(shapes) -> list[str]:
    found = []
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            found += texts(shape.shapes)
        elif shape.has_text_frame:
            found.append(shape.text_frame.text)
    return found


def test_status_pills_keep_their_shape_and_ink_in_the_web_page(tmp_path: Path) -> None:
    path = tmp_path / "map.html"
    export_html(actions_of_every_status(), path)
    page = path.read_text(encoding="utf-8")
    for status in ActionStatus:
        (ink,) = set(re.findall(rf'fill="(#[0-9a-f]{{6}})">{re.escape(pill(status))}</text>', page))
        assert ink == ink_on(LIGHT.statuses[status].color), status


def test_status_pills_keep_their_shape_on_the_slides(tmp_path: Path) -> None:
    path = tmp_path / "map.pptx"
    export_pptx(actions_of_every_status(), path)
    shown = [text for slide in Presentation(str(path)).slides for text in texts(slide.shapes)]
    for status in ActionStatus:
        assert pill(status) in shown, status
