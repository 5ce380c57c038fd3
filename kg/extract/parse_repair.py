"""Repairs of the dependency parse that merging mentions into single tokens calls for,
made before the relation frames are matched.

The small English parser labels the words of a name one by one; a merged name takes the
label of the word the merge chose as its root, which is not always the one that carries
the name's part in the sentence, and a money phrase whose last word is also a verb
("won") may be parsed as a clause of its own. The frames of ``ontology/frames.yaml`` are
written for the plain labels, so these few cases are given them back.
"""

from __future__ import annotations

from kg.extract.as_complements import as_nouns_given_back
from kg.extract.clause_subjects import subjects_taken_into_clauses
from kg.extract.money_parse_repair import CLAUSE_LABELS, bounded_stakes, money_after_of, noun_after_bracketed_money, purposes_off_money, \
    worth_after_noun
from kg.extract.patterns import token_mark, token_marks

__all__ = ["repair_parse"]

#: What English writes after a possessor ("Kim's", "Hanul Robotics'").
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def repair_parse(doc, hyphenated: frozenset[str] = frozenset(), round_nouns: frozenset[str] = frozenset(),
                 stake_nouns: frozenset[str] = frozenset(), bounds: frozenset[str] = frozenset(),
                 titles: frozenset[str] = frozenset()) -> int:
    """Give merged mentions and values of *doc* the dependency labels their place in the
    sentence calls for, in place; return how many tokens changed.

    - a word of *hyphenated* (lower case, e.g. "tie-up", "spin-off") written without
      spaces, which the tokenizer splits in three, is one noun again, so that a trigger
      written with its hyphen can match it;

    - a merged name followed by its possessive mark and hanging on a noun is that noun's
      possessor (``poss``), whatever label its first word had ("Kim Min-soo's visit");
    - a preposition right after a title in apposition to a name, which the parser hung on
      the name, belongs to the title ("Kim, president and CEO of Hanul");
    - a verb written with the prefix "co-", which the tokenizer splits ("co", "-", "led"),
      is one word again, lemma "co-lead" ("co-led by", "co-founded");
    - a name parsed as a compound of the verb after it is its subject, and a name parsed
      as an adverbial noun before a verb that has no subject ("A and B formed a joint
      venture") is that subject too;
    - of two names joined by "and" that the parser read as the first modifying the second
      ("Hanul and Minjin formed ..." with Hanul a modifier of Minjin), the first takes the
      second's place and the second is coordinated with it;
    - a present-tense verb after a name that the tagger took for a plural noun with the
      name as its modifier ("Hanul competes with Minjin", "Daewon invests in Hanul") is a
      verb, and the name its subject: a plural noun with no determiner cannot head a
      clause;
    - a person parsed as a compound of the title after it ("named Kim chief executive"), or
      as what the verb makes of its object where it has none ("named Kim as its CEO"), is
      the verb's object;
    - a money value hanging on a verb as a clause is the verb's direct object when the
      verb has none ("will inject 5 billion won into Hanul");
    - "worth" between a noun and a money value is the noun's modifier, the value its
      complement and the prepositions hung on the value its own ("bought a stake worth
      22.6 billion won in Hanul"), as the parser reads it where the value has a sign;
    - a preposition hung on a money value or a percentage after a noun's "of" belongs to
      the noun ("an investment of 300 mln euros in Hanul", "a stake of 12 percent in Hanul"),
      a bound of *bounds* before the value too ("a stake of over 50 pct in Hanul");
    - "for" or "on" after a sum a verb pays, which the parser hung on the sum, belongs to
      the verb ("paid 1.2 billion riyals for a 30% stake in Hanul", "spent 2 billion pesos on
      Hanul"): a sum written with its currency's plural is often taken for a noun with its
      own complement;
    - a stake of *stake_nouns* told with a value after a bound of *bounds* the parser took
      for a preposition ("owns about a 35 percent stake in Hanul") is the verb's object;
    - a noun after a money value and its US-dollar figure in brackets, which the parser hung
      on the value, takes the value's place, the value its modifier ("bought a 3.5 billion
      dirhams ($953 million) stake in Hanul" is a stake bought);
    - a description written right after a name and its comma or dash, which the parser
      hung on a word before the name, is in apposition to the name ("invested in Hanul, a
      startup specializing in robots", "a deal with Hanul – the world's largest maker of
      chips –");
    - a past participle after a name's comma, where the name is in apposition to a word
      and the parser hung the participle on a word before it, tells of the name ("Daewon
      and its partner Hanul Systems (HS), based in Busan," is Hanul's home, not Daewon's);
    - a name parsed in apposition to (or joined by a bare comma to) the name a phrase before
      it holds, right before a verb with no subject, is that verb's subject ("At the
      invitation of Modi, Trump will make a state visit");
    - a noun parsed as the sentence's root with a past-tense verb and its object right after
      it read as a participle describing it, no other verb in the sentence, is that verb's
      subject ("Hanul's board named Kim as temporary CEO.");
    - a name parsed as the sentence's root with a finite verb right after it as its relative
      clause, no relative word nor subject opening it, is that verb's subject ("The 21st
      Hanul Expo opened in Busan", whose ordinal the parser took for the root);
    - a past participle right after a round noun of *round_nouns* and its comma, which the
      parser hung on the sentence's verb, tells of the round ("raised $30 million in a
      round, led by Daewon");
    - a past participle right after the name a stake noun of *stake_nouns* is in ("the 8.8%
      holding in Hanul owned by Daewon"), which the parser hung on the name, tells of the
      stake: Daewon owns the holding, not Hanul;
    - a person's title of *titles* right after a person's name and its comma, which the
      parser joined to the name as a second name ("stated Kim, Founder and CEO of Hanul"),
      is in apposition to it;
    - a name between a verb and an adjective that says what the verb makes of it, which the
      parser took for the adjective's modifier or left off the verb, is the verb's object
      and the adjective its complement ("will take Hanul private");
    - a past participle between a name's comma and another comma, which the parser took for
      the sentence's verb with the verb after it joined to it, describes the name, and the
      verb after it is the sentence's ("Peru, added to the Entity List in May, protested":
      Peru added no one to a list);
    - "with" after the person a verb "replace" has for object, which the parser hung on that
      person or, after a comma, on a clause describing the person, belongs to the verb
      ("replaced CEO Kim, who led it for years, with Lee": Lee replaces Kim).
    - a description after a city a verb or preposition takes for object and a country's
      possessive, in apposition to a name, takes the city's place ("buy Busan, Korea's
      logistics company, Hanul Freight": Hanul Freight is bought, not Busan);
    - a name right before a subjectless verb, which the parser took into the clause before
      the verb as the head of a name and its comma, is the verb's subject
      (:mod:`kg.extract.clause_subjects`);
    - a noun after "as" parsed as the subject of a participle or an infinitive after it is
      "as"'s object ("named Kim as the new CEO starting in 2024", "as chief executive to
      succeed Lee", :mod:`kg.extract.as_complements`).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> nlp = spacy.blank("en")
    >>> doc = Doc(nlp.vocab, words=["Kim Min-soo", "'s", "visit"], heads=[2, 0, 2],
    ...           deps=["compound", "case", "ROOT"], pos=["PROPN", "PART", "NOUN"])
    >>> repair_parse(doc), doc[0].dep_
    (1, 'poss')
    """
    changed = _join_prefixed_verbs(doc) + _join_hyphenated(doc, hyphenated) + _appositions_after_names(doc) \
        + _participles_after_appositions(doc) + _participles_after_rounds(doc, round_nouns) \
        + _participles_after_stakes(doc, stake_nouns) + money_after_of(doc, bounds) + noun_after_bracketed_money(doc) + worth_after_noun(doc) + _object_complements(doc) \
        + bounded_stakes(doc, bounds, stake_nouns) + purposes_off_money(doc) + _titles_taken_for_conjuncts(doc, titles) \
        + _participles_taken_for_verbs(doc) + _withs_of_replacing(doc) + _cities_before_described_names(doc) \
        + subjects_taken_into_clauses(doc) + as_nouns_given_back(doc)
    for token in doc:
        if token.dep_ == "prep" and token.i > 0 and _closer_noun(token) is not None:
            token.head = _closer_noun(token)
            changed += 1
            continue
        if token.dep_ in ("compound", "nmod", "npadvmod") and len(token.text.split()) > 1 \
                and token.head.pos_ in ("NOUN", "PROPN") and token.head.i > token.i \
                and any(c.dep_ == "case" and c.text in _POSSESSIVE_MARKS for c in token.children):
            token.dep_ = "poss"
            changed += 1
        elif _coordination_taken_for_modifier(token):
            second = token.head
            token.head, token.dep_ = second.head, second.dep_
            second.head, second.dep_ = token, "conj"
            changed += 1
        elif _verb_taken_for_noun(token):
            token.head.pos_, token.head.tag_ = "VERB", "VBZ"
            token.dep_ = "nsubj"
            changed += 1
        elif _noun_with_subject_and_object(token):
            token.pos_, token.tag_ = "VERB", "VBZ"
            changed += 1
        elif token.dep_ in ("compound", "npadvmod") and token_mark(token, "kg_entity") and token.head.pos_ == "VERB" and token.i < token.head.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children):
            # A name cannot modify a verb: it is the verb's subject ("Kim Min-soo serves as ...").
            token.dep_ = "nsubj"
            changed += 1
        elif token.dep_ == "advmod" and token.pos_ == "ADV" and token_mark(token, "kg_entity") and token.head.pos_ in ("VERB", "AUX") \
                and token.i < token.head.i and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.head.children):
            # "Geely Auto is a unit of ...": the tagger read a name ending in "-ly" as an
            # adverb, which leaves its verb with no subject and the name with no part.
            token.dep_, token.pos_, token.tag_ = "nsubj", "PROPN", "NNP"
            changed += 1
        elif token.ent_type_ == "Person" and token.dep_ == "compound" and token.head.dep_ == "oprd" \
                and token.head.head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in token.head.head.children):
            # "Hanul named Kim Min-soo chief executive": the person is the verb's object.
            token.head, token.dep_ = token.head.head, "dobj"
            changed += 1
        elif token.ent_type_ == "Person" and token.dep_ == "oprd" and token.head.pos_ == "VERB" and token.head.i < token.i \
                and not any(c.dep_ == "dobj" for c in token.head.children) \
                and any(c.dep_ == "nsubj" and token_mark(c, "kg_entity") for c in token.head.children):
            # "Daewon Steel named Choi Yun-seo as its chief executive": what a verb makes of
            # its object is no person; the person is the object (a board's frames read either).
            token.dep_ = "dobj"
            changed += 1
        elif (verb := _subject_taken_for_apposition(token)) is not None:
            # "At the invitation of Modi, Trump will make a state visit": the parser hung the
            # second name on the first, and left the verb after it with no subject.
            token.head, token.dep_ = verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
            for clause in [c for c in verb.children if c.dep_ == "csubj"]:
                clause.dep_ = "advcl"
            changed += 1
        elif _verb_taken_for_participle(token):
            # "Hanul's board named Kim as CEO.": no finite verb left, the parser read a past
            # tense as a participle describing the noun before it.
            verb = token.doc[token.i + 1]
            verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
            token.head, token.dep_ = verb, "nsubj"
            for child in [c for c in token.children if c.i > verb.i]:
                child.head = verb
            changed += 1
        elif _subject_taken_for_root(token):
            # "The 21st China-ASEAN Expo opened in Nanning": the parser made the ordinal the
            # root and the verb its relative clause, whose subject merged into the name.
            verb = next(c for c in token.children if c.dep_ == "relcl")
            token.head, token.dep_ = verb, "nsubj"
            verb.head, verb.dep_ = verb, "ROOT"
            changed += 1
        elif token.ent_type_ == "MONEY" and token.dep_ in CLAUSE_LABELS and token.head.pos_ in ("VERB", "AUX") \
                and token.head.i < token.i and not any(c.dep_ == "dobj" for c in token.head.children):
            token.dep_ = "dobj"
            changed += 1
    return changed


