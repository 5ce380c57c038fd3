"""The class of a mention: what NER's label, the name's words and the text around it say
a name is (a firm, an investment firm, a public body, a person, a city ...), where known
names keep the class the store or the reference data gives them."""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass, field

from kg.extract.dateline_cities import dateline_city
from kg.extract.doc_ents import ents_of
from kg.extract.entities import KnownEntity, spelt_alike
from kg.extract.gazetteer import NAME_LABELS, name_shaped
from kg.extract.government_mentions import GovernmentCues
from kg.extract.listed_countries import listed_country
from kg.extract.mention_context import (
    PLACE_HEADS,
    after_based,
    backer_before,
    based_in,
    bought_as_firm,
    compass_before_place,
    currency_named,
    in_capitals,
    has_firm_title,
    named_by_initials,
    in_ticker,
    invested_into,
    its_subject,
    listed_after_organisations,
    listed_with_organisations,
    listed_with_regions,
    met_in,
    names_a_disease,
    placed_after,
    says_it,
    site_in_place,
    sited_in,
    under_brands,
    thing_relative_after,
    traded_or_filing,
)
from kg.extract.missed_names import made_by_named_firm
from kg.extract.organisation_classes import OrganisationClasses
from kg.extract.outlets import Outlets
from kg.extract.people import PersonCues, coordinated_with, credited, initialled, shares_family_name
from kg.extract.person_names import with_particles
from kg.extract.place_lists import listed_with_places
from kg.extract.plural_name_ends import ends_in_common_plural, title_cased
from kg.extract.places import (
    abbreviated_state, before_abbreviated_state, is_region, left_or_reached, place_led, region_named, travelled_to,
    world_city_country,
)
from kg.extract.product_mentions import ProductCues
from kg.extract.spans import near_company_word
from kg.extract.unclassed import kind_of_firm, no_class_name, product_makers
from kg.extract.values import money_phrases
from kg.ingest.normalize import guess_class, name_key, reference_words

__all__ = ["FUZZY_THRESHOLD", "MentionClasses"]

_SPACY_CLASSES = {"PERSON": "Person", "FAC": "Facility", "EVENT": "Event", "LAW": "Policy", "LOC": "City"}
#: How alike (difflib ratio of normalised names) a name must be to a known one to be it.
FUZZY_THRESHOLD = 0.9
#: A number a currency's letters open ("N12,643.23", "Rs 177"), perhaps with a scale word:
#: money NER took for a name.
_NUMBER_NAME = re.compile(r"(?:[A-Za-z]{1,3}\.?)?\s?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s+\w+)?|(?:[A-Za-z]{1,3}\.?)?\s?\d+\.\d+(?:\s+\w+)?"
                          r"|[A-Za-z]{1,3}\.?\s(?!(?:19|20)\d\d\b)\d{3,}(?:\s+\w+)?"
                          r"|(?:[A-Z]{1,3}\$?)?\d+(?:\.\d+)?(?:bn|mn|m|b|k|tn|bil|mil)(?:\s+\w+)?")  # "R3.2bn": a rand sum, its scale glued on


def _firm_named_alone(word: str, labels: dict[str, set]) -> bool:
    """Whether NER or the ruler names *word* alone, one word, as an organisation somewhere
    in the text ("Samsung" beside "Samsung Techwin")."""
    return any(word in labels.get(label, ()) for label in ("ORG", "KG:Company", "KG:InvestmentFirm"))


