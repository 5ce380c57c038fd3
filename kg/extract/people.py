"""What around a name says it is a person's, where NER said otherwise: a title before it
or in apposition after it, a word only people are called ("critic", "wife"), a verb only
people do ("arrived", "met"), a pronoun that can only be theirs, or a wire story's credit
line. The words come from ``data/reference/names.yaml``."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PersonCues", "bare_names", "credited"]

#: The words of a wire story's credit line before a reporter's name.
_CREDITS = ("reporting", "editing", "writing", "compiled")


@dataclass(frozen=True)
class PersonCues:
    """The word lists that say a name is a person's."""

    titles: frozenset[str] = frozenset()  # "chairman", "ceo"
    nouns: frozenset[str] = frozenset()  # "critic", "wife"
    verbs: frozenset[str] = frozenset()  # "arrive", "meet"
    pronouns: frozenset[str] = frozenset()  # "he", "his"

    def titled(self, ent) -> bool:
        """Whether a title stands right before the name ("CEO Park")."""
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        return before is not None and before.lower_.rstrip(".") in self.titles

    def titled_after(self, ent) -> bool:
        """Whether a person's title or a word only people are called stands in apposition
        after the name ("X, head of", "X, the group's chairman,", "X, the most prominent
        critic of")."""
        doc, i = ent.doc, ent.end
        if i >= len(doc) or doc[i].text != ",":
            return False
        for token in doc[i + 1:i + 5]:
            if token.lower_.rstrip(".") in self.titles or token.lower_ in self.nouns:
                return True
            if token.is_punct or token.ent_type_ or token.pos_ not in ("DET", "ADJ", "ADV", "PART", "NOUN", "PROPN"):
                return False
        return False

    def acts_as_person(self, ent, *, by_pronoun: bool = True) -> bool:
        """Whether the sentence treats the name as a person's: the subject of a verb only
        people do ("Scholz arrived", "Scholz began a visit"), or (*by_pronoun*) "he"/"his"
        in a sentence that names no other person."""
        root = ent.root
        if root.dep_ == "nsubj" and (root.head.lemma_ in self.verbs or any(
                c.dep_ == "dobj" and c.lemma_ in self.verbs for c in root.head.children)):
            return True
        if not by_pronoun:
            return False
        others = [e for e in ent.sent.ents if e.label_ == "PERSON" and e.start != ent.start]
        return not others and any(t.lower_ in self.pronouns for t in ent.sent)


    @staticmethod
    def coordinated_with_person(ent) -> bool:
        """Whether the name is coordinated with a name NER calls a person's ("Maria Lind
        and Ilya Varga"): one joined to it by "and" or "or" either way."""
        root = ent.root
        partners = [root.head] if root.dep_ == "conj" else []
        partners += [c for c in root.children if c.dep_ == "conj"]
        return any(p.ent_type_ == "PERSON" and not ent.start <= p.i < ent.end for p in partners)


def credited(ent) -> bool:
    """Whether the name is a wire story's reporter or editor ("(Reporting by Tarmo Virki;
    Editing by Lincoln Feast)")."""
    doc = ent.doc
    return ent.start > 1 and doc[ent.start - 1].lower_ == "by" and doc[ent.start - 2].lower_ in _CREDITS


def bare_names(full_name: str, family_first: frozenset[str]) -> frozenset[str]:
    """The one word by which news names a person again after the full name: the family
    name. It ends a name written given name first ("Fumio Kishida" -> "Kishida", "Jack Ma"
    -> "Ma") and opens a Chinese or Korean one ("He Xiaopeng" -> "He", "Moon Jae-in" ->
    "Moon"), which starts with a family name of *family_first* and ends in a word that is
    none (or in a hyphenated given name). A given name alone ("Xiaopeng") is no short form
    of the person: it is more often a firm named after them. Both ends when both are
    family names ("Lu Wei"). None for a name of one word.

    >>> sorted(bare_names("He Xiaopeng", frozenset({"He", "Wang"}))), sorted(bare_names("Fumio Kishida", frozenset({"He"})))
    (['He'], ['Kishida'])
    >>> sorted(bare_names("Lu Wei", frozenset({"Lu", "Wei"})))
    ['Lu', 'Wei']
    """
    words = full_name.removesuffix("'s").removesuffix("’s").split()
    if len(words) < 2:
        return frozenset()  # "Zeekr's": a full name has two words at least
    first, last = words[0], words[-1]
    if first in family_first and last in family_first and "-" not in last:
        return frozenset({first, last})
    if first in family_first:
        return frozenset({first})
    return frozenset({last})
