"""``kg build``: parse the ontology and the data, infer, check, and write the store atomically.

>>> import kg
>>> report = kg.build(store_path=None)          # doctest: +SKIP
>>> report.asserted, report.inferred            # doctest: +SKIP
(5321, 9012)
"""

from __future__ import annotations

import ctypes
import json
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.config import PATHS, default_store_path
from kg.cores import worker_count
from kg.disjointness import disjointness_clashes
from kg.errors import KGError
from kg.graph_dump import Graph, GraphParts, dump_graphs, dumped_files, graph_files, write_index
from kg.inference import LaterReads, materialise
from kg.namespaces import INFERRED_GRAPH, MC, ONTOLOGY_GRAPH, PREFIXES, shorten
from kg.owl_axioms import Schema, read_schema
from kg.parsing import load_file, rdf_files
from kg.query.label_index import write_label_index
from kg.query.labels import LABEL_PROPERTIES
from kg.store import discard_generation, new_generation, publish_generation
from kg.store_writer import StoreWriter

#: Called after each file is parsed: (files done, files in all, path).
Progress = Callable[[int, int, Path], None]


class StepTimer:
    """Wall and CPU seconds of consecutive steps: ``lap(name)`` closes the step named ``name``.

    ``cpu`` counts every thread of the process, ``thread`` only the one that runs the steps:
    while it infers, another thread writes the asserted graphs, and ``thread`` tells the two
    apart (inference is Python on one core, the part of a build no second core can share).
    """

    def __init__(self) -> None:
        self.steps: dict[str, dict[str, float]] = {}
        self._wall, self._cpu, self._thread = time.perf_counter(), time.process_time(), time.thread_time()

    def lap(self, name: str) -> None:
        wall, cpu, thread = time.perf_counter(), time.process_time(), time.thread_time()
        self.steps[name] = {"wall": round(wall - self._wall, 3), "cpu": round(cpu - self._cpu, 3),
                            "thread": round(thread - self._thread, 3)}
        self._wall, self._cpu, self._thread = wall, cpu, thread


@dataclass
class BuildReport:
    """What a build did: how many files and triples, and entities per class."""

    store: str | None
    files: int
    ontology_triples: int
    asserted: int
    inferred: int
    seconds: float
    entities_per_class: dict[str, int] = field(default_factory=dict)
    #: Wall and CPU seconds of each step (CPU of every thread, and of the building thread), to
    #: see where a build's time goes.
    steps: dict[str, dict[str, float]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def ontology_files(ontology_dir: Path) -> list[Path]:
    """The ontology's Turtle files (the rules folder holds SPARQL, not RDF)."""
    return sorted(ontology_dir.glob("*.ttl"))


def parse_graph(
    store: ox.Store,
    *,
    data_paths: Iterable[Path | str],
    ontology_dir: Path | None = None,
    progress: Progress | None = None,
) -> tuple[int, int, int]:
    """Load the ontology (into its graph) and the data into ``store``; return (files, ontology
    triples, asserted triples)."""
    ontology_dir = ontology_dir or PATHS.ontology_dir
    onto = ontology_files(ontology_dir)
    data = list(rdf_files(data_paths))
    files = onto + data
    graph = ox.NamedNode(ONTOLOGY_GRAPH)
    for i, path in enumerate(files, 1):
        load_file(store, path, graph=graph if path in onto else None)
        if progress:
            progress(i, len(files), path)
    ontology_triples = sum(1 for _ in store.quads_for_pattern(None, None, None, graph))
    return len(files), ontology_triples, len(store) - ontology_triples


def load_graph(
    store: ox.Store,
    *,
    data_paths: Iterable[Path | str],
    ontology_dir: Path | None = None,
    rules_dir: Path | None = None,
    progress: Progress | None = None,
) -> tuple[int, int, int, int]:
    """Load ontology and data into ``store`` and infer; return (files, ontology, asserted, inferred).

    Shared by ``kg build`` (on-disk store) and ``kg validate`` (an in-memory store holding
    the graph plus a contribution), so both see the same inferences.
    """
    files, onto, asserted = parse_graph(store, data_paths=data_paths, ontology_dir=ontology_dir, progress=progress)
    inferred = materialise(store, rules_dir=rules_dir if rules_dir is not None else PATHS.rules_dir)
    return files, onto, asserted, inferred


def entities_per_class(store: ox.Store) -> dict[str, int]:
    """Distinct entities of every class of the ontology's own namespace, after inference."""
    query = f"""SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {{
        ?x a ?class . FILTER(STRSTARTS(STR(?class), "{MC}"))
        FILTER NOT EXISTS {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?x ?p ?o }} }}
    }} GROUP BY ?class ORDER BY ?class"""
    rows = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    return {shorten(row["class"].value): int(row["n"].value) for row in rows}


def read_after_inference(schema: Schema) -> LaterReads:
    """What ``kg build`` reads in its in-memory store once inference is done, so inference keeps
    those inferred triples there and writes the rest straight out: the labels (for the label
    index), the types of the ontology's own classes (:func:`entities_per_class`) and of the
    classes declared disjoint (:func:`disjointness_clashes`)."""
    disjoint = frozenset().union(*schema.disjoint)
    return LaterReads(
        predicates=frozenset(p.strip("<>") for p in LABEL_PROPERTIES),
        classes=lambda c: c.startswith(MC) or c in disjoint,
    )


def release_freed_memory() -> None:
    """Give the memory freed so far back to the system (glibc's ``malloc_trim``; a no-op elsewhere).

    Why: the in-memory store's pages, once freed, stay in the main thread's malloc arena, where
    the bulk loader's worker threads cannot always reuse them. At 1M synthetic triples the
    write step's peak was 1.3 GB with this call, and 1.3 or 1.8 GB without it, depending on
    which arenas the loader's threads happened to get.
    """
    try:
        libc = ctypes.CDLL(None)
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)


