"""The one way a picture gets into a map: persona photos and card images.

A picture from disk may be anything: a text file renamed ``.png``, a 60,000 x
60,000 PNG of a few kilobytes that would take gigabytes to decode, a 12 MB
phone photo. ``import_image`` reads only the header first and refuses what is
not an image or would decode too large, naming the file; then it decodes,
scales the picture down (longest side ``max_side``) and re-encodes it (PNG when
it has transparency, JPEG otherwise) so what is embedded stays small and passes
the model's own checks (``model.image``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator, Optional

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

from ..canvas.thumbnails import thumbnail
from ..model.image import MAX_IMAGE_BYTES, PERSONA_PHOTO_SIDE, EmbeddedImage, ImageError, image_size

CARD_IMAGE_SIDE = 1024
"""Card images (screenshots of a touchpoint) keep more detail than a persona's face."""

MAX_SOURCE_BYTES = 50_000_000
"""A file larger than this is not read at all."""

MAX_SOURCE_SIDE = 20_000
MAX_SOURCE_PIXELS = 80_000_000
"""What a picture may decode to before it is scaled down (80 megapixels is about 320 MB)."""

Refuse = Callable[[str], "ImageImportError"]
"""Makes the error for one file from a reason (the file's name is already in it)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("image_import", text)


def ask_image_path(parent: Optional[QWidget], title: str) -> Optional[Path]:
    """The picture file the user picks (None if cancelled). Tests replace this function."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, "", tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"))
    return Path(chosen) if chosen else None


def image_pixmap(image: Optional[EmbeddedImage], side: int) -> QPixmap:
    """An embedded picture as a pixmap of at most ``side`` pixels (null if there is none)."""
    if image is None:
        return QPixmap()
    return QPixmap.fromImage(thumbnail(image, side))


class ImageImportError(Exception):
    """A picture was refused; the message names the file and says why. Nothing was changed."""


def import_image(path: Path | str, max_side: int = PERSONA_PHOTO_SIDE, alt: str = "") -> EmbeddedImage:
    """Read, check, scale down and re-encode the picture at ``path`` (raises ImageImportError)."""
    path = Path(path)
    name = path.name

    def refuse(reason: str) -> ImageImportError:
        return ImageImportError(tr("%1 cannot be used as a picture: %2").replace("%1", name).replace("%2", reason))

    try:
        with open(path, "rb") as file:
            data = file.read(MAX_SOURCE_BYTES + 1)
    except OSError as error:
        raise refuse(error.strerror or str(error)) from None
    if len(data) > MAX_SOURCE_BYTES:
        raise refuse(tr("the file is larger than %1 MB").replace("%1", str(MAX_SOURCE_BYTES // 1_000_000)))
    image = decode_checked(data, refuse)
    return encode_scaled(image, max_side, alt or path.stem, refuse)


def decode_checked(data: bytes, refuse: Refuse) -> QImage:
    """Decode ``data`` only after its header says it is an image of a sane size."""
    if data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8"):
        try:
            _, width, height = image_size(data)  # our own reading of the header, before Qt's
        except ImageError as error:
            raise refuse(str(error)) from None
        _check_dimensions(width, height, refuse)
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a phone photo taken upright shows upright
    if not reader.canRead():
        raise refuse(tr("it is not an image (PNG, JPEG, GIF, BMP or WebP)"))
    size = reader.size()
    if not size.isValid():
        raise refuse(tr("its size cannot be read from its header"))
    _check_dimensions(size.width(), size.height(), refuse)
    image = reader.read()
    if image.isNull():
        raise refuse(tr("it cannot be decoded (%1)").replace("%1", reader.errorString()))
    return image


def _check_dimensions(width: int, height: int, refuse: Refuse) -> None:
    if width <= 0 or height <= 0:
        raise refuse(tr("it has no pixels"))
    if width > MAX_SOURCE_SIDE or height > MAX_SOURCE_SIDE or width * height > MAX_SOURCE_PIXELS:
        raise refuse(
            tr("it is %1 x %2 pixels, too large to open (at most %3 pixels a side and %4 megapixels)")
            .replace("%1", str(width)).replace("%2", str(height))
            .replace("%3", str(MAX_SOURCE_SIDE)).replace("%4", str(MAX_SOURCE_PIXELS // 1_000_000))
        )


def encode_scaled(image: QImage, max_side: int, alt: str, refuse: Refuse) -> EmbeddedImage:
    """Scale to at most ``max_side`` on the longer side; PNG if transparent, else JPEG; under the size limit."""
    side = max_side
    while side >= 16:
        scaled = image
        if max(image.width(), image.height()) > side:
            scaled = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
        for encoded in _encodings(scaled):
            if len(encoded) <= MAX_IMAGE_BYTES:
                try:
                    return EmbeddedImage.from_bytes(encoded, alt=alt[:1000])
                except ImageError as error:  # never expected: we wrote it ourselves
                    raise refuse(str(error)) from None
        side //= 2
    raise refuse(tr("it cannot be made small enough to embed"))


def _encodings(image: QImage) -> Iterator[bytes]:
    """The picture encoded, best first: PNG if it has transparency, then JPEG at falling quality."""
    if image.hasAlphaChannel():
        yield _encode(image, "PNG", -1)
    flat = image.convertToFormat(QImage.Format.Format_RGB32) if image.hasAlphaChannel() else image
    for quality in (88, 75, 60):
        yield _encode(flat, "JPEG", quality)


def _encode(image: QImage, kind: str, quality: int) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, kind, quality)
    buffer.close()
    return bytes(array.data())


__all__ = ["CARD_IMAGE_SIDE", "ImageImportError", "ask_image_path", "image_pixmap", "import_image"]
