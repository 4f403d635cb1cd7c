"""Desktop integration and packaging files: icons, the Linux .desktop entry, MIME types,
AppStream metadata, and the Windows and macOS notes.

Checks that need no tools run everywhere (the files parse, name what the code uses, the icons
have their sizes); the standard validators (desktop-file-validate, appstreamcli, xmllint
against shared-mime-info's DTD, update-mime-database) run where they are installed and are
skipped, with the reason, where they are not (CI installs only Python).
"""

from __future__ import annotations

import configparser
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journeymapper import __version__
from journeymapper.store.formats import ATLAS_FORMAT, MAP_FORMAT, serialize_document
from journeymapper.store.sidefiles import ATLAS_SUFFIX, MAP_SUFFIX

from factories import make_atlas, make_map

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "resources" / "linux"
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.journeymapper.JourneyMapper"
DESKTOP = LINUX / f"{APP_ID}.desktop"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MAP_TYPE = "application/x-journeymapper-map"
ATLAS_TYPE = "application/x-journeymapper-atlas"
MIME_ICONS = ("application-x-journeymapper-map", "application-x-journeymapper-atlas")
APP_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIME_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SMI = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _png_header(path: Path) -> tuple[int, int, int, int]:
    """Width, height, bit depth and colour type from a PNG's IHDR chunk."""
    data = path.read_bytes()[:33]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, depth, colour


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: apt-get install desktop-file-utils appstream "
                    "libxml2-utils shared-mime-info)")
    return path


def _run(*command: str | Path, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True, timeout=120, **kwargs)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _mime_types() -> dict[str, ET.Element]:
    root = ET.parse(MIME_XML).getroot()
    assert root.tag == f"{SMI}mime-info"
    return {element.get("type"): element for element in root.findall(f"{SMI}mime-type")}


# ---- icons --------------------------------------------------------------------------------


@pytest.mark.parametrize("size", APP_SIZES)
def test_app_icon_png_has_its_size(size: int) -> None:
    assert _png_header(ICONS / f"journeymapper-{size}.png") == (size, size, 8, 6)  # 8-bit RGBA


@pytest.mark.parametrize("name", MIME_ICONS)
def test_document_icon_pngs_have_their_sizes(name: str) -> None:
    for size in MIME_SIZES:
        assert _png_header(ICONS / "mimetypes" / f"{name}-{size}.png") == (size, size, 8, 6)


@pytest.mark.parametrize("svg", ["journeymapper.svg", *(f"mimetypes/{name}.svg" for name in MIME_ICONS)])
def test_icon_svgs_are_square_svg_documents(svg: str) -> None:
    root = ET.parse(ICONS / svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


def _render(qapp, svg: Path, size: int):  # noqa: ANN001, ANN202 - Qt objects
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _mean_difference(first, second) -> float:  # noqa: ANN001 - QImages of one size
    total = 0
    for y in range(first.height()):
        for x in range(first.width()):
            a, b = first.pixel(x, y), second.pixel(x, y)
            total += sum(abs(((a >> shift) & 255) - ((b >> shift) & 255)) for shift in (0, 8, 16, 24))
    return total / (first.width() * first.height() * 4)


@pytest.mark.parametrize("svg, png", [
    ("journeymapper.svg", "journeymapper-64.png"),
    *((f"mimetypes/{name}.svg", f"mimetypes/{name}-64.png") for name in MIME_ICONS),
])
def test_committed_pngs_are_exports_of_the_svg(qapp, svg: str, png: str) -> None:
    """After an edit of an SVG, `python packaging/make_icons.py` re-exports the PNGs."""
    from PySide6.QtGui import QImage

    committed = QImage(str(ICONS / png)).convertToFormat(QImage.Format.Format_ARGB32)
    # a loose bound: another Qt version may antialias a little differently, an edit changes far more
    assert _mean_difference(committed, _render(qapp, ICONS / svg, 64)) < 4, "run packaging/make_icons.py"


@pytest.mark.parametrize("ico, png_stem", [
    (ICONS / "journeymapper.ico", ICONS / "journeymapper"),
    *((ICONS / "mimetypes" / f"{name}.ico", ICONS / "mimetypes" / name) for name in MIME_ICONS),
])
def test_windows_icons_hold_every_size(qapp, ico: Path, png_stem: Path) -> None:
    from PySide6.QtGui import QImage, QImageReader

    data = ico.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(ICO_SIZES))
    sizes = []
    for index in range(count):
        width, height, _colours, _zero, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index: 22 + 16 * index])
        size = width or 256
        sizes.append(size)
        assert (height or 256) == size and planes == 1 and bits == 32
        entry = data[offset: offset + length]
        if size == 256:
            assert entry[:8] == b"\x89PNG\r\n\x1a\n"
        else:  # a 32-bit DIB twice as high (colour rows, then the AND mask)
            assert struct.unpack("<IiiHH", entry[:16]) == (40, size, 2 * size, 1, 32)
    assert sizes == list(ICO_SIZES)

    reader = QImageReader(str(ico))
    if b"ico" not in [bytes(name) for name in QImageReader.supportedImageFormats()]:
        pytest.skip("this Qt has no ICO reader plug-in")
    assert reader.imageCount() == count
    for index, size in enumerate(ICO_SIZES):
        assert reader.jumpToImage(index)
        image = reader.read().convertToFormat(QImage.Format.Format_ARGB32)
        assert (image.width(), image.height()) == (size, size)
        if size in (16, 48):  # the same pixels as the PNG of that size
            png = QImage(f"{png_stem}-{size}.png").convertToFormat(QImage.Format.Format_ARGB32)
            assert image == png


