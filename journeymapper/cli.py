"""The ``journeymapper`` command: headless sub-commands, or the editor for files.

``journeymapper [FILE ...]`` opens the editor; ``journeymapper validate|schema|
upgrade|export|atlas|import-mermaid ...`` run without a display. A file whose name equals a
sub-command is opened with ``journeymapper -- NAME``. Headless commands print
one line per problem (``FILE: LOCATION: REASON``) and never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Callable, Sequence

from . import __version__

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def _validate(args: argparse.Namespace) -> int:
    from .store import DocumentError, load

    status = EXIT_OK
    for name in args.files:
        try:
            loaded = load(Path(name))
        except DocumentError as error:
            for line in error.lines():
                print(line)
            status = EXIT_PROBLEMS
        else:
            if not args.quiet:
                print(f"{name}: valid {loaded.spec.label}, format {loaded.version}")
    return status


def _schema(args: argparse.Namespace) -> int:
    from .store.schema import SCHEMAS, json_schema

    print(json.dumps(json_schema(SCHEMAS[args.kind]), indent=2, ensure_ascii=False))
    return EXIT_OK


def _upgrade(args: argparse.Namespace) -> int:
    from .store import DocumentError, SaveError, load, save

    status = EXIT_OK
    for name in args.files:
        path = Path(name)
        try:
            loaded = load(path)
            if loaded.version == loaded.spec.current:
                print(f"{name}: already format {loaded.version}")
                continue
            if loaded.version > loaded.spec.current:
                print(f"{name}: written by a newer version ({loaded.version}); left as it is")
                continue
            save(path, loaded.document)
            print(f"{name}: upgraded from format {loaded.version} to {loaded.spec.current}")
        except DocumentError as error:
            for line in error.lines():
                print(line)
            status = EXIT_PROBLEMS
        except SaveError as error:
            print(f"{name}: not saved: {error}")
            status = EXIT_PROBLEMS
    return status


def _export(args: argparse.Namespace) -> int:
    from .export import ExportCancelled, ExportError, PdfOptions
    from .store import ATLAS_FORMAT, DocumentError, load

    if not (args.pdf or args.csv or args.png or args.svg or args.md):
        print(f"{args.file}: nothing to export: give --pdf OUT.pdf, --csv OUT.csv, --md OUT.md, --png OUT.png "
              "and/or --svg OUT.svg")
        return EXIT_USAGE
    source = Path(args.file)
    status = EXIT_OK
    try:
        loaded = load(source)
        is_atlas = loaded.spec is ATLAS_FORMAT
        options = PdfOptions(paper=args.paper, group_by=args.group_by, include=args.include)
        if args.pdf:
            from .export.pdf import build_atlas_pages, build_map_pages, render_pdf, write_document

            if is_atlas:
                document = build_atlas_pages(source, options, args.today, atlas=loaded.document)
            else:
                document = build_map_pages(loaded.document, options, args.today)
            result = write_document(document, Path(args.pdf), render_pdf(document))
            for problem in result.problems:
                print(problem)
                status = EXIT_PROBLEMS
            scales = ", ".join(f"{s:.0%}" for s in result.map_scales)
            print(f"{args.pdf}: {result.pages} pages" + (f" (map at {scales})" if scales else ""))
        if args.csv:
            from .export.csv_export import export_atlas_csv, export_csv

            if is_atlas:
                count, problems = export_atlas_csv(source, Path(args.csv), args.today, atlas=loaded.document)
                if not args.pdf:  # the PDF already listed them
                    for problem in problems:
                        print(problem)
                status = EXIT_PROBLEMS if problems else status
            else:
                count = export_csv(loaded.document, Path(args.csv), args.today)
            print(f"{args.csv}: {count} actions")
        if args.md:
            if is_atlas:
                print(f"{args.file}: --md summarises one map: give a .journey file")
                status = EXIT_PROBLEMS
            else:
                from .export.markdown import export_markdown

                export_markdown(loaded.document, Path(args.md), args.today)
                print(f"{args.md}: Markdown summary")
        if args.png or args.svg:
            status = max(status, _export_images(args, loaded.document, is_atlas))
    except DocumentError as error:
        for line in error.lines():
            print(line)
        return EXIT_PROBLEMS
    except (ExportError, ExportCancelled) as error:
        print(str(error))
        return EXIT_PROBLEMS
    except Exception as error:  # noqa: BLE001 - a bug of ours: one line, never a traceback
        print(f"{args.file}: the export failed ({type(error).__name__}: {error})")
        return EXIT_PROBLEMS
    return status


def _export_images(args: argparse.Namespace, journey: object, is_atlas: bool) -> int:
    """PNG and SVG of a map, drawn by the editor's canvas: imports Qt (offscreen without a display)."""
    if is_atlas:
        print(f"{args.file}: --png and --svg draw one map; give a map (.journey), not an atlas")
        return EXIT_PROBLEMS
    from .ui.image_export import ensure_application, write_png, write_svg

    ensure_application()
    if args.png:
        size = write_png(journey, Path(args.png), args.scale)  # type: ignore[arg-type]
        print(f"{args.png}: {size.width()} x {size.height()} pixels")
    if args.svg:
        size = write_svg(journey, Path(args.svg))  # type: ignore[arg-type]
        print(f"{args.svg}: {size.width()} x {size.height()} points")
    return EXIT_OK


