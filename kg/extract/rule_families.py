"""Rules of one frame matched together (:class:`FrameMatches`): what tells them apart (the
words at their trigger, preposition and light verb nodes, or at a token rule's trigger and
end positions), and wide optional gaps of token rules made open for the matcher and bounded
afterwards.

Rules of one frame differ only in their words: they are matched as one pattern with all
the words, then told apart by the words found.
"""

from __future__ import annotations

import copy
import re

from kg.extract.matcher_tests import extension_sets, quicken, single_values
from kg.extract.patterns import Pattern, token_mark
from kg.extract.tree_patterns import TreePatterns

__all__ = ["FrameMatches", "family", "hyphenated_words", "node_words", "position_words", "unbounded"]

#: Optional gaps at least this wide are matched open and bounded afterwards (see unbounded).
_WIDE_GAP = 3
_HYPHENATED = re.compile(r"[a-z]+-[a-z]+")


def family(pattern: Pattern) -> tuple:
    """What rules matched together share: their frame and the shape of their nodes."""
    shape = tuple((n.get("LEFT_ID"), n.get("REL_OP"), n["RIGHT_ID"], tuple(sorted(k for k in n["RIGHT_ATTRS"]))) for n in pattern.tokens)
    return pattern.frame, shape, tuple(
        (n["RIGHT_ID"], repr({k: v for k, v in n["RIGHT_ATTRS"].items() if not (n["RIGHT_ID"] in ("trigger", "marker", "verb") and k in ("LEMMA", "LOWER"))}))
        for n in pattern.tokens
    )


def hyphenated_words(patterns: list[Pattern]) -> frozenset[str]:
    """The words the rules write with a hyphen ("tie-up", "spin-off"), which the tokenizer
    splits and the parse repair joins again: every string among the values (not the keys)
    of the rules' token patterns, at any depth, that is two words joined by a hyphen."""
    # The rules hold ~90,000 strings, read every time an extractor is made: walked with a
    # stack, each container's items tested in one loop (a recursive walk that built a list
    # per container took twice as long, ~0.04 s), the pattern compiled once and tried only
    # on strings with a hyphen.
    fullmatch = _HYPHENATED.fullmatch
    found: set[str] = set()
    stack: list = [[pattern.tokens for pattern in patterns]]
    while stack:
        container = stack.pop()
        for value in container.values() if isinstance(container, dict) else container:
            if isinstance(value, str):
                if "-" in value and fullmatch(value):
                    found.add(value)
            elif isinstance(value, (dict, list, tuple)):
                stack.append(value)
    return frozenset(found)


def node_words(pattern: Pattern) -> dict[str, tuple[str, frozenset]]:
    """The words a rule wants at its trigger, preposition and light verb nodes."""
    words = {}
    for node in pattern.tokens:
        name = node["RIGHT_ID"]
        if name in ("trigger", "marker", "verb"):
            for key in ("LEMMA", "LOWER"):
                wanted = node["RIGHT_ATTRS"].get(key)
                if isinstance(wanted, dict) and "IN" in wanted:
                    # A family's matcher holds the union of its rules' words: a word one
                    # rule takes out of a shared list ("report" of the light verbs) is out here.
                    words[name] = (key, frozenset(wanted["IN"]) - frozenset(wanted.get("NOT_IN", ())))
    return words


def position_words(pattern: Pattern) -> dict[int, tuple[str, frozenset]]:
    """The words (or mention classes) a token rule wants at its trigger, preposition and
    end positions: what tells rules of one frame apart."""
    wants = {}
    for position, role in pattern.roles.items():
        token = pattern.tokens[position]
        parts = role.split("+")
        if "trigger" in parts or "marker" in parts:
            for key in ("LEMMA", "LOWER"):
                if isinstance(token.get(key), dict) and "IN" in token[key]:
                    wants[position] = (key, frozenset(token[key]["IN"]))
        elif "subject" in parts or "object" in parts:
            # The classes a slot takes are the relation's ends (ENT_TYPE); a frame's own
            # class test (``_: {kg_class: ...}``) is the same for all its rules.
            wanted, key = token.get("ENT_TYPE"), "ENT_TYPE"
            if not (isinstance(wanted, dict) and "IN" in wanted):
                wanted, key = (token.get("_") or {}).get("kg_class"), "kg_class"
            if isinstance(wanted, dict) and "IN" in wanted:
                wants[position] = (key, frozenset(wanted["IN"]))
    return wants


