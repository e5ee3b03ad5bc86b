"""Every saved query on the embedded store (on disk, as `kg query` opens it), on an in-memory
pyoxigraph copy, and on a plain rdflib in-memory Dataset, side by side, on synthetic graphs
of 10k, 100k and 1M triples; results must be identical across engines.

One-entity queries are bound to the busiest entity of their kind (bench.synthetic.ANCHORS).
The "kg query" column is what the Python API waits for (query, rows and labels), the targets'
column; "printed as CSV" adds writing the result as `kg query --format csv` does (not held to a
target: it is there so a slow writer shows). The engine columns time the query alone (rows
materialised).
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
import rdflib

import kg
import kg.query
from bench.common import built_store, fmt_seconds, label, median_seconds, sizes, store_path
from bench.synthetic import ANCHORS
from kg.namespaces import PREFIXES
from kg.query.catalog import SavedQuery
from kg.query.params import bind

BOUND_TARGET, WHOLE_TARGET, SPEEDUP_TARGET = 0.050, 1.0, 30
#: rdflib is skipped at the next size when it took longer than this at the previous one.
RDFLIB_BUDGET = 2.0
#: At 1M the heavy joins always run on rdflib (the 30× target is about them), stopped after this
#: long: a stopped run still bounds the ratio from below.
RDFLIB_CAP = 300.0
#: A heavy join rdflib finishes within this long at 1M is run this many times more, and their
#: median counts (the capped run is then the warm-up): one run is one sample against our
#: median of 11, and rdflib's co-productions at 1M took 1.16-1.89 s from one benchmark run to
#: the next, which moved the ratio by 1.6x.
RDFLIB_QUICK_HEAVY, RDFLIB_HEAVY_REPEAT = 10.0, 3
#: pyoxigraph runs per median: the same query varies by up to 1.5x from one run to the next on
#: this machine. With 11 (and a slow run repeated once, bench.common) the queries benchmark took
#: 43 min against 37 with 5.
REPEAT = 11
SELF_JOIN = SavedQuery.parse(
    """# title: Collaboration self-join (not materialised)
