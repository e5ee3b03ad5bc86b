"""The release's description in VoID and DCAT (``void.ttl``): counts, licence, version, downloads.

Every node is an IRI (fragments of the release's dataset IRI), so the file has no blank
nodes and serialises to the same bytes every time.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import PREFIXES, RESOURCE, shorten
from kg.publish import rdfio
from kg.publish.dumps import Download
from kg.publish.metadata import DATASET, DESCRIPTION, TITLE, ReleaseInfo
from kg.publish.stats import Stats

VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
SPDX = "http://spdx.org/rdf/terms#"
IANA = "https://www.iana.org/assignments/media-types/"
DCT = PREFIXES["dct"]
XSD = PREFIXES["xsd"]
RDF = PREFIXES["rdf"]
OWL = PREFIXES["owl"]

#: Prefixes of void.ttl: the project's and the description vocabularies.
VOID_PREFIXES = {**PREFIXES, "void": VOID, "dcat": DCAT, "spdx": SPDX}

#: Classes whose first instances are given as example resources.
EXAMPLE_CLASSES = ("Film", "Person", "Organization", "Festival", "Edition", "Prize")


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _int(value: int, datatype: str = "integer") -> ox.Literal:
    return ox.Literal(str(value), datatype=_n(XSD + datatype))


def _fragment(kind: str, iri: str) -> str:
    """A readable, stable fragment for a class or property partition."""
    short = shorten(iri)
    if re.fullmatch(r"[A-Za-z][\w-]*:[\w.-]+", short):
        return f"{kind}-{short.replace(':', '-')}"
    return f"{kind}-{hashlib.sha256(iri.encode()).hexdigest()[:16]}"


def void_triples(info: ReleaseInfo, stats: Stats, downloads: list[Download], sizes: dict[str, int], checksums: dict[str, str]) -> list[ox.Triple]:
    """The VoID/DCAT description of a release as triples."""
    ds = _n(info.dataset_iri)
    t: list[ox.Triple] = []

    def add(s: ox.NamedNode, p: str, o) -> None:
        t.append(ox.Triple(s, _n(p), o))

    add(ds, RDF + "type", _n(VOID + "Dataset"))
    add(ds, RDF + "type", _n(DCAT + "Dataset"))
    for lang in ("en", "fr"):
        add(ds, DCT + "title", ox.Literal(TITLE[lang], language=lang))
        add(ds, DCT + "description", ox.Literal(DESCRIPTION[lang], language=lang))
    add(ds, DCT + "isVersionOf", _n(DATASET))
    add(ds, DCAT + "version", ox.Literal(info.version))
    add(ds, OWL + "versionInfo", ox.Literal(info.version))
    add(ds, DCT + "issued", ox.Literal(info.date, datatype=_n(XSD + "date")))
    if info.previous_version:
        add(ds, DCAT + "previousVersion", _n(f"{DATASET}/{info.previous_version}"))
    if info.license:
        add(ds, DCT + "license", _n(info.license))
    for creator in info.creators:
        add(ds, DCT + "creator", ox.Literal(creator))
    add(ds, VOID + "uriSpace", ox.Literal(RESOURCE))
    add(ds, VOID + "vocabulary", _n(PREFIXES["mc"]))
    add(ds, VOID + "feature", _n("http://www.w3.org/ns/formats/N-Quads"))
    add(ds, VOID + "feature", _n("http://www.w3.org/ns/formats/Turtle"))
    if info.sparql_endpoint:
        add(ds, VOID + "sparqlEndpoint", _n(info.sparql_endpoint))
        service = _n(info.dataset_iri + "#sparql")
        add(service, RDF + "type", _n(DCAT + "DataService"))
        add(service, DCAT + "endpointURL", _n(info.sparql_endpoint))
        add(service, DCAT + "servesDataset", ds)

    # counts of the default-graph view
    add(ds, VOID + "triples", _int(stats.triples))
    add(ds, VOID + "entities", _int(stats.entities))
    add(ds, VOID + "distinctSubjects", _int(stats.distinct_subjects))
    add(ds, VOID + "distinctObjects", _int(stats.distinct_objects))
    add(ds, VOID + "classes", _int(len(stats.per_class)))
    add(ds, VOID + "properties", _int(len(stats.per_property)))
    for cls, n in stats.per_class.items():
        part = _n(f"{info.dataset_iri}#{_fragment('class', cls)}")
        add(ds, VOID + "classPartition", part)
        add(part, VOID + "class", _n(cls))
        add(part, VOID + "entities", _int(n))
    for prop, n in stats.per_property.items():
        part = _n(f"{info.dataset_iri}#{_fragment('property', prop)}")
        add(ds, VOID + "propertyPartition", part)
        add(part, VOID + "property", _n(prop))
        add(part, VOID + "triples", _int(n))
    for key, n, label in (("asserted", stats.asserted, "asserted data"), ("inferred", stats.inferred, "inferred triples"), ("ontology", stats.ontology, "ontology and vocabularies")):
        subset = _n(f"{info.dataset_iri}#{key}")
        add(ds, VOID + "subset", subset)
        add(subset, RDF + "type", _n(VOID + "Dataset"))
        add(subset, DCT + "title", ox.Literal(label, language="en"))
        add(subset, VOID + "triples", _int(n))
    mc = PREFIXES["mc"]
    for name in EXAMPLE_CLASSES:
        members = [iri for iri in stats.instances.get(mc + name, []) if iri.startswith(RESOURCE)]
        if members:
            add(ds, VOID + "exampleResource", _n(members[0]))

    # downloads
    for i, download in enumerate(downloads, 1):
        dist = _n(f"{info.dataset_iri}#download-{i:02d}")
        url = _n(info.url(download.path))
        add(ds, DCAT + "distribution", dist)
        if download.kind in ("dataset", "default-graph"):
            add(ds, VOID + "dataDump", url)
        add(dist, RDF + "type", _n(DCAT + "Distribution"))
        add(dist, DCT + "title", ox.Literal(download.title_en, language="en"))
        add(dist, DCT + "title", ox.Literal(download.title_fr, language="fr"))
        add(dist, DCAT + "downloadURL", url)
        add(dist, DCAT + "accessURL", url)
        add(dist, DCAT + "mediaType", _n(IANA + download.media_type))
        if download.compressed:
            add(dist, DCAT + "compressFormat", _n(IANA + "application/gzip"))
        if info.license:
            add(dist, DCT + "license", _n(info.license))
        add(dist, DCAT + "byteSize", _int(sizes[download.path], "nonNegativeInteger"))
        checksum = _n(f"{info.dataset_iri}#download-{i:02d}-sha256")
        add(dist, SPDX + "checksum", checksum)
        add(checksum, RDF + "type", _n(SPDX + "Checksum"))
        add(checksum, SPDX + "algorithm", _n(SPDX + "checksumAlgorithm_sha256"))
        add(checksum, SPDX + "checksumValue", ox.Literal(checksums[download.path], datatype=_n(XSD + "hexBinary")))
    return t


def write_void(path: Path, info: ReleaseInfo, stats: Stats, downloads: list[Download], release: Path) -> None:
    """Write ``void.ttl``: sizes and SHA-256 of each download are read from ``release``."""
    from kg.publish.checksums import sha256_file

    sizes = {d.path: (release / d.path).stat().st_size for d in downloads}
    checksums = {d.path: sha256_file(release / d.path) for d in downloads}
    triples = void_triples(info, stats, downloads, sizes, checksums)
    lines = sorted(set(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).splitlines(keepends=True)))
    rdfio.write_bytes(path, rdfio.turtle(rdfio.parse_lines(lines), VOID_PREFIXES))
