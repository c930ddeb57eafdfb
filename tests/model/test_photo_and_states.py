"""Persona photos are checked PNG or JPEG images; derived journeys name only what exists in their base."""

import base64
import struct
import zlib

import pytest
from pydantic import ValidationError

from journeydesk.io.validation_messages import first_problem
from journeydesk.model import Persona, Photo, PhotoError, Project
from journeydesk.model.photo import MAX_PHOTO_BYTES, image_size
from tests.factories import png_chunk, small_project, tiny_png


def jpeg_header(width: int, height: int) -> bytes:
    """The start of a baseline JPEG: SOI, an APP0 segment, then SOF0 with the size."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof0 = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof0 + b"\xff\xd9"


def test_png_and_jpeg_sizes_are_read_from_their_headers() -> None:
    assert image_size(tiny_png(7, 3), "image/png") == (7, 3)
    assert image_size(jpeg_header(640, 480), "image/jpeg") == (640, 480)


@pytest.mark.parametrize(
    ("data", "media_type", "message"),
    [
        (b"GIF89a....", "image/png", "not a PNG image"),
        (tiny_png(), "image/jpeg", "not a JPEG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg", "damaged JPEG"),
        (tiny_png(5000, 2), "image/png", "at most 4096 on a side"),
        (tiny_png() + b"\x00" * MAX_PHOTO_BYTES, "image/png", "the photo is too large (1.0 MB; at most 1 MB)"),
    ],
)
def test_bad_photos_are_refused_with_a_reason(data: bytes, media_type: str, message: str) -> None:
    with pytest.raises(PhotoError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Photo.from_bytes(data, media_type)  # type: ignore[arg-type]


def test_a_photo_in_a_file_is_checked_too() -> None:
    project = small_project()
    data = project.model_dump(mode="json")
    data["personas"][0]["photo"] = {"media_type": "image/png", "data": base64.b64encode(b"not an image").decode()}
    with pytest.raises(ValidationError) as caught:
        Project.model_validate(data)
    place, problem, _ = first_problem(caught.value)
    assert place == "project.personas[0].photo"
    assert problem == "not a PNG image"
    data["personas"][0]["photo"] = {"media_type": "image/png", "data": "%%% not base64"}
    with pytest.raises(ValidationError, match="not base64 data"):
        Project.model_validate(data)


def test_a_good_photo_round_trips() -> None:
    persona = Persona(id="p", name="Ana", photo=Photo.from_bytes(tiny_png(4, 4), "image/png"))
    assert Persona.model_validate_json(persona.model_dump_json()).photo.image_bytes() == tiny_png(4, 4)


def future_of_small_project() -> dict:
    data = small_project().model_dump(mode="json")
    future = {**data["journeys"][0], "id": "j2", "name": "Future", "state": "future", "based_on": "j1"}
    future["stages"] = [{**stage, "id": f"f-{stage['id']}", "origin_id": stage["id"]} for stage in future["stages"]]
    future["lanes"] = [{**lane, "id": f"f-{lane['id']}"} for lane in future["lanes"]]
    future["cards"] = [
        {
            **card,
            "id": f"f-{card['id']}",
            "origin_id": card["id"],
            "stage_id": f"f-{card['stage_id']}",
            "lane_id": f"f-{card['lane_id']}",
        }
        for card in future["cards"]
    ]
    future["cards"][3]["addresses"] = ["f-c-pain"]
    data["journeys"].append(future)
    return data


def test_a_future_state_names_its_base_and_origins() -> None:
    project = Project.model_validate(future_of_small_project())
    future = project.journeys[1]
    assert future.based_on == "j1" and future.cards[2].origin_id == "c-pain"


@pytest.mark.parametrize(
    ("change", "place", "problem"),
    [
        (
            lambda d: d["journeys"][1].update(based_on="nowhere"),
            "project.journeys[1].based_on",
            "no other journey with id 'nowhere'",
        ),
        (lambda d: d["journeys"][1].update(based_on="j2"), "project.journeys[1].based_on", "no other journey"),
        (
            lambda d: d["journeys"][1].update(overlay_journey_id="x"),
            "project.journeys[1].overlay_journey_id",
            "no other journey",
        ),
        (
            lambda d: d["journeys"][1]["cards"][0].update(origin_id="f-c-pain"),
            "project.journeys[1].cards[0].origin_id",
            "no card with id 'f-c-pain' in the journey it is based on",
        ),
        (
            lambda d: d["journeys"][1].update(based_on=None),
            "project.journeys[1].stages[0].origin_id",
            "a base journey (it has none)",
        ),
    ],
)
def test_broken_derivation_is_refused(change, place: str, problem: str) -> None:
    data = future_of_small_project()
    change(data)
    with pytest.raises(ValidationError) as caught:
        Project.model_validate(data)
    found_place, found_problem, _ = first_problem(caught.value)
    assert found_place == place
    assert problem in found_problem


def _text_bomb() -> bytes:
    """A PNG whose compressed text chunk (zTXt) swells to 64 MB."""
    body = b"Comment\x00\x00" + zlib.compress(b"x" * 64 * 2**20, 9)
    return tiny_png(extra=png_chunk(b"zTXt", body))


HOSTILE_PHOTOS = {
    "truncated PNG": (tiny_png(64, 64)[:-40], "image/png"),
    "uncompressed IDAT": (tiny_png(idat=b"\x00" + b"\x7a\x5c\xc4" * 2), "image/png"),
    "colour type 9": (tiny_png(colour_type=9), "image/png"),
    "bit depth 3": (tiny_png(bit_depth=3), "image/png"),
    "JPEG header over garbage": (jpeg_header(640, 480)[:-2] + bytes(range(256)) * 40, "image/jpeg"),
    "compressed-text bomb": (_text_bomb(), "image/png"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_PHOTOS))
def test_a_photo_is_decoded_whole_so_what_validates_also_exports(name: str) -> None:
    data, media_type = HOSTILE_PHOTOS[name]
    with pytest.raises(PhotoError, match=r"damaged|too large|pixels"):
        Photo.from_bytes(data, media_type)  # type: ignore[arg-type]
