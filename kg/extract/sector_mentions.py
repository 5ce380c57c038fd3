"""Sectors as news writes them: a reference sector with the words that narrow it ("humanoid
robots"), with "industry" or "sector" after it, spelled out before its acronym ("new energy
vehicle (NEV)"), and, once facts are read, a narrowed sector folded into the reference one
it narrows when no fact tells them apart. Separate from :mod:`kg.extract.name_repairs`: these
work on the entity ruler's sectors and their reference labels, not on names NER cut."""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from kg.extract.doc_ents import ents_of
from kg.extract.entities import DocumentEntity, reference_entities, reference_sector_words
from kg.extract.name_facts import single_class_rule
from kg.ontology import Ontology

__all__ = ["BySectorName", "describes_investors", "facts_by_sector_name", "folded_sectors", "industry_sectors", "investor_kinds_dropped",
           "item_words", "listed_sectors", "load_by_sector_name", "narrowed_sectors", "no_sector", "of_compound_start", "tailed_sectors", "sector_acronyms",
           "sector_span", "with_of_compound", "with_sector_items", "without_broader_sectors"]


#: What may narrow a sector's words in front of them: "lithium-ion batteries",
#: "next-generation semiconductors", "DNA chips" (a word glued by a hyphen comes whole).
_NARROWING = ("compound", "amod", "nmod", "npadvmod", "punct")


def narrowed_sectors(doc, vague: frozenset[str], makers: frozenset[str], firms: frozenset[str] = frozenset()):
    """ "humanoid robots", "lithium metal batteries", "contract chipmaking": a reference
    sector the ruler found with words before it that narrow it is mentioned with those
    words, named as the text writes it (the gold's names of sectors). Each such mention's
    characters and the reference sector it narrows go to ``doc.user_data["kg_narrowed"]``
    (see :func:`folded_sectors`). Words that only rank or place ("new", "leading":
    *vague*; a demonym), another name, a verb's "-ing" or past ("tariffs hit steel") and a maker noun ("mid-sized
    shipbuilder": *makers*) narrow nothing; nor do a verb's present ("Hanul exports
    machinery", which the tagger may join) or a word for a firm (*firms*: "startup") and an
    "-ing" word after it, a verb however tagged ("a startup building software"). A reference sector narrowed by another ("AI
    chips") has both labels under its characters in ``doc.user_data["kg_sector_forms"]``,
    by which two spellings of it are one sector. A mention that names no trade (the tail of
    "balance of payments", a state's defence) is dropped."""
    from spacy.tokens import Span

    # An ordinal NER named may narrow ("a third party logistics provider"): it is taken only
    # where it ranks ("the second battery maker", whose "second" modifies the maker).
    taken = {i for ent in ents_of(doc) if ent.label_ != "ORDINAL" for i in range(ent.start, ent.end)}
    ents, narrowed = [], doc.user_data.setdefault("kg_narrowed", {})
    forms = doc.user_data.setdefault("kg_sector_forms", {})  # a mention's characters -> both sectors' labels
    dropped = False
    for ent in ents_of(doc):
        start = ent.start
        if ent.label_ == "KG:Sector" and (_no_sector_tail(ent) or _state_work(ent)):
            dropped = True
            continue
        if ent.label_ == "KG:Sector" and ent.ent_id_ and ent[-1].lower_ not in makers:
            while start > 0 and start - 1 not in taken:
                word = doc[start - 1]
                if word.dep_ not in _NARROWING or not start <= word.head.i < ent.end or word.lower_ in vague \
                        or word.tag_ in ("VBG", "VBZ", "VBD", "VBP", "JJS", "RBS", "DT", "PRP$", "POS") or word.ent_type_ in ("NORP", "GPE") \
                        or word.lower_ in firms or word.lower_.endswith("ing") and word.i > 0 and doc[word.i - 1].lower_ in firms \
                        or word.dep_ == "punct" and word.text != "-" or word.pos_ not in ("NOUN", "PROPN", "ADJ", "PUNCT", "VERB") \
                        or word.text.istitle() and (not word.is_sent_start or ent.text.isupper()) \
                        or word.lower_.endswith((".-based", ".-headquartered")):  # "Okla.-based", one token: where, not what
                    break  # a capitalised word names ("Moonshot AI", "Hanul robots"), unless it opens a sentence
                start -= 1
            # "AI chips": a reference sector that narrows another is one sector with it,
            # whichever names of the two the text writes ("artificial intelligence chips").
            prev = ents[-1] if ents else None
            if start == ent.start and prev is not None and prev.end == ent.start and prev.label_ == "KG:Sector" and prev.ent_id_ \
                    and prev.ent_id_ != ent.ent_id_ and (prev.start_char, prev.end_char) not in narrowed \
                    and doc[prev.end - 1].whitespace_ == " " and prev.root.dep_ in ("compound", "amod") and ent.start <= prev.root.head.i < ent.end:
                ents.pop()
                start = prev.start
                forms[(doc[start].idx, ent.end_char)] = f"{prev.ent_id_} {ent.ent_id_}"
            # "retail point of sale software": a compound the parse split at its "of" is whole.
            start = of_compound_start(doc, start, reference_sector_words("of_compounds"))
            # Whole words only ("Singapore-based" is no part), and never a hyphen first.
            while start < ent.start and (doc[start].text == "-" or start > 0 and not doc[start - 1].whitespace_):
                start += 1
        if start < ent.start:
            ents = [e for e in ents if e.end <= start]  # an ordinal the words took in
            ents.append(Span(doc, start, ent.end, label=ent.label_))
            narrowed[(ents[-1].start_char, ents[-1].end_char)] = ent.ent_id_
        else:
            ents.append(ent)
    if narrowed or dropped:
        doc.ents = ents
    return doc


