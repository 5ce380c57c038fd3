"""Tokens a rule's end stands on: a mention, the name a common noun is written just before,
a round named by its series, and the names listed with a mention."""

from __future__ import annotations

from kg.extract.guard import setting_words
from kg.extract.coordination import coordinated
from kg.extract.patterns import token_mark
from kg.extract.trigger_words import figure_words
from kg.ingest.normalize import reference_words

__all__ = ["after_of", "co_acting", "elsewhere_titled", "figure_partners", "fronted_owner", "group_members", "journey_ends", "in_a_post", "included_names", "modified_name", "is_series", "listed", "name_after", "name_or_named",
           "owned_by_a_name", "placed_apart", "possessor_before", "relative_antecedent", "telling_subject", "title_verb_subject", "titled_name_after", "titles_joined_after_name"]

#: What English writes after a possessor.
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def elsewhere_titled(span, trigger) -> bool:
    """Whether the title a frame with an unsaid end matched is told of some other body than
    the story's: a name possesses it ("BP's then chief executive Tony Hayward": the parse
    hangs the possessive on the title's last word, not on the trigger), or a word of a past
    post opens the words before it ("former telecoms regulatory chief Ernest Ndukwe",
    ``past_title_words``), whose body the text leaves unsaid."""
    if any(c.dep_ == "poss" and token_mark(c, "kg_entity") and not token_mark(c, "kg_coref") for t in (trigger, *span) for c in t.children):
        return True
    past, doc = setting_words("past_title_words"), span.doc

    def of_past(token) -> bool:
        # A mention is one token: the sector ruler may have taken "former" into "former telecoms".
        return any(w in past for w in token.lower_.replace("-", " ").split())

    at = min(span.start, trigger.i) - 1
    # Back over the words that narrow the title ("telecoms regulatory", "Nigerian pension"),
    # a sector's or a people's among them, to the first.
    while at >= 0 and span.start - at <= 5 and not of_past(doc[at]) \
            and (token_mark(doc[at], "kg_class") in ("Sector", "Country") or not token_mark(doc[at], "kg_entity") and doc[at].is_lower and doc[at].is_alpha):
        at -= 1
    return at >= 0 and of_past(doc[at]) or at >= 1 and doc[at].text in ("-", "–") and of_past(doc[at - 1])


def is_series(token) -> bool:
    """Whether *token* names a round by its series ("the Series A was led by ...")."""
    return len(token.text) <= 2 and any(c.lower_ == "series" and c.dep_ == "compound" for c in token.children)


def name_after(token):
    """The name a common noun is written just before, as its own description: "existing
    investors Iconia, Sorel and Mubo", "wheelchair maker Whill" (the parser hangs the name on
    the noun as a modifier or in apposition); else None."""
    if token_mark(token, "kg_entity") or token.pos_ != "NOUN" or token.i + 1 >= len(token.doc):
        return None
    after = token.doc[token.i + 1]
    if token_mark(after, "kg_entity") and after.head.i == token.i and after.dep_ in ("appos", "amod", "compound", "nmod", "npadvmod"):
        return after
    # "the Japan operation, known as Jeonju Foundry", "a new unit called Hanul Energy"; the
    # parser may hang the participle right after the noun on the noun its phrase is in.
    naming = setting_words("naming_verbs")
    governors = (token, token.head.head) if token.dep_ == "pobj" else (token,)
    for verb in (c for g in governors for c in g.children if c.dep_ == "acl" and c.lemma_.lower() in naming
                 and token.i < c.i <= token.i + 2):
        for child in verb.children:
            named = child if child.dep_ in ("oprd", "attr", "dobj") else next(
                (c for c in child.children if c.dep_ == "pobj"), None) if child.lower_ == "as" else None
            if named is not None and token_mark(named, "kg_entity"):
                return named
    return None


def name_or_named(token):
    """*token* if it is a mention, else the name it is written just before, else None."""
    return token if token_mark(token, "kg_entity") else name_after(token)


