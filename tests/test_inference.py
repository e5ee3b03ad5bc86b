"""Our targeted OWL 2 RL rules give the same closure as owlrl on the real data."""

from __future__ import annotations

from pathlib import Path

import owlrl
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, XSD

from kg.build import load_graph, ontology_files, parse_graph, read_after_inference
from kg.config import PATHS
from kg.disjointness import disjoint_cliques, disjointness_clashes
from kg.inference import LaterReads, materialise
from kg.namespaces import INFERRED_GRAPH, MC, ONTOLOGY_GRAPH, RESOURCE
from kg.owl_axioms import read_schema
from kg.parsing import rdf_files

IGNORED_PREDICATES = {str(OWL.sameAs), str(OWL.differentFrom)}
IGNORED_TYPES = {str(OWL.Thing), str(OWL.NamedIndividual), str(RDFS.Resource)}


def _key(s: str, p: str, o: str) -> tuple[str, str, str]:
    return (s, p, o)


def _rdflib_term(term: rdflib.term.Node) -> str:
    if isinstance(term, rdflib.Literal):
        if term.language:
            return f'"{term}"@{term.language}'
        return f'"{term}"^^<{term.datatype or XSD.string}>'
    return str(term)


def _ox_term(term) -> str:
    if isinstance(term, ox.Literal):
        if term.language:
            return f'"{term.value}"@{term.language}'
        return f'"{term.value}"^^<{term.datatype.value}>'
    return term.value


def _about_data(s: str, p: str, o: str) -> bool:
    if not s.startswith(RESOURCE) or p in IGNORED_PREDICATES:
        return False
    return not (p == str(RDF.type) and o in IGNORED_TYPES)


def owlrl_closure(files: list[Path], ontology: list[Path], rules_dir: Path) -> set[tuple[str, str, str]]:
    graph = rdflib.Graph()
    for path in ontology:
        graph.parse(path, format="turtle")
    dataset = rdflib.Dataset()
    for path in files:
        dataset.parse(path, format="trig" if path.suffix == ".trig" else None)
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    # The project rules are not OWL: apply them first, as kg build does in its first round.
    for rule in sorted(rules_dir.glob("*.rq")):
        for triple in list(graph.query(rule.read_text(encoding="utf-8"))):
            graph.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    # After-closure rules (the collaboration network) run once on the closure, as kg build does.
    for rule in sorted((rules_dir / "after-closure").glob("*.rq")):
        for triple in list(graph.query(rule.read_text(encoding="utf-8"))):
            graph.add(triple)
    return {
        (_rdflib_term(s), _rdflib_term(p), _rdflib_term(o))
        for s, p, o in graph
        if not isinstance(s, rdflib.BNode) and _about_data(str(s), str(p), _rdflib_term(o))
    }


def our_closure(files: list[Path]) -> set[tuple[str, str, str]]:
    store = ox.Store()
    load_graph(store, data_paths=files)
    return {
        (_ox_term(q.subject), _ox_term(q.predicate), _ox_term(q.object))
        for q in store
        if not isinstance(q.subject, ox.BlankNode)
        and _about_data(q.subject.value, q.predicate.value, _ox_term(q.object))
    }


@pytest.mark.slow
def test_same_closure_as_owlrl_on_the_real_data():
    files = list(rdf_files([PATHS.data_dir]))
    assert files, "data/ is empty"
    ours = our_closure(files)
    theirs = owlrl_closure(files, ontology_files(PATHS.ontology_dir), PATHS.rules_dir)
    missing = sorted(theirs - ours)[:10]
    extra = sorted(ours - theirs)[:10]
    assert not missing, f"owlrl infers {len(theirs - ours)} triples we do not, e.g. {missing}"
    assert not extra, f"we infer {len(ours - theirs)} triples owlrl does not, e.g. {extra}"


def _store(ontology: str, data: str) -> ox.Store:
    store = ox.Store()
    prologue = (
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix owl: <http://www.w3.org/2002/07/owl#> ."
        " @prefix x: <http://x/> ."
    )
    store.load(prologue + ontology, format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
    store.load(prologue + data, format=ox.RdfFormat.TURTLE)
    return store


def _inferred(store: ox.Store) -> set[tuple[str, str, str]]:
    return {
        (q.subject.value, q.predicate.value, q.object.value)
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(INFERRED_GRAPH))
    }


def test_inverse_then_chain_then_superproperty():
    store = _store(
        "x:win x:inv x:w . x:w owl:inverseOf x:hasWin . x:r owl:propertyChainAxiom ( x:hasWin x:prize ) ."
        " x:r rdfs:subPropertyOf x:top .",
        "x:win1 x:w x:film ; x:prize x:p .",
    )
    materialise(store)
    assert _inferred(store) == {
        ("http://x/film", "http://x/hasWin", "http://x/win1"),
        ("http://x/film", "http://x/r", "http://x/p"),
        ("http://x/film", "http://x/top", "http://x/p"),
    }


