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
