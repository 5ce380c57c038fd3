"""References within one document: descriptions ("the company", "the Korean chipmaker") and
pronouns ("it", "his") resolved to the entity they stand for, and short forms and initials
("Xiaopeng", "SES") linked to the organisation named in full. A fact reached through a
reference is worth less than one stated with names (see kg/extract/relations.py)."""

from __future__ import annotations

from kg.extract.acronym_names import name_initials
from kg.extract.apposed_descriptions import described_before, owner_told_in_said_clause, past_modifiers
from kg.extract.entities import DocumentEntity, given_name, mention_at
from kg.extract.date_words import source_verbs
from kg.extract.event_names import by_initials, edition_of
from kg.extract.guard import setting_words
from kg.extract.named_parts import parts_named
from kg.extract.outlets import Outlets
from kg.extract.parse_paths import clause_verb
from kg.extract.patterns import doc_text, token_mark
from kg.extract.people import bare_names
from kg.extract.pronouns import Pronouns, last_subject, sentence_named
from kg.extract.short_forms import (
    anded,
    before_nouns,
    contracted,
    country_respelled,
    ends_with,
    founder_named,
    family_first_names,
    named_for,
    plural_of,
    respelled,
    shortens,
    unit_of,
    whole_firm,
    without_country, without_home,
)
from kg.extract.spans import dateline
from kg.extract.stated_homes import local_demonyms, stated_homes
from kg.extract.venture_names import venture_spans
from kg.ingest.normalize import name_key
from kg.ontology import Ontology

__all__ = ["References"]


def _argument_of(token) -> int:
    """Where the verb is of which *token* is an end, directly, after a preposition or as its
    object's owner ("gives Hyundai a stake", "a stake in Hanul", "raise Hanul's stake in the
    German group"), or -1 where it only narrows a noun ("backers in Finix have invested")."""
    while (token.dep_ in ("conj", "appos") or token.dep_ == "poss" and token.head.dep_ == "dobj") and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and head.dep_ in ("prep", "agent", "dative"):
        head = head.head
        if head.pos_ not in ("VERB", "AUX") and head.dep_ in ("dobj", "attr", "oprd"):
            head = head.head  # "a stake in the battery maker": the verb's object's phrase
    return head.i if head.pos_ in ("VERB", "AUX") else -1


def _governing_verbs(verb) -> set[int]:
    """Where the verbs are whose subject is also that of *verb*'s clause, a participle or
    an infinitive with no subject of its own ("..., valuing the firm", "agreed to buy")."""
    found = set()
    while verb.dep_ in ("advcl", "xcomp", "acl", "conj") and verb.tag_ in ("VBG", "VBN", "VB") and verb.head.i != verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        found.add(verb.i)
    return found


def _end_of(root, verb: int, governing: set[int]) -> bool:
    """Whether the mention of *root* is an end of the verb at *verb*, or the subject of one
    of the *governing* verbs (:func:`_governing_verbs`)."""
    return _argument_of(root) == verb or root.dep_ in ("nsubj", "nsubjpass") and root.head.i in governing


def _apposed_to(doc, token, determiner, entities: dict[str, DocumentEntity], classes, ontology: Ontology) -> bool:
    """Whether *token*'s description follows a comma right after a name of one of *classes*
    and the parse sets it beside that name. "In a statement to Reuters, the company said"
    is no apposition: the description is a subject."""
    if token.dep_ != "appos" or determiner.i < 2 or doc[determiner.i - 1].text != ",":
        return False
    name_end = doc[determiner.i - 2]
    # "As reported by Bloomberg, the firm, which is based in Lagos, ...": the name of the
    # story's source, whatever the parse, is no name the description sets itself beside.
    if name_end.dep_ == "pobj" and name_end.head.lower_ in ("by", "to") and name_end.head.head.lemma_.lower() in source_verbs():
        return False
    return token.head.i <= name_end.i and any(
        start <= name_end.idx < end and start <= token.head.idx < end
        for e in entities.values() if any(ontology.is_subclass(e.cls, cls) for cls in classes) for start, end in e.mentions)