def _no_sector_tail(ent) -> bool:
    """Whether *ent* is the whole tail of a fixed term with "of" that names no trade
    (``no_sector_of_compounds`` of sectors.yaml: the "payments" of "balance of
    payments")."""
    compounds = [c for c in reference_sector_words("no_sector_of_compounds")
                 if c.split(" of ", 1)[-1] == ent.text.lower()]
    return bool(compounds) and of_compound_start(ent.doc, ent.start, compounds) < ent.start


def _state_work(ent) -> bool:
    """Whether *ent*, a mention of a sector that is also a state's own work
    (``state_work_sectors`` of sectors.yaml: defence), names that work: a place owns it or
    the noun it narrows ("Russia's defence", "the country's defence sector"), security
    goes with it ("defence and security"), or it narrows a noun of the dealings of states
    (``state_work_nouns``: "defence co-operation")."""
    if ent.ent_id_ not in reference_sector_words("state_work_sectors"):
        return False
    word = ent.root
    if word.i + 1 < len(word.doc) and word.doc[word.i + 1].text in ("-", "–"):
        return False  # "defense-related firms": glued to a firm's description
    modifies = word.dep_ in ("compound", "amod", "nmod") and word.head.i > word.i
    after = word.doc[word.i + 1:word.i + 4].text.lower()  # "co-operation" may come in three tokens
    if any(after.startswith(noun) and after[len(noun):][:1] in ("", " ", ",", ".") for noun in reference_sector_words("state_work_nouns")):
        return True
    owners = [c for n in (word, word.head if modifies else word) for c in n.children if c.dep_ == "poss"]
    if any(o.ent_type_ in ("GPE", "KG:Country") or o.lower_ in ("country", "nation", "state") for o in owners):
        return True
    joined = [*word.children, word.head] if word.dep_ == "conj" else list(word.children)
    return any(w.lower_ == "security" and (w.dep_ == "conj" or w.i == word.head.i) for w in joined)


def of_compound_start(doc, i: int, compounds: Collection[str]) -> int:
    """Where the words before token *i* that open a compound with "of" begin (``of_compounds``
    of sectors.yaml: "retail point of sale software", whose parse splits it at the "of"
    and hangs "sale" on "software"), else *i*: the compound is one name ("point of sale
    software", never "sale software")."""
    if i < 2 or doc[i - 1].lower_ != "of":
        return i
    after_text = doc[i:].text.lower()
    for compound in compounds:
        words = compound.split()
        before, after = words[:words.index("of")], " ".join(words[words.index("of") + 1:])
        start = i - 1 - len(before)
        if before and start >= 0 and [t.lower_ for t in doc[start:i - 1]] == before \
                and after_text.startswith(after) and after_text[len(after):][:1] in ("", " ", "-"):
            return start
    return i


