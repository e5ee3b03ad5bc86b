"""`kg publish` on synthetic graphs: wall time per step, files written and peak memory.

Each size runs in its own interpreter (``python -m bench.publish SIZE``): the synthetic
graph is built into a store first (not counted: that is ``kg build``'s benchmark), then
``kg.publish.publish(..., store_path=...)`` validates the data in a child process while it
writes a whole release: snapshot, dumps, ontology docs, the static site (a page, a Turtle and
a JSON-LD file per entity), VoID, changelog and checksums. Target at 1M triples: under 2 minutes.
"""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.common import WORKDIR, cpu_seconds, fmt_seconds, label, peak_mb, sizes, synthetic_parts

TIME_TARGET = 120.0


def _folder(n: int) -> Path:
    """Where the benchmark of size ``n`` builds its store and writes its release."""
    return WORKDIR / label(n) / "publish"


def _child(n: int) -> None:
    """Build then publish the synthetic graph of ``n`` triples; print the timings as JSON."""
    import kg
    from kg.publish import publish

    parts = synthetic_parts(n, write=False)  # one file per source graph: kg validate refuses files over 32 MiB
    folder = _folder(n)
    store = folder / "store"
    started = time.perf_counter()
    kg.build(store_path=store, data_paths=parts)
    build_seconds = time.perf_counter() - started
    cpu_before = cpu_seconds(children=True)  # the page workers and the dump writer count too
    report = publish(folder / "releases", version="1.0.0", date="2026-01-01", store_path=store, data_paths=parts)
    cpu = cpu_seconds(children=True) - cpu_before
    result = {
        "build": build_seconds,
        "seconds": report.seconds,
        "validate": report.validation_seconds,
        "conforms": report.validated,
        "timings": report.timings,
        "triples": report.triples,
        "pages": report.pages,
        "files": report.files,
        "bytes": report.bytes,
        "peak_mb": peak_mb(),
        "child_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "cpu": cpu,
    }
    print(json.dumps(result))


def run(*, quick: bool = False) -> str:
    """The Markdown section of the publish benchmark."""
    lines = [
        "## Publish",
        "",
        __doc__.strip(),
        "",
        "| size | triples (all graphs) | pages | files | size on disk | validation (beside the writing) | snapshot | site (+ dumps in parallel) | rest | waiting for validation | publish total | CPU (all processes) | peak memory (main; largest child) | target (1M: < 2 min) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    # Releases are deleted only once every size has run: on an ext4 file system without a
    # journal (this machine's), creating files within minutes of deleting some 100,000 others
    # costs several times more kernel CPU (the allocator skips recently deleted inodes one by
    # one), which a publish just after deleting the previous size's release would pay.
    for n in sizes(quick):
        shutil.rmtree(_folder(n), ignore_errors=True)  # left by an interrupted run
    for n in sizes(quick):
        synthetic_parts(n)  # written outside the measured child
        proc = subprocess.run([sys.executable, "-m", "bench.publish", str(n)], capture_output=True, text=True, check=True)
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        t = r["timings"]
        rest = sum(t.get(k, 0.0) for k in ("ontology", "void", "changelog", "checksums", "build", "dumps"))
        check = ("✓" if r["seconds"] < TIME_TARGET else "✗") if n >= 1_000_000 else ""
        lines.append(
            f"| {label(n)} | {r['triples']:,} | {r['pages']:,} | {r['files']:,} | {r['bytes'] / 1e6:,.0f} MB "
            f"| {fmt_seconds(r['validate'])}{'' if r['conforms'] else ' (does not conform)'} "
            f"| {fmt_seconds(t.get('snapshot'))} | {fmt_seconds(t.get('site'))} | {fmt_seconds(rest)} | {fmt_seconds(t.get('validate'))} "
            f"| {fmt_seconds(r['seconds'])} | {fmt_seconds(r['cpu'])} | {r['peak_mb']:,.0f} MB; {r['child_peak_mb']:,.0f} MB | {check} |"
        )
    for n in sizes(quick):
        shutil.rmtree(_folder(n), ignore_errors=True)
    lines += [
        "",
        "“publish total” is the whole `kg publish` with a built store: the validation runs in a child process",
        "(pyshacl in one process there) while the release is written, and the release is renamed into",
        "place only once it has passed; “waiting for validation” is how long the writing waited for it at the end.",
        "The dumps are written by a forked process while the ontology docs and the pages are made (two page",
        "workers), so “site” includes waiting for them. “rest”: opening the store, ontology documentation",
        "(pyLODE, fr and en), VoID, changelog, SHA-256 of every file. “CPU” counts every process (validation",
        "included): what an idle 2-core machine spreads over its cores. Peak memory: the main process's, and the",
        "largest of its child processes (the validation, the page workers, the dump writer),",
        "which run beside it. The machines these ran on were shared, so wall",
        "times vary ±50%. The synthetic graph conforms to the shapes (bench/synthetic.py); it is validated on",
        "its own, split into one file per source graph.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    _child(int(sys.argv[1]))
