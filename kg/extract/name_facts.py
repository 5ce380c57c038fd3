"""Facts a text's names imply: a firm named after another firm of the text, with words
added ("Doosan Robotics" beside "Doosan Group", "Thyssenkrupp Steel Europe" beside
"Thyssenkrupp"), is that firm's subsidiary; a policy whose name holds a country's name or
demonym ("German Securities Acquisition and Takeover Act") is that country's.

Which relation such a name states, which last words of a parent's name only say it is
a group ("Group", "Holding"), and which words before a country say it is the policy's
target, not its owner ("sanctions on Russia"), are data: ``by_name`` and
``by_country_name`` in ``ontology/triggers.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import OntologyError
from kg.extract.entities import DocumentEntity, reference_entities
from kg.extract.short_forms import whole_firm
from kg.extract.trigger_words import relation_entries
from kg.ingest.normalize import name_key, reference_names, reference_words
from kg.ontology import Ontology

__all__ = ["ByCountryName", "ByName", "ByPartyNames", "checked_ends", "classes_and_confidence", "facts_by_country_name", "facts_by_name", "facts_by_party_names",
           "is_confidence", "load_by_country_name", "load_by_name", "load_by_party_names", "single_class_rule", "single_relation_rule"]


@dataclass(frozen=True)
class ByName:
    """The relation (FORMAT.md name) a name made of another firm's name states, the words
    that only say a name is a group's, the classes of its ends and the confidence."""

    relation: str
    group_words: frozenset[str]
    classes: frozenset[str]
    confidence: float


@dataclass(frozen=True)
class ByCountryName:
    """The relation (FORMAT.md name) a country's name or demonym inside a name states, the
    classes of names read, the words after which a country is no owner, and the confidence."""

    relation: str
    classes: frozenset[str]
    not_after: frozenset[str]
    confidence: float
    #: Only the last country of the name ("Association of American States Offices in Korea"
    #: is Korea's), for names of organisations, which end in their home more often than not.
    last_only: bool = False
    #: Words that keep a name out: a news outlet's ("Korea Daily") or a government's, whose
    #: country is what it is of, not where it is.
    not_words: frozenset[str] = frozenset()
    #: Only a country the text also names on its own: a country that appears only inside
    #: the name ("Taiwan Semiconductor", "HD Korea Shipbuilding") is often a parent's or a
    #: market's, and the text gives the reader nothing else to place the firm by.
    named_in_text: bool = False
    #: A place in brackets inside the name ("Hanul (China) Holdings", "Hanul Systems
    #: (Chongqing) Co., Ltd."), a country or a city the text names, is the home whether
    #: or not the text names it elsewhere: a firm so named is the arm set up there.
    bracketed: bool = False
    #: Words of a body that a city names first ("Karachi Chamber of Commerce", "Tehran
    #: Chamber of ..."): a city of the text before one is the body's home, being what a
    #: chamber of commerce is the chamber of.
    city_first: frozenset[str] = frozenset()
    #: A public body of the text whose acronym or name of several words the name holds is an
    #: owner too: "the China-ASEAN Free Trade Area" is ASEAN's, "the BIMSTEC Bangkok Vision
    #: 2030" BIMSTEC's.
    bodies: bool = False
    #: The owners the reference data gives a policy it knows ("owners" of the ``policies`` of
    #: names.yaml), those the text names: whose the CHIPS Act is, the text need not say.
    known_owners: bool = False


@dataclass(frozen=True)
class ByPartyNames:
    """The relation (FORMAT.md name) each party an event's name joins by a dash has with
    the event, the classes of names read, and the confidence."""

    relation: str
    classes: frozenset[str]
    confidence: float
    #: Head words of meetings whose parties are surely the ones that meet (a summit's are
    #: its heads of state), with the confidence they give instead.
    sure_heads: tuple[tuple[str, float], ...] = ()


def single_relation_rule(key: str, folder: Path | None = None) -> tuple[str, dict, str] | None:
    """The relation of ``triggers.yaml`` that carries the rule *key*, its rule and where it
    stands (for errors), or None; more than one relation with it, or a rule that is not a
    mapping, is an :class:`~kg.errors.OntologyError`."""
    found = None
    for name, _spec, rule in relation_entries(key, folder):
        where = f"triggers.yaml: {name}: {key}"
        if found is not None or not isinstance(rule, dict):
            raise OntologyError(f"{where}: one relation only, its rule a mapping")
        found = (str(name), rule, where)
    return found


