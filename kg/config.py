"""Where the project's parts live: ontology, data, shapes, queries and the built store.

Defaults come from the repository layout; ``KG_STORE`` overrides the store location, and
every command takes ``--store`` too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

#: The repository root: the folder holding ``ontology/`` and ``data/``.
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Paths:
    """The folders of one checkout of the project."""

    root: Path = ROOT

    @property
    def ontology_dir(self) -> Path:
        return self.root / "ontology"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def shapes_dir(self) -> Path:
        return self.root / "shapes"

    @property
    def queries_dir(self) -> Path:
        return self.root / "queries"

    @property
    def rules_dir(self) -> Path:
        return self.root / "ontology" / "rules"


PATHS = Paths()


def default_store_path() -> Path:
    """The store ``kg build`` writes and ``kg query`` reads: ``$KG_STORE`` or ``.kg/store``."""
    env = os.environ.get("KG_STORE")
    return Path(env) if env else PATHS.root / ".kg" / "store"
