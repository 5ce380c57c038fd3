"""What around a name says it is a person's, where NER said otherwise: a title before it
or in apposition after it, a word only people are called ("critic", "wife"), a verb only
people do ("arrived", "met"), a pronoun that can only be theirs, or a wire story's credit
line. The words come from ``data/reference/names.yaml``."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.extract.title_forms import royal_surname
from kg.ingest.normalize import guess_class, is_meaningful_name, reference_words

__all__ = ["PersonCues", "Titles", "bare_names", "coordinated_with", "credited", "initialled", "name_starts", "shares_family_name"]

#: The words of a wire story's credit line before a reporter's name.
_CREDITS = ("reporting", "editing", "writing", "compiled")
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True)
class PersonCues:
    """The word lists that say a name is a person's."""

    titles: frozenset[str] = frozenset()  # "chairman", "ceo"
    nouns: frozenset[str] = frozenset()  # "critic", "wife"
    verbs: frozenset[str] = frozenset()  # "arrive", "meet"
    pronouns: frozenset[str] = frozenset()  # "he", "his"
    relatives: frozenset[str] = frozenset()  # "who"
    appointing: frozenset[str] = frozenset()  # "appoint", "elect"
    appointing_nouns: frozenset[str] = frozenset()  # "appointment", "nomination"

    def titled(self, ent) -> bool:
        """Whether a title stands right before the name ("CEO Park")."""
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.i >= 2 and before.nbor(-1).text in ("-", "‐") and before.nbor(-2).lower_ in self.titles:
            return True  # "secretary-general Ana Lim": a title's second half after a hyphen
        return before is not None and before.lower_.rstrip(".") in self.titles

    def titled_before_comma(self, ent) -> bool:
        """Whether a title and a comma stand right before a name shaped as a person's
        ("Public Relations Manager, Deliby Chimbalu said", "the group's chairman, Hanul
        Kim,"; not "a new chief executive, Hanul Robotics said"), or a title and its "of"
        phrase ("Governor of the Central Bank of Hanul, Ada Obi, said")."""
        doc = ent.doc
        if ent.start < 2 or doc[ent.start - 1].text != "," or guess_class(ent.text, "Company") != "Person":
            return False
        # "the governor of the Central Bank of Hanul, Ada Obi, said": the title's "of" phrase
        # ends before the comma, the title heading it.
        word = doc[ent.start - 2]
        for _ in range(6):
            if word.lower_.rstrip(".") in self.titles:
                return True
            if word.dep_ not in ("pobj", "prep", "compound", "flat") or word.head.i >= word.i and word.dep_ != "compound":
                return False
            word = word.head
        return False

    def office_titled(self, ent) -> bool:
        """Whether the name, here or elsewhere in the text, comes right after a title that
        is no honorific ("President Julius Maada Bio"; not "Mr Price Group", a retailer whose
        name opens with one)."""
        doc = ent.doc
        honorifics = reference_words("honorifics", lower=True)
        return any(i > 0 and doc[i - 1].lower_.rstrip(".") in self.titles and doc[i - 1].lower_.rstrip(".") not in honorifics
                   for i in name_starts(ent))

    def title_half(self, ent) -> bool:
        """Whether a one-word name is a word that opens titles (``title_openers``: "General")
        right after a title, perhaps with a hyphen between ("Director General", "Director-
        General"): the title's second word, which NER may take for a person's name."""
        doc, i = ent.doc, ent.start - 1
        if len(ent) != 1 or ent[0].lower_ not in reference_words("title_openers", lower=True) or i < 0:
            return False
        if doc[i].text in ("-", "‐", "–") and i > 0:
            i -= 1
        return doc[i].lower_.rstrip(".-") in self.titles

    def title_of_named(self, ent) -> bool:
        """Whether the name ends a title set between commas after a person's name
        ("Naresh Lind, former CEO, Hanul Coffee"): the body the title is held at, as Indian
        and African news write a person's post, no person's name."""
        doc, i = ent.doc, ent.start - 1
        if i < 3 or doc[i].text != ",":
            return False
        words = _title_words()
        j, titled = i - 1, False
        while j > 0 and (doc[j].lower_.rstrip(".") in self.titles or doc[j].lower_ in words):
            titled = titled or doc[j].lower_.rstrip(".") in self.titles
            j -= 1
        return titled and j < i - 1 and doc[j].text == "," and j > 0 and doc[j - 1].ent_type_ == "PERSON"

    def named_by_noun(self, ent) -> bool:
        """Whether a word only people are called stands right before the name ("his wife
        Brigitte", "billionaire Marten Olsen")."""
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if before is None or before.lower_ not in self.nouns:
            return False
        # "AI chip designer Kormund": a firm described by the goods it designs.
        return not (before.i > 0 and before.nbor(-1).lower_ in reference_words("firm_designed_goods", lower=True))

    def titled_after(self, ent) -> bool:
        """Whether a person's title or a word only people are called stands in apposition
        after the name ("X, head of", "X, the group's chairman,", "X, the most prominent
        critic of"), perhaps after a firm's name and its "'s" ("X, Uber's chief business
        officer", which NER may read as one organisation's name with X)."""
        doc, i = ent.doc, ent.end
        if i >= len(doc) or doc[i].text != ",":
            return False
        for token in doc[i + 1:i + 7]:
            if token.lower_.rstrip(".") in self.titles or token.lower_ in self.nouns:
                # "in St. Petersburg, President Dmitry Medvedev said": the title of the name after it.
                return not (token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "PERSON" and token.text[:1].isupper())
            if token.ent_type_ and _owner(doc, token.i) or token.lower_ in ("'s", "’s") and token.i > i + 1:
                continue  # "Uber's", "Hanul Motors'": whose title it is
            if token.ent_type_ and _name_before_title(token, self.titles):
                continue  # "X, Hanul Group director and ...": the firm names whose title it is
            if token.is_punct or token.ent_type_ or token.pos_ not in ("DET", "ADJ", "ADV", "PART", "NOUN", "PROPN"):
                return False
        return False

    def acts_as_person(self, ent, *, by_pronoun: bool = True) -> bool:
        """Whether the sentence treats the name as a person's: the subject of a verb only
        people do ("Scholz arrived", "Scholz began a visit"), or (*by_pronoun*) "he"/"his"
        in a sentence that names no other person."""
        root = ent.root
        while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
            root = root.head  # "Okabe and Varga met": the list's first name is the verb's subject
        if root.dep_ == "nsubj" and (root.head.lemma_ in self.verbs or any(
                c.dep_ == "dobj" and c.lemma_ in self.verbs for c in root.head.children)):
            return True
        if self._followed_by_relative(ent) or self._appointed_as_titled(ent) or self._titled_by_copula(root) or _aged(ent):
            return True
        if not by_pronoun:
            return False
        # The pronoun first: spaCy lists a sentence's names by making a span of every name in
        # the document, the most of this test's cost, which a sentence without "he" or "his" is spared.
        sentence = ent.sent
        return any(t.lower_ in self.pronouns for t in sentence) \
            and not any(e.label_ == "PERSON" and e.start != ent.start for e in sentence.ents)


    def _followed_by_relative(self, ent) -> bool:
        """ "Khawaja, who is an advocate": a relative pronoun only people take right after."""
        doc, i = ent.doc, ent.end
        if i < len(doc) and doc[i].text == ",":
            i += 1
        return i < len(doc) and doc[i].lower_ in self.relatives

    def _titled_by_copula(self, root) -> bool:
        """ "X is the chief executive of Y", "X became chairman", "X serves as its chief
        strategy officer", "X joined Y as finance chief": the subject of a verb of being or
        joining whose complement is a person's title, which no firm holds (nor a title a firm
        may hold too: ``firm_held_titles``, "X is the adviser")."""
        if root.dep_ != "nsubj" or root.head.lemma_ not in reference_words("title_copulas"):
            return False
        verb = root.head
        complements = [c for c in verb.children if c.dep_ in ("attr", "oprd", "acomp")]
        complements += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        firm_titles = reference_words("firm_held_titles", lower=True)
        return any(c.lower_ in self.titles and c.lower_ not in firm_titles for c in complements)

    def _appointed_as_titled(self, ent) -> bool:
        """ "elected Adil Khawaja as its chairman": the object of a verb that gives a post,
        with a person's title after "as"; or the subject of its passive ("Mittu Chandilya has
        been appointed as chief executive officer", "X was named chief executive"), whom NER
        may call a place. A firm is named "as" a partner, never as a chief executive; nor is
        the subject of the passive of a title a firm may hold too ("Hanul Securities was
        appointed as financial adviser", "as fund manager": ``firm_held_titles``); or
        :meth:`named_to_post`."""
        if self.named_to_post(ent):
            return True
        root = ent.root
        unveiled = root.dep_ == "dobj" and root.head.lemma_ in reference_words("unveiling_verbs", lower=True)
        if root.dep_ not in ("dobj", "nsubjpass") or (root.head.lemma_ not in self.appointing and not unveiled):
            return False
        verb = root.head
        titled = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        if root.dep_ == "dobj":
            return any(g.lower_ in self.titles for g in titled)
        titled += [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp")]
        return any(g.lower_ in self.titles and g.lower_ not in reference_words("firm_held_titles", lower=True) for g in titled)

    def named_to_post(self, ent) -> bool:
        """Whether the name follows the "of" of a noun of appointing with "as" and a
        person's title after it, on the noun or on the noun's verb ("announced the
        appointment of Julia Hartmann as chief executive", "approved the re-appointment of
        Kim as chairman"), whom NER may call a firm or a site."""
        root = ent.root
        if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.lower_ not in self.appointing_nouns:
            return False
        noun = root.head.head
        titled = [g for v in (noun, noun.head) for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
                  for g in c.children if g.dep_ == "pobj"]
        return any(g.lower_ in self.titles and g.lower_ not in reference_words("firm_held_titles", lower=True) for g in titled)

    @staticmethod
    def listed_among_people(ent) -> bool:
        """Whether the name is listed, perhaps after its country's "'s", after a plural only
        people are called and "including" or "such as" ("heads of state, including Ghana's
        Kofi Mensah and Togo's Ama Dossou", "leaders such as Benin's Patrice Talon"), where
        NER reads the country's possessive as a firm's name's owner. The words come from
        ``people_groups`` in data/reference/names.yaml."""
        doc, groups = ent.doc, reference_words("people_groups", lower=True)
        i = ent.start - 1
        while i > ent.sent.start and i > ent.start - 16:
            token = doc[i]
            if token.lower_ in ("including", "like") or token.lower_ == "as" and doc[i - 1].lower_ == "such":
                i -= 2 if token.lower_ == "as" else 1
                # "heads of state, including": the plural may own a phrase before the opener.
                return any(t.lower_ in groups for t in doc[max(ent.sent.start, i - 3):i + 1])
            if not (token.pos_ == "PROPN" or token.text in _POSSESSIVES or token.text == "," or token.lower_ == "and"):
                return False
            i -= 1
        return False

    @staticmethod
    def coordinated_with_person(ent) -> bool:
        """Whether the name is coordinated with a name NER calls a person's ("Maria Lind
        and Ilya Varga"): one joined to it by "and" or "or" either way."""
        return coordinated_with(ent, "PERSON", ("conj",))


def _aged(ent) -> bool:
    """ "Arno Weil, 54, said": a name with an age set off by commas is a person's."""
    doc, i = ent.doc, ent.end
    return i + 2 < len(doc) and doc[i].text == "," and doc[i + 2].text == "," and doc[i + 1].text.isdigit() \
        and 16 <= int(doc[i + 1].text) <= 105


def _owner(doc, i: int) -> bool:
    """Whether the name token *i* is a word of ends in a possessive ("Hanul Motors's")."""
    while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I" and doc[i + 1].lower_ not in _POSSESSIVES:
        i += 1
    return i + 1 < len(doc) and doc[i + 1].lower_ in _POSSESSIVES


def coordinated_with(ent, label: str, deps: tuple[str, ...]) -> bool:
    """Whether a name is joined, either way, by one of the dependencies *deps* to a word of
    another name NER labels *label* ("Maria Lind and Ilya Varga": conj, PERSON)."""
    root = ent.root
    partners = [root.head] if root.dep_ in deps else []
    partners += [c for c in root.children if c.dep_ in deps]
    return any(p.ent_type_ == label and not ent.start <= p.i < ent.end for p in partners)


def initialled(name: str) -> bool:
    """Whether *name* is a person's written with a middle initial and no full stop ("Jae K
    Park"): two capitalised words around one capital letter, which no firm's name is
    ("B Capital Group" opens with its letter)."""
    words = name.split()
    return len(words) == 3 and len(words[1]) == 1 and words[1].isupper() \
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in (words[0], words[2]))


