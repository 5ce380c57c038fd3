"""Measures a country or a public body takes, named by what they are rather than by a name:
"the EU adopted new sanctions against Russia", "Washington imposed tariffs on steel and
aluminum", "Japan tightened curbs on chip equipment exports". News and the real-news gold
keep such a phrase, as the text words it, as the policy of the one who imposed it; a name
of no capitals that NER leaves out. Only the object of a verb of imposing (``measure_verbs``
of names.yaml) whose subject is a country or a public body ("the government will impose",
"X announced it is imposing", "since imposing"), and only with a word that says
which measure it is (an adjective, a noun before it, or what it falls "on"): "imposed
tariffs" alone names nothing one could tell from another."""

from __future__ import annotations

from kg.extract.doc_ents import ents_of
from kg.extract.guard import setting_words
from kg.extract.name_repairs import with_longer
from kg.ingest.normalize import reference_words

__all__ = ["measures_named"]

#: NER's and the ruler's labels of those who impose measures: countries, their capitals
#: standing for them ("Washington imposed"), public bodies.
_OWNER_LABELS = frozenset({"GPE", "KG:Country", "KG:City", "KG:GovernmentBody"})


def measures_named(doc, nouns: frozenset[str], verbs: frozenset[str], body_words: frozenset[str]):
    """*doc* with a policy's mention for each measure noun (*nouns*: "sanctions", "tariffs")
    that is the direct object of a verb of *verbs* ("impose", "adopt") whose subject is a
    country or a public body (an organisation's name holding one of *body_words*:
    "Union", "Commission", "Ministry"), spanning its modifiers and what it is "on" or
    "against" ("new sanctions against Russia")."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    found = []
    owned = nouns | reference_words("owned_policy_nouns", lower=True)
    pacts = reference_words("pact_nouns", lower=True)
    paired = reference_words("paired_policy_nouns", lower=True)
    vague = setting_words("unnaming_measure_words")
    signing = reference_words("pact_signing_verbs", lower=True)
    for noun in doc:
        if noun.i in by_token:
            continue
        if noun.lower_ in paired and (pact := _paired_parties_pact(noun, by_token)) is not None:
            found.append(Span(doc, *pact, label="KG:Policy"))
            continue
        if noun.lower_ in pacts:
            pact = _pact_between_countries(noun, by_token) or _pact_signed_by_countries(noun, by_token, signing, vague)
            if pact is not None:
                found.append(Span(doc, *pact, label="KG:Policy"))
            continue
        if noun.lower_ in nouns and noun.dep_ == "dobj" and noun.head.lemma_.lower() in verbs:
            if not _imposed_by_state(noun.head, by_token, body_words):
                continue
        elif noun.lower_ not in owned or noun.dep_ in ("attr", "appos") or not _owned_by_state(noun, by_token, body_words):
            continue  # "the K-Chips Act is South Korea's industrial policy": a named one described
        start = noun.i
        while start > 0 and doc[start - 1].dep_ in ("amod", "compound", "nummod") and doc[start - 1].head.i in range(start, noun.i + 1) \
                and doc[start - 1].i not in by_token and (doc[start - 1].dep_ != "nummod" or start == noun.i):
            start -= 1
        end = noun.i + 1
        # "tariffs of up to 35% on Chinese cars": the rate, told between the measure and what it
        # falls on, is part of the phrase the text words it by.
        if end < len(doc) and doc[end].lower_ == "of" and doc[end].head.i == noun.i \
                and any(t.like_num for t in doc[end].subtree):
            after = max(t.i for t in doc[end].subtree) + 1
            if after < len(doc) and doc[after].lower_ in ("on", "against"):
                end = after
        # "imposed tariffs on steel": the parser hangs "on" on the verb as often as on the noun.
        if end < len(doc) and doc[end].lower_ in ("on", "against") and doc[end].head.i in (noun.i, noun.head.i):
            objects = [c for c in doc[end].children if c.dep_ == "pobj"]
            if objects:
                last = _phrase_end(objects[0])
                words = doc[end + 1:last + 1]
                if all(not t.is_punct or t.text == "-" for t in words) and len(words) <= 8:
                    end = last + 1
        if end - start < 2 or end == noun.i + 1 and all(t.lower_ in vague for t in doc[start:noun.i]):
            continue  # "imposed tariffs", "Japan's new rules": no word says which
        # A name inside goes with the measure ("sanctions against Russia"): one mention cannot be
        # both, and the whole phrase is the one the gold keeps. Keeping a country named nowhere
        # else instead cost a fact on each real-news development set (session 30).
        found.append(Span(doc, start, end, label="KG:Policy"))
    return with_longer(doc, ents, found)


def _pact_between_countries(noun, by_token: dict) -> tuple[int, int] | None:
    """The (start, end) of "a three-way deal between the United States, the Netherlands and
    Japan", "the trade agreement between Peru and Chile": a pact's noun with what tells which
    it is before it and, after "between", two countries or more and nothing else, each of
    them a party and so an owner (kg/extract/name_facts.py reads them in the name); or None.
    Not a deal between firms, nor between capitals, whose deals are firms' or a city's."""
    between = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    first = next((c for c in between.children if c.dep_ == "pobj"), None) if between is not None else None
    if first is None:
        return None
    parties = [first]
    while (more := next((c for c in parties[-1].children if c.dep_ == "conj"), None)) is not None:
        parties.append(more)
    if len(parties) < 2 or any(getattr(by_token.get(p.i), "label_", None) != "KG:Country" for p in parties):
        return None
    end = _phrase_end(first) + 1
    if any(t.i not in by_token and not t.is_punct and t.pos_ not in ("DET", "CCONJ") for t in noun.doc[between.i + 1:end]):
        return None  # "between China and firms from Peru": something that is no country's name
    start = min((c.left_edge.i for c in noun.children if c.dep_ in ("amod", "compound", "nummod") and c.i < noun.i), default=noun.i)
    return start, end


def _pact_signed_by_countries(noun, by_token: dict, verbs: frozenset[str], vague: frozenset[str]) -> tuple[int, int] | None:
    """The (start, end) of "a free trade agreement" in "South Korea and Vietnam signed a free
    trade agreement": a pact's noun, the object of a verb of *verbs* whose subjects are two
    countries or more and nothing else (each a party, and so an owner through the verb's
    trigger in ontology/triggers.yaml), from the first word that says which pact it is; or
    None. Not "signed an agreement", "signed a new agreement": no word says which."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in verbs:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    parties = [subject] if subject is not None else []
    while parties and (more := next((c for c in parties[-1].children if c.dep_ == "conj"), None)) is not None:
        parties.append(more)
    if len(parties) < 2 or any(getattr(by_token.get(p.i), "label_", None) != "KG:Country" for p in parties):
        return None
    words = [t for t in noun.doc[noun.left_edge.i:noun.i] if t.dep_ in ("amod", "compound") and t.i not in by_token]
    while words and words[0].lower_ in vague:
        words = words[1:]
    if not words or words[0].i != noun.i - len(words):
        return None  # no word says which, or something else between them and the noun
    return words[0].i, noun.i + 1