def classes_and_confidence(rule: dict, where: str) -> tuple[frozenset[str], float]:
    """The classes and the confidence of a rule that holds nothing else (``by_sector_name``,
    ``by_party_names``), checked: else an OntologyError saying where."""
    classes, confidence = rule.get("classes"), rule.get("confidence", 0.6)
    if not isinstance(classes, list) or not classes or not is_confidence(confidence) or set(rule) - {"classes", "confidence"}:
        raise OntologyError(f"{where}: one relation only, with classes and a confidence from 0 to 1")
    return frozenset(str(c) for c in classes), float(confidence)


def checked_ends(ontology: Ontology, name: str, classes: list, object_class: str, where: str):
    """The relation *name* of a rule, checked to take each of *classes* as its subject and
    an *object_class* as its object; else an OntologyError saying where."""
    relation = ontology.relation(name)
    for cls in classes:
        if not ontology.is_subclass(ontology.cls(str(cls)).name, relation.domain):
            raise OntologyError(f"{where}: {relation.name} cannot take a {cls} as its subject")
    if not ontology.is_subclass(object_class, relation.range):
        raise OntologyError(f"{where}: {relation.name} cannot take a {object_class} as its object")
    return relation


def single_class_rule(ontology: Ontology, key: str, object_class: str, folder: Path | None = None) -> tuple[str, frozenset[str], float] | None:
    """The relation (its FORMAT.md name), the classes and the confidence of the rule *key* of
    ``triggers.yaml``, a rule that holds classes and a confidence only (``by_known_home``,
    ``by_dateline``, ``by_sector_name``), checked: its classes the relation's subjects and
    an *object_class* its object. None where no relation has it."""
    found = single_relation_rule(key, folder)
    if found is None:
        return None
    name, rule, where = found
    classes, confidence = classes_and_confidence(rule, where)
    return checked_ends(ontology, name, sorted(classes), object_class, where).eval_name, classes, confidence


def is_confidence(value: object) -> bool:
    """Whether *value* is a confidence a rule may give: a number in (0, 1]."""
    return not isinstance(value, bool) and isinstance(value, (int, float)) and 0 < value <= 1


def load_by_name(ontology: Ontology, folder: Path | None = None) -> ByName | None:
    """The ``by_name`` rule of ``triggers.yaml`` (at most one relation has it), checked."""
    found = single_relation_rule("by_name", folder)
    if found is None:
        return None
    name, rule, where = found
    words, classes, confidence = rule.get("group_words"), rule.get("classes"), rule.get("confidence", 0.6)
    if not isinstance(words, list) or not isinstance(classes, list) or not is_confidence(confidence):
        raise OntologyError(f"{where}: one relation only, with group_words, classes and a confidence from 0 to 1")
    for cls in classes:
        ontology.cls(str(cls))
    relation = ontology.relation(name)
    return ByName(relation.eval_name, frozenset(str(w).casefold() for w in words),
                  frozenset(str(c) for c in classes), float(confidence))


def load_by_country_name(ontology: Ontology, folder: Path | None = None, *, key: str = "by_country_name") -> ByCountryName | None:
    """The ``by_country_name`` rule of ``triggers.yaml`` (or the rule *key* of the same
    shape, such as ``by_home_name``; at most one relation has each), checked: its classes
    must be the relation's subjects and a country its object."""
    found = single_relation_rule(key, folder)
    if found is None:
        return None
    name, rule, where = found
    classes, not_after, confidence = rule.get("classes"), rule.get("not_after", []), rule.get("confidence", 0.6)
    last_only, not_words = rule.get("last_only", False), rule.get("not_words", [])
    named_in_text, bracketed = rule.get("named_in_text", False), rule.get("bracketed", False)
    city_first = rule.get("city_first", [])
    bodies, known_owners = rule.get("bodies", False), rule.get("known_owners", False)
    if not isinstance(classes, list) or not isinstance(city_first, list) or not classes or not isinstance(not_after, list) or not is_confidence(confidence) \
            or not isinstance(last_only, bool) or not isinstance(not_words, list) or not isinstance(named_in_text, bool) \
            or not isinstance(bracketed, bool) or not isinstance(bodies, bool) or not isinstance(known_owners, bool) \
            or set(rule) - {"classes", "not_after", "confidence", "last_only", "not_words", "named_in_text", "bracketed", "city_first",
                            "bodies", "known_owners"}:
        raise OntologyError(f"{where}: one relation only, with classes, not_after (words), a confidence from 0 to 1, "
                            "last_only, named_in_text, bracketed, bodies and known_owners (true or false), not_words and city_first (words)")
    relation = checked_ends(ontology, name, classes, "Country", where)
    if bracketed or city_first:
        checked_ends(ontology, name, classes, "City", where)
    if bodies or known_owners:
        checked_ends(ontology, name, classes, "GovernmentBody", where)
    return ByCountryName(relation.eval_name, frozenset(str(c) for c in classes),
                         frozenset(str(w).casefold() for w in not_after), float(confidence), last_only,
                         frozenset(str(w).casefold() for w in not_words), named_in_text, bracketed,
                         frozenset(str(w).casefold() for w in city_first), bodies, known_owners)