def test_domain_range_and_class_hierarchy():
    store = _store(
        "x:p rdfs:domain x:A ; rdfs:range x:B . x:A rdfs:subClassOf x:C . x:B owl:equivalentClass x:D .",
        'x:a x:p x:b . x:a x:p "literal" .',
    )
    materialise(store)
    rdf_type = str(RDF.type)
    assert _inferred(store) == {
        ("http://x/a", rdf_type, "http://x/A"),
        ("http://x/a", rdf_type, "http://x/C"),
        ("http://x/b", rdf_type, "http://x/B"),
        ("http://x/b", rdf_type, "http://x/D"),
    }


def test_transitive_and_symmetric():
    store = _store(
        "x:in a owl:TransitiveProperty . x:near a owl:SymmetricProperty .",
        "x:a x:in x:b . x:b x:in x:c . x:c x:in x:d . x:a x:near x:b .",
    )
    materialise(store)
    inferred = _inferred(store)
    assert ("http://x/a", "http://x/in", "http://x/d") in inferred
    assert ("http://x/b", "http://x/near", "http://x/a") in inferred


class _CountingStore:
    """A store that counts the queries it answers, to see which rules a round runs."""

    def __init__(self, store: ox.Store) -> None:
        self.store, self.queries = store, []

    def query(self, text, **options):
        self.queries.append(text)
        return self.store.query(text, **options)

    def __getattr__(self, name):
        return getattr(self.store, name)

    def __iter__(self):
        return iter(self.store)


def _rule_runs(tmp_path, declare: bool) -> list[str]:
    """Rule a adds x:b, which rule b reads; which rules each round ran, in order."""
    for name, reads, adds in [("a", "a", "b"), ("b", "b", "c")]:
        header = f"# reads: <http://x/{reads}>\n" if declare else ""
        (tmp_path / f"{name}.rq").write_text(
            f"{header}CONSTRUCT {{ ?s <http://x/{adds}> ?o }} WHERE {{ ?s <http://x/{reads}> ?o "
            f"FILTER NOT EXISTS {{ ?s <http://x/{adds}> ?o }} }}")
    store = _CountingStore(_store("", "x:s x:a x:o ."))
    assert materialise(store, rules_dir=tmp_path) == 2
    assert ("http://x/s", "http://x/c", "http://x/o") in _inferred(store.store)
    return [name for text in store.queries for name in ("a", "b") if f"<http://x/{name}> ?o FILTER" in text]


def test_a_round_runs_only_the_rules_that_read_what_the_last_round_added(tmp_path):
    # Round 1 runs both, round 2 only b (round 1 added x:b), round 3 neither (round 2 added x:c).
    assert _rule_runs(tmp_path, declare=True) == ["a", "b", "b"]


def test_a_rule_that_does_not_declare_what_it_reads_runs_every_round(tmp_path):
    assert _rule_runs(tmp_path, declare=False) == ["a", "b", "a", "b", "a", "b"]


def _triples(store: ox.Store) -> set[ox.Triple]:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(INFERRED_GRAPH))}


def _spilled(store: ox.Store, rules_dir: Path | None, later: LaterReads) -> tuple[int, set, set]:
    """materialise with a spill: (count, inferred triples in the store, triples set aside)."""
    aside: list[ox.Triple] = []
    count = materialise(store, rules_dir=rules_dir, spill=aside.extend, later=later)
    return count, _triples(store), set(aside)


def _values(triples: set[ox.Triple]) -> set[tuple[str, str, str]]:
    return {(t.subject.value, t.predicate.value, t.object.value) for t in triples}


def test_only_what_is_read_afterwards_is_added_to_the_store(tmp_path):
    (tmp_path / "z.rq").write_text(
        "# reads: <http://x/q>\nCONSTRUCT { ?s <http://x/z> ?o } WHERE { ?s <http://x/q> ?o }")
    ontology = "x:p rdfs:subPropertyOf x:q , x:r , x:t . x:A rdfs:subClassOf x:B , x:C ."
    data = "x:a x:p x:b ; a x:A ."
    later = LaterReads(predicates=frozenset({"http://x/r"}), classes=lambda c: c == "http://x/B")
    count, kept, aside = _spilled(_store(ontology, data), tmp_path, later)
    rdf_type = str(RDF.type)
    kept, aside = _values(kept), _values(aside)
    assert kept == {  # read by the rule, by the caller, a type of a class the caller reads
        ("http://x/a", "http://x/q", "http://x/b"),
        ("http://x/a", "http://x/r", "http://x/b"),
        ("http://x/a", rdf_type, "http://x/B"),
    }
    assert aside == {  # read by nobody: a super-property, a type, the rule's own output
        ("http://x/a", "http://x/t", "http://x/b"),
        ("http://x/a", rdf_type, "http://x/C"),
        ("http://x/a", "http://x/z", "http://x/b"),
    }
    assert count == 6
    whole = _store(ontology, data)
    assert materialise(whole, rules_dir=tmp_path) == 6
    assert _inferred(whole) == kept | aside