# ---- the .desktop entry -------------------------------------------------------------------


def test_desktop_entry_has_the_required_keys() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "JourneyMapper"
    assert entry["Exec"] == "journeymapper %F"  # install-desktop-files.sh rewrites the command
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["MimeType"].rstrip(";").split(";") == [MAP_TYPE, ATLAS_TYPE]
    assert {"Office", "Graphics"} <= set(entry["Categories"].rstrip(";").split(";"))
    assert entry["Keywords"].endswith(";") and len(entry["Keywords"].split(";")) > 3
    assert entry["Comment"]


def test_startup_wm_class_is_the_application_name() -> None:
    """X11's WM_CLASS class is QCoreApplication.applicationName(): the dock matches windows by it."""
    app_source = (ROOT / "journeymapper" / "app.py").read_text(encoding="utf-8")
    name = re.search(r'setApplicationName\("([^"]+)"\)', app_source).group(1)
    assert _desktop_entry()["StartupWMClass"] == name


def test_app_announces_the_desktop_file_name() -> None:
    """On Wayland the window's app id is QGuiApplication.desktopFileName(): it must be the
    .desktop file's name, or the dock shows a generic icon."""
    app_source = (ROOT / "journeymapper" / "app.py").read_text(encoding="utf-8")
    found = re.search(r'setDesktopFileName\("([^"]+)"\)', app_source)
    assert found is not None and found.group(1) == APP_ID, (
        f"journeymapper/app.py sets setDesktopFileName({found and found.group(1)!r}); it should be {APP_ID!r}"
    )


# ---- MIME types ---------------------------------------------------------------------------


def test_mime_types_glob_the_suffixes_the_store_uses() -> None:
    types = _mime_types()
    assert set(types) == {MAP_TYPE, ATLAS_TYPE}
    expected = {MAP_TYPE: MAP_SUFFIX, ATLAS_TYPE: ATLAS_SUFFIX}
    for name, element in types.items():
        assert [glob.get("pattern") for glob in element.findall(f"{SMI}glob")] == [f"*{expected[name]}"]
        assert [parent.get("type") for parent in element.findall(f"{SMI}sub-class-of")] == ["application/json"]
        assert element.find(f"{SMI}comment").text
        assert (ICONS / "mimetypes" / f"{element.find(f'{SMI}icon').get('name')}.svg").is_file()


@pytest.mark.parametrize("mime_type, spec, document", [
    (MAP_TYPE, MAP_FORMAT, make_map),
    (ATLAS_TYPE, ATLAS_FORMAT, make_atlas),
])
def test_mime_magic_finds_the_format_name_where_the_store_writes_it(mime_type, spec, document) -> None:  # noqa: ANN001
    (match,) = _mime_types()[mime_type].findall(f"{SMI}magic/{SMI}match")
    assert match.get("type") == "string"
    assert match.get("value") == f'"{spec.name}"'
    start, end = (int(part) for part in match.get("offset").split(":"))
    for data in (serialize_document(spec, document()),
                 *(path.read_bytes() for path in (ROOT / "resources" / "examples").glob(f"*{spec.suffix}"))):
        found = data.find(match.get("value").encode())
        assert start <= found <= end, data[:80]
    # and the other format's files do not match
    other = ATLAS_FORMAT if spec is MAP_FORMAT else MAP_FORMAT
    assert f'"{spec.name}"'.encode() not in serialize_document(other, (make_atlas if spec is MAP_FORMAT else make_map)())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt reads shared MIME-info XML on Linux only")