def with_of_compound(tokens: list, compounds: Collection[str]) -> list:
    """*tokens* with the words before them that open a compound with "of" (see
    :func:`of_compound_start`)."""
    if not tokens:
        return tokens
    start = of_compound_start(tokens[0].doc, tokens[0].i, compounds)
    return [*tokens[0].doc[start:tokens[0].i], *tokens]


def tailed_sectors(doc, tails: frozenset[str]):
    """ "battery materials", "lithium-ion battery material": a reference sector's mention
    (narrowed or not) that modifies a noun of *tails* right after it names, with that noun,
    a sector of its own, as written (what the gold names: the materials, not the
    batteries). Not where that noun modifies another in turn ("a battery material plant"
    is still "battery material"; only the noun the words end on)."""
    from spacy.tokens import Span

    narrowed = doc.user_data.setdefault("kg_narrowed", {})
    ents, changed = list(ents_of(doc)), False
    for k, ent in enumerate(ents):
        if ent.label_ != "KG:Sector" or not ent.ent_id_ or ent.end >= len(doc):
            continue
        tail = doc[ent.end]
        if tail.lower_ not in tails or ent.root.head.i != tail.i or ent.root.dep_ not in ("compound", "amod", "nmod") \
                or doc[ent.end - 1].whitespace_ != " " or any(e.start == ent.end for e in ents):
            continue
        label = narrowed.pop((ent.start_char, ent.end_char), ent.ent_id_)
        ents[k] = Span(doc, ent.start, ent.end + 1, label=ent.label_)
        narrowed[(ents[k].start_char, ents[k].end_char)] = label
        changed = True
    if changed:
        doc.ents = ents
    return doc


