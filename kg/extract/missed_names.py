"""Names NER missed, found by where they stand: in apposition to a common noun that names
their class ("Tencent, a Chinese company", "a robot maker, AgiBot"), between two names of a
list or opening one ("SoftBank, Temasek and Tiger Global"), written again after NER found
them once, before a title and a person ("Geely Auto Holdings CEO Gui Shengyue"), and as a
run of proper nouns where a fact's end stands ("Meituan said ...", "backed Keenon").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from kg.extract.doc_ents import ents_of
from kg.extract.matcher_tests import quicken
from kg.extract.name_repairs import names_before_titles
from kg.extract.patterns import VALUE_LABELS, doc_text
from kg.ingest.normalize import guess_class, is_meaningful_name, reference_names, reference_words

__all__ = ["MissedNames", "made_by_named_firm"]

_VALUE_LABELS = {label: kind for kind, label in VALUE_LABELS.items()}  # NER's label -> kg's value kind
#: The mark of the apposition rules whose name is one capitalised word of any tag.
_LOOSE = "loose:"
_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "poss", "npadvmod", "ROOT")


@dataclass(frozen=True)
class MissedNames:
    """What finds names NER missed in a parsed document: the apposition patterns, the words
    that refer back to a class (``anaphora``), titles and common nouns."""

    appositions: object  # a spaCy Matcher, one rule per class the anaphora name
    anaphora: dict[str, str]
    person_titles: frozenset[str]
    title_modifiers: frozenset[str]
    common_nouns: frozenset[str]
    product_makers: frozenset[str] = frozenset()  # "maker", "developer": "ChatGPT maker OpenAI"

    @classmethod
    def build(cls, vocab, anaphora_words: dict, *, anaphora: dict[str, str], person_titles: frozenset[str],
              title_modifiers: frozenset[str], common_nouns: frozenset[str],
              product_makers: frozenset[str] = frozenset()) -> MissedNames:
        """From names.yaml's ``anaphora`` (class -> words), for the pipeline's *vocab*;
        *anaphora* is every word that refers back, by the class it names."""
        from spacy.matcher import Matcher

        # "Tencent, a Chinese company," and "a Chinese company, AgiBot": the common noun
        # names the class of a proper name NER may have missed.
        matcher = Matcher(vocab)
        for name_class, words in anaphora_words.items():
            head = {"LEMMA": {"IN": list(words)}}
            name = {"POS": "PROPN", "OP": "+"}
            matcher.add(name_class, [
                [name, {"ORTH": ","}, {"LOWER": {"IN": ["a", "an"]}}, {"POS": {"IN": ["ADJ", "PROPN", "NOUN"]}, "OP": "{0,3}"}, head],
                [head, {"ORTH": ","}, name],
            ], greedy="LONGEST")
            # "Ola, an Indian ride-hailing service company, received ...": one capitalised word
            # the tagger took for a common word, in an apposition closed by its comma; and
            # "ride-hailing company Grab raised ...": one right after a modified class noun.
            word = {"IS_TITLE": True, "IS_ALPHA": True, "POS": {"IN": ["PROPN", "NOUN", "VERB", "INTJ", "ADJ", "X"]}}
            matcher.add(_LOOSE + name_class, [
                [word, {"ORTH": ","}, {"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"NOT_IN": [",", ".", ";", ":", "(", ")"]}, "OP": "{0,6}"},
                 head, {"ORTH": ","}],
                [{"POS": {"IN": ["ADJ", "NOUN", "PROPN", "VERB"]}, "IS_TITLE": False}, head, {**word, "IS_SENT_START": False}, {"IS_TITLE": False}],
            ])
        quicken(matcher)
        return cls(matcher, anaphora, person_titles, title_modifiers, common_nouns, product_makers)

    def added(self, doc):
        """*doc* with the names NER missed set as entities (the others left as they were)."""
        from spacy.tokens import Span

        # Read once: ``doc.ents`` walks the whole document at each access, and the names
        # found here are only set at the end.
        current = ents_of(doc)
        taken = {i for ent in current for i in range(ent.start, ent.end)}
        added = []
        # Where a name took its class from one word of its description ("a private equity
        # firm": Company), by first character: the whole description may say better.
        classed = doc.user_data.setdefault("kg_apposition_classed", set())
        for match_id, start, end in self.appositions(doc):
            name_class = doc.vocab.strings[match_id]
            span = doc[start:end]
            if name_class.startswith(_LOOSE):
                word = span[0] if span[1].text == "," else span[2]
                # The whole name: not the last word of a longer one ("Daewon Group, a company").
                longer = word.i > 0 and not word.is_sent_start and doc[word.i - 1].text[:1].isupper()
                if word.i in taken or span[-2 if span[1].text == "," else 1].i in taken or word.lower_ in self.person_titles \
                        or longer or not is_meaningful_name(word.text):
                    continue
                added.append(Span(doc, word.i, word.i + 1, label=f"KG:{name_class.removeprefix(_LOOSE)}"))
                taken.add(word.i)
                classed.add(word.idx)
                # A class noun vouches for the word as a name as NER would (kg/extract/unclassed.py).
                doc.user_data.setdefault("kg_described_names", set()).update(range(word.idx, word.idx + len(word.text)))
                continue
            names = [t for t in span if t.pos_ == "PROPN"]
            # The proper-name run: at the start of the first form, at the end of the second.
            run = []
            for token in (span if span[0].pos_ == "PROPN" else reversed(span)):
                if token.pos_ != "PROPN":
                    break
                run.append(token.i)
            heads = [t for t in span if t.pos_ != "PROPN" and t.lemma_ in self.anaphora]
            after, before = run and max(run) + 1, run and min(run) - 1
            maximal = run and (after >= len(doc) or doc[after].pos_ != "PROPN") and (before < 0 or doc[before].pos_ != "PROPN")
            # The common noun must be a word of its own, not the end of a name ("... Forum").
            if not names or not maximal or any(i in taken for i in run) or any(t.i in taken for t in heads):
                continue
            added.append(Span(doc, min(run), max(run) + 1, label=f"KG:{name_class}"))
            taken.update(run)
            classed.add(doc[min(run)].idx)
        # "SoftBank, Temasek and Tiger Global": a name NER missed between two it found.
        ents = [e for e in current if e.label_ not in _VALUE_LABELS]
        for first, second in zip(ents, ents[1:]):
            between = doc[first.end:second.start]
            run = [t for t in between if t.pos_ == "PROPN"]
            joints = [t.lower_ for t in between if t.pos_ != "PROPN"]
            if (run and len(between) > len(run) + 1 and between[0].text == "," and between[-1].lower_ in (",", "and")
                    and set(joints) <= {",", "and"}
                    and not any(t.i in taken for t in run) and run[-1].i - run[0].i + 1 == len(run)):
                added.append(Span(doc, run[0].i, run[-1].i + 1, label=first.label_))
                taken.update(t.i for t in run)
        # "Tencent, Alibaba Group and Geely Holding": the first name of a list NER missed.
        organisations = {"ORG", "KG:Company", "KG:InvestmentFirm"}
        for ent in current:
            if ent.label_ not in organisations or ent.start < 2 or doc[ent.start - 1].text != "," \
                    or self._title_alone(ent):  # "Noor Sweid, Co-Founder and ...": a title after a name
                continue
            run = []
            i = ent.start - 2
            while i >= 0 and doc[i].pos_ == "PROPN" and i not in taken:
                run.insert(0, i)
                i -= 1
            continues = ent.end < len(doc) and doc[ent.end].lower_ in (",", "and")
            if run and continues and (i < 0 or doc[i].pos_ != "PROPN"):
                added.append(Span(doc, run[0], run[-1] + 1, label=ent.label_))
                taken.update(run)
        # "ChatGPT maker OpenAI", "Tencent, the WeChat operator": a product NER missed, named
        # by what a firm named with it makes.
        # Only a proper noun or a noun can be such a name: the others are passed over at once
        # (their parts of speech read off the whole document).
        for token in _tokens_where(doc, "POS", ("PROPN", "NOUN")):
            unknown_noun = token.pos_ == "NOUN" and token.text.istitle() and token.lower_ not in self.common_nouns
            if token.i in taken or token.pos_ != "PROPN" and not unknown_noun \
                    or token.text[:1].islower() and not _camel_cased(token.text[:1].upper() + token.text[1:]):
                continue
            if token.i + 1 < len(doc) and (token.i + 1) not in taken and made_by_named_firm(doc, token.i + 1, self.product_makers) \
                    and (token.i == 0 or doc[token.i - 1].pos_ != "PROPN") and is_meaningful_name(token.text):
                added.append(Span(doc, token.i, token.i + 1, label="KG:Product"))
                taken.add(token.i)
        # "the state visit of PM Modi": one capitalised word after a person's title is that
        # person's name, where NER and the tagger missed it (tagged a verb); not a common
        # noun ("Prime Minister", "CEO Summit"), nor a longer name's first word.
        # Only a word of letters in title case can be the name (its flags read off the whole document).
        for token in _tokens_where(doc, "IS_TITLE", (True,), "IS_ALPHA", first=1):
            title = doc[token.i - 1]
            if token.i in taken or title.i in taken or not title.text[:1].isupper() or title.lower_.rstrip(".") not in self.person_titles \
                    or not token.text.istitle() or not token.is_alpha or token.is_sent_start:
                continue
            # "Chief Executive Park Min-soo": a family name (a common word too: "Park") and a
            # given name joined by a hyphen.
            given = doc[token.i + 1:token.i + 4]
            hyphened = len(given) == 3 and given[0].text.istitle() and given[1].text == "-" and given[2].is_lower \
                and given[2].is_alpha and not given[0].whitespace_ and not given[1].whitespace_ and not any(t.i in taken for t in given)
            # "Chief Executive Dora Velkan said": a given name and a family name no common word,
            # the last capitalised word before a word in lower case.
            pair = not hyphened and token.i + 2 < len(doc) and doc[token.i + 1].text.istitle() and doc[token.i + 1].is_alpha \
                and doc[token.i + 2].is_lower and doc[token.i + 1].lower_ not in self.common_nouns and token.i + 1 not in taken \
                and guess_class(doc[token.i:token.i + 2].text, "Company") == "Person"
            if not hyphened and not pair and (token.lower_ in self.common_nouns or token.lemma_.lower() in self.common_nouns
                                              or token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper()):
                continue
            end = token.i + (4 if hyphened else 2 if pair else 1)
            added.append(Span(doc, token.i, end, label="PERSON"))
            taken.update(range(token.i, end))
        # A name found once is the same name where NER missed it later ("AgiBot" tagged as a
        # product in one sentence and as nothing in the next).
        names = {e.text: e.label_ for e in [*current, *added] if e.label_ not in _VALUE_LABELS and len(e.text) > 2}
        full_text = doc_text(doc)
        for name, label in names.items():
            for start in _whole_word_starts(name, full_text):
                span = doc.char_span(start, start + len(name))
                if span is not None and not any(t.i in taken for t in span):
                    added.append(Span(doc, span.start, span.end, label=label))
                    taken.update(t.i for t in span)
        # "Geely Auto Holdings CEO Gui Shengyue": a firm NER missed before a title and a person.
        for span in names_before_titles(doc, taken, self.person_titles, self.title_modifiers):
            added.append(span)
            taken.update(range(span.start, span.end))
        # A proper name NER missed where a fact's end stands ("Meituan said ...", "backed
        # Keenon"): a run of proper nouns that is a subject, an object or in apposition.
        for token in doc:
            # "Celltrion acquired ...", "AgiBot raised ...": the tagger may call an unknown
            # name opening a sentence a noun.
            unknown_noun = token.pos_ == "NOUN" and token.is_sent_start and (token.text.istitle() or _camel_cased(token.text)) \
                and token.lower_ not in self.common_nouns and token.lemma_.lower() not in self.common_nouns
            if token.pos_ != "PROPN" and not unknown_noun or token.i in taken or token.dep_ not in _ARGUMENT_DEPS \
                    or not token.text[:1].isupper():
                continue
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
                continue  # "for a three-day State Visit": capitalised common words, no name
            # Not a word in lower case the tagger took for a proper noun ("longtime Chairman").
            run = [t for t in token.lefts if t.pos_ == "PROPN" and t.dep_ in ("compound", "flat") and not t.is_lower] + [token] \
                + [t for t in token.rights if t.pos_ == "PROPN" and t.dep_ == "flat" and not t.is_lower]
            first, last = min(t.i for t in run), max(t.i for t in run)
            # "Semiconductor Manufacturing International Corporation": the parser may cut a
            # name's first word off into a sentence of its own; adjacent on one line, it
            # still belongs to the name.
            while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text.istitle() \
                    and doc[first - 1].whitespace_ == " " and first - 1 not in taken:
                first -= 1
                run.insert(0, doc[first])
            # "The Samruk-Kazyna Fund": a word joined by a hyphen opens the name too.
            if first > 1 and doc[first - 1].text in ("-", "–") and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_ \
                    and doc[first - 2].pos_ == "PROPN" and doc[first - 2].text.istitle() and not {first - 1, first - 2} & taken \
                    and doc[first - 2].lower_ not in self.person_titles:  # not "Director-General Ines Vark"
                first -= 2
                run[:0] = [doc[first], doc[first + 1]]
            if self._demonym_led(doc, token, taken):
                # "Swiss Re": a people's name and a word that alone names nothing are one firm's name.
                added.append(Span(doc, token.i - 1, token.i + 1, label="ORG"))
                taken.add(token.i)
                continue
            if any(i in taken for i in range(first, last + 1)) or last - first + 1 != len(run) or not is_meaningful_name(doc[first:last + 1].text):
                continue
            if last == first and last + 1 < len(doc) and doc[last + 1].like_num and doc[last].lower_ in reference_words("not_models", lower=True):
                continue  # "Section 232 of the Act", "Phase 3": a numbered part or stage, no name
            if last == first and last + 1 < len(doc) and doc[last + 1].lower_ == "of" and doc[last].lower_ in self.common_nouns \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                continue  # "the completed Year of Uzbekistan": a common noun titled with its "of", no firm
            if doc[last].lower_.rstrip(".") in self.person_titles:
                continue  # "Longtime Chairman and CEO Kim": a title and its adjective, no name
            if doc[first].lower_ in reference_words("lone_title_words", lower=True) and token.dep_ == "conj" \
                    and self._title_alone(doc[token.head.i:token.head.i + 1]):
                continue  # "Founder and Managing Partner of ...": a second title, no name
            line_start = full_text.rfind("\n", 0, doc[first].idx) + 1
            line_end = full_text.find("\n", doc[last].idx)
            if len(full_text[line_start:line_end if line_end >= 0 else len(full_text)].split()) <= 3:
                continue  # a menu or heading line ("Select Language"), no sentence
            sentence_start = token.is_sent_start or first == 0 or doc[first].is_sent_start
            if sentence_start and last == first and token.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
                continue
            if token.dep_ == "npadvmod" and not (last + 1 < len(doc) and doc[last + 1].text in ("-", "–")):
                continue  # only "Daewon-backed"
            if token.dep_ == "ROOT" and not (doc[first].is_sent_start and any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" or _headline_infinitive(c)
                                                                               for c in token.children)):
                continue  # only a subject the parser took for the root ("Meituan invested ...", "Daewon to buy Hanul")
            if first > 1 and doc[first - 1].lower_ == "of" and doc[first - 2].text in _facility_heads() and not {first - 1, first - 2} & taken:
                # "the Port of Kelmar": a site's head word and "of" open its name.
                added.append(Span(doc, first - 2, last + 1, label="FAC"))
                taken.update(range(first - 2, last + 1))
                continue
            text = doc[first:last + 1].text
            surname = any(text in e.text.split() for e in current if e.label_ == "PERSON")
            added.append(Span(doc, first, last + 1, label="PERSON" if surname or guess_class(text, "Company") == "Person" else "ORG"))
            taken.update(range(first, last + 1))
        if added:
            doc.set_ents(added, default="unmodified")
        return doc

    def _title_alone(self, span) -> bool:
        """Whether *span* is only a person's title, "co-" or not ("Founder", "Co-Founder"):
        NER takes a capitalised one after a name and comma for a firm's or a person's name."""
        words = [t.lower_ for t in span if t.text not in ("-", "–")]
        return bool(words) and words[0] == "co" and len(words) == 2 and words[1] in self.person_titles \
            or len(words) == 1 and words[0] in self.person_titles

    def _demonym_led(self, doc, token, taken: set[int]) -> bool:
        """Whether *token*, a word of three letters at most NER left out, which alone names
        nothing ("Re"), is the rest of a firm's name a people's name opens as its compound
        ("Swiss Re"), the only word on either side. Not a longer word: "the Korean
        Peninsula", "the French Republic"."""
        before = doc[token.i - 1] if token.i else None
        return before is not None and before.i in taken and before.dep_ == "compound" and before.head.i == token.i \
            and before.ent_type_ in ("KG:DEMONYM", "NORP") and not any(t.dep_ in ("compound", "flat") and t.i != before.i for t in token.children) \
            and len(token.text) <= 3 and token.is_alpha and token.text[:1].isupper() \
            and (before.i == 0 or doc[before.i - 1].pos_ != "PROPN")


