"""Relations read as trigger words (ontology/triggers.yaml) in syntactic frames
(ontology/frames.yaml), on hand-written news sentences: one sentence per frame, every
trigger kind, coreference, qualifiers, and sentences that must give nothing."""

from __future__ import annotations

import fnmatch
import functools

import pytest
import yaml

from kg.extract.documents import Document
from kg.extract.frames import TRIGGER_KINDS
from kg.extract.pipeline import Extractor, KnownEntity
from kg.extract.spans import dateline
from kg.ontology import load_ontology
from kg.resources import resource_dir

_ONTOLOGY = resource_dir("ontology")
FRAMES = {f["id"]: f for f in yaml.safe_load((_ONTOLOGY / "frames.yaml").read_text(encoding="utf-8"))["frames"]}
FRAME_IDS = list(FRAMES)
TRIGGERS = yaml.safe_load((_ONTOLOGY / "triggers.yaml").read_text(encoding="utf-8"))["relations"]


@pytest.fixture(scope="module")
def extract(extractor):
    """text -> kg-eval/1 record, each text extracted once per module."""

    @functools.cache
    def run(text: str) -> dict:
        return extractor.extract(Document(id="t", text=text, path=None, publication_date="2026-01-14"))

    return run


def triples(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"]}


def relation(record, fact):
    found = [r for r in record["relations"] if (r["subject"], r["predicate"], r["object"]) == fact]
    assert found, f"{fact} not in {sorted(triples(record))}"
    return found[0]


# -- one sentence per frame ---------------------------------------------------------------

FRAME_SENTENCES = {
    "verb-active": ("Daewon Group backed Hanul Robotics last year.",
                    ("Daewon Group", "invests_in", "Hanul Robotics")),
    "verb-passive": ("Hanul Robotics was bankrolled by Daewon Group in 2023.",
                     ("Daewon Group", "invests_in", "Hanul Robotics")),
    "verb-reduced-passive": ("Minjin Foods, acquired by Daewon Group in 2024, makes instant noodles.",
                             ("Daewon Group", "acquires", "Minjin Foods")),
    "verb-passive-marker": ("The Daewon Innovation Forum was held at COEX in Seoul.",
                            ("Daewon Innovation Forum", "event_held_at", "COEX")),
    "verb-reduced-marker": ("Hanul Robotics, located in Busan, makes delivery robots.",
                            ("Hanul Robotics", "located_in", "Busan")),
    "verb-participle": ("Minjin Capital, a venture firm specializing in industrial robots, led the round.",
                        ("Minjin Capital", "operates_in_sector", "industrial robots")),
    "verb-fronted-passive": ("Backed by Daewon Ventures, Hanul Robotics expanded abroad.",
                             ("Daewon Ventures", "invests_in", "Hanul Robotics")),
    "verb-control-passive": ("Hanul Robotics agreed to be acquired by Daewon Group for $2 billion.",
                             ("Daewon Group", "acquires", "Hanul Robotics")),
    "copula-possessive-title": ("Daewon Ventures is Hanul Robotics' largest shareholder with a 30% stake.",
                                ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "copula-compound-title": ("Daewon Ventures remains the largest Hanul Robotics shareholder.",
                              ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "advcl-remaining-possessive-title": ("Daewon Ventures sold shares in Hanul Robotics while remaining Hanul Robotics' "
                                         "majority shareholder.",
                                         ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "whose-title-include": ("Hanul Robotics, whose backers include Daewon Ventures and Minjin Capital, expanded abroad.",
                            ("Minjin Capital", "invests_in", "Hanul Robotics")),
    "possessive-name-title": ("Daewon Group's Hanul Robotics unit said sales rose.",
                              ("Hanul Robotics", "subsidiary_of", "Daewon Group")),
    "participle-fronted-marker": ("Headquartered in Busan, Hanul Robotics makes delivery robots.",
                                  ("Hanul Robotics", "headquartered_in", "Busan")),
    "verb-object-placed": ("Kim Min-soo founded Hanul Robotics in Busan in 2015.",
                           ("Hanul Robotics", "headquartered_in", "Busan")),
    "verb-object-placed-attached": ("In 1995 he founded the battery maker Hanul in Shenzhen.",
                                    ("Hanul", "headquartered_in", "Shenzhen")),
    "verb-control-participle": ("Founded in Busan, Hanul Robotics makes delivery robots.",
                                ("Hanul Robotics", "headquartered_in", "Busan")),
    "verb-control": ("Daewon Group agreed to back Hanul Robotics.",
                     ("Daewon Group", "invests_in", "Hanul Robotics")),
    "verb-control-listed": ("Daewon Group courted, funded and acquired Hanul Robotics.",
                            ("Daewon Group", "acquires", "Hanul Robotics")),
    "title-name-unsaid": ("Hanul Robotics raised money in March. Vice President Park Ji-hoon said demand was strong.",
                          ("Park Ji-hoon", "executive_of", "Hanul Robotics")),
    "verb-headline-infinitive": ("Daewon Group to buy Hanul Robotics for $2.2bn",
                                 ("Daewon Group", "acquires", "Hanul Robotics")),
    "name-hyphen-title": ("Investors backed Toyota-rival Hanul Motors last year.",
                          ("Hanul Motors", "competes_with", "Toyota")),
    "role-as-title": ("Kim Min-soo took over as chief executive of Hanul Robotics in 2021.",
                      ("Kim Min-soo", "ceo_of", "Hanul Robotics")),
    "role-as-title-named": ("Park Ji-hoon was hired as chief executive of Hanul Robotics in 2021.",
                            ("Park Ji-hoon", "ceo_of", "Hanul Robotics")),
    "top-title-name-unsaid": ("Sora Shipbuilding won an order. Chairman Park Jae-hyun said the yard was full.",
                              ("Park Jae-hyun", "chair_of", "Sora Shipbuilding")),
    "joined-as-title": ("Lee Ji-won joined Minjin Capital as a managing partner last spring.",
                        ("Lee Ji-won", "executive_of", "Minjin Capital")),
    "where-title-name": ("The order went to Sora Shipbuilding, where President Park Jae-hyun has expanded the yard.",
                         ("Park Jae-hyun", "executive_of", "Sora Shipbuilding")),
    "appointed-as-title": ("Hanul Robotics appointed Kim Min-soo as its new chief executive.",
                           ("Kim Min-soo", "ceo_of", "Hanul Robotics")),
    "appointed-object-as-title": ("Hanul Robotics appointed former senior executive Brent Oller as CEO.",
                                  ("Brent Oller", "ceo_of", "Hanul Robotics")),
    "appointed-to-be-title": ("Hanul Robotics promoted Kim Min-soo to be its new chief executive.",
                              ("Kim Min-soo", "ceo_of", "Hanul Robotics")),
    "appointed-as-title-of": ("The board appointed Kim Min-soo as chief executive of Hanul Robotics.",
                              ("Kim Min-soo", "ceo_of", "Hanul Robotics")),
    "appointed-as-joined-title-of": ("The board announced Kim Min-soo as managing director and chief executive of Hanul "
                                     "Robotics.", ("Kim Min-soo", "ceo_of", "Hanul Robotics")),
    "title-include": ("Hanul Robotics raised $20 million. Investors in the round include Daewon Ventures and Minjin Capital.",
                      ("Minjin Capital", "invests_in", "Hanul Robotics")),
    "noun-possessive": ("Daewon Group's acquisition of Hanul Robotics closed in March.",
                        ("Daewon Group", "acquires", "Hanul Robotics")),
    "noun-by": ("The acquisition of Hanul Robotics by Daewon Group closed in March.",
                ("Daewon Group", "acquires", "Hanul Robotics")),
    "possessor-noun-control": ("Daewon Group's plan to acquire Hanul Robotics was approved in March.",
                               ("Daewon Group", "acquires", "Hanul Robotics")),
    "noun-from": ("Hanul Robotics received a 20% stake in Sora Energy from Daewon Group.",
                  ("Daewon Group", "holds_stake_in", "Sora Energy")),
    "noun-light-verb": ("Daewon Group announced an investment in Hanul Robotics.",
                        ("Daewon Group", "invests_in", "Hanul Robotics")),
    "noun-light-gerund": ("After acquiring a 30 percent stake in Hanul Robotics, Daewon Group opened a plant.",
                          ("Daewon Group", "holds_stake_in", "Hanul Robotics")),
    "noun-light-gerund-task": ("Daewon Group has finished the job of taking a 20% stake in Hanul Robotics.",
                               ("Daewon Group", "holds_stake_in", "Hanul Robotics")),
    "noun-light-gerund-in-task": ("Daewon Group is in the process of taking a 20% stake in Hanul Robotics.",
                                  ("Daewon Group", "holds_stake_in", "Hanul Robotics")),
    "noun-light-verb-compound": ("Daewon Group bought 9 billion won worth of Hanul Robotics stock.",
                                 ("Daewon Group", "holds_stake_in", "Hanul Robotics")),
    "role-of-title": ("Park Ji-hoon will take the role of chief executive at Hanul Robotics.",
                      ("Park Ji-hoon", "ceo_of", "Hanul Robotics")),
    "reciprocal-noun": ("Daewon Group and Minjin Foods signed a memorandum of understanding on Monday.",
                        ("Daewon Group", "partners_with", "Minjin Foods")),
    "noun-of-action": ("Daewon Group announced the signing of a memorandum with Minjin Foods.",
                       ("Daewon Group", "partners_with", "Minjin Foods")),
    "reciprocal-noun-of-action": ("Daewon Group and Minjin Foods finalized the formation of an alliance.",
                                  ("Daewon Group", "partners_with", "Minjin Foods")),
    "reciprocal-verb": ("Daewon Group and Minjin Foods teamed up last year.",
                        ("Daewon Group", "partners_with", "Minjin Foods")),
    "reciprocal-verb-control": ("Daewon Group and Minjin Foods agreed to team up on robots, the companies said on Tuesday.",
                                ("Daewon Group", "partners_with", "Minjin Foods")),
    "reciprocal-verb-passive": ("A sensor jointly developed by Daewon Group and Minjin Foods went on sale in Seoul on Tuesday.",
                                ("Daewon Group", "partners_with", "Minjin Foods")),
    "noun-between-passive": ("An agreement was signed between Hanul Robotics and Minjin Foods on Tuesday to develop robots.",
                             ("Hanul Robotics", "partners_with", "Minjin Foods")),
    "verb-noun-control": ("Daewon Group announced plans to invest $50 million in Hanul Robotics.",
                          ("Daewon Group", "invests_in", "Hanul Robotics")),
    "verb-noun-control-prep": ("Daewon Group entered into an agreement to buy Hanul Robotics.",
                               ("Daewon Group", "acquires", "Hanul Robotics")),
    "pronoun-possessive-title-name": ("Daewon Group said it had bought the unit of Minjin Corp. through its automotive subsidiary Harman.",
                                      ("Harman", "subsidiary_of", "Daewon Group")),
    "possessive-title-name": ("Samsung Electronics' audio unit Harman bought the firm.",
                              ("Harman", "subsidiary_of", "Samsung Electronics")),
    "name-comma-theme-title": ("Harman, a Samsung Electronics subsidiary, said so.",
                               ("Harman", "subsidiary_of", "Samsung Electronics")),
    "apposition-possessive-title": ("Hanul Energy, Daewon Group's battery unit, said sales rose.",
                                    ("Hanul Energy", "subsidiary_of", "Daewon Group")),
    "counts-among-title": ("Hanul Robotics counts Daewon Ventures and Minjin Capital among its biggest shareholders.",
                           ("Minjin Capital", "holds_stake_in", "Hanul Robotics")),
    "verb-portion-recipient": ("Daewon Group sold 20% of Hanul Robotics to Minjin Holdings last year.",
                               ("Minjin Holdings", "holds_stake_in", "Hanul Robotics")),
    "verb-recipient": ("Daewon Group sold Hanul Energy to Minjin Capital last year.",
                       ("Minjin Capital", "acquires", "Hanul Energy")),
    "verb-passive-recipient": ("Hanul Energy was sold to Minjin Capital last year.",
                               ("Minjin Capital", "acquires", "Hanul Energy")),
    "verb-reduced-recipient": ("Hanul Energy, sold to Minjin Capital last year, makes batteries.",
                               ("Minjin Capital", "acquires", "Hanul Energy")),
    "verb-control-chain": ("Daewon Group agreed to pay $1.2 billion to buy Hanul Robotics.",
                           ("Daewon Group", "acquires", "Hanul Robotics")),
    "round-members-include-unsaid": ("Hanul Robotics raised $20 million in a Series B round. Investors include Daewon Ventures.",
                                     ("Daewon Ventures", "invests_in", "Hanul Robotics")),
    "round-members-among-unsaid": ("Hanul Robotics raised $20 million in a Series B round. Daewon Ventures was among the investors.",
                                   ("Daewon Ventures", "invests_in", "Hanul Robotics")),
    "round-members-took-part-unsaid": ("Hanul Robotics raised $20 million in a Series B round. Daewon Ventures also took part.",
                                       ("Daewon Ventures", "invests_in", "Hanul Robotics")),
    "noun-light-verb-worth": ("Daewon Ventures took a 15% stake worth $200 million in Hanul Robotics.",
                              ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "verb-control-for-noun": ("Daewon Ventures agreed to pay $300 million for a 40% stake in Hanul Robotics.",
                              ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "verb-paid-for": ("Daewon Ventures paid $1.2 billion for Hanul Robotics.",
                      ("Daewon Ventures", "acquires", "Hanul Robotics")),
    "verb-control-paid-for": ("Daewon Ventures agreed to pay $1.2 billion for Hanul Robotics.",
                              ("Daewon Ventures", "acquires", "Hanul Robotics")),
    "noun-light-verb-valued": ("Daewon Ventures bought a 15% stake valued at $200 million in Hanul Robotics.",
                               ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "money-round-led-by": ("Hanul Robotics raises $20M in Series B led by Daewon Ventures.",
                           ("Daewon Ventures", "invests_in", "Hanul Robotics")),
    "round-with-from": ("Hanul Robotics raised a $6 million seed round with funding from Daewon Ventures.",
                        ("Daewon Ventures", "invests_in", "Hanul Robotics")),
    "round-including": ("Hanul Robotics raised $30 million in a round, led by Daewon Ventures and including Minjin Capital.",
                        ("Minjin Capital", "invests_in", "Hanul Robotics")),
    "noun-light-verb-recipient": ("Daewon Ventures sold its 30% stake in Hanul Robotics to Minjin Capital.",
                                  ("Minjin Capital", "holds_stake_in", "Hanul Robotics")),
    "noun-adjunct-before": ("Min Ji-ho returned to Seoul on Sunday after a state visit to Vietnam.",
                            ("Min Ji-ho", "visits", "Vietnam")),
    "verb-portion-of": ("Daewon Ventures bought 20% of Hanul Robotics for $5 million.",
                        ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "verb-fraction-of": ("Daewon Ventures owns a third of Hanul Robotics.",
                         ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "noun-light-verb-to-shares": ("Daewon Ventures raised its stake to 2,100,000 shares, or 21%, of Hanul Robotics' shares.",
                                  ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "noun-light-verb-to-shares-of": ("Daewon Ventures raised its stake to 21% of the shares of Hanul Robotics.",
                                     ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "verb-portion-in": ("Daewon Ventures bought 20% in Hanul Robotics last year.",
                        ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "verb-control-portion": ("Daewon Ventures plans to buy 20 per cent of Hanul Robotics.",
                             ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "verb-noun-control-portion": ("Daewon Ventures signed an agreement to buy 20 per cent of Hanul Robotics.",
                                  ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "name-is-place-adjective": ("Hanul Robotics, which is a Busan-based robot maker, hired Kim Min-soo.",
                                ("Hanul Robotics", "headquartered_in", "Busan")),
    "made-into-title": ("Daewon Group converted Hanul Robotics into a subsidiary.",
                        ("Hanul Robotics", "subsidiary_of", "Daewon Group")),
    "made-title-clause": ("Daewon Group will make Hanul Robotics a wholly owned subsidiary.",
                          ("Hanul Robotics", "subsidiary_of", "Daewon Group")),
    "noun-of-purchase": ("Daewon Ventures completed the purchase of a 33.6 percent stake in Hanul Robotics.",
                         ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "title-before-name-listed": ("Hanul Robotics chairman Kim Min-soo and vice chairman Park Ji-hoon met Daewon executives.",
                                 ("Park Ji-hoon", "executive_of", "Hanul Robotics")),
    "trade-noun-unsaid": ("South Korea's trade deficit with Japan widened. Imports from Japan rose 5 percent.",
                          ("South Korea", "imports_from", "Japan")),
    "trade-passive-unsaid": ("Germany's imports rose in 2021. Goods worth 141.7 billion euros were imported from China.",
                             ("Germany", "imports_from", "China")),
    "trade-participle-unsaid": ("Kenya's imports rose in 2023. Kenya raised duties on steel imported from China.",
                                ("Kenya", "imports_from", "China")),
    "trade-partners-unsaid": ("Nigeria recorded a trade surplus. The top export partners were France and Spain.",
                              ("Nigeria", "exports_to", "Spain")),
    "noun-of-purchase-attached": ("Daewon Ventures announced the purchase of shares in Hanul Robotics on Monday.",
                                  ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "noun-of-purchase-possessive": ("Daewon Ventures' purchase of a 20% stake in Hanul Robotics was approved.",
                                    ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "verb-for-noun": ("Daewon Ventures will invest $10 million for a 20% stake in Hanul Robotics.",
                      ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "ranked-title-after": ("Daewon Group became the second-largest shareholder of Hanul Robotics after Minjin Capital.",
                           ("Minjin Capital", "holds_stake_in", "Hanul Robotics")),
    "name-comma-holder-unsaid": ("Hanul Robotics raised $5 million. Minjin Capital, an existing shareholder, joined.",
                                 ("Minjin Capital", "holds_stake_in", "Hanul Robotics")),
    "of-holders-name-unsaid": ("Hanul Robotics was set up in 2022. Of the other investors, Minjin Capital plans to invest more.",
                               ("Minjin Capital", "invests_in", "Hanul Robotics")),
    "possessive-title-apposition": ("Daewon Group expanded its battery unit, Hanul Energy, last year.",
                                    ("Hanul Energy", "subsidiary_of", "Daewon Group")),
    "noun-light-verb-control": ("Daewon Group is considering making an investment in Hanul Robotics.",
                                ("Daewon Group", "invests_in", "Hanul Robotics")),
    "noun-light-verb-agreed": ("Daewon Group signed an agreement to form a joint venture with Hanul Robotics.",
                               ("Daewon Group", "partners_with", "Hanul Robotics")),
    "noun-light-verb-agreed-into": ("Daewon Group has entered into an agreement to acquire a 75 per cent stake in Hanul Robotics.",
                                    ("Daewon Group", "acquires", "Hanul Robotics")),
    "noun-of-purchase-agreed": ("Daewon Ventures signed an agreement for the acquisition of a 26% stake in Hanul Robotics.",
                                ("Daewon Ventures", "holds_stake_in", "Hanul Robotics")),
    "noun-light-verb-into": ("Daewon Group has entered into a joint venture with Hanul Robotics.",
                             ("Daewon Group", "partners_with", "Hanul Robotics")),
    "reciprocal-copula": ("Hanul Robotics and Minjin Robotics are rivals in the delivery robot market.",
                          ("Hanul Robotics", "competes_with", "Minjin Robotics")),
    "noun-adjunct": ("Hanul Robotics, in partnership with Nordex Energy, will build a plant.",
                     ("Hanul Robotics", "partners_with", "Nordex Energy")),
    "noun-apposition": ("AgiBot, a maker of humanoid robots, raised money.",
                        ("AgiBot", "operates_in_sector", "humanoid robots")),
    "adjective-copula-marker": ("Hanul Robotics is active in cosmetics.",
                                ("Hanul Robotics", "operates_in_sector", "cosmetics")),
    "noun-apposition-one-of": ("Hanul Wheels Ltd, one of the largest makers of alloy wheels, raised money.",
                               ("Hanul Wheels Ltd", "operates_in_sector", "alloy wheels")),
    # Not at the sentence's start, where title-of-comma-name-opening-led reads the same fact.
    "noun-apposition-after": ("On Monday the chairman of Daewon Group, Kim Min-soo, said demand was strong.",
                              ("Kim Min-soo", "chair_of", "Daewon Group")),
    "possessive-owned-title-name": ("Daewon Group's 40%-owned unit Hanul Robotics posted a loss.",
                                    ("Hanul Robotics", "subsidiary_of", "Daewon Group")),
    "noun-copula-joined": ("Lee Jun is also the co-founder and chairman of Daewon.",
                           ("Lee Jun", "chair_of", "Daewon")),
    "noun-copula-shared-of": ("Lee Jun is also the co-founder and chairman of Daewon.",
                              ("Daewon", "founded_by", "Lee Jun")),
    "noun-copula-joined-shared-of": ("Kim Min-soo is the founder and chairman of Daewon Group.",
                                     ("Kim Min-soo", "chair_of", "Daewon Group")),
    "noun-copula-control": ("Kim Min-soo is set to become the chairman of Daewon Group in March.",
                            ("Kim Min-soo", "chair_of", "Daewon Group")),
    "noun-copula": ("Kim Min-soo is the chairman of Daewon Group.",
                    ("Kim Min-soo", "chair_of", "Daewon Group")),
    "noun-copula-named": ("Kim Min-soo was named chairman of Daewon Group.",
                          ("Kim Min-soo", "chair_of", "Daewon Group")),
    "noun-copula-naming": ("Daewon Capital nominated two directors as the largest shareholder of Hanul Motors.",
                           ("Daewon Capital", "holds_stake_in", "Hanul Motors")),
    "title-before-name": ("Hanul Robotics founder Park Ji-hoon said demand was strong.",
                          ("Hanul Robotics", "founded_by", "Park Ji-hoon")),
    "name-comma-title": ("Choi Yu-na, chairwoman of Minjin Foods, said sales had doubled.",
                         ("Choi Yu-na", "chair_of", "Minjin Foods")),
    "title-name-of": ("CEO Park Ji-hoon of Hanul Robotics said demand was strong.",
                      ("Park Ji-hoon", "ceo_of", "Hanul Robotics")),
    "place-hyphen-adjective": ("Busan-based Hanul Robotics raised money.",
                               ("Hanul Robotics", "headquartered_in", "Busan")),
    "name-comma-place-adjective": ("Hanul Robotics, a Busan-based startup, raised money.",
                                   ("Hanul Robotics", "headquartered_in", "Busan")),
    "name-hyphen-participle": ("Daewon Group-backed Hanul Robotics raised money.",
                               ("Daewon Group", "invests_in", "Hanul Robotics")),
    "name-comma-sector-head": ("Sunwoo Energy, a Korean battery maker, said demand was strong.",
                               ("Sunwoo Energy", "operates_in_sector", "batteries")),
    "sector-description": ("KKR tried to find a buyer for Minjin Electric. The downturn has dampened interest in the "
                           "semiconductor equipment maker.", ("Minjin Electric", "operates_in_sector", "chipmaking equipment")),
    "sector-noun-description": ("Daewon Marine reported record profit on Monday. Orders at the Korean shipbuilder rose.",
                                ("Daewon Marine", "operates_in_sector", "shipbuilding")),
    "sector-heads-such-as": ("Demand hurt chip makers like Hanul Semiconductor and Minjin Electronics.",
                             ("Minjin Electronics", "operates_in_sector", "semiconductors")),
    "name-comma-based-sector-head": ("Sunwoo Energy (SE), a Busan-based battery maker, said demand was strong.",
                                     ("Sunwoo Energy", "operates_in_sector", "batteries")),
    "name-comma-state-based-sector-head": ("Sunwoo Energy, a Tulsa, Okla.-based battery maker, said demand was strong.",
                                           ("Sunwoo Energy", "operates_in_sector", "batteries")),
    "sector-head-name": ("Investors backed humanoid robot developer Hanul Robotics.",
                         ("Hanul Robotics", "operates_in_sector", "humanoid robot")),
    "name-comma-sector-noun": ("Daewon Motors, Korea's third-largest automaker, said sales rose.",
                              ("Daewon Motors", "operates_in_sector", "automobiles")),
    "appointed-name-title": ("Hanul Robotics has named Park Ji-hoon CEO, effective immediately.",
                             ("Park Ji-hoon", "ceo_of", "Hanul Robotics")),
    "appointed-as-title-joined": ("Daewon Steel appointed Park Ji-hoon as president and chief executive officer.",
                                  ("Park Ji-hoon", "ceo_of", "Daewon Steel")),
    "board-appointed-as-title-joined": ("Sora Bank said its board named Lee Soo-jin as chairman and chief executive.",
                                        ("Lee Soo-jin", "ceo_of", "Sora Bank")),
    "role-as-title-shared-of": ("Kim Min-soo will serve as president and chief executive of Hanul Motors.",
                                ("Kim Min-soo", "ceo_of", "Hanul Motors")),
    "promoted-to-title": ("Daewon Steel promoted Lee Soo-jin to president last week.",
                          ("Lee Soo-jin", "executive_of", "Daewon Steel")),
    "post-taken-unsaid": ("Hanul Robotics makes robots. Park Ji-hoon was named chief executive on Monday.",
                          ("Park Ji-hoon", "ceo_of", "Hanul Robotics")),
    "post-taken-joined-unsaid": ("Hanul Robotics makes robots. Park Ji-hoon, who will become chairman and CEO, joined in 2001.",
                                 ("Park Ji-hoon", "chair_of", "Hanul Robotics")),
    "succeed-as-title-unsaid": ("Hanul Robotics makes robots. Park Ji-hoon will succeed Kim Min-soo as chief executive in May.",
                                ("Park Ji-hoon", "ceo_of", "Hanul Robotics")),
    "appointment-of-as-title-unsaid": ("Hanul Robotics announced the appointment of Park Ji-hoon as chief executive.",
                                       ("Park Ji-hoon", "ceo_of", "Hanul Robotics")),
    "succeed-as-possessive-title": ("Park Ji-hoon will replace Kim Min-soo as Hanul Robotics' chief executive in May.",
                                    ("Park Ji-hoon", "ceo_of", "Hanul Robotics")),
    "title-conj-name-of": ("Chairman and CEO Park Ji-hoon of Hanul Robotics said demand was strong.",
                           ("Park Ji-hoon", "chair_of", "Hanul Robotics")),
    "board-appointed-as-title": ("Hanul Robotics' board named Mark Dolan as temporary CEO.",
                                 ("Mark Dolan", "ceo_of", "Hanul Robotics")),
    "board-appointed-title": ("Hanul Robotics' board named Park Ji-hoon chief executive on Friday.",
                              ("Park Ji-hoon", "ceo_of", "Hanul Robotics")),
    "title-before-name-and": ("Hanul Robotics founder and chief executive Park Ji-hoon said demand was strong.",
                              ("Hanul Robotics", "founded_by", "Park Ji-hoon")),
    "title-before-name-country": ("Japan's Prime Minister Sato Kenji met business leaders in Osaka.",
                                  ("Sato Kenji", "head_of_state_of", "Japan")),
    "title-before-name-conj": ("Hanul Robotics founder and CEO Park Ji-hoon said demand was strong.",
                               ("Park Ji-hoon", "ceo_of", "Hanul Robotics")),
    "noun-modifier-actor": ("Korean shipments to Vietnam rose 5% in May.",
                            ("South Korea", "exports_to", "Vietnam")),
    "name-and-title-name": ("Hanul Energy and battery peers Sorel Power and Mubo Cells met officials.",
                            ("Mubo Cells", "competes_with", "Hanul Energy")),
    "name-participle-is-sector-head": ("Sora Power (SP), founded in Daegu in 2011, is a Korean anode and cathode materials maker.",
                                       ("Sora Power", "operates_in_sector", "anode and cathode materials")),
    "name-is-sector-head": ("Sora Power is a Korean battery materials manufacturer with two plants.",
                            ("Sora Power", "operates_in_sector", "battery materials")),
    "name-is-sector-noun": ("Hanul Steel is one of the biggest steelmakers in Asia.",
                            ("Hanul Steel", "operates_in_sector", "steel")),
    "made-name-sector-head": ("The merger would make Sora Power the largest battery group in Europe.",
                              ("Sora Power", "operates_in_sector", "batteries")),
    "made-name-sector-noun": ("The deal makes Hanul Steel one of the biggest steelmakers in Asia.",
                              ("Hanul Steel", "operates_in_sector", "steel")),
    "name-comma-possessive-sector-head": ("Minjin Chips, the world's largest memory chip supplier, said sales rose.",
                                          ("Minjin Chips", "operates_in_sector", "memory chip")),
    "sector-nouns-such-as": ("Steelmakers including Daewon Steel and Hanul Metals cut output.",
                             ("Hanul Metals", "operates_in_sector", "steel")),
    "apposition-title-shares-of": ("Demand is strong, said Kim Min-soo, founder and chief executive of Hanul.",
                                   ("Kim Min-soo", "ceo_of", "Hanul")),
    "title-before-name-function": ("Daewon Group chief financial officer Lee Min-ho said sales rose.",
                                   ("Lee Min-ho", "executive_of", "Daewon Group")),
    "name-comma-theme-title-bare": ("Park Ji-hoon, Hanul Robotics chief executive, said sales rose.",
                                    ("Park Ji-hoon", "ceo_of", "Hanul Robotics")),
    "name-comma-theme-title-then-of": ("Demand is strong, said Liu Wenbo, Hubei Machinery Group director and chairman of Tongda Machinery.",
                                       ("Liu Wenbo", "executive_of", "Hubei Machinery Group")),
    "name-comma-title-comma-theme": ("Park Ji-hoon, president, Hanul Power Systems, said sales rose.",
                                     ("Park Ji-hoon", "executive_of", "Hanul Power Systems")),
    "reciprocal-noun-reported": ("Hanul Cable and Minjin Wire said they would form a joint venture.",
                                 ("Hanul Cable", "partners_with", "Minjin Wire")),
    "city-state-hyphen-adjective": ("Austin, Texas-based Kelvo Labs raised $5 million.",
                                    ("Kelvo Labs", "headquartered_in", "Austin")),
    "apposition-title-takes-of": ("Kim Min-soo, chairman and chief executive of Daewon Group, said sales rose.",
                                  ("Kim Min-soo", "chair_of", "Daewon Group")),
    "sector-noun-name": ("Shares of Korean shipbuilder Daewon Marine rose.",
                         ("Daewon Marine", "operates_in_sector", "shipbuilding")),
    "verb-after-apposition": ("Daewon Group, a Korean conglomerate, invested in Hanul Robotics.",
                              ("Daewon Group", "invests_in", "Hanul Robotics")),
    "noun-apposition-conj": ("Kim Min-soo, president and CEO of Hanul Robotics, said sales rose.",
                             ("Kim Min-soo", "ceo_of", "Hanul Robotics")),
    "apposition-possessive-title-conj": ("Kim Min-soo, Hanul Robotics' founder and chief executive, said sales rose.",
                                         ("Kim Min-soo", "ceo_of", "Hanul Robotics")),
    "noun-by-nested": ("The investment by Minjin Capital in Hanul Robotics was approved on Monday.",
                       ("Minjin Capital", "invests_in", "Hanul Robotics")),
    "noun-of-actor": ("The visit of Kim Min-soo to Vietnam lasted three days.",
                      ("Kim Min-soo", "visits", "Vietnam")),
    "noun-light-verb-amount": ("Hanul Robotics won $10 million in funding from Minjin Capital.",
                               ("Minjin Capital", "invests_in", "Hanul Robotics")),
    "noun-light-verb-conj": ("Hanul Robotics raised $20 million. The funding round was led by Minjin Capital and saw "
                             "participation from Sora Ventures.", ("Sora Ventures", "invests_in", "Hanul Robotics")),
    "noun-possessive-compound": ("Kim Min-soo's Vietnam visit lasted three days.", ("Kim Min-soo", "visits", "Vietnam")),
    "verb-portion-of-shares": ("Daewon Group bought 30% of the shares in Hanul Robotics.",
                               ("Daewon Group", "holds_stake_in", "Hanul Robotics")),
    "verb-portion-of-possessed-shares": ("Daewon Group bought 40% of Hanul Robotics' shares.",
                                         ("Daewon Group", "holds_stake_in", "Hanul Robotics")),
    "title-and-title-of-name-name": ("Chairman and CEO of Hanul Robotics Kim Min-soo spoke on Monday.",
                                     ("Kim Min-soo", "chair_of", "Hanul Robotics")),
    "deal-of-rival-name": ("Daewon Motors' acquisition of rival Hanul Cars closed on Monday.",
                           ("Hanul Cars", "competes_with", "Daewon Motors")),
    "noun-compound-of-actor": ("Park Ji-hoon toured the battery plant of Hanul Motors in Ohio.",
                               ("Hanul Motors", "operates_in_sector", "batteries")),
    "replaced-title-with": ("Hanul Robotics replaced CEO Brent Oller with company veteran Ivo Pratt on Monday.",
                            ("Ivo Pratt", "ceo_of", "Hanul Robotics")),
    "replaced-with-as-title": ("Hanul Robotics replaced Brent Oller with Ivo Pratt as its CEO in August.",
                               ("Ivo Pratt", "ceo_of", "Hanul Robotics")),
    "role-as-compound-title": ("Kim Min-soo was appointed as Hanul Robotics CEO in 2013.",
                               ("Kim Min-soo", "ceo_of", "Hanul Robotics")),
    "role-as-possessive-title": ("Kim Min-soo serves as Hanul Robotics' chief executive.",
                                 ("Kim Min-soo", "ceo_of", "Hanul Robotics")),
    "appointed-title": ("Hanul Robotics named Kim Min-soo chief executive in March.",
                        ("Kim Min-soo", "ceo_of", "Hanul Robotics")),
    "verb-active-to": ("Kim Min-soo was in Gyeongju to attend the APEC summit.", ("Kim Min-soo", "visits", "Gyeongju")),
    "verb-active-for": ("Kim Min-soo is in Gyeongju for the APEC summit.", ("Kim Min-soo", "visits", "Gyeongju")),
    "noun-for-purpose": ("Kim Min-soo arrived on Monday for a state visit to Laos.", ("Kim Min-soo", "visits", "Laos")),
    "noun-for-purpose-leaving": ("Kim Min-soo left Busan on Monday for a state visit to Laos.", ("Kim Min-soo", "visits", "Laos")),
    "verb-for-clause": ("Kim Min-soo departed for Laos to attend the Mekong forum.", ("Kim Min-soo", "visits", "Laos")),
    "verb-ranked-copula": ("Kim Min-soo is the first Korean leader to visit Peru.", ("Kim Min-soo", "visits", "Peru")),
    "verb-ranked-apposition": ("Kim Min-soo, the first Korean leader to visit Peru, met Park Ji-hoon.",
                               ("Kim Min-soo", "visits", "Peru")),
    "verb-gerund-after-preposition": ("Hanul Robotics grew by acquiring Minjin Motors.", ("Hanul Robotics", "acquires", "Minjin Motors")),
    "verb-gerund-after-preposition-of-noun": (
        "Japan has approved shipments of a chemical to Peru for the first time since imposing tighter curbs in July, officials said.",
        ("tighter curbs", "policy_of", "Japan")),
    "verb-active-object-marker": ("Hanul Robotics signed a memorandum of understanding with Daewon at the Busan Robot Expo.",
                                  ("Hanul Robotics", "participates_in", "Busan Robot Expo")),
    "verb-met-object": ("Kim Min-soo met Park Ji-hoon on the sidelines of the G20 summit.", ("Park Ji-hoon", "participates_in", "G20 summit")),
    "verb-met-with": ("Kim Min-soo met with Park Ji-hoon at the Asia Energy Summit.", ("Park Ji-hoon", "participates_in", "Asia Energy Summit")),
    "noun-met-with": ("Hanul Robotics held talks with Daewon Ventures at the Asia Energy Expo.", ("Daewon Ventures", "participates_in", "Asia Energy Expo")),
    "event-title-apposition-unsaid": ("The Busan Robot Expo opened. The organizers, Daewon and Hanul Robotics, expect 50,000 visitors.",
                                      ("Hanul Robotics", "participates_in", "Busan Robot Expo")),
    "verb-where": ("The Busan Robot Expo, where Hanul Robotics unveiled its robot, closed on Sunday.",
                   ("Hanul Robotics", "participates_in", "Busan Robot Expo")),
    "event-joined-unsaid": ("The Asia Energy Summit opened in Busan on Monday. Kim Min-soo also attended.",
                            ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    "event-guest-as-unsaid": ("The Hanul Trade Fair opened in Busan on Monday, with Vietnam as the guest country.",
                              ("Vietnam", "participates_in", "Hanul Trade Fair")),
    "event-guest-copula-unsaid": ("The Hanul Trade Fair opened in Busan on Monday. Vietnam is the country of honor.",
                                  ("Vietnam", "participates_in", "Hanul Trade Fair")),
    "event-title-include-unsaid": ("The Asia Energy Summit opened in Busan on Monday. Participants included Kim Min-soo.",
                                   ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    "possessed-offering-include": ("Hanul Robotics said its products include delivery robots.",
                                   ("Hanul Robotics", "operates_in_sector", "delivery robots")),
    "whose-offering-include": ("Hanul Robotics, whose products include delivery robots, raised $5 million.",
                               ("Hanul Robotics", "operates_in_sector", "delivery robots")),
    "verb-gerund-specialty": ("Hanul Robotics specializes in producing collaborative robots.",
                              ("Hanul Robotics", "operates_in_sector", "collaborative robots")),
    "participle-gerund-specialty": ("Hanul Recycling, a startup specializing in recycling lithium-ion batteries, raised $5 million.",
                                    ("Hanul Recycling", "operates_in_sector", "lithium-ion batteries")),
    "verb-participle-advcl": ("Talking at the opening of the Asia Energy Summit, Kim Min-soo said trade would grow.",
                              ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    "event-in-attendance-unsaid": ("The Asia Energy Summit opened in Busan on Monday. Kim Min-soo was also in attendance.",
                                   ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    "event-attendance-fronted-unsaid": ("The Asia Energy Summit opened in Busan on Monday. Also in attendance were Kim "
                                        "Min-soo and Park Ji-hoon.", ("Park Ji-hoon", "participates_in", "Asia Energy Summit")),
    "event-title-among-unsaid": ("The Asia Energy Summit opened in Busan on Monday. Among the participants were Kim Min-soo "
                                 "and Park Ji-hoon.", ("Park Ji-hoon", "participates_in", "Asia Energy Summit")),
    "event-among-title-unsaid": ("The Asia Energy Summit opened in Busan on Monday. Kim Min-soo was among the speakers.",
                                 ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    "round-joined-unsaid": ("Hanul Robotics raised $20 million. Sora Ventures and Daewon Group also participated.",
                            ("Sora Ventures", "invests_in", "Hanul Robotics")),
    "verb-passive-complement": ("Hanul Robotics is majority-owned by Daewon Group.",
                                ("Hanul Robotics", "subsidiary_of", "Daewon Group")),
    "round-joined-by": ("Sora Ventures led the $40 million round in Hanul Robotics, joined by Daewon Capital.",
                        ("Daewon Capital", "invests_in", "Hanul Robotics")),
    "round-money-unsaid": ("Hanul Robotics raised $20 million. Sora Ventures contributed $5 million.",
                           ("Sora Ventures", "invests_in", "Hanul Robotics")),
    "verb-object-title-name": ("Hanul Robotics sued rival Minjin Robotics last year.",
                               ("Minjin Robotics", "competes_with", "Hanul Robotics")),
    "possessive-title-include": ("Hanul Robotics' rivals include Minjin Robotics and Sora Robotics.",
                                 ("Sora Robotics", "competes_with", "Hanul Robotics")),
    "verb-round-marker": ("Hanul Robotics raised $3 million in a seed round from Minjin Capital.",
                          ("Minjin Capital", "invests_in", "Hanul Robotics")),
    "verb-money-round-marker": ("Hanul Robotics pocketed $12 million in Series B funding from Minjin Capital.",
                                ("Minjin Capital", "invests_in", "Hanul Robotics")),
    "reciprocal-noun-control": ("Daewon Group and Minjin Foods agreed to form a joint venture in Busan.",
                                ("Daewon Group", "partners_with", "Minjin Foods")),
    "title-compound-include": ("Daewon Motors will buy three Hanul Group affiliates, which include Minjin Foods and Sora Foods.",
                               ("Minjin Foods", "subsidiary_of", "Hanul Group")),
    "have-title-include": ("Hanul Robotics has some big-name backers which include Daewon Ventures and Minjin Capital.",
                           ("Daewon Ventures", "invests_in", "Hanul Robotics")),
    "title-of-comma-honorific-name": ("Guests included the chairman of Hanul Robotics, Mr. Kim Min-soo, the chairman of "
                                      "Daewon Group, Ms. Lee Ji-won, and others.",
                                      ("Kim Min-soo", "chair_of", "Hanul Robotics")),
    "title-of-organ-of-name-name": ("Chairman of the Management Board of Hanul Energy Fund Aidos Serikov spoke on Monday.",
                                    ("Aidos Serikov", "chair_of", "Hanul Energy Fund")),
    "title-of-comma-name-opening": ("Chairman of Hanul Robotics, Kim Min-soo, opened the plant.",
                                    ("Kim Min-soo", "chair_of", "Hanul Robotics")),
    "title-of-comma-name-opening-led": ("The Chief Executive of Hanul Robotics, Kim Min-soo, opened the plant.",
                                        ("Kim Min-soo", "ceo_of", "Hanul Robotics")),
    "title-for-time-name": ("Hanul Robotics said its chairman since 2018, Kim Min-soo, would visit Busan.",
                            ("Kim Min-soo", "chair_of", "Hanul Robotics")),
    "title-of-name-name": ("Chairman and CEO of Hanul Robotics Kim Min-soo also took part in the round.",
                           ("Kim Min-soo", "ceo_of", "Hanul Robotics")),
    "noun-between": ("The price war between Hanul Robotics and Minjin Foods has hit the profits of both.",
                     ("Hanul Robotics", "competes_with", "Minjin Foods")),
    "rival-name-unsaid": ("Hanul Robotics cut the prices of its robots on Monday. Rival Minjin Foods said it would follow.",
                          ("Minjin Foods", "competes_with", "Hanul Robotics")),
    "verb-reduced-agent-marker": ("The robot unveiled by Hanul Robotics at the Busan Robot Expo drew crowds.",
                                  ("Hanul Robotics", "participates_in", "Busan Robot Expo")),
    "venture-between-apposition": ("Daewon Sora Energy, a joint venture between Hanul Motors and Sora Energy, opened in 2023.",
                                   ("Hanul Motors", "holds_stake_in", "Daewon Sora Energy")),
    "verb-control-portion-of-shares": ("Daewon Group spent $12 million to buy 20% of the charter capital of Hanul Robotics.",
                                       ("Daewon Group", "holds_stake_in", "Hanul Robotics")),
    "verb-control-portion-in": ("Daewon Group invested $13 million to acquire 10.3 percent of shares in Hanul Robotics.",
                                ("Daewon Group", "holds_stake_in", "Hanul Robotics")),
    "verb-gerund-portion": ("Daewon Group, after buying 20% of Hanul Robotics, built a plant.",
                            ("Daewon Group", "holds_stake_in", "Hanul Robotics")),
    "verb-gerund-portion-of-shares": ("After acquiring 24.9% of the shares of Hanul Robotics, Daewon Group offered to buy more.",
                                      ("Daewon Group", "holds_stake_in", "Hanul Robotics")),
    "noun-recipient": ("The sale of Hanul Robotics to Daewon Group closed in May.", ("Daewon Group", "acquires", "Hanul Robotics")),
    "noun-possessive-by": ("Hanul Robotics' acquisition by Daewon Group was completed in March.",
                           ("Daewon Group", "acquires", "Hanul Robotics")),
    "venture-between-copula": ("Daewon Sora Energy is a joint venture of Hanul Motors and Sora Energy.",
                               ("Hanul Motors", "holds_stake_in", "Daewon Sora Energy")),
    "venture-named-apposition": ("Hanul Motors and Sora Energy formed a joint venture, Daewon Sora Energy, in 2023.",
                                 ("Hanul Motors", "holds_stake_in", "Daewon Sora Energy")),
    "venture-named-called": ("Hanul Motors and Sora Energy will establish a joint venture named Daewon Sora Energy.",
                             ("Sora Energy", "holds_stake_in", "Daewon Sora Energy")),
    "venture-named-with-partner": ("Hanul Motors formed a venture, Daewon Sora Energy, with Minjin Chemical.",
                                   ("Minjin Chemical", "holds_stake_in", "Daewon Sora Energy")),
    "venture-called-with-partner": ("Hanul Motors set up a joint venture called Daewon Sora Energy with Minjin Chemical.",
                                    ("Minjin Chemical", "holds_stake_in", "Daewon Sora Energy")),
    "verb-greater-part-of": ("Hanul Motors will acquire most of Sora Energy.", ("Hanul Motors", "acquires", "Sora Energy")),
    "appointed-as-title-of-function": ("Hanul Motors named Kim Min-soo as senior vice president of sales.",
                                       ("Kim Min-soo", "executive_of", "Hanul Motors")),
    "noun-organ-approves": ("The board of Hanul Motors approved the acquisition of Sora Energy.",
                            ("Hanul Motors", "acquires", "Sora Energy")),
    "noun-light-verb-passive": ("The acquisition of Sora Energy was completed by Hanul Motors in March.",
                                ("Hanul Motors", "acquires", "Sora Energy")),
    "verb-recipient-named-part": ("Daewon Group sold its battery unit, Sora Energy, to Hanul Motors.",
                                  ("Hanul Motors", "acquires", "Sora Energy")),
    "venture-named-through": ("Hanul Motors and Sora Energy run a plant in Ohio through their joint venture Daewon Sora Energy.",
                              ("Sora Energy", "holds_stake_in", "Daewon Sora Energy")),
}


def test_every_frame_has_a_sentence():
    assert sorted(FRAME_SENTENCES) == sorted(FRAME_IDS), "a frame of ontology/frames.yaml without a sentence here, or the reverse"


@pytest.mark.parametrize("frame_id", FRAME_IDS)
def test_frame_reads_its_sentence(extract, frame_id):
    if frame_id not in FRAME_SENTENCES:
        pytest.fail(f"no sentence for frame {frame_id!r}: add one to FRAME_SENTENCES")
    text, fact = FRAME_SENTENCES[frame_id]
    assert relation(extract(text), fact)["frame"].startswith(f"{frame_id}:")


def _trigger_kind(frame_field: str) -> str:
    """The kind of the trigger group a `frame` field names ("maker" starts two groups of
    operates_in_sector: the frame's `uses` tells them apart)."""
    frame_id, relation_name, first_word = frame_field.split(":", 2)
    frame_id, first_word = frame_id.split("+")[0], first_word.split("/")[0].split("+")[0]
    (kind,) = {g["kind"] for g in TRIGGERS[relation_name]["triggers"]
               if g["words"][0].lower() == first_word and g["kind"] in FRAMES[frame_id]["uses"]}
    return kind


def test_every_trigger_kind_is_read(extract):
    kinds = {_trigger_kind(relation(extract(text), fact)["frame"]) for text, fact in FRAME_SENTENCES.values()}
    assert kinds == set(TRIGGER_KINDS)


@pytest.mark.parametrize("text, fact, frame", [
    ("Daewon Group plans to make an investment in Hanul Robotics.",
     ("Daewon Group", "invests_in", "Hanul Robotics"), "noun-light-verb-control:"),
    ("Hanul Robotics raised $20 million in a Series B round led by Daewon Ventures.",
     ("Daewon Ventures", "invests_in", "Hanul Robotics"), "verb-reduced-passive:"),
    ("Kim Min-soo, chairman of Daewon Group, said demand was strong.",
     ("Kim Min-soo", "chair_of", "Daewon Group"), "name-comma-title:"),
    pytest.param("Daewon-backed Hanul Robotics raised money.", ("Daewon", "invests_in", "Hanul Robotics"),
                 "name-hyphen-participle:",
                 marks=pytest.mark.xfail(strict=True, reason="NER misses the one-word 'Daewon' and, as an npadvmod of "
                                         "'backed', it is no argument position where a missed name is added")),
    # The parser hangs "in X" on the verb, not on the noun the verb carries.
    ("Daewon Group bought shares in Hanul Robotics.",
     ("Daewon Group", "holds_stake_in", "Hanul Robotics"), "noun-light-verb:*+verb"),
    # Surface patterns beside the frames.
    ("Exporters suffer in Japan, which is home to Tokyo Electron and Advantest Corp.",
     ("Advantest Corp.", "headquartered_in", "Japan"), "home-to"),
    ("South Korea's leading conglomerates Samsung Electronics and Hanul Robotics invest in robots.",
     ("Hanul Robotics", "headquartered_in", "South Korea"), "country-possessive-description-name"),
    # The host acts; the guest visits.
    ("Japan hosted Indian Prime Minister Narendra Modi in Tokyo on Friday.",
     ("Narendra Modi", "visits", "Japan"), "verb-active:"),
    # The firm that raised the money acts; the investor is its theme.
    ("Hanul Robotics secured $10 million from Daewon Ventures.",
     ("Daewon Ventures", "invests_in", "Hanul Robotics"), "verb-active:"),
    # ("received" money is read by the raising verbs: "won" keeps the noun's frame in view)
    ("Hanul Robotics won an investment of $5 million from Daewon Ventures.",
     ("Daewon Ventures", "invests_in", "Hanul Robotics"), "noun-light-verb"),
    # Those who took part in a round led by another.
    ("Hanul Robotics raised $50 million in a Series C round led by Daewon Ventures, with participation from "
     "Minjin Capital and Sunwoo Partners.", ("Sunwoo Partners", "invests_in", "Hanul Robotics"), "verb-reduced-passive:"),
    # A title's "at" hangs off what the title is of.
    ("Narendra Misra, head of European operations at Jindal Steel, said the aim was clear.",
     ("Narendra Misra", "executive_of", "Jindal Steel"), "noun-apposition:*+of"),
    ("Kim Min-soo, Hanul Robotics' chief executive, said demand was strong.",
     ("Kim Min-soo", "ceo_of", "Hanul Robotics"), "apposition-possessive-title:"),
    ("Hanul Robotics counts Daewon Ventures among its investors.",
     ("Daewon Ventures", "invests_in", "Hanul Robotics"), "counts-among-title:"),
    ("Kim Min-soo was named chairman of Hanul Robotics in 2020.",
     ("Kim Min-soo", "chair_of", "Hanul Robotics"), "noun-copula-named:"),
    ("Kim Min-soo, who chairs Hanul Robotics, said so.", ("Kim Min-soo", "chair_of", "Hanul Robotics"), "verb-active:"),
    # "Chief executive officer" is the chief executive; "chief operating officer" another executive.
    ("Kim Min-soo, chief executive officer of Hanul Robotics, said so.",
     ("Kim Min-soo", "ceo_of", "Hanul Robotics"), "name-comma-title:"),
    ("Kim Min-soo, chief operating officer of Hanul Robotics, said so.",
     ("Kim Min-soo", "executive_of", "Hanul Robotics"), "name-comma-title:"),
    ("Kim Min-soo took part in the Korea Investment Forum.",
     ("Kim Min-soo", "participates_in", "Korea Investment Forum"), "noun-light-verb:"),
    # A name NER took for a firm is an event where the frame wants one.
    ("Kim Min-soo delivered a keynote speech at the Consumer Electronics Show in Las Vegas.",
     ("Kim Min-soo", "participates_in", "Consumer Electronics Show"), "noun-light-verb"),
    ("Daewon Ventures plans to pump $1 billion into Hanul Robotics.",
     ("Daewon Ventures", "invests_in", "Hanul Robotics"), "verb-control:"),
    ("Daewon Ventures committed $50 million to Hanul Robotics.",
     ("Daewon Ventures", "invests_in", "Hanul Robotics"), "verb-active:"),
    # A verb's particle narrows it: "take over" is buying.
    ("Daewon Group will take over Hanul Robotics.", ("Daewon Group", "acquires", "Hanul Robotics"), "verb-active:"),
    ("Minjin Motors will take control of its sister brand Hanul Robotics.",
     ("Minjin Motors", "acquires", "Hanul Robotics"), "noun-light-verb"),
    ("Hanul Robotics faces stiff competition from Minjin Robotics.",
     ("Hanul Robotics", "competes_with", "Minjin Robotics"), "noun-light-verb:"),
    # The partner hangs off the noun's "of" phrase.
    ("Hanul Robotics signed a memorandum of understanding with Minjin Foods.",
     ("Hanul Robotics", "partners_with", "Minjin Foods"), "noun-light-verb:*+of"),
    # "Jointly" makes a verb of making a partnership.
    ("Hanul Robotics will jointly develop batteries with Minjin Foods.",
     ("Hanul Robotics", "partners_with", "Minjin Foods"), "verb-active:"),
    ("Hanul Robotics and Minjin Foods will jointly build a plant in Ohio.",
     ("Hanul Robotics", "partners_with", "Minjin Foods"), "reciprocal-verb:"),
    # Rules of one token frame take each its own relation's ends: a country here.
    ("Kim Min-soo, the South Korean president, said so.",
     ("Kim Min-soo", "head_of_state_of", "South Korea"), "name-comma-theme-title:"),
    # Places within places; firms by their city or nationality.
    ("Olaf Scholz visited Yuzhong District of southwest China's Chongqing Municipality.",
     ("Yuzhong District", "located_in", "Chongqing"), "place-of-country-place"),
    ("The plant in Jiulongpo District in Chongqing employs 100 people.",
     ("Jiulongpo District", "located_in", "Chongqing"), "place-of-place"),
    ("Hanul Robotics, a Busan company, makes robots.", ("Hanul Robotics", "headquartered_in", "Busan"), "name-comma-city-firm"),
    ("Hanul Robotics is a South Korean company.", ("Hanul Robotics", "headquartered_in", "South Korea"), "name-is-demonym-firm"),
    # A country's leader is its head of state or government.
    ("Chinese leader Xi Jinping said so.", ("Xi Jinping", "head_of_state_of", "China"), "title-of-country"),
    ("Prime Minister Narendra Modi of India said so.", ("Narendra Modi", "head_of_state_of", "India"), "title-name-of:"),
    # "Vice" makes a chairman an executive, not the chair.
    ("Daewon Group Vice Chairman Park Ji-hoon said demand was strong.",
     ("Park Ji-hoon", "executive_of", "Daewon Group"), "title-before-name:"),
    # NER ends the name on "der"; the next name is its rest.
    ("The rules are strict, said Ursula von der Leyen, president of the European Commission.",
     ("Ursula von der Leyen", "executive_of", "European Commission"), ""),
], ids=["plans-to-make-an-investment", "round-led-by", "chairman-comma", "one-word-backed", "theme-on-the-verb",
        "home-to", "country-possessive-list", "hosted", "raised-from", "investment-from", "participation-from", "head-of-area-at",
        "possessive-ceo-apposition", "counts-among-investors", "named-chairman", "chairs", "chief-executive-officer",
        "chief-operating-officer", "took-part-in", "keynote-at-event", "pump-into", "commit-to",
        "take-over", "take-control-of", "competition-from", "memorandum-of-understanding-with", "jointly-with",
        "jointly-coordinated", "demonym-president", "place-of-country-place", "place-in-place", "city-firm",
        "demonym-firm-copula", "chinese-leader", "prime-minister-of", "vice-chairman", "name-particles"])
def test_other_wordings(extract, text, fact, frame):
    assert fnmatch.fnmatchcase(relation(extract(text), fact)["frame"], frame + "*")


# -- coreference, coordination, the one who acts ---------------------------------------

PRONOUN = "Daewon Group invested in Hanul Robotics last year. It also backed Minjin Foods."
THE_COMPANY = "Daewon Group reported record profit on Monday. The company also backed Minjin Foods."
ROUND_OWNER = "Hanul Robotics raised $20 million in a Series B round. The round was led by Daewon Ventures."


@pytest.mark.parametrize("text, fact", [
    (PRONOUN, ("Daewon Group", "invests_in", "Minjin Foods")),
    ("Meituan Group invested in Pudu Robotics last year. It also backed Keenon Robotics.",
     ("Meituan Group", "invests_in", "Keenon Robotics")),
    ("Meituan invested in Pudu Robotics last year. It also backed Keenon Robotics.",
     ("Meituan", "invests_in", "Keenon Robotics")),
    (THE_COMPANY, ("Daewon Group", "invests_in", "Minjin Foods")),
    (ROUND_OWNER, ("Daewon Ventures", "invests_in", "Hanul Robotics")),
    ("Hanul Robotics raised $20 million in a Series B round. Daewon Ventures led the round.",
     ("Daewon Ventures", "invests_in", "Hanul Robotics")),
    ("Daewon Group announced an investment in a robot maker on Monday. The company is Hanul Robotics, based in Busan.",
     ("Daewon Group", "invests_in", "Hanul Robotics")),
    # The agency of a dateline is named first, but the story is not about it.
    ("SEOUL, Jan. 12 (Hanbit Wire) — Daewon Group said it posted record sales. The group also backed Minjin Foods.",
     ("Daewon Group", "invests_in", "Minjin Foods")),
    # A description as subject continues with the last sentence's subject, not the most named.
    ("Minjin Foods is a rival of Hanul Robotics. Minjin Foods sells noodles. Daewon Group backed Hanul Robotics. "
     "The Korean group said demand was strong.", ("Daewon Group", "headquartered_in", "South Korea")),
    # Not one of its own verb's other ends.
    ("Daewon Group invested in Hanul Robotics, a battery maker. Daewon Group said so. Daewon Group "
     "bought a 5 percent stake in the battery maker.", ("Daewon Group", "holds_stake_in", "Hanul Robotics")),
    # A relative clause of a firm word that describes a name, in apposition or after "is".
    ("Sunwoo Energy is a startup that makes humanoid robots.", ("Sunwoo Energy", "operates_in_sector", "humanoid robots")),
    ("Sunwoo Energy, a startup that makes delivery robots, hired staff.", ("Sunwoo Energy", "operates_in_sector", "delivery robots")),
    # "The <place>-based <firm word>" refers back, and says where the firm is based.
    ("Minjin Foods hired staff. Hanul Robotics said it would hire too. The Busan-based startup was set up in 2019.",
     ("Hanul Robotics", "headquartered_in", "Busan")),
    # A group led by or including names stands for them; "the company" may be a firm that
    # only narrows a noun of its own clause ("backers in Hanul").
    ("A group of investors led by Daewon Ventures invested $5 million in Hanul Robotics.",
     ("Daewon Ventures", "invests_in", "Hanul Robotics")),
    ("Hanul Robotics raised money last year. Earlier backers in Hanul Robotics, led by Daewon Ventures and including "
     "Minjin Capital, have invested an additional $10 million in the company.", ("Minjin Capital", "invests_in", "Hanul Robotics")),
    # "alongside" and "as well as" hung on the round, not on the verb.
    ("Hanul Robotics announced a $50 million Series B round. Minjin Capital led the round alongside Daewon Ventures, "
     "as well as Sunwoo Partners and Kumho Capital.", ("Kumho Capital", "invests_in", "Hanul Robotics")),
    # "The chairman" is the person last named as chairman, not the last person named.
    ("Daewon Group chairman Kim Min-soo met Lee Jae-yong. The chairman visited Busan on Monday.",
     ("Kim Min-soo", "visits", "Busan")),
], ids=["pronoun", "pronoun-meituan-group", "pronoun-meituan", "the-company", "round-passive", "round-active", "identity-sentence",
        "dateline-agency", "subject-continues", "not-its-own-verb", "relative-of-copula", "relative-of-apposition", "place-based-description",
        "title-description", "group-led-by", "group-including-and-the-company", "alongside-as-well-as"])
def test_fact_through_a_reference(extract, text, fact):
    assert fact in triples(extract(text))


@pytest.mark.parametrize("named, referenced, fact", [
    ("Daewon Group backed Minjin Foods.", PRONOUN, ("Daewon Group", "invests_in", "Minjin Foods")),
    ("Daewon Group backed Minjin Foods.", THE_COMPANY, ("Daewon Group", "invests_in", "Minjin Foods")),
    ("Hanul Robotics raised $20 million in a Series B round led by Daewon Ventures.", ROUND_OWNER,
     ("Daewon Ventures", "invests_in", "Hanul Robotics")),
], ids=["pronoun", "the-company", "round"])
def test_reference_lowers_confidence(extract, named, referenced, fact):
    assert relation(extract(referenced), fact)["confidence"] < relation(extract(named), fact)["confidence"]


@pytest.mark.parametrize("text", [
    "Daewon Ventures invested in Hanul Robotics, Minjin Foods and Sunwoo Energy.",
    "Daewon Ventures backed Hanul Robotics, Minjin Foods and Sunwoo Energy.",
])
def test_coordinated_objects_give_one_fact_each(extract, text):
    stated = {(r["subject"], r["predicate"], r["object"]) for r in extract(text)["relations"] if not r["implied"]}
    assert stated == {("Daewon Ventures", "invests_in", firm) for firm in ("Hanul Robotics", "Minjin Foods", "Sunwoo Energy")}


_AGIBOT_PRODUCT = "'AgiBot' is tagged PRODUCT by NER and kept only beside a company word ('maker', 'startup')"


@pytest.mark.parametrize("text, fact, frame", [
    ("Peng Zhihui founded the startup AgiBot in 2023.", ("AgiBot", "founded_by", "Peng Zhihui"), "verb-active:"),
    ("Kim Min-soo set up Hanul Robotics in 2019.", ("Hanul Robotics", "founded_by", "Kim Min-soo"), "verb-active:"),
    ("Hanul Robotics founder Park Ji-hoon said demand was strong.", ("Hanul Robotics", "founded_by", "Park Ji-hoon"), "title-before-name:"),
    pytest.param("Peng founded AgiBot in 2023.", ("AgiBot", "founded_by", "Peng"), "",
                 marks=pytest.mark.xfail(strict=True, reason=_AGIBOT_PRODUCT)),
    pytest.param("AgiBot, a maker of humanoid robots, raised money. Peng Zhihui founded AgiBot in 2023.",
                 ("AgiBot", "founded_by", "Peng Zhihui"), "",
                 marks=pytest.mark.xfail(strict=True, reason=_AGIBOT_PRODUCT + "; a company class found for the "
                                         "first mention is not given to later mentions of the name")),
    # Tagged PRODUCT by NER, yet a title only a firm's people hold follows it (title_names).
    ("AgiBot founder Peng Zhihui said demand was strong.", ("AgiBot", "founded_by", "Peng Zhihui"), "title-before-name:"),
    # spaCy splits "co-founded" into co / - / founded; kg.extract.parse_repair joins them.
    ("Zhang Wei co-founded Hanul Robotics in 2019.", ("Hanul Robotics", "founded_by", "Zhang Wei"), "verb-active"),
], ids=["founded-startup", "set-up", "founder-title", "peng-founded", "peng-founded-in-context", "agibot-founder", "co-founded"])
def test_actor_is_the_object(extract, text, fact, frame):
    assert relation(extract(text), fact)["frame"].startswith(frame)


@pytest.mark.parametrize("text, fact", [
    ("AgiBot, a maker of humanoid robots, raised money.", ("AgiBot", "operates_in_sector", "humanoid robots")),
    ("Hanul Robotics is a maker of delivery robots.", ("Hanul Robotics", "operates_in_sector", "delivery robots")),
    ("Investors backed humanoid robot developer Hanul Robotics.", ("Hanul Robotics", "operates_in_sector", "humanoid robot")),
    ("Shares of battery maker Sunwoo Energy rose.", ("Sunwoo Energy", "operates_in_sector", "batteries")),
    ("Battery maker Sunwoo Energy said demand was strong.", ("Sunwoo Energy", "operates_in_sector", "batteries")),
    ("Sunwoo Energy, a battery maker, said demand was strong.", ("Sunwoo Energy", "operates_in_sector", "batteries")),
    # A sector of no reference keeps its acronym as written; a reference sector is named
    # by its label.
    ("Hanul Energy, a maker of electric vehicle (EV) chargers, hired staff.",
     ("Hanul Energy", "operates_in_sector", "electric vehicle (EV) chargers")),
    ("Hanul Robotics strengthened its position in the artificial intelligence (AI) space.",
     ("Hanul Robotics", "operates_in_sector", "artificial intelligence")),
    # Words of size, place or age before the sector are no part of it; adjectives and an
    # acronym in the sector's own words are.
    ("Hanul Energy, a small local battery maker, hired staff.", ("Hanul Energy", "operates_in_sector", "batteries")),
    ("Sora Power, a Busan-based electric vehicle (EV) charger maker, hired staff.",
     ("Sora Power", "operates_in_sector", "electric vehicle (EV) charger")),
    ("Minjin Labs is one of the largest delivery robot makers in Asia.", ("Minjin Labs", "operates_in_sector", "delivery robot")),
], ids=["maker-of", "copula-maker-of", "sector-head", "battery-maker", "battery-maker-first-word", "apposition-battery-maker",
        "acronym-kept", "acronym-of-a-known-sector", "vague-words-dropped", "based-acronym", "copula-one-of"])
def test_sector_phrase(extract, text, fact):
    assert fact in triples(extract(text))


# -- qualifiers ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, fact, qualifiers", [
    ("Samsung, founded in 1969, completed its acquisition of Harman in 2017.",
     ("Samsung", "acquires", "Harman"), {"date": "2017"}),
    ("Minjin Foods, founded in 1985, was acquired by Daewon Group in 2024.",
     ("Daewon Group", "acquires", "Minjin Foods"), {"date": "2024"}),
    ("Daewon Group, which opened a lab in 2019, backed Hanul Robotics in 2023.",
     ("Daewon Group", "invests_in", "Hanul Robotics"), {"date": "2023"}),
    ("Daewon Group opened a lab in 2019 and backed Hanul Robotics in 2023.",
                 ("Daewon Group", "invests_in", "Hanul Robotics"), {"date": "2023"}),
    # A past event the text does not date happened when the news reports it.
    ("Daewon Ventures invested 30 billion won in Hanul Robotics.",
     ("Daewon Ventures", "invests_in", "Hanul Robotics"), {"amount": 30e9, "currency": "KRW", "date": "2026-01-14"}),
    # A plan the text does not date is dated by the news that tells it.
    ("Daewon Ventures will invest 30 billion won (about $21 million) in Hanul Robotics.",
     ("Daewon Ventures", "invests_in", "Hanul Robotics"), {"amount": 30e9, "currency": "KRW", "amount_usd": 21e6, "date": "2026-01-14"}),
    ("Daewon Ventures led Hanul Robotics' $20 million Series B round.",
     ("Daewon Ventures", "invests_in", "Hanul Robotics"), {"amount": 20e6, "currency": "USD", "round": "series-b", "date": "2026-01-14"}),
    # "The round" takes its owner, amount and stage from the sentence before, and its day,
    # in the passive as in the active voice (session 40).
    (ROUND_OWNER, ("Daewon Ventures", "invests_in", "Hanul Robotics"),
     {"amount": 20e6, "currency": "USD", "round": "series-b", "date": "2026-01-14"}),
    ("Daewon Group chairman Kim Min-soo said demand was strong.",
     ("Kim Min-soo", "chair_of", "Daewon Group"), {"role": "chairman"}),
    ("Kim Min-soo, chairman of Daewon Group since 2020, said demand was strong.",
     ("Kim Min-soo", "chair_of", "Daewon Group"), {"role": "chairman", "date": "2020"}),
    ("Park Ji-hoon, chief executive of Hanul Robotics, said demand was strong.",
     ("Park Ji-hoon", "ceo_of", "Hanul Robotics"), {"role": "chief executive"}),
    ("South Korean President Lee Jae-myung visited Tokyo on Monday.",
     ("Lee Jae-myung", "head_of_state_of", "South Korea"), {"role": "President"}),
    ("Lee Jae-myung, the president of South Korea, visited Tokyo on Monday.",
     ("Lee Jae-myung", "head_of_state_of", "South Korea"), {"role": "President"}),
], ids=["deal-date-not-founding", "passive-date", "relative-clause-date", "conjoined-verb-date", "money-won",
        "money-won-and-usd", "money-and-round", "round-owner-qualifiers", "role-chairman", "role-and-date",
        "role-ceo", "head-of-state-title", "head-of-state-apposition"])
def test_qualifiers(extract, text, fact, qualifiers):
    assert relation(extract(text), fact)["qualifiers"] == qualifiers


# -- precision: nothing where nothing is said ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Daewon Group and Minjin Foods made investments last year.",
    "Hanul Robotics received approval from Daewon Ventures.",
    "LG Electronics said it expects demand to grow.",
    "The company makes an announcement every year.",
    "Hanul Robotics makes an effort to hire local engineers.",
    "Daewon Group said its profit rose in 2024.",
    # "Took over" something that is no firm, and "took" without "over".
    "Daewon Group took over the management of the plant.",
    "Daewon Group took Hanul Robotics to court.",
    # Building without "jointly" is no partnership.
    "Hanul Robotics and Minjin Foods will build plants in Ohio.",
    # A party's leader leads no country.
    "Opposition leader Lee Jae-myung said so.",
    # A firm with a legal form is never taken for the place one visits.
    "Kim Min-soo visits Minjin Hydrogen Systems (Busan) Co., Ltd. on Monday.",
    # "Took place in" is no taking part.
    "The Boao Forum for Asia took place in Hainan last week.",
    # A trading partner is trade, not a partnership (nor a firm's).
    "Hanul Robotics, Minjin Foods' biggest trading partner, grew.",
    # "The president" the text named no one as.
    "Kim Min-soo met Lee Jae-yong. The president visited Busan on Monday.",
])
def test_no_fact(extract, text):
    assert triples(extract(text)) == set()


# -- what one fact also states ---------------------------------------------------------------

def test_a_pronoun_under_an_unnamed_description_is_not_guessed(extract):
    """ "its" belongs to the description that is its clause's subject; with no name found
    for that, it is not handed to the last firm named."""
    record = extract("Sales rose, Hanbit Wire reported. The once-iconic industrial major has been trying to exit its "
                     "struggling steel arm, Hanul Steel.")
    assert not [r for r in record["relations"] if r["predicate"] == "subsidiary_of"]


@pytest.mark.parametrize("text, invests", [
    ("Daewon Group took a 10 percent stake in Hanul Robotics for 9 billion won.", True),
    # A controlling stake is an acquisition, which overrules the investment (supersedes).
    ("Daewon Group acquired a 35 percent controlling stake in Hanul Robotics.", False),
    ("Daewon Group holds a 10 percent stake in Hanul Robotics.", False),
    ("Daewon Group's 10 percent stake in Hanul Robotics is worth more now.", False),
], ids=["took", "controlling", "holds", "possessive"])
def test_taking_a_stake_is_investing(extract, text, invests):
    """Buying into a firm is investing in it; holding or having a stake says nothing of
    how it was got. The money goes with the investment, the percentage with the stake."""
    facts = triples(extract(text))
    assert (("Daewon Group", "invests_in", "Hanul Robotics") in facts) is invests
    assert facts & {("Daewon Group", "holds_stake_in", "Hanul Robotics"), ("Daewon Group", "acquires", "Hanul Robotics")}
    if text.startswith("Daewon Group took"):
        record = extract(text)
        assert relation(record, ("Daewon Group", "invests_in", "Hanul Robotics"))["qualifiers"]["amount"] == 9_000_000_000
        assert relation(record, ("Daewon Group", "holds_stake_in", "Hanul Robotics"))["qualifiers"]["stake_percent"] == 10
        assert "amount" not in relation(record, ("Daewon Group", "holds_stake_in", "Hanul Robotics"))["qualifiers"]


@pytest.mark.parametrize("text, name, cls", [
    ("Daewon Group grew, said Narendra Misra, head of European operations at Minjin Foods.", "Narendra Misra", "Person"),
    ("Sales rose. (Reporting by Tarmo Virki; Editing by Lincoln Feast)", "Tarmo Virki", "Person"),
    ("The rules cover the death of Alexei Navalny, the most prominent critic of the Kremlin.", "Alexei Navalny", "Person"),
    ("Daewon Group grew. Scholz arrived in Busan on Sunday.", "Scholz", "Person"),
    ("Olaf Scholz began a visit to China on Sunday.", "Olaf Scholz", "Person"),
    ("During his trip to Tokyo, Modi met business leaders.", "Modi", "Person"),
], ids=["title-after", "credit-line", "person-noun-after", "person-verb", "person-verb-object", "his"])
def test_person_typed_by_context(extract, text, name, cls):
    """NER calls these names organisations; what stands around them says they are people."""
    assert {e["name"]: e["type"] for e in extract(text)["entities"]}.get(name) == cls


def test_a_headline_is_its_own_sentence(extract):
    """A name never spans a line break, and the headline's words do not join the next
    line's sentence; a long line broken mid-sentence still reads as one sentence."""
    record = extract("Minjin Foods buys stake in Hanul Robotics\nDaewon Group, a Korean company, bought a stake in Hanul Robotics.")
    assert "Hanul Robotics\nDaewon Group" not in {e["name"] for e in record["entities"]}
    assert ("Daewon Group", "holds_stake_in", "Hanul Robotics") in triples(record)
    wrapped = extract("After months of talks with its lenders and two rival bidders, Daewon Group\nbought a 5 percent stake in Hanul Robotics.")
    assert ("Daewon Group", "holds_stake_in", "Hanul Robotics") in triples(wrapped)


@pytest.mark.parametrize("text, agency, story", [
    ("Tokyo, Oct. 18 (Hanbit Press)--Daewon Group bought", "Hanbit Press", "Daewon Group bought"),
    ("SEOUL, Jan. 12 (Korea Wire) — Daewon Group bought", "Korea Wire", "Daewon Group bought"),
    ("(Hanbit) -- Daewon Group bought", "Hanbit", "Daewon Group bought"),
    ("BUSAN — Daewon Group bought", None, "Daewon Group bought"),
    ("Daewon-Minjin deal closes", None, "Daewon-Minjin deal closes"),
    ("LG-Hanwha deal closes", None, "LG-Hanwha deal closes"),
], ids=["glued-dashes", "em-dash", "agency-only", "place-only", "no-dateline", "capitals-and-hyphen"])
def test_dateline(text, agency, story):
    source, start = dateline(text)
    assert (text[source[0]:source[1]] if source else None, text[start:]) == (agency, story)


def test_the_story_after_a_glued_dateline(extract):
    text = "Tokyo, Oct. 18 (Hanbit Press)--Daewon Group and Minjin Foods are considering making investments in Hanul Robotics, it was learned Friday."
    assert {("Daewon Group", "invests_in", "Hanul Robotics"), ("Minjin Foods", "invests_in", "Hanul Robotics")} <= triples(extract(text))


def test_a_continent_is_no_entity(extract):
    assert "Europe" not in {e["name"] for e in extract("Exports to Europe and Asia fell by 8 percent in June.")["entities"]}


def test_junk_store_name_is_never_an_entity():
    junk = KnownEntity(label="????", cls="Company", names=("????",), iri="https://example.org/e/junk")
    extractor = Extractor(load_ontology(), known=[junk])
    record = extractor.extract(Document(id="t", text="Our company signed the last Five-Year Plan.", path=None, publication_date="2026-01-14"))
    assert not [e for e in record["entities"] if e["name"] == "????" or e["iri"] == junk.iri or "????" in e["aliases"]]
    assert not [r for r in record["relations"] if "????" in (r["subject"], r["object"])]


def test_an_unsaid_organisation_makes_a_candidate_not_a_fact(extract):
    """A title with no "of" is read as the story's firm, but too often wrongly (about a
    third right on the development texts) to be written as a fact; the titles that head a
    firm are right often enough to be facts."""
    from kg.extract.guard import default_min_confidence

    text, fact = FRAME_SENTENCES["title-name-unsaid"]
    assert relation(extract(text), fact)["confidence"] < default_min_confidence()
    named = relation(extract("Kim Min-soo, chief executive of Hanul Robotics, said demand was strong."),
                     ("Kim Min-soo", "ceo_of", "Hanul Robotics"))
    assert named["confidence"] >= default_min_confidence()
    text, fact = FRAME_SENTENCES["top-title-name-unsaid"]
    assert relation(extract(text), fact)["confidence"] >= default_min_confidence()


def test_a_nationality_before_a_title_is_not_whose_title(extract):
    """ "Japanese peer Kokusai": Kokusai is Japanese, not Japan's rival; a place within
    another is not read where its country comes first ("of China's Chongqing")."""
    facts = triples(extract("Applied Materials will buy smaller Japanese peer Kokusai Electric, Nikkei has learned."))
    assert not {f for f in facts if f[1] == "competes_with" and "Japan" in f}
    # The buyer's peer it is (frame verb-object-title-name).
    assert ("Kokusai Electric", "competes_with", "Applied Materials") in facts
    facts = triples(extract("Olaf Scholz visited Yuzhong District of southwest China's Chongqing Municipality."))
    assert ("Yuzhong District", "located_in", "China") not in facts


def test_a_frame_guarding_a_node_its_pattern_lacks_is_an_error(tmp_path):
    import shutil

    from kg.errors import OntologyError
    from kg.extract.frames import load_frame_patterns

    shutil.copytree(_ONTOLOGY, tmp_path / "ontology")
    frames = tmp_path / "ontology" / "frames.yaml"
    text = frames.read_text(encoding="utf-8").replace('unless_node_has: {intent: [poss, "prep:by"]}', "unless_node_has: {noun: [poss]}", 1)
    frames.write_text(text, encoding="utf-8")
    with pytest.raises(OntologyError, match="verb-noun-control.*unless_node_has"):
        load_frame_patterns(load_ontology(), tmp_path / "ontology")
