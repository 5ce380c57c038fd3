"""Trades told as a range between two ends: "a chemicals-to-finance conglomerate", "the
retail-to-chemicals group Hanul". Business news (Korea's in particular) names a group of
many trades by the first and the last of them, glued by "-to-"; each end is a trade of the
group. Read by :class:`kg.extract.sector_phrases.SectorPhrases` for the heads of
``range_heads`` of ``data/reference/sectors.yaml`` (a conglomerate, a group), never for
other words ("door-to-door delivery", "business-to-business software": one trade each).
"""

from __future__ import annotations

__all__ = ["range_ends"]

_HYPHENS = ("-", "–")


def _glued(left, right) -> bool:
    """Whether *right* follows *left* in the text with no space between."""
    return right.i == left.i + 1 and not left.whitespace_


def _widened(tokens: list) -> list:
    """The tokens with the range's start a frame left out before them: a frame's words may
    open after the "to" ("-chemicals" of "retail-to-chemicals"), which no frame's word is."""
    doc, first = tokens[0].doc, tokens[0]
    if first.text in _HYPHENS and first.i > 2 and doc[first.i - 1].lower_ == "to" and doc[first.i - 2].text in _HYPHENS \
            and _glued(doc[first.i - 1], first) and _glued(doc[first.i - 2], doc[first.i - 1]) \
            and _glued(doc[first.i - 3], doc[first.i - 2]) and doc[first.i - 3].is_alpha:
        return [doc[first.i - 3], doc[first.i - 2], doc[first.i - 1], *tokens]
    return tokens


def range_ends(tokens: list) -> tuple[list, list] | None:
    """The two ends of a range of trades among *tokens* ("chemicals", "finance" of
    "chemicals-to-finance"; "steel", "battery materials" of "steel-to-battery materials"),
    each with the words of its side, else None. Not a range of one thing to itself
    ("peer-to-peer", "door-to-door")."""
    if not tokens:
        return None
    tokens = _widened(tokens)
    for j in range(1, len(tokens) - 2):
        dash, to, dash2 = tokens[j - 1], tokens[j], tokens[j + 1]
        if to.lower_ != "to" or dash.text not in _HYPHENS or dash2.text not in _HYPHENS \
                or not (_glued(tokens[j - 2] if j > 1 else dash, dash) or j == 1) or not _glued(dash, to) or not _glued(to, dash2):
            continue
        left = tokens[:j - 1]
        right = tokens[j + 2:]
        if not left or not right or not _glued(left[-1], dash) or not _glued(dash2, right[0]) \
                or left[-1].lower_ == right[0].lower_ or not (left[-1].is_alpha and right[0].is_alpha):
            return None
        return left, right
    return None