@dataclass(frozen=True)
class MentionClasses:
    """What decides a mention's class: the known names (name key to entity), demonyms, head
    words by class, the store's names for the fuzzy match, and the cue words of names.yaml."""

    known: dict[str, KnownEntity]
    demonyms: dict[str, str]
    heads: dict[str, list[str]]
    outlets: Outlets
    people: PersonCues
    fuzzy_index: dict[str, list] = field(default_factory=dict)
    seats: frozenset[str] = frozenset()  # capitals that stand for their government
    government_verbs: frozenset[str] = frozenset()
    government: tuple[str, ...] = ()  # words of a public body's name
    research: tuple[str, ...] = ()  # words of a research organisation's name
    legal_forms: frozenset[str] = frozenset()  # "co", "ltd", "ag"
    investment_words: frozenset[str] = frozenset()  # "capital", "fund", "ventures"
    firm_titles: frozenset[str] = frozenset()  # "ceo", "founder": titles of a firm's people
    organisation_words: frozenset[str] = frozenset()  # "robotics", "motors": words that end firms' names
    not_models: frozenset[str] = frozenset()  # "series", "phase": "Series C" is no model
    product_nouns: frozenset[str] = frozenset()  # "phone", "sedan": what a model is
    common_nouns: frozenset[str] = frozenset()  # English common nouns ("inclusion", "server")
    invested_themes: dict[str, frozenset[str]] = field(default_factory=dict)  # "invest": {"in", "into"}
    leader_family_names: frozenset[str] = frozenset()  # "Putin", "Modi": heads of state and government the news names so
    firm_names: frozenset[str] = frozenset()  # name keys of the reference data's large firms ("honda")

    def classify(self, ent, text: str, labels: dict[str, set]):
        """(class, canonical name, IRI, is a demonym) of a mention, or None to skip it;
        *labels* are what NER calls each name anywhere in the text (and "person-words", the
        family names of people's full names; "given-names", their given names;
        "titled-people", full names NER calls a person's after a title; "firm-names", names
        seen beside a firm's word)."""
        label = ent.label_
        if _NUMBER_NAME.fullmatch(text) or len(text.split()) > 1 and text.split()[-1] in reference_words("measure_heads"):
            return None  # "imports stood at N12,643.23", "around Rs 177 crore", "the Hang Seng Index"
        if re.fullmatch(r"(?i)(?:pre|post)-(\w+)", text) and text.split("-")[1].lower() in self.not_models:
            return None  # "a pre-Series A round": a stage, no event
        if label in NAME_LABELS and (in_ticker(ent) or compass_before_place(ent)):
            return None  # "ProSiebensat.1 PSMGn.DE": an exchange's code; "in SW China": a direction
        if label in NAME_LABELS and no_class_name(text, label, self._firm_words, self.legal_form):
            return None  # "the Red Sea", "Lake Baikal", "the Taliban": no class of kg's holds them
        if label in ("ORG", "PERSON", "PRODUCT") and kind_of_firm(text, self.common_nouns):
            return None  # "Stake in China Appliance Maker": a headline's kind of firm, no name
        if label in NAME_LABELS and names_a_disease(ent):
            return None  # "Alzheimer's and Parkinson's diseases", "Crohn's disease": a disease named for a person
        if label in NAME_LABELS and self.people.title_half(ent):
            return None  # "Director General of Industry", "Secretary-General": the title's second word, no one's name
        if label in ("PERSON", "ORG", "GPE", "PRODUCT", "WORK_OF_ART") and len(ent) == 2 and ent[1].text in reference_words("firm_name_acronyms") \
                and ent[0].lower_ in reference_words("acronym_kinds", lower=True):
            return None  # "Generative AI is booming": a kind of the sector, no firm
        if label in NAME_LABELS and abbreviated_state(ent):
            return None  # "Fulton, Md.": a US state, which no class of kg's holds
        if label in ("GPE", "ORG", "PERSON", "LOC") and len(ent) <= 3 and before_abbreviated_state(ent) and not self.legal_form(text) \
                and not any(w.lower() in self.organisation_words for w in text.split()):
            return "City", text.title() if text.isupper() else text, None, False  # "Orlando, Fla. —", "WASHINGTON, D.C. -": the town of a US state
        if label in ("KG:DEMONYM", "KG:Country", "KG:City") and currency_named(ent):
            return None  # "the rupee against the US dollar": the currency's name, not its country
        if label == "KG:DEMONYM":
            known = self.known[name_key(ent.ent_id_)]
            return known.cls, known.label, known.iri, True
        if label in ("GPE", "KG:City") and is_region(text) and listed_with_regions(ent):
            return None  # "Oregon, Florida and Washington": a state among states, no city
        if label == "KG:City" and text in self.seats and self._governments.acts_as_government(ent):
            return "GovernmentBody", text, None, False  # "Beijing imposed export curbs"
        if label == "KG:Sector" and (ent.start_char, ent.end_char) in ent.doc.user_data.get("kg_narrowed", ()):
            # "lithium-ion batteries": see sector_mentions.narrowed_sectors; "AI chips" after
            # "artificial intelligence chips" is named as the text first wrote it.
            both = ent.doc.user_data.get("kg_sector_forms", {}).get((ent.start_char, ent.end_char))
            first = ent.doc.user_data.setdefault("kg_sector_firsts", {}).setdefault(both, text) if both else text
            return "Sector", first, None, False
        if label == "KG:Event" and len(text.split()) > 1 and self._governments.country_body(text.split()) and name_key(text) not in self.known:
            return "GovernmentBody", text, None, False  # "passed by the US Congress": the legislature
        if label == "KG:GovernmentBody" and text in reference_words("seat_buildings") and ent.start > 1 and ent.doc[ent.start - 1].lower_ == "the" \
                and ent.doc[ent.start - 2].lower_ in ("at", "to", "in", "into", "inside", "outside", "near"):
            return "Facility", text, None, False  # "meet at the White House": the building, not who works in it
        if label == "KG:Policy" and name_key(text) not in self.known and _after_at(ent):
            return "Event", text, None, False  # "a speech at the Future Investment Initiative": one is at an event, not at a plan
        if label.startswith("KG:"):
            # The name as written first (the store's "Accel Partners", not the ruler's "Accel"); a span's id
            # is its root's where it has none ("its Zephyr smartphones" is no mention of the sector).
            known = self.known.get(name_key(text)) or (self.known.get(name_key(ent.ent_id_)) if ent[0].ent_id_ == ent.ent_id_ else None)
            if known is None:
                return label[3:], text, None, False
            if not name_shaped(text) and known.cls != "Sector" and name_shaped(known.label):
                return None  # "a battery company": a common word, not the firm the store calls Battery
            return known.cls, known.label, known.iri, False
        if label in NAME_LABELS and money_phrases(text) == [(0, len(text))]:
            return None  # "RM158.68bil", "RM100bil": a sum of money NER took for a firm
        known = (self.known.get(name_key(text)) or self._close_known(text, label)) if label in NAME_LABELS else None
        if known is not None:
            if not name_shaped(text) and known.cls != "Sector":
                return None
            return known.cls, known.label, known.iri, False
        if label in NAME_LABELS and label != "NORP" and name_key(text) in self.firm_names and name_shaped(text):
            return "Company", text, None, False  # "Peugeot", "Zydus Cadila": a large firm NER took for a product, a person, a word
        if label in NAME_LABELS and listed_country(ent, lambda t: getattr(self.known.get(name_key(t)), "cls", None) == "Country"):
            return "Country", text, None, False  # "delegates from Vietnam, Jordan and Chad"
        if label in ("ORG", "PRODUCT", "WORK_OF_ART", "GPE", "PERSON", "EVENT", "FAC") and self._governments.named_policy(ent, self.legal_form, self._firm_words):
            return "Policy", text, None, False  # "Saudi Arabia's Vision 2030 plan", "the government's Hanul Digital programme"
        if label in NAME_LABELS and len(ent) == 1 and ent[0].is_sent_start and ent[0].is_title and ent[0].lower_ in self.common_nouns \
                and not (label == "GPE" and world_city_country(text)) and not self.outlets.is_listed(text) \
                and ent.end < len(ent.doc) and ent.doc[ent.end].pos_ not in ("VERB", "AUX") and ent.doc[ent.end].text not in (",", "(", "'s", "’s") \
                and not re.search(rf"(?<!\w){re.escape(text)}(?!\w)", ent.doc.text[ent.end_char:]) and text not in ent.doc.text[:ent.start_char]:
            # "Inclusion on the list means": a common noun opening a sentence, named once, no
            # verb's doer and nothing a name is ("Pebble, a Busan start-up,", "Pebble's"); not a
            # listed outlet ("Sputnik and AFP reported").
            return None
        if label in NAME_LABELS and len(text.split()) > 1 and text.isupper() and in_capitals(ent):
            return None  # "TO SECURE WORLD-CLASS TPD TECHNOLOGY": a heading in capitals names nothing
        if label in NAME_LABELS and label != "NORP" and self.outlets.is_outlet(text):
            return "Company", self.outlets.bare(text) or text, None, False  # "Caixin", "Nikkei Asia", "Xinhua news agency": a news outlet
        if label == "NORP" and not self.demonyms.get(text) and world_city_country(text) and placed_after(ent):
            return "City", text, None, False  # "the plant in Chitose, Hokkaido": a city NER took for a people
        if label == "NORP":
            country = self.demonyms.get(text)
            if country:
                known = self.known[name_key(country)]
                return known.cls, known.label, known.iri, True
            if self.outlets.is_outlet(text):
                return "Company", text, None, False  # "(Yonhap)", "Kyodo said": an agency NER took for a people
            if name_key(text) in self.firm_names and name_shaped(text) and ent.root.tag_ == "NNP":
                return "Company", text, None, False  # "competes with Tesla": a large firm NER took for a people
            if listed_with_organisations(ent) or listed_after_organisations(ent) or backer_before(ent):
                return self.organisation_class(text), text, None, False  # "Orvik, Hanul Capital and Daewon pledged", "Oracle-backed"
            if ent.root.tag_ == "NNP" and ent.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") and text[:1].isupper():
                # "a plant in Chitose", "fintech Cardlay has secured": no people's name (a
                # firm's only after a common noun that describes it, not "Republican said").
                if world_city_country(text):
                    return "City", text, None, False
                if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in ent.root.lefts):
                    return self.organisation_class(text), text, None, False
            return None
        # Not "travel to St. Petersburg in Russia": a city NER and the gazetteer both know.
        if label in ("ORG", "GPE", "PERSON", "FAC", "LOC") and site_in_place(ent, self.heads.get("Event", ())) and not self.legal_form(text) \
                and self.organisation_class(text) == "Company" and not (label == "GPE" and world_city_country(text)) \
                and not any(w.lower() in self.organisation_words for w in text.split()):
            return "Facility", text, None, False  # "met at Sunnylands in Rancho Mirage", "the expo at COEX in Seoul"
        if label in ("PERSON", "ORG") and named_by_initials(ent):
            return self.organisation_class(text), text, None, False  # "Hanul Daewon (HD)": people's names get no acronyms
        if label in ("PERSON", "GPE", "LOC", "FAC") and name_key(text) in labels.get("firm-keys", ()):
            return self.organisation_class(text), text, None, False  # "Kokusai Kogyo" beside "Kokusai Kogyo Co.", "Aston Bay" beside "Aston Bay Holdings Ltd"
        if label == "PERSON" and len(text.split()) > 1 and _firm_named_alone(text.split()[0], labels) and not self.people.titled(ent) \
                and not any(p != text and p.split()[-1] == text.split()[-1] for p in labels.get("PERSON", ())):
            # "Hanul Jio" where the text also names "Hanul" alone as a firm: an arm of the
            # group, as people's given names are not firms' names; not "Ana Lim" where the
            # text names another Lim (a lone given name NER took for a firm's).
            return self.organisation_class(text), text, None, False
        if label in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART") and place_led(text) and not self.people.titled(ent) and not self.people.titled_after(ent) \
                and ent[-1].text not in PLACE_HEADS:
            return self.organisation_class(text), text, None, False  # "Jiangsu Hengrui": a place opens no person's name
        if label in ("ORG", "PRODUCT", "GPE", "WORK_OF_ART") and len(ent) > 1 and ent[-1].text in reference_words("product_name_heads") \
                and not any(w.lower().strip(".,") in self._firm_name_words for w in text.split()):
            return "Product", text, None, False  # "the newly added Google Assistant"
        if label in ("ORG", "PRODUCT", "GPE", "PERSON", "WORK_OF_ART", "LOC") and made_by_named_firm(ent.doc, ent.end, product_makers()) \
                and not any(w.lower().strip(".,") in self._firm_name_words for w in text.split()):
            return "Product", text, None, False  # "Hanul Robotics, the Ioniq developer": what the firm makes
        if label in ("ORG", "PRODUCT", "GPE", "PERSON", "WORK_OF_ART", "LOC") and (self._products.described_as_product(ent) or self._products.product_elsewhere(ent) or under_brands(ent) and text not in ent.doc.text[:ent.start_char]):
            return "Product", text, None, False  # "Ballie, a home robot", "the chatbot ChatGPT", "brands including Jeep"
        if label in ("ORG", "PRODUCT", "GPE", "PERSON", "EVENT", "WORK_OF_ART", "FAC") and self._products.model_shaped(ent):
            return "Product", text, None, False  # "Galaxy S25", "737 MAX", "Kia's EV9": a model's name
        if label == "PERSON" and thing_relative_after(ent) and not self.people.titled(ent) \
                and not any(text.endswith(f" {p}") for p in labels.get("titled-people", ())):
            return self.organisation_class(text), text, None, False  # "Walt Disney, which"; not "..., Ana Rebelo de Sousa, which" after "President Rebelo de Sousa"
        if label in ("PERSON", "FAC") and (traded_or_filing(ent) or label == "PERSON" and (its_subject(ent) or bought_as_firm(ent, self.invested_themes))) \
                and not self.people.titled(ent) and not self.people.titled_after(ent):  # "shares in Abbey Hall": no site NER saw
            return self.organisation_class(text), text, None, False  # "Berkshire Hathaway raised its stake", "shares of Hana Micron"
        if label in ("PERSON", "GPE", "PRODUCT", "WORK_OF_ART") and has_firm_title(ent, self.firm_titles):
            return self.organisation_class(text), text, None, False  # "Trina Solar's chairman Gao Jifan"
        if label in ("ORG", "GPE", "PERSON") and self.people.title_of_named(ent) and not self.people.titled(ent):
            return self.organisation_class(text), text, None, False  # "Naresh Lind, former CEO, Hanul Coffee": where the title is held
        organisation_elsewhere = text in labels.get("ORG", ())
        if label in ("ORG", "GPE", "PERSON", "FAC") and len(text.split()) > 1 and (self.people.titled_after(ent) or credited(ent) or self.people.titled(ent) or self.people.titled_before_comma(ent)
                                                                                     or self.people.listed_among_people(ent) or self.people.named_to_post(ent)) \
                and guess_class(text, "Person") == "Person" and text.split()[-1].lower() not in self.organisation_words:
            # "Narendra Misra, head of European operations", "leaders such as Benin's Patrice Talon"; not "Mr Price Group", a firm
            # named with an honorific that ends in an organisation's word.
            return "Person", text, None, False
        if label in ("GPE", "ORG", "PERSON") and (city := dateline_city(ent, text)):
            return "City", city, None, False  # "TALLINN, Nov 3 (Reuters) -", "Bhubaneswar, Nov 18: ...": a dateline's city
        if label in ("ORG", "GPE", "NORP", "PERSON") and len(text.split()) == 1 and text.endswith("s") and ent.start \
                and ent.doc[ent.start - 1].lower_ == "the" and text[:-1] in labels.get("person-words", ()):
            return None  # "The Macrons": a family, no one entity
        if label in ("ORG", "GPE", "PRODUCT") and self.people.named_by_noun(ent) and (len(text.split()) == 1 or guess_class(text, "Company") == "Person") \
                and not any(w.lower().strip(".,") in self._firm_words for w in text.split()):
            return "Person", text, None, False  # "his wife Brigitte"
        if label in ("ORG", "GPE") and len(text.split()) == 1 and text in labels.get("person-words", ()) \
                and not (label == "GPE" and organisation_elsewhere):
            # "Chung" after "Chung Eui-sun"; not a given name NER calls an organisation's,
            # more often a firm's (on the development texts' checks).
            return "Person", text, None, False
        if label in ("ORG", "GPE") and len(text.split()) == 1 and text in self.leader_family_names:
            # "a key part of Trump's base": a head of state or government named alone
            # (office_holders.yaml), whatever NER calls the name there.
            return "Person", text, None, False
        if label in ("ORG", "GPE") and len(text.split()) == 1 and text in labels.get("given-names", ()) and self.people.titled(ent) \
                and not organisation_elsewhere and not world_city_country(text):
            # "President Uhuru receives ..." beside "President Uhuru Kenyatta", "Crown Prince
            # Mohammed": a title before the given name of a person the text names in full.
            return "Person", text, None, False
        if label in ("ORG", "GPE", "PERSON") and len(text.split()) > 1 and not (label == "GPE" and organisation_elsewhere) and any(
                spelt_alike(text, p) or label != "PERSON" and len(p.split()) > 1 and p.split()[-1] == text.split()[-1]
                and guess_class(text, "Company") == "Person" and (p != text or p in labels.get("titled-people", ()))
                for p in labels.get("PERSON", ())):
            # "Kasym-Zhomart Tokayev" or "N Chandrasekaran" beside a person's full name;
            # "Cyrus Mistry" beside "chairman Cyrus Mistry": the person's name, as written or
            # spelt another way (not "Pellston Mills", NER's person once without a title).
            return "Person", text, None, False
        if label in ("ORG", "GPE", "PERSON") and shares_family_name(ent) and text.lower() not in self.organisation_words and not (label == "GPE" and world_city_country(text)) \
                and text.lower() not in self.investment_words:
            return "Person", text, None, False  # "Hana, Jisoo and Minho Park": three Parks
        if label in ("ORG", "GPE", "PERSON", "PRODUCT") and initialled(text):
            return "Person", text, None, False  # "Jae K Park"
        if label in ("GPE", "ORG", "FAC") and guess_class(text, "Person") == "Person" and not world_city_country(text) and not is_region(text) \
                and self.organisation_class(text) == "Company" and not self.legal_form(text) \
                and not any(w.lower() in self.organisation_words for w in text.split()) \
                and self.people.acts_as_person(ent, by_pronoun=label == "GPE"):
            return "Person", text, None, False  # "Scholz arrived in Chongqing", "Olaf Scholz began a visit"
        if label in ("GPE", "ORG", "PERSON") and is_region(text) or label in ("GPE", "ORG", "PERSON", "FAC", "LOC") and region_named(ent):
            return None  # "Hokkaido", "Arizona", "the province of Cebu": a region, which NER may call anything
        if label in ("ORG", "PERSON") and len(ent) <= 3 and listed_with_places(ent) and not self.legal_form(text) \
                and not any(w.lower().strip(".,") in self._firm_name_words | self.organisation_words for w in text.split()):
            return "City", text, None, False  # "in Lisbon and Valmora": one more place of a list of places
        if label in ("ORG", "PERSON") and world_city_country(text) and (placed_after(ent) or any(
                coordinated_with(ent, place, ("conj",)) for place in ("GPE", "LOC", "KG:City"))):
            # "a semiconductor factory in Sendai", "based in Belo Horizonte", "the Mexican
            # town of Ramos Arizpe", "to Toulouse and Avignon": a city of the world NER took
            # for a firm or a person.
            return "City", text, None, False
        if label in ("GPE", "ORG", "PERSON", "FAC", "LOC") and len(text.split()) == 1 and (based_in(ent) or travelled_to(ent) or sited_in(ent)
                                                                                       or ent.doc[ent.start - 1].lower_ == "of" and placed_after(ent)):
            return "City", text, None, False  # "the Pune-based company", "flew to Pune", "a plant in Suhar", "the village of Kenderli"
        if label in ("PRODUCT", "WORK_OF_ART", "ORG", "GPE", "FAC", "EVENT", "LOC") and guess_class(text, "Company") == "Person" \
                and self.people.coordinated_with_person(ent):
            # "Maria Lind and Ilya Varga", the second read as a product; "by Jae Park and
            # Mira Sohn", the first read as a site for the family name Park.
            return "Person", text, None, False
        if label == "GPE":
            # NER calls many unfamiliar firms places ("Denso", "Foxconn"). A city of the world,
            # a district, or a town placed in a region ("a college in Trichy, Tamil Nadu") is a
            # place, and so is one listed after such a town ("in Howrah, West Bengal, and
            # Hosur, Tamil Nadu"); the rest, unless named like a place, a firm.
            # So is one after "the town of" or where people meet ("the leaders met in Capri").
            if world_city_country(text) and not organisation_elsewhere and not after_based(ent) or ent[-1].text in PLACE_HEADS \
                    or not organisation_elsewhere and (ent.doc[ent.start - 1].lower_ == "of" and placed_after(ent) or met_in(ent)) \
                    or (placed_after(ent) or ent.start and ent.doc[ent.start - 1].lower_ in ("and", "or")) \
                    and ent.end + 1 < len(ent.doc) and ent.doc[ent.end].text == "," and any(
                        e.start == ent.end + 1 and is_region(e.text) and ent.doc[e.end:e.end + 1].text not in ("'s", "’s", "-", "–")
                        for e in ents_of(ent.doc)):
                return "City", text, None, False
            return self.organisation_class(text), text, None, False
        if label == "ORG":
            return self.organisation_class(text), text, None, False
        if label in ("WORK_OF_ART", "PRODUCT") and invested_into(ent, self.invested_themes, direct=label == "WORK_OF_ART"):
            return self.organisation_class(text), text, None, False  # "invested in Waymo": money goes into a firm
        if label == "PRODUCT" and (near_company_word(ent) or text in labels.get("firm-names", ()) or listed_with_organisations(ent)):
            return "Company", text, None, False
        if label in ("FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "LOC") and len(text.split()) > 1 \
                and (self.legal_form(text) or self.legal_form_after(ent) or text.split()[-1].lower() in self.investment_words
                     or label in ("LOC", "FAC") and text.split()[-1].lower() in self.organisation_words
                     and text.split()[-1] not in self.heads.get("Facility", ())):
            return self.organisation_class(text), text, None, False  # "Nexeon Ltd", "The Games Fund", "Orvik Robotics" as a place
        if label == "PERSON" and after_based(ent) and not self.people.titled(ent):
            return self.organisation_class(text), text, None, False  # "Seoul-based Hanmi Semicon": a person is never "-based"
        if label == "PERSON" and guess_class(text, "Company") != "Person" and len(text.split()) > 1 and not with_particles(text) \
                and not (text in labels.get("titled-people", ()) and self.people.office_titled(ent)):
            # "Tiger Global"; not "Julius Maada Bio" after "President Julius Maada Bio", a
            # person whose family name is a word of firms' names.
            return self.organisation_class(text), text, None, False
        if label == "PERSON" and ends_in_common_plural(text, self.common_nouns) and not title_cased(ent.sent) and not self.people.titled(ent) \
                and not self.people.titled_after(ent) and not self.people.acts_as_person(ent) \
                and not any(p.split()[-1] == text.split()[-1] for p in labels.get("titled-people", ())):
            # "Kelvin Controls said it would ...", "Daewon Cars": a common noun's plural ends
            # no family name; not "Keanu Reeves arrived", nor a minister's name told with the title,
            # nor two words of a headline's capitals ("Samsung Will Show Folding Phones").
            return self.organisation_class(text), text, None, False
        if label == "PERSON" and len(text.split()) == 1 and world_city_country(text) and ent.start \
                and (ent.doc[ent.start - 1].lower_ in ("in", "near") or left_or_reached(ent)) and text not in labels.get("person-words", ()):
            return "City", text, None, False  # "a plant in Kumamoto", "will leave Abuja": a city NER took for a family name
        if label == "PERSON" and len(text.split()) == 1 and not self.people.titled(ent) and not self.people.acts_as_person(ent) \
                and text not in labels.get("person-words", ()) and not self.people.titled_after(ent) \
                and text not in self.leader_family_names \
                and (organisation_elsewhere or text not in labels.get("given-names", ()) or says_it(ent)):
            # One word NER took for a person, that is no family name of a person's full name
            # in the text, nor its given name when NER calls it no organisation's elsewhere
            # and it says nothing of "it" ("Natascha" after "Natascha Viljoen"; not
            # "Faisal said it would grow"), and has no title before it, is a firm's name
            # ("Finix", "Macrogen"); not the family name of a head of state or government
            # (office_holders.yaml), by which news names them alone ("Putin's visit").
            return self.organisation_class(text), text, None, False
        if label == "LOC" and is_region(text):
            return None  # "Europe", "Asia": no class of kg's holds a continent
        if label == "FAC" and not self._placed(ent) and text.split()[-1] not in self.heads.get("Facility", ()) \
                and not text.split()[-1].islower():
            # "merged with Sapeon", "from Alpha Wave Global": a name NER calls a site, that
            # nothing places nor a site's word ends ("Ochang plant"), is an organisation's.
            return self.organisation_class(text), text, None, False
        if label in _SPACY_CLASSES:
            return _SPACY_CLASSES[label], text, None, False
        return None

    @staticmethod
    def _placed(ent) -> bool:
        """Whether a word that places, or an article, is right before the name ("at Sunnylands", "the Pentagon")."""
        before = ent.doc[ent.start - 1].lower_ if ent.start else ""
        return before in ("at", "in", "near", "inside", "outside", "into", "the")

    def legal_form(self, text: str) -> bool:
        """Whether a name ends in a legal form ("Co.", "Ltd", "AG"): a firm's, wherever else
        the text writes it without one."""
        words = text.removesuffix("'s").removesuffix("’s").split()
        return len(words) > 1 and words[-1].lower().strip(".,") in self.legal_forms

    def legal_form_after(self, ent) -> bool:
        """Whether a comma and a legal form follow the name ("Hanul Pharmaceutical Factory,
        Inc"): a firm's name, whatever its last word names otherwise."""
        doc = ent.doc
        return ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_.strip(".,") in self.legal_forms

    def _close_known(self, text: str, label: str) -> KnownEntity | None:
        """A known organisation or person whose name differs from *text* by a slip or an
        abbreviation ("LG Electronic", "Mirae Asset Managment"): similarity of the
        normalised names at least FUZZY_THRESHOLD, one candidate only."""
        if label not in ("ORG", "PERSON") or not self.fuzzy_index:
            return None
        key = name_key(text)
        if len(key) < 6:
            return None  # short names are too easily alike
        candidates = self.fuzzy_index.get(key[:2], ())
        close = {
            entity.iri or entity.label: entity for other, entity in candidates
            if abs(len(other) - len(key)) <= 3 and difflib.SequenceMatcher(None, key, other).ratio() >= FUZZY_THRESHOLD
        }
        return next(iter(close.values())) if len(close) == 1 else None

    @functools.cached_property
    def _firm_words(self) -> frozenset[str]:
        """A firm's words (organisation_words and investment_words), joined once: many tests ask at each word of a name."""
        return self.organisation_words | self.investment_words

    @functools.cached_property
    def _firm_name_words(self) -> frozenset[str]:
        return self._firm_words | self.legal_forms

    @functools.cached_property
    def _products(self) -> ProductCues:
        return ProductCues(self.product_nouns, self.not_models, self._firm_name_words, self.heads.get("Event", ()))

    @functools.cached_property
    def _governments(self) -> GovernmentCues:
        return GovernmentCues(self.known, self.demonyms, self.seats, self.government_verbs, self.government)

    @functools.cached_property
    def _organisations(self) -> OrganisationClasses:
        return OrganisationClasses(self.heads.get("Event", ()), self.government, self.research, self._governments.country_body)

    def organisation_class(self, name: str) -> str:
        """The class of organisation *name*'s words say (see :mod:`kg.extract.organisation_classes`)."""
        return self._organisations.organisation_class(name)


def _after_at(ent) -> bool:
    """Whether "at" (and "the") stands right before the name and no noun goes on after it
    ("spoke at the Hanul Growth Initiative in Riyadh"; not "at the Paris Agreement talks")."""
    doc = ent.doc
    i = ent.start - 1 - (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    after = doc[ent.end] if ent.end < len(doc) else None
    return i >= 0 and doc[i].lower_ == "at" and (after is None or after.pos_ not in ("NOUN", "PROPN"))

