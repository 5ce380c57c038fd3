"""Which entity of the document a classed mention is: "Lee" or "President Lee" after "Lee
Jae-myung" the same person, a given name alone the one person of the text it opens (or,
written before the full name, the person that name then names in full), one
name of an organisation one organisation whatever class each mention's words suggest, else
a new entity (known to the store where its name is). Moved out of
:mod:`kg.extract.pipeline`, which classes each mention and hands it here."""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.entities import DocumentEntity, KnownEntity, spelt_alike
from kg.extract.people import bare_names
from kg.ingest.normalize import name_key
from kg.ontology import Ontology

__all__ = ["MentionEntities"]


@dataclass(frozen=True)
class MentionEntities:
    """The *ontology* (which classes are organisations), the *known* names (name key to
    entity) and *family_first*, the family names written before the given name."""

    ontology: Ontology
    known: dict[str, KnownEntity]
    family_first: frozenset[str]

    def entity_for(self, entities: dict[str, DocumentEntity], cls: str, name: str, iri: str | None, people: list[DocumentEntity],
                   family_names: set[str] = frozenset()) -> DocumentEntity:
        """The entity of *entities* a mention of class *cls*, named *name* (known as *iri*),
        is, added there if new: a person's short name is the one of *people* (the text's
        people so far) it shortens, and one name of an organisation is one organisation."""
        if cls == "Person" and iri is None:
            # "Lee" or "President Lee" after "Lee Jae-myung": the same person.
            # One word is the person's only if it is the family name ("He", not "Xiaopeng",
            # of "He Xiaopeng").
            words = set(name.split())
            for person in people:
                if len(words) == 1 and words <= bare_names(person.name, self.family_first) or len(words) > 1 \
                        and (words <= set(person.name.replace("-", " - ").split()) | set(person.name.split())
                             or spelt_alike(name, person.name)):
                    return person
            # "Natascha" after "Natascha Viljoen" (in a quote): a given name NER calls a
            # person's, of one person of the text only, written given name first; not a
            # family name of the text's (*family_names*), whose full name may come later.
            named = [p for p in people if len(words) == 1 and p.name.split()[0] in words and len(p.name.split()) > 1
                     and p.name.split()[0] not in self.family_first]
            if len(named) == 1 and name not in family_names:
                return named[0]
            # "his wife Amara" before "Amara Osei": the full name of the one person the text
            # called by that given name alone; the person is named in full from here on.
            given = [p for p in people if len(words) > 1 and p.name == name.split()[0] and p.name not in family_names
                     and p.name not in self.family_first]
            if len(given) == 1 and not any(p.name.split()[0] == given[0].name for p in people if p is not given[0]):
                given[0].name = name
                return given[0]
        key = iri or f"{cls}:{name_key(name)}"
        if key not in entities and iri is None and self.ontology.is_subclass(cls, "Organization"):
            # "investment firm Stonepeak" and "Stonepeak, a U.S.-based firm": one name, one
            # organisation, whatever class each mention's words suggest; the first stands.
            same = [e for e in entities.values() if e.iri is None and name_key(e.name) == name_key(name)
                    and self.ontology.is_subclass(e.cls, "Organization")]
            if same:
                return same[0]
        if key not in entities:
            known = self.known.get(name_key(name))
            entities[key] = DocumentEntity(key=key, name=name, cls=cls, iri=iri, known=known is not None and known.cls == cls)
        return entities[key]