@functools.cache
def _known_owners() -> dict[str, tuple[str, ...]]:
    """The name key of each policy of names.yaml that has ``owners``, with their names."""
    owners = {}
    for item in reference_names().get("policies") or ():
        listed = item.get("owners") or []
        if not isinstance(listed, list) or not all(isinstance(o, str) and o for o in listed):
            raise OntologyError(f"names.yaml: policies: {item.get('name')!r}: owners must be a list of names")
        if listed:
            owners[name_key(str(item["name"]))] = tuple(listed)
    return owners


def _named_owners(entity: DocumentEntity, entities: dict[str, DocumentEntity], words: list[str], rule: ByCountryName) -> list[str]:
    """The owners of *entity*, a policy's, that its name or the reference data tell among the
    countries and public bodies of *entities* (``bodies`` and ``known_owners`` of *rule*)."""
    found = []
    if rule.known_owners:
        keys = {name_key(o) for o in _known_owners().get(name_key(entity.name), ())}
        found += [e.name for e in entities.values() if e.cls in ("Country", "GovernmentBody")
                  and keys & {name_key(s) for s in (e.name, *e.surfaces)}]
    if rule.bodies:
        for body in (e for e in entities.values() if e.cls == "GovernmentBody" and e is not entity):
            for surface in {body.name, *body.surfaces}:
                # An acronym ("ASEAN", "EU") or a name of several capitalised words; not one
                # word a body's name may share with a policy's ("Cabinet", "Treasury").
                if not (surface.isupper() and surface.isalpha() and len(surface) >= 2
                        or len(surface.split()) > 1 and all(w[:1].isupper() for w in surface.split())):
                    continue
                size = len(surface.split())
                if any(words[i:i + size] == surface.split() and not (i and words[i - 1].casefold() in rule.not_after)
                       for i in range(len(words) - size + 1)):
                    found.append(body.name)
                    break
    return found


@functools.cache
def _country_words() -> dict[tuple[str, ...], str]:
    """Each country's names and demonyms, as word sequences, with the country's name."""
    known, demonyms, _ = reference_entities()
    words = {tuple(d.split()): c for d, c in demonyms.items()}
    for entity in known:
        if entity.cls == "Country":
            words.update({tuple(a.split()): entity.label for a in entity.names if a})
    return words


def facts_by_country_name(entities: dict[str, DocumentEntity], stated: set[tuple[str, str, str]],
                          rule: ByCountryName | None) -> list[dict]:
    """The facts the names of *entities* of the rule's classes imply by holding a country's
    name or demonym ("Made in China 2025", "the German Securities Act"), not already in
    *stated*; none for a country after a word of ``not_after`` ("sanctions on Russia")."""
    if rule is None:
        return []
    countries = _country_words()
    longest = max((len(k) for k in countries), default=0)
    facts = []
    named = {e.name for e in entities.values() if e.cls == "Country"}
    places = {name_key(e.name): e.name for e in entities.values() if e.cls == "City"}
    for entity in entities.values():
        if entity.cls not in rule.classes:
            continue
        # "the China-Maldives FTA": each name a hyphen joins is a word of its own.
        words = [w.strip(".,;:()'’") for w in re.split(r"\s+|[-–](?=[A-Z])", entity.name)]
        if any(w.casefold() in rule.not_words for w in words):
            continue
        owners = []
        for start in range(len(words)):
            if start and words[start - 1].casefold() in rule.not_after:
                continue
            for size in range(min(longest, len(words) - start), 0, -1):
                country = countries.get(tuple(words[start:start + size]))
                if country and country not in owners:
                    owners.append(country)
                    break
        if rule.last_only:
            owners = owners[-1:]
        if rule.named_in_text:
            owners = [c for c in owners if c in named]
        if rule.bracketed:
            owners += [place for place in _bracketed_places(entity.name, countries, places) if place not in owners]
        city = _first_city(words, rule.city_first, places)
        if city and city not in owners:
            owners.append(city)
        owners += [o for o in _named_owners(entity, entities, words, rule) if o not in owners]
        facts.extend({
            "subject": entity.name, "predicate": rule.relation, "object": country, "qualifiers": {},
            "confidence": rule.confidence, "evidence": list(entity.mentions[0]) if entity.mentions else [0, 0],
            "implied": True, "frame": "name-of-country",
        } for country in owners if (entity.name, rule.relation, country) not in stated)
    return facts


