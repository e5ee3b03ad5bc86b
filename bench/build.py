"""`kg build` on synthetic graphs: wall time and peak memory of a child process per size.

Each build runs in its own interpreter (``python -m bench.build SIZE``), which reports its
own peak resident set size (VmHWM, ``bench.common.peak_mb``), so one build's
memory never hides another's. Targets at 1M triples: under 30 s and under 2 GB.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from bench.common import WORKDIR, fmt_seconds, label, peak_mb, sizes, store_path, synthetic_file

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
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({
        "seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime, "peak_mb": peak_mb(),
        "asserted": report.asserted, "inferred": report.inferred, "steps": report.steps,
    }))


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
    return "\n".join([*lines, "", "Time per step (wall, and CPU of every thread). The asserted graphs are written to the "
        "on-disk store on the second core while the first infers (kg/store_writer.py), so the infer "
        "step's CPU includes that writing, and the write step is the inferred graph and the compaction:", "", *notes]) + "\n"


if __name__ == "__main__":
    _child(int(sys.argv[1]))
