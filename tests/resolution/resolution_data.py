"""A hand-written graph of near-duplicates, each pair there for one rule of resolution."""

from __future__ import annotations

DATA = b"""
@prefix kg: <https://w3id.org/kg/ontology#> . @prefix id: <https://w3id.org/kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix wd: <http://www.wikidata.org/entity/> .
<https://w3id.org/kg/source/news> {
  id:accel a kg:InvestmentFirm ; rdfs:label "Accel Partners" ;
      kg:investsIn id:facebook , id:facebook-inc .
  id:facebook a kg:Company ; rdfs:label "Facebook" .
  id:facebook-inc a kg:Company ; rdfs:label "Facebook, Inc." .
  id:lg-electronics a kg:Company ; rdfs:label "LG Electronics" ; kg:headquarteredIn id:south-korea .
  id:lg a kg:Company ; rdfs:label "LG" ; kg:headquarteredIn id:south-korea .
  id:south-korea a kg:Country ; rdfs:label "South Korea" .
  id:agibot a kg:Company ; rdfs:label "AgiBot" ; skos:altLabel "Zhiyuan Robotics" .
  id:zhiyuan a kg:Company ; rdfs:label "Zhiyuan Robotics Co., Ltd." .
  id:thiel a kg:Person ; rdfs:label "Peter Thiel" .
  id:thiel-co a kg:Company ; rdfs:label "Peter Thiel" .
  id:ali-partovi a kg:Person ; rdfs:label "Ali Partovi" ; kg:investsIn id:dropbox .
  id:hadi-partovi a kg:Person ; rdfs:label "Hadi Partovi" ; kg:investsIn id:dropbox .
  id:dropbox a kg:Company ; rdfs:label "Dropbox" .
  id:mercury-us a kg:Company ; rdfs:label "Mercury" ; kg:headquarteredIn id:usa .
  id:mercury-cn a kg:Company ; rdfs:label "Mercury" ; kg:headquarteredIn id:china .
  id:usa a kg:Country ; rdfs:label "United States" .
  id:china a kg:Country ; rdfs:label "China" ; kg:wikidata wd:Q148 .
  id:china-2 a kg:Country ; rdfs:label "China" ; kg:wikidata wd:Q865 .
  id:sequoia a kg:InvestmentFirm ; rdfs:label "Sequoia Capital" ; kg:investsIn id:sequoia-china .
  id:sequoia-china a kg:InvestmentFirm ; rdfs:label "Sequoia Capital China" .
}
"""

#: (a, b, score, evidence) of `dedupe` on DATA at the default min_score, in order.
EXPECTED = [
    # Equal normalised names alone score 0.9; a shared neighbour lifts them.
    ("facebook", "facebook-inc", 0.95, ["same normalised name 'facebook'", "shares 1 neighbour(s)"]),
    ("agibot", "zhiyuan", 0.9, ["same normalised name 'zhiyuan robotics'"]),
    ("lg", "lg-electronics", 0.7, ["'lg' begins 'lg electronics'", "shares 1 neighbour(s)"]),
    ("mercury-cn", "mercury-us", 0.6, ["same normalised name 'mercury'", "different headquarters"]),
]


def open_graph():
    """Yield a memory-store KnowledgeGraph holding DATA (the body of each module's fixture:
    a second conftest.py beside tests/ingest's would clash on import)."""
    from kg.formats import get_format
    from kg.graph import KnowledgeGraph

    graph = KnowledgeGraph.open("memory:")
    graph.store.load(DATA, get_format("trig"))
    yield graph
    graph.close()