# description: The plain self-join over all credits that mc:Collaboration replaces, for comparison.
# kind: whole-graph
SELECT ?a ?b (COUNT(DISTINCT ?work) AS ?n) WHERE {
  ?c1 mc:creditedWork ?work ; mc:creditedPerson ?a .
  ?c2 mc:creditedWork ?work ; mc:creditedPerson ?b .
  FILTER(STR(?a) < STR(?b))
} GROUP BY ?a ?b HAVING (COUNT(DISTINCT ?work) >= 2)
""",
    name="(collaboration self-join)",
)
#: The saved queries the 30x target is about: each joins credits with credits, or works with works.
HEAVY = {"collaboration-network", "director-recurring-collaborators", "trilogy-recurring-actors",
         "coproductions-by-country"}
#: Not a saved query, so not held to the 30x target: the self-join that the mc:Collaboration
#: edges materialised by kg build replace. It is measured to show what they save; the
#: collaboration question as researchers ask it is collaboration-network, and the line under
#: the table compares that with rdflib's self-join.
REFERENCE = {SELF_JOIN.name}
NUMERIC = {PREFIXES["xsd"] + t for t in ("integer", "decimal", "double", "float", "int", "long")}


def _ox_key(term) -> tuple:
    if term is None:
        return ("U",)
    if isinstance(term, ox.NamedNode):
        return ("I", term.value)
    if isinstance(term, ox.BlankNode):
        return ("B",)
    if term.language:
        return ("L", term.value, term.language.lower())
    return _literal_key(term.value, term.datatype.value if term.datatype else None)


def _rdflib_key(term) -> tuple:
    if term is None:
        return ("U",)
    if isinstance(term, rdflib.URIRef):
        return ("I", str(term))
    if isinstance(term, rdflib.BNode):
        return ("B",)
    if term.language:
        return ("L", str(term), term.language.lower())
    return _literal_key(str(term), str(term.datatype) if term.datatype else None)


def _literal_key(value: str, datatype: str | None) -> tuple:
    if datatype in NUMERIC:
        try:
            return ("N", Decimal(value).normalize())
        except InvalidOperation:
            return ("S", value)
    if datatype == PREFIXES["xsd"] + "boolean":
        return ("S", "true" if value in ("true", "1") else "false")
    if datatype and "duration" in datatype.lower():
        return ("S", value)  # xsd:dayTimeDuration (oxigraph) and xsd:duration (rdflib) differ in type only
    if datatype in (None, PREFIXES["xsd"] + "string"):
        return ("S", value)
    return ("T", value, datatype)


def _params(query: SavedQuery) -> dict[str, str]:
    return {p.name: ANCHORS[p.name] for p in query.params if p.name in ANCHORS}


def _ox_rows(store: ox.Store, text: str, union: bool) -> Counter:
    answer = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=union)
    names = [v.value for v in answer.variables]
    return Counter(tuple(_ox_key(row[n]) for n in names) for row in answer)


def _rdflib_rows(dataset: rdflib.Dataset, text: str, union: bool) -> Counter:
    dataset.default_union = union
    result = dataset.query(text, initNs=PREFIXES)
    return Counter(tuple(_rdflib_key(row[i]) for i in range(len(result.vars))) for row in result)


class _Stopped(Exception):
    pass


def _rdflib_capped(dataset: rdflib.Dataset, text: str, union: bool, cap: float) -> tuple[float | None, Counter | None]:
    """One rdflib run stopped after ``cap`` seconds: (seconds, rows), or (None, None) when stopped.

    rdflib evaluates in Python, so an alarm signal interrupts it between two bytecodes."""
    def stop(_signum, _frame):
        raise _Stopped

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, cap)
    started = time.perf_counter()
    try:
        rows = _rdflib_rows(dataset, text, union)
        return time.perf_counter() - started, rows
    except _Stopped:
        return None, None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _rdflib_dataset(nquads: str) -> rdflib.Dataset:
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(data=nquads, format="nquads")
    return dataset


def _check(kind: str, n: int, seconds: float) -> str:
    if n < 1_000_000 or kind == "federated":
        return ""
    target = BOUND_TARGET if kind == "bound" else WHOLE_TARGET
    return "✓" if seconds < target else "✗"


def _ratio(rdflib: float | None, ours: float | None, stopped: bool) -> str:
    """rdflib's time over ours as ``12×`` (``> 12×`` when rdflib was stopped), or a dash."""
    return f"{'> ' if stopped else ''}{rdflib / ours:,.0f}×" if rdflib and ours else "—"


@dataclass
class _Ours:
    """One query's timings and answers on pyoxigraph (the kg query run, on disk, in memory)."""

    text: str
    t_run: float | None
    t_print: float | None
    t_disk: float
    t_mem: float
    rows: Counter
    rows_mem: Counter


def _time_on_disk(query: SavedQuery, disk: kg.GraphStore, repeat: int) -> _Ours:
    text, _terms = bind(query, _params(query))
    t_run = t_print = None
    if query is not SELF_JOIN:
        t_run, _ = median_seconds(lambda: kg.query.run(query, params=_params(query), store=disk), repeat=repeat)
        t_print, _ = median_seconds(
            lambda: kg.query.render(kg.query.run(query, params=_params(query), store=disk), "csv"), repeat=repeat)
    t_disk, rows = median_seconds(lambda: _ox_rows(disk.store, text, query.union), repeat=repeat)
    return _Ours(text, t_run, t_print, t_disk, 0.0, rows, Counter())


def _queries() -> list[SavedQuery]:
    return [q for q in kg.query.list_queries() if q.kind != "federated"] + [SELF_JOIN]


def _child(n: int, repeat: int, out: Path, name: str | None) -> None:
    """Time one query on the on-disk store (``kg query``, printed, the engine alone), or, with
    ``name`` None, every query on an in-memory copy; pickle the timings and answers to ``out``.
    Run as ``python -m bench.queries N REPEAT OUT [NAME]``."""
    disk = kg.open_store(store_path(n, "queries"))
    queries = _queries()
    if name is not None:
        query = next(q for q in queries if q.name == name)
        out.write_bytes(pickle.dumps(_time_on_disk(query, disk, repeat)))
        return
    memory = ox.Store()
    memory.bulk_extend(disk.store.quads_for_pattern(None, None, None, None))
    timings = {}
    for query in queries:
        text, _terms = bind(query, _params(query))
        timings[query.name] = median_seconds(lambda t=text, q=query: _ox_rows(memory, t, q.union), repeat=repeat)
    out.write_bytes(pickle.dumps(timings))