def _past_hyphened(doc, first, noun):
    """The first token of the hyphened words that end right before *first* ("state-owned",
    "Toronto-listed", "loss-making" before "Indian company"), or *first* itself: words of
    the description, which a determiner opens before them. Not "-based", which says where
    the firm is and is read apart, nor before a *noun* with "of" ("the Japan-focused fund of
    500 Startups": a new fund, which its owner names)."""
    if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of":
        return first
    while first.i >= 4 and doc[first.i - 2].text in ("-", "–") and doc[first.i - 1].is_alpha and doc[first.i - 3].is_alpha \
            and doc[first.i - 1].lower_ not in ("based", "headquartered"):
        first = doc[first.i - 3]
    return first


def _named_in_sentence_before(token, candidates) -> bool:
    """Whether *token*'s sentence names one of *candidates* before it."""
    opens = token.sent.start_char
    return any(opens <= start < token.idx for e in candidates for start, _ in e.mentions)


def _sold_a_part_before(token, seller: DocumentEntity, entities: dict[str, DocumentEntity]) -> bool:
    """Whether *seller* sold off an unnamed part of its own in the sentence before *token*'s
    or in its own before it ("Hanul sold its logistics unit to Minjin. Daewon is paying EUR
    255 million for the group": the group paid for is the unit, no name; a verb of
    ``part_selling_verbs`` of ontology/extraction.yaml, its object owned by "its")."""
    doc = token.doc
    sentence = token.sent
    opens = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start

    def named(word, among) -> bool:
        return any(start <= word.idx < end for e in among for start, end in e.mentions)

    others = [e for e in entities.values() if e.cls not in ("Sector", "Country", "City")]
    for verb in doc[opens:token.i]:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in setting_words("part_selling_verbs"):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") and named(c, [seller]) for c in verb.children):
            continue
        if any(c.dep_ == "dobj" and not named(c, others) and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children)
               for c in verb.children):
            return True
    return False


def _holder_told_before(token, candidates: list[DocumentEntity]) -> DocumentEntity | None:
    """The holder the sentence before told of, when *token* is what "the other holders" hold
    ("Daewon owns 20% of Minjin. The other holders in the group are Sora and Hanul": the group
    is Minjin, which Daewon holds part of; Daewon, its subject, is a holder, no firm held):
    the subject of the sentence before, when it tells of a part held (``holding_nouns``,
    ``equity_words`` of ontology/extraction.yaml)."""
    holder = token.head.head
    if token.dep_ != "pobj" or token.head.lower_ not in ("in", "of") or holder.lemma_.lower() not in setting_words("holding_nouns") \
            or not any(c.dep_ == "amod" and c.lower_ in ("other", "remaining") for c in holder.children) or token.sent.start == 0:
        return None
    before = token.doc[token.sent.start - 1].sent
    # Only a sentence that tells of a part held ("a 20% stake", "shares"): "Minjin is a
    # lender. The other holders in the group ..." is Minjin's.
    if not any(token_mark(t, "kg_value_kind") == "percent" or t.lemma_.lower() in setting_words("equity_words") for t in before):
        return None
    subjects = [t for t in before if t.dep_ == "nsubj"]
    return next((e for e in candidates for start, end in e.mentions if any(start <= t.idx < end for t in subjects)), None)


def _titles_listed(doc, after) -> bool:
    """Whether the title before *after* opens a list of titles given with their "of" ("the
    founder and chairman of Hanul"): "and", at most three words of a title, then "of" or
    "at"."""
    if after.lower_ not in ("and", "&"):
        return False
    for token in doc[after.i + 1:after.i + 5]:
        if token.lower_ in ("of", "at"):
            return token.i > after.i + 1
        if token.pos_ not in ("NOUN", "ADJ", "PROPN"):
            return False
    return False


