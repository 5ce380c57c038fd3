"""How a fact's qualifiers read: the one formatter behind link sentences, picture tooltips
and the explorer's fact rows.

What each qualifier is comes from kg.ttl (``kg:display`` and its companions, read by
:class:`kg.ontology.Ontology`): money with its currency, a percentage, a date, text, an
entity, a yes/no flag, or hidden (internal, or shown with another qualifier). This module
only knows how each kind is written, so a qualifier added to the ontology is shown without
a line of Python.

>>> from kg.ontology import load_ontology
>>> onto = load_ontology()
>>> facts = {"role": "strategic shareholder", "amount": 2500000.0, "currency": "KRW", "confidence": 0.9}
>>> qualifier_lines(facts, onto)
[('role', 'strategic shareholder'), ('amount', '2,500,000 KRW')]
>>> qualifier_note({"stakePercent": 12.5, "start": "2024", "end": "2025-06"}, onto)
'12.50%, 2024–2025-06'
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping

from kg.ids import local_name
from kg.ontology import Ontology, Qualifier

__all__ = ["money_text", "number_text", "percent_text", "qualifier_lines", "qualifier_note", "qualifier_text", "shown_qualifiers"]

#: A line of a fact: (label, text), or (words, None) for a flag, which reads as a phrase.
Line = tuple[str, str | None]


def _float(value) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def number_text(value) -> str:
    """A number as kg writes every figure: whole ones with thousands separators, others
    with two decimals; a value that is not a number as it is.

    >>> number_text(1500000.0), number_text(2.5), number_text(-4.256), number_text("about 5")
    ('1,500,000', '2.50', '-4.26', 'about 5')
    """
    number = _float(value)
    if number is None:
        return str(value)
    return f"{number:,.0f}" if number.is_integer() else f"{number:,.2f}"


def money_text(value, unit: str | None = None) -> str:
    """A sum, then its currency when known.

    >>> money_text(1500000.0, "USD"), money_text(2.5, "EUR"), money_text(7)
    ('1,500,000 USD', '2.50 EUR', '7')
    """
    text = number_text(value)
    return f"{text} {unit}" if unit else text


def percent_text(value) -> str:
    """A percentage.

    >>> percent_text(5.0), percent_text(1.7)
    ('5%', '1.70%')
    """
    return f"{number_text(value)}%"


def _holds(value) -> bool:
    return value is True or str(value).strip().lower() in ("true", "1")


def qualifier_text(
    qualifier: Qualifier, value, attrs: Mapping, *, name_of: Callable[[str], str] | None = None
) -> str:
    """How *value* of *qualifier* reads, *attrs* (the fact's other qualifiers) giving a
    money qualifier its currency. *name_of* turns an entity's IRI into its name (by
    default the IRI's last segment)."""
    display = qualifier.display
    if display == "money":
        unit = qualifier.unit
        if qualifier.unit_qualifier is not None:
            unit = attrs.get(qualifier.unit_qualifier) or None
        return money_text(value, unit)
    if display == "percent":
        return percent_text(value)
    if display == "entity":
        return (name_of or local_name)(str(value))
    if display == "flag":
        return qualifier.flag_text if _holds(value) else f"not {qualifier.flag_text}"
    return str(value)


def shown_qualifiers(ontology: Ontology) -> list[Qualifier]:
    """The qualifiers a reader sees, in their kg:order."""
    return list(_shown(ontology))


@functools.lru_cache(maxsize=8)
def _shown(ontology: Ontology) -> tuple[Qualifier, ...]:
    # Asked once per fact of a picture: sorted once per ontology.
    return tuple(sorted(
        (q for q in ontology.qualifiers.values() if q.display != "hidden"), key=lambda q: (q.order, q.name)
    ))


@functools.lru_cache(maxsize=8)
def _period_ends(ontology: Ontology) -> frozenset[str]:
    return frozenset(q.period_end for q in ontology.qualifiers.values() if q.period_end)


def _given(attrs: Mapping, name: str) -> bool:
    value = attrs.get(name)
    return value is not None and value != ""


def qualifier_lines(
    attrs: Mapping, ontology: Ontology, *, name_of: Callable[[str], str] | None = None
) -> list[Line]:
    """One line per shown qualifier *attrs* holds, in the ontology's order: (label, text),
    or (words, None) for a flag, which says what it means instead of "implied: True"."""
    lines: list[Line] = []
    for qualifier in _shown(ontology):
        if not _given(attrs, qualifier.name):
            continue
        text = qualifier_text(qualifier, attrs[qualifier.name], attrs, name_of=name_of)
        lines.append((text, None) if qualifier.display == "flag" else (qualifier.label, text))
    return lines


def qualifier_note(attrs: Mapping, ontology: Ontology, *, name_of: Callable[[str], str] | None = None) -> str:
    """The qualifiers that belong in a sentence (kg:inSentence), as one comma-separated
    note; a period's start and end are one span, ``start–end``. Empty when there are none."""
    parts = []
    ends = _period_ends(ontology)
    for qualifier in _shown(ontology):
        if not qualifier.in_sentence or qualifier.name in ends:
            continue
        end = qualifier.period_end
        if end is not None and (_given(attrs, qualifier.name) or _given(attrs, end)):
            start_text, end_text = (
                qualifier_text(ontology.qualifiers[name], attrs[name], attrs, name_of=name_of) if _given(attrs, name) else ""
                for name in (qualifier.name, end)
            )
            parts.append(f"{start_text}–{end_text}")
        elif _given(attrs, qualifier.name):
            parts.append(qualifier_text(qualifier, attrs[qualifier.name], attrs, name_of=name_of))
    return ", ".join(parts)

