"""The day a story's news is of, for a fact the text dates nowhere: the day its lead dates
the news by ("The minister on Friday held meetings ..." in Saturday's paper), or the day of
its dateline a day or more before the paper's. Apart from :mod:`kg.extract.event_dates`,
which chooses among a sentence's own dates."""

from __future__ import annotations

from datetime import date as calendar_day, timedelta

from kg.extract.parse_paths import of_other_actor
from kg.extract.patterns import token_mark
from kg.extract.plans import dates_telling
from kg.extract.sentence_values import SentenceValues

__all__ = ["dateline_before", "lead_day"]


#: How many of a story's first sentences (a headline and the lead) may date its news.
_LEAD_SENTENCES = 3
#: How many days before its publication a story's news may have happened ("on Friday" in a
#: story of Saturday's paper, "on Monday" in a weekly's).
_LEAD_REACH = 7


def lead_day(reader: SentenceValues, doc, published: str, ends: frozenset = frozenset(), after: int | None = None) -> str | None:
    """The day a story's lead dates its news by ("The minister on Friday held meetings
    ..." in Saturday's paper): the first full day its first sentences name, from a week
    before *published* to *published*, that dates no telling ("said on Friday"). What the story then tells undated is that day's
    news, not the paper's; a day further off is the date of something else ("founded on
    March 3, 2015"). Nor is a day told after the fact's own sentence (which ends at token
    *after*) in a clause whose named subject is none of *ends*, the fact's entities: "X has
    completed its purchase of Y. The FTC had approved the deal on June 15" dates the
    approval, not the purchase, which the news tells first. Failing such a day, the day of a
    telling in a sentence before the fact's ("X said on Wednesday it had raised its stake"):
    the story's news is that day's, not the paper's a day later. None if the lead names no
    such day."""
    try:
        until = calendar_day.fromisoformat(published)
    except ValueError:
        return None  # a publication known by its month or year: no day to count back from
    told_on = None
    for sentence in reader.sentence_index(doc)[0][:_LEAD_SENTENCES]:
        for value in reader.values_of(sentence):
            text = str(token_mark(value, "kg_value"))
            if token_mark(value, "kg_value_kind") != "date" or len(text) != 10 \
                    or after is not None and value.i >= after and of_other_actor(value, ends, head_only=True):
                continue
            try:
                day = calendar_day.fromisoformat(text)
            except ValueError:
                continue
            if not until - timedelta(days=_LEAD_REACH) <= day <= until:
                continue
            if not dates_telling(value):
                return text
            if after is None or sentence.end < after:
                # "announced on Monday" dates the telling, not the deed told; yet a lead
                # that dates only its telling ("X said on Monday it had raised its stake")
                # dates the news the story tells after it, not one told before it.
                told_on = told_on or text
    return told_on


def dateline_before(day: str | None, published: str) -> str:
    """The day the news is of: its dateline's ("MOSCOW, Aug. 20 (Xinhua) --" in the paper of
    Aug. 21) where that is a day in the week before *published*, else *published*."""
    try:
        before = (calendar_day.fromisoformat(published) - calendar_day.fromisoformat(day or "")).days
    except ValueError:
        return published
    return day if 0 < before <= _LEAD_REACH else published
