"""Normalising what sources write: names for matching, numbers, dates.

The lists of legal-form suffixes and class cues are data (``data/reference/names.yaml``),
read once at run time.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from kg.errors import IngestError
from kg.resources import read_yaml, resource_dir

__all__ = [
    "guess_class",
    "is_meaningful_name",
    "learn_name_keys",
    "name_key",
    "normalisation_digest",
    "parse_date",
    "parse_number",
    "reference_names",
    "reference_words",
    "unaccented",
]

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTHS.update({name[:3]: number for name, number in list(_MONTHS.items())})


@functools.cache
def reference_names() -> dict:
    """The contents of data/reference/names.yaml, checked."""
    path = resource_dir("data") / "reference" / "names.yaml"
    data = read_yaml(path, IngestError, "reference data")
    for key in ("corporate_suffixes", "investment_firm_cues", "organisation_cues"):
        if not isinstance(data.get(key), list) or not data[key]:
            raise IngestError(f"{path}: '{key}' must be a non-empty list")
    return data


@functools.cache
def reference_words(key: str, *, lower: bool = False) -> frozenset[str]:
    """The words of the list *key* of data/reference/names.yaml (none if it has no such
    list), as written or in lower case.

    >>> "ltd" in reference_words("corporate_suffixes", lower=True)
    True
    """
    return frozenset(str(w).lower() if lower else str(w) for w in reference_names().get(key) or ())


@functools.cache
def _suffix_pattern() -> re.Pattern:
    suffixes = sorted(reference_names()["corporate_suffixes"], key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, s.split())) for s in suffixes)
    # Strip repeatedly from the end: "Acme Holdings Co Ltd" -> "acme".
    return re.compile(rf"(?:\s+(?:{alternatives}))+$")


def _words(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("&", " and ")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


# Words sources write where they have no name; compared in the form _words gives them.
_PLACEHOLDERS = frozenset({
    "n a", "na", "none", "null", "nil", "nan", "unknown", "undefined", "undisclosed", "various",
    "tbd", "tba", "not available", "not applicable", "no name", "unnamed",
})
# What a name becomes when the encoding it was written in is lost ("株式会社" -> "????").
_UNREADABLE = ("?", "\ufffd")
# A junk name's key starts with this: a real name's key holds only word characters and
# spaces, so the two can never be equal.
_JUNK_KEY = "#"
# Name -> its name_key, computed by an earlier process under the same normalisation
# (learn_name_keys): the store's names, tens of thousands, need not be keyed again.
_LEARNT: dict[str, str] = {}


@functools.cache
def normalisation_digest() -> str:
    """A digest of everything :func:`name_key` and :func:`is_meaningful_name` depend on:
    this module's code, ``data/reference/names.yaml`` and the Unicode version of the
    interpreter's character data. Keys kept beside a store are valid while it stays the same.
    """
    digest = hashlib.sha256()
    for part in (
        Path(__file__).read_bytes(),
        (resource_dir("data") / "reference" / "names.yaml").read_bytes(),
        unicodedata.unidata_version.encode(),
    ):
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def learn_name_keys(pairs: Iterable[tuple[str, str]]) -> None:
    """Take (name, :func:`name_key` of it) pairs computed earlier under the same
    :func:`normalisation_digest` as this process's answers for those names.

    >>> learn_name_keys([("Learnt Example Co.", "learnt example")])
    >>> name_key("Learnt Example Co."), is_meaningful_name("Learnt Example Co.")
    ('learnt example', True)
    """
    _LEARNT.update(pairs)


@functools.lru_cache(maxsize=200_000)
def is_meaningful_name(name: str | None) -> bool:
    """Whether *name* can name an entity: not empty, not only punctuation, digits or
    question marks, not a placeholder such as "N/A" or "unknown".

    Sources write such things where they have no name; taken as names they become one
    entity that every other non-name resolves to. A junk name is never an entity and never
    a match target.

    Parameters
    ----------
    name : str or None
        A name as a source writes it.

    Returns
    -------
    bool
        False for junk: no letter at all ("????", "-", "0", "123", ""), a placeholder
        word ("N/A", "none", "null", "unknown"), or unreadable characters beside nothing
        but legal-form suffixes ("???? Co., Ltd."); True otherwise.

    Examples
    --------
    >>> [is_meaningful_name(n) for n in ["????", "N/A", "-", "123", "", None]]
    [False, False, False, False, False, False]
    >>> [is_meaningful_name(n) for n in ["3M", "7-Eleven", "X", "42dot", "Inc."]]
    [True, True, True, True, True]
    """
    if not isinstance(name, str):
        return False
    learnt = _LEARNT.get(name)
    if learnt is not None:
        return not learnt.startswith(_JUNK_KEY)
    text = unicodedata.normalize("NFKC", name)
    if not any(ch.isalpha() for ch in text):
        return False
    words = _words(text)
    if words in _PLACEHOLDERS:
        return False
    if any(mark in text for mark in _UNREADABLE) and not _suffix_pattern().sub("", f" {words}").strip():
        return False
    return True


@functools.lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The form under which two names count as the same entity: case, punctuation,
    spacing, a leading "the" and legal-form suffixes do not matter.

    The key of a junk name (see :func:`is_meaningful_name`) starts with "#", which no
    real name's key does, and is never empty; still, callers should skip junk names
    rather than look their keys up.

    >>> name_key("Facebook, Inc.") == name_key("facebook") == name_key("The Facebook")
    True
    >>> name_key("Mirae Asset Management Co., Ltd.")
    'mirae asset management'
    >>> name_key("Inc.")
    'inc'
    >>> name_key("????"), name_key(" N/A "), name_key("")
    ('#????', '#n/a', '#')
    """
    learnt = _LEARNT.get(name)
    if learnt is not None:
        return learnt
    if not is_meaningful_name(name):
        return _JUNK_KEY + " ".join(unicodedata.normalize("NFKC", name or "").casefold().split())
    words = _words(name)
    if words.startswith("the "):
        words = words[4:]
    stripped = _suffix_pattern().sub("", words).strip()
    return stripped or words