def _dump_and_load(store: ox.Store, generation: Path, files: dict[Graph, str], writer: StoreWriter) -> list[list]:
    """Dump the graphs ``store`` holds now (the asserted ones, the ontology) beside the store
    and load them into it, one piece at a time: the second core's work while the first infers.
    Return the graph dump's index entries."""
    entries = dump_graphs(store, generation, files, [g for g in files if g != ox.NamedNode(INFERRED_GRAPH)])
    writer.load(dumped_files(generation, entries), workers=1)
    return entries


def build(
    *,
    store_path: Path | str | None = None,
    data_paths: Iterable[Path | str] | None = None,
    ontology_dir: Path | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    """Build the graph into a new store generation and make it current, atomically.

    On any error (syntax, inconsistency) the new generation is discarded and the previous
    store is left exactly as it was.
    """
    started = time.perf_counter()
    timer = StepTimer()
    path = Path(store_path) if store_path else default_store_path()
    generation = new_generation(path)
    try:
        # Parse and infer in memory (several times faster than RocksDB for the many reads and
        # writes of inference), then write the on-disk store in bulk (kg.store_writer).
        store = ox.Store()
        files, onto, asserted = parse_graph(
            store,
            data_paths=list(data_paths) if data_paths is not None else [PATHS.data_dir],
            ontology_dir=ontology_dir,
            progress=progress,
        )
        timer.lap("parse")
        writer = StoreWriter(generation / "oxigraph")
        inferred_graph = ox.NamedNode(INFERRED_GRAPH)
        # Every graph is dumped as N-Triples beside the store, for kg publish (kg.graph_dump),
        # and the store is filled from those files. The asserted graphs no longer change once
        # parsed, so they are dumped and loaded on the second core while this thread infers
        # (inference is mostly Python, on one core); the inferred graph is dumped afterwards.
        # ``None``: a graph named by a blank node, so no graph dump: one N-Quads dump instead.
        files_of = graph_files([*store.named_graphs(), inferred_graph])
        nquads = generation / "graph.nq.tmp"
        schema = read_schema(store)
        # The inferred triples nothing reads in memory any more are written straight to part
        # files of the inferred graph's dump (at 1M synthetic triples 1.78M of 2.23M: adding a
        # triple to the in-memory store costs about 3 µs, serialising it under 1 µs).
        aside = GraphParts(generation, files_of, inferred_graph) if files_of else None
        with ThreadPoolExecutor(max_workers=3) as pool:
            try:
                early = pool.submit(_dump_and_load, store, generation, files_of, writer) if files_of else None
                inferred = materialise(store, rules_dir=PATHS.rules_dir, spill=aside.write if aside else None,
                                       later=read_after_inference(schema))
                timer.lap("infer")
                # Read-only passes over the finished graph, side by side: pyoxigraph releases
                # the GIL while it evaluates a query or serialises, so the count and the dump run
                # in threads while this thread checks disjointness and indexes the labels (both
                # mostly Python, for kg query: kg.query.label_index).
                counting = pool.submit(entities_per_class, store)
                if files_of:
                    dumping = pool.submit(dump_graphs, store, generation, files_of, [inferred_graph])
                else:
                    dumping = pool.submit(store.dump, output=str(nquads), format=ox.RdfFormat.N_QUADS)
                clashes = disjointness_clashes(store, schema)
                write_label_index(store, generation)
                classes = counting.result()
                last = dumping.result()
                first = early.result() if early else None
            except BaseException:
                writer.stop()
                raise
        timer.lap("check, count and dump")
        if clashes:
            more = f" (and {len(clashes) - 1} more)" if len(clashes) > 1 else ""
            raise KGError(f"the graph is inconsistent: {clashes[0]}{more}. Fix the rdf:type of that entity.")
        report = BuildReport(
            store=str(path),
            files=files,
            ontology_triples=onto,
            asserted=asserted,
            inferred=inferred,
            seconds=round(time.perf_counter() - started, 3),
            entities_per_class=classes,
        )
        # The in-memory store is freed before RocksDB's bulk loaders fill their own buffers.
        del store
        release_freed_memory()
        if files_of:
            last += aside.entries
            write_index(generation, first + last)
            writer.load(dumped_files(generation, last), workers=worker_count())
        else:
            writer.load([(nquads, None)], workers=worker_count())
            nquads.unlink()
        writer.finish()
        timer.lap("write")
        report.steps = timer.steps
        report.seconds = round(time.perf_counter() - started, 3)
        (generation / "build.json").write_text(json.dumps(report.to_dict(), indent=2, sort_keys=True) + "\n")
        publish_generation(path, generation)
        return report
    except BaseException:
        discard_generation(generation)
        raise


__all__ = ["BuildReport", "build", "load_graph", "entities_per_class", "INFERRED_GRAPH"]
