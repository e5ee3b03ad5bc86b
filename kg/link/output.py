"""The links as RDF: ``skos:exactMatch`` triples in the named graph ``src:wikidata-links``.

``skos:exactMatch`` (not ``owl:sameAs``): the ontology declares it an annotation property, so
OWL RL inference does not merge our entity with the Wikidata item and Wikidata's statements
never flow into our curated facts. The graph's source entity (data/sources/) says which
endpoint the links came from and when, as the house style asks of every graph.
"""

from __future__ import annotations

from kg.namespaces import PREFIXES, turtle_prologue

LINKS_GRAPH = "src:wikidata-links"
ENRICHMENT_GRAPH = "src:wikidata-enrichment"


def _literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def links_trig(links: dict[str, str]) -> str:
    """TriG of the links: our CURIE → Q-id, sorted, in the graph ``src:wikidata-links``.

    >>> print(links_trig({"work:zero": "Q9990003"}).splitlines()[-3])
        work:zero skos:exactMatch wd:Q9990003 .
    """
    lines = [turtle_prologue(), f"GRAPH {LINKS_GRAPH} {{", ""]
    lines += [f"    {subject} skos:exactMatch wd:{q} ." for subject, q in sorted(links.items())]
    lines += ["", "}", ""]
    return "\n".join(lines)


def links_turtle(links: dict[str, str]) -> str:
    """Plain Turtle of the links (``kg link --out``)."""
    body = [f"{subject} skos:exactMatch wd:{q} ." for subject, q in sorted(links.items())]
    return turtle_prologue() + "\n" + "\n".join(body) + ("\n" if body else "")


def source_trig(graph: str, *, title: str, description: str, endpoint: str, date: str) -> str:
    """The mc:Source describing a graph written by a tool from a SPARQL endpoint."""
    return "\n".join([
        turtle_prologue(),
        f"GRAPH {graph} {{",
        "",
        f"    {graph} a mc:Source ;",
        f"        rdfs:label {_literal(title)}@en ;",
        f"        dct:description {_literal(description)}@en ;",
        "        dct:type \"tool output\"@en ;",
        f"        mc:url {_literal(endpoint)} ;",
        f"        dct:date \"{date}\"^^xsd:date ;",
        f"        prov:wasGeneratedBy [ a prov:Activity ; prov:used <{endpoint}> ; prov:endedAtTime \"{date}\"^^xsd:date ] .",
        "",
        "}",
        "",
    ])


def links_source_trig(*, endpoint: str, date: str, count: int) -> str:
    return source_trig(
        LINKS_GRAPH,
        title="Links to Wikidata (kg link)",
        description=(
            f"{count} links of our entities to Wikidata items (skos:exactMatch), found by `kg link` against {endpoint} "
            "and accepted automatically or by a reviewer; every link and candidate, with its evidence, is in "
            "mappings/wikidata.sssom.tsv."
        ),
        endpoint=endpoint,
        date=date,
    )


__all__ = ["LINKS_GRAPH", "ENRICHMENT_GRAPH", "PREFIXES", "links_trig", "links_turtle", "links_source_trig", "source_trig"]