#: Labels of the parties a dash joins before a pact's noun.
_PARTY_LABELS = frozenset({"KG:Country", "KG:GovernmentBody"})


def _paired_parties_pact(noun, by_token: dict) -> tuple[int, int] | None:
    """The (start, end) of "the US-Japan trade deal", "a joint Canada-Mexico action plan":
    a pact's or a joint plan's noun whose modifiers join two countries or public bodies by a
    dash, each a party and so an owner (kg/extract/name_facts.py reads them in the name); or
    None. From the first word that tells which it is: not an article nor a participle telling
    what became of it ("a renewed ... plan")."""
    doc = noun.doc
    words = [t for t in doc[noun.left_edge.i:noun.i] if t.dep_ not in ("det", "poss", "case")]
    joined = any(t.text in ("-", "–") and t.i > 0 and getattr(by_token.get(t.i - 1), "label_", None) in _PARTY_LABELS
                 and getattr(by_token.get(t.i + 1), "label_", None) in _PARTY_LABELS for t in words)
    # Only names of parties, dashes and the words of the pact's kind: "trade", "free".
    if not joined or any(t.i in by_token and by_token[t.i].label_ not in _PARTY_LABELS or t.pos_ in ("VERB", "NUM") and t.tag_ != "VBN"
                         for t in words):
        return None
    while words and (words[0].tag_ == "VBN" or words[0].is_punct):
        words = words[1:]
    if not words or any(t.tag_ == "VBN" for t in words):
        return None
    return words[0].i, noun.i + 1


