"""What the benchmark areas share: sizes, timing, synthetic graphs built once per size."""

from __future__ import annotations

import hashlib
import os
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

from bench.synthetic import generate

SIZES = (10_000, 100_000, 1_000_000)
QUICK_SIZES = (10_000, 100_000)
WORKDIR = Path(tempfile.gettempdir()) / "kg-bench"


def sizes(quick: bool) -> tuple[int, ...]:
    return QUICK_SIZES if quick else SIZES


def label(n: int) -> str:
    """``1_000_000`` → ``1M``."""
    return f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1_000}k"


@cache
def synthetic_file(n: int, seed: int = 0) -> Path:
    """The synthetic graph of ``n`` triples as a TriG file (written once per run)."""
    folder = WORKDIR / label(n)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ("synthetic.trig" if seed == 0 else f"synthetic-{seed}.trig")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # other areas may be reading it
    tmp.write_text(generate(n, seed=seed), encoding="utf-8")
    os.replace(tmp, path)
    return path


def synthetic_parts(n: int, *, write: bool = True) -> list[Path]:
    """The synthetic graph of ``n`` triples split into one TriG file per source graph.

    ``write=False`` lists the parts an earlier call wrote (a measured child process must not
    spend its time and memory generating the graph).

    ``kg validate`` refuses files over 32 MiB (kg/validate/limits.py: a guard against hostile
    contributions), and the 1M graph is about 46 MB in one file; data/ in the repository is
    one file per entity, so validating and publishing a folder of parts is the realistic case.
    """
    folder = WORKDIR / label(n) / "parts"
    if not write:
        return sorted(folder.glob("*.trig"))
    whole = synthetic_file(n)
    text = whole.read_text(encoding="utf-8")
    head, _, body = text.partition("\nGRAPH ")
    blocks = ["GRAPH " + block for block in body.split("\nGRAPH ")] if body else []
    tmp = folder.with_name(f".parts.{os.getpid()}.tmp")
    tmp.mkdir(parents=True, exist_ok=True)
    for i, block in enumerate(blocks):
        (tmp / f"part-{i:04d}.trig").write_text(head + "\n" + block.rstrip() + "\n", encoding="utf-8")
    if folder.exists():
        import shutil

        shutil.rmtree(folder)
    os.replace(tmp, folder)
    return sorted(folder.glob("*.trig"))


def store_path(n: int, area: str) -> Path:
    """Where an area builds its store of size ``n``: a folder of its own, because store
    generations are pruned per parent folder (kg/store.py) and areas run side by side."""
    return WORKDIR / label(n) / "stores" / area / "store"


#: What a built store depends on besides its data: a change to any of these rebuilds the
#: benchmark stores (a store built by older code once made the query benchmark measure a
#: store without the compaction ``kg build`` had since gained).
BUILDER = ("kg/build.py", "kg/graph_dump.py", "kg/store_writer.py", "kg/query/label_index.py", "kg/query/labels.py", "kg/inference.py", "kg/owl_axioms.py", "kg/disjointness.py", "kg/parsing.py", "kg/store.py", "ontology")


def built_store(n: int, area: str, *, data: list[Path] | None = None) -> Path:
    """The store of ``area`` built from the synthetic graph of ``n`` triples (or ``data``),
    rebuilt when the graph or the builder (:data:`BUILDER`) changed since it was built."""
    import kg

    path = store_path(n, area)
    data = data if data is not None else [synthetic_file(n)]
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    sources = [f for d in data for f in ([d] if d.is_file() else sorted(d.rglob("*")))]
    sources += [f for name in BUILDER for f in ([root / name] if (root / name).is_file() else sorted((root / name).rglob("*")))]
    for f in sources:
        if f.is_file():
            digest.update(f.name.encode() + b"\0" + f.read_bytes())
    stamp = path.with_name("built-from.sha256")
    if not stamp.is_file() or stamp.read_text() != digest.hexdigest() or not (path.resolve() / "oxigraph").is_dir():
        kg.build(store_path=path, data_paths=data)
        stamp.write_text(digest.hexdigest())
    return path


def peak_mb() -> float:
    """Peak resident memory of this process in MB, from the kernel's high-water mark (VmHWM).

    Not ``ru_maxrss``: Linux keeps it across ``execve``, so a child started from a bench process
    that once held an rdflib copy of the 1M graph (10 GB) would report that parent's peak.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds(*, children: bool = False) -> float:
    """CPU seconds (user and system) of every thread of this process so far, and with
    ``children`` of its finished child processes too."""
    usages = [resource.getrusage(resource.RUSAGE_SELF)]
    if children:
        usages.append(resource.getrusage(resource.RUSAGE_CHILDREN))
    return sum(usage.ru_utime + usage.ru_stime for usage in usages)


def median_seconds(action: Callable[[], object], *, repeat: int) -> tuple[float, object]:
    """The median wall time of ``repeat`` runs of ``action`` and the last run's result.

    The previous run's result is let go before the clock starts: freeing it is not part of the
    run being timed (for funding-by-funder at 1M, 1,689 rows of terms, about 2 ms).
    """
    times, result = [], None
    for _ in range(repeat):
        result = None
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
        # Two slow runs in a row are their own median: repeating them only costs minutes. One
        # alone is not: a query's first run at 1M once took 5.8 s (a cold page cache) where the
        # runs after it took 0.13 s, and stopping there made 5.8 s the median.
        if len(times) >= 2 and min(times[-2:]) > 5:
            break
    return statistics.median(times), result


def fmt_seconds(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"