def test_nothing_is_set_aside_when_a_rule_does_not_say_what_it_reads(tmp_path):
    (tmp_path / "z.rq").write_text("CONSTRUCT { ?s <http://x/z> ?o } WHERE { ?s <http://x/q> ?o }")
    count, kept, aside = _spilled(_store("x:p rdfs:subPropertyOf x:q , x:t .", "x:a x:p x:b ."), tmp_path, LaterReads())
    assert (count, len(kept), aside) == (3, 3, set())


def test_kg_build_keeps_inferred_labels_in_the_store_for_its_label_index():
    from kg.query.label_index import best_labels
    store = _store("x:name rdfs:subPropertyOf rdfs:label .", 'x:a x:name "A"@fr .')
    count, kept, aside = _spilled(store, None, read_after_inference(read_schema(store)))
    assert count == 1 and not aside
    assert best_labels(store) == [("http://x/a", "A", "A", "A")]


@pytest.mark.slow
def test_on_the_real_data_the_store_and_the_set_aside_triples_make_the_whole_closure():
    store, whole = ox.Store(), ox.Store()
    for target in (store, whole):
        parse_graph(target, data_paths=[PATHS.data_dir])
    later = read_after_inference(read_schema(store))
    count, kept, aside = _spilled(store, PATHS.rules_dir, later)
    assert materialise(whole, rules_dir=PATHS.rules_dir) == count == len(kept) + len(aside)
    assert _triples(whole) == kept | aside
    assert aside and not kept & aside
    # what kg build reads afterwards is all in the store: the same entity counts and labels
    from kg.build import entities_per_class
    from kg.query.label_index import best_labels
    assert entities_per_class(store) == entities_per_class(whole)
    assert best_labels(store) == best_labels(whole)


def test_asserted_triples_are_not_copied_into_the_inferred_graph():
    store = _store("x:p rdfs:subPropertyOf x:q .", "x:a x:p x:b ; x:q x:b .")
    assert materialise(store) == 0


def test_disjoint_classes_are_detected():
    store = _store(
        "[] a owl:AllDisjointClasses ; owl:members ( x:Person x:Work x:Place ) . x:Film rdfs:subClassOf x:Work .",
        "x:a a x:Person , x:Film .",
    )
    materialise(store)
    clashes = disjointness_clashes(store, read_schema(store))
    assert [(c.entity, c.class_a, c.class_b) for c in clashes] == [("http://x/a", "http://x/Person", "http://x/Work")]


def test_the_ontology_declares_the_disjointness_it_promises():
    store = ox.Store()
    for path in ontology_files(PATHS.ontology_dir):
        store.load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
    schema = read_schema(store)
    assert frozenset((MC + "Person", MC + "Organization")) in schema.disjoint
    assert frozenset((MC + "Work", MC + "Agent")) in schema.disjoint


def test_every_disjoint_pair_is_checked_whatever_group_it_falls_in():
    axioms = (
        "[] a owl:AllDisjointClasses ; owl:members ( x:Person x:Work x:Place ) ."
        " x:Film owl:disjointWith x:Person . x:Prize owl:disjointWith x:Place ."
    )
    pairs = read_schema(_store(axioms, "")).disjoint
    cliques = disjoint_cliques(tuple(p) for p in pairs)
    covered = {frozenset((a, b)) for clique in cliques for a in clique for b in clique if a != b}
    assert covered == pairs
    for data, expected in [
        ("x:a a x:Prize , x:Place .", [("http://x/a", "http://x/Place", "http://x/Prize")]),
        ("x:a a x:Film , x:Person .", [("http://x/a", "http://x/Film", "http://x/Person")]),
        ("x:a a x:Prize , x:Person , x:Film .", [("http://x/a", "http://x/Film", "http://x/Person")]),
        ("x:a a x:Prize , x:Work . x:b a x:Film , x:Place .", []),
    ]:
        store = _store(axioms, data)
        clashes = disjointness_clashes(store, read_schema(store))
        assert [(c.entity, c.class_a, c.class_b) for c in clashes] == expected, data