def shares_family_name(ent) -> bool:
    """Whether a one-word name is a given name in a list that ends in a person's full name
    and shares its family name ("Hana, Jisoo and Minho Park": Hana and Jisoo are Parks):
    only given names, commas and "and" stand between it and that full name, which is
    shaped like a person's and which NER calls no organisation's."""
    if len(ent) != 1 or not ent.text.istitle():
        return False
    doc, i = ent.doc, ent.end
    while i + 1 < len(doc) and doc[i].lower_ in (",", "and"):
        if doc[i].lower_ == "," and doc[i + 1].lower_ == "and":
            i += 1
        name = doc[i + 1]
        if not (name.text.istitle() and name.is_alpha):
            return False
        after = doc[i + 2] if i + 2 < len(doc) else None
        if doc[i].lower_ == "and":
            # The last of the list: a given name and the family name, NER's person.
            return after is not None and after.text.istitle() and after.is_alpha and name.ent_type_ == after.ent_type_ \
                and name.ent_type_ in ("PERSON", "GPE", "NORP", "WORK_OF_ART") and guess_class(f"{name.text} {after.text}", "Company") == "Person" \
                and (i + 3 >= len(doc) or not doc[i + 3].text.istitle() and doc[i + 3].text not in ("-", "–"))
        i += 2
    return False