def test_qt_recognises_the_documents_by_name_and_by_content(tmp_path: Path) -> None:
    """Qt's own reader of the shared MIME-info database (no tools needed) finds both types."""
    data_dir = tmp_path / "share"
    (data_dir / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME_XML, data_dir / "mime" / "packages" / f"{APP_ID}.xml")
    examples = ROOT / "resources" / "examples"
    probe = f"""
from PySide6.QtCore import QByteArray, QMimeDatabase
db = QMimeDatabase()
for path in ({str(examples / 'lifecycle.journey')!r}, {str(examples / 'broadband.atlas')!r}):
    data = QByteArray(open(path, 'rb').read(512))
    print(db.mimeTypeForFile(path, QMimeDatabase.MatchMode.MatchExtension).name(), db.mimeTypeForData(data).name())
t = db.mimeTypeForName({MAP_TYPE!r})
print(t.comment(), t.parentMimeTypes(), t.iconName())
"""
    env = {**os.environ, "XDG_DATA_DIRS": str(data_dir), "XDG_DATA_HOME": str(tmp_path / "empty")}
    result = _run(sys.executable, "-c", probe, env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == [MAP_TYPE, MAP_TYPE]
    assert lines[1].split() == [ATLAS_TYPE, ATLAS_TYPE]
    assert lines[2] == "JourneyMapper journey map ['application/json'] application-x-journeymapper-map"


# ---- AppStream ----------------------------------------------------------------------------


def test_metainfo_names_the_app_its_types_and_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == _desktop_entry()["Icon"]
    assert [m.text for m in root.findall("provides/mediatype")] == [MAP_TYPE, ATLAS_TYPE]
    assert [b.text for b in root.findall("provides/binary")] == ["journeymapper"]
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert __version__ in [release.get("version") for release in root.findall("releases/release")], (
        "add a <release> for this version to the metainfo")


# ---- the standard validators (where installed) --------------------------------------------


def test_desktop_file_validate() -> None:
    result = _run(_tool("desktop-file-validate"), DESKTOP)
    assert result.returncode == 0, result.stdout + result.stderr
    # hints are advice only (two main categories, as asked for: Office and Graphics)
    assert not re.search(r": (error|warning):", result.stdout), result.stdout


def test_appstreamcli_validate() -> None:
    result = _run(_tool("appstreamcli"), "validate", "--no-net", METAINFO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]: ", result.stdout, re.MULTILINE), result.stdout


def _shared_mime_info_dtd(tmp_path: Path) -> Path:
    """shared-mime-info ships no separate schema file; its database carries the DTD inline."""
    for folder in (os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share").split(":") + ["/usr/share"]:
        database = Path(folder) / "mime" / "packages" / "freedesktop.org.xml"
        if database.is_file():
            found = re.search(r"<!DOCTYPE mime-info \[(.*?)\]>", database.read_text(encoding="utf-8"), re.DOTALL)
            if found:
                dtd = tmp_path / "shared-mime-info.dtd"
                dtd.write_text(found.group(1), encoding="utf-8")
                return dtd
    pytest.skip("shared-mime-info is not installed (no mime/packages/freedesktop.org.xml)")


def test_xmllint_against_the_shared_mime_info_dtd(tmp_path: Path) -> None:
    xmllint = _tool("xmllint")
    result = _run(xmllint, "--noout", "--dtdvalid", _shared_mime_info_dtd(tmp_path), MIME_XML)
    assert result.returncode == 0, result.stderr


def test_xmllint_well_formed() -> None:
    xmllint = _tool("xmllint")
    files = [MIME_XML, METAINFO, PACKAGING / "macos" / "Info.plist", *ICONS.rglob("*.svg")]
    result = _run(xmllint, "--noout", *files)
    assert result.returncode == 0, result.stderr


def test_update_mime_database_registers_both_types(tmp_path: Path) -> None:
    update = _tool("update-mime-database")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages / f"{APP_ID}.xml")
    result = _run(update, "-V", tmp_path / "mime")
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stdout + result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text()
    assert f"{MAP_TYPE}:*{MAP_SUFFIX}" in globs and f"{ATLAS_TYPE}:*{ATLAS_SUFFIX}" in globs
    magic = (tmp_path / "mime" / "magic").read_bytes()
    assert f'"{MAP_FORMAT.name}"'.encode() in magic and f'"{ATLAS_FORMAT.name}"'.encode() in magic


# ---- the user install script --------------------------------------------------------------


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_install_script_installs_and_removes_the_desktop_files(tmp_path: Path) -> None:
    script = PACKAGING / "linux" / "install-desktop-files.sh"
    prefix = tmp_path / "usr" / "share"
    result = _run("bash", script, "--prefix", prefix, "--exec", "/opt/Journey Mapper/journeymapper")
    assert result.returncode == 0, result.stderr
    desktop = prefix / "applications" / DESKTOP.name
    assert 'Exec="/opt/Journey Mapper/journeymapper" %F' in desktop.read_text().splitlines()
    assert (prefix / "mime" / "packages" / f"{APP_ID}.xml").read_bytes() == MIME_XML.read_bytes()
    assert (prefix / "metainfo" / METAINFO.name).is_file()
    for size in APP_SIZES:
        assert _png_header(prefix / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")[0] == size
    for name in MIME_ICONS:
        assert (prefix / "icons" / "hicolor" / "scalable" / "mimetypes" / f"{name}.svg").is_file()
        assert (prefix / "icons" / "hicolor" / "48x48" / "mimetypes" / f"{name}.png").is_file()
    if shutil.which("desktop-file-validate"):
        assert _run("desktop-file-validate", desktop).returncode == 0
    if shutil.which("appstreamcli"):  # metainfo, desktop file and icon as installed, together
        tree = _run("appstreamcli", "validate-tree", "--no-net", tmp_path)
        assert tree.returncode == 0, tree.stdout + tree.stderr

    result = _run("bash", script, "--prefix", prefix, "--uninstall")
    assert result.returncode == 0, result.stderr
    left = [p for p in prefix.rglob("*") if p.is_file() and (APP_ID in p.name or "journeymapper" in p.name)]
    assert left == []


# ---- Windows and macOS notes ---------------------------------------------------------------


def test_inno_setup_script_associates_both_types_with_existing_icons() -> None:
    script = (PACKAGING / "windows" / "journeymapper.iss").read_text(encoding="utf-8")
    assert re.search(r"^ChangesAssociations=yes$", script, re.MULTILINE)
    icon = re.search(r"^SetupIconFile=(.+)$", script, re.MULTILINE).group(1)
    assert (PACKAGING / "windows" / Path(icon.replace("\\", "/"))).resolve() == ICONS / "journeymapper.ico"
    for suffix, progid, mime_type in ((MAP_SUFFIX, "JourneyMapper.Map", MAP_TYPE),
                                      (ATLAS_SUFFIX, "JourneyMapper.Atlas", ATLAS_TYPE)):
        assert f'Subkey: "Software\\Classes\\{suffix}"; ValueType: string; ValueName: ""; ValueData: "{progid}"' in script
        assert f'ValueData: "{mime_type}"' in script
        assert f'Subkey: "Software\\Classes\\{progid}\\shell\\open\\command"' in script
        default_icon = re.search(rf'Classes\\{progid}\\DefaultIcon".*ValueData: "\{{#Icons\}}\\([^"]+)"', script).group(1)
        assert (ICONS / default_icon.replace("\\", "/")).is_file()
    # the program the associations start is the one the PyInstaller spec builds
    assert '#define AppExe "journeymapper.exe"' in script
    assert 'name="journeymapper"' in (PACKAGING / "journeymapper.spec").read_text(encoding="utf-8")


def test_macos_info_plist_declares_both_document_types() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as handle:
        plist = plistlib.load(handle)
    declared = {t["UTTypeIdentifier"]: t for t in plist["UTExportedTypeDeclarations"]}
    assert {t["UTTypeTagSpecification"]["public.filename-extension"][0] for t in declared.values()} == {
        MAP_SUFFIX.lstrip("."), ATLAS_SUFFIX.lstrip(".")}
    assert {t["UTTypeTagSpecification"]["public.mime-type"][0] for t in declared.values()} == {MAP_TYPE, ATLAS_TYPE}
    assert all("public.json" in t["UTTypeConformsTo"] for t in declared.values())
    handled = {uti for kind in plist["CFBundleDocumentTypes"] for uti in kind["LSItemContentTypes"]}
    assert handled == set(declared)


def test_spec_bundles_the_resources_where_the_package_looks_for_them() -> None:
    """journeymapper.resources looks in the package's _resources folder first: the spec puts them there."""
    spec = (PACKAGING / "journeymapper.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "journeymapper/_resources")' in spec
    assert '_PACKAGE / "_resources"' in (ROOT / "journeymapper" / "resources.py").read_text(encoding="utf-8")