def listed(tokens: list, *, companions: bool = True) -> list:
    """The mention of *tokens* (at most one) and the mentions listed with it ("A, B and C"),
    except for a possessor or a name that modifies the noun after it: in "A, B and C's
    unit" and in "A, B and C unit D" the unit is C's alone."""
    if tokens and tokens[0].i + 1 < len(tokens[0].doc):
        after = tokens[0].doc[tokens[0].i + 1]
        # "unit" modifies the name after it; a verb the tagger took for a noun ("A and B
        # hold 5 percent") does not.
        if after.text in _POSSESSIVE_MARKS or after.pos_ == "NOUN" and not token_mark(after, "kg_entity") and after.dep_ in ("compound", "nmod"):
            return list(tokens[:1])
        # "A, B managing director C": a word that leads into the title after it ("managing"
        # of "managing director") makes the title B's alone too.
        if after.pos_ in ("VERB", "ADJ") and not token_mark(after, "kg_entity") and after.dep_ in ("amod", "compound") and after.head.i > after.i \
                and after.head.pos_ == "NOUN":
            return list(tokens[:1])
    return coordinated(tokens, companions=companions)


def placed_apart(token) -> bool:
    """Whether a listed name is told with a place of its own right after it ("the UAE's
    Spotii, QuadPay in the US and Twisto from the Czech Republic"): what places the list's
    first name is not said of it."""
    doc, at = token.doc, token.i + 1
    if at >= len(doc) or doc[at].lower_ not in ("in", "from", "of"):
        return False
    at += 1 if at + 1 < len(doc) and doc[at + 1].lower_ == "the" else 0
    return at + 1 < len(doc) and token_mark(doc[at + 1], "kg_class") in ("City", "Country") and not token_mark(doc[at + 1], "kg_demonym")


def co_acting(trigger, actors: list) -> list:
    """The mentions an actor joins with for the deed *trigger* names: "Daewon formed a
    consortium with Minjin and Sora to invest in Hanul", "teamed up with Minjin to buy
    Hanul" (Minjin, Sora); and those "together with" or "along with" an actor the parse
    hangs the phrase on ("Daewon, together with Minjin, invested")."""
    carriers = [a for a in actors if not isinstance(a, str)]
    found = []
    if trigger.dep_ in ("xcomp", "advcl", "acl", "relcl") and trigger.pos_ == "VERB":
        verbs, nouns = setting_words("co_acting_verbs"), setting_words("co_acting_nouns")
        governor = trigger.head
        if governor.lemma_.lower() in verbs or governor.lemma_.lower() in nouns:
            carriers.append(governor)
        carriers += [c for c in governor.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns]
    # "invested in Hanul along with Minjin": the parse may hang "with" on "along".
    carriers += [c for t in [trigger, *carriers] for c in t.children if c.lower_ in ("along", "together")]
    for carrier in carriers:
        for prep in carrier.children:
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            joined = carrier.i not in {a.i for a in actors if not isinstance(a, str)} | {trigger.i} \
                or prep.i > 0 and prep.nbor(-1).lower_ in ("together", "along")
            if joined:
                found += [t for pobj in prep.children if pobj.dep_ == "pobj" and token_mark(pobj, "kg_entity") for t in coordinated([pobj])]
    return [t for t in found if all(t is not a for a in actors)]

def titles_joined_after_name(doc, start: int, titles) -> bool:
    """Whether the title at *start* is the second of two joined after a name ("Hanul
    Motors (HM) President and CEO Park"), which the frames of a name before titles read:
    a title (of *titles*) before the "and" stands right after the name."""
    at, joined, titled = start - 1, False, False
    while at >= 0 and not token_mark(doc[at], "kg_entity") and (doc[at].lower_ in ("and", "&", "/") and not titled
                                                     or doc[at].lower_ in titles and joined):
        joined = joined or doc[at].lower_ in ("and", "&", "/")
        titled = titled or doc[at].lower_ in titles
        at -= 1
    if titled and at >= 2 and doc[at].text == ")" and doc[at - 2].text == "(":
        at -= 3  # the firm's short name in brackets
    return titled and at >= 0 and (bool(token_mark(doc[at], "kg_entity")) or doc[at].lower_ in _POSSESSIVE_MARKS)