def _owned_by_state(noun, by_token: dict, body_words: frozenset[str]) -> bool:
    """Whether *noun* has a possessor that is a country or a public body ("Canada's visa
    policy", "the EU's sanctions on Russia"): the one whose measure it is, as much as the
    one who imposed it. Not a city: "Tokyo's new rules on chip exports" leaves Tokyo a city
    (tests/extract/test_news_s15_rivals.py), and a city's own rules are no state's."""
    owner = next((by_token.get(c.i) for c in noun.children if c.dep_ == "poss"), None)
    return owner is not None and (owner.label_ in ("KG:Country", "KG:GovernmentBody")
                                  or owner.label_ == "ORG" and any(t.lower_ in body_words for t in owner))


#: Subjects that stand for whoever the clause above names: "X announced it is imposing".
_PRONOUNS = frozenset({"it", "they", "we"})
#: The links by which a clause takes its subject from the clause it hangs on: "announced it
#: is imposing" (ccomp, by a pronoun), "since imposing tighter curbs" (pcomp, by none). Not
#: "vowed to impose duties" (xcomp), a threat the real-news gold keeps no policy of (session
#: 35: one wrong fact on each development set), nor an adverbial clause (advcl).
_CONTROLLED = frozenset({"pcomp", "ccomp"})


def _imposed_by_state(verb, by_token: dict, body_words: frozenset[str], steps: int = 3) -> bool:
    """Whether *verb*'s subject is a country, a capital standing for one or a public body
    (a name, or "the government", "the administration": a noun of *body_words*); a pronoun
    ("X announced it is imposing") or no subject at all ("since imposing tighter curbs")
    passes the question to the clause *verb* hangs on, a few steps up."""
    for _ in range(steps):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in _PRONOUNS:
            owner = by_token.get(subject.i)
            if owner is None:
                return subject.pos_ == "NOUN" and subject.lower_ in body_words and subject.dep_ == "nsubj"
            return owner.label_ in _OWNER_LABELS or owner.label_ == "ORG" and any(t.lower_ in body_words for t in owner)
        if verb.dep_ not in _CONTROLLED:
            return False
        head = verb.head
        # "approved exports for the first time since imposing curbs": the gerund hangs on a
        # preposition, which may hang on a noun of the clause's own phrase.
        while verb.dep_ == "pcomp" and head.dep_ in ("prep", "pobj") and head.head is not head:
            head = head.head
        if head is verb or head.pos_ not in ("VERB", "AUX"):
            return False
        verb = head
    return False


def _phrase_end(head) -> int:
    """The last token of the phrase *head* opens, less a clause on it ("steel imported from the
    EU, Canada and Mexico", "technology used to make chips"): what the measure falls on, not
    what is told of that."""
    cut = {t.i for c in head.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
    for conj in (c for c in head.children if c.dep_ == "conj"):
        cut |= {t.i for c in conj.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
    return max(t.i for t in head.subtree if t.i not in cut)