def _titles_taken_for_conjuncts(doc, titles: frozenset[str]) -> int:
    """Make each title joined as a conjunct right after a person's name and its comma, with
    no "and" before it, the name's apposition; return how many. A list of people ("Kim,
    Park and Lee") joins names, not titles."""
    changed = 0
    for token in doc[2:]:
        name = token.head
        if token.dep_ != "conj" or token.lower_ not in titles or token_mark(token, "kg_entity") or doc[token.i - 1].text != "," \
                or name.i != token.i - 2 or token_mark(name, "kg_class") != "Person" \
                or any(c.dep_ == "cc" and c.i < token.i for c in name.children):
            continue
        token.dep_ = "appos"
        changed += 1
    return changed


def _appositions_after_names(doc) -> int:
    """Hang on its name each description that follows a name's comma or dash with an
    article ("Hanul, a startup ...", "Hanul – the world's largest maker of ...") where the
    parser hung it on a word before the name; return how many were moved."""
    changed = 0
    for token in doc[2:]:
        name, mark = doc[token.i - 2], doc[token.i - 1]
        if token.lower_ not in ("a", "an", "the") or mark.text not in (",", "–", "—") or not token_mark(name, "kg_entity"):
            continue
        noun = token.head
        while noun.dep_ == "poss" and noun.head.i > noun.i:  # "the world's leading maker"
            noun = noun.head
        if noun.pos_ != "NOUN" or token_mark(noun, "kg_entity") or noun.i < token.i or noun.dep_ not in ("appos", "npadvmod") \
                or noun.head.i >= name.i or noun.is_ancestor(name):
            continue
        noun.head, noun.dep_ = name, "appos"
        changed += 1
    return changed