def after_of(token, top) -> bool:
    """Whether *token* is in a phrase of "of" below *top* ("the chief executive of Hanul")."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            return True
        token = token.head
    return False


def in_a_post(token) -> bool:
    """Whether *token* is in a phrase of "of" below a noun of a post, through other phrases
    of "of" ("the post of CEO of Masan Group": ``post_nouns`` of extraction.yaml): what the
    words after the phrase tell of is the post, not the name in it."""
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.head.i:
        token = token.head.head
        if token.lemma_.lower() in setting_words("post_nouns"):
            return True
    return False


#: Classes of the firms whose arms and funds are named after them.
_FIRMS = frozenset({"Company", "InvestmentFirm"})


def modified_name(token, span):
    """The firm written after *token*, a firm and the last word a token rule matched, that
    *token* only modifies through a noun ("investors including Toyota Motor arm Toyota
    Finance"): the parse hangs it, through the noun of the same phrase, on that mention. The
    rule stopped at the first name of the phrase; what it tells is of the phrase's own name,
    the arm, not of its owner. None where *token* is no such modifier; a firm's name right
    before another's may be a piece of one name the reader split, and is left as it is."""
    if token.i != span[-1].i or token_mark(token, "kg_class") not in _FIRMS:
        return None
    nouns = 0
    while token.dep_ in ("compound", "poss", "nmod") and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
        if token_mark(token, "kg_entity"):
            return token if token_mark(token, "kg_class") in _FIRMS and nouns else None
        nouns += token.pos_ == "NOUN"
    return None


def titled_name_after(token) -> bool:
    """Whether a comma and a person's name with an honorific follow *token*, the last word
    of a title's phrase ("..., Mr. Kofi Mensah, the President of Togo, Ms. Ama Dossou,"): the
    title is in apposition to the name after it, not to the one before, as lists of leaders
    that give each title first are written. Without the honorific a list may as well give
    each name first ("Kim, chairman of Daewon, Lee, CEO of Hanul"), and the title is Kim's."""
    doc, at = token.doc, token.i + 1
    if at >= len(doc) or doc[at].text != ",":
        return False
    at += 1
    honorifics = reference_words("honorifics", lower=True)
    titled = False
    while at < len(doc) and at - token.i <= 4 and not token_mark(doc[at], "kg_entity") \
            and (doc[at].lower_.rstrip(".") in honorifics or doc[at].text == "." and titled):
        titled, at = True, at + 1
    return titled and at < len(doc) and token_mark(doc[at], "kg_class") == "Person"


def included_names(token) -> list:
    """ "four Hanul affiliates, which also include Minjin and Sora": the names a relative
    clause of *token* says it includes, as "including" would."""
    return [named for clause in token.children if clause.dep_ == "relcl" and clause.lemma_ in ("include", "comprise")
            and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in clause.children)
            for named in (name_or_named(c) for c in clause.children if c.dep_ == "dobj") if named is not None]


def owned_by_a_name(token) -> bool:
    """Whether a noun is owned by a name or a description of one ("to tap into the Busan
    firm's international network", "Hanul's home market"): another's thing, no trade of
    the verb's subject. Not "its battery business": a possessive pronoun's thing may be
    the subject's own."""
    return any(c.dep_ == "poss" and c.pos_ != "PRON" and token_mark(c, "kg_entity") and token_mark(c, "kg_class") != "Sector" for c in token.children)


def telling_subject(token):
    """The subject of the verb of telling (``announcing_verbs`` of names.yaml) whose clause
    *token* is in ("Hanul said Kim will become chairman": Hanul), else None."""
    verbs = reference_words("announcing_verbs", lower=True)
    verb = next((t for t in token.ancestors if t.dep_ == "ccomp" and t.head.lemma_.lower() in verbs), None)
    return None if verb is None else next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def possessor_before(span, classes: tuple[str, ...], exclude: set) -> str | None:
    """The entity (its key) of one of *classes* last written as a possessor in the sentence
    before *span*'s ("India's two-way commerce with China fell. Exports to China dipped":
    India's exports), none of *exclude*; else None. None where *span*'s own sentence names
    another ("India's exports to China are low as Chinese firms re-route exports to the
    US"): its traders there say no more than the story's most named one does."""
    doc = span.doc
    ends = span.sent.start
    if ends == 0 or any(token_mark(t, "kg_class") in classes and token_mark(t, "kg_entity") not in exclude for t in span.sent):
        return None
    for token in reversed(doc[doc[ends - 1].sent.start:ends]):
        if token.tag_ == "POS" and token.i > 0:
            owner = doc[token.i - 1]
            if token_mark(owner, "kg_entity") and token_mark(owner, "kg_class") in classes and token_mark(owner, "kg_entity") not in exclude:
                return token_mark(owner, "kg_entity")
    return None


def figure_partners(doc, end: int) -> frozenset[int]:
    """The starts (character offsets) of the mentions before token *end* written as where a
    figure goes, comes from or is traded with ("exports to China and the rest of Asia",
    "imports from the US", "trade with Japan"): a country named so is a trader's partner, no
    trader the story is about, however often it is named so."""
    words = figure_words() | {"ship"}
    # The parse tested before the mark: spaCy builds an object at each ``token._``, and a
    # test of every token before *end* cost ~0.1 s CPU on the benchmark's 60 mixes.
    partners = (t for t in doc[:end] if t.dep_ == "pobj" and t.head.lower_ in ("to", "from", "with")
                and t.head.head.lemma_.lower() in words and token_mark(t, "kg_entity"))
    return frozenset(c.idx for t in partners for c in (t, *t.conjuncts) if c.i < end)


