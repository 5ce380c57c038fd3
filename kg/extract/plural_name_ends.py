"""Names that end in an English common noun's plural ("Kelvin Controls", "Daewon Cars",
"Tongda Parts"): NER often reads two capitalised words as a person's name, but a family
name is seldom the plural of a common noun the lemmatizer's index holds while the plural
itself is missing from it (the index lists "williams", "harris" and "davis" as words of
their own, not as plurals)."""

from __future__ import annotations

__all__ = ["ends_in_common_plural", "title_cased"]


def ends_in_common_plural(text: str, common_nouns: frozenset[str]) -> bool:
    """Whether the last word of *text* is the plural of a noun of *common_nouns* and is
    not itself one of them.

    >>> nouns = frozenset({"car", "control", "williams", "part", "parts"})
    >>> ends_in_common_plural("Daewon Cars", nouns), ends_in_common_plural("Kelvin Controls", nouns)
    (True, True)
    >>> ends_in_common_plural("Ana Williams", nouns), ends_in_common_plural("Tongda Parts", nouns)
    (False, False)
    """
    words = text.split()
    if len(words) < 2 or not common_nouns:
        return False
    last = words[-1]
    if not (last[:1].isupper() and last[1:].islower() and last.isalpha() and len(last) > 3 and last.endswith("s")):
        return False
    word = last.lower()
    if word in common_nouns:
        return False
    singulars = [word[:-1]]
    if word.endswith("es"):
        singulars.append(word[:-2])
    if word.endswith("ies"):
        singulars.append(word[:-3] + "y")
    return any(s in common_nouns for s in singulars)


def title_cased(sentence) -> bool:
    """Whether most words of *sentence* (a spaCy span) open with a capital, as headlines
    are written ("Samsung Will Show Folding Phones At Its Launch"): any two capitalised
    words there may be a name's, a plural among them no sign of a firm.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> title_cased(nlp("Samsung Will Show Folding Phones At Its Launch")[:]), title_cased(nlp("Kelvin Controls said it would grow.")[:])
    (True, False)
    """
    words = [t for t in sentence if t.is_alpha]
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)