def _cities_before_described_names(doc) -> int:
    """Give a city's place to the description after it where the city, a verb's or a
    preposition's object, is followed by a country's possessive and a description in
    apposition to a name ("buy Johannesburg, South Africa's logistics company, Imperial
    Freight"): the city only tells where the described firm is, and the firm is what is
    bought; the city is left modifying the description. Return how many were moved."""
    changed = 0
    classes = token_marks(doc, "kg_class")  # in one pass: a token's ``_`` costs more than the rest of the test
    for i in range(len(doc) - 3):
        if classes[i] != "City" or classes[i + 2] != "Country":
            continue
        city, country, mark = doc[i], doc[i + 2], doc[i + 3]
        if city.dep_ not in ("dobj", "pobj") or doc[i + 1].text != "," or country.dep_ != "poss" or mark.text not in _POSSESSIVE_MARKS:
            continue
        noun = country.head
        if noun.head != city or noun.dep_ not in ("conj", "appos") or noun.pos_ != "NOUN" \
                or not any(c.dep_ == "appos" and token_mark(c, "kg_entity") for c in noun.children):
            continue
        noun.head, noun.dep_ = city.head, city.dep_
        city.head, city.dep_ = noun, "nmod"
        changed += 2
    return changed


def _participles_after_appositions(doc) -> int:
    """Hang on its name each past participle that follows the comma after a name in
    apposition (and the name's bracketed short form) where the parser hung it on a word
    before the name; return how many were moved. A name that is only one of a list ("A and
    B, based in Busan") keeps the parser's reading: there the participle may tell of all."""
    changed = 0
    for token in doc[1:]:
        if token.dep_ != "acl" or token.tag_ != "VBN" or doc[token.i - 1].text != ",":
            continue
        name = _before_brackets(doc, token.i - 2)
        if name is None or not token_mark(name, "kg_entity") or name.dep_ != "appos" or token.head == name \
                or token.head.i >= name.i or not token.head.is_ancestor(name):
            continue
        token.head = name
        changed += 1
    return changed