def unaccented(text: str) -> str:
    """*text* without the accents on its letters (their combining marks), so that "Inácio"
    is shaped as "Inacio" is.

    >>> unaccented("Luiz Inácio Lula da Silva")
    'Luiz Inacio Lula da Silva'
    """
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def guess_class(name: str, default: str) -> str:
    """``InvestmentFirm``, ``Person`` or *default* for a name, from its words.

    A name with an investment word (Capital, Ventures, Partners...) is an investment firm;
    one of two to four capitalised words with no organisation word is a person's.

    >>> guess_class("Accel Partners", "Company"), guess_class("Peter Thiel", "InvestmentFirm")
    ('InvestmentFirm', 'Person')
    >>> guess_class("Google", "Company")
    'Company'
    """
    words = _words(name).split()
    # The cue lists as sets, built once: a mention's class asks this of most names.
    investment, organisation = _cue_sets()
    if any(word in investment for word in words):
        return "InvestmentFirm"
    tokens = unaccented(name).split()  # "Luiz Inácio": an accent is a letter of a name still
    # "ZHANG Mingrui": a family name in capitals, as Chinese outlets write it first.
    family = reference_words("family_name_first")
    tokens = [t.title() if i == 0 and len(tokens) > 1 and t.isupper() and t.title() in family else t for i, t in enumerate(tokens)]
    # "Mohammed VI", "Queen Elizabeth II": a numeral after a name counts a sovereign;
    # "Sean O'Brien", "Anil D'Souza", "Rahul McKenna": a family name's prefix.
    looks_personal = 2 <= len(tokens) <= 4 and all(
        _PERSONAL_WORD.fullmatch(token) or i and i == len(tokens) - 1 and _REGNAL_NUMBER.fullmatch(token)
        for i, token in enumerate(tokens)
    )
    # A public body's or a research body's word is no part of a person's name either
    # ("Trade Promotion Agency", "Hanul Research Academy").
    if looks_personal and not any(word in organisation or word in _body_words() for word in words):
        return "Person"
    return default


_PERSONAL_WORD = re.compile(r"(?:Mc|Mac|[OD]['’])?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*|[A-Z]\.")
_REGNAL_NUMBER = re.compile(r"[IVX]{2,4}")


@functools.cache
def _cue_sets() -> tuple[frozenset, frozenset]:
    """names.yaml's ``investment_firm_cues`` and ``organisation_cues``, as read (not made strings)."""
    cues = reference_names()
    return frozenset(cues["investment_firm_cues"]), frozenset(cues["organisation_cues"])


@functools.cache
def _body_words() -> frozenset[str]:
    """One-word ``government_cues`` and ``research_cues`` of names.yaml ("agency", "academy")."""
    return frozenset(str(w).lower() for key in ("government_cues", "research_cues") for w in reference_names().get(key) or ()
                     if " " not in str(w))


def parse_number(text: str | float | int | None, *, scale: float = 1.0) -> float | None:
    """A number from text such as ``"1,187.5"`` or ``"8500000"``; None for empty.

    >>> parse_number("1,187.5", scale=1e6)
    1187500000.0
    >>> parse_number("") is None
    True
    """
    if text is None:
        return None
    if isinstance(text, (int, float)):
        return float(text) * scale
    cleaned = text.strip().replace(",", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        return float(cleaned) * scale
    except ValueError:
        raise IngestError(f"not a number: {text!r}") from None


def parse_date(text: str | None) -> str | None:
    """An ISO date of the precision written: ``2001.01`` -> ``2001-01``,
    ``January 2001`` -> ``2001-01``, ``2012-10-03`` -> ``2012-10-03``, ``2013`` -> ``2013``.

    >>> [parse_date(t) for t in ["2001.01", "2001/02", "March 2005", "2012-10-03", "2013", ""]]
    ['2001-01', '2001-02', '2005-03', '2012-10-03', '2013', None]
    """
    if text is None or not str(text).strip():
        return None
    value = str(text).strip()
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value):
        year, month, day = map(int, match.groups())
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            raise IngestError(f"not a date: {value!r}") from None
    if match := re.fullmatch(r"(\d{4})[-./](\d{1,2})", value):
        year, month = map(int, match.groups())
        if 1 <= month <= 12:
            return f"{year:04d}-{month:02d}"
    if match := re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{4})", value):
        month = _MONTHS.get(match.group(1).lower())
        if month:
            return f"{int(match.group(2)):04d}-{month:02d}"
    if re.fullmatch(r"\d{4}", value):
        return value
    raise IngestError(f"not a date: {value!r}")
