"""The changelog compares a release with the previous one in the same folder."""

from __future__ import annotations

import json
import shutil

from kg.config import PATHS
from kg.publish import publish
from kg.publish.changelog import compare, find_previous

from .conftest import DATE

FILM = b"<https://w3id.org/moroccan-cinema/ontology#Film>"
TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = b"<http://www.w3.org/2000/01/rdf-schema#label>"


def _line(s: str, p: bytes, o: bytes) -> bytes:
    return b"<http://ex/" + s.encode() + b"> " + p + b" " + o + b" .\n"


def test_compare_counts_by_class():
    old = sorted([_line("a", TYPE, FILM), _line("a", LABEL, b'"A"@fr'), _line("gone", TYPE, FILM)])
    new = sorted([_line("a", TYPE, FILM), _line("a", LABEL, b'"A2"@fr'), _line("b", TYPE, FILM), _line("b", LABEL, b'"B"@fr'), _line("c", LABEL, b'"C"')])
    changes = compare("1.1.0", new, ("1.0.0", old))
    assert changes.previous == "1.0.0"
    assert (changes.triples_added, changes.triples_removed) == (4, 2)
    assert changes.entities_added == {"mc:Film": 1} and changes.entities_removed == {"mc:Film": 1}
    assert changes.triples_added_by_class == {"(no mc: class)": 1, "mc:Film": 3}
    assert changes.triples_removed_by_class == {"mc:Film": 2}
    assert changes.examples_added == {"mc:Film": ["http://ex/b"]}


def test_first_release_has_no_previous():
    changes = compare("1.0.0", [_line("a", TYPE, FILM)], None)
    assert changes.previous is None and changes.entities_added == {"mc:Film": 1}


def test_previous_is_the_highest_lower_version(tmp_path):
    for version in ("0.9.0", "1.0.0", "1.10.0", "1.2.0"):
        (tmp_path / version).mkdir()
        (tmp_path / version / "release.json").write_text("{}")
    (tmp_path / "1.5.0").mkdir()  # no release.json: not a release
    assert find_previous(tmp_path, "1.9.0")[0] == "1.2.0"
    assert find_previous(tmp_path, "2.0.0")[0] == "1.10.0"
    assert find_previous(tmp_path, "0.9.0") is None


def test_changelog_between_two_real_releases(release_dir, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(PATHS.data_dir, data)
    releases = tmp_path / "releases"
    shutil.copytree(release_dir, releases / "1.0.0")  # the session's release of the same data
    (data / "works" / "changelog-test-character.trig").write_text(
        "@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .\n"
        "@prefix char: <https://w3id.org/moroccan-cinema/resource/character/> .\n"
        "@prefix src: <https://w3id.org/moroccan-cinema/resource/source/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        'GRAPH src:curation {\n    char:changelog-test-character a mc:Character ;\n        rdfs:label "Test character"@en .\n}\n',
        encoding="utf-8",
    )
    report = publish(releases, version="1.1.0", date=DATE, data_paths=[data])
    assert report.previous == "1.0.0"
    changes = json.loads((releases / "1.1.0" / "changelog.json").read_text(encoding="utf-8"))
    assert changes["previous"] == "1.0.0"
    assert changes["entities_added"] == {"mc:Character": 1}
    assert changes["entities_removed"] == {}
    assert changes["triples_removed"] == 0
    assert changes["triples_added"] >= 2 and changes["triples_added_by_class"]["mc:Character"] == changes["triples_added"]
    text = (releases / "1.1.0" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Compared with release 1.0.0" in text and "char:changelog-test-character" in text
    manifest = json.loads((releases / "1.1.0" / "release.json").read_text(encoding="utf-8"))
    assert manifest["previous"] == "1.0.0"
    assert sorted(p.name for p in releases.iterdir()) == ["1.0.0", "1.1.0"]
