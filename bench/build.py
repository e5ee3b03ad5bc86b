"""`kg build` on synthetic graphs: wall time and peak memory of a child process per size.

Each build runs in its own interpreter (``python -m bench.build SIZE``), which reports its
own peak resident set size (VmHWM, ``bench.common.peak_mb``), so one build's
memory never hides another's. Targets at 1M triples: under 30 s and under 2 GB.

A second child (``python -m bench.build SIZE floor``) loads the build's own graph dump into an
empty store, alone, on one thread, and compacts it: the RocksDB share of a build's CPU, which
no change to kg/ can take away while the store holds the same quads. With the building
thread's own CPU for parsing and inference, it gives the least wall time a build can take on
this machine's cores.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import WORKDIR, cpu_seconds, fmt_seconds, label, peak_mb, sizes, store_path, synthetic_file

TIME_TARGET, MEMORY_TARGET_MB = 30.0, 2048


def synthetic_path(n: int) -> Path:
    """The synthetic file of ``n`` triples, generated only if missing: generating it inside the
    measured child would count the generator's memory in the build's peak."""
    path = WORKDIR / label(n) / "synthetic.trig"
    return path if path.exists() else synthetic_file(n)


def _child(n: int) -> None:
    """Build the synthetic graph of ``n`` triples; print seconds, peak MB and counts as JSON."""
    import kg

    path = synthetic_path(n)
    started = time.perf_counter()
    report = kg.build(store_path=store_path(n, "build"), data_paths=[path])
    seconds = time.perf_counter() - started
    print(json.dumps({
        "seconds": seconds, "cpu_seconds": cpu_seconds(), "peak_mb": peak_mb(),
        "asserted": report.asserted, "inferred": report.inferred, "steps": report.steps,
    }))


def _floor_child(n: int) -> None:
    """Bulk-load the graph dump of the ``n``-triple build into an empty store and compact it, as
    ``kg build`` does but one piece at a time (no two loaders sharing the cores); print the
    quads and the CPU seconds of every thread (RocksDB's own included) as JSON."""
    from kg.graph_dump import INDEX_FILE, dumped_files
    from kg.store_writer import StoreWriter

    generation = store_path(n, "build").resolve()
    entries = json.loads((generation / INDEX_FILE).read_text(encoding="utf-8"))["graphs"]
    with tempfile.TemporaryDirectory(dir=WORKDIR) as folder:
        writer = StoreWriter(Path(folder) / "oxigraph")
        started = cpu_seconds()
        writer.load(dumped_files(generation, entries), workers=1)
        load_cpu = cpu_seconds() - started
        quads = len(writer.store)
        started = cpu_seconds()
        writer.finish()
        print(json.dumps({"quads": quads, "load_cpu": load_cpu, "compact_cpu": cpu_seconds() - started}))


def _floor_note(n: int, result: dict) -> str:
    """The floor line of a size: RocksDB's CPU alone, the building thread's parse and inference,
    and the least wall time they leave on this machine's cores."""
    proc = subprocess.run([sys.executable, "-m", "bench.build", str(n), "floor"], capture_output=True, text=True)
    if proc.returncode:
        raise RuntimeError(f"the {label(n)} floor failed: {proc.stderr.strip().splitlines()[-1]}")
    floor = json.loads(proc.stdout.strip().splitlines()[-1])
    cores = os.cpu_count() or 1
    steps = result["steps"]
    parse, infer = steps["parse"]["thread"], steps["infer"]["thread"]
    rocksdb = floor["load_cpu"] + floor["compact_cpu"]
    least = max(parse + infer, (parse + infer + rocksdb) / cores)
    return (
        f"- {label(n)}: loading the build's {floor['quads']:,} quads alone took {floor['load_cpu']:.1f} CPU-s "
        f"({floor['load_cpu'] / floor['quads'] * 1e6:.1f} µs a quad), compacting them {floor['compact_cpu']:.1f}; "
        f"the building thread parsed in {parse:.1f} and inferred in {infer:.1f} CPU-s; "
        f"so at least {least:.1f} s on {cores} cores, were every second shared perfectly."
    )


def run(*, quick: bool = False) -> str:
    """The Markdown section of the build benchmark."""
    lines = [
        "## Build",
        "",
        __doc__.strip(),
        "",
        "| size | asserted | inferred | build time | CPU time (all threads) | peak memory | target (1M: < 30 s, < 2 GB) |",
        "|---|---|---|---|---|---|---|",
    ]
    notes: list[str] = []
    floors: list[str] = []
    for n in sizes(quick):
        synthetic_file(n)  # written outside the timed child
        proc = subprocess.run([sys.executable, "-m", "bench.build", str(n)], capture_output=True, text=True)
        if proc.returncode:
            raise RuntimeError(f"the {label(n)} build failed: {proc.stderr.strip().splitlines()[-1]}")
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        check = ""
        if n >= 1_000_000:
            ok = result["seconds"] < TIME_TARGET and result["peak_mb"] < MEMORY_TARGET_MB
            check = "✓" if ok else "✗"
        lines.append(
            f"| {label(n)} | {result['asserted']:,} | {result['inferred']:,} | {fmt_seconds(result['seconds'])} "
            f"| {fmt_seconds(result['cpu_seconds'])} "
            f"| {result['peak_mb']:,.0f} MB | {check} |"
        )
        steps = ", ".join(f"{name} {t['wall']:.1f} s ({t['cpu']:.1f} s CPU)" for name, t in result["steps"].items())
        notes.append(f"- {label(n)}: {steps}.")
        floors.append(_floor_note(n, result))
    return "\n".join([*lines, "", "Time per step (wall, and CPU of every thread). The asserted graphs are written to the "
        "on-disk store on the second core while the first infers (kg/store_writer.py), so the infer "
        "step's CPU includes that writing, and the write step is the inferred graph and the compaction:", "", *notes,
        "", "The floor. RocksDB's share alone (a second child loads the build's graph dump into an empty store on one "
        "thread, then compacts it), and the building thread's own CPU for parsing and inference (Python, one core). "
        "However the work is spread, a build takes at least the longer of parse + inference and all of it divided by "
        "the cores:", "", *floors]) + "\n"


if __name__ == "__main__":
    if sys.argv[2:] == ["floor"]:
        _floor_child(int(sys.argv[1]))
    else:
        _child(int(sys.argv[1]))
