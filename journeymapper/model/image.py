"""Images embedded in a document (persona photos, touchpoint screenshots).

Images are stored inside the file as base64 so that a map opened alone is
complete. The limits protect every reader of the file: an image that claims to
decode to 50,000 x 50,000 pixels is refused before anyone decodes it.
"""

from __future__ import annotations

import base64
import binascii
import struct
from typing import Annotated, Literal

from pydantic import StringConstraints, field_validator, model_validator

from .base import ModelBase

MAX_IMAGE_BYTES = 1_000_000
"""Largest embedded image, after base64 decoding (1 MB)."""

MAX_IMAGE_SIDE = 4096
"""Largest width or height an embedded image may declare, in pixels."""

PERSONA_PHOTO_SIDE = 512
"""Persona photos are scaled to at most this many pixels on their longer side when imported."""

ImageType = Literal["image/png", "image/jpeg"]


class ImageError(ValueError):
    """The bytes are not an image we accept; the message says why."""


def image_size(data: bytes) -> tuple[ImageType, int, int]:
    """Read the type, width and height from a PNG or JPEG header without decoding pixels."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        if len(data) < 24 or data[12:16] != b"IHDR":
            raise ImageError("PNG header is truncated")
        width, height = struct.unpack(">II", data[16:24])
        return "image/png", width, height
    if data.startswith(b"\xff\xd8"):
        return ("image/jpeg", *_jpeg_size(data))
    raise ImageError("not a PNG or JPEG image")


def _jpeg_size(data: bytes) -> tuple[int, int]:
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            raise ImageError("JPEG structure is damaged")
        marker = data[position + 1]
        if marker == 0xFF:
            position += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        if length < 2:
            raise ImageError("JPEG structure is damaged")
        is_frame = 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC)
        if is_frame:
            if position + 9 > len(data):
                break
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return width, height
        position += 2 + length
    raise ImageError("JPEG has no frame header")


def check_image_bytes(data: bytes) -> tuple[ImageType, int, int]:
    """Check size limits and header; returns (type, width, height) or raises ImageError."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageError(f"image is {len(data):,} bytes; the limit is {MAX_IMAGE_BYTES:,}")
    media_type, width, height = image_size(data)
    if width == 0 or height == 0:
        raise ImageError("image has no pixels")
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE:
        raise ImageError(f"image is {width} x {height} pixels; the limit is {MAX_IMAGE_SIDE} on each side")
    return media_type, width, height


class EmbeddedImage(ModelBase):
    """A PNG or JPEG image stored in the document as base64."""

    media_type: ImageType
    data: str
    alt: Annotated[str, StringConstraints(max_length=1_000)] = ""

    @field_validator("data")
    @classmethod
    def _base64_within_limit(cls, value: str) -> str:
        if len(value) > MAX_IMAGE_BYTES * 4 // 3 + 8:
            raise ValueError(f"image is larger than the limit of {MAX_IMAGE_BYTES:,} bytes")
        return value

    @model_validator(mode="after")
    def _is_a_real_image(self) -> "EmbeddedImage":
        try:
            raw = base64.b64decode(self.data, validate=True)
        except (binascii.Error, ValueError) as error:
            raise ValueError(f"image data is not valid base64 ({error})") from None
        try:
            media_type, _, _ = check_image_bytes(raw)
        except ImageError as error:
            raise ValueError(str(error)) from None
        if media_type != self.media_type:
            raise ValueError(f"image data is {media_type}, not {self.media_type}")
        return self

    @classmethod
    def from_bytes(cls, raw: bytes, alt: str = "") -> "EmbeddedImage":
        """Wrap already-checked image bytes (raises ImageError if they are not acceptable)."""
        media_type, _, _ = check_image_bytes(raw)
        return cls(media_type=media_type, data=base64.b64encode(raw).decode("ascii"), alt=alt)

    def to_bytes(self) -> bytes:
        return base64.b64decode(self.data)
