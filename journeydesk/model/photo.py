"""A persona's photo, embedded in the file: PNG or JPEG, checked and bounded in size.

The header is read first (the right signature for the declared type, sensible dimensions); then the
whole image is decoded with Pillow, which every exporter draws photos with. So a photo that passes
has pixels every exporter can draw: a truncated or damaged image, an odd colour type or bit depth,
or a compressed text chunk that would swell past Pillow's limit is refused here, not in an export.
"""

import base64
import binascii
import io
import struct
import warnings
from typing import Annotated, Literal

from pydantic import Field, StrictStr, field_validator, model_validator

from journeydesk.model.base import Model

MAX_PHOTO_BYTES = 1024 * 1024
MAX_PHOTO_SIDE = 4096
MAX_PHOTO_PIXELS = 4096 * 4096
_PILLOW_FORMATS = {"image/png": "PNG", "image/jpeg": "JPEG"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
MediaType = Literal["image/png", "image/jpeg"]


class PhotoError(ValueError):
    """Image bytes that cannot be a persona's photo; the message says why."""


def image_size(data: bytes, media_type: str) -> tuple[int, int]:
    """(width, height) from a PNG or JPEG header, or :class:`PhotoError`."""
    if media_type == "image/png":
        if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR" or len(data) < 24:
            raise PhotoError("not a PNG image")
        return struct.unpack(">II", data[16:24])
    if not data.startswith(JPEG_SIGNATURE):
        raise PhotoError("not a JPEG image")
    position = 2
    while position + 9 <= len(data):
        if data[position] != 0xFF:
            raise PhotoError("a damaged JPEG image")
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        length = struct.unpack(">H", data[position + 2 : position + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # a start-of-frame marker
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return width, height
        position += 2 + length
    raise PhotoError("a damaged JPEG image (no image size found)")


def check_photo_bytes(data: bytes, media_type: str) -> None:
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError(f"the photo is too large ({len(data) / 2**20:.1f} MB; at most 1 MB)")
    width, height = image_size(data, media_type)
    if not (0 < width <= MAX_PHOTO_SIDE and 0 < height <= MAX_PHOTO_SIDE):
        raise PhotoError(f"the photo is {width} x {height} pixels; at most {MAX_PHOTO_SIDE} on a side")
    decode(data, media_type)


def decode(data: bytes, media_type: str) -> None:
    """Decode every pixel, as an exporter will; :class:`PhotoError` when Pillow cannot. Pillow loads
    with the first photo: most maps have none, and start-up need not wait for it."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[_PILLOW_FORMATS[media_type]]) as image:
                pixels = image.width * image.height
                if pixels > MAX_PHOTO_PIXELS:
                    raise PhotoError(f"the photo has {pixels:,} pixels; at most {MAX_PHOTO_PIXELS:,}")
                image.load()
    except PhotoError:
        raise
    except UnidentifiedImageError:
        raise PhotoError(f"a damaged {media_type[6:].upper()} image (it cannot be read)") from None
    except Exception as exc:  # Pillow raises many kinds (OSError, SyntaxError, ValueError...) for bad data
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise PhotoError(f"a damaged {media_type[6:].upper()} image ({reason})") from None


class Photo(Model):
    media_type: MediaType
    data: Annotated[StrictStr, Field(max_length=MAX_PHOTO_BYTES * 4 // 3 + 8, description="Base64 of the image")]

    @field_validator("data")
    @classmethod
    def _is_base64(cls, value: str) -> str:
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("not base64 data") from None
        return value

    @model_validator(mode="after")
    def _is_a_bounded_image(self) -> "Photo":
        try:
            check_photo_bytes(self.image_bytes(), self.media_type)
        except PhotoError as exc:
            raise ValueError(str(exc)) from None
        return self

    def image_bytes(self) -> bytes:
        return base64.b64decode(self.data)

    @classmethod
    def from_bytes(cls, data: bytes, media_type: MediaType) -> "Photo":
        """A photo from image bytes; raises :class:`PhotoError` if they are not a bounded PNG or JPEG."""
        check_photo_bytes(data, media_type)
        return cls(media_type=media_type, data=base64.b64encode(data).decode("ascii"))
