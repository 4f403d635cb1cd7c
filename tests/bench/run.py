"""Run JourneyMapper's benchmarks and print each ratio beside its target.

    python tests/bench/run.py                 # all benchmarks, full repetitions
    python tests/bench/run.py --quick         # fewer repetitions (same sizes), for a smoke run
    python tests/bench/run.py --only store    # one module's benchmarks, or one by exact name
    python tests/bench/run.py --cards 10000   # the size of the generated map (default 3000)
    python tests/bench/run.py --save-maps DIR # also write the 100, 3,000 and 10,000-card maps

Ratios over target are reported (OVER), not failures: the exit status is 0
unless a benchmark crashes. Benchmarks live outside the test suite on purpose
(a timed test fails on a busy machine).

To add benchmarks, write ``bench_NAME.py`` beside this file with a function
``benchmarks(context) -> list[harness.Benchmark]`` and add its name to ``MODULES``.
"""

from __future__ import annotations

import argparse
import fnmatch
import importlib
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))  # sibling imports when run as `python tests/bench/run.py`
try:
    import journeymapper  # noqa: F401
except ImportError:  # not installed: use the checkout this file lives in
    sys.path.insert(1, str(HERE.parent.parent))

from harness import Context, format_table, result_row, scratch_folder  # noqa: E402

MODULES = [
    "bench_store",
    "bench_canvas",  # the editor's canvas, on the 100 / 3,000 / 10,000-card maps
    "bench_pdf",  # the PDF export: against reportlab drawing the same primitives; 5,000 vs 1,000 actions
    "bench_workshop",  # interactions, not time: key presses per card captured live; target 2 per card
    "bench_atlas",  # opening a 1,000-map atlas: warm cache vs listing + os.stat, cold vs json.loads of every map
]
"""Benchmark modules, in the order they run."""

STANDARD_SIZES = (100, 3000, 10000)
"""The generated maps benchmarks use (``context.map(cards)``)."""


def selected(name: str, only: list[str]) -> bool:
    if not only:
        return True
    return any(
        name == pattern or name.startswith(pattern + ".") or fnmatch.fnmatchcase(name, pattern) for pattern in only
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="JourneyMapper benchmarks (ratios against a baseline).")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, same sizes")
    parser.add_argument("--only", action="append", default=[], metavar="NAME",
                        help="run only this benchmark, this module prefix (e.g. store) or glob; repeatable")
    parser.add_argument("--cards", type=int, default=3000, help="cards in the generated map (default 3000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("--save-maps", type=Path, metavar="DIR", help="write the standard generated maps to DIR")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    crashed: list[str] = []
    rows = []
    within = over = 0
    with scratch_folder() as tmp:
        context = Context(quick=args.quick, tmp=Path(tmp), cards=args.cards, seed=args.seed)
        if args.save_maps:
            args.save_maps.mkdir(parents=True, exist_ok=True)
            for cards in STANDARD_SIZES:
                path = args.save_maps / f"bench-{cards}.journey"
                path.write_bytes(context.map_bytes(cards))
                print(f"wrote {path} ({path.stat().st_size:,} bytes)")

        benchmarks = []
        for module_name in MODULES:
            try:
                module = importlib.import_module(module_name)
                benchmarks += [b for b in module.benchmarks(context) if selected(b.name, args.only)]
            except Exception:
                crashed.append(module_name)
                print(f"CRASH loading {module_name}:\n{traceback.format_exc()}", file=sys.stderr)
        if args.list:
            for benchmark in benchmarks:
                print(f"{benchmark.name:24} <= {benchmark.target:g}x  {benchmark.description}")
            return 0
        if args.only and not benchmarks:
            print(f"no benchmark matches {args.only}", file=sys.stderr)
            return 2

        raw = context.map_bytes()
        print(
            f"JourneyMapper benchmarks ({'quick' if args.quick else 'full'}), generated map: "
            f"{args.cards:,} cards, {len(raw):,} bytes, seed {args.seed}; Python {sys.version.split()[0]}"
        )
        details = []
        for benchmark in benchmarks:
            print(f"  running {benchmark.name} ...", file=sys.stderr, flush=True)
            try:
                result = benchmark.run(context)
            except Exception:
                crashed.append(benchmark.name)
                print(f"CRASH in {benchmark.name}:\n{traceback.format_exc()}", file=sys.stderr)
                continue
            rows.append(result_row(result))
            details.append(f"  {result.name}: {benchmark.description}; {result.detail}")
            if result.within:
                within += 1
            else:
                over += 1

    print()
    print(format_table(rows))
    print()
    print("\n".join(details))
    summary = f"{within} within target, {over} over"
    if crashed:
        summary += f", {len(crashed)} crashed ({', '.join(crashed)})"
    print(f"\n{summary} ({time.perf_counter() - started:.1f} s)")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