def _run_child(n: int, repeat: int, name: str | None):
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "ours.pickle"
        proc = subprocess.run([sys.executable, "-m", "bench.queries", str(n), str(repeat), str(out), *([name] if name else [])],
                              capture_output=True, text=True)
        if proc.returncode:
            raise RuntimeError(f"timing the {label(n)} queries failed: {(proc.stderr.strip().splitlines() or ['?'])[-1]}")
        return pickle.loads(out.read_bytes())


def _time_in_child(n: int, repeat: int) -> dict[str, _Ours]:
    """pyoxigraph's timings, each query in a process of its own, as `kg query` runs it, once the
    store is written out (``os.sync``: right after a build the kernel is still writing the new
    store); then the in-memory copy's, every query in one more process.

    Why a process per query: in one process that had run the queries before it, a query took up
    to 1.7x as long as alone (funding-by-funder at 1M: 100 ms in the benchmark against 58-60
    ms alone; after each of the nine queries before it in one process, 62-94 ms), and `kg query`
    runs one query per process. In the benchmark's own process the same queries took up to twice
    as long: it holds rdflib's copy of the graph (10 GB at 1M). With the in-memory pyoxigraph copy
    in the same process, the on-disk queries took 1.3-2.2x as long at 1M (funding-by-funder 69 ->
    149 ms, director's recurring collaborators 32 -> 56 ms), and `kg query` never holds one."""
    os.sync()
    ours = {query.name: _run_child(n, repeat, query.name) for query in _queries()}
    for name, (t_mem, rows_mem) in _run_child(n, repeat, None).items():
        ours[name].t_mem, ours[name].rows_mem = t_mem, rows_mem
    return ours