@dataclass(frozen=True)
class Titles:
    """Job titles around names: what NER glued to a name, a minister's brief after "of",
    names that are only generic words. *titles*: person titles; *portfolio_titles*: those
    whose "of"/"for" names a brief; *organ_words*: a firm's organs ("board"); *generic_words*:
    words that alone name no one."""

    titles: frozenset[str]
    portfolio_titles: frozenset[str]
    organ_words: frozenset[str]
    generic_words: frozenset[str]
    briefs: frozenset[str] = frozenset()  # "trade", "foreign affairs": what a minister is for
    honorifics: frozenset[str] = frozenset()  # "dr", "mr": titles only a person's name follows
    listed: Callable[[str], bool] = lambda name: False  # names of their own whatever their words ("Financial Times")

    def without_titles(self, ents) -> list:
        """Names without the job titles NER glued to them ("Samsung Electronics Executive"
        before "Chairman Lee"), and no name that is only generic words ("Group", "CEO")."""
        from spacy.tokens import Span

        result = []
        for ent in ents:
            if ent.label_ not in ("ORG", "PERSON", "GPE"):
                # "signed an MoU", "the IPO": an abbreviation of common words, whatever NER calls it.
                if ent.label_.startswith("KG:") or ent.label_ in ("DATE", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL", "TIME") \
                        or ent.text.lower().strip(".,") not in self.generic_words:
                    result.append(ent)
                continue
            start, end = ent.start, ent.end
            while end - start > 1 and ent.doc[end - 1].lower_ in self.titles and not royal_surname(ent, end):
                end -= 1
            while ent.label_ == "PERSON" and end - start > 2 and ent.doc[start].lower_[-1:] == "s" and ent.doc[start].lower_[:-1] in self.titles:
                start += 1  # "Presidents" of "Vice Presidents Han Jong-hee and Kyung Kye-hyun": a title of both
            if self._after_portfolio_title(ent) and end - start > 2 and guess_class(ent.doc[end - 2:end].text, "Company") == "Person":
                # "Energy Paul Kellan" of "Secretary of Energy Paul Kellan": the brief and
                # the person NER read as one name.
                result.append(Span(ent.doc, end - 2, end, label="PERSON"))
                continue
            if self._portfolio(ent) or self._brief_before_title(ent.doc[start:end]):
                continue  # "Trade" of "Minister of Trade Ana Lim" or "Trade Minister Ana Lim": a brief, no name
            if end - start == 1 and ent.doc[start].lower_ in reference_words("title_modifiers", lower=True) and end < len(ent.doc) \
                    and ent.doc[end].lower_.rstrip(".") in self.titles:
                continue  # "Union" of "Union Minister Ana Lim": a word of the title, no body's name
            if len(ent) == 1 and ent[0].tag_ == "NNS" and ent[0].is_alpha and ent[0].lemma_.lower() != ent[0].lower_ and not ent[0].is_upper \
                    and (ent.label_ != "PERSON" or ent[0].is_sent_start):
                continue  # "Shoppers lined up": a plural common noun, capitalised to open a sentence
            before = start - 2 if start > 1 and ent.doc[start - 1].text in ("-", "‐") else start - 1
            if ent.label_ == "PERSON" and end - start > 2 and before >= 0 and ent.doc[before].lower_ in self.titles \
                    and (before == start - 2 or ent[0].lower_ == "general"):
                start += 1  # "General" of "Secretary-General Ana Lim", "Secretary General Ana Lim": the title's second half
            # "Petroleum Dr Asim Hussain" (of "Adviser on Petroleum Dr Asim Hussain"): a name
            # after an honorific inside the run is a person's, and the words before it none of it.
            inner = [t.i for t in ent.doc[start + 1:end - 1] if t.lower_.rstrip(".") in self.honorifics]
            if inner and guess_class(ent.doc[inner[-1] + 1:end].text, "Company") == "Person":
                result.append(Span(ent.doc, inner[-1] + 1, end, label="PERSON"))
                continue
            if (cut := self._title_inside(ent.doc, start, end)) is not None:
                # "Assam CM Ravi Baruah", "Kerala CM ...": a title inside the run, a person's
                # name after it; an organisation's name before it stays one (a state's
                # is then dropped as a region's), a person's run keeps none of it.
                if ent.label_ == "ORG":
                    result.append(Span(ent.doc, start, cut[0], label="ORG"))
                result.append(Span(ent.doc, cut[1], end, label="PERSON"))
                continue
            # "Committee of Orvik Semiconductor": an organ of the firm named after "of".
            organ = self.organ_words | {"and", "of", "executive"}
            of = [t.i for t in ent.doc[start:end - 1] if t.lower_ == "of" and all(w.lower_ in organ for w in ent.doc[start:t.i])]
            # "Board of Investment", "Board of Trade": an organ of a brief is a body's whole name.
            briefed = bool(of) and all(w.lower_ in self.briefs or w.lower_ in ("and", "&", ",") for w in ent.doc[of[-1] + 1:end])
            if of and not briefed:
                start = of[-1] + 1
            words = {w.lower().strip(".,") for w in ent.doc[start:end].text.split()}
            if not briefed and words <= self.generic_words and not self.listed(ent.doc[start:end].text) \
                    and not (_legal_named(ent.doc[start:end].text) and not (
                    start and ent.doc[start - 1].lower_ in ("and", "&", "of"))) \
                    and not self._named_by_firm_words(ent.doc[start:end]) \
                    or not is_meaningful_name(ent.doc[start:end].text):
                continue
            if start > 0 and ent.doc[start - 1].lower_ == "series":
                continue  # the round's letter: "Series B+"
            result.append(ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label=ent.label_))
        return result

    def _named_by_firm_words(self, span) -> bool:
        """Whether generic words are a firm's name all the same ("Ventures Platform",
        "Partners Group"): two capitalised words or more, none a title or an organ's, that
        the text writes alike more than once and never after a determiner ("the Group",
        "its Investment Fund" refer back to a firm named otherwise)."""
        words = span.text.split()
        if len(words) < 2 or not all(w.isalpha() and w.istitle() for w in words) \
                or any(w.lower() in self.titles or w.lower() in self.organ_words for w in words):
            return False
        found = [m.start() for m in re.finditer(rf"\b{re.escape(span.text)}\b", span.doc.text)]
        return len(found) > 1 and not any(
            re.search(r"(?i)\b(?:the|a|an|its|their|our|his|her|this|that|these|whose|your)\s+$", span.doc.text[max(0, at - 8):at])
            for at in found)

    def _title_inside(self, doc, start: int, end: int) -> tuple[int, int] | None:
        """Where a title run inside a name of capitalised words starts and the person's name
        after it does ("Assam | CM | Ravi Baruah"), or None: the name after is two words
        or more shaped like a person's, the run goes back over titles written alike (capitals:
        "CEO" after "Burger King" leaves the "King" to the firm) and words stand before it."""
        for i in range(end - 3, start, -1):
            title = doc[i]
            if title.lower_.rstrip(".") not in self.titles or not title.text[:1].isupper():
                continue
            named = doc[i + 1:end]
            if not all(t.text[:1].isupper() for t in named) or any(t.lower_.rstrip(".") in self.titles for t in named) \
                    or guess_class(named.text, "Company") != "Person":
                return None
            run = i
            while run - 1 > start and doc[run - 1].lower_.rstrip(".") in self.titles and doc[run - 1].is_upper == title.is_upper:
                run -= 1
            if all(t.text[:1].isupper() for t in doc[start:run]):
                return run, i + 1
            return None
        return None

    def _after_portfolio_title(self, ent) -> bool:
        doc = ent.doc
        return ent.start > 1 and doc[ent.start - 1].lower_ in ("of", "for") and doc[ent.start - 2].lower_ in self.portfolio_titles

    def _brief_before_title(self, ent) -> bool:
        """Whether *ent* (a span) is a brief written before a portfolio title ("Trade Minister",
        "Foreign Secretary", "Commerce and Industry Minister"): its words are a brief's, and
        the title follows, after more briefs of the same title if any."""
        doc = ent.doc
        end = ent.end
        while end + 1 < len(doc) and doc[end].lower_ in (",", "and") and doc[end + 1].lower_ in self.briefs \
                and doc[end + 1].text[:1].isupper():
            end += 2
        return end < len(doc) and doc[end].lower_ in self.portfolio_titles \
            and " ".join(ent.text.lower().split()) in self.briefs

    def _portfolio(self, ent) -> bool:
        """Whether *ent* is the brief in a title ("Minister of Trade", "Secretary of State",
        "Minister for Economic Affairs" before a person's name, or alone in a title):
        after a portfolio title and "of"/"for", and a person's name or the sentence's
        words, not a name, after it."""
        doc = ent.doc
        if not self._after_portfolio_title(ent):
            # "Minister of Innovation, Science and Industry": the briefs after the first.
            i = ent.start - 1
            while i > 1 and (doc[i].lower_ in (",", "and") or doc[i].lower_ in self.briefs):
                i -= 1
            return i < ent.start - 1 and " ".join(ent.text.lower().split()) in self.briefs \
                and self._after_portfolio_title(doc[i + 1:ent.end])
        after = doc[ent.end] if ent.end < len(doc) else None
        return after is None or after.ent_type_ == "PERSON" or not (after.pos_ == "PROPN" or after.text[:1].isupper())


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
    family names ("Lu Wei"). The given name of one a patronymic's particle follows
    ("Alwaleed bin Talal" -> "Alwaleed", ``patronymic_particles`` of names.yaml). None for a
    name of one word.

    >>> sorted(bare_names("He Xiaopeng", frozenset({"He", "Wang"}))), sorted(bare_names("Fumio Kishida", frozenset({"He"})))
    (['He'], ['Kishida'])
    >>> sorted(bare_names("Lu Wei", frozenset({"Lu", "Wei"})))
    ['Lu', 'Wei']
    """
    words = full_name.removesuffix("'s").removesuffix("’s").split()
    if len(words) < 2:
        return frozenset()  # "Zeekr's": a full name has two words at least
    first, last = words[0], words[-1]
    particle = next((i for i, w in enumerate(words[1:-1], 1) if w.lower() in _patronymic_particles()), None)
    if particle is not None:
        return frozenset({words[particle - 1]})  # "Prince Alwaleed Bin Talal" -> "Alwaleed"
    # "Luiz Inácio Lula da Silva" -> "Lula" or "Silva": the name before a Portuguese family
    # particle is the one the person goes by as often as the family name after it.
    particle = next((i for i, w in enumerate(words[1:-1], 1) if w in reference_words("family_particles")), None)
    if particle is not None and particle > 1:
        return frozenset({words[particle - 1], last})
    if first in family_first and last in family_first and "-" not in last:
        return frozenset({first, last})
    if first in family_first:
        # "Pham Minh Chinh" -> "Chinh" too: Vietnamese news names a person again by the given
        # name that ends the name ("PM Chinh"), though the family name opens it.
        return frozenset({first, last}) if first in reference_words("given_name_last") else frozenset({first})
    return frozenset({last})


@functools.cache
def _title_words() -> frozenset[str]:
    """Words a title is written with besides the titles themselves ("former", "chief",
    "financial"): ``title_modifiers``, ``title_openers`` and ``title_functions`` of names.yaml."""
    return frozenset().union(*(reference_words(k, lower=True) for k in ("title_modifiers", "title_openers", "title_functions")))


@functools.cache
def _patronymic_particles() -> frozenset[str]:
    """``patronymic_particles`` of names.yaml: "bin", "ibn" between a given name and a father's."""
    return reference_words("patronymic_particles", lower=True)


