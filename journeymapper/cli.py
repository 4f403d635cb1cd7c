"""The ``journeymapper`` command: headless sub-commands, or the editor for files.

``journeymapper [FILE ...]`` opens the editor; ``journeymapper validate|schema|
upgrade|export ...`` run without a display. A file whose name equals a
sub-command is opened with ``journeymapper -- NAME``. Headless commands print
one line per problem (``FILE: LOCATION: REASON``) and never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
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


SUBCOMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "validate": _validate,
    "schema": _schema,
    "upgrade": _upgrade,
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
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journeymapper",
        description="JourneyMapper: customer journey maps, atlases and action plans.",
        epilog="Commands without a display: " + ", ".join(SUBCOMMANDS) + " (journeymapper COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"JourneyMapper {__version__}")
    parser.add_argument("files", nargs="*", metavar="FILE", help="maps (.journey) or atlases (.atlas) to open")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        if arguments and arguments[0] in SUBCOMMANDS:
            args = _subcommand_parser().parse_args(arguments)
            return _run_headless(SUBCOMMANDS[args.command], args)
        files = _gui_parser().parse_args(arguments).files
    except SystemExit as exit_request:
        return int(exit_request.code or 0)
    except KeyboardInterrupt:
        return 130
    return _run_gui([Path(f) for f in files])


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


def _run_gui(files: list[Path]) -> int:
    try:
        from .app import run_app
    except ImportError:  # the editor window is not part of this build yet
        return _validate_instead(files)
    return run_app(files)


def _validate_instead(files: list[Path]) -> int:
    from .resources import example_atlas

    targets = [str(f) for f in files] or [str(p) for p in sorted(example_atlas().parent.iterdir())]
    print("The editor window is not in this build yet; checking the files instead.")
    return _validate(argparse.Namespace(files=targets, quiet=False))
