"""The entities a frame's end word stands for: a mention and the names listed with it, a
common noun for the name written with it ("a robot maker, AgiBot", "investors including
Daewon"), a relative pronoun for its antecedent, "the round" for the firm that raised it
(:mod:`kg.extract.round_owners`), a part or a site for its owner or place, a title with no
"of" for the organisation the text names most, and those who act with the actor ("alongside
B", "with participation from C").
Apart from :mod:`kg.extract.relations`, which runs the rules and checks and keeps the
facts: finding the ends is the larger half of reading a frame, and needs only the parse,
the cue words and the document's sentences."""

from __future__ import annotations

import re
from collections import Counter

from kg.extract.coordination import compatible, coordinated
from kg.extract.end_tokens import (co_acting, figure_partners, fronted_owner, group_members, included_names, is_series, journey_ends, name_after,
                                   name_or_named, owned_by_a_name, possessor_before, telling_subject,
                                   title_verb_subject, titles_joined_after_name)
from kg.extract.entities import DocumentEntity
from kg.extract.frames import load_end_nouns
from kg.extract.guard import setting_words
from kg.extract.outlets import Outlets
from kg.extract.parse_paths import hung_on_governor, site_places
from kg.extract.patterns import token_mark, token_marks
from kg.extract.round_owners import RoundOwners, most_named
from kg.extract.sector_phrases import SectorPhrases, measured, modified, serviced
from kg.extract.sentence_values import SentenceValues
from kg.extract.values import funding_round
from kg.extract.venture_names import venture_undertakings
from kg.ingest.normalize import reference_names, reference_words
from kg.ontology import Ontology

__all__ = ["EndResolver", "legal_form"]


def legal_form(name: str) -> bool:
    """Whether *name* ends in a legal form ("Co., Ltd.", "Corporation"): a firm's, never a
    place's."""
    words = re.sub(r"[^\w\s]", " ", name.casefold()).split()
    suffixes = set(reference_names()["corporate_suffixes"])
    return any(" ".join(words[-k:]) in suffixes for k in (1, 2, 3) if len(words) > k)


def _actors(*tokens) -> bool:
    """Whether every mention is an organisation's (of any kind) or a person's."""
    return all(compatible(t, t) or token_mark(t, "kg_class") == "Person" for t in tokens)  # compatible(t, t): t is an organisation


def _conjunct_of(conjunct, token) -> bool:
    """Whether *conjunct* is coordinated with *token* itself, through conjuncts only (not
    "industry" of "chambers of commerce and industry")."""
    while conjunct.dep_ == "conj" and conjunct.head.i != conjunct.i:
        conjunct = conjunct.head
        if conjunct.i == token.i:
            return True
    return False


def _among(token, ends: list) -> bool:
    """Whether *token* is already one of *ends* (pairs of an end and whether it was reached
    through a reference; an end is a token or an entity's key). spaCy makes a new Token
    object at each access, so the same word is told by its position, not by identity."""
    return any(end is token or not isinstance(end, str) and not isinstance(token, str) and end.i == token.i for end, _ in ends)