def _participles_after_rounds(doc, round_nouns: frozenset[str]) -> int:
    """Hang on the round each past participle that follows a round noun (one of
    *round_nouns*) and its comma where the parser made it a clause of a verb above the
    round; return how many were moved."""
    changed = 0
    for token in doc[2:]:
        if token.dep_ != "advcl" or token.tag_ != "VBN" or doc[token.i - 1].text != ",":
            continue
        noun = doc[token.i - 2]
        if noun.lemma_.lower() not in round_nouns or not token.head.is_ancestor(noun):
            continue
        token.head, token.dep_ = noun, "acl"
        changed += 1
    return changed


def _withs_of_replacing(doc) -> int:
    """Hang on "replace" each "with" the parser hung on the verb's object or, right after a
    comma, on a clause of that object's; return how many were moved. Not "replaced Kim,
    who had clashed with Lee": a "with" inside the clause stays there."""
    changed = 0
    for token in doc[1:]:
        if token.lower_ != "with" or token.dep_ != "prep":
            continue
        replaced = token.head.head if token.head.dep_ in ("relcl", "acl") and doc[token.i - 1].lower_ == "," else token.head
        if replaced.dep_ != "dobj" or replaced.head.lemma_.lower() != "replace" or token_mark(replaced, "kg_class") != "Person":
            continue
        token.head = replaced.head
        changed += 1
    return changed


