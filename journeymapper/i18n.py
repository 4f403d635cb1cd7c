"""Translations: extract the user-visible strings for translators, and compile their work.

``python -m journeymapper.i18n extract`` writes every translatable string of the
source to ``resources/translations/journeymapper.ts`` (Qt Linguist's format)
and brings each language's ``journeymapper_LANG.ts`` up to date, keeping what
translators wrote; ``new LANG`` starts a language; ``compile`` turns them into
the ``.qm`` files the app loads at start (``app.install_translations``), with
Qt's ``lrelease`` (shipped with PySide6 as ``pyside6-lrelease``).

Why not ``pyside6-lupdate``: it ships too, but its Python parser gives the
strings of this project's ``tr()`` helpers (``QCoreApplication.translate("CTX",
text)`` in each module) an empty context, so their translations would never be
found at run time. This reads the source with ``ast`` instead and knows the forms
the code uses: a module's ``tr("...")``, ``self.tr("...")`` (the class is the
context), ``QCoreApplication.translate("CTX", "...")`` and
``QT_TRANSLATE_NOOP("CTX", "...")``. No Qt is imported here.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

from .resources import resources_root

PACKAGE = Path(__file__).resolve().parent
TEMPLATE = "journeymapper.ts"


def translations_folder() -> Path:
    """Where the ``.ts`` and ``.qm`` files are (``resources/translations``)."""
    try:
        return resources_root() / "translations"
    except FileNotFoundError:
        return PACKAGE / "_resources" / "translations"


@dataclass
class Message:
    """One translatable string: ``source`` in ``context`` (and ``comment``, Qt's disambiguation)."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[Path, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def _text(node: Optional[ast.expr]) -> Optional[str]:
    """The string a node always is (a literal, or literals joined with +), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _module_context(tree: ast.Module) -> Optional[str]:
    """The context of a module's ``tr`` helper: ``def tr(text): return QCoreApplication.translate("CTX", text)``."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) \
                        and call.func.attr == "translate" and call.args:
                    return _text(call.args[0])
    return None


def _imported_context(path: Path, tree: ast.Module) -> Optional[str]:
    """The context of a ``tr`` imported from a sibling module (``from .style import tr``)."""
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level > 0 and any(a.name == "tr" and not a.asname
                                                                         for a in node.names):
            base = path.parent
            for _ in range(node.level - 1):
                base = base.parent
            target = base.joinpath(*(node.module or "").split(".")).with_suffix(".py")
            try:
                return _module_context(ast.parse(target.read_text(encoding="utf-8")))
            except (OSError, SyntaxError, UnicodeDecodeError):
                return None
    return None


class _Finder(ast.NodeVisitor):
    def __init__(self, path: Path, module_context: Optional[str]) -> None:
        self.path = path
        self.module_context = module_context
        self.classes: list[str] = []
        self.found: list[Message] = []
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast's name
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast's name
        self.generic_visit(node)
        func, args = node.func, node.args
        if isinstance(func, ast.Name) and func.id == "tr" and args:
            if self.module_context is None:
                self.problems.append(f"{self.path}:{node.lineno}: tr() without a module tr helper")
            else:
                self._add(self.module_context, args[0], None, None, node.lineno)
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) \
                and func.value.id in ("self", "cls") and args and self.classes:
            self._add(self.classes[-1], args[0], _arg(args, 1), _arg(args, 2), node.lineno)
        elif isinstance(func, ast.Attribute) and func.attr == "translate" and len(args) >= 2:
            context = _text(args[0])
            if context is not None:
                self._add(context, args[1], _arg(args, 2), _arg(args, 3), node.lineno)
        elif isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP" and len(args) >= 2:
            context = _text(args[0])
            if context is not None:
                self._add(context, args[1], None, None, node.lineno)

    def _add(self, context: str, source_node: ast.expr, comment_node: Optional[ast.expr],
             count_node: Optional[ast.expr], line: int) -> None:
        source = _text(source_node)
        if source is None:
            return  # a variable: its text is marked where it is written (QT_TRANSLATE_NOOP)
        comment = _text(comment_node) or ""
        self.found.append(Message(context, source, comment, count_node is not None, [(self.path, line)]))


def _arg(args: Sequence[ast.expr], index: int) -> Optional[ast.expr]:
    return args[index] if len(args) > index else None


def find_messages(sources: Iterable[Path]) -> tuple[list[Message], list[str]]:
    """Every translatable string in the Python files given, merged by (context, source, comment)."""
    merged: dict[tuple[str, str, str], Message] = {}
    problems: list[str] = []
    for path in sorted(sources):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        except (OSError, SyntaxError, UnicodeDecodeError) as error:
            problems.append(f"{path}: not read: {error}")
            continue
        finder = _Finder(path, _module_context(tree) or _imported_context(path, tree))
        finder.visit(tree)
        problems += finder.problems
        for message in finder.found:
            known = merged.get(message.key)
            if known is None:
                merged[message.key] = message
            else:
                known.locations += message.locations
                known.numerus = known.numerus or message.numerus
    return sorted(merged.values(), key=lambda m: (m.context, m.locations[0][0].as_posix(), m.locations[0][1])), problems


