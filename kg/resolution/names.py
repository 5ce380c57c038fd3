"""The forms of a name that entity resolution compares: folded keys, initials, block keys.

Everything starts from :func:`kg.ingest.normalize.name_key` (case, punctuation, a leading
"the" and legal-form suffixes do not matter), so a pair that import-table would have
linked always shares a block here.
"""

from __future__ import annotations

import functools
import unicodedata

from kg.ingest.normalize import is_meaningful_name, name_key

__all__ = ["block_keys", "initials", "match_key", "name_similarity"]


@functools.lru_cache(maxsize=200_000)
def match_key(name: str) -> str:
    """:func:`name_key` with accents transliterated away: the form names are compared in.

    >>> match_key("Société Générale"), match_key("The Facebook, Inc.")
    ('societe generale', 'facebook')
    """
    key = name_key(name)
    decomposed = unicodedata.normalize("NFKD", key)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # A script with no Latin form (上海) keeps its own letters rather than vanish.
    return " ".join(folded.split()) or key


def initials(key: str) -> str | None:
    """The initials of a key of two words or more, the form an acronym takes.

    >>> initials("international business machines"), initials("ibm")
    ('ibm', None)
    """
    words = key.split()
    return "".join(w[0] for w in words) if len(words) >= 2 else None


def block_keys(name: str) -> set[tuple[str, str]]:
    """The blocks a name falls in: its key (``k``), its key without spaces (``c``), each
    word of two characters or more (``t``), its initials when it has two words or more
    (``i``) and, when it is one short word, that word as an acronym (``a``). Junk names
    fall in none. An ``a`` block pairs only with the ``i`` block of the same letters.

    >>> sorted(block_keys("LG Electronics Inc."))
    [('c', 'lgelectronics'), ('i', 'le'), ('k', 'lg electronics'), ('t', 'electronics'), ('t', 'lg')]
    >>> sorted(block_keys("IBM"))
    [('a', 'ibm'), ('c', 'ibm'), ('k', 'ibm'), ('t', 'ibm')]
    >>> block_keys("????")
    set()
    """
    if not is_meaningful_name(name):
        return set()
    key = match_key(name)
    keys = {("k", key), ("c", key.replace(" ", ""))}
    words = key.split()
    keys.update(("t", w) for w in words if len(w) >= 2)
    acronym = initials(key)
    if acronym:
        keys.add(("i", acronym))
    elif 2 <= len(key) <= 6:
        keys.add(("a", key))
    return keys


def name_similarity(a: str, b: str) -> tuple[float, str]:
    """How alike two names are, 0 to 1, and why, in words.

    Equal keys score 1; equal once spaces are dropped 0.95 (five letters or more); names
    that differ in a number (digits or a Roman numeral) 0.5; an acronym of three letters
    or more and the initials it stands for 0.6 (a guess other evidence must confirm); one
    name the leading words of the other 0.75 (0.65 when it is one word); otherwise the
    Dice coefficient of the two keys' letter pairs, capped by that of the words that
    differ when both names have words the other lacks, and at most 0.7 when one name is
    the other's words and more.

    >>> name_similarity("Facebook, Inc.", "facebook")
    (1.0, "same normalised name 'facebook'")
    >>> name_similarity("IBM", "International Business Machines")[0]
    0.6
    >>> name_similarity("Golden Gate Ventures", "Golden Pine Ventures")[0]
    0.6
    >>> name_similarity("14th Five-Year Plan", "15th Five-Year Plan")
    (0.5, "numbers differ ('14th Five-Year Plan' / '15th Five-Year Plan')")
    """
    ka, kb = match_key(a), match_key(b)
    if ka == kb:
        return 1.0, f"same normalised name {ka!r}"
    if ka.replace(" ", "") == kb.replace(" ", "") and len(ka.replace(" ", "")) >= 5:
        # Short ones meet by chance: "A.M. Holdings" and "Am" are "am" both.
        return 0.95, f"same name without spaces ({a!r} / {b!r})"
    words_a, words_b = ka.split(), kb.split()
    differ = [w for w in words_a if w not in words_b] + [w for w in words_b if w not in words_a]
    if any(_is_number(w) for w in differ) and len(words_a) + len(words_b) > 2:
        # Fund II and Fund III, the 14th and the 15th plan: a number is what tells them apart.
        return 0.5, f"numbers differ ({a!r} / {b!r})"
    short, long_ = sorted((ka, kb), key=len)
    if " " not in short and len(short) >= 3 and initials(long_) == short:
        # An acronym is a hypothesis, not a finding: many names share initials.
        return 0.6, f"{short!r} is the initials of {long_!r}"
    if long_.startswith(short + " "):
        # One word that begins a longer name (Shell / Shell Internet Ventures) is
        # more often a different firm than a short form of the same one.
        return (0.75 if " " in short else 0.65), f"{short!r} begins {long_!r}"
    dice = _dice(ka, kb)
    rest_a = " ".join(w for w in words_a if w not in words_b)
    rest_b = " ".join(w for w in words_b if w not in words_a)
    if rest_a and rest_b and rest_a != ka:
        # Names that differ in a whole word (Golden Gate / Golden Pine Ventures) are only
        # as alike as the words that differ: a long shared word must not carry them.
        dice = min(dice, 0.5 + 0.5 * _dice(rest_a, rest_b))
    elif rest_a or rest_b:
        # One name is the other plus words (GI Dynamics / Dynamics): often a different firm.
        dice = min(dice, 0.7)
    return round(dice, 3), f"names {dice:.0%} alike ({a!r} / {b!r})"


_ROMAN = frozenset(["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"])


def _is_number(word: str) -> bool:
    return any(ch.isdigit() for ch in word) or word in _ROMAN


def _dice(a: str, b: str) -> float:
    grams_a, grams_b = _bigrams(a), _bigrams(b)
    if not grams_a or not grams_b:
        return 0.0
    return 2 * len(grams_a & grams_b) / (len(grams_a) + len(grams_b))


@functools.lru_cache(maxsize=200_000)
def _bigrams(key: str) -> frozenset[tuple[str, int]]:
    """The letter pairs of *key*, each word padded with spaces (so first and last letters
    count and word order does not), the n-th repeat of a pair kept apart from the first
    (so a repeated word counts twice) in a set that C compares."""
    seen: dict[str, int] = {}
    grams = []
    for word in key.split():
        for gram in map("".join, zip(f" {word}", f"{word} ")):
            seen[gram] = seen.get(gram, 0) + 1
            grams.append((gram, seen[gram]))
    return frozenset(grams)