def _participles_after_stakes(doc, stake_nouns: frozenset[str]) -> int:
    """Hang on the stake each past participle written right after the name the stake is in
    or of (one of *stake_nouns*, then "in" or "of") where the parser hung it on the name;
    return how many were moved. Not one after a comma: "a stake in Hanul, founded by Kim"
    tells of Hanul."""
    changed = 0
    for token in doc[3:]:
        name = doc[token.i - 1]
        if token.dep_ != "acl" or token.tag_ != "VBN" or token.head.i != name.i or not token_mark(name, "kg_entity") or name.dep_ != "pobj":
            continue
        marker = name.head
        if marker.lower_ not in ("in", "of") or marker.head.lemma_.lower() not in stake_nouns:
            continue
        token.head = marker.head
        changed += 1
    return changed


def _participles_taken_for_verbs(doc) -> int:
    """Make each past tense set between a subject name's comma and a later comma, with no
    object of its own and a verb with no subject joined to it after that comma, a
    participle describing the name, and the joined verb the name's; return how many were
    changed. A subject is never set off by a comma from its own verb, so the first verb is
    the name's description ("Hanul, founded in 1990, makes robots")."""
    changed = 0
    for verb in doc[2:]:
        name = doc[verb.i - 2]
        if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "ROOT" or doc[verb.i - 1].text != "," \
                or name.dep_ != "nsubj" or name.head.i != verb.i or not token_mark(name, "kg_entity"):
            continue
        if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "aux", "ccomp") for c in verb.children):
            continue
        joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and doc[c.i - 1].text == ","
                  and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        if not joined:
            continue
        main = joined[0]
        main.head, main.dep_ = main, "ROOT"
        name.head = main
        verb.head, verb.dep_, verb.tag_ = name, "acl", "VBN"
        for child in [c for c in verb.children if c.i > main.i or c.dep_ == "punct" and c.i == doc[main.i - 1].i]:
            child.head = main
        changed += 1
    return changed


def _before_brackets(doc, i: int):
    """The token at *i*, or the one before the bracketed words that end at *i* ("Hanul
    Systems (HS)"); None when there is none."""
    if i >= 0 and doc[i].text == ")":
        while i >= 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    return doc[i] if i >= 0 else None


def _coordination_taken_for_modifier(token) -> bool:
    """Whether *token*, a merged name, and the name after the "and" that follows it were
    parsed as a modifier and its head rather than as two coordinated names."""
    head = token.head
    if token.dep_ not in ("nmod", "compound", "amod") or not token_mark(token, "kg_entity") or not token_mark(head, "kg_entity"):
        return False
    if head.i != token.i + 2 or head.dep_ == "ROOT" or token.doc[token.i + 1].lower_ not in ("and", "&"):
        return False
    return token.doc[token.i + 1].head.i == token.i


def _noun_with_subject_and_object(token) -> bool:
    """Whether *token* is a present-tense verb the tagger read as a plural noun although the
    parser gave it a subject named just before it and a direct object after it, as in a
    photo caption ("Kim Min-soo inspects the Hanul plant"), or a verb joined to it has one
    ("Hanul manufactures and distributes packaging"): a noun has neither."""
    if token.tag_ != "NNS" or not token.lower_.endswith("s") or token.dep_ not in ("ROOT", "ccomp", "conj"):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not token_mark(subjects[0], "kg_entity") or subjects[0].i != token.i - 1:
        return False
    if any(c.dep_ in ("det", "amod", "nummod", "poss") for c in token.children):
        return False
    return _objected(token)


def _objected(verb) -> bool:
    """Whether *verb* has a direct object after it, or a present-tense verb joined after
    it has ("makes, recycles and distributes packaging": each hung on the one before)."""
    return any(c.dep_ == "dobj" and c.i > verb.i or c.dep_ == "conj" and c.tag_ == "VBZ" and _objected(c) for c in verb.children)


def _verb_taken_for_noun(token) -> bool:
    """Whether *token*, a merged name, is the subject of a present-tense verb the tagger
    read as a plural noun the name modifies: the word right after the name, ending in
    "s", heading a clause (the sentence's root or a clause of a verb) with no determiner,
    adjective or number of its own, and followed by a preposition or an object."""
    head = token.head
    if token.dep_ != "compound" or not token_mark(token, "kg_entity") or head.i != token.i + 1 or head.tag_ != "NNS":
        return False
    if not head.lower_.endswith("s") or head.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl"):
        return False
    if any(c.dep_ in ("det", "amod", "nummod", "poss", "nsubj") for c in head.children):
        return False
    return any(c.dep_ in ("prep", "dobj") and c.i > head.i for c in head.children)


