"""What the analyses read of kg.ttl: investment and ownership relations, the stake, the deal
keys, the relation that tells entities apart; each checked at load, naming the broken term.
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pytest

from kg.analysis.investments import portfolio
from kg.analysis.ownership import direct_owners, owners, ownership_edges
from kg.errors import OntologyError
from kg.ontology import load_ontology
from kg.resources import resource_dir

KG_TTL = resource_dir("ontology") / "kg.ttl"
STAKE_LINE = 'kg:display "percent" ; kg:order 2 ; kg:inSentence true ; kg:stake true ; kg:dealKey true .'
ACQUIRES_LINE = 'kg:investment true ; kg:ownerSide "subject" ; kg:defaultStake 100 .'
SUBSIDIARY_LINE = 'kg:ownerSide "object" .'


def _edited(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = KG_TTL.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "kg.ttl"
    path.write_text(text, encoding="utf-8")
    return path


def test_kg_ttl_says_what_the_analyses_read():
    onto = load_ontology()
    assert onto.investment_relations() == ("acquires", "holdsStakeIn", "investsIn")
    assert onto.ownership_relations() == ("acquires", "holdsStakeIn", "subsidiaryOf")
    assert [onto.relation(n).owner_side for n in onto.ownership_relations()] == ["subject", "subject", "object"]
    assert [onto.relation(n).default_stake for n in onto.ownership_relations()] == [100.0, None, None]
    assert onto.stake_qualifier().name == "stakePercent"
    assert [q.name for q in onto.deal_qualifiers()] == ["stakePercent", "amount", "amountUSD", "round", "date"]
    assert [r.name for r in onto.relations.values() if r.tells_apart] == ["headquarteredIn"]


def test_the_analyses_follow_the_ontology_not_code(tmp_path):
    # An edited ontology: partnering counts as holding the partner (object owns subject, 40%
    # unless stated) and as investing; holding a stake is neither; the round no deal key.
    onto = load_ontology(_edited(
        tmp_path,
        ('kg:statementClass kg:Partnership ; kg:strength 2 ; skos:closeMatch wdt:P2652 .',
         'kg:statementClass kg:Partnership ; kg:strength 2 ; skos:closeMatch wdt:P2652 ;\n'
         '    kg:investment true ; kg:ownerSide "object" ; kg:defaultStake 40 .'),
        ('kg:investment true ; kg:ownerSide "subject" .', 'kg:strength 4 .'),
        ('kg:display "text" ; kg:order 6 ; kg:dealKey true .', 'kg:display "text" ; kg:order 6 .'),
    ))
    G = nx.MultiDiGraph()
    G.add_edge("a", "f", relation="partnersWith")
    G.add_edge("b", "f", relation="holdsStakeIn", stakePercent=30.0)
    G.add_edge("f", "c", relation="partnersWith", stakePercent=10.0)
    assert ownership_edges(G, ontology=onto) == {("f", "a"): 0.4, ("c", "f"): 0.1}
    assert direct_owners(G, "f", ontology=onto) == {"c": 0.1}
    assert [(r["owner"], round(r["percent"], 9)) for r in owners(G, "a", ontology=onto)["rows"]] == [("f", 40.0), ("c", 4.0)]
    # Under kg's own ontology the same graph reads the other way.
    assert ownership_edges(G) == {("b", "f"): 0.3}
    G.add_edge("a", "f", relation="partnersWith", round="seed", date="2020")
    G.add_edge("a", "f", relation="partnersWith", round="series-a", date="2020")
    (row,) = portfolio(G, "a", ontology=onto)
    assert (row["firm"], row["deals"], row["reports"], row["rounds"]) == ("f", 1, 3, [])
    assert portfolio(G, "a") == []


@pytest.mark.parametrize(
    "old, new, message",
    [
        (ACQUIRES_LINE, ACQUIRES_LINE.replace('"subject"', '"buyer"'),
         "kg:acquires has kg:ownerSide 'buyer'; use one of subject, object"),
        (ACQUIRES_LINE, ACQUIRES_LINE.replace("100", "150"), "kg:acquires has kg:defaultStake '150'; use a number from 0 to 100"),
        (ACQUIRES_LINE, ACQUIRES_LINE.replace("100", '"all"'), "kg:acquires has kg:defaultStake 'all'; use a number from 0 to 100"),
        (ACQUIRES_LINE, 'kg:investment true ; kg:defaultStake 100 .', "kg:acquires has a kg:defaultStake but no kg:ownerSide"),
        (ACQUIRES_LINE, ACQUIRES_LINE.replace("kg:investment true", 'kg:investment "yes"'),
         "kg:acquires has kg:investment 'yes'; use true or false"),
        ('kg:statementClass kg:Stake ; kg:strength 4 ; skos:closeMatch wdt:P127 .',
         'kg:statementClass kg:Stake ; kg:strength 4 ; skos:closeMatch wdt:P127 ; kg:investment true .',
         "kg:hasShareholder is the inverse of kg:holdsStakeIn, whose facts are stored; mark that relation"),
        (STAKE_LINE, STAKE_LINE.replace(" kg:stake true ;", ""), "kg:acquires is an ownership, but no qualifier is marked kg:stake"),
        ('kg:display "percent" ; kg:order 10 .', 'kg:display "percent" ; kg:order 10 ; kg:stake true .',
         "kg:growthPercent, kg:stakePercent are all marked kg:stake; one qualifier holds the stake"),
        ('kg:display "text" ; kg:order 6 ; kg:dealKey true .', 'kg:display "text" ; kg:order 6 ; kg:stake true .',
         "kg:round is the stake but shows text, not percent"),
        ("kg:tellsApart true .", "kg:tellsApart 1 .", "kg:headquarteredIn has kg:tellsApart '1'; use true or false"),
    ],
    ids=["bad-side", "stake-over-100", "stake-not-number", "default-without-side", "flag-not-boolean",
         "marked-inverse", "no-stake", "two-stakes", "stake-not-percent", "tells-apart-not-boolean"],
)
def test_broken_analysis_annotations_name_the_term(tmp_path, old, new, message):
    with pytest.raises(OntologyError, match=re.escape(message)):
        load_ontology(_edited(tmp_path, (old, new)))
