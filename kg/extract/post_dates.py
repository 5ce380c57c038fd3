"""The day a post is taken, told in a sentence after the one naming its holder: "Hanul Bank
has named Kim as its next chief executive. Kim will take over the role on April 6." The
real-news gold dates a post by the day it takes effect, not the day it was announced; a
sentence that names the post's holder, or refers to the post with "the role", "his
appointment", tells that day apart from the one naming him.

``post_nouns`` of a relation in ``ontology/triggers.yaml`` lists the nouns by which a text
refers to one of its posts ("role", "post", "appointment"); ``post_start_verbs`` of
``data/reference/dates.yaml`` the verbs of taking one up ("take over", "assume").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.errors import OntologyError
from kg.extract.date_words import date_words
from kg.extract.patterns import token_mark
from kg.extract.plans import dates_telling
from kg.extract.trigger_words import relation_entries
from kg.extract.values import resolve_date
from kg.ingest.normalize import name_key
from kg.ontology import Ontology

__all__ = ["dated_by_post_start", "load_post_nouns"]

#: How many sentences after the one naming the holder may tell the day the post is taken: a
#: release tells the successor's career between ("X has worked at Hanul since 1995 and has been
#: its president since 2018. He will take office on June 30").
_REACH = 3


def load_post_nouns(ontology: Ontology, folder: Path | None = None) -> dict[str, frozenset[str]]:
    """Relation (FORMAT.md name) -> its ``post_nouns`` of ``ontology/triggers.yaml``; an
    OntologyError names the relation whose entry is broken."""
    found: dict[str, frozenset[str]] = {}
    for relation_name, spec, words in relation_entries("post_nouns", folder):
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise OntologyError(f"triggers.yaml: {relation_name}: post_nouns must be a list of words")
        relation = ontology.relation(str(relation_name))
        if "date" not in (spec.get("carries") or ()):
            raise OntologyError(f"triggers.yaml: {relation_name}: post_nouns given, but it carries no date")
        found[relation.eval_name] = frozenset(w.strip().lower() for w in words)
    return found


def dated_by_post_start(reader, doc, relations: list[dict], post_nouns: dict[str, frozenset[str]], published: str | None) -> None:
    """Give each post of *relations* (a relation with ``post_nouns``) that is dated by the
    news' day, or by a day of the week before it on which it was named, the day or month one
    of the three sentences after its own says its holder takes it up (see the module's text;
    "He will replace Park from July 1"), in place. *reader* is the
    document's :class:`~kg.extract.sentence_values.SentenceValues`."""
    # Dated by the news' day: a post given in the news ("has named Kim chief executive"); an
    # undated one is a title held ("replacing chief executive Park"), which takes no later day.
    waiting = [f for f in relations if f["predicate"] in post_nouns and not f.get("implied")
               and (published and _news_day(f["qualifiers"].get("date"), published) or "date" not in f["qualifiers"])]
    if not waiting:
        return
    sentences, _ = reader.sentence_index(doc)
    names = reader.entity_names(doc)
    for fact in waiting:
        own = next((i for i, s in enumerate(sentences) if s.start_char <= fact["evidence"][0] < s.end_char), None)
        if own is None:
            continue
        holder = {key for key, known in names.items() if name_key(fact["subject"]) in known}
        held = "date" not in fact["qualifiers"]
        for sentence in sentences[own + 1:own + 1 + _REACH]:
            day = _day_taken(reader, sentence, holder, post_nouns[fact["predicate"]], published, held)
            if day:
                fact["qualifiers"]["date"] = day
                break


#: How many days before the publication a post may have been named on and still be the news'
#: ("named Kim chief executive on Monday" in Thursday's paper).
_NEWS_REACH = 7


def _news_day(value, published: str) -> bool:
    """Whether a post's date *value* is the news' day, or a day of the week before it on which
    the text says the post was given: the day it was named, not yet the day it is taken."""
    if value == published:
        return True
    try:
        gap = (date.fromisoformat(published) - date.fromisoformat(str(value))).days
    except (TypeError, ValueError):
        return False
    return 0 < gap <= _NEWS_REACH


def _day_taken(reader, sentence, holder: set[str], nouns: frozenset[str], published: str | None,
               held: bool = False) -> str | None:
    """The one day or month *sentence* says the post is taken on, by a verb of taking up
    whose subject is its holder (an entity of *holder*, or "he" or "she") or one of *nouns*
    ("The appointment takes effect on April 6"), and whose object, if any, is one of
    *nouns* ("the role"), read as to come unless told in the past; None where it says none.
    A post *held* (told undated: "replaced CEO Park") takes only a day, month or year its
    holder, by name, is told to have taken it on ("Park had taken over the top role in
    2021"): a pronoun may be the successor's, a post to come is his."""
    for verb in sentence:
        if verb.pos_ not in ("VERB", "AUX") or not _taking_up(verb, nouns):
            continue
        if held and verb.tag_ not in ("VBD", "VBN"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        # "He", whomever coreference took it for: the post named just before is the one
        # the news gives, and a holder replaced holds no post the news dates (see above).
        by_name = token_mark(subject, "kg_entity") in holder and subject.lower_ not in ("he", "she")
        by_holder = by_name or not held and subject.lower_ in ("he", "she")
        if not (by_holder or not held and subject.lemma_.lower() in nouns):
            continue
        lengths = (4, 7, 10) if held else (7, 10)
        days = [t for t in reader.values_of(sentence) if token_mark(t, "kg_value_kind") == "date" and len(str(token_mark(t, "kg_value"))) in lengths
                and not dates_telling(t) and next((a.i for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == verb.i]
        if len(days) == 1:
            if verb.tag_ in ("VBD", "VBN") or published is None:
                return str(token_mark(days[0], "kg_value"))
            # "The appointment takes effect on May 1" in January: the May to come, which the
            # day's own reading, told in the present, may have put last year.
            return resolve_date(days[0].text, published, ahead=True) or str(token_mark(days[0], "kg_value"))
    return None


def _taking_up(verb, nouns: frozenset[str]) -> bool:
    """Whether *verb* takes up a post: one of ``post_start_verbs`` or ``post_taking_verbs``
    (its lemma, with its particle where the verb has one: "take over"), its object one of
    *nouns* or "effect" ("will assume the role", "takes effect"; "took a stake" takes up no
    post), which only the first may go without ("will take over on April 6")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    said = f"{lemma} {particle}" if particle else lemma
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    words = date_words()
    if said in words.post_succeeding_verbs:
        # "will replace Park from July 1": the one replaced, a person, is the object.
        return any(c.dep_ == "dobj" and token_mark(c, "kg_class") == "Person" for c in verb.children)
    if said not in words.post_start_verbs | words.post_taking_verbs:
        return False
    if not objects:
        return said in words.post_start_verbs
    return all(o in nouns | {"effect"} for o in objects)
