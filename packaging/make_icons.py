#!/usr/bin/env python3
"""Export the icons drawn as SVG in resources/icons/ to PNG and ICO (a maintainer's tool).

The SVGs are the source; the PNGs and ICOs beside them are committed so that
neither a build nor an install needs this script. Run it after editing an SVG:

    python packaging/make_icons.py                  # rewrite the PNGs and ICOs
    python packaging/make_icons.py --iconset DIR    # also a macOS .iconset folder (for iconutil)

It renders with Qt's SVG renderer, offscreen (no display needed). Windows ICO
files are written here (Qt's ICO writer stores one image per file): 32-bit
BMP entries up to 128 px and a PNG entry at 256 px, the layout Windows' own
tools produce. macOS ``.icns`` files are made from the iconset with
``iconutil -c icns`` on a Mac (see packaging/README.md).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
APP_ICON = "journeymapper"
MIME_ICONS = ("application-x-journeymapper-map", "application-x-journeymapper-atlas")
APP_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIME_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONSET_SIZES = (16, 32, 128, 256, 512)  # each also at @2x


def _application():  # noqa: ANN202 - a QGuiApplication, imported lazily
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def render(svg: Path, size: int):  # noqa: ANN201 - a QImage
    """The SVG drawn into a transparent ``size`` x ``size`` image (non-premultiplied ARGB32)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:  # noqa: ANN001 - a QImage
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def _bmp_entry(image) -> bytes:  # noqa: ANN001 - a non-premultiplied ARGB32 QImage
    """An ICO image entry as a 32-bit DIB: header, BGRA rows bottom-up, then the 1-bit AND mask."""
    width, height = image.width(), image.height()
    stride = image.bytesPerLine()
    raw = bytes(image.constBits())
    # ARGB32 is stored as B, G, R, A bytes on a little-endian machine, as a DIB wants
    rows = [raw[y * stride: y * stride + width * 4] for y in range(height)]
    if sys.byteorder != "little":
        rows = [b"".join(row[i:i + 4][::-1] for i in range(0, len(row), 4)) for row in rows]
    mask_stride = ((width + 31) // 32) * 4
    mask_rows = []
    for row in rows:
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[x * 4 + 3] == 0:  # fully transparent: set in the AND mask
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    pixels = b"".join(reversed(rows))
    mask = b"".join(reversed(mask_rows))
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + mask


def ico_bytes(images) -> bytes:  # noqa: ANN001 - QImages, one per size
    """A Windows icon holding ``images``: BMP entries below 256 px, PNG at 256 px."""
    entries = [(image.width(), image.height(), png_bytes(image) if image.width() >= 256 else _bmp_entry(image))
               for image in images]
    offset = 6 + 16 * len(entries)
    directory = struct.pack("<HHH", 0, 1, len(entries))
    blobs = []
    for width, height, blob in entries:
        directory += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs.append(blob)
    return directory + b"".join(blobs)


def _write(path: Path, data: bytes, written: list[Path]) -> None:
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)
        written.append(path)


def export_icon(svg: Path, out_dir: Path, stem: str, sizes: tuple[int, ...], written: list[Path]) -> None:
    for size in sizes:
        _write(out_dir / f"{stem}-{size}.png", png_bytes(render(svg, size)), written)
    _write(out_dir / f"{stem}.ico", ico_bytes([render(svg, size) for size in ICO_SIZES]), written)


def export_iconset(svg: Path, folder: Path) -> None:
    """The folder ``iconutil -c icns`` turns into an .icns (its names are fixed by Apple)."""
    folder.mkdir(parents=True, exist_ok=True)
    for size in ICONSET_SIZES:
        (folder / f"icon_{size}x{size}.png").write_bytes(png_bytes(render(svg, size)))
        (folder / f"icon_{size}x{size}@2x.png").write_bytes(png_bytes(render(svg, size * 2)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iconset", type=Path, metavar="DIR",
                        help="also write the application icon as a macOS iconset folder (DIR should end in .iconset)")
    args = parser.parse_args(argv)
    _application()
    written: list[Path] = []
    export_icon(ICONS / f"{APP_ICON}.svg", ICONS, APP_ICON, APP_SIZES, written)
    for name in MIME_ICONS:
        export_icon(ICONS / "mimetypes" / f"{name}.svg", ICONS / "mimetypes", name, MIME_SIZES, written)
    for path in written:
        print(f"wrote {path.relative_to(ROOT)}")
    if not written:
        print("the icons are up to date")
    if args.iconset:
        export_iconset(ICONS / f"{APP_ICON}.svg", args.iconset)
        print(f"wrote {args.iconset}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
