"""Small builders of valid projects for tests."""

import struct
import zlib

from journeydesk.model import (
    ImprovementCard,
    Journey,
    Lane,
    LaneKind,
    NoteCard,
    PainPointCard,
    Persona,
    Project,
    Stage,
    TouchpointCard,
)


def small_project() -> Project:
    """One journey, two stages, three lanes and one card of each kind, with a link."""
    stages = [Stage(id="s1", name="Discover"), Stage(id="s2", name="Buy", color="#d99a2b")]
    lanes = [
        Lane(id="l-touch", name="Touchpoints", kind=LaneKind.TOUCHPOINTS),
        Lane(id="l-pain", name="Pain points", kind=LaneKind.PAIN_POINTS),
        Lane(id="l-act", name="Improvement actions", kind=LaneKind.IMPROVEMENTS),
    ]
    cards = [
        TouchpointCard(id="c-touch", stage_id="s1", lane_id="l-touch", title="Ad", emotion=1),
        PainPointCard(id="c-pain", stage_id="s2", lane_id="l-pain", title="Slow checkout", severity=4),
        ImprovementCard(id="c-act", stage_id="s2", lane_id="l-act", title="One-page checkout", addresses=["c-pain"]),
        NoteCard(id="c-note", stage_id="s1", lane_id="l-touch", title="Seen on the train"),
    ]
    journey = Journey(id="j1", name="Current", persona_id="p1", stages=stages, lanes=lanes, cards=cards)
    persona = Persona(id="p1", name="Ana", role="Shopper")
    return Project(id="proj", title="Test project", personas=[persona], journeys=[journey])


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def tiny_png(
    width: int = 2,
    height: int = 2,
    rgb: tuple[int, int, int] = (122, 92, 196),
    colour_type: int = 2,
    bit_depth: int = 8,
    idat: bytes | None = None,
    extra: bytes = b"",
) -> bytes:
    """A PNG of one colour, made without an image library; the arguments make odd or broken ones."""
    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + extra
        + png_chunk(b"IDAT", zlib.compress(row * height) if idat is None else idat)
        + png_chunk(b"IEND", b"")
    )
