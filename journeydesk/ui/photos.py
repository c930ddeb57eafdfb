"""Turning an image file into a persona's photo: checked, bounded, and scaled down to a sensible size."""

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader

from journeydesk.model.photo import MediaType, Photo, PhotoError

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_SOURCE_SIDE = 8000  # larger images are refused before they are decoded
PHOTO_SIDE = 400  # stored photos are at most this many pixels on a side
FORMATS = {b"png": "image/png", b"jpeg": "image/jpeg", b"jpg": "image/jpeg"}


def photo_from_file(path: Path) -> Photo:
    """A photo from a PNG or JPEG file, scaled down to :data:`PHOTO_SIDE`; :class:`PhotoError` says why not."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PhotoError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    if size > MAX_FILE_BYTES:
        raise PhotoError(f"{path.name} is too large ({size / 2**20:.1f} MB; at most 10 MB)")
    reader = QImageReader(str(path))
    media_type = FORMATS.get(bytes(reader.format().data()).lower())
    if media_type is None:
        raise PhotoError(f"{path.name} is not a PNG or JPEG image")
    dimensions = reader.size()
    if dimensions.width() > MAX_SOURCE_SIDE or dimensions.height() > MAX_SOURCE_SIDE:
        raise PhotoError(
            f"{path.name} is {dimensions.width()} x {dimensions.height()} pixels; at most {MAX_SOURCE_SIDE} on a side"
        )
    image = reader.read()
    if image.isNull():
        raise PhotoError(f"{path.name} is damaged: {reader.errorString()}")
    return photo_from_image(image, media_type)  # type: ignore[arg-type]  # the reader accepts only the media types a photo may have


def photo_from_image(image: QImage, media_type: MediaType) -> Photo:
    if max(image.width(), image.height()) > PHOTO_SIDE:
        image = image.scaled(
            PHOTO_SIDE, PHOTO_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image_format, quality = ("PNG", -1) if media_type == "image/png" else ("JPEG", 88)
    # the format is a str at run time; the stub says bytes, which PySide6 refuses
    image.save(buffer, image_format, quality)  # type: ignore[call-overload]  # see above
    buffer.close()
    return Photo.from_bytes(bytes(data.data()), media_type)