def python_sources(root: Path = PACKAGE) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


# --- the .ts files ------------------------------------------------------------------------------

Translations = dict[tuple[str, str, str], ET.Element]
"""A language file's <translation> elements by message key."""


def read_translations(path: Path) -> tuple[Optional[str], Translations]:
    """The language and the translations of an existing ``.ts`` file."""
    root = ET.parse(path).getroot()
    found: Translations = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = translation
    return root.get("language"), found


def write_ts(path: Path, messages: Sequence[Message], language: Optional[str] = None,
             translations: Optional[Translations] = None) -> int:
    """Write a ``.ts`` file; translations of strings no longer in the source are kept as vanished.

    Returns the number of messages written.
    """
    translations = dict(translations or {})
    root = ET.Element("TS", {"version": "2.1", **({"language": language} if language else {})})
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    gone = {key: element for key, element in translations.items() if key not in {m.key for m in messages}}
    for key in gone:
        by_context.setdefault(key[0], []).append(Message(key[0], key[1], key[2]))
    count = 0
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in by_context[name]:
            element = ET.SubElement(context, "message", {"numerus": "yes"} if message.numerus else {})
            for source_path, line in message.locations:
                relative = Path(os.path.relpath(source_path, path.parent)).as_posix()
                ET.SubElement(element, "location", {"filename": relative, "line": str(line)})
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            element.append(_translation_for(message, translations.get(message.key), message.key in gone))
            count += 1
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return count


def _translation_for(message: Message, existing: Optional[ET.Element], vanished: bool) -> ET.Element:
    if existing is not None:
        element = ET.Element("translation", dict(existing.attrib))
        element.text = existing.text
        element.extend(list(existing))
        if vanished:
            element.set("type", "vanished")
        elif element.get("type") in ("vanished", "obsolete"):
            element.attrib.pop("type")
        return element
    element = ET.Element("translation", {"type": "unfinished"})
    if message.numerus:
        ET.SubElement(element, "numerusform")
    return element


def extract(folder: Optional[Path] = None, sources: Optional[Iterable[Path]] = None) -> tuple[int, list[str]]:
    """Write the template and update every language file in ``folder``; (messages, problems)."""
    folder = folder or translations_folder()
    messages, problems = find_messages(python_sources() if sources is None else sources)
    count = write_ts(folder / TEMPLATE, messages)
    for language_file in language_files(folder):
        language, translations = read_translations(language_file)
        write_ts(language_file, messages, language or _language_of(language_file), translations)
    return count, problems


def language_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("journeymapper_*.ts"))


def _language_of(path: Path) -> str:
    return path.stem.split("_", 1)[1]


def new_language(language: str, folder: Optional[Path] = None) -> Path:
    """Start ``journeymapper_LANG.ts`` (every string untranslated); an existing file is only updated."""
    folder = folder or translations_folder()
    path = folder / f"journeymapper_{language}.ts"
    messages, _problems = find_messages(python_sources())
    translations = read_translations(path)[1] if path.exists() else {}
    write_ts(path, messages, language, translations)
    return path


def lrelease() -> Optional[str]:
    """Qt's compiler of ``.ts`` files: PySide6's ``pyside6-lrelease``, or a system ``lrelease``."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translations(folder: Optional[Path] = None) -> list[Path]:
    """Every ``journeymapper_LANG.ts`` into its ``.qm``; RuntimeError when lrelease is missing or fails."""
    folder = folder or translations_folder()
    tool = lrelease()
    if tool is None:
        raise RuntimeError("lrelease was not found: install PySide6 (it ships pyside6-lrelease) or Qt's tools")
    written = []
    for ts_file in language_files(folder):
        qm_file = ts_file.with_suffix(".qm")
        result = subprocess.run([tool, "-silent", str(ts_file), "-qm", str(qm_file)], capture_output=True, text=True)
        if result.returncode != 0 or not qm_file.exists():
            raise RuntimeError(f"{ts_file}: lrelease failed: {(result.stderr or result.stdout).strip()}")
        written.append(qm_file)
    return written


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m journeymapper.i18n", description=__doc__.split("\n")[0])
    parser.add_argument("--folder", type=Path, default=None, help="the translations folder (default: the bundled one)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("extract", help="write journeymapper.ts and update every journeymapper_LANG.ts")
    new = commands.add_parser("new", help="start a language: journeymapper_LANG.ts")
    new.add_argument("language", metavar="LANG", help="a locale name such as de, fr or pt_BR")
    commands.add_parser("compile", help="compile every journeymapper_LANG.ts into the .qm the app loads")
    args = parser.parse_args(argv)
    if args.command == "extract":
        count, problems = extract(args.folder)
        for problem in problems:
            print(problem)
        print(f"{(args.folder or translations_folder()) / TEMPLATE}: {count} strings")
        return 1 if problems else 0
    if args.command == "new":
        print(f"{new_language(args.language, args.folder)}: started")
        return 0
    try:
        for qm_file in compile_translations(args.folder):
            print(f"{qm_file}: written")
    except RuntimeError as error:
        print(error)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