def _size_section(n: int, quick: bool, rdflib_previous: dict[str, float]) -> tuple[str, dict[str, float]]:
    built = built_store(n, "queries")  # this area's own store: the build area rebuilds its own at will
    disk = kg.open_store(built)
    counts = disk.meta or {}
    repeat = 3 if quick else REPEAT
    rdflib_repeat = 1 if n >= 1_000_000 else (1 if quick else 3)
    queries = _queries()
    ours = _time_in_child(n, repeat)
    nquads = disk.store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8")
    started = time.perf_counter()
    dataset = _rdflib_dataset(nquads)
    del nquads
    rdflib_load = time.perf_counter() - started
    lines = [
        f"### {label(n)} triples ({counts.get('asserted', 0):,} asserted + {counts.get('inferred', 0):,} inferred; "
        f"rdflib load {fmt_seconds(rdflib_load)})",
        "",
        "| query | kind | rows | kg query (with labels) | printed as CSV | on-disk store | in-memory pyoxigraph | rdflib "
        "| rdflib ÷ kg query | rdflib ÷ on-disk | identical | target |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    rdflib_times: dict[str, float] = {}
    answers: dict[str, float] = {}
    capped: set[str] = set()
    for query in queries:
        mine = ours[query.name]
        text, union, t_run, t_disk = mine.text, query.union, mine.t_run, mine.t_disk
        previous = rdflib_previous.get(query.name)
        stopped = False
        if n >= 1_000_000 and (query.name in HEAVY or query.name in REFERENCE):
            t_rdf, theirs = _rdflib_capped(dataset, text, union, RDFLIB_CAP)
            stopped = t_rdf is None
            if not stopped and t_rdf < RDFLIB_QUICK_HEAVY:  # the capped run was the warm-up
                t_rdf, theirs = median_seconds(lambda: _rdflib_rows(dataset, text, union), repeat=RDFLIB_HEAVY_REPEAT)
            same = f"stopped at {RDFLIB_CAP:.0f} s" if stopped else ("yes" if theirs == mine.rows == mine.rows_mem else "**NO**")
            rdflib_times[query.name] = RDFLIB_CAP if stopped else t_rdf
            if stopped:
                capped.add(query.name)
        elif previous is not None and previous > RDFLIB_BUDGET and query is not SELF_JOIN:
            t_rdf, theirs, same = None, None, "skipped"
            rdflib_times[query.name] = float("inf")
        else:
            t_rdf, theirs = median_seconds(lambda: _rdflib_rows(dataset, text, union), repeat=rdflib_repeat)
            rdflib_times[query.name] = t_rdf
            same = "yes" if theirs == mine.rows == mine.rows_mem else "**NO**"
        slowest = RDFLIB_CAP if stopped else t_rdf
        ratio = _ratio(slowest, t_disk, stopped)
        ratio_run = _ratio(slowest, t_run, stopped)
        answered = t_run if t_run is not None else t_disk  # the self-join is not a saved query: no kg query run
        heavy = " (heavy join)" if query.name in HEAVY else (" (reference, not a saved query)" if query.name in REFERENCE else "")
        target = _check(query.kind, n, answered)
        if query.name in REFERENCE and n >= 1_000_000:
            target = "reference"
        elif query.name in HEAVY and n >= 1_000_000 and slowest:
            target += " ✓30×" if slowest / answered >= SPEEDUP_TARGET else " ✗30×"
        shown = f"> {RDFLIB_CAP:.0f} s" if stopped else fmt_seconds(t_rdf)
        if t_run is not None:
            answers[query.name] = t_run
        lines.append(
            f"| {query.name}{heavy} | {query.kind} | {sum(mine.rows.values()):,} | {fmt_seconds(t_run)} "
            f"| {fmt_seconds(mine.t_print)} | {fmt_seconds(t_disk)} "
            f"| {fmt_seconds(mine.t_mem)} | {shown} | {ratio_run} | {ratio} | {same} | {target} |"
        )
    del dataset
    gc.collect()
    self_join, network = rdflib_times.get(SELF_JOIN.name), answers.get("collaboration-network")
    if self_join and network and self_join != float("inf"):
        lines += ["", (
            f"The collaboration question as asked: `kg query collaboration-network` (edges materialised by "
            f"`kg build`) answers in {fmt_seconds(network)}, rdflib's self-join over all credits in "
            f"{'over ' if SELF_JOIN.name in capped else ''}{fmt_seconds(self_join)}: "
            f"{'over ' if SELF_JOIN.name in capped else ''}{self_join / network:,.0f}×."
        )]
    return "\n".join(lines) + "\n", rdflib_times


def run(*, quick: bool = False) -> str:
    """The Markdown section of the query benchmark."""
    out = [
        "## Queries",
        "",
        __doc__.strip(),
        "",
        f"Targets at 1M triples on the on-disk store: one-entity (bound) queries under "
        f"{BOUND_TARGET * 1000:.0f} ms, whole-graph and quality queries under {WHOLE_TARGET:.0f} s "
        f"(the \"kg query\" column), and that same column at least {SPEEDUP_TARGET}× faster than rdflib on the heavy "
        "joins (\"rdflib ÷ kg query\": the saved query as `kg query` answers it, its final ORDER BY sorted in Python "
        "and its IRIs labelled, against rdflib running the whole query; \"rdflib ÷ on-disk\" is the engine alone, "
        "with the engine's own ORDER BY, shown beside it). "
        "rdflib is skipped at a size when it took more than "
        f"{RDFLIB_BUDGET:.0f} s on the same query at the previous size (except the self-join, "
        "always run: it is the heavy join the materialised mc:Collaboration replaces; not a saved query, it is "
        "shown for reference and not held to the 30× target, which the collaboration question as asked, "
        f"collaboration-network, is); at 1M the heavy joins and the self-join always run on rdflib, stopped after {RDFLIB_CAP:.0f} s (the ratio is then a lower bound). Medians of {REPEAT} runs "
        f"(3 with --quick; rdflib 3, and 1 at 1M, except a heavy join that finishes in under {RDFLIB_QUICK_HEAVY:.0f} s: a median of {RDFLIB_HEAVY_REPEAT} more runs after the capped one); a run over 5 s is repeated once, and no more when the second is over 5 s too. pyoxigraph is timed in a "
        "process of its own for each query, once the store is written out (`os.sync`), as `kg query` runs (the in-memory "
        "copy in one more process, every query in turn).",
        "",
    ]
    previous: dict[str, float] = {}
    for n in sizes(quick):
        section, previous = _size_section(n, quick, previous)
        out.append(section)
    return "\n".join(out)


__all__ = ["run", "Path"]


if __name__ == "__main__":
    # through the module's own name, so the pickled answers name bench.queries._Ours, not __main__._Ours
    from bench.queries import _child as child

    child(int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else None)