def unbounded(tokens: list[dict]) -> tuple[list[dict], dict[int, int]]:
    """*tokens* with each wide optional gap ("{0,8}" tokens) made open ("*"), and the
    most tokens each such gap may take.

    The matcher runs a bounded gap as that many optional tokens, and the ways to skip
    some of them multiply: one "{0,14}" rule cost a quarter of all surface matching. An
    open gap is one state; the bound is checked on the matches instead.
    """
    gaps, out = {}, []
    for position, token in enumerate(tokens):
        bounds = re.fullmatch(r"\{0,(\d+)\}", str(token.get("OP", "")))
        if bounds and int(bounds.group(1)) >= _WIDE_GAP:
            token = {**token, "OP": "*"}
            gaps[position] = int(bounds.group(1))
        out.append(token)
    return out, gaps


def _token_value(token, key: str) -> str:
    if key == "ENT_TYPE":
        return token.ent_type_
    return token_mark(token, "kg_class") if key == "kg_class" else _word_of(token, key)


def _word_of(token, key: str) -> str:
    return token.lemma_ if key == "LEMMA" else token.lower_


class FrameMatches:
    """The rules' matchers: spaCy's ``Matcher`` for the token rules and
    :class:`~kg.extract.tree_patterns.TreePatterns` for the dependency ones, each frame's
    rules as one pattern, and the rules told apart again by the words a match found.

    Parameters
    ----------
    patterns : list of Pattern
        The rules (frames × trigger groups, and the surface patterns).
    vocab : spacy.vocab.Vocab
        The vocabulary of the documents to match.
    """

    def __init__(self, patterns: list[Pattern], vocab) -> None:
        from spacy.matcher import Matcher

        self.patterns = patterns
        self.vocab = vocab
        self.matcher = Matcher(vocab)
        # spaCy's DependencyMatcher gives the same matches but tests every generic node on
        # every token first: it cost more than the parse.
        self.dependency = TreePatterns(vocab, anchors=("trigger",))
        # Rules of one frame differ only in their words (trigger, preposition, light verb):
        # matched as one pattern with all the words, then told apart by the words found. A
        # matcher of a pattern per rule spent most of its time matching the same generic
        # nodes ("a subject", "any token") hundreds of times over.
        families: dict[tuple, list[Pattern]] = {}
        token_families: dict[str, list[Pattern]] = {}
        self._gaps: dict[str, dict[int, int]] = {}
        for index, pattern in enumerate(patterns):
            if pattern.kind == "dependency":
                families.setdefault(family(pattern), []).append(pattern)
            elif pattern.frame:
                token_families.setdefault(pattern.frame, []).append(pattern)
            else:
                tokens, self._gaps[str(index)] = unbounded(pattern.tokens)
                self.matcher.add(str(index), [single_values(extension_sets(tokens))])
        self._token_families: dict[str, list[tuple[Pattern, dict]]] = {}
        for frame, members in token_families.items():
            wants = [position_words(member) for member in members]
            tokens = copy.deepcopy(members[0].tokens)
            for position, (key, _) in wants[0].items():
                union = sorted(set().union(*(w[position][1] for w in wants)))
                if key == "kg_class":
                    tokens[position]["_"]["kg_class"] = {"IN": union}
                else:
                    tokens[position][key] = {"IN": union}
            tokens, self._gaps[f"frame:{frame}"] = unbounded(tokens)
            self.matcher.add(f"frame:{frame}", [single_values(extension_sets(tokens))])
            self._token_families[f"frame:{frame}"] = list(zip(members, wants))
        self._families: dict[str, tuple[list[str], list[tuple[Pattern, dict]]]] = {}
        for number, members in enumerate(families.values()):
            nodes = [dict(node, RIGHT_ATTRS=dict(node["RIGHT_ATTRS"])) for node in members[0].tokens]
            names = [node["RIGHT_ID"] for node in nodes]
            words = [node_words(member) for member in members]
            for node in nodes:
                name = node["RIGHT_ID"]
                if name in ("trigger", "marker", "verb") and name in words[0]:
                    key, _ = words[0][name]
                    node["RIGHT_ATTRS"][key] = {"IN": sorted(set().union(*(w[name][1] for w in words)))}
            self.dependency.add(str(number), nodes)
            self._families[str(number)] = (names, list(zip(members, words)))
        quicken(self.matcher)
        # The rules of a family by the word at a node every one of them names ("acquire" at
        # the trigger): a match is told apart among the few rules of its word, not all of
        # them (up to 43), each reading the node's word again (0.1 s of 0.25 s per 60 mixes).
        self._by_word: dict[str, tuple[str, str, dict[str, list[int]]]] = {}
        self._read_words: dict[str, list[tuple[str, str]]] = {}  # the (node, attribute) words a family's rules test
        for key, (names, members) in self._families.items():
            self._read_words[key] = sorted({(name, attribute) for _, words in members for name, (attribute, _) in words.items()})
            shared = [node for node in ("trigger", "marker", "verb") if all(node in words for _, words in members)]
            if not shared:
                continue
            node = shared[0]
            attribute = members[0][1][node][0]
            if any(words[node][0] != attribute for _, words in members):
                continue
            index: dict[str, list[int]] = {}
            for number, (_, words) in enumerate(members):
                for word in sorted(words[node][1]):
                    index.setdefault(word, []).append(number)
            self._by_word[key] = (node, attribute, index)

    def matches(self, doc) -> list[tuple]:
        """``(rule, span, role tokens)`` of every rule that matches *doc*: the token rules'
        first, then the dependency rules', each in the matchers' order."""
        return [*self._token_matches(doc), *self._dependency_matches(doc)]

    def _token_matches(self, doc):
        # Of matches of one pattern that end on the same word, the longest: in "SMIC, China's
        # largest chipmaker, is a rival of TSMC" the subject is SMIC, not China.
        longest: dict[tuple, tuple] = {}
        for match_id, start, end, alignments in self.matcher(doc, with_alignments=True):
            gaps = self._gaps.get(self.vocab.strings[match_id])
            if gaps and any(alignments.count(position) > most for position, most in gaps.items()):
                continue
            key = (match_id, end)
            if key not in longest or start < longest[key][1]:
                longest[key] = (match_id, start, end, alignments)
        for match_id, start, end, alignments in sorted(longest.values(), key=lambda m: (m[1], m[2])):
            name = self.vocab.strings[match_id]
            span = doc[start:end]
            at = {position: token for token, position in zip(span, alignments)}
            if name in self._token_families:
                # The rules of the frame whose own words and classes these are.
                candidates = [
                    pattern for pattern, wants in self._token_families[name]
                    if all(position not in at or _token_value(at[position], key) in allowed for position, (key, allowed) in wants.items())
                ]
            else:
                candidates = [self.patterns[int(name)]]
            for pattern in candidates:
                role_tokens: dict[str, list] = {}
                for token, position in zip(span, alignments):
                    for role in (pattern.roles.get(position) or "").split("+"):
                        if role:
                            role_tokens.setdefault(role, []).append(token)
                yield pattern, span, role_tokens

    def _dependency_matches(self, doc):
        for key, token_ids in self.dependency(doc):
            names, members = self._families[key]
            found = {name: doc[token_ids[i]] for i, name in enumerate(names)}
            if key in self._by_word:
                node, attribute, index = self._by_word[key]
                candidates = [members[number] for number in index.get(_word_of(found[node], attribute), ())]
            else:
                candidates = members
            read = {(name, attribute): _word_of(found[name], attribute) for name, attribute in self._read_words[key]} if candidates else {}
            for pattern, words in candidates:
                # The rule whose own words these are ("invest" with "in", not "acquire").
                if any(read[name, key] not in allowed for name, (key, allowed) in words.items()):
                    continue
                role_tokens = {role: [doc[token_ids[i]]] for i, role in pattern.roles.items()}
                trigger = role_tokens["trigger"][0]
                if pattern.unless_trigger_has and any(_dependant_is(c, pattern.unless_trigger_has) for c in trigger.children) \
                        or pattern.unless_actor_has and any(c.dep_ in pattern.unless_actor_has for c in found["actor"].children) \
                        or any(_has_dependants(found[node], deps) for node, deps in pattern.unless_node_has):
                    continue
                yield pattern, doc[min(token_ids):max(token_ids) + 1], role_tokens


def _dependant_is(token, kinds: tuple[str, ...]) -> bool:
    """Whether *token* is a dependant of one of *kinds*: a label ("nsubj"), a label and the
    word ("prep:of": "partners of China", not "partners in the venture"), or a label and the
    part of speech, in capitals ("nsubj:PROPN": a subject named, not a pronoun)."""
    return token.dep_ in kinds or f"{token.dep_}:{token.lower_}" in kinds or f"{token.dep_}:{token.pos_}" in kinds


def _has_dependants(token, kinds: tuple[str, ...]) -> bool:
    """Whether *token* has a dependant of one of *kinds*, a kind written "A&B" meaning
    dependants of both at once ("mark:while&nsubj": a clause of contrast with a subject of
    its own, not "while taking a stake")."""
    return any(all(any(_dependant_is(c, (part,)) for c in token.children) for part in kind.split("&")) for kind in kinds)
