"""The class a name's own words say an organisation is: a fair ("Consumer Electronics
Show"), a public body, a research organisation, an investment firm ("Hanul Family Office")
or a firm, by the words it ends in and names.yaml's lists. Moved out of
:mod:`kg.extract.mention_classes`, which asks it of most organisations' names."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from kg.ingest.normalize import guess_class, reference_names, reference_words

__all__ = ["OrganisationClasses"]


@dataclass(frozen=True)
class OrganisationClasses:
    """*event_heads* (words that end a fair's or a summit's name), *government* (words of a
    public body's name), *research* (words of a research organisation's name), and
    *country_body*, whether a name's words are a country's public body ("US Congress")."""

    event_heads: Collection[str]
    government: tuple[str, ...]
    research: tuple[str, ...]
    country_body: Callable[[list[str]], bool]

    @functools.cached_property
    def _answers(self) -> dict[str, str]:
        return {}

    def organisation_class(self, name: str) -> str:
        """The class of organisation *name*'s words say: asked again of the same names at most mentions, and it reads
        only the name and lists fixed when the classes are built, so each answer is kept."""
        if name not in self._answers:
            self._answers[name] = self._organisation_class(name)
        return self._answers[name]

    def _organisation_class(self, name: str) -> str:
        words = name.split()
        if len(words) > 2 and words[-1].isdigit():
            words = words[:-1]  # "Hannover Messe 2025"
        if len(words) > 1 and words[-1] in self.event_heads and not self.country_body(words):
            return "Event"  # "Consumer Electronics Show": the fair, not the firm that runs it
        lowered = " " + " ".join(name.casefold().split()) + " "
        if any(f" {cue} " in lowered for cue in self.government) or any(lowered.endswith(f" {tail} ") for tail in _investment_tails("government_tails")) \
                and not any(lowered.endswith(f" {tail} ") for tail in _investment_tails()):
            return "GovernmentBody"
        research = [cue for cue in self.research if f" {cue} " in lowered]
        # "Counterpoint Research", "Maybank Research": a firm that sells research ends in the
        # word alone; an institute, a university or a lab says what it is.
        if research and not (research == ["research"] and len(words) > 1 and words[-1].lower() == "research"):
            return "ResearchOrg"
        if any(lowered.endswith(f" {tail} ") for tail in _investment_tails()):
            return "InvestmentFirm"  # "Hanul Family Office": no word of it alone says so
        if any(lowered.endswith(f" {tail} ") for tail in _investment_tails("company_tails")):
            return "Company"  # "Hanul Investment Bank": a bank, whatever word of investing it has
        if len(words) > 1 and words[-1].lower() in reference_words("trade_tails", lower=True):
            return "Company"  # "Third Venture Biotech": a trade's word ends it, whatever word of investing it has
        # "SevenVentures", "BlueRun Capital": the words of a name written as one count too.
        guessed = guess_class(re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", name), "Company")
        return "Company" if guessed == "Person" else guessed


@functools.cache
def _investment_tails(key: str = "investment_firm_tails") -> tuple[str, ...]:
    """``investment_firm_tails`` (or another list of last words, *key*) of names.yaml, in lower case."""
    return tuple(" ".join(str(w).lower().split()) for w in reference_names().get(key) or ())