class References:
    """Resolves what refers back in a document, with the words that do so (descriptions by
    class, pronouns by class) from ``data/reference/names.yaml``."""

    def __init__(self, ontology: Ontology, descriptions: dict[str, tuple[str, ...]], pronouns: dict[str, str],
                 titles: frozenset[str] = frozenset(), fresh_words: frozenset[str] = frozenset(),
                 outlets: Outlets | None = None, name_bound: frozenset[str] = frozenset()) -> None:
        self.ontology, self._name_bound = ontology, name_bound  # "the bank": only a firm whose name says so
        self._outlets = outlets or Outlets()  # who tells a story is not what it refers to
        self._fresh_words = fresh_words  # "the new company" refers back to no one
        self._anaphora = descriptions  # word -> the classes it may refer to ("firm": a company or a fund)
        self._pronouns = Pronouns(ontology, pronouns, self._outlets.is_outlet)
        self._titles = titles
        #: The pronouns that stand for people ("he", "his").
        self.person_pronouns = frozenset(word for word, cls in pronouns.items() if cls == "Person")
        #: Those that stand for organisations ("it").
        self._organisation_pronouns = frozenset(word for word, cls in pronouns.items() if cls != "Person")

    _ORGANISATIONS = ("Company", "InvestmentFirm", "GovernmentBody", "ResearchOrg")
    #: Named things whose short forms are linked too, only to a name of their own class.
    _NAMED_THINGS = ("Policy", "Event")

    def link_short_forms(self, entities: dict[str, DocumentEntity], spans: list) -> None:
        """ "Xiaopeng" after "Xiaopeng Motors", "SES" beside "SolidEnergy Systems": a name that
        starts one organisation's full name, or spells its initials, is that organisation,
        when no other organisation of the text fits as well; so for a policy's or an
        event's name and a longer one of the same class ("CHIPS Act", "CHIPS and Science
        Act"), and for an event's name that ends a longer one ("the Business Forum" after "the
        Ethio-Hanul Business Forum")."""
        organisations = [e for e in entities.values() if e.cls in self._ORGANISATIONS or e.cls in self._NAMED_THINGS]
        merged: dict[str, DocumentEntity] = {}
        parts = parts_named(doc_text(spans[0][0].doc), entities) if spans else set()
        for short in organisations:
            words = short.name.split()
            fits = [
                full for full in organisations
                if full is not short and not (short.iri and full.iri and short.iri != full.iri)
                and (full.key, short.key) not in parts
                and (full.cls == "Event" and not short.iri and (edition_of(words, full.name.split())
                                                                   or short.cls == "Event" and (ends_with(words, full.name.split())
                                                                                                or by_initials(words, full.name.split())
                                                                                                or before_nouns(words, full.name.split())))
                     or (full.cls == short.cls or short.cls not in self._NAMED_THINGS and full.cls not in self._NAMED_THINGS)
                and (full.cls == short.cls and contracted(words, full.name.split())
                     # "KOECO ... Korea Exhibition Company (KOECO)": an acronym used before
                     # the name that defines it is that name's.
                     or short.name in full.surfaces and name_key(short.name) != name_key(full.name)
                     or any(shortens(anded(words), anded(other.split())) and not unit_of(words, other.split())
                            for other in (full.name, *full.surfaces))
                     or len(words) == 1 and short.name in name_initials(full.name)
                     or plural_of(full.name.split(), words) and len(full.mentions) >= len(short.mentions)
                     or full.cls == short.cls and (without_country(full.name.split(), words) or without_home(full.name.split(), words, [o.name for o in organisations]))
                     or full.cls == short.cls and country_respelled(words, full.name.split())
                     or full.cls == short.cls and founder_named(full.name.split(), words)
                     or full.cls == short.cls and respelled(words, full.name.split()) and full.key not in merged))
            ]
            # "Hanul" where the text also writes "Hanul Investment Company" is that firm's
            # short form, not that of its arm "Hanul Ventures".
            fits = [f for f in fits if not any(shortens(words, s.split()) and s not in f.surfaces for s in short.surfaces if s != short.name)]
            # "Reuters ... Reuters ... a golden share held by The Reuters Founder Share Co.": a
            # name the text has used again and again before a longer one first appears is its
            # own, and the longer one, named once, another body named after it.
            named_after = fits
            fits = [f for f in fits if not (len(f.mentions) == 1 and f.cls in self._ORGANISATIONS
                                            and sum(m[0] < f.mentions[0][0] for m in short.mentions) >= 3)]
            # "Jindal" of "Jindal Steel" and "Jindal Steel International": a fit that is a
            # short form of another fit is that one.
            fits = [f for f in fits if not any(g is not f and shortens(f.name.split(), g.name.split()) for g in fits)]
            if len(words) == 1 and len(named_after) > 1 and all(shortens(words, f.name.split()) for f in named_after) \
                    and len(short.mentions) > sum(len(f.mentions) for f in named_after):
                fits = whole_firm(words, named_after)  # the parent of its units (below), named in full or not at all
            if len(fits) > 1 and len(words) == 1 and all(shortens(words, f.name.split()) for f in fits):
                # "Geely" beside "Geely Holding" and "Geely Auto Holdings": the firm the text
                # names most, the first named on a tie (a story names its subject early).
                # Not "Boeing" named more often on its own than "Boeing Commercial Airplanes"
                # and "Boeing Global Services" together: the parent of its units, no short form of one.
                fits = whole_firm(words, fits) if len(short.mentions) > sum(len(f.mentions) for f in fits) else \
                    [min(fits, key=lambda f: (-len(f.mentions), min(f.mentions, default=(0, 0))))]
            if len(fits) == 1 and short.key not in merged:
                full = fits[0]
                merged[short.key] = full
                full.surfaces.update(short.surfaces)
                full.mentions.extend(short.mentions)
        # "Hanul Mobility Pvt. Ltd ... Hanul Mobility": the first words of a firm's name with
        # its legal form, read as a person's name, are that firm (one firm only so opens);
        # so is the firm's very name ("Busan-listed Minjin Freight") where no title makes it a
        # person's, and its first word alone where no title nor person's full name claims it.
        people = sorted((e for e in entities.values() if e.cls == "Person" and len(e.name.split()) > 1),
                        key=lambda e: min(e.mentions, default=(0, 0)))
        for short in entities.values():
            words = short.name.split()
            if short.cls != "Person" or short.iri or short.key in merged or len(words) < 2 and (
                    short.titled or any(short.name in bare_names(p.name, family_first_names()) for p in people)):
                continue
            fits = [full for full in organisations if full.key not in merged and (shortens(words, full.name.split())
                    and not unit_of(words, full.name.split())
                    and (len(words) == 1 or len(name_key(full.name).split()) < len(full.name.split()))
                    or not short.titled and (name_key(full.name) == name_key(short.name) or without_home(full.name.split(), words, [o.name for o in organisations])))]
            if len(fits) == 1:
                merged[short.key] = fits[0]
                fits[0].surfaces.update(short.surfaces)
                fits[0].mentions.extend(short.mentions)
        # "Kishida to visit Washington" in a headline before "Prime Minister Fumio Kishida":
        # a family name met before the full name is that person (the first so named).
        for short in entities.values():
            if short.cls != "Person" or short.iri or len(short.name.split()) != 1 or short.key in merged:
                continue
            full = next((p for p in people if short.name in bare_names(p.name, family_first_names())), None)
            if full is None and short.titled:
                # "President Uhuru receives ..." before "President Uhuru Kenyatta": a given name
                # after a title, of one person of the text only.
                named = [p for p in people if given_name(p.name, family_first_names()) == short.name]
                full = named[0] if len(named) == 1 else None
            if full is not None:
                merged[short.key] = full
                full.surfaces.update(short.surfaces)
                full.mentions.extend(short.mentions)
        # "a factory in Sendai ... to reach Sendai, where": a name a cue made a place once, or
        # a one-word name a person ("Modi met ... where Modi"), and that NER's label alone
        # made a firm elsewhere, is the one entity. Not a longer name a weak cue made a
        # person ("backed Pellston Mills in 2030").
        # A firm a text says is based somewhere ("Paris-based Suez") is no city.
        based = {attrs.get("kg_entity") for span, attrs in spans if span.start >= 2
                 and span.doc[span.start - 1].lower_ in ("based", "headquartered") and span.doc[span.start - 2].text in ("-", "–")}
        typed = {name_key(e.name): e for e in entities.values() if e.key not in merged and (
            e.cls == "City" or e.cls == "Person" and len(e.name.split()) == 1)}
        for short in entities.values():
            full = typed.get(name_key(short.name))
            if full is None and short.cls == "Company" and len(short.name.split()) == 1 and not any(
                    short.name in o.name.split() for o in organisations if o is not short):
                # "Public Relations Manager, Deliby Chimbalu said ... Chimbalu added": the family
                # name of one person of the text, which NER alone called a firm's, and no
                # organisation's name holds.
                named = [p for p in people if p.key not in merged and short.name in bare_names(p.name, family_first_names())]
                full = named[0] if len(named) == 1 else None
            if short.cls == "Company" and not short.iri and not short.known and full is not None and short.key not in merged:
                if full.cls == "City" and short.key in based and not full.iri:
                    full, short = short, full  # "Paris-based Suez" is a firm, however often named alone
                merged[short.key] = full
                full.surfaces.update(short.surfaces)
                full.mentions.extend(short.mentions)
        for key, full in merged.items():
            del entities[key]
        for _, attrs in spans:
            full = merged.get(attrs.get("kg_entity"))
            for _ in range(len(merged)):  # "Aston" into "Aston Bay Ltd", that into another: to the one that stays
                full = merged.get(full.key, full) if full is not None else None
            if full is not None:
                attrs["kg_entity"], attrs["kg_class"] = full.key, full.cls

    def spans(self, doc, taken: set[int], entities: dict[str, DocumentEntity]) -> list:
        """Spans that refer back, with the entity each stands for: descriptions ('the
        company', 'our company', 'the Taiwanese chipmaker') to the most salient
        entity of that class named before: the most often named, the first named on a tie
        (a story's subject is named early and often)."""
        spans = venture_spans(doc, taken, entities, self._ORGANISATIONS[:2]) + local_demonyms(doc, taken, entities)
        # The agency of a dateline is named first but is not what the story is about.
        source = dateline(doc_text(doc))[0] or (0, 0)
        starts = sorted((start, e) for e in entities.values() for start, _ in e.mentions if not source[0] <= start < source[1])
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        pointer = 0
        # "the analytics firm Minjin Data": a name right after a description is what it
        # describes; the description refers back to no one.
        named_at = {start for start, e in starts if e.cls not in ("Country", "City", "Sector")}
        for token in doc:
            while pointer < len(starts) and starts[pointer][0] < token.idx:
                start, entity = starts[pointer]
                counts[entity.key] = counts.get(entity.key, 0) + 1
                first.setdefault(entity.key, start)
                pointer += 1
            if token.i in taken or token.lower_ not in self._anaphora or token.i == 0 \
                    or token.i + 1 < len(doc) and doc[token.i + 1].idx in named_at:
                continue
            before = doc[token.i - 1]
            # "the robot maker", "the battery unit": up to two plain modifiers between.
            while before.i > 0 and before.i not in taken and before.pos_ in ("NOUN", "ADJ") and token.i - before.i <= 2:
                before = doc[before.i - 1]
            classes = self._anaphora[token.lower_]
            if "Event" in classes:
                before = self._event_opening(doc, token, before, taken)
            determiner = before
            described_home, home_class = None, "Country"
            based = self._place_based_opening(doc, before, entities)
            based_in = None
            if based is not None:
                # "The Tokyo-based chipmaker": the place stays its own token too, for the
                # frames that read where the firm is based.
                before, determiner = based, doc[based.i - 1]
                based_in = mention_at(entities, based.idx, ("Country", "City"))
            elif before.i in taken and before.i > 0:
                # "the Taiwanese chipmaker", "the battery maker": a demonym or a sector
                # between determiner and noun stays its own token, so that patterns read
                # the country or the sector from it.
                # "the Shenzhen company": a city, for a firm's description only (not "the
                # Busan summit", whose city may be another event's).
                places = ("Country", "Sector", "City") if set(classes) <= set(self._ORGANISATIONS[:2]) else ("Country", "Sector")
                found = mention_at(entities, before.idx, places)
                if found is None:
                    continue
                where = found[0]
                described_home = found[1].key if found[1].cls in ("Country", "City") else None
                home_class = "City" if found[1].cls == "City" else "Country"
                opening = before
                while opening.i > 0 and opening.idx > where:  # "South Korean" is two tokens here
                    opening = doc[opening.i - 1]
                if opening.i == 0:
                    continue
                # "the Chinese EV maker": a demonym before the sector, both their own tokens.
                demonym = mention_at(entities, doc[opening.i - 1].idx, ("Country",)) if described_home is None else None
                if demonym is not None and doc[opening.i - 1].i in taken:
                    described_home = demonym[1].key
                    while opening.i > 0 and opening.idx > demonym[0]:
                        opening = doc[opening.i - 1]
                    if opening.i == 0:
                        continue
                opening = past_modifiers(doc, _past_hyphened(doc, opening, token), taken)
                determiner = doc[opening.i - 1]
            elif before.i not in taken and before.i + 1 < token.i:
                # "The state-owned company said": the hyphened words are the description's too.
                opening = _past_hyphened(doc, doc[before.i + 1], token)
                determiner = doc[opening.i - 1] if opening.i != before.i + 1 else before
            timed = "Event" in classes and self._owned_by_a_time(doc, determiner)
            if not timed and determiner.lower_ not in ("the", "our", "its", "this", "that", "his", "her", "their") or determiner.i in taken \
                    or any(t.lower_ in self._fresh_words for t in doc[determiner.i + 1:token.i]):
                continue
            if token.dep_ == "nsubj" and token.head.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ == "PROPN" for c in token.head.children):
                continue  # "The company is Hanul Robotics": a name given, not one referred to
            if token.dep_ == "attr" and token.head.lemma_ == "be" and any(c.lower_ == "of" for c in token.children):
                continue  # "Vingroup is the parent company of VinFast": what its subject is, for the frames
            if any(c.dep_ == "nsubj" and c.i < determiner.i for c in token.children) \
                    or determiner.i > 1 and doc[determiner.i - 2].lower_ == "one" and doc[determiner.i - 1].lower_ == "of":
                # "the deal would make Hanul the largest media group", "makes Hanul one of the
                # largest chipmakers": what Hanul is, a predicate; one of a set refers to none.
                continue
            if "Event" in classes and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of":
                continue  # "the opening ceremony of the Asia Energy Summit": the event it is part of says which
            # "The deal gives Hyundai a stake in the battery maker": a description is not
            # one of the other ends of its own verb.
            verb = clause_verb(token)
            # "Midea announced an offer ..., valuing the German firm at $5 billion": a
            # participle's clause has no subject of its own, and the description is not the
            # subject of the verb the clause hangs on either.
            governing = _governing_verbs(doc[verb])
            opens = token.sent.start_char  # spaCy finds a token's sentence anew at each ask
            same_clause = {e.key for e in entities.values() for start, end in e.mentions
                           if opens <= start < token.idx
                           and _end_of(doc.char_span(start, end, alignment_mode="expand").root, verb, governing)}
            candidates = [e for e in entities.values() if e.key in counts and e.key not in same_clause
                          and any(self.ontology.is_subclass(e.cls, cls) for cls in classes)]
            # "Hanul said it will buy a stake in the Indian company": a pronoun that is the
            # clause's subject stands for its sayer, who is no other end of its own verb.
            speaker = self._pronoun_subject_stands_for(doc, doc[verb], governing, token, candidates)
            if speaker is not None and len(candidates) > 1:
                candidates = [e for e in candidates if e is not speaker]
            told = _holder_told_before(token, candidates)
            candidates = [e for e in candidates if e is not told]
            if based_in is not None:
                # "the Bangalore-based startup" is no firm the text said is based in Tokyo.
                homes = stated_homes(doc, entities, besides=range(determiner.i, token.i + 1), place=based_in[1].cls)
                candidates = [e for e in candidates if not homes.get(e.key) or based_in[1].key in homes[e.key]]
            if described_home is not None:
                # "The South Korean company" is no firm the text called Japanese; where none
                # is left, no one: a wrong home and every fact through it are worse than none.
                homes = stated_homes(doc, entities, besides=range(determiner.i, token.i + 1), place=home_class)
                candidates = [e for e in candidates if not homes.get(e.key) or described_home in homes[e.key]]
                placed = [e for e in candidates if described_home in homes.get(e.key, ())]
                candidates = placed if len(placed) == 1 else candidates
            # "... to acquire Puppet, the automation company": a description set beside a
            # name describes it (the frames read it so) and refers back to no one else; a
            # firm's beside any organisation's ("Waha Capital, the Abu Dhabi investment company").
            beside = self._ORGANISATIONS if set(classes) <= set(self._ORGANISATIONS) else classes
            if not candidates or _apposed_to(doc, token, determiner, entities, beside, self.ontology) or owner_told_in_said_clause(token):
                continue
            # "The Busan-based robot maker": the candidate whose name carries the description's
            # words ("Hanul Robotics") before the last subject or the most named.
            fitting = [e for e in candidates if named_for(e.name, [t.lower_ for t in doc[determiner.i + 1:token.i + 1]])]
            if token.lower_ in self._name_bound:  # "the bank said": Deutsche Bank; "the central bank": no Hanul Bank
                fitting = [e for e in candidates if all(named_for(e.name, [t.lower_]) for t in doc[determiner.i + 1:token.i + 1] if t.i not in taken)]
                if len(fitting) != 1:
                    continue
            # "Bloomberg reported that the group's finance chief ...": an outlet that is a
            # sentence's subject tells the story; it is not the firm the story is about.
            untold = [e for e in candidates if not self._outlets.is_outlet(e.name)]
            named_here = sentence_named(token, untold, homed=described_home is not None) if len(fitting) != 1 else None
            chosen = fitting[0] if len(fitting) == 1 else named_here or described_before(doc, token, untold) \
                or last_subject(doc, token, untold, roles=("nsubj", "nsubjpass", "poss"))
            # "Hanul plans to buy Minjin. Bidders are vying to buy Sorabol, which the French
            # insurer is looking to sell": the last line's subject is no firm a line about
            # another describes by its home (session 30, fresh news).
            if len(fitting) != 1 and named_here is None and chosen is not None and described_home is not None \
                    and _named_in_sentence_before(token, [e for e in candidates if e is not chosen]) \
                    and not _named_in_sentence_before(token, [chosen]):
                continue
            if chosen is None:
                chosen = max(candidates, key=lambda e: (counts[e.key], -first[e.key]))
                # "Daewon took a stake in Sorabol, signalling confidence in the Dutch group":
                # the line names a firm it acts on, the story another; a home given to the
                # wrong one is worse than none.
                if described_home is not None and token.dep_ not in ("nsubj", "nsubjpass") \
                        and _named_in_sentence_before(token, [e for e in candidates if e is not chosen]) \
                        and not _named_in_sentence_before(token, [chosen]):
                    continue
            if token.dep_ not in ("nsubj", "nsubjpass") and _sold_a_part_before(token, chosen, entities):
                continue
            demonym_between = determiner is not before
            # "the two-day summit": a date between stays its own token, for the qualifiers.
            alone = demonym_between or timed or any(t.i in taken for t in doc[determiner.i:token.i])
            span = doc[token.i:token.i + 1] if alone else doc[determiner.i:token.i + 1]
            spans.append((span, {"kg_class": chosen.cls, "kg_entity": chosen.key, "kg_coref": True}))
            taken.update(t.i for t in span)
        spans += self._title_spans(doc, taken, entities)
        by_key = {e.key: e for e in entities.values()}
        described = {t.i: ((span.start_char, span.end_char), by_key[found["kg_entity"]]) for span, found in spans
                     if found.get("kg_entity") in by_key for t in span}
        return spans + self._pronouns.spans(doc, taken, entities, described)

    def _title_spans(self, doc, taken: set[int], entities: dict[str, DocumentEntity]) -> list:
        """ "the prime minister", "the chairman" -> the person the text last named with that
        title before ("Prime Minister Fumio Kishida", "Kim, chairman of Daewon"); none
        where no one was, or where a name or "of" follows the title (a title given, not one
        referred back to)."""
        people = sorted((start, end, e) for e in entities.values() if e.cls == "Person" for start, end in e.mentions)
        spans = []
        for token in doc:
            if token.lower_ not in self._titles or token.i in taken or token.i + 1 >= len(doc):
                continue
            after = doc[token.i + 1]
            if after.i in taken or after.lower_ in ("of", "at", "'s", "’s") or after.pos_ == "PROPN" or _titles_listed(doc, after):
                continue
            determiner = doc[token.i - 1] if token.i else None
            if determiner is not None and determiner.pos_ == "ADJ" and determiner.i not in taken:
                determiner = doc[determiner.i - 1] if determiner.i else None  # "the prime minister"
            if determiner is None or determiner.lower_ != "the" or determiner.i in taken:
                continue
            if determiner.i and doc[determiner.i - 1].lower_ == "as":
                continue  # "the appointment of Kim as the new chairman": a post given, no one referred to
            words = {t.lower_ for t in doc[determiner.i + 1:token.i + 1]}
            chosen = None
            for start, end, person in people:
                if start >= token.idx:
                    break
                mention = doc.char_span(start, end, alignment_mode="expand")
                if words <= self._title_words(doc, mention, taken):
                    chosen = person
            if chosen is not None:
                span = doc[determiner.i:token.i + 1]
                spans.append((span, {"kg_class": "Person", "kg_entity": chosen.key, "kg_coref": True}))
                taken.update(t.i for t in span)
        return spans

    @staticmethod
    def _event_opening(doc, token, before, taken: set[int]):
        """Where an event's description opens: past the words that tell its length, order
        or time ("the two-day summit", "the 10th annual forum")."""
        while before.i > 0 and token.i - before.i <= 5 and (before.i not in taken or before.ent_type_ == "DATE" and not token_mark(before, "kg_entity")) \
                and (before.pos_ in ("NOUN", "ADJ", "NUM") or before.ent_type_ == "DATE" or before.text in ("-", "–") and not before.whitespace_):
            before = doc[before.i - 1]
        return before

    @staticmethod
    def _owned_by_a_time(doc, determiner) -> bool:
        """ "this year's summit", "Monday's meeting": a time's "'s" stands for "the"."""
        return determiner.lower_ in ("'s", "’s") and determiner.i > 0 and doc[determiner.i - 1].ent_type_ == "DATE"

    @staticmethod
    def _place_based_opening(doc, before, entities: dict[str, DocumentEntity]):
        """The first token of the place in "<place>-based" when *before* (or the hyphen
        before it) ends such words, else None."""
        if before.text in ("-", "–") and before.i + 1 < len(doc):
            before = doc[before.i + 1]
        if before.lower_ not in ("based", "headquartered") or before.i < 3 or doc[before.i - 1].text not in ("-", "–"):
            return None
        place = doc[before.i - 2]
        where = next((start for e in entities.values() if e.cls in ("Country", "City")
                      for start, end in e.mentions if start <= place.idx < end), None)
        if where is None:
            return None
        while place.i > 0 and place.idx > where:
            place = doc[place.i - 1]
        return place if place.i > 0 else None

    @staticmethod
    def _title_words(doc, mention, taken: set[int]) -> set[str]:
        """The words right before a person's name and after it up to the next name or
        clause ("Japanese Prime Minister Fumio Kishida", "Kim, chairman of Daewon"): where
        the text gives the person a title."""
        words = set()
        before = mention.start - 1
        while before >= 0 and mention.start - before <= 4 and before not in taken and not doc[before].is_punct:
            words.add(doc[before].lower_)
            before -= 1
        after = mention.end
        while after < len(doc) and after - mention.end <= 5 and after not in taken and doc[after].text not in (".", ";"):
            words.add(doc[after].lower_)
            after += 1
        return words

    def _pronoun_subject_stands_for(self, doc, verb, governing: set[int], token, candidates: list[DocumentEntity]):
        """The candidate a pronoun subject of *verb*'s clause (or of a verb governing it)
        stands for, where *token* is no subject itself: the named subject of a verb the
        clause hangs on in the sentence ("Hanul said it ..."), else the last sentence's
        subject ("Hanul signed a deal. It will ...")."""
        if token.dep_ in ("nsubj", "nsubjpass"):
            return None
        verbs = [verb, *(doc[i] for i in governing)]
        pronoun = next((c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in self._organisation_pronouns), None)
        if pronoun is None:
            return None
        above = pronoun.head
        while above.head.i != above.i:
            above = above.head
            named = [c for c in above.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i]
            for subject in named:
                found = next((e for e in candidates for start, end in e.mentions if start <= subject.idx < end), None)
                if found is not None:
                    return found
        return last_subject(doc, pronoun, candidates)
