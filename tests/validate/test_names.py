"""The ASCII shortcut of the duplicate keys agrees with kg.names.normalise_name."""

from __future__ import annotations

import random
import string

from kg.names import normalise_name
from kg.validate.names import name_key


def test_ascii_shortcut_equals_normalise_name():
    rng = random.Random(7)
    samples = ["Nour-Eddine LAKHMARI", "L'Amante du Rif", "Film_de banc 3", "a`b'c", "  --  ", "Zero (2012)"]
    samples += ["".join(rng.choice(string.printable) for _ in range(rng.randint(0, 30))) for _ in range(2000)]
    for text in samples:
        assert name_key(text) == normalise_name(text), repr(text)
    assert name_key("Zéro") == normalise_name("Zéro") == "zero"


def test_same_named_in_the_store_finds_what_a_scan_of_every_name_finds():
    """The store narrows the names it returns (a subsequence test on their ASCII letters); the
    entities found must be exactly those a key comparison of every name of the graph finds."""
    import pyoxigraph as ox

    from kg.validate.context import MAX_STORE_PASSES, ContextFetcher, subsequence_patterns
    from kg.validate.names import NAME_PROPERTIES

    spellings = ["Zéro", "ZERO", "zero!", "Zéro (2012)", "Zero2012", "ﬁlm noir", "Film Noir", "Film\nNoir",
                 "فيلم 12", "فيلم ١٢", "Øistein", "oistein", "²zero", "Ｚｅｒｏ", "Kamal Lazraq", "K.A.M.A.L",
                 "L'Amante du Rif", "lamantedurif", "كزا نكرا", "کزا نكرا", "", "  --  ", "Société 00123"]
    rng = random.Random(11)
    spellings += ["".join(rng.choice(string.ascii_letters + "éèüß- '") for _ in range(rng.randint(1, 8))) for _ in range(300)]
    store = ox.Store()
    entity = "https://example.org/entity/"
    for i, text in enumerate(spellings):
        predicate = NAME_PROPERTIES[i % len(NAME_PROPERTIES)]
        literal = ox.Literal(text, language="fr") if i % 3 else ox.Literal(text)
        store.add(ox.Quad(ox.NamedNode(f"{entity}{i}"), predicate, literal, ox.NamedNode(f"{entity}graph")))
    store.add(ox.Quad(ox.BlankNode("b"), NAME_PROPERTIES[0], ox.Literal("Zéro")))

    def found(names: set[str]) -> set[str]:
        return {q.subject.value for q in ContextFetcher(store).same_named(names, exclude={ox.NamedNode(f"{entity}0")})}

    def scanned(names: set[str]) -> set[str]:
        return {f"{entity}{i}" for i, text in enumerate(spellings) if i and name_key(text) in names}

    # same_named returns identity facts, and these entities have only names as facts
    for names in ({"zero"}, {"filmnoir", "zero2012"}, {"فيلم12"}, {"oistein", "kamallazraq"}, {"كزانكرا"},
                  {name_key(t) for t in spellings[:40] if name_key(t)}, {"nothinglikeit"}):
        assert found(names) == scanned(names), names
    # several passes over the names, then more names than passes allow (a scan in Python)
    fillers = ["".join(rng.choice(string.ascii_lowercase) for _ in range(30)) for _ in range(2_000)]
    several = set(fillers[:150]) | {"zero", "filmnoir", "فيلم12"}
    assert 1 < len(subsequence_patterns(several)) <= MAX_STORE_PASSES
    assert found(several) == scanned(several) != set()
    many = set(fillers) | {"zero", "oistein"}
    assert len(subsequence_patterns(many)) > MAX_STORE_PASSES
    assert found(many) == scanned(many) != set()


def test_a_pattern_the_store_cannot_compile_is_detected():
    """pyoxigraph refuses a regular expression over its size limit, and a FILTER on the error
    would silently keep no name: the fetcher must see it and scan instead."""
    import pyoxigraph as ox

    from kg.validate.context import ContextFetcher, subsequence_patterns

    rng = random.Random(5)
    names = {"".join(rng.choice(string.ascii_lowercase) for _ in range(30)) for _ in range(2_000)}
    fetcher = ContextFetcher(ox.Store())
    assert all(fetcher._compiles(p) for p in subsequence_patterns(names))
    assert not fetcher._compiles("^(?:" + "|".join(b.replace("", "?")[1:] for b in sorted(names)) + ")$")
