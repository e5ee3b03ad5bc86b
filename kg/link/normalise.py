"""How alike two names are, across the ways Moroccan names and titles are transliterated.

Built on :mod:`kg.names` (the shared keys: strict :func:`~kg.names.normalise_name`, looser
:func:`~kg.names.name_keys`) and rapidfuzz for the remaining spelling noise. Names in
different scripts are never compared (a Latin name against an Arabic label scores 0): a
transliteration between them is too lossy to be evidence.

>>> name_similarity("Nour-Eddine Lakhmari", "Noureddine Lakhmari")
1.0
>>> name_similarity("Mohammed Benbrahim", "Mohamed Benbrahim")
0.95
>>> name_similarity("کزا نكرا", "كازا نكرا") > 0.85
True
>>> name_similarity("Casanegra", "كازانيكرا")
0.0
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz

from kg.names import fold, name_keys, normalise_name

#: Similarity given to names that share a loose key (probably one name, spelled two ways).
KEY_MATCH = 0.95
#: Fuzzy similarity is capped below KEY_MATCH: spelling noise never beats a shared key.
FUZZY_CAP = 0.94


def script(text: str) -> str:
    """``arabic`` when the text holds Arabic letters, else ``latin``.

    >>> script("النظرة"), script("Le Regard")
    ('arabic', 'latin')
    """
    return "arabic" if any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text) else "latin"


def name_similarity(a: str, b: str) -> float:
    """1.0 for the same spelling, 0.95 for a shared loose key, else fuzzy (≤ 0.94), 0 across scripts.

    >>> name_similarity("Fatima Ezzahra El Jaouhari", "Fatima-Zahra El Jaouhari")
    0.95
    >>> name_similarity("Younès Bouab", "Younes Bouab")
    1.0
    >>> name_similarity("Anas El Baz", "Anas Elbaz")
    1.0
    >>> name_similarity("Omar Lotfi", "Omar Sy") < 0.7
    True
    """
    if not a.strip() or not b.strip() or script(a) != script(b):
        return 0.0
    strict_a, strict_b = normalise_name(a), normalise_name(b)
    if strict_a == strict_b:
        return 1.0
    if name_keys(a) & name_keys(b):
        return KEY_MATCH
    ratio = max(fuzz.ratio(strict_a, strict_b), fuzz.token_sort_ratio(fold(a), fold(b))) / 100
    return round(min(ratio, FUZZY_CAP), 3)


def best_match(ours: Iterable[str], theirs: Iterable[str]) -> tuple[float, str, str]:
    """The most alike pair of names: (similarity, our name, their name).

    >>> best_match(["Le Regard", "النظرة", "Blikket"], ["The Gaze", "Blikket"])
    (1.0, 'Blikket', 'Blikket')
    """
    best = (0.0, "", "")
    theirs = list(theirs)
    for mine in ours:
        for other in theirs:
            score = name_similarity(mine, other)
            if score > best[0]:
                best = (score, mine, other)
                if score == 1.0:
                    return best
    return best


__all__ = ["best_match", "name_similarity", "script", "fold", "name_keys", "normalise_name"]
