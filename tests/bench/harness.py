"""A tiny benchmark framework: every result is a ratio against a baseline measured in the same run.

Shared machines are noisy, so absolute times mean little; a benchmark pairs the
operation we ship (``measured``) with the least work that produces the same
output from the same data (``baseline``), times both in the same process,
alternately, and reports ``ours / baseline`` beside a target ratio.

- ``TimeBenchmark``: wall time (``time.perf_counter``), best of N rounds and the
  median of the per-round ratios; rounds alternate which side runs first so a
  slow drift of the machine hits both sides alike.
- ``MemoryBenchmark``: peak memory of each side in its own fresh interpreter
  (see ``peak_memory``).

Benchmark modules (``bench_*.py`` beside this file) define a function
``benchmarks(context) -> list[Benchmark]``; ``run.py`` lists the modules.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

Thunk = Callable[[], Any]


# --- results ---------------------------------------------------------------------------


@dataclass
class Result:
    name: str
    ours: float
    baseline: float
    unit: str  # "s" or "B": how ``ours`` and ``baseline`` are expressed
    target: float
    median_ratio: Optional[float] = None
    detail: str = ""

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline > 0 else float("inf")

    @property
    def within(self) -> bool:
        return self.ratio <= self.target


def _amount(value: float, unit: str) -> str:
    if unit == "s":
        if value >= 1:
            return f"{value:.3g} s"
        if value >= 1e-3:
            return f"{value * 1e3:.3g} ms"
        return f"{value * 1e6:.3g} µs"
    if unit == "B":
        return f"{value / 1048576:.3g} MiB"
    return f"{value:.3g} {unit}"


HEADER = ("benchmark", "ours", "baseline", "ratio", "median", "target", "")


def result_row(result: Result) -> tuple[str, ...]:
    return (
        result.name,
        _amount(result.ours, result.unit),
        _amount(result.baseline, result.unit),
        f"{result.ratio:.2f}x",
        f"{result.median_ratio:.2f}x" if result.median_ratio is not None else "-",
        f"<= {result.target:g}x",
        "PASS" if result.within else "OVER",
    )


def format_table(rows: list[tuple[str, ...]]) -> str:
    rows = [HEADER, *rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    lines = []
    for number, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
        if number == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


# --- the context shared by benchmark modules -----------------------------------------------


@dataclass
class Context:
    """What benchmark modules get: the mode, a scratch folder, and generated maps made once."""

    quick: bool
    tmp: Path
    cards: int = 3000
    seed: int = 1
    _maps: dict[int, Any] = field(default_factory=dict)
    _bytes: dict[int, bytes] = field(default_factory=dict)

    def map(self, cards: Optional[int] = None):
        """The generated JourneyMap of ``cards`` cards (default: the run's size), made once."""
        cards = self.cards if cards is None else cards
        if cards not in self._maps:
            from generate import generate_map

            self._maps[cards] = generate_map(cards, seed=self.seed)
        return self._maps[cards]

    def map_bytes(self, cards: Optional[int] = None) -> bytes:
        """The file bytes of that map, as the editor saves them."""
        cards = self.cards if cards is None else cards
        if cards not in self._bytes:
            from journeymapper.store import MAP_FORMAT, serialize_document

            self._bytes[cards] = serialize_document(MAP_FORMAT, self.map(cards))
        return self._bytes[cards]

    def map_file(self, cards: Optional[int] = None) -> Path:
        """A ``.journey`` file holding that map, in the scratch folder."""
        cards = self.cards if cards is None else cards
        path = self.tmp / f"bench-{cards}.journey"
        if not path.exists():
            path.write_bytes(self.map_bytes(cards))
        return path


# --- benchmarks ---------------------------------------------------------------------------


class Benchmark:
    name: str
    target: float
    description: str

    def run(self, context: Context) -> Result:  # pragma: no cover - interface
        raise NotImplementedError


@dataclass
class TimeBenchmark(Benchmark):
    """``setup(context)`` returns ``(measured, baseline)``, two callables of no arguments.

    Setup is lazy (run only when the benchmark runs) so listing benchmarks is free.
    """

    name: str
    setup: Callable[[Context], tuple[Thunk, Thunk]]
    target: float
    description: str = ""
    rounds: int = 15
    quick_rounds: int = 4

    def run(self, context: Context) -> Result:
        measured, baseline = self.setup(context)
        timing = compare_times(measured, baseline, self.quick_rounds if context.quick else self.rounds)
        return Result(
            self.name,
            timing.best_measured,
            timing.best_baseline,
            "s",
            self.target,
            median_ratio=timing.median_ratio,
            detail=f"{timing.rounds} rounds x {timing.loops} calls",
        )


@dataclass
class Timing:
    measured: list[float]
    baseline: list[float]
    loops: int

    @property
    def rounds(self) -> int:
        return len(self.measured)

    @property
    def best_measured(self) -> float:
        return min(self.measured)

    @property
    def best_baseline(self) -> float:
        return min(self.baseline)

    @property
    def median_ratio(self) -> float:
        return statistics.median(m / b for m, b in zip(self.measured, self.baseline))


def _sample(function: Thunk, loops: int) -> float:
    gc.collect()
    start = time.perf_counter()
    for _ in range(loops):
        function()
    return (time.perf_counter() - start) / loops


def compare_times(measured: Thunk, baseline: Thunk, rounds: int, min_sample: float = 0.02) -> Timing:
    """Time both callables ``rounds`` times, alternately, in this process; seconds per call.

    Each side runs once untimed first (caches, lazy imports). Fast callables are
    repeated within a sample until the baseline's sample lasts ``min_sample``
    seconds, the same count on both sides. The garbage collector stays on (the
    application runs with it, and building many objects triggers it: that cost is
    real), but a collection runs before each sample so one side does not pay for
    the other's garbage. Rounds alternate which side goes first.
    """
    measured()
    once = time.perf_counter()
    baseline()
    once = time.perf_counter() - once
    loops = max(1, min(1000, int(min_sample / once) + 1)) if once < min_sample else 1
    ours_times: list[float] = []
    base_times: list[float] = []
    for index in range(max(1, rounds)):
        if index % 2 == 0:
            ours_times.append(_sample(measured, loops))
            base_times.append(_sample(baseline, loops))
        else:
            base_times.append(_sample(baseline, loops))
            ours_times.append(_sample(measured, loops))
    return Timing(ours_times, base_times, loops)


# --- memory -------------------------------------------------------------------------------

_PROBE = textwrap.dedent(
    """
    import gc, json, sys
    method = sys.argv[1]
    namespace = {"ARG": sys.argv[2]}
    exec(compile(sys.argv[3], "<setup>", "exec"), namespace)
    gc.collect()

    def status(key):
        with open("/proc/self/status") as stream:
            for line in stream:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) * 1024
        raise KeyError(key)

    if method == "rss":
        try:
            import ctypes
            ctypes.CDLL("libc.so.6").malloc_trim(0)  # hand free heap pages back: RSS ~ live data
        except (OSError, AttributeError):
            pass
        with open("/proc/self/clear_refs", "w") as stream:
            stream.write("5")  # reset this process's peak RSS (VmHWM) to its current RSS
        before = status("VmRSS")
        exec(compile(sys.argv[4], "<operation>", "exec"), namespace)
        peak = status("VmHWM") - before
        gc.collect()
        retained = status("VmRSS") - before
    elif method == "maxrss":
        import resource
        scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
        exec(compile(sys.argv[4], "<operation>", "exec"), namespace)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale - before
        retained = peak
    else:
        import tracemalloc
        tracemalloc.start()
        exec(compile(sys.argv[4], "<operation>", "exec"), namespace)
        gc.collect()
        retained, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert namespace.get("result") is not None, "the operation must leave its product in `result`"
    print(json.dumps({"peak": peak, "retained": retained}))
    """
)


def default_memory_method() -> str:
    """``rss`` where /proc/self/clear_refs can reset the peak (Linux), else ``maxrss``, else ``tracemalloc``."""
    if os.access("/proc/self/clear_refs", os.W_OK) and os.path.exists("/proc/self/status"):
        return "rss"
    try:
        import resource  # noqa: F401
    except ImportError:
        return "tracemalloc"
    return "maxrss"


@dataclass
class Memory:
    peak: int
    """Bytes the operation added to the process at its highest point."""
    retained: int
    """Bytes still added once it returned (its product alive, garbage collected)."""
    method: str


def peak_memory(setup: str, operation: str, arg: str = "", method: Optional[str] = None) -> Memory:
    """Peak memory that ``operation`` adds, run after ``setup`` in a fresh interpreter.

    ``setup`` and ``operation`` are Python source; both see ``ARG`` (the ``arg``
    string, e.g. a file path), and the operation must leave what it built in
    ``result`` so it stays alive until measured.

    Methods (the default is the first available):

    - ``"rss"`` (Linux; the one the targets are set with): growth of the process's
      peak resident set. After ``setup``, free heap is handed back to the system
      (``malloc_trim``) and the kernel's high-water mark is reset (writing 5 to
      ``/proc/self/clear_refs``); the result is ``VmHWM`` after the operation minus
      ``VmRSS`` before it. Why this one: it is the memory the operating system and
      the user see. It counts everything, including what pydantic-core's Rust code
      allocates outside Python's allocator and allocator overhead, which tracemalloc
      cannot see; and it catches transient peaks (the parsed JSON alive alongside the
      model being built). Limits: page granularity (right for megabytes, not
      kilobytes), and partly free pymalloc arenas left by ``setup`` are reused
      without showing up (a small, equal amount on both sides when both run the
      same ``setup``).
    - ``"maxrss"``: ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` after minus before.
      Not used where ``rss`` works, because on Linux a child's ``ru_maxrss`` starts at
      the *parent's* resident size at fork (the kernel carries the old memory map's
      high-water mark across exec), which here hid the whole operation (0 bytes).
    - ``"tracemalloc"``: peak of memory allocated through Python's allocators during
      the operation: exact and portable, but blind to native allocations, and it
      slows the operation down.
    """
    method = method or default_memory_method()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), str(REPO), *filter(None, [env.get("PYTHONPATH")])])
    completed = subprocess.run(
        [sys.executable, "-c", _PROBE, method, arg, setup, operation],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"memory probe failed ({completed.returncode}):\n{completed.stderr.strip()}")
    numbers = json.loads(completed.stdout.strip().splitlines()[-1])
    return Memory(int(numbers["peak"]), int(numbers["retained"]), method)


