"""The facts that follow from those a document's frames read, and the read ones that other
facts make redundant: stakes split among holders, a firm's home from its name, leaders and
ministers by their posts, facts a rule implies or carries to a site's place, visits only
away from home, dates from the story's period or a post's start, and repeats of one fact
dropped. Each rule is loaded from the ontology once, when the extractor is built. Moved out
of :mod:`kg.extract.pipeline`, which reads the relations and hands them here."""

from __future__ import annotations

from kg.extract.base_figures import base_figures
from kg.extract.carried_facts import carried_facts, load_carryings
from kg.extract.entities import DocumentEntity, firm_homes
from kg.extract.home_guard import away_from_home, dateline_visits, load_away_only
from kg.extract.implications import (
    implied_facts,
    load_implications,
    load_supersessions,
    without_reversed_repeats,
    without_superseded,
)
from kg.extract.ministers import load_minister_posts
from kg.extract.office_holders import load_office_holders
from kg.extract.pair_trade import pair_trades
from kg.extract.patterns import doc_text, token_marks
from kg.extract.place_facts import NameFacts
from kg.extract.post_dates import dated_by_post_start, load_post_nouns
from kg.extract.sector_mentions import without_broader_sectors
from kg.extract.stake_splits import load_stake_splits, split_stakes
from kg.extract.story_periods import dated_by_story, load_story_periods
from kg.ontology import Ontology

__all__ = ["FurtherFacts"]


class FurtherFacts:
    """The rules that add facts to a document's read relations and prune them, loaded from
    *ontology*; *countries* maps reference names' keys to their countries (for a firm's
    home by its name). ``office_holders`` is kept in view: the extractor reads leaders'
    family names from it."""

    def __init__(self, ontology: Ontology, countries: dict[str, str]) -> None:
        self._name_facts = NameFacts(ontology, countries, firm_homes=firm_homes())
        self.office_holders = load_office_holders(ontology)
        self._symmetric = frozenset(r.eval_name for r in ontology.relations.values() if r.symmetric)
        self._minister_posts = load_minister_posts(ontology)
        self._implications = load_implications(ontology)
        self._stake_splits = load_stake_splits(ontology)
        self._supersessions = load_supersessions(ontology)
        self._carryings = load_carryings(ontology)
        self._away_only = load_away_only(ontology)
        self._story_periods = load_story_periods(ontology)
        self._post_nouns = load_post_nouns(ontology)

    def applied(self, doc, relations: list[dict], entities: dict[str, DocumentEntity], published: str | None, qualifiers) -> list[dict]:
        """*relations*, read from *doc* (its mentions merged), with the facts that follow
        added and the redundant ones gone; *qualifiers* is the relation reader's, which
        dates stakes and posts."""
        relations = split_stakes(doc, relations, entities, self._stake_splits)
        relations.extend(self._name_facts.implied(entities, relations, doc_text(doc)))
        if self.office_holders is not None:
            relations = self.office_holders.with_holders(doc_text(doc), entities, relations, published)
        if self._minister_posts is not None:
            relations = self._minister_posts.with_posts(doc_text(doc), entities, relations)
        relations = without_superseded(relations, self._supersessions)
        classes = {e.name: e.cls for e in entities.values()}
        relations.extend(carried_facts(relations, classes, self._carryings))
        relations.extend(implied_facts(relations, self._implications))
        relations = away_from_home(relations, classes, self._away_only)
        relations.extend(dateline_visits(doc_text(doc), {e.name: e.mentions for e in entities.values()}, relations, classes,
                                         self._away_only, [(doc[i].idx, value) for i, (kind, value) in enumerate(
                                             zip(token_marks(doc, "kg_value_kind"), token_marks(doc, "kg_value")))
                                             if kind == "date" and isinstance(value, str)]))
        dated_by_story(doc, relations, self._story_periods, published)
        relations.extend(base_figures(doc, relations, frozenset(self._story_periods), entities) + pair_trades(doc, relations, entities))
        dated_by_post_start(qualifiers, doc, relations, self._post_nouns, published)
        qualifiers.stakes_of_own_sentence(doc, relations)  # implied facts included
        relations = without_reversed_repeats(without_broader_sectors(relations, entities), self._symmetric)
        return relations
