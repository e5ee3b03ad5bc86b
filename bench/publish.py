"""`kg publish` on synthetic graphs: wall time per step, files written and peak memory.

Each size runs in its own interpreter (``python -m bench.publish SIZE``): the synthetic
graph is built into a store first (not counted: that is ``kg build``'s benchmark), then
``kg validate`` checks the data (timed apart, as ``kg publish`` runs it first), and
``kg.publish.publish(..., store_path=..., validate=False)`` writes a whole release: snapshot, dumps, ontology docs, the static site (a page, a Turtle and a
JSON-LD file per entity), VoID, changelog and checksums. Target at 1M triples: under 2 minutes.
"""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import time

from bench.common import WORKDIR, fmt_seconds, label, peak_mb, sizes, synthetic_parts

TIME_TARGET = 120.0
STEPS = ("validate", "snapshot", "dumps", "ontology", "site", "void", "changelog", "checksums")


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the page workers, the dumps)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _child(n: int) -> None:
    """Build then publish the synthetic graph of ``n`` triples; print the timings as JSON."""
    import kg
    from kg.publish import publish
    from kg.validate import validate

    parts = synthetic_parts(n, write=False)  # one file per source graph: kg validate refuses files over 32 MiB
    folder = WORKDIR / label(n) / "publish"
    shutil.rmtree(folder, ignore_errors=True)
    store = folder / "store"
    started = time.perf_counter()
    kg.build(store_path=store, data_paths=parts)
    build_seconds = time.perf_counter() - started
    started = time.perf_counter()
    validation = validate(parts, against_data=False)  # the graph on its own, as kg publish validates data/
    validate_seconds = time.perf_counter() - started
    cpu_before = _cpu()
    report = publish(folder / "releases", version="1.0.0", date="2026-01-01", store_path=store, data_paths=parts, validate=False)
    cpu = _cpu() - cpu_before
    result = {
        "build": build_seconds,
        "seconds": report.seconds + validate_seconds,
        "validate": validate_seconds,
        "conforms": validation.conforms,
        "timings": report.timings,
        "triples": report.triples,
        "pages": report.pages,
        "files": report.files,
        "bytes": report.bytes,
        "peak_mb": peak_mb(),
        "cpu": cpu,
    }
    shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(result))


def run(*, quick: bool = False) -> str:
    """The Markdown section of the publish benchmark."""
    lines = [
        "## Publish",
        "",
        __doc__.strip(),
        "",
        "| size | triples (all graphs) | pages | files | size on disk | validate | snapshot | site (+ dumps in parallel) | rest | publish total | publish CPU | peak memory | target (1M: < 2 min) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
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
            f"| {fmt_seconds(t.get('snapshot'))} | {fmt_seconds(t.get('site'))} | {fmt_seconds(rest)} "
            f"| {fmt_seconds(r['seconds'])} | {fmt_seconds(r['cpu'])} | {r['peak_mb']:,.0f} MB | {check} |"
        )
    lines += [
        "",
        "“publish total” is validation plus the publish itself; the dumps are written by a forked process",
        "while the ontology docs and the pages are made (two page workers), so “site” includes waiting for",
        "them. “rest”: opening the store, ontology documentation (pyLODE, fr and en), VoID, changelog,",
        "SHA-256 of every file. “publish CPU” (without validation) is what an idle 2-core machine",
        "spreads over its cores: the machines these ran on were shared, so wall times vary ±50%.",
        "The synthetic graph conforms to the shapes (bench/synthetic.py); it is validated on its own, split into one file per source graph.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    _child(int(sys.argv[1]))
