"""Rules of one frame matched together: what tells them apart (the words at their trigger,
preposition and light verb nodes, or at a token rule's trigger and end positions), and
wide optional gaps of token rules made open for the matcher and bounded afterwards.

Rules of one frame differ only in their words: :class:`~kg.extract.relations.RelationReader`
matches them as one pattern with all the words, then tells them apart by the words found.
"""

from __future__ import annotations

import re

from kg.extract.patterns import Pattern

__all__ = ["family", "hyphenated_words", "node_words", "position_words", "unbounded"]

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
                    words[name] = (key, frozenset(wanted["IN"]))
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