class EndResolver:
    """Finds the entities of a frame's ends (see the module docstring), each with whether it
    was reached through a reference. *cues* are the relation reader's
    :class:`~kg.extract.relations.Cues`; *sentences*, the reader of the document's
    sentences (its :class:`~kg.extract.qualifiers.QualifierReader`)."""

    def __init__(self, ontology: Ontology, cues, sentences: SentenceValues, sector_phrases: SectorPhrases) -> None:
        self.ontology = ontology
        self.cues = cues
        self.sentences = sentences
        self.sector_phrases = sector_phrases
        # "fair", "summit", "show": nouns an event's name may modify ("the Hannover Messe trade fair").
        names = reference_names()
        self._staged_round_nouns = frozenset(str(w).lower() for w in names.get("staged_round_nouns") or ())
        self._event_words = frozenset(p.split()[-1] for p in [*names["anaphora"]["Event"], *names["descriptions"]["Event"]])
        self._end_nouns = load_end_nouns()
        self._outlets = Outlets.from_cues(names)
        self.rounds = RoundOwners(ontology, cues, sentences)

    def resolve(self, token, entities: dict[str, DocumentEntity], *, round_only: bool = False, rounds: bool = True) -> list[tuple]:
        """The entities a frame's end stands for, each with whether it was reached through
        a reference: a mention (and the mentions coordinated with it), "the round" for the
        firm that raised it, a common noun for the name in apposition to it ("a robot
        maker, AgiBot"), or the words of a sector."""
        if token.lower_ in self.cues.round_nouns or token.lemma_ in self.cues.round_nouns or is_series(token) \
                or token.lemma_.lower() in self._staged_round_nouns and funding_round(token.doc[token.left_edge.i:token.i + 1].text) \
                or round_only and token.ent_type_ == "MONEY" and token.dep_ == "dobj" and token.head.lemma_ in self.cues.raise_verbs \
                and not any(c.dep_ == "prep" and c.lower_ in ("in", "of") for c in token.children):
            # The last: "raised $35 million led by Daewon" (frame verb-reduced-passive), the
            # money raised standing for the round when no round is named after it (then
            # frame money-round-led-by reads it).
            raiser = self.rounds.owner(token, entities) if rounds else None
            return [raiser] if raiser else []
        if token.lower_ in ("which", "who", "that") and not token_mark(token, "kg_entity"):
            # "Rapidus, which is aiming to produce ...": the relative clause's antecedent.
            verb = token.head
            while verb.dep_ in ("xcomp", "conj", "ccomp") and verb.head.i != verb.i:
                verb = verb.head
            if verb.dep_ != "relcl":
                return []
            antecedent = verb.head
            # "Doosan Group, led by Park In-won, which produces robots": "which" is never a
            # person's; the name the person's phrase describes is meant.
            if token.lower_ == "which" and token_mark(antecedent, "kg_class") == "Person":
                described = next((t for t in list(antecedent.ancestors)[:4] if token_mark(t, "kg_entity") and token_mark(t, "kg_class") != "Person"), None)
                antecedent = described if described is not None else antecedent
            # "between Kim, who is on a visit to Japan, and Park": a clause set inside a list
            # tells of the names before it, not of those joined after it.
            return [(t, coref) for t, coref in self.resolve(antecedent, entities, round_only=round_only, rounds=rounds)
                    if isinstance(t, str) or t.i < verb.i or t.i == antecedent.i]
        if round_only:
            return []
        if token_mark(token, "kg_entity") and token.head.lower_ == "of":
            parent = self._parent_at(token)
            if parent is not None:
                return [(parent, False)]
        if token_mark(token, "kg_entity") and token_mark(token, "kg_class") == "Sector":
            # "humanoid robots" says more than the reference's "robotics"; "batteries and
            # electric motors": the words joined to it that no mention took name sectors too.
            words = modified(token)
            joined = self.sector_phrases.joined(token, entities, certified=self._made(token))
            if len(words) > 1 or any(isinstance(t, str) for t, _ in joined):
                found = (self.sector_phrases.phrase(words, entities) if len(words) > 1 else []) or [(token, False)]
                return found + [j for j in joined if j not in found]
        if token_mark(token, "kg_entity") and token_mark(token, "kg_coref") and token.pos_ == "NOUN":
            # "he founded the battery maker BYD": the name written beside a description
            # beats the firm the description was taken to refer back to.
            beside = [c for c in token.children if c.i == token.i + 1 and token_mark(c, "kg_entity") and not token_mark(c, "kg_coref")
                      and c.dep_ in ("appos", "compound", "nmod", "npadvmod")]
            if beside:
                return [(t, False) for t in self._conjoined(beside[0])]
        if token_mark(token, "kg_entity") and token.lower_ == "they" and token.head.dep_ == "ccomp":
            # "Hanul and Daewon said they will invest": all the sayers (kg/extract/pronouns.py).
            subject = next((c for c in token.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
            if subject is not None and token_mark(subject, "kg_entity"):
                return [(t, True) for t in self._conjoined(subject)]
        if token_mark(token, "kg_entity"):
            return [(t, token_mark(t, "kg_coref")) for t in self._conjoined(token)]
        named = [c for c in token.children if c.dep_ == "appos" and token_mark(c, "kg_entity")] or [t for t in [name_after(token)] if t is not None] \
            or hung_on_governor(token)
        if not named and token.lemma_.lower() in self._event_words:
            # "the Hannover Messe trade fair": the event named in the noun's own modifier.
            named = [c for c in token.children if c.dep_ in ("compound", "nmod") and token_mark(c, "kg_class") == "Event"]
        if not named and token.lemma_.lower() in self.cues.firm_words | self.cues.person_titles | self._end_nouns["sender"] \
                | {"investor", "backer", "shareholder"}:
            # "from investors including Daewon Capital", "firms such as TEL", "drew 300
            # exhibitors, including Hanul": the named ones.
            named = [pobj for prep in token.children if prep.dep_ == "prep" and (prep.lower_ in ("including", "like")
                     or prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))
                     for pobj in (name_or_named(c) for c in prep.children if c.dep_ == "pobj") if pobj is not None] \
                or included_names(token)
        if not named and token.lower_ == "likes" and any(c.lower_ == "the" for c in token.children):
            # "competes with the likes of Hanul and Minjin": those named after "of".
            named = [pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for pobj in (name_or_named(c) for c in prep.children if c.dep_ == "pobj") if pobj is not None]
        if not named and token.lemma_.lower() in self.cues.firm_words | {"investor", "backer", "shareholder", "consortium", "syndicate"}:
            named = group_members(token)
        if not named and token.lemma_.lower() in setting_words("named_part_nouns") and any(c.dep_ == "poss" for c in token.children):
            named = [c for c in token.children if c.dep_ == "compound" and token_mark(c, "kg_entity") and _actors(c) and token_mark(c, "kg_class") != "Person"]
        if named:
            found = [(t, False) for t in self._conjoined(named[0])]
            return found + [(t, False) for t in named[1:] if not _among(t, found)]
        identified = self._identified(token) or self._described(token) or self._named_venture(token)
        if identified is not None:
            return [(identified, True)]
        if token.lower_ in self.cues.person_titles:
            # "Federal Chancellor of Germany Olaf Scholz visits ...": the title stands for
            # the person named with it.
            people = [t for t in token.subtree if token_mark(t, "kg_class") == "Person" and 0 < t.i - token.i <= 5]
            if people:
                return [(people[0], token_mark(people[0], "kg_coref"))]
        if token.pos_ in ("NOUN", "PROPN", "ADJ") and not owned_by_a_name(token):
            # "produced 5 million tonnes of sugar and 3.84 billion liters of ethanol": the things
            # counted, made as the units are.
            thing = measured(token)
            found = self.sector_phrases.phrase(modified(thing), entities, certified=self._made(token)) if thing is not None else []
            if found:
                # Not "produces cattle feeds and supplies piglets": a "noun" with its own object is a verb.
                conj = [c for c in token.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and not any(g.dep_ == "dobj" for g in c.children)]
                for other in conj:
                    thing = measured(other)
                    found += [] if thing is None else self.sector_phrases.phrase(modified(thing), entities, certified=self._made(token)) \
                        if thing is not other else self.sector_phrases.phrase([c for c in other.lefts if c.dep_ in ("compound", "amod")] + [other],
                                                                             entities, certified=self._made(token))
                return found
        return []

    def _made(self, token) -> bool:
        """Whether *token* names what a firm makes: the object of a verb of making or of a
        maker's "of" ("produces plastic films", "a manufacturer of lighting products")."""
        head = token.head
        if token.lemma_.lower() in reference_words("unmade_nouns", lower=True):
            return False
        if token.dep_ == "pobj" and head.lower_ == "of":
            return head.head.lemma_.lower() in self.cues.maker_words
        # "its products include frozen dumplings", "Hanul, whose core business is meal kits":
        # what a firm's own products or business are is its trade, whatever the words.
        if token.dep_ in ("dobj", "attr") and head.lemma_.lower() in reference_words("offering_verbs", lower=True) \
                and any(c.dep_ == "nsubj" and c.lemma_.lower() in reference_words("offering_nouns", lower=True)
                        and any(g.dep_ == "poss" for g in c.children) for c in head.children):
            return True
        if token.dep_ != "dobj":
            return False
        making = reference_words("making_verbs", lower=True)
        # "manufactures, recycles and distributes packaging products": the object hangs on the
        # last verb, and is what each verb before it makes that has no object of its own.
        verbs, verb = [head], head
        while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in verb.head.children):
            verb = verb.head
            verbs.append(verb)
        return any(v.lemma_.lower() in making for v in verbs) or serviced(token)

    def owner_or_place(self, token, relation_name: str) -> list[tuple]:
        """A common noun that names a part of its possessor, for a person's relation ("an
        executive in Hanul's battery division": Hanul), a site or a firm with the place it
        is in, for a relation to a place ("toured the Hanul plant in Busan", "visited Hanul
        Robotics Co., Ltd. in Busan": Busan), or a part of an event, for a relation to an
        event ("the opening plenary of the forum"); each reached as through a reference."""
        relation = self.ontology.relation(relation_name)
        word, cls = token.lemma_.lower(), token_mark(token, "kg_class")
        # "its Board of Directors": the parser's proper noun when the part is capitalised.
        if not token_mark(token, "kg_entity") and (token.pos_ == "NOUN" or token.pos_ == "PROPN" and word in self._end_nouns["organ"]) \
                and word in self._end_nouns["part"] \
                and self.ontology.is_subclass(relation.domain, "Person") \
                and not any(c.dep_ == "appos" and token_mark(c, "kg_entity") and token_mark(c, "kg_class") != "Person" for c in token.children):
            # Not "vice chairman of the group's shipping arm Hanul Marine": a part named is itself meant.
            found = self._part_owners(token)
        elif self.ontology.is_subclass(relation.range, "Place") and (
                # A firm by its legal form ("Co., Ltd."): "visited COEX in Seoul" may mean COEX.
                token_mark(token, "kg_entity") and cls and not self.ontology.is_subclass(cls, "Place") and legal_form(token.text)
                or not token_mark(token, "kg_entity") and token.pos_ == "NOUN" and word in self._end_nouns["site"]):
            found = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                     for g in c.children if g.dep_ == "pobj" and token_mark(g, "kg_entity") and self.ontology.is_subclass(token_mark(g, "kg_class"), "Place")]
            if not found and not token_mark(token, "kg_entity"):
                found = [g for g in site_places(token) if token_mark(g, "kg_entity") and self.ontology.is_subclass(token_mark(g, "kg_class"), "Place")]
            if not found and not token_mark(token, "kg_entity"):
                # "Hanul's Busan plant", "the Gumi factory": the place that names the site.
                found = [c for c in token.children if c.dep_ in ("compound", "nmod", "amod") and token_mark(c, "kg_entity")
                         and token_mark(c, "kg_class") in ("City", "Facility")]
        elif not token_mark(token, "kg_entity") and token.pos_ in ("NOUN", "PROPN") and word in self._end_nouns["region"] \
                and self.ontology.is_subclass(relation.range, "Place"):
            # "the city of Hefei", "Chongqing Municipality", "the US state of Ohio": the place
            # after "of" first, as it is the narrower one, or in apposition ("the Peruvian
            # capital, Lima": not Peru), else the one that modifies the word.
            places = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"] + \
                [c for c in token.children if c.dep_ == "appos"] + \
                [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
            found = [t for t in places if token_mark(t, "kg_entity") and token_mark(t, "kg_class") and self.ontology.is_subclass(token_mark(t, "kg_class"), "Place")]
        elif not token_mark(token, "kg_entity") and token.pos_ == "NOUN" and word.rsplit(" ", 1)[-1] in self._end_nouns["occasion"] \
                and self.ontology.is_subclass(relation.range, "Event"):
            # "said at the opening plenary of the forum": the event a part of it is of; "on the
            # second day of the expo", a date merged into one token, by its last word.
            found = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" and token_mark(g, "kg_class") == "Event"]
        else:
            found = []
        return [(t, True) for t in found[:1]]

    def _part_owners(self, token) -> list:
        """The organisations a part noun is of: "Hanul's board", or "the board of Hanul"
        ("The board of Hanul elected Kim as its chair"), or of a firm described first ("the
        board of Korea's biggest robot maker Hanul")."""
        found = [c for c in token.children if c.dep_ == "poss"] or \
            [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        found = [n for t in found for n in ([t] if token_mark(t, "kg_entity") else [c for c in t.children if c.dep_ == "appos"])]
        return [t for t in found if token_mark(t, "kg_entity") and self.ontology.is_subclass(token_mark(t, "kg_class"), "Organization")]

    def organ_owners(self, token, relation_name: str) -> list[tuple]:
        """The firm whose deciding body (an *organ* end noun) is the subject of a firm's act
        ("The board of directors at Hanul decided to buy ...": Hanul), through a reference."""
        if token_mark(token, "kg_entity") or token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass") \
                or token.lemma_.lower() not in self._end_nouns["organ"] \
                or self.ontology.is_subclass(self.ontology.relation(relation_name).domain, "Person"):
            return []
        found = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children if g.dep_ == "pobj"]
        found = [t for t in found if token_mark(t, "kg_entity") and self.ontology.is_subclass(token_mark(t, "kg_class"), "Organization")] \
            or self._part_owners(token)
        return [(t, True) for t in found[:1]]

    def senders(self, token, relation_name: str) -> list[tuple]:
        """ "delegates from Vietnam and Laos", "exhibitors from Hanul Robotics": a common noun
        of those who come to an event stands for the countries or bodies after its "from",
        as the one taking part, for a relation to an event; "a delegation led by Kim" for
        its leader, for a relation to an event or a visit to a place; each reached as
        through a reference. None for any other end. Nouns coordinated with the end are
        read so too ("attended by chambers of commerce and representatives from Peru and
        Chile", "business leaders as well as officials from Peru"): the last of a list is
        often the one whose senders are named."""
        if token_mark(token, "kg_entity") or token.pos_ != "NOUN":
            return []
        found = []
        for noun in [token] + [c for c in token.subtree if c.dep_ == "conj" and c.pos_ == "NOUN" and not token_mark(c, "kg_entity")
                               and _conjunct_of(c, token)]:
            found += [end for end in self._sent_by(noun, relation_name) if all(end[0].i != f.i for f, _ in found)]
        return found

    def _sent_by(self, token, relation_name: str) -> list[tuple]:
        """The ends *token*, one noun of those who come, stands for (:meth:`senders`)."""
        relation = self.ontology.relation(relation_name)
        if token.lemma_.lower() not in self._end_nouns["sender"]:
            return []
        to_event = self.ontology.is_subclass(relation.range, "Event")
        if to_event or self.ontology.is_subclass(relation.range, "Place") and not self.ontology.is_subclass(relation.domain, "Event"):
            leaders = [g for c in token.children if c.dep_ == "acl" and c.lemma_ in ("lead", "head")
                       for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj" and token_mark(g, "kg_entity")]
            if leaders:
                return [(t, True) for t in self._conjoined(leaders[0]) if _actors(t)]
        if not to_event:
            return []
        # "met delegates from Vietnam at the expo": the parser may hang "from" on the verb.
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        froms = [c for c in token.children if c.dep_ == "prep"] + \
            ([after] if after is not None and after.dep_ == "prep" and after.head.i == token.head.i else [])
        # "ministers of Thailand and Nepal met at the summit": a country's own envoys, by "of"
        # (not "delegates of the forum", nor "officials of the ministry", whose body is theirs).
        sources = [g for c in froms if c.lower_ == "from" or c.lower_ == "of" and c.head.i == token.i
                   for g in c.children if g.dep_ == "pobj"
                   and (c.lower_ == "from" or token_mark(g, "kg_class") and self.ontology.is_subclass(token_mark(g, "kg_class"), "Country"))]
        # "delegates from 20 countries, including Vietnam and Laos", "from 29 countries which
        # include Vietnam and Laos": the ones named.
        sources = [n for g in sources for n in ([g] if token_mark(g, "kg_entity") else [
            pobj for prep in g.children if prep.dep_ == "prep" and (prep.lower_ in ("including", "like")
                                                                    or prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))
            for pobj in prep.children if pobj.dep_ == "pobj" and token_mark(pobj, "kg_entity")] + [
            named for clause in g.children if clause.dep_ == "relcl" and clause.lemma_ == "include"
            for named in clause.children if named.dep_ == "dobj" and token_mark(named, "kg_entity")])]
        return [(t, True) for g in sources[:1] for t in self._conjoined(g)
                if token_mark(t, "kg_class") and self.ontology.is_subclass(token_mark(t, "kg_class"), "Place") or _actors(t)]

    def _identified(self, token):
        """ "... an investment in a robot maker. The company is Hanul Robotics": the name an
        identity sentence right after gives a firm described with "a", or None."""
        if token.lemma_.lower() not in self.cues.firm_words or not any(c.lower_ in ("a", "an") for c in token.children):
            return None
        sentences, of_token = self.sentences.sentence_index(token.doc)
        following = of_token[token.i] + 1
        if following >= len(sentences):
            return None
        for verb in sentences[following]:
            if verb.lemma_ != "be" or verb.dep_ != "ROOT":
                continue
            subject = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in self.cues.firm_words
                       and any(d.lower_ in ("the", "this") for d in c.lefts)]
            named = [c for c in verb.children if c.dep_ == "attr" and token_mark(c, "kg_entity") and self.ontology.is_subclass(token_mark(c, "kg_class"), "Organization")]
            if subject and named:
                return named[0]
        return None

    def or_parent(self, token) -> tuple:
        """A surface rule's end: the mention, or the organisation it is said to be a part
        of ("of the Markets Group at Daewon Bank")."""
        parent = self._parent_at(token) if token.head.lower_ == "of" else None
        # "vice chairman of the group's shipping arm Hanul Marine": the part named, not its possessor.
        part = token.head if token.dep_ == "poss" and token.head.lemma_.lower() in self._end_nouns["part"] else None
        named = [c for c in part.children if c.dep_ == "appos" and token_mark(c, "kg_entity") and token_mark(c, "kg_class")
                 and self.ontology.is_subclass(token_mark(c, "kg_class"), "Organization")] if part is not None else []
        if named:
            return (named[0], False)
        return (parent, False) if parent is not None else (token, token_mark(token, "kg_coref"))

    def _parent_at(self, token):
        """ "executive vice president of the Markets Group at Daewon Bank": the organisation
        after "at" that an organisation after "of" is a part of (the parse hangs "at" on the
        part or on the word before "of"); else None."""
        if not self.ontology.is_subclass(token_mark(token, "kg_class") or "Thing", "Organization"):
            return None
        for holder in (token, token.head.head):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ == "at" and prep.i > token.i:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and token_mark(pobj, "kg_entity") and token_mark(pobj, "kg_entity") != token_mark(token, "kg_entity") \
                                and self.ontology.is_subclass(token_mark(pobj, "kg_class"), "Organization"):
                            return pobj
        return None

    def _named_venture(self, token):
        """ "the joint venture's chief operating officer", "its investment in this joint
        venture": the one venture the text names in apposition to such a noun ("X, the new
        joint venture", "The joint venture, tentatively named X"); else None. A venture
        told with "a" is a new one, and two named ventures leave it unsaid which, unless one
        only is named before the noun ("its stake in joint venture X ... the venture with B,
        ... its joint venture Y": the venture told of so far is X)."""
        nouns = setting_words("venture_nouns")
        if token.lemma_.lower() not in nouns or token_mark(token, "kg_entity") \
                or not any(c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in token.children) \
                or any(c.dep_ == "prep" and c.lower_ in venture_undertakings() for c in token.children):
            return None  # "its venture into robotics": an undertaking, no venture named
        named = {}
        for t in token.doc:
            if not token_mark(t, "kg_entity") or not self.ontology.is_subclass(token_mark(t, "kg_class"), "Organization"):
                continue
            head = t.head
            beside = any(c.dep_ in ("appos", "compound") and c.lemma_.lower() in nouns for c in t.children) \
                or t.dep_ == "appos" and head.lemma_.lower() in nouns \
                or t.dep_ in ("oprd", "dobj", "attr") and head.lemma_ in ("name", "call", "dub") and head.head.lemma_.lower() in nouns
            if beside:
                named.setdefault(token_mark(t, "kg_entity"), t)
        before = [t for t in named.values() if t.i < token.i]
        if len(before) == 1:
            return before[0]
        return next(iter(named.values())) if len(named) == 1 and not before else None

    @staticmethod
    def _described(token):
        """ "Hanul, a startup that makes robots", "Hanul is a startup that makes robots": the
        name a firm word describes, in apposition to it or as the subject of the copula
        whose complement it is; else None."""
        if token.pos_ != "NOUN" or token_mark(token, "kg_entity"):
            return None
        if token.dep_ == "appos" and token_mark(token.head, "kg_entity"):
            return token.head
        if token.dep_ == "attr" and token.head.lemma_ == "be":
            subjects = [c for c in token.head.children if c.dep_ == "nsubj" and token_mark(c, "kg_entity")]
            return subjects[0] if subjects else None
        return None

    def co_actors(self, trigger, actors: list, *, rounds: bool = False, joint: bool = True) -> list:
        """Those who act with the actor: "A led the round alongside B and C", "together
        with D", for a round (*rounds*) "with participation from E and F", and, for a deed
        partners do together (*joint*), those the actor joins ("formed a consortium with
        E to invest")."""
        found = []
        joining_nouns = setting_words("round_joining_nouns")
        # "a round led by A, with participation from B": the parser hangs "with" on the
        # sentence's verb as often as on the trigger, or on the verb of the round's own clause.
        raised = next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), None) if rounds else None
        heads = {t.i: t for t in (trigger, trigger.head, trigger.sent.root, *([raised] if raised is not None else []))}
        # "led the round alongside B, as well as C and D": the parser hangs "alongside" and
        # the list after "as well as" on the verb's object.
        objects = [c for c in trigger.children if c.dep_ == "dobj" and not token_mark(c, "kg_entity")]
        heads.update({t.i: t for t in objects})
        for noun in objects:
            if any(c.dep_ == "prep" and c.lower_ == "alongside" for c in noun.children):
                for listed in noun.children:
                    if listed.dep_ == "conj" and token_mark(listed, "kg_entity"):
                        found.extend((t, token_mark(t, "kg_coref")) for t in self._conjoined(listed) if not _among(t, actors + found))
        for verb in heads.values():
            for prep in verb.children:
                participation = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in joining_nouns] if rounds and prep.lower_ == "with" else []
                for noun in participation:
                    for source in noun.children:
                        if source.dep_ == "prep" and source.lower_ == "from":
                            for pobj in source.children:
                                named = name_or_named(pobj) or next((c for c in pobj.children if c.dep_ == "appos" and token_mark(c, "kg_entity")), None)
                                if pobj.dep_ == "pobj" and named is not None:
                                    found.extend((t, token_mark(t, "kg_coref")) for t in self._conjoined(named) if not _among(t, actors + found))
                if rounds and prep.lower_ == "with":
                    # "a round led by A, with B and C also participating"
                    for clause in prep.children:
                        if clause.dep_ == "pcomp" and clause.lemma_ in self.cues.joining_verbs:
                            for subject in clause.children:
                                if subject.dep_ == "nsubj" and token_mark(subject, "kg_entity"):
                                    found.extend((t, token_mark(t, "kg_coref")) for t in self._conjoined(subject) if not _among(t, actors + found))
                if prep.dep_ != "prep" or not (prep.lower_ in ("alongside", "with") and (prep.lower_ == "alongside" or prep.i > 0 and prep.nbor(-1).lower_ in ("together", "along"))):
                    continue
                if verb.i != trigger.i and verb.i != trigger.head.i and verb not in objects:
                    continue  # "alongside", "together with" only next to the trigger
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and token_mark(pobj, "kg_entity"):
                        found.extend((t, token_mark(t, "kg_coref")) for t in self._conjoined(pobj) if not _among(t, actors))
        if joint:
            found.extend((t, token_mark(t, "kg_coref")) for t in co_acting(trigger, [a for a, _ in actors]) if not _among(t, found))
        return found

    def _conjoined(self, token) -> list:
        """A mention and those coordinated with it, by the parse ("A, B and C") or by
        their places in the sentence when the parse missed it."""
        found, stack = [token], [token]
        while stack:
            for child in stack.pop().children:
                # "Minjin Capital, Sora Ventures and Daewon Group", "JITO Angel Network, Sanjiv
                # Bajaj and Rajat Gupta": organisations of kinds NER told apart, and people,
                # are one list all the same.
                # Not "in the German firm, the company said": a description the parse hangs
                # in apposition that refers back to another entity is the reporting clause's.
                if child.dep_ in ("conj", "appos") and token_mark(child, "kg_entity") and child not in found \
                        and (token_mark(child, "kg_class") == token_mark(token, "kg_class") or child.dep_ == "conj" and _actors(child, token)) \
                        and not (child.dep_ == "appos" and token_mark(child, "kg_coref") and token_mark(child, "kg_entity") != token_mark(token, "kg_entity")):
                    found.append(child)
                    stack.append(child)
        if len(found) == 1 and token.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "appos"):
            # The parse often hangs a list's later names elsewhere; their places in the
            # sentence still make a list when joined by "and" ("A, B and C").
            in_list = coordinated([token])
            first, last = min(t.i for t in in_list), max(t.i for t in in_list)
            doc = token.doc
            joined = any(t.lower_ in ("and", "&") for t in doc[first:last])
            # "buy Kokusai Electric, Nikkei has learned": a name followed by its own verb
            # is no list member.
            verb_after = last + 1 < len(doc) and doc[last + 1].pos_ in ("VERB", "AUX")
            if joined or not verb_after:
                found.extend(t for t in in_list if t not in found)
        return found

    def unsaid(self, span, entities, named: list, *, cls: str = "Organization", titled: bool = False,
               rival: bool = False) -> list[tuple]:
        """The organisation a title with no "of" belongs to: none where a name stands just
        before the title ("Daewon chairman Kim", read by another frame); a person's title
        (*titled*) in the object of a verb, the organisation that verb's subject is ("Hanul
        replaced CEO Kim"); else the organisation the text has named most often so far; for an end of class Event
        ("Kim also attended."), the event the text has named most often so far."""
        doc = span.doc
        if self.ontology.is_subclass(cls, "Event"):
            # "Hanul raised $20 million. Minjin also participated.": a round's, not an event's.
            sentences, of_token = self.sentences.sentence_index(doc)
            number = of_token[span.start]
            if any(t.lemma_.lower() in self.cues.round_nouns | self.cues.raise_verbs
                   for s in sentences[max(0, number - 1):number + 1] for t in s):
                return []
            event = self._most_named_event(entities, span.start_char)
            return [(event, True)] if event else []
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and (token_mark(before, "kg_entity") or before.lower_ in ("'s", "’s", "of", "at")):
            return []
        if titled and titles_joined_after_name(doc, span.start, self.cues.person_titles):
            return []
        fronted = fronted_owner(span[0]) if titled else None
        own = entities.get(token_mark(fronted, "kg_entity")) if fronted is not None else None
        if own is not None and self.ontology.is_subclass(own.cls, "Organization"):
            return [(own.key, True)]
        # "Hanul Robotics' new chief executive Kim": a possessed title, adjectives between.
        at = span.start - 1
        while at > 0 and doc[at].pos_ == "ADJ" and not token_mark(doc[at], "kg_entity"):
            at -= 1
        if at > 0 and doc[at].tag_ == "POS" and token_mark(doc[at - 1], "kg_entity"):
            return []
        if self.ontology.is_subclass(cls, "Country"):
            # "India's trade deficit with China widened. Imports from China rose 25%": the
            # country whose trade the story tells, named most often so far.
            # Not a partner named before ("exports to China surged. Exports to the US climbed"):
            # China is no trader of the second sentence.
            partners = figure_partners(doc, span.start) | journey_ends(doc, span.sent.end, token_mark(named[0], "kg_entity") if named else None)
            country = possessor_before(span, ("Country",), {token_mark(t, "kg_entity") for t in named}) \
                or most_named(self.ontology, entities, span.start_char, exclude={token_mark(t, "kg_entity") for t in named}, cls="Country", skip=partners) \
                or most_named(self.ontology, entities, span.sent.end_char, exclude={token_mark(t, "kg_entity") for t in named}, cls="Country", skip=partners)
            return [(country, True)] if country else []  # the lede's own country, named after ("..., China's customs said")
        # "CVS Health replaced CEO Lynch", "Nestle replaced CEO Schneider": the title is the
        # firm's that does the verb, not the story's; a name that is no organisation there
        # (one NER missed) leaves it unknown.
        # So for a title between peers (*rival*): "Daewon made an offer for rival Minjin" is
        # Daewon's rival, not the story's firm's; up to the verb over the object's phrase.
        doer = title_verb_subject(span[0]) if titled else title_verb_subject(span[0], steps=4) if rival else None
        # "The board of Ruston Bank elected Kim to succeed Lee as chair": an organ's owner
        # appoints, not the firm the story has named most (another firm's news before it).
        owners = self._part_owners(doer) if doer is not None and not token_mark(doer, "kg_entity") and doer.pos_ == "NOUN" \
            and doer.lemma_.lower() in self._end_nouns["part"] and not doer.left_edge.i <= span[0].i <= doer.right_edge.i else []
        if owners:
            return [(token_mark(owners[0], "kg_entity"), True)]
        # "its board named Kim as CEO": an organ of the firm the story is about.
        if doer is not None and not doer.left_edge.i <= span[0].i <= doer.right_edge.i \
                and not any(c.dep_ == "poss" for c in doer.children):
            own = entities.get(token_mark(doer, "kg_entity")) if token_mark(doer, "kg_entity") else None
            # Not "The Korea Herald said Kim was named CEO" parsed with Kim its object.
            if own is not None and self.ontology.is_subclass(own.cls, "Organization") and not self._outlets.is_outlet(own.name):
                return [(own.key, True)]
            # "the media empire ... made an offer for rival Dow Jones": a peer's doer the text
            # describes, not names, is no known firm; the story's is no likelier.
            if doer.pos_ == "PROPN" or own is not None \
                    or rival and doer.pos_ == "NOUN" and any(c.lower_ == "the" for c in doer.children):
                return []
        # "Rapidus ... The Tokyo-based chipmaker ...": the words that refer back to a firm
        # name it too.
        # The marks read in one pass (token_marks): this walks the text up to the fact at each.
        earlier = doc[:span.start]
        referred = Counter(key for i, (key, coref) in enumerate(zip(token_marks(earlier, "kg_entity"), token_marks(earlier, "kg_coref")))
                           if coref and key and doc[i].pos_ != "PRON")
        # "..., the Nihon Keizai Shimbun reported": the outlet that tells the story is not its firm.
        told_by = {e.key for e in entities.values() if self._outlets.is_outlet(e.name)}
        # "Hanul said Kim will become chairman": the post is of the firm announcing it.
        teller = telling_subject(span[0]) if titled else None
        own = entities.get(token_mark(teller, "kg_entity")) if teller is not None and token_mark(teller, "kg_entity") else None
        if own is not None and own.key not in told_by | {token_mark(t, "kg_entity") for t in named} and self.ontology.is_subclass(own.cls, "Organization"):
            return [(own.key, True)]
        firm = most_named(self.ontology, entities, span.start_char, exclude={token_mark(t, "kg_entity") for t in named} | told_by, referred=referred)
        return [(firm, True)] if firm else []

    @staticmethod
    def _most_named_event(entities, before: int) -> str | None:
        """The event named most often before *before*, the first named on a tie (a story of
        one event names it early and often)."""
        counts = {e.key: (sum(1 for start, _ in e.mentions if start < before), -min(start for start, _ in e.mentions))
                  for e in entities.values() if e.cls == "Event" and e.mentions}
        best = max(counts, key=lambda k: counts[k], default=None)
        return best if best and counts[best][0] else None