def _legal_named(name: str) -> bool:
    """Whether a name of capitalised words ends in one legal form after a word that is none
    ("News Corp", "Herald Corp."): a firm's, though each word alone names no one (unless
    it follows "and" or "of", as the tail of a longer name NER cut)."""
    suffixes = reference_words("corporate_suffixes", lower=True)
    words = name.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words) and words[-1].lower().strip(".,") in suffixes \
        and words[-2].lower().strip(".,") not in suffixes


def name_starts(ent) -> list[int]:
    """Where each mention of *ent*'s words in its document starts (token indices, its own
    included), through an index of where each word stands, built once per document: a
    walk over every token for every name asked about cost a tenth of a second per article."""
    doc = ent.doc
    # Kept with the document's length: merging mentions into tokens later renumbers them.
    length, starts = doc.user_data.get("kg_word_starts", (None, None))
    if length != len(doc):
        starts = {}
        for token in doc:
            starts.setdefault(token.text, []).append(token.i)
        doc.user_data["kg_word_starts"] = (len(doc), starts)
    size = len(ent)
    return [i for i in starts.get(ent[0].text, ()) if i + size <= len(doc) and doc[i:i + size].text == ent.text]


def _name_before_title(token, titles) -> bool:
    """Whether *token* is a word of a name that modifies a title right after it ("Hanul
    Group director": "Hanul" hangs on "Group", "Group" on the title)."""
    word = token
    while word.head.i == word.i + 1 and word.head.ent_iob_ == "I" and word.dep_ == "compound":
        word = word.head
    return word.dep_ == "compound" and word.head.i > word.i and word.head.lower_.rstrip(".") in titles