def industry_sectors(doc):
    """ "the healthcare industry": a reference sector before "industry" or "sector" is
    mentioned with the word (another name of it, as news writes it)."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    taken = {i for e in ents for i in range(e.start, e.end)}
    by_end = {e.end: e for e in ents}
    narrowed = doc.user_data.get("kg_narrowed", {})
    changed = {}
    for token in doc[1:]:
        if token.lower_ not in ("industry", "sector") or token.i in taken:
            continue
        before = by_end.get(token.i)
        if before is not None and before.label_ == "KG:Sector" and before.ent_id_ \
                and (before.start_char, before.end_char) not in narrowed and doc[token.i - 1].whitespace_ == " ":
            changed[before.start] = Span(doc, before.start, token.i + 1, label=before.label_, span_id=before.ent_id_)
    if changed:
        doc.ents = [changed.get(e.start, e) for e in ents]
    return doc


def _list_opener(token, heads: frozenset[str]):
    """The noun of *heads* ("sectors", "industries") a list's opening word ("including",
    "like", the "as" of "such as") hangs on, directly or through the noun after its "of"
    ("key sectors of the economy such as ..."), else None."""
    if token.dep_ != "prep" or not (token.lower_ in ("including", "like") or token.lower_ == "as" and token.i > 0
                                    and token.doc[token.i - 1].lower_ == "such"):
        return None
    head = token.head
    if head.pos_ == "NOUN" and head.lower_ not in heads and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head  # "sectors of the economy such as"
    return head if head.pos_ == "NOUN" and head.lower_ in heads else None


def no_sector(words: list, not_sectors: frozenset[str], generic: frozenset[str]) -> bool:
    """Whether a list's item names no trade: an activity's word last, only generic words,
    or a word not in lower case (a name)."""
    last = words[-1]
    return last.pos_ != "NOUN" or last.lemma_.lower() in not_sectors or last.lower_ in not_sectors \
        or all(w.lower_ in generic or w.lemma_.lower() in generic or w.text in ("-", "–") for w in words) \
        or any(not (w.is_lower or w.text in ("-", "–")) for w in words)


def item_words(item) -> list:
    """The words of a list's item: the noun with the nouns and adjectives before it that
    narrow it ("agro-processing", "renewable energy", "online dating", whose "online" the
    parse may take for an adverb)."""
    start = item.i
    while start > 0 and item.doc[start - 1].head.i == item.i and item.doc[start - 1].dep_ in ("compound", "amod", "nmod", "advmod", "punct") \
            and (item.doc[start - 1].dep_ != "punct" or item.doc[start - 1].text in ("-", "–")):
        start -= 1
    return list(item.doc[start:item.i + 1])


def sector_span(doc, words: list):
    """A sector's mention of *words*, the reference sector's where they are another
    spelling of one ("semiconductor" of "the semiconductor sector")."""
    from spacy.tokens import Span

    label = _reference_sector_names().get(doc[words[0].i:words[-1].i + 1].text.lower(), "")
    return Span(doc, words[0].i, words[-1].i + 1, label="KG:Sector", span_id=label)


def listed_sectors(doc, heads: frozenset[str], not_sectors: frozenset[str], generic: frozenset[str]):
    """ "agreements span a wide range of sectors, including agriculture, energy and
    tourism", "key sectors of the economy such as energy, manufacturing and transport",
    "the sectors singled out include farming and ethanol" (a verb of ``sector_list_verbs``
    of sectors.yaml whose subject is such a noun):
    each item of a list a noun of *heads* opens is a sector named as written, whether or
    not a firm works in it. Items in lower case only (not "industries like Hanul and
    Minjin": firms), and none whose last word says an activity rather than a trade
    (*not_sectors*: "trade", "investment", "sustainable development"), nor of *generic*
    words alone ("services")."""
    verbs = reference_sector_words("sector_list_verbs")

    def lists():
        for token in doc:
            # The subject may be the verb's or, where a participle after it was read as
            # the main verb ("sectors singled out for growth include ..."), that verb's.
            if token.pos_ == "VERB" and token.lemma_.lower() in verbs and any(
                    c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lower_ in heads
                    for c in (*token.children, *(token.head.children if token.dep_ == "conj" else ()))):
                items = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]  # "key sectors include X and Y"
            elif _list_opener(token, heads) is None:
                continue
            else:
                items = [c for c in token.children if c.dep_ == "pobj"]
            stack = list(items)
            while stack:
                conj = [c for c in stack.pop().children if c.dep_ == "conj" and c.pos_ == "NOUN"]
                items += conj
                stack += conj
            yield from (item_words(item) for item in items)

    return with_sector_items(doc, lists(), not_sectors, generic)


def with_sector_items(doc, items, not_sectors: frozenset[str], generic: frozenset[str], *,
                      not_last: frozenset[str] = frozenset()):
    """*doc* with a sector mention for each list item of *items* (lists of words, read as
    they come) that names a sector (:func:`no_sector`; nor one whose last word is in
    *not_last*) and that no mention holds yet: a reference sector ("mining") is one
    already, a name is no sector."""
    ents = list(ents_of(doc))
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for words in items:
        if not words or no_sector(words, not_sectors, generic) or any(w.i in taken for w in words) \
                or words[-1].lower_ in not_last:
            continue
        found.append(sector_span(doc, words))
        taken.update(w.i for w in words)
    if found:
        doc.ents = sorted(ents + found, key=lambda e: e.start)
    return doc


def describes_investors(word, heads: frozenset[str]) -> bool:
    """Whether *word*, the last of a kind of investor's sector ("venture capital"), says
    what kind of investors or money the noun it modifies is: investors in the plural
    ("venture capital firms"), a named one ("venture capital firm General Catalyst", "private
    equity group KKR") or their money ("venture capital investment"), rather than one
    investor the text describes ("a venture capital firm"; *heads*: "firm", "fund"). Bare,
    the words are money ("attracted abundant venture capital", "funding from venture
    capital"), except after "in", "into", "on" or "of": the trade ("a career in venture
    capital", "the world of private equity")."""
    head = word.head
    if word.dep_ not in ("compound", "amod", "nmod") or head.i <= word.i:
        return word.dep_ not in ("compound", "amod", "nmod", "conj") and not (word.dep_ == "pobj" and head.lower_ in ("in", "into", "on", "of"))
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    named = head.pos_ == "PROPN" or after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()
    return named or head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() not in heads


def investor_kinds_dropped(doc, kinds: frozenset[str], heads: frozenset[str]):
    """The ruler's mentions of the sectors that are kinds of investor (*kinds*, by label)
    that describe investors (:func:`describes_investors`) are no sector mentions."""
    ents = ents_of(doc)
    kept = [e for e in ents if not (e.label_ == "KG:Sector" and e.ent_id_ in kinds and describes_investors(e[-1], heads))]
    if len(kept) < len(ents):
        doc.ents = kept
    return doc


def folded_sectors(entities: dict, narrowed: dict, ends: set[str], both: Collection = ()) -> None:
    """A narrowed sector (:func:`narrowed_sectors`) no fact names is one more name of the
    reference sector it narrows, where the text names that one too: "rechargeable
    batteries" beside "batteries" adds a name, not a sector. The other way round, a
    reference sector no fact names is one more name of the one narrowed sector of it that
    a fact names ("next-generation chips", then "the chips"). *ends* are the names of
    facts' ends; *both*, the characters of mentions of two reference sectors in one ("AI
    chips"), which fold into neither."""
    def narrows(entity) -> str | None:
        if entity.cls != "Sector" or any(tuple(m) in both for m in entity.mentions):
            return None  # "AI chips": two sectors in one, no more a name of either
        references = {narrowed.get(tuple(m)) for m in entity.mentions}
        if len(references) == 1 and None not in references:
            return references.pop()
        # A phrase a frame read ("its premium electric vehicle brand"): by its last words.
        return _narrowed_by_name(entity) if not entity.known and references == {None} else None

    def fold(entity, into) -> None:
        into.surfaces.update(entity.surfaces)
        into.mentions.extend(entity.mentions)
        del entities[entity.key]

    phrases = [e for e in entities.values() if narrows(e)]
    broad = {label: e for e in entities.values() for label in {narrows(p) for p in phrases} if e.cls == "Sector" and e.name == label}
    for label, entity in list(broad.items()):
        named = [p for p in phrases if narrows(p) == label and p.name in ends]
        if entity.name not in ends and len(named) == 1:
            fold(entity, named[0])
            broad[label] = named[0]
    for entity in phrases:
        home = broad.get(narrows(entity))
        if home is not None and home is not entity and entity.name not in ends:
            fold(entity, home)
    # "robots" of "educational and humanoid robots", read by a fact as two sectors: a
    # reference sector no fact names, each of whose mentions is inside a phrase a fact
    # names as a sector, is a word of that phrase, not a sector of its own.
    named = [m for e in entities.values() if e.cls == "Sector" and e.name in ends for m in e.mentions]
    for entity in [e for e in entities.values() if e.cls == "Sector" and e.known and e.name not in ends]:
        if entity.mentions and all(any(a <= m[0] and m[1] <= b and (a, b) != tuple(m) for a, b in named) for m in entity.mentions):
            del entities[entity.key]


@functools.cache
def _reference_sector_names() -> dict[str, str]:
    """Every name of a reference sector, lower case, in the singular too ("electric
    vehicle", "battery"), with the sector's label; read once."""
    names: dict[str, str] = {}
    for entity in reference_entities()[0]:
        if entity.cls == "Sector":
            for name in entity.names:
                names.setdefault(name.lower(), entity.label)
                if name.endswith("s"):
                    names.setdefault(name[:-1].lower(), entity.label)
    return names


def _narrowed_by_name(entity) -> str | None:
    """The reference sector whose name ends the name of *entity*, a phrase of more words
    ("premium electric vehicle", "EV batteries"), else None."""
    words = entity.name.lower().split()
    names = _reference_sector_names()
    return next((names[" ".join(words[k:])] for k in range(1, len(words)) if " ".join(words[k:]) in names), None)


def sector_acronyms(doc, sector_words: frozenset[str]):
    """ "a new energy vehicle (NEV) maker", "high-bandwidth memory (HBM)": lower-case
    words of a sector (one of *sector_words* among them) whose initials the capitals in
    brackets after them spell are a sector named as written, and the capitals another name
    of it, whatever NER made of either (often a firm: "NEV")."""
    from spacy.tokens import Span

    found = []
    for close in doc:
        if close.text != ")" or close.i < 3 or doc[close.i - 2].text != "(":
            continue
        acronym = doc[close.i - 1]
        letters = acronym.text[:-1] if acronym.text.endswith("s") else acronym.text
        if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()) or acronym.ent_id_:
            continue
        words, i = [], close.i - 3
        while i >= 0 and len(words) < len(letters) and (doc[i].text == "-" or doc[i].is_alpha and doc[i].is_lower):
            if doc[i].text != "-":
                words.insert(0, doc[i])
            i -= 1
        if "".join(w.text[0] for w in words).upper() == letters \
                and any(w.lower_ in sector_words or w.lemma_.lower() in sector_words for w in words):
            found += [Span(doc, words[0].i, close.i - 2, label="KG:Sector"), Span(doc, acronym.i, acronym.i + 1, label="KG:Sector")]
    if found:
        covered = {i for span in found for i in range(span.start, span.end)}
        doc.ents = sorted([e for e in ents_of(doc) if not covered & set(range(e.start, e.end))] + found, key=lambda e: e.start)
    return doc


@dataclass(frozen=True)
class BySectorName:
    """The relation (FORMAT.md name) a sector's word inside a firm's name states, the
    classes of names read, and the confidence."""

    relation: str
    classes: frozenset[str]
    confidence: float


def load_by_sector_name(ontology: Ontology, folder: Path | None = None) -> BySectorName | None:
    """The ``by_sector_name`` rule of ``triggers.yaml`` (at most one relation has it),
    checked: its classes must be the relation's subjects and a sector its object."""
    found = single_class_rule(ontology, "by_sector_name", "Sector", folder)
    return BySectorName(*found) if found else None


def facts_by_sector_name(entities: dict[str, DocumentEntity], relations: list[dict], rule: BySectorName | None) -> list[dict]:
    """ "Nippon Steel", "Bear Robotics", "L-H Battery Company": a firm whose name holds a
    reference sector's one-word name works in that sector, when the text speaks of the
    sector on its own too ("crude steel", "the robotics sector") and states no sector of
    the firm otherwise. A name alone says too little ("Korea Shipbuilding" in a story of
    mergers names no trade the story tells of), and a sector stated for the firm is more
    exact than the word of its name ("Rainbow Robotics, a humanoid robot maker")."""
    if rule is None:
        return []
    # One-word names only ("steel", "robotics", "battery" -> "batteries").
    words = {name: label for name, label in _reference_sector_names().items() if name and " " not in name and "-" not in name}
    spoken = {e.name for e in entities.values() if e.cls == "Sector" and e.known and e.mentions}
    described = {r["subject"] for r in relations if r["predicate"] == rule.relation}
    told = {name for r in relations if not r.get("implied") for name in (r["subject"], r["object"])}
    facts = []
    for entity in entities.values():
        if entity.cls not in rule.classes or entity.name in described or entity.name not in told or not entity.mentions:
            continue
        named = []
        for word in entity.name.split()[1:]:
            word = word.strip(".,()'’")
            sector = None if word.isupper() else words.get(word.lower())
            if sector in spoken and sector not in named:
                named.append(sector)
        facts.extend({
            "subject": entity.name, "predicate": rule.relation, "object": sector, "qualifiers": {},
            "confidence": rule.confidence, "evidence": list(entity.mentions[0]), "implied": True, "frame": "name-of-sector",
        } for sector in named)
    return facts


def without_broader_sectors(relations: list[dict], entities: dict[str, DocumentEntity]) -> list[dict]:
    """ "Rapidus, the Tokyo chipmaker, will make next-generation semiconductors": a firm's
    fact to a reference sector goes when a fact of the same sentence gives the same firm a
    narrower sector of it, one whose name ends with a name of the reference one (or with
    the whole name of a sector of no reference); the narrower says all the broader does.
    The reference sector, then named by no fact, folds into the narrower one
    (:func:`folded_sectors`). Told in sentences apart ("Hanul, a robot maker ... Hanul's
    educational robots"), both stand."""
    sectors = {e.name: e for e in entities.values() if e.cls == "Sector"}
    names = {e.label: [n.lower() for n in e.names] for e in reference_entities()[0] if e.cls == "Sector"}
    told: dict[tuple, set[str]] = {}
    for r in relations:
        if r["object"] in sectors:
            told.setdefault((r["subject"], r["predicate"], tuple(r["evidence"])), set()).add(r["object"])

    def narrowed(fact: dict) -> bool:
        broad = fact["object"]
        # A phrase of no reference narrows by its own words ("battery material" by
        # "lithium-ion battery material").
        spellings = names.get(broad, ()) if broad in sectors and sectors[broad].known else (broad.lower(),)
        return broad in sectors and any(
            other != broad and any(other.lower().endswith(" " + n) for n in spellings)
            for other in told[(fact["subject"], fact["predicate"], tuple(fact["evidence"]))])

    return [r for r in relations if not narrowed(r)]