def _headline_infinitive(verb) -> bool:
    """Whether *verb* is a headline's "to" infinitive the parser hung on the name before it
    ("Daewon to buy Hanul in $2 billion deal"): the name is its doer, as "Daewon will buy"."""
    return verb.dep_ in ("advcl", "xcomp") and verb.pos_ == "VERB" and verb.i > 1 \
        and verb.doc[verb.i - 1].lower_ == "to" and verb.doc[verb.i - 1].dep_ == "aux" and verb.doc[verb.i - 2].i == verb.head.i


@functools.cache
def _facility_heads() -> frozenset[str]:
    """The head words of sites' names (``name_heads`` of names.yaml, Facility), as written."""
    return frozenset(str(w) for w in (reference_names().get("name_heads") or {}).get("Facility") or ())


def _whole_word_starts(name: str, text: str):
    """Where *name* stands in *text* as whole words (no word character, as a regular
    expression's ``\\w``, just before or after it), left to right, never overlapping: what
    ``(?<!\\w)name(?!\\w)`` finds, without compiling a pattern for each name of each
    document.

    >>> list(_whole_word_starts("Hanul", "Hanul, Hanuls and Hanul_ or (Hanul)"))
    [0, 29]
    """
    position = text.find(name)
    while position >= 0:
        end = position + len(name)
        if (position == 0 or not _word_character(text[position - 1])) and (end == len(text) or not _word_character(text[end])):
            yield position
            position = text.find(name, end)
        else:
            position = text.find(name, position + 1)


