"""The members of a list NER read as one name: "Hillhouse and Tencent" is two firms, while
"Ministry of Trade, Industry and Energy" and "Mitsubishi Fuso Truck and Bus Corp." are one
name each."""

from __future__ import annotations

from collections.abc import Callable, Collection

from kg.extract.doc_ents import ents_of
from kg.extract.name_repairs import briefs_after_of
from kg.extract.patterns import doc_text
from kg.ingest.normalize import name_key

__all__ = ["lists_split"]


def lists_split(doc, *, body_heads: Collection[str], briefs: Collection[str], known: Collection[str],
                legal_form: Callable[[str], bool], common_nouns: Collection[str],
                firm_words: Collection[str], paired_words: Collection[str] = ()):
    """*doc* with each statistical name that holds "and" or a comma between proper nouns
    split into its members, unless the whole is a known name (a key of *known*), a public
    body's name listing its portfolio (*body_heads*, *briefs*), or one word and a legal form
    ending one firm's name, or a name whose two words around its one "and" are a trade's
    (*paired_words*: "Hanul Science and Technology"); *firm_words* are the words that end a
    firm's name (investment and organisation words)."""
    from spacy.tokens import Span

    doc = _ampersand_names_joined(doc)
    changed, ents = False, []
    for ent in ents_of(doc):
        joints = [t for t in ent if t.lower_ in ("and", ",")]
        # "Ministry of Trade, Industry and Energy", "Competition and Markets Authority": a
        # public body's portfolio is listed inside its one name.
        head = 1 if ent[0].lower_ == "the" else 0  # "The Ministry of Investment, Trade and Industry"
        portfolio = len(ent) > head + 2 and ent[head].lower_ in body_heads and ent[head + 1].lower_ in ("of", "for") \
            or bool(joints) and ent[-1].lower_ in body_heads and all(t.lower_ in briefs for t in ent[:joints[0].i - ent.start]) \
            or bool(joints) and ent[-1].lower_ in body_heads and ent.doc[joints[0].i - 1].pos_ == "NOUN"  # "Radio-television and ... Commission"
        portfolio = portfolio or bool(joints) and briefs_after_of(ent, briefs)
        if ent.label_ not in ("ORG", "PERSON", "GPE") or not joints or portfolio or name_key(ent.text) in known:
            ents.append(ent)
            continue
        if _trade_pair(ent, joints, paired_words, legal_form, firm_words) or _written_with_ampersand(ent, joints):
            ents.append(ent)  # "Hanul Engineering and Construction Co.": one firm of two trades
            continue
        if all(j.text == "," for j in joints) and any(t.text == "&" for t in ent[joints[-1].i - ent.start:]) and legal_form(ent.text):
            ents.append(ent)  # "Gibson, Dunn & Crutcher LLP": a partners' firm
            continue
        # "A Investment and Trade Fund, Trade and Development Bank": in a longer list, an "and"
        # between two trades inside one item, which a firm's word ends, joins no members.
        if len(joints) > 1:
            joints = [j for j in joints if not _inner_trade_pair(ent, j, joints, paired_words, firm_words)]
        parts, start = [], ent.start
        for joint in joints:
            parts.append((start, joint.i))
            start = joint.i + 1
        parts.append((start, ent.end))
        if legal_form(ent.text) and parts[-1][1] - parts[-1][0] == 2 \
                and doc[parts[-1][0]].lower_ in common_nouns \
                and not any(legal_form(doc[a:b].text) for a, b in parts[:-1]):
            ents.append(ent)  # "Mitsubishi Fuso Truck and Bus Corp.": one word and a legal form end one name
            continue
        # Parts that each start with a capital and end in a firm's word are names even where
        # the tagger read one as a verb ("BNW Investment and SJL Partners").
        if all(b > a and doc[a].text[:1].isupper() and (doc[a].pos_ == "PROPN" or doc[b - 1].lower_ in firm_words)
               for a, b in parts):
            ents.extend(Span(doc, a, b, label=ent.label_) for a, b in parts)
            changed = True
        else:
            ents.append(ent)
    if changed:
        doc.ents = ents
    return doc


def _trade_pair(ent, joints: list, paired_words: Collection[str], legal_form: Callable[[str], bool],
                firm_words: Collection[str] = ()) -> bool:
    """Whether *ent* is a name, then two trades joined by its one "and", and at most a legal
    form or a firm's word: "Megha Engineering and Infrastructures Ltd", "Hanul Investment
    and Trade Fund" (a name first: "Science and Technology" alone is no firm's)."""
    if len(joints) != 1 or joints[0].lower_ != "and":
        return False
    at = joints[0].i
    end = ent.end - 1 if ent.end - 1 > at + 1 and (legal_form(ent.text) or ent[-1].lower_ in firm_words) else ent.end
    return at - ent.start >= 2 and end == at + 2 \
        and ent.doc[at - 1].lower_ in paired_words and ent.doc[at + 1].lower_ in paired_words


def _inner_trade_pair(ent, joint, joints: list, paired_words: Collection[str], firm_words: Collection[str]) -> bool:
    """Whether *joint*, an "and" of *ent* among other *joints*, stands between two trades
    (*paired_words*) in an item of *ent*'s list that ends in a firm's word right after
    the second trade: "Trade and Development Bank" of "Alpha Bank, Trade and Development
    Bank"; not "Energy and Beta Power Fund"."""
    if joint.lower_ != "and":
        return False
    doc, at = ent.doc, joint.i
    end = min([j.i for j in joints if j.i > at], default=ent.end)
    start = max([j.i + 1 for j in joints if j.i < at], default=ent.start)
    return start < at and end == at + 3 and doc[at - 1].lower_ in paired_words and doc[at + 1].lower_ in paired_words \
        and doc[at + 2].lower_ in firm_words and doc[at - 1].text[:1].isupper() and doc[at + 1].text[:1].isupper()


def _written_with_ampersand(ent, joints: list) -> bool:
    """Whether the words of *ent* around its one "and" are written joined by "&" elsewhere
    in the text ("Sterling and Wilson Renewable Energy" ... "Sterling & Wilson"): one
    firm's name, whose "and" lists no members."""
    if len(joints) != 1 or joints[0].lower_ != "and" or joints[0].i == ent.start or joints[0].i + 1 >= ent.end:
        return False
    return _ampersand_written(ent.doc[joints[0].i - 1], ent.doc[joints[0].i + 1])


def _ampersand_names_joined(doc):
    """*doc* with two organisations' names NER found on either side of an "and" joined into
    one where the text writes the two words around it with "&" elsewhere ("Sterling and
    Wilson Renewable Energy" beside "Sterling & Wilson Renewable")."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    joined, skip = [], set()
    for i, ent in enumerate(ents):
        if i in skip:
            continue
        after = ents[i + 1] if i + 1 < len(ents) else None
        if after is not None and ent.label_ in ("ORG", "GPE", "PERSON") and after.label_ == "ORG" and after.start == ent.end + 1 \
                and doc[ent.end].lower_ == "and" and _ampersand_written(ent[-1], after[0]):
            joined.append(Span(doc, ent.start, after.end, label="ORG"))
            skip.add(i + 1)
        else:
            joined.append(ent)
    if skip:
        doc.ents = joined
    return doc


def _ampersand_written(left, right) -> bool:
    """Whether the text writes the words *left* and *right* joined by "&" somewhere."""
    return f"{left.text} & {right.text}" in doc_text(left.doc)