def _first_city(words: list[str], heads: frozenset[str], cities: dict[str, str]) -> str | None:
    """The city of *cities* (name key to name) that *words*, a name's, open with right
    before a word of *heads*: "Karachi Chamber of Commerce" (not "Chamber of Karachi")."""
    for size in range(1, len(words)):
        if words[size].casefold() in heads:
            return cities.get(name_key(" ".join(words[:size])))
    return None


def _bracketed_places(name: str, countries: dict[tuple[str, ...], str], cities: dict[str, str]) -> list[str]:
    """The countries (by their name or demonym) and the cities of *cities* (name key to
    name) that *name* writes alone in brackets: "Hanul (China) Holdings", "Hanul Systems
    (Chongqing) Co., Ltd."; not "Hanul (HK)" nor a bracket of several words."""
    found = []
    for inner in re.findall(r"\(([^()]+)\)", name):
        words = tuple(inner.split())
        place = countries.get(words) or cities.get(name_key(inner))
        if place and place not in found:
            found.append(place)
    return found


@functools.cache
def _legal_forms() -> frozenset[str]:
    return frozenset(str(s).casefold().strip(".") for s in reference_names()["corporate_suffixes"])


def _stem(name: str, drop: frozenset[str]) -> list[str]:
    """The words of *name* without the last words in *drop* ("Doosan Group" -> ["Doosan"])."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold().strip(".,") in drop:
        words = words[:-1]
    return words


def facts_by_name(entities: dict[str, DocumentEntity], stated: set[tuple[str, str, str]], rule: ByName | None) -> list[dict]:
    """The facts the names of *entities* imply by *rule*, not already in *stated*.

    A firm is the child of another when its name is the other's name, less a group word
    ("Group", "Holding") or a legal form, followed by words that are not only a legal form
    or a group word: "Doosan Robotics" of "Doosan Group", "Subaru China" of "Subaru
    Corporation", not "Doosan Corp." of "Doosan".
    """
    if rule is None:
        return []
    firms = [e for e in entities.values() if e.cls in rule.classes]
    plain = rule.group_words | _legal_forms()
    facts = []
    # The parent's name, or an acronym the text gives it ("TSMC Arizona" of "Taiwan
    # Semiconductor Manufacturing Company (TSMC)"): three letters at least, as two
    # ("LG", "SK") name whole families of firms; or its short name ("Tandor" of "Tandor
    # Industries Ltd", short_forms.whole_firm).
    stems_of = {parent.key: [_stem(parent.name, plain)] + [
        [a] for a in parent.surfaces if len(a) >= 3 and a.isalpha() and a.isupper() and a != parent.name] + [
        a.split() for a in parent.surfaces if a != parent.name and whole_firm(a.split(), [parent])] for parent in firms}
    for child in firms:
        child_words = child.name.split()
        for parent in firms:
            # "the Toyota group" in lower case is a family of firms (kg/extract/group_names.py),
            # no firm that owns "Toyota Motor"; "Doosan Group" is the holding firm.
            if parent is child or parent.name.endswith(" group"):
                continue
            stems = stems_of[parent.key]
            rest = next((child_words[len(stem):] for stem in stems if len(child_words) > len(stem)
                         and [w.casefold() for w in child_words[:len(stem)]] == [w.casefold() for w in stem]), None)
            if rest is None or all(w.casefold().strip(".,()") in plain for w in rest):
                continue  # no name of the parent; or "Doosan Corp.", Doosan itself
            if (child.name, rule.relation, parent.name) in stated:
                continue
            facts.append({
                "subject": child.name, "predicate": rule.relation, "object": parent.name, "qualifiers": {},
                "confidence": rule.confidence, "evidence": list(child.mentions[0]) if child.mentions else [0, 0],
                "implied": True, "frame": "name-of-parent",
            })
    return facts


def load_by_party_names(ontology: Ontology, folder: Path | None = None) -> ByPartyNames | None:
    """The ``by_party_names`` rule of ``triggers.yaml`` (at most one relation has it),
    checked: a country and a person must be its subjects and its classes its objects."""
    found = single_relation_rule("by_party_names", folder)
    if found is None:
        return None
    name, rule, where = found
    sure = rule.get("sure_heads") or {}
    if not isinstance(sure, dict) or not all(isinstance(w, str) and is_confidence(c) for w, c in sure.items()):
        raise OntologyError(f"{where}: sure_heads maps a head word to a confidence from 0 to 1")
    classes, confidence = classes_and_confidence({k: v for k, v in rule.items() if k != "sure_heads"}, where)
    relation = ontology.relation(name)
    for cls in ("Country", "Person"):
        if not ontology.is_subclass(cls, relation.domain):
            raise OntologyError(f"{where}: {relation.name} cannot take a {cls} as its subject")
    for cls in classes:
        if not ontology.is_subclass(ontology.cls(str(cls)).name, relation.range):
            raise OntologyError(f"{where}: {relation.name} cannot take a {cls} as its object")
    return ByPartyNames(relation.eval_name, classes, confidence, tuple((w.lower(), float(c)) for w, c in sure.items()))


#: A dash between two words written close: "Kenya-Ghana", "Xi–Biden".
_JOINING_DASH = re.compile(r"(?<=\w)[-–](?=\w)")


def facts_by_party_names(entities: dict[str, DocumentEntity], relations: list[dict], rule: ByPartyNames | None) -> list[dict]:
    """ "the Kenya-Ghana business forum", "the Lula-Macron summit": the parties the name of
    a meeting (its last word a head or a noun of meetings: not "the US-China trade war")
    joins by dashes written close take part in it, each a country by its name or demonym,
    or a person the text names in full by one word of that name, on either side of a dash
    ("the Korea-Pacific Islands Summit": Korea alone); dated as the event's other facts of
    the relation or of where it is held most often are. Not already in *relations*."""
    if rule is None:
        return []
    meetings = {w.lower() for w in (reference_names().get("name_heads") or {}).get("Event") or ()} \
        | reference_words("occasion_nouns", lower=True) | reference_words("public_occasion_nouns", lower=True)
    stated = {(r["subject"], r["predicate"], r["object"]) for r in relations}
    countries = _country_words()
    longest = max((len(k) for k in countries), default=0)
    by_word: dict[str, set[str]] = {}
    for entity in entities.values():
        if entity.cls == "Person" and len(entity.name.split()) > 1:
            for word in entity.name.split():
                by_word.setdefault(word, set()).add(entity.name)
    facts = []
    for entity in entities.values():
        if entity.cls not in rule.classes or entity.name.split()[-1].lower() not in meetings:
            continue
        segments = [s.split() for s in _JOINING_DASH.split(entity.name)]
        if len(segments) < 2 or any(not s for s in segments):
            continue
        parties = []
        for i, words in enumerate(segments):
            # The words beside a dash: the end of a segment before one, the start of one after.
            sides = ([words[-size:] for size in range(min(longest, len(words)), 0, -1)] if i < len(segments) - 1 else []) \
                + ([words[:size] for size in range(min(longest, len(words)), 0, -1)] if i else [])
            for side in sides:
                party = countries.get(tuple(side))
                if party is None and len(side) == 1 and len(by_word.get(side[0], ())) == 1:
                    party = next(iter(by_word[side[0]]))
                if party is not None:
                    if party not in parties:
                        parties.append(party)
                    break
        dates = [r["qualifiers"]["date"] for r in relations if entity.name in (r["subject"], r["object"])
                 and (r["predicate"] == rule.relation or r["subject"] == entity.name) and (r.get("qualifiers") or {}).get("date")]
        date = max(dates, key=dates.count) if dates else None
        confidence = dict(rule.sure_heads).get(entity.name.split()[-1].lower(), rule.confidence)
        facts.extend({
            "subject": party, "predicate": rule.relation, "object": entity.name, "qualifiers": {"date": date} if date else {},
            "confidence": confidence, "evidence": list(entity.mentions[0]) if entity.mentions else [0, 0],
            "implied": True, "frame": "name-of-parties",
        } for party in parties if (party, rule.relation, entity.name) not in stated)
    return facts