def _import_mermaid(args: argparse.Namespace) -> int:
    from .imports.mermaid import MermaidError, import_mermaid
    from .store import MAP_FORMAT, save

    out = Path(args.output)
    if out.suffix != MAP_FORMAT.suffix:
        print(f"{out}: the new map's name must end in {MAP_FORMAT.suffix}")
        return EXIT_USAGE
    if out.exists() and not args.force:
        print(f"{out}: already exists; give --force to replace it")
        return EXIT_USAGE
    try:
        journey = import_mermaid(Path(args.file))
        save(out, journey)
    except MermaidError as error:
        for line in error.lines():
            print(line)
        return EXIT_PROBLEMS
    except OSError as error:  # SaveError, or the diagram could not be read
        print(f"{getattr(error, 'filename', None) or out}: {getattr(error, 'strerror', None) or error}")
        return EXIT_PROBLEMS
    print(f"{out}: {len(journey.stages)} stages, {len(journey.cards)} cards, {len(journey.personas)} personas")
    return EXIT_OK


def _atlas(args: argparse.Namespace) -> int:
    from .atlas.commands import run

    return run(args)


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0.1 <= value <= 8.0:
        raise argparse.ArgumentTypeError(f"not a scale between 0.1 and 8: {text!r}")
    return value


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _include(text: str):  # noqa: ANN202 - an Include; imported lazily
    from .export import Include

    try:
        return Include.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


SUBCOMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "validate": _validate,
    "schema": _schema,
    "upgrade": _upgrade,
    "export": _export,
    "atlas": _atlas,
    "import-mermaid": _import_mermaid,
}


