"""Horizontal metrics of a TrueType font, read with ``struct`` (no Qt, no reportlab).

Only what text layout needs is read: ``head`` (units per em), ``hhea`` (ascent,
descent, line gap), ``maxp`` (glyph count), ``hmtx`` (advance widths) and ``cmap``
(format 4 and format 12 subtables of the Unicode encodings: platform 0, or
Windows 3/1 and 3/10). The result is one dict from code point to advance width
in font units, built once per font file and cached by path.

Kerning (``kern``/``GPOS``) and shaping are ignored on purpose: a string's width
is the sum of its characters' advances. reportlab measures and draws TrueType
text the same way, and the Qt canvas must switch kerning off
(``QFont.setKerning(False)``) to draw the same widths.

A damaged or truncated file raises :class:`FontError`, naming the file and the
table at fault.
"""

from __future__ import annotations

import os
import struct
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

__all__ = ["FontError", "FontMetrics", "clear_font_cache", "load_font", "parse_font"]

PathLike = Union[str, "os.PathLike[str]"]

_MAX_CODEPOINT = 0x10FFFF
_MAX_FONT_BYTES = 64 * 1024 * 1024  # the largest font we agree to read (CJK fonts are ~20 MB)


class FontError(ValueError):
    """A font file that cannot be read as a TrueType font (missing, truncated or damaged)."""


@dataclass(frozen=True, slots=True)
class FontMetrics:
    """The horizontal metrics of one font. Advances are in font units (``units_per_em`` per em)."""

    path: str
    units_per_em: int
    ascent: int
    """Above the baseline, positive (``hhea.ascender``)."""
    descent: int
    """Below the baseline, positive (``-hhea.descender``)."""
    line_gap: int
    num_glyphs: int
    notdef_advance: int
    """The advance of glyph 0, drawn for characters the font does not have."""
    advances: dict[int, int] = field(repr=False, compare=False)
    """Code point -> advance width of its glyph. Characters missing here use ``notdef_advance``."""

    def has_char(self, char: str) -> bool:
        return ord(char) in self.advances

    def advance(self, char: str) -> int:
        """The advance of one character in font units (``notdef_advance`` when the font lacks it)."""
        return self.advances.get(ord(char), self.notdef_advance)

    def text_units(self, text: str) -> int:
        """The width of ``text`` in font units: the sum of its characters' advances."""
        get = self.advances.get
        notdef = self.notdef_advance
        return sum([get(c, notdef) for c in map(ord, text)])


# --- reading -------------------------------------------------------------------------


def parse_font(data: bytes, name: str = "<font>") -> FontMetrics:
    """Read the metrics of a TrueType/OpenType font held in ``data`` (``name`` is for messages)."""
    try:
        return _Parser(data, name).parse()
    except FontError:
        raise
    except (struct.error, IndexError, ValueError, OverflowError) as exc:  # pragma: no cover - belt and braces
        raise FontError(f"{name}: damaged font ({exc})") from exc


