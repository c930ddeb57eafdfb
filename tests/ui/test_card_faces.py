"""Each card kind's face comes from layout/ alone, without Qt, and both painters replay it."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pdfplumber
from PySide6.QtGui import QColor, QImage, QPainter
from reportlab.pdfgen.canvas import Canvas

from journeydesk.canvas.face_painter import paint_face
from journeydesk.export.pdf import fonts
from journeydesk.export.pdf.face_painter import PdfFacePainter
from journeydesk.layout.face import Ellipse, Text
from journeydesk.layout.face_card import Badge, card_face
from journeydesk.layout.geometry import Point, Rect
from journeydesk.layout.theme import LIGHT
from journeydesk.model import Channel, ImprovementCard, NoteCard, PainPointCard, TouchpointCard
from journeydesk.model.cards import Card
from tests.conftest import REPO

CARDS: list[Card] = [
    TouchpointCard(
        id="t", stage_id="s", lane_id="l", title="Booking page on the phone", channel=Channel.WEBSITE, emotion=-1
    ),
    PainPointCard(id="p", stage_id="s", lane_id="l", title="Hidden fees at checkout", severity=4),
    ImprovementCard(id="i", stage_id="s", lane_id="l", title="Show the full price first", owner="Web team"),
    NoteCard(id="n", stage_id="s", lane_id="l", title="Asked twice about delivery"),
]
RECT = Rect(0, 0, 196, 86)

QT_FREE = """
import json, sys
from journeydesk.layout.face_card import card_face
from journeydesk.layout.geometry import Rect
from journeydesk.layout.theme import LIGHT
from journeydesk.model import Channel, ImprovementCard, NoteCard, PainPointCard, TouchpointCard
cards = [
    TouchpointCard(id="t", stage_id="s", lane_id="l", title="Booking page", channel=Channel.WEBSITE, emotion=-1),
    PainPointCard(id="p", stage_id="s", lane_id="l", title="Hidden fees", severity=4),
    ImprovementCard(id="i", stage_id="s", lane_id="l", title="Full price first", owner="Web team"),
    NoteCard(id="n", stage_id="s", lane_id="l", title="Asked twice"),
]
faces = {card.kind.value: [type(p).__name__ for p in card_face(card, Rect(0, 0, 196, 86), LIGHT)] for card in cards}
print(json.dumps({"faces": faces, "qt": sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken")))}))
"""


def test_every_card_kind_has_a_face_made_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", QT_FREE], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["qt"] == []
    assert set(found["faces"]) == {"touchpoint", "pain_point", "improvement", "note"}
    for kind, primitives in found["faces"].items():
        assert primitives[:2] == ["Box", "Path"], kind  # the body, the accent strip
        assert "Text" in primitives


def _canvas_picture(card: Card) -> QImage:
    image = QImage(2 * 220, 2 * 100, QImage.Format.Format_RGB32)
    image.fill(QColor(LIGHT.canvas))
    painter = QPainter(image)
    painter.scale(2, 2)
    painter.translate(8, 8)
    paint_face(painter, card_face(card, RECT, LIGHT), editing=False)
    painter.end()
    return image


def _pdf(card: Card, path: Path) -> Path:
    fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(220, 100))
    PdfFacePainter(canvas, 1.0, Point(8, 92)).paint(card_face(card, RECT, LIGHT))
    canvas.showPage()
    canvas.save()
    path.write_bytes(buffer.getvalue())
    return path


def test_both_painters_replay_each_card_kind(qapp, tmp_path: Path) -> None:
    for card in CARDS:
        style = LIGHT.cards[card.kind]
        face = card_face(card, RECT, LIGHT)
        title = [run for run in face if isinstance(run, Text) and run.role == "body"]
        assert " ".join(run.text for run in title) == card.title
        picture = _canvas_picture(card)
        assert picture.pixelColor(2 * (8 + 1), 2 * (8 + 43)).name() == style.accent  # the accent strip
        assert picture.pixelColor(2 * (8 + 150), 2 * (8 + 80)).name() == style.fill  # the body, bottom right
        first = title[0].bounds
        ink = {
            picture.pixelColor(round(2 * (8 + first.x + dx)), round(2 * (8 + first.center.y))).name()
            for dx in range(0, round(first.width), 2)
        }
        assert any(QColor(color).lightness() < 120 for color in ink), card.kind  # the title's letters
        with pdfplumber.open(_pdf(card, tmp_path / f"{card.kind.value}.pdf")) as pdf:
            page = pdf.pages[0]
            words = " ".join(word["text"] for word in page.extract_words())
            assert card.title in words
            assert {round(char["size"], 2) for char in page.chars if char["text"] in card.title} >= {12.0}
            fills = {tuple(round(c, 3) for c in shape["non_stroking_color"]) for shape in page.curves if shape["fill"]}
            accent = tuple(round(int(style.accent[i : i + 2], 16) / 255, 3) for i in (1, 3, 5))
            assert accent in fills
        if isinstance(card, ImprovementCard):
            assert any(primitive.editor for primitive in face)  # the + knob is the editor's only
            assert "+" not in words


def test_a_card_says_when_it_is_not_rated_and_takes_badges() -> None:
    unrated = PainPointCard.model_construct(
        id="p", kind=PainPointCard.model_fields["kind"].default, stage_id="s", lane_id="l", title="Slow", severity=None
    )
    face = card_face(unrated, RECT, LIGHT)
    assert "not rated" in [run.text for run in face if isinstance(run, Text)]
    assert not [shape for shape in face if isinstance(shape, Ellipse)]  # no severity dots
    rated = card_face(CARDS[1], RECT, LIGHT)
    assert len([shape for shape in rated if isinstance(shape, Ellipse)]) == 5
    badged = card_face(
        CARDS[3], RECT, LIGHT, badges=[Badge("3", LIGHT.selection), Badge("12", LIGHT.status[CARDS[2].status])]
    )
    labels = [run for run in badged if isinstance(run, Text) and run.text in {"3", "12"}]
    assert [run.text for run in labels] == ["3", "12"] and labels[0].x > labels[1].x  # right to left, on the top edge
    assert all(run.bounds.y < RECT.y + 4 for run in labels)
