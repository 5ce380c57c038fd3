"""Pronouns of a document and the named entities they stand for: "it", "its", "he", "her"
and "their" refer to the entity of a fitting class named last within the sentence or the
two before it, unless the sentence's shape says whom: a possessive in a phrase put before
its clause stands for the clause's subject, one in a clause of "to" for the subject (or
object) of the verb the clause depends on, a subject in a clause of "as" or "while" for the
subject of the clause it hangs on, one in a phrase of means ("through its unit") for the
subject of the verb, a reported clause's subject for the reporter."""

from __future__ import annotations

import bisect

from kg.extract.entities import DocumentEntity
from kg.extract.frames import load_end_nouns
from kg.extract.parse_paths import clause_verb
from kg.ontology import Ontology

__all__ = ["Pronouns", "last_subject", "sentence_named"]

#: Words that open a clause telling when, why or how the main one happened.
_ADVERBIAL_MARKS = frozenset({"as", "while", "because", "since", "after", "when", "before", "though", "although", "whereas"})

#: Words that open a phrase telling by what means the verb's subject acts.
_MEANS_WORDS = frozenset({"through", "via", "using"})


class Pronouns:
    """Resolves pronouns, each word standing for the class given (``pronouns`` of
    ``data/reference/names.yaml``: "it" an organisation, "he" a person)."""

    def __init__(self, ontology: Ontology, classes: dict[str, str], is_outlet=lambda name: False) -> None:
        self.ontology = ontology
        self._classes = classes
        self._is_outlet = is_outlet  # a name's test of being a news outlet's (kg/extract/outlets.py)

    def spans(self, doc, taken: set[int], entities: dict[str, DocumentEntity], described: dict | None = None) -> list:
        """'it', 'its', 'he', 'her' -> the entity of a fitting class named last within the
        sentence or the two before it, a sentence's subject before its other names (in
        "Meituan invested in Pudu. It said ..." *It* is Meituan). *described*: token index
        -> (span, entity) of the descriptions resolved before ("the company said it ...")."""
        mentions = sorted(
            ((start, end), entity) for entity in entities.values() for start, end in entity.mentions
            if entity.cls not in ("Country", "City", "Sector")
        )
        spans = []
        chosen_at: dict[int, tuple] = dict(described or {})  # the (span, entity) each reference so far stands for
        starts = [sentence.start_char for sentence in doc.sents]
        for token in doc:
            if token.lower_ == "they" and token.i not in taken:
                joint = self._joint_reporters(token, mentions)
                if joint is not None:
                    # The entity of the first; the relation's ends take the others it is
                    # coordinated with (kg/extract/end_resolution.py).
                    spans.append((doc[token.i:token.i + 1], {"kg_class": joint.cls, "kg_entity": joint.key, "kg_coref": True}))
                    taken.add(token.i)
                continue
            cls = self._classes.get(token.lower_)
            if cls is None or token.i in taken:
                continue
            if token.lower_ == "it" and token.head.lemma_ in ("be", "seem", "appear", "take", "remain") and token.dep_ == "nsubj" \
                    and any(c.dep_ in ("ccomp", "xcomp", "acomp", "attr") for c in token.head.children):
                continue  # "it is expected that ...": no one
            if self._unnamed_subject(token, taken):
                continue  # "The once-iconic German major ... exit its steel arm": not a name's
            if self._in_object_relative(token):
                continue
            index = bisect.bisect_right(starts, token.idx) - 1
            sentence_start = starts[index]
            earliest = starts[max(0, index - 2)]
            candidates = [
                (where, entity) for where, entity in mentions
                if earliest <= where[0] < token.idx and self.ontology.is_subclass(entity.cls, cls)
            ]
            ahead = self._main_subject_ahead(doc, token, mentions, cls) or self._sold_from(token, mentions, cls) \
                or self._controller(token, mentions, chosen_at, cls) \
                or self._adverbial_subject(token, mentions, chosen_at, cls) or self._means_subject(token, mentions, chosen_at, cls) \
                or self._phrase_subject(token, mentions, chosen_at, cls) or self._relative_subject(token, mentions, chosen_at, cls)
            phrase = token.head
            while phrase.dep_ in ("compound", "amod", "nmod") and phrase.head.i != phrase.i:
                phrase = phrase.head
            if token.dep_ == "poss" and phrase.dep_ == "appos":
                # "merged with Durvo, its affiliate Ostrel": a name is not told of by the
                # possessive in the phrase set beside it (Durvo is no affiliate's owner there).
                apposed = phrase.head
                candidates = [c for c in candidates if not c[0][0] <= apposed.idx < c[0][1]]
            if token.dep_ == "poss" and any(not self._is_outlet(e.name) for _, e in candidates):
                # "Bloomberg reported that Kim would become its chief": the outlet that tells
                # the story owns none of what the story's possessives speak of.
                candidates = [c for c in candidates if not self._is_outlet(c[1].name)]
            if ahead is not None:
                # "During his visit to Vietnam, Yoon met ...": a possessive in a phrase put
                # before the clause stands for the clause's subject, named after it; one in
                # a clause of "to" for the subject of the verb the clause depends on.
                candidates = [ahead]
            reporter = self._reporter(token, candidates, chosen_at, cls)
            if reporter is not None:
                candidates = [reporter]
            if not candidates:
                continue
            same = [c for c in candidates if c[0][0] >= sentence_start]
            same = [c for c in same if not self._aside(doc, c[0], token)] or same
            pool = same or [c for c in candidates if self._is_subject(doc, c[0])] or candidates
            chosen = pool[-1][1]
            chosen_at[token.i] = pool[-1]
            spans.append((doc[token.i:token.i + 1], {"kg_class": chosen.cls, "kg_entity": chosen.key, "kg_coref": True}))
            taken.add(token.i)
        return spans

    def _main_subject_ahead(self, doc, token, mentions: list, cls: str):
        """The (span, entity) of the subject named after a possessive *token* that opens
        its sentence's fronted phrase ("During his visit ..., Yoon met"), or None."""
        if token.lower_ not in ("his", "her", "its", "their") or token.dep_ != "poss":
            return None
        phrase = token
        while phrase.dep_ not in ("prep", "advcl") and phrase.head.i != phrase.i:
            phrase = phrase.head
        verb = phrase.head
        if phrase.dep_ not in ("prep", "advcl") or verb.i < phrase.i or phrase.i != phrase.sent.start + (1 if phrase.sent[0].dep_ == "cc" else 0):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > token.i), None)
        if subject is None:
            return None
        for where, entity in mentions:
            if where[0] <= subject.idx < where[1] and self.ontology.is_subclass(entity.cls, cls):
                return where, entity
        return None

    def _controller(self, token, mentions: list, chosen_at: dict, cls: str):
        """The (span, entity) of the subject of the verb on which the clause of "to" that a
        possessive *token* stands in depends ("Hanul formed a venture with Daewon, a unit of
        Minjin, to strengthen its position": *its* is Hanul's, not Minjin's), or None. The
        subject may be a pronoun resolved before (in *chosen_at*)."""
        if token.lower_ not in ("his", "her", "its", "their") or token.dep_ != "poss":
            return None
        verb = token.doc[clause_verb(token)]
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        clause = verb
        while verb.dep_ in ("xcomp", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            clause, verb = verb, verb.head
        # "helps Minjin to expand its ...": the object before the clause is who acts in it.
        controller = clause.dep_ == "xcomp" and next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
        if controller:
            return next(((where, entity) for where, entity in mentions
                         if where[0] <= controller.idx < where[1] and self.ontology.is_subclass(entity.cls, cls)), None)
        return self._named_subject(verb, token, mentions, chosen_at, cls)

    def _adverbial_subject(self, token, mentions: list, chosen_at: dict, cls: str):
        """The (span, entity) of the subject of the clause on which the clause of "as",
        "while", "because" ... whose subject *token* is depends ("Daewon invested in Hanul
        as it expands into robots": *it* is Daewon, who goes on being spoken of), or None."""
        verb = token.head
        if token.dep_ != "nsubj" or token.lower_ not in ("it", "he", "she", "they") or verb.dep_ != "advcl" \
                or not any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in verb.children):
            return None
        head = verb.head
        while not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) and head.head.i != head.i:
            head = head.head  # "invested 10 billion won ... as it": "won" parsed as a verb
        found = self._named_subject(head, token, mentions, chosen_at, cls)
        reported = next((c for c in head.children if c.dep_ == "ccomp" and c.i < token.i), None)
        if found is None and reported is not None and head.lemma_ in ("say", "announce", "report", "add"):
            # "Daewon invested in Hanul, the company said, as it expands": the clause of
            # "as" hangs on "said", yet tells of the reported one.
            found = self._named_subject(reported, token, mentions, chosen_at, cls)
        return found

    def _means_subject(self, token, mentions: list, chosen_at: dict, cls: str):
        """The (span, entity) of the subject of the verb a possessive *token* gives the means
        of ("Daewon bought Minjin's battery arm through its unit Hanul": *its* is Daewon's,
        not Minjin's, named nearer), or None."""
        if token.lower_ not in ("his", "her", "its", "their") or token.dep_ != "poss":
            return None
        noun, prep = token.head, token.head.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _MEANS_WORDS or prep.head.pos_ not in ("VERB", "AUX"):
            return None
        return self._named_subject(prep.head, token, mentions, chosen_at, cls)

    def _phrase_subject(self, token, mentions: list, chosen_at: dict, cls: str):
        """The (span, entity) of the subject of the verb under whose prepositional phrases a
        possessive *token* stands ("it raised $5 million in funding
        from Daewon in its Series B round": *its* is what *it* is, not Daewon, named nearer),
        or None."""
        if token.lower_ not in ("his", "her", "its", "their") or token.dep_ != "poss":
            return None
        node = token.head
        while node.dep_ == "pobj" and node.head.dep_ == "prep":
            node = node.head.head
        if node is token.head or node.pos_ not in ("VERB", "AUX"):
            return None
        return self._named_subject(node, token, mentions, chosen_at, cls)

    def _sold_from(self, token, mentions: list, cls: str):
        """The (span, entity) of the named organisation a verb takes as its object where a
        possessive *token* stands in the verb's phrase of "from" ("agreed to buy PharMEDium
        from its owner Clayton", "bought Hanul from its parent Minjin": the owner is
        PharMEDium's, Hanul's, not the buyer's), or None."""
        if token.lower_ not in ("its", "their") or token.dep_ != "poss":
            return None
        noun = token.head
        if noun.dep_ != "pobj" or noun.head.lower_ != "from":
            return None
        verb = noun.head.head
        taken = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.pos_ in ("VERB", "AUX") else verb
        if taken is None or taken.i > token.i:
            return None
        return next(((where, entity) for where, entity in mentions
                     if where[0] <= taken.idx < where[1] and self.ontology.is_subclass(entity.cls, cls)), None)

    def _relative_subject(self, token, mentions: list, chosen_at: dict, cls: str):
        """The (span, entity) of the subject of the verb whose object a relative clause that
        *token* is the subject of tells of ("HP will sell webOS to LG, unloading the software
        it acquired through its purchase of Palm": *it* is HP, who sells, not LG, named
        last), through participles with no subject of their own, or None."""
        clause = token.head
        if token.dep_ != "nsubj" or token.lower_ not in ("it", "he", "she", "they") or clause.dep_ != "relcl" \
                or clause.head.dep_ != "dobj":
            return None
        verb = clause.head.head
        while verb.dep_ in ("advcl", "xcomp", "conj", "acl") and verb.tag_ in ("VBG", "VBN", "VB") and verb.head.i != verb.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head
        return self._named_subject(verb, token, mentions, chosen_at, cls)

    def _named_subject(self, verb, token, mentions: list, chosen_at: dict, cls: str):
        """The (span, entity) of *cls* that the subject of *verb* before *token* names, or None."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
        if subject is None:
            return None
        if subject.i in chosen_at:
            return chosen_at[subject.i] if self.ontology.is_subclass(chosen_at[subject.i][1].cls, cls) else None
        for where, entity in mentions:
            if where[0] <= subject.idx < where[1] and self.ontology.is_subclass(entity.cls, cls):
                return where, entity
        return None

    def _reporter(self, token, candidates: list, chosen_at: dict, cls: str):
        """The (span, entity) among *candidates* that is the subject of the verb reporting the
        clause *token* is the subject of ("Hanul, a unit of Daewon Group, said it will ...":
        *it* is Hanul, not the group named between), or what that subject was resolved to
        (*chosen_at*: "In a statement to Reuters, the company said it ..."), or None."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp":
            return None
        reporting = token.head.head
        subject = next((c for c in reporting.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
        if subject is None:
            return None
        if subject.i in chosen_at:
            return chosen_at[subject.i] if self.ontology.is_subclass(chosen_at[subject.i][1].cls, cls) else None
        for where, entity in candidates:
            if where[0] <= subject.idx < where[1]:
                return where, entity
        return None

    def _joint_reporters(self, token, mentions: list):
        """The first of the organisations or people joined by "and" as the subject of the
        verb that reports the clause *token* ("they") is the subject of ("Hanul and Daewon
        said they will invest ..."), or None: "they" alone stands for no one named."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp":
            return None
        # Of the subject's words the parser may hang several on the verb: the one joined to another.
        subject = next((c for c in token.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i
                        and any(g.dep_ == "conj" for g in c.children)), None)
        if subject is None:
            return None
        # "Hanul and its affiliate Daewon": the name in apposition to a joined noun.
        joined = [n for c in subject.children if c.dep_ == "conj" for n in (c, *(a for a in c.children if a.dep_ == "appos"))]
        named = [entity for c in (subject, *joined) for where, entity in mentions if where[0] <= c.idx < where[1]]
        if len(named) < 2 or not all(self.ontology.is_subclass(e.cls, "Organization") for e in named) \
                and not all(e.cls == "Person" for e in named):
            return None
        return named[0]

    @staticmethod
    def _unnamed_subject(token, taken: set[int]) -> bool:
        """Whether the pronoun's clause has as subject a description no name was found for
        ("the German major"): the pronoun then most likely stands for it, not for a name
        further back."""
        verb = token.doc[clause_verb(token)]
        while verb.dep_ == "xcomp":  # "the major has been trying to exit its arm": trying's subject
            if any(c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children):
                return False  # "the deal allows Minjin to expand its ...": the object's
            verb = verb.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < token.i and child.pos_ == "NOUN" and child.i not in taken \
                    and any(d.lower_ == "the" for d in child.children):
                return True
        return False

    @staticmethod
    def _aside(doc, where: tuple[int, int], token) -> bool:
        """Whether the name at *where* sits in a relative clause that the pronoun *token* is
        outside of ("Hanul, which Daewon backed, grew after it was bought": Daewon is told
        of in passing; *it*, though nearer to Daewon, goes on with Hanul)."""
        span = doc.char_span(*where, alignment_mode="expand")
        if span is None:
            return False
        clause = next((a for a in span.root.ancestors if a.dep_ == "relcl"), None)
        return clause is not None and not (clause.left_edge.i <= token.i <= clause.right_edge.i)

    @staticmethod
    def _in_object_relative(token) -> bool:
        """Whether the pronoun is the subject of a clause of time or cause hanging on a
        relative clause whose object is the relative word ("Hanul, which Daewon sold after
        it was bought by Minjin"): *it* most likely stands for Hanul, which the relative
        word stands for, yet the name nearest is the relative clause's subject, so resolving
        it by nearness wrote "Minjin acquires Daewon". Left unresolved: a missed fact beats a
        wrong one."""
        clause = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" or clause.head.dep_ != "relcl":
            return False
        return any(c.dep_ in ("dobj", "pobj") and c.tag_ in ("WDT", "WP") for c in clause.head.children)

    @staticmethod
    def _is_subject(doc, where: tuple[int, int]) -> bool:
        span = doc.char_span(*where, alignment_mode="expand")
        if span is None:
            return False
        token = span.root
        # A name the parser made the root, with its verb hanging off it ("Meituan invested
        # ..." read as a noun phrase), is the sentence's subject all the same.
        # "Hanul Motors' partners include A, B and C. It also works with D": the possessor
        # of the subject is what the sentence is about, not the last name of its list.
        return token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "ROOT" and token.pos_ == "PROPN" \
            or token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass")


def sentence_named(token, candidates: list[DocumentEntity], *, homed: bool = False) -> DocumentEntity | None:
    """The candidate the description's own sentence names before it, as the subject of
    its main clause or, for a description that says where the firm is from (*homed*), as
    the only candidate it names: in a digest of one deal a line ("Hana Financial denied a
    report that the South Korean firm had asked ...", "the Justice Department rejected a
    Hanul offer over whether the Swedish company ...") the firm the line is about, not the
    first or most named of the whole text. Not "In a statement to Reuters, the company
    said": a plain description is more often the story's firm than the one name beside it."""
    sentence = token.sent
    named = [e for e in candidates if any(sentence.start_char <= start < token.idx for start, _ in e.mentions)]
    subjects = [t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.i < token.i]
    # "Hanul's board replaced CEO Kim, who led the company ...", "Hanul's chief executive
    # said the company would invest ...": the owner of the line's subject is whom a
    # description in a clause below the main one stands for (session 34, fresh news), not
    # the firm the story named first ("Hanul CEO Kim", "Kim, chief executive of Hanul", "the
    # board of Hanul" too); not "Hanul's offer valued the company", the main verb's own end.
    if _below_main_clause(token):
        subjects += [o for t in subjects for o in _owners_of(t)]
    for candidate in named:
        if any(start <= t.idx < end for start, end in candidate.mentions for t in subjects):
            return candidate
    if not homed or len(named) != 1:
        return None
    # Only a firm named as the doer or the owner of the line's deal ("a Hanul offer",
    # "Hanul's bid"), not one a verb acts on ("restoring KCM ... after the Indian company
    # was given back control": Vedanta's).
    roots = [token.doc.char_span(start, end, alignment_mode="expand").root for start, end in named[0].mentions
             if sentence.start_char <= start < token.idx]
    # "buy the Hong Kong unit of AXA SA, which the French insurer is looking to sell": the
    # owner of the part a deal is about is one of its doers too.
    return named[0] if any(r.dep_ in ("compound", "poss", "nsubj", "nsubjpass")
                           or r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lemma_.lower() in load_end_nouns()["part"]
                           for r in roots) else None


def _owners_of(subject) -> list:
    """The words naming whose the subject is: its possessor or a name modifying it ("Hanul's
    board", "Hanul CEO Kim"), after "of" ("the board of Hanul"), on the title set beside it
    too ("Kim, chief executive of Hanul"); not "analysts at Hanul", who tell of others."""
    found = []
    for noun in [subject] + [c for c in subject.children if c.dep_ == "appos"]:
        for child in noun.children:
            if child.dep_ in ("poss", "compound"):
                # "Hanul CEO Kim": the firm modifies the title that modifies the name.
                found += [child] + [c for c in child.children if c.dep_ in ("poss", "compound")]
            elif child.dep_ == "prep" and child.lower_ == "of":
                found += [c for c in child.children if c.dep_ == "pobj"]
    return found


def _below_main_clause(token) -> bool:
    """Whether *token* is an end of a clause that hangs on the main one: a relative clause
    or a clause said or told ("who led the company", "said the company would")."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in ("relcl", "ccomp") and token.dep_ in ("nsubj", "nsubjpass", "dobj")


def last_subject(doc, token, candidates: list[DocumentEntity], roles: tuple[str, ...] = ("nsubj", "nsubjpass")) -> DocumentEntity | None:
    """The candidate that is the subject of the sentence before *token*'s, if one is and
    *token* is a subject too (or has another of *roles*): a description as subject continues
    with whom the last one was about ("TSMC leads SMIC ... Earlier, the Taiwanese chipmaker
    said"), however often others were named."""
    sentence = token.sent
    if sentence.start == 0 or token.dep_ not in roles:
        return None
    before = doc[sentence.start - 1].sent
    subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    for candidate in candidates:
        for start, end in candidate.mentions:
            if any(start <= t.idx < end for t in subjects):
                return candidate
    return None