def journey_ends(doc, end: int, person: str | None) -> frozenset[int]:
    """The starts (character offsets) of the mentions before token *end* written as where
    *person* (an entity key) travels ("Trump will visit India", "Charles will make a state
    visit to the United States", ``journey_words``): a traveller's title is of none of the
    countries the story's travellers go to ("Trump will visit India. King Charles will make
    a state visit to the United States": Charles is India's no more than the US's). None
    unless *person* travels: the host of a visitor the story tells of leads the country
    visited ("Modi will visit the US. President Biden will host him")."""
    if person is None:
        return frozenset()
    words = setting_words("journey_words")
    found, travels = set(), False
    for token in doc[:end]:
        # The parse tested before the mark, as in figure_partners: this runs at each title
        # whose country is unsaid, and reading ``token._`` first cost ~0.1 s CPU per 60 mixes.
        word = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("to", "in", "into") else \
            token.head if token.dep_ == "dobj" else None
        if word is None or word.lemma_.lower() not in words or not token_mark(token, "kg_entity"):
            continue
        # Up to the clause's verb (a noun "visit" hangs on "make", "pay"), whose subject travels.
        verb = word
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        travellers = [c for c in (*word.children, *verb.children) if c.dep_ in ("nsubj", "poss")]
        travels = travels or any(token_mark(t, "kg_entity") == person for t in travellers)
        found.update(c.idx for c in (token, *token.conjuncts) if c.i < end)
    return frozenset(found) if travels else frozenset()


def fronted_owner(token):
    """The name in a phrase of "for" or "at" opening the clause *token* is in ("For Polaris
    Bank, Akintola was appointed as managing director": the post is Polaris Bank's, though
    the story named another bank first), else None."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    opening = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "at") and c.i == verb.left_edge.i), None)
    return None if opening is None else next((c for c in opening.children if c.dep_ == "pobj" and token_mark(c, "kg_entity")), None)


def title_verb_subject(title, steps: int = 3):
    """The subject of the verb a title (in its object or a phrase of it) hangs on, within
    *steps* up the parse: "Hanul replaced CEO Kim", "Hanul named Kim as CEO"; None
    where the title's clause has no verb or that verb no subject."""
    head = title
    for _ in range(steps):
        if head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return next((c for c in head.children if c.dep_ == "nsubj"), None)
    return None


def group_members(token) -> list:
    """ "A group of investors led by Daewon and including Minjin": the names a group
    noun is said to be led by or to include, anywhere in its phrase."""
    members = []
    for t in token.subtree:
        # "the holding company that controls Hanul from a consortium led by Daewon": a group
        # inside the noun's own clause is that clause's, no member of the noun.
        if t.dep_ == "agent" and t.head.lemma_ in ("lead", "co-lead", "head") and t.head.dep_ in ("acl", "relcl") \
                and not _in_clause_below(t.head, token):
            members += [c for c in t.children if c.dep_ == "pobj" and token_mark(c, "kg_entity")]
        if t.dep_ == "prep" and t.lower_ == "including" and not _in_clause_below(t, token):
            members += [c for c in t.children if c.dep_ == "pobj" and token_mark(c, "kg_entity")]
    return members


def _in_clause_below(word, top) -> bool:
    """Whether a clause (a verb's) lies between *word* and *top*, above *word*; not the
    group's own "led by Daewon and including Minjin", whose "including" may hang on "led"."""
    word = word.head
    while word.i != top.i and word.head.i != word.i:
        if word.pos_ in ("VERB", "AUX") and word.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp") \
                and word.lemma_.lower() not in ("lead", "co-lead", "head", "include"):
            return True
        word = word.head
    return False


def relative_antecedent(subject):
    """The name a relative pronoun subject stands for, through a description beside it
    ("Porter, a transport agency, which secured $200 million": Porter); else *subject*."""
    if subject.lower_ not in ("which", "that") or token_mark(subject, "kg_entity") or subject.head.dep_ != "relcl":
        return subject
    named = subject.head.head
    return named.head if not token_mark(named, "kg_entity") and named.dep_ == "appos" and token_mark(named.head, "kg_entity") else named