class _Parser:
    def __init__(self, data: bytes, name: str) -> None:
        self.data = data
        self.name = name
        self.tables: dict[bytes, tuple[int, int]] = {}

    def fail(self, reason: str) -> FontError:
        return FontError(f"{self.name}: {reason}")

    def unpack(self, fmt: str, offset: int, what: str) -> tuple:
        size = struct.calcsize(fmt)
        if offset < 0 or offset + size > len(self.data):
            raise self.fail(f"truncated: {what} at byte {offset} lies past the end of the file ({len(self.data)} bytes)")
        return struct.unpack_from(fmt, self.data, offset)

    def table(self, tag: bytes, min_length: int) -> tuple[int, int]:
        if tag not in self.tables:
            raise self.fail(f"no '{tag.decode('latin-1')}' table (not a TrueType font, or damaged)")
        offset, length = self.tables[tag]
        if length < min_length:
            raise self.fail(f"'{tag.decode('latin-1')}' table is too short ({length} bytes)")
        return offset, length

    def parse(self) -> FontMetrics:
        self.read_directory()
        head, _ = self.table(b"head", 54)
        (magic,) = self.unpack(">I", head + 12, "'head' magic number")
        if magic != 0x5F0F3CF5:
            raise self.fail("damaged 'head' table (wrong magic number)")
        (units_per_em,) = self.unpack(">H", head + 18, "'head' unitsPerEm")
        if not 16 <= units_per_em <= 16384:
            raise self.fail(f"damaged 'head' table (unitsPerEm {units_per_em})")

        hhea, _ = self.table(b"hhea", 36)
        ascender, descender, line_gap = self.unpack(">hhh", hhea + 4, "'hhea' metrics")
        (num_h_metrics,) = self.unpack(">H", hhea + 34, "'hhea' numberOfHMetrics")

        maxp, _ = self.table(b"maxp", 6)
        (num_glyphs,) = self.unpack(">H", maxp + 4, "'maxp' numGlyphs")
        if num_glyphs == 0 or num_h_metrics == 0:
            raise self.fail("the font has no glyphs")
        num_h_metrics = min(num_h_metrics, num_glyphs)

        glyph_advances = self.read_hmtx(num_h_metrics, num_glyphs)
        char_to_glyph = self.read_cmap()
        notdef = glyph_advances[0]
        advances = {
            cp: glyph_advances[gid] if gid < num_glyphs else notdef for cp, gid in char_to_glyph.items()
        }
        return FontMetrics(
            path=self.name,
            units_per_em=units_per_em,
            ascent=ascender,
            descent=-descender,
            line_gap=max(0, line_gap),
            num_glyphs=num_glyphs,
            notdef_advance=notdef,
            advances=advances,
        )

    def read_directory(self) -> None:
        if len(self.data) < 12:
            raise self.fail(f"truncated: {len(self.data)} bytes is too short for a font")
        base = 0
        (tag,) = self.unpack(">4s", 0, "the font header")
        if tag == b"ttcf":  # a collection: read its first font
            (base,) = self.unpack(">I", 12, "the collection's first font offset")
            (tag,) = self.unpack(">4s", base, "the font header")
        if tag not in (b"\x00\x01\x00\x00", b"true", b"OTTO"):
            raise self.fail("not a TrueType or OpenType font (unknown signature)")
        (num_tables,) = self.unpack(">H", base + 4, "the table count")
        if num_tables == 0:
            raise self.fail("the font has no tables")
        for index in range(num_tables):
            tag, _checksum, offset, length = self.unpack(
                ">4sIII", base + 12 + 16 * index, f"table record {index}"
            )
            if offset + length > len(self.data):
                raise self.fail(
                    f"truncated: table '{tag.decode('latin-1')}' (bytes {offset}..{offset + length}) "
                    f"lies past the end of the file ({len(self.data)} bytes)"
                )
            self.tables[tag] = (offset, length)

    def read_hmtx(self, num_h_metrics: int, num_glyphs: int) -> list[int]:
        offset, length = self.table(b"hmtx", 4 * num_h_metrics)
        long_metrics = struct.unpack_from(f">{2 * num_h_metrics}H", self.data, offset)
        advances = list(long_metrics[0::2])
        # glyphs past numberOfHMetrics repeat the last advance (monospaced tails)
        advances.extend([advances[-1]] * (num_glyphs - num_h_metrics))
        return advances

    def read_cmap(self) -> dict[int, int]:
        cmap, cmap_length = self.table(b"cmap", 4)
        _version, count = self.unpack(">HH", cmap, "'cmap' header")
        candidates: list[tuple[int, int]] = []  # (preference, subtable offset)
        for index in range(count):
            platform, encoding, sub = self.unpack(">HHI", cmap + 4 + 8 * index, f"'cmap' record {index}")
            if sub >= cmap_length:
                raise self.fail(f"damaged 'cmap' table (record {index} points outside it)")
            (fmt,) = self.unpack(">H", cmap + sub, "'cmap' subtable format")
            unicode_full = (platform == 3 and encoding == 10) or (platform == 0 and encoding in (4, 6))
            unicode_bmp = (platform == 3 and encoding == 1) or (platform == 0 and encoding <= 3)
            if fmt == 12 and unicode_full:
                candidates.append((0, cmap + sub))
            elif fmt == 4 and unicode_bmp:
                candidates.append((1, cmap + sub))
            elif fmt == 12 and unicode_bmp:
                candidates.append((2, cmap + sub))
        if not candidates:
            raise self.fail("no Unicode character map (cmap format 4 or 12) in the font")
        _, offset = min(candidates)
        (fmt,) = self.unpack(">H", offset, "'cmap' subtable format")
        return self.read_format12(offset) if fmt == 12 else self.read_format4(offset)

    def read_format4(self, offset: int) -> dict[int, int]:
        (seg_x2,) = self.unpack(">H", offset + 6, "'cmap' format 4 header")
        seg = seg_x2 // 2
        if seg == 0:
            raise self.fail("damaged 'cmap' format 4 subtable (no segments)")
        ends_at = offset + 14
        starts_at = ends_at + seg_x2 + 2
        deltas_at = starts_at + seg_x2
        ranges_at = deltas_at + seg_x2
        ends = self.unpack(f">{seg}H", ends_at, "'cmap' format 4 end codes")
        starts = self.unpack(f">{seg}H", starts_at, "'cmap' format 4 start codes")
        deltas = self.unpack(f">{seg}h", deltas_at, "'cmap' format 4 deltas")
        range_offsets = self.unpack(f">{seg}H", ranges_at, "'cmap' format 4 range offsets")
        data = self.data
        size = len(data)
        result: dict[int, int] = {}
        for i in range(seg):
            start, end, delta, range_offset = starts[i], ends[i], deltas[i], range_offsets[i]
            if start > end or start == 0xFFFF:
                continue
            if range_offset == 0:
                for code in range(start, end + 1):
                    result[code] = (code + delta) & 0xFFFF
            else:
                base = ranges_at + 2 * i + range_offset
                for code in range(start, end + 1):
                    at = base + 2 * (code - start)
                    if at + 2 > size:
                        raise self.fail("truncated: 'cmap' format 4 glyph ids lie past the end of the file")
                    glyph = (data[at] << 8) | data[at + 1]
                    if glyph:
                        result[code] = (glyph + delta) & 0xFFFF
        return {code: glyph for code, glyph in result.items() if glyph}

    def read_format12(self, offset: int) -> dict[int, int]:
        (num_groups,) = self.unpack(">I", offset + 12, "'cmap' format 12 header")
        if offset + 16 + 12 * num_groups > len(self.data):
            raise self.fail("truncated: 'cmap' format 12 groups lie past the end of the file")
        groups = struct.unpack_from(f">{3 * num_groups}I", self.data, offset + 16)
        result: dict[int, int] = {}
        mapped = 0
        for i in range(0, len(groups), 3):
            start, end, glyph = groups[i], min(groups[i + 1], _MAX_CODEPOINT), groups[i + 2]
            if start > end:
                continue
            mapped += end - start + 1
            if mapped > _MAX_CODEPOINT + 1:
                raise self.fail("damaged 'cmap' format 12 subtable (overlapping groups)")
            for code in range(start, end + 1):
                result[code] = glyph + (code - start)
        return {code: g for code, g in result.items() if g}


# --- cache ---------------------------------------------------------------------------

_cache: dict[str, FontMetrics] = {}
_cache_lock = threading.Lock()


def load_font(path: PathLike) -> FontMetrics:
    """The metrics of the font file at ``path``, read once per process and path."""
    key = os.fspath(Path(path).resolve())
    cached = _cache.get(key)
    if cached is not None:
        return cached
    try:
        size = os.path.getsize(key)
        if size > _MAX_FONT_BYTES:
            raise FontError(f"{key}: {size} bytes is too large for a font")
        with open(key, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise FontError(f"{key}: cannot read the font ({exc.strerror or exc})") from exc
    metrics = parse_font(data, key)
    with _cache_lock:
        return _cache.setdefault(key, metrics)


def clear_font_cache() -> None:
    """Forget every parsed font (for tests, or after a font file was replaced)."""
    with _cache_lock:
        _cache.clear()
