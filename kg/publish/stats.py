"""What a release holds, counted once from the snapshot: triples, entities per class, per property.

The counts describe the default-graph view (distinct triples of all graphs, what a SPARQL
query sees), as VoID expects; subsets count the asserted data, the inferred triples and
the ontology apart.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import RDF_TYPE, RESOURCE
from kg.publish import rdfio
from kg.publish.snapshot import Snapshot


@dataclass
class Stats:
    """Counts of the default-graph view of a release."""

    triples: int
    asserted: int
    inferred: int
    ontology: int
    entities: int  # distinct subjects in the resource namespace
    distinct_subjects: int
    distinct_objects: int
    per_class: dict[str, int] = field(default_factory=dict)  # class IRI -> distinct instances
    per_property: dict[str, int] = field(default_factory=dict)  # property IRI -> triples
    instances: dict[str, list[str]] = field(default_factory=dict)  # class IRI -> sorted instance IRIs


def count(snapshot: Snapshot) -> Stats:
    """Count ``snapshot``'s default-graph view (one pass over its triples)."""
    per_property: Counter[str] = Counter()
    typed: dict[str, set[str]] = defaultdict(set)
    subjects: set[str] = set()
    objects: set[str] = set()
    for triple in rdfio.parse_lines(snapshot.union):
        predicate = triple.predicate.value
        per_property[predicate] += 1
        subject = str(triple.subject)
        subjects.add(subject)
        objects.add(str(triple.object))
        if predicate == RDF_TYPE and isinstance(triple.object, ox.NamedNode):
            typed[triple.object.value].add(subject)
    instances = {
        cls: sorted(s[1:-1] for s in members if s.startswith("<"))
        for cls, members in typed.items()
    }
    return Stats(
        triples=len(snapshot.union),
        asserted=len(snapshot.asserted),
        inferred=len(snapshot.inferred),
        ontology=len(snapshot.ontology),
        entities=sum(1 for s in subjects if s.startswith("<" + RESOURCE)),
        distinct_subjects=len(subjects),
        distinct_objects=len(objects),
        per_class={cls: len(members) for cls, members in sorted(typed.items())},
        per_property=dict(sorted(per_property.items())),
        instances=instances,
    )