def _subcommand_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="journeymapper", description="Headless JourneyMapper commands.")
    parser.add_argument("--version", action="version", version=f"JourneyMapper {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = commands.add_parser("validate", help="check map and atlas files; one line per problem")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.add_argument("-q", "--quiet", action="store_true", help="print only problems")

    schema = commands.add_parser("schema", help="print the JSON Schema of a file format")
    schema.add_argument("kind", choices=["map", "atlas"])

    upgrade = commands.add_parser("upgrade", help="rewrite older files in the current format (safely)")
    upgrade.add_argument("files", nargs="+", metavar="FILE")

    export = commands.add_parser(
        "export", help="write a map's or an atlas's PDF (map and action plan), its actions as CSV, the map as PNG/SVG"
    )
    export.add_argument("file", metavar="FILE", help="a map (.journey) or an atlas (.atlas)")
    export.add_argument("--pdf", metavar="OUT.pdf", help="write the PDF here")
    export.add_argument("--csv", metavar="OUT.csv", help="write the action plan as CSV here")
    export.add_argument("--md", metavar="OUT.md", help="write a Markdown summary of the map here")
    export.add_argument("--png", metavar="OUT.png", help="write the map as a PNG image here (needs Qt, no display)")
    export.add_argument("--svg", metavar="OUT.svg", help="write the map as an SVG drawing here (needs Qt, no display)")
    export.add_argument("--scale", type=_scale, default=2.0, metavar="N",
                        help="PNG pixels per point of the map (default 2)")
    export.add_argument("--paper", type=str.lower, choices=["a4", "letter", "a3", "a0"], default="a4",
                        help="paper size, printed landscape (default a4)")
    export.add_argument("--group-by", type=str.lower, choices=["owner", "stage"], default="owner",
                        help="group the action plan by owner or by stage (default owner)")
    export.add_argument("--include", type=_include, default="title,summary,map,actions", metavar="PARTS",
                        help="the PDF's parts, comma-separated (default title,summary,map,actions)")
    export.add_argument("--today", type=_date, default=None, metavar="YYYY-MM-DD",
                        help="the date overdue actions are judged against (default today)")
    _atlas_parser(commands)

    mermaid = commands.add_parser("import-mermaid", help="make a new map from a Mermaid journey diagram")
    mermaid.add_argument("file", metavar="FILE", help="the diagram (.mmd, or Markdown with a ```mermaid block)")
    mermaid.add_argument("-o", "--output", required=True, metavar="OUT.journey", help="the new map to write")
    mermaid.add_argument("--force", action="store_true", help="replace OUT.journey if it exists")
    return parser


def _atlas_parser(commands: argparse._SubParsersAction) -> None:
    atlas = commands.add_parser("atlas", help="list, check, search and maintain an atlas (.atlas) and its maps")
    actions = atlas.add_subparsers(dest="atlas_command", required=True, metavar="ACTION")

    def action(name: str, help: str) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=help)
        parser.add_argument("atlas", metavar="ATLAS", help="the atlas file (.atlas)")
        return parser

    def dated(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--today", type=_date, default=None, metavar="YYYY-MM-DD",
                            help="the date overdue actions and stale maps are judged against (default today)")
        parser.add_argument("--stale-days", type=_days, default=None, metavar="N",
                            help="a map not changed for N days is stale (default 180)")

    listing = action("list", "one line per map: path, title, cards, open/overdue actions, flags")
    listing.add_argument("--json", action="store_true", help="print the entries and their metadata as JSON")
    dated(listing)
    check = action("check", "broken links, links not followed, duplicate entries, drill-down cycles; "
                            "stale and unlisted maps as warnings")
    dated(check)
    search = action("search", "search every map of the atlas: cards, pain points, personas, owners, actions")
    search.add_argument("text", metavar="TEXT", help="what to find (letter case ignored; '' lists all)")
    search.add_argument("--owner", help="actions of this owner; other hits: maps of this owner")
    search.add_argument("--persona", help="only maps with this persona (id or name)")
    search.add_argument("--channel", type=_enum("Channel"), help="only cards of this channel")
    search.add_argument("--status", type=_enum("ActionStatus"), help="only actions with this status")
    search.add_argument("--state", type=_enum("MapState"), help="only current or future-state maps")
    search.add_argument("--kind", action="append", choices=["card", "pain_point", "persona", "action", "map"],
                        help="only hits of this kind (repeatable)")
    search.add_argument("--limit", type=_days, default=1000, metavar="N", help="at most N hits (default 1000)")
    add = action("add", "add existing map files (inside the atlas's folder) to the atlas")
    add.add_argument("maps", nargs="+", metavar="MAP")
    add.add_argument("--group", default="", help="the group the maps are shown in")
    add.add_argument("--tag", action="append", help="a tag for the maps (repeatable)")
    move = action("move", "move or rename a map with its side files, keeping every link to it")
    move.add_argument("old", metavar="OLD", help="the map: its path in the atlas, or its file")
    move.add_argument("new", metavar="NEW", help="the new path (written the same way as OLD)")
    move.add_argument("--force", action="store_true", help="move even if a lock says someone has a map open")


def _days(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) <= 1_000_000:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return int(text)


def _enum(name: str) -> Callable[[str], object]:
    def parse(text: str) -> object:
        from . import model

        kind = getattr(model, name)
        try:
            return kind(text.strip().lower())
        except ValueError:
            choices = ", ".join(member.value for member in kind)
            raise argparse.ArgumentTypeError(f"{text!r} is not one of {choices}") from None

    parse.__name__ = name
    return parse


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journeymapper",
        description="JourneyMapper: customer journey maps, atlases and action plans.",
        epilog="Commands without a display: " + ", ".join(SUBCOMMANDS) + " (journeymapper COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"JourneyMapper {__version__}")
    parser.add_argument("files", nargs="*", metavar="FILE", help="maps (.journey) or atlases (.atlas) to open")
    parser.add_argument("--new-instance", action="store_true",
                        help="start another window even if JourneyMapper is running (else the files open there)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        if arguments and arguments[0] in SUBCOMMANDS:
            args = _subcommand_parser().parse_args(arguments)
            return _run_headless(SUBCOMMANDS[args.command], args)
        gui_args = _gui_parser().parse_args(arguments)
    except SystemExit as exit_request:
        return int(exit_request.code or 0)
    except KeyboardInterrupt:
        return 130
    files = [Path(f) for f in gui_args.files]
    return _run_gui(files, new_instance=True) if gui_args.new_instance else _run_gui(files)


def _run_headless(command: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a sub-command; a closed pipe (``journeymapper schema map | head``) is not an error."""
    try:
        status = command(args)
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _run_gui(files: list[Path], new_instance: bool = False) -> int:
    try:
        from .app import run_app
    except ImportError:  # the editor window is not part of this build yet
        return _validate_instead(files)
    return run_app(files, new_instance=new_instance)


def _validate_instead(files: list[Path]) -> int:
    from .resources import example_atlas

    targets = [str(f) for f in files] or [str(p) for p in sorted(example_atlas().parent.iterdir())]
    print("The editor window is not in this build yet; checking the files instead.")
    return _validate(argparse.Namespace(files=targets, quiet=False))