def _closer_noun(prep):
    """The title noun just before *prep* when the parser hung *prep* on the name that noun
    is in apposition to (or coordinated within that apposition), else None. The title may
    have an "of" phrase of its own first ("Kim, head of research at Hanul")."""
    before, head = prep.doc[prep.i - 1], prep.head
    if before.dep_ == "pobj" and not before.ent_type_ and before.head.lower_ == "of" and before.head.head.i < before.i:
        before = before.head.head
    if before.pos_ not in ("NOUN", "PROPN") or before.ent_type_ or before.dep_ not in ("appos", "conj"):
        return None
    if not head.ent_type_ or head.i >= before.i or not head.is_ancestor(before):
        return None
    return before


def _join_prefixed_verbs(doc) -> int:
    """Merge "co", "-", VERB written without spaces into one verb token (lemma "co-" and
    the verb's lemma); return how many were merged."""
    runs = [
        (token.i, token.i + 3) for token in doc[:-2]
        if token.lower_ == "co" and not token.whitespace_ and doc[token.i + 1].text == "-"
        and not doc[token.i + 1].whitespace_ and doc[token.i + 2].tag_.startswith("VB")
        and not any(t.ent_type_ for t in doc[token.i:token.i + 3])
    ]
    if not runs:
        return 0
    with doc.retokenize() as retokenizer:
        for start, end in runs:
            verb = doc[end - 1]
            retokenizer.merge(doc[start:end], attrs={"LEMMA": "co-" + verb.lemma_, "TAG": verb.tag_, "POS": "VERB"})
    for number, (start, _) in enumerate(runs):
        # Each merge took two tokens out before the later runs.
        _give_subject(doc[start - 2 * number])
    return len(runs)


def _join_hyphenated(doc, words: frozenset[str]) -> int:
    """Merge "tie", "-", "up" written without spaces into one token when the joined word
    (its last part as a lemma: "tie-ups") is one of *words*; return how many were merged."""
    if not words:
        return 0
    runs = [
        (token.i, token.i + 3) for token in doc[:-2]
        if not token.whitespace_ and doc[token.i + 1].text in ("-", "‑") and not doc[token.i + 1].whitespace_
        and f"{token.lower_}-{_lemma(doc[token.i + 2])}" in words
        and not any(t.ent_type_ for t in doc[token.i:token.i + 3])
    ]
    if not runs:
        return 0
    with doc.retokenize() as retokenizer:
        for start, end in runs:
            last = doc[end - 1]
            lemma = f"{doc[start].lower_}-{_lemma(last)}"
            pos = "VERB" if last.pos_ == "VERB" else "NOUN"
            retokenizer.merge(doc[start:end], attrs={"LEMMA": lemma, "POS": pos, "TAG": last.tag_ if pos == "VERB" else ("NNS" if last.tag_ == "NNS" else "NN")})
    return len(runs)


def _subject_taken_for_apposition(token):
    """The verb of which a merged name parsed in apposition to a name in a phrase before it
    (or joined to it by a comma alone) is the subject: the verb (or its auxiliary) comes right after the name and what is set
    beside it, and has no subject of its own; else None. The phrase's name may itself be
    set beside its noun ("for its arm, Vinhomes, Vingroup is ...")."""
    if token.dep_ not in ("appos", "conj") or token.head.i > token.i or not token_mark(token, "kg_entity"):
        return None
    held = token.head.head if token.head.dep_ == "appos" and token.head.head.i < token.head.i else token.head
    if held.dep_ != "pobj":
        return None
    doc = token.doc
    if token.dep_ == "conj" and any(t.dep_ == "cc" or t.lower_ in ("and", "or") for t in doc[token.head.i + 1:token.i]):
        return None  # "with Modi and Trump": two names the phrase holds
    after = max(t.i for t in token.subtree) + 1
    while after < len(doc) and doc[after].text == ",":
        after += 1
    if after >= len(doc) or doc[after].pos_ not in ("AUX", "VERB"):
        return None
    verb = doc[after] if doc[after].dep_ not in ("aux", "auxpass") else doc[after].head
    if verb.i < after or verb.pos_ not in ("AUX", "VERB") or token.i in {a.i for a in verb.ancestors} \
            or token not in list(verb.subtree) or any(c.dep_ in ("nsubj", "nsubjpass", "expl") or c.dep_ == "csubj" and not _opened(c)
                                                        for c in verb.children):
        return None
    return verb