@dataclass
class MemoryBenchmark(Benchmark):
    """Peak memory of ``measured`` against ``baseline`` (source code), each in its own interpreter.

    ``setup(context)`` returns ``(setup_code, arg)``: code run first on both sides
    (keep it identical so both start from the same high-water mark) and the
    string passed as ``ARG``. The smallest of ``runs`` probes per side counts.
    """

    name: str
    setup: Callable[[Context], tuple[str, str]]
    measured: str
    baseline: str
    target: float
    description: str = ""
    runs: int = 3
    quick_runs: int = 1
    also_tracemalloc: bool = True

    def run(self, context: Context) -> Result:
        setup_code, arg = self.setup(context)
        runs = self.quick_runs if context.quick else self.runs
        ours = min((peak_memory(setup_code, self.measured, arg) for _ in range(runs)), key=lambda m: m.peak)
        base = min((peak_memory(setup_code, self.baseline, arg) for _ in range(runs)), key=lambda m: m.peak)
        detail = (
            f"peak growth by {ours.method}, fresh interpreter per side, best of {runs}; "
            f"retained {_amount(ours.retained, 'B')} vs {_amount(base.retained, 'B')}"
            f" = {ours.retained / max(1, base.retained):.2f}x"
        )
        if self.also_tracemalloc:
            t_ours = peak_memory(setup_code, self.measured, arg, method="tracemalloc")
            t_base = peak_memory(setup_code, self.baseline, arg, method="tracemalloc")
            detail += (
                f"; tracemalloc peak {_amount(t_ours.peak, 'B')} vs {_amount(t_base.peak, 'B')}"
                f" = {t_ours.peak / max(1, t_base.peak):.2f}x,"
                f" retained {_amount(t_ours.retained, 'B')} vs {_amount(t_base.retained, 'B')}"
                f" = {t_ours.retained / max(1, t_base.retained):.2f}x"
            )
        return Result(self.name, ours.peak, base.peak, "B", self.target, detail=detail)


def scratch_folder() -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix="journeymapper-bench-")