def _word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # what a regular expression's \w matches


def _tokens_where(doc, attribute: str, values: tuple, flag: str | None = None, *, first: int = 0) -> list:
    """The tokens of *doc* from index *first* on whose *attribute* ("POS", "IS_TITLE") is
    one of *values* ("PROPN", True), and whose *flag* ("IS_ALPHA"), if given, is set, in
    order: read off the document's array of them at once rather than a token at a time.

    >>> import spacy
    >>> doc = spacy.blank("en")("the Hanul deal, 2026")
    >>> [t.text for t in _tokens_where(doc, "IS_TITLE", (True,), "IS_ALPHA")]
    ['Hanul']
    """
    import numpy
    from spacy import attrs, symbols

    if not len(doc):
        return []
    ids = [int(v) if isinstance(v, bool) else getattr(symbols, v) for v in values]
    columns = doc.to_array([getattr(attrs, attribute)] if flag is None else [getattr(attrs, attribute), getattr(attrs, flag)]).reshape(len(doc), -1)
    wanted = numpy.isin(columns[:, 0], ids)
    if flag is not None:
        wanted &= columns[:, 1] != 0
    return [doc[i] for i in wanted.nonzero()[0].tolist() if i >= first]


def made_by_named_firm(doc, i: int, makers: frozenset[str]) -> bool:
    """Whether token *i* is a noun of making (*makers*: "maker", "developer") that describes
    a firm named with it ("ChatGPT maker OpenAI", "the Galaxy maker Samsung", "Tencent, the
    WeChat operator"), so that the name right before it is what the firm makes; not "the
    chip maker said", nor "Busan developer Hanul", whose place the ruler reads first."""
    if i >= len(doc) or doc[i].lower_ not in makers or doc[i].text[:1].isupper() and not doc[i].is_sent_start:
        return False
    token = doc[i]
    named = token.head.pos_ == "PROPN" and token.head.i > i and token.dep_ == "compound"
    return named or token.dep_ == "appos" and token.head.pos_ == "PROPN" \
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)


def _camel_cased(word: str) -> bool:
    """"AgiBot", "DeepSeek": a capital inside a word of letters, which no English noun has."""
    return word.isalpha() and word[:1].isupper() and not word.isupper() and any(c.isupper() for c in word[1:])