def _opened(clause) -> bool:
    """Whether a clause opens with a conjunction ("Though known for ..."): it says when or
    despite what, and is no subject whatever the parser says."""
    return any(c.dep_ == "mark" for c in clause.children)


def _verb_taken_for_participle(token) -> bool:
    """Whether a noun is the root of its sentence with a verb in the past right after it
    parsed as a participle that describes it, though the verb has an object or what it
    makes of one ("board named Kim CEO", "appointed Kim as chief"): with no other verb to
    be the sentence's, the noun is the verb's subject."""
    doc = token.doc
    if token.dep_ != "ROOT" or token.pos_ not in ("NOUN", "PROPN") or token.i + 1 >= len(doc):
        return False
    verb = doc[token.i + 1]
    if verb.dep_ != "acl" or verb.head.i != token.i or verb.tag_ not in ("VBN", "VBD"):
        return False
    sentence = token.sent
    return any(c.dep_ in ("dobj", "oprd") for c in verb.children) \
        and not any(t.pos_ in ("VERB", "AUX") and t.i != verb.i and t.dep_ not in ("amod", "acl", "relcl", "advcl", "xcomp", "pcomp") for t in sentence)


def _subject_taken_for_root(token) -> bool:
    """Whether a merged name is the root of its sentence with a finite verb right after it
    parsed as its relative clause, though no relative word nor subject opens that clause:
    the name is the verb's subject."""
    # The parse first: it rules out nearly every token without building spaCy's object for
    # the extension attribute.
    if token.dep_ != "ROOT" or token.i + 1 >= len(token.doc) or not token_mark(token, "kg_entity"):
        return False
    verb = token.doc[token.i + 1]
    return verb.dep_ == "relcl" and verb.head.i == token.i and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _lemma(token) -> str:
    return (token.lemma_ or token.text).lower()


def _give_subject(verb) -> None:
    """The split verb was parsed around "co" as a noun: its subject hangs on its auxiliary
    ("the round was co-led by") or is a compound of it ("Kim co-founded Hanul")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    for aux in verb.children:
        if aux.dep_ in ("aux", "auxpass"):
            for subject in aux.children:
                if subject.dep_ in ("nsubj", "nsubjpass") and subject.i < verb.i:
                    subject.head = verb
                    subject.dep_ = "nsubjpass" if aux.dep_ == "auxpass" else "nsubj"
                    return
    before = [c for c in verb.lefts if c.dep_ in ("compound", "npadvmod") and c.pos_ in ("NOUN", "PROPN")]
    if before:
        before[-1].dep_ = "nsubj"


def _object_complements(doc) -> int:
    """Make a name written between a verb and an adjective ("take machinery maker Hanul
    private") the verb's direct object and the adjective its object predicative (``oprd``),
    where the parse hung the name on the adjective or the adjective on the verb as a clause
    or an object; return how many names were moved."""
    changed = 0
    for adjective in doc[2:]:
        name = adjective.nbor(-1)
        if adjective.tag_ != "JJ" or not token_mark(name, "kg_entity") or token_mark(adjective, "kg_entity"):
            continue
        verb = name
        # The words between verb and name modify the name ("machinery maker").
        while verb.i > 0 and verb.nbor(-1).dep_ in ("compound", "amod", "det", "nummod") \
                and verb.i <= verb.nbor(-1).head.i <= name.i:
            verb = verb.nbor(-1)
        verb = verb.nbor(-1) if verb.i > 0 else verb
        if verb.pos_ != "VERB":
            continue
        # The adjective hung on the verb as a clause or an object, or cut off as a root.
        hung = name.head == adjective or adjective.head == verb and adjective.dep_ in CLAUSE_LABELS | {"dobj"} \
            or adjective.dep_ == "ROOT" and name.head == verb
        if not hung or any(c.dep_ == "dobj" and c.i not in (name.i, adjective.i) for c in verb.children):
            continue
        name.head, name.dep_ = verb, "dobj"
        adjective.head, adjective.dep_ = verb, "oprd"
        changed += 1
    return changed
