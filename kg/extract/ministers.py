"""Posts a minister's title implies: "Mexican Foreign Minister Marcelo Ebrard" in a story
that names "Mexico's foreign ministry" holds a post in that ministry, though no sentence
ties the two.

News gives a minister's brief in the title ("Foreign Minister", "Vice Minister of
Commerce", "Commerce Secretary") and names the ministry or department elsewhere, often only
as its source ("the trade ministry said", "the Commerce Department said"). The ministry is the one body of the text whose name holds a word of the brief and
a word for a ministry; where the title names a country ("Mexican", "China's") and the
ministry has one (its name's, or the home a fact gives it), the two must agree. Which
relation, qualifier and home relation this uses, the title and body words and the
confidence are the ``by_minister`` rule of ``ontology/triggers.yaml``; the briefs are
``briefs`` of ``data/reference/names.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.errors import OntologyError
from kg.extract.entities import DocumentEntity, reference_entities
from kg.extract.name_facts import checked_ends, is_confidence, single_relation_rule
from kg.ingest.normalize import name_key
from kg.ontology import Ontology, camel_to_snake
from kg.resources import resource_dir, word_set

__all__ = ["MinisterPosts", "load_minister_posts"]

#: How far before a mention its title may start: "China's Vice Minister of Commerce ".
_REACH = 80
#: Words of a ministry's name that say nothing of its brief.
_JOINTS = frozenset({"of", "for", "the", "and", "&", ","})
#: A title with its brief after it, right before a name, and the word before the title
#: (which may name the country): "China's Vice Minister of Commerce ", "Minister for
#: Industry, Mine and Trade, ".
_OF_BRIEF = re.compile(r"(?:(?P<before>[\w’'-]+) +)?(?P<rank>(?:[A-Z][a-z]+ +)*)(?P<title>[A-Z][a-z]+) +(?:of|for) +"
                       r"(?P<brief>[A-Z][\w-]*(?:(?:, +| +and +| +& +| +)[A-Z][\w-]*)*),? *$")


@dataclass(frozen=True)
class MinisterPosts:
    """The rule, read and checked once."""

    relation: str
    qualifier: str
    home: str  # the relation that gives a body its country
    confidence: float
    titles: frozenset[str]  # "minister"
    bodies: frozenset[str]  # "ministry"
    rank_words: frozenset[str]  # "vice", "deputy": part of the title, no brief
    briefs: frozenset[str]  # single words of the briefs: "foreign", "trade"
    implies: dict[str, str] = field(default_factory=dict)  # "minister": "Ministry"
    story_home: float | None = None  # the confidence of a ministry's home told by the story's first country
    unnamed_briefs: frozenset[str] = frozenset()  # "foreign": no one name for its body

    def with_posts(self, text: str, entities: dict[str, DocumentEntity], relations: list[dict]) -> list[dict]:
        """*relations* and the posts of the ministers of *entities* in the ministries of the
        text; none already stated between the same ends. A ministry a title ties a minister
        to and nothing gives a country is the story's (see :meth:`_story_homes`)."""
        relations = self._posts(text, entities, relations)
        return relations + self._story_homes(entities, relations)

    def _story_homes(self, entities: dict[str, DocumentEntity], relations: list[dict]) -> list[dict]:
        """The homes of the ministries the titles of *relations* name ("Minister of Foreign
        Affairs Ali Sabry", "Economy Minister Raquel Buenrostro") with no country of their
        own: the first country the story names, as news names its own country's ministers
        without one (session 36, development texts: six such ministries, each at home in the
        story's first country; the gold gives no home to half the bodies a title ties no
        minister to, so only these)."""
        countries = sorted((min(e.mentions), e.name) for e in entities.values() if e.cls == "Country" and e.mentions)
        if self.story_home is None or not countries:
            return []
        names = {e.name: e for e in entities.values()}
        homed = {r["subject"] for r in relations if r["predicate"] == self.home}
        found: dict[str, dict] = {}
        for post in relations:
            body = names.get(post["object"])
            if post["predicate"] != self.relation or post.get("frame") != "minister-of-brief" or body is None \
                    or body.name in homed or body.name in found or self._country_of(body, {}, {c for _, c in countries}):
                continue
            found[body.name] = {"subject": body.name, "predicate": self.home, "object": countries[0][1], "qualifiers": {},
                                "confidence": self.story_home, "evidence": list(post["evidence"]), "implied": True,
                                "frame": "minister-story-home"}
        return list(found.values())

    def _posts(self, text: str, entities: dict[str, DocumentEntity], relations: list[dict]) -> list[dict]:
        relations = relations + self._implied_bodies(text, entities)
        ministries = [e for e in entities.values() if e.cls == "GovernmentBody" and self.bodies & _words(e.name)]
        if not ministries:
            return relations
        countries = {e.name for e in entities.values() if e.cls == "Country"}
        homes = {r["subject"]: r["object"] for r in relations if r["predicate"] == self.home}
        stated = {(r["subject"], r["object"]) for r in relations if r["predicate"] == self.relation}
        found = []
        for person in entities.values():
            if person.cls != "Person":
                continue
            for start, end in person.mentions:
                titled = self._title(text[max(0, start - _REACH):start], countries)
                if titled is None:
                    continue
                role, brief, country = titled
                fitting = [m for m in ministries if brief & _words(m.name)
                           and not (country and self._country_of(m, homes, countries) not in (None, country))]
                if len(fitting) == 1 and (person.name, fitting[0].name) not in stated:
                    stated.add((person.name, fitting[0].name))
                    found.append({
                        "subject": person.name, "predicate": self.relation, "object": fitting[0].name,
                        "qualifiers": {self.qualifier: role}, "confidence": self.confidence,
                        "evidence": [start, end], "implied": True, "frame": "minister-of-brief",
                    })
                break
        return relations + found

    def _implied_bodies(self, text: str, entities: dict[str, DocumentEntity]) -> list[dict]:
        """The ministries a title of the form "Minister of Commerce" or "Minister for
        Industry, Mine and Trade" right before a person's name implies, where no body of the
        text has a word of that brief: the gold of the development texts names such a
        ministry "Ministry of Commerce" though the text never does. Adds each to *entities*
        and returns the person's post in it, and its home when the title names a country of
        the text ("China's Vice Minister of Commerce", "Iranian Minister for ...")."""
        if not self.implies:
            return []
        countries = {e.name for e in entities.values() if e.cls == "Country"}
        bodies = [e for e in entities.values() if e.cls == "GovernmentBody" and self.bodies & _words(e.name)]
        facts: list[dict] = []
        made: set[str] = set()
        for person in [e for e in entities.values() if e.cls == "Person"]:
            for start, _ in person.mentions:
                offset = max(0, start - _REACH)
                titled = self._brief_title(text[offset:start])
                if titled is None:
                    continue
                body, brief_name, country_word, role, role_end = titled
                prefixed = not role.lower().startswith(tuple(self.implies))
                brief = _words(brief_name) - _JOINTS
                # "Commerce and Industry Minister" in a story that names "the commerce
                # ministry": the body named (by with_posts), not a guessed full name.
                named = [b for b in bodies if b.key not in made and (brief & _words(b.name) if prefixed else brief <= _words(b.name))]
                if not brief or not brief <= self.briefs or named:
                    continue
                name = f"{body} of {brief_name}"
                span = [offset + role_end - len(role), offset + role_end]
                key = f"GovernmentBody:{name_key(name)}"
                fact = {"confidence": self.confidence, "evidence": span, "implied": True, "frame": "minister-of-brief"}
                if key not in entities:
                    made.add(key)
                    entities[key] = DocumentEntity(key=key, name=name, cls="GovernmentBody", iri=None, mentions=[tuple(span)])
                    # "Finance Minister" names the body either way round: "Ministry of
                    # Finance", "the Finance Ministry".
                    entities[key].surfaces.update({name: None, f"{brief_name} {body}": None})
                    bodies.append(entities[key])
                    country = _country(country_word, countries) if country_word else None
                    if country:
                        facts.append({"subject": name, "predicate": self.home, "object": country, "qualifiers": {}, **fact})
                if key in made:
                    facts.append({"subject": person.name, "predicate": self.relation, "object": entities[key].name,
                                  "qualifiers": {self.qualifier: role}, **fact})
                break
        return facts

    def _brief_title(self, before: str) -> tuple[str, str, str | None, str, int] | None:
        """The title with a brief right before a name, of either form: "China's Vice
        Minister of Commerce " or "Japanese Trade and Industry Minister ". Gives the head
        word of the body it implies, the brief as the body's name writes it ("Commerce",
        "Trade and Industry"), the word that may name the country, the title as written
        and where it ends in *before*; None when no such title stands there, or its brief
        names a body differently from country to country ("Foreign Minister": a ministry
        of foreign affairs, external affairs, a foreign office; "Trade Minister": of
        commerce, of economy, trade and industry)."""
        found = _OF_BRIEF.search(before)
        if found:
            body = self.implies.get(found["title"].lower())
            if not body:
                return None
            # The capitalised words before the title: rank words ("Vice") are the
            # title's, the one before them may name the country ("Iranian").
            words = found["rank"].split()
            ranked = len(words)
            while ranked and words[ranked - 1].lower() in self.rank_words:
                ranked -= 1
            country_word = words[ranked - 1] if ranked else found["before"]
            role = " ".join([*words[ranked:], found["title"]]) + found.group(0)[found.end("title") - found.start():found.end("brief") - found.start()]
            return body, found["brief"], country_word, role, found.end("brief")
        tokens = list(re.finditer(r"[\w’'-]+|,", before))
        if not tokens or before[tokens[-1].end():].strip() or not before[tokens[-1].end():]:
            return None
        body = self.implies.get(tokens[-1].group().lower())
        if not body:
            return None
        i = len(tokens) - 1
        while i > 0 and (tokens[i - 1].group().lower() in self.briefs or tokens[i - 1].group().lower() in ("and", "&", ",")):
            i -= 1
        while i < len(tokens) - 1 and tokens[i].group().lower() in ("and", "&", ","):
            i += 1
        brief = tokens[i:-1]
        if not brief or {t.group().lower() for t in brief} - {"and", "&", ","} <= self.unnamed_briefs:
            return None
        rank = i - 1
        while rank >= 0 and tokens[rank].group().lower() in self.rank_words:
            rank -= 1
        brief_name = re.sub(r" ,", ",", " ".join(t.group() if t.group().lower() in _JOINTS else t.group()[:1].upper() + t.group()[1:] for t in brief))
        role = before[brief[0].start():tokens[-1].end()]
        return body, brief_name, tokens[rank].group() if rank >= 0 else None, role, tokens[-1].end()

    def _title(self, before: str, countries: set[str]) -> tuple[str, frozenset[str], str | None] | None:
        """The title right before a name, its brief's words and the country it names:
        ("Foreign Minister", {"foreign"}, "Mexico") for "Mexican Foreign Minister ", and
        for "China's Vice Minister of Commerce "; None when no minister's title with a
        brief stands there."""
        words = re.findall(r"[\w’'-]+|,", before)
        if not words:
            return None
        i = len(words) - 1
        brief: list[str] = []
        if words[i].lower() not in self.titles:
            # "Minister of Commerce": the brief after the title.
            while i >= 0 and (words[i].lower() in self.briefs or words[i].lower() in _JOINTS - {"of", "for", ","}):
                brief.insert(0, words[i].lower())
                i -= 1
            if not brief or i < 1 or words[i].lower() not in ("of", "for") or words[i - 1].lower() not in self.titles:
                return None
            i -= 1
        first = i
        i -= 1
        while i >= 0 and (words[i].lower() in self.briefs or words[i].lower() in self.rank_words or words[i].lower() == "and"):
            if words[i].lower() in self.briefs:
                brief.insert(0, words[i].lower())
            first = i
            i -= 1
        briefs = frozenset(brief) - _JOINTS
        if not briefs:
            return None
        country = _country(words[i], countries) if i >= 0 else None
        role = " ".join(w for w in words[first:] if w != ",")
        return role, briefs, country

    @staticmethod
    def _country_of(body: DocumentEntity, homes: dict[str, str], countries: set[str]) -> str | None:
        if body.name in homes:
            return homes[body.name]
        named = [c for c in (_country(w, countries) for w in re.findall(r"[\w’'-]+", body.name)) if c]
        return named[0] if named else None


def _words(name: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", name.lower()))


def _country(word: str, countries: set[str]) -> str | None:
    """The country a word names ("Mexico's", "Mexican"), if the text names it too."""
    word = re.sub(r"[’']s$", "", word)
    demonyms = reference_entities()[1]
    country = demonyms.get(word) or demonyms.get(word.lower()) or word
    return country if country in countries else None


def load_minister_posts(ontology: Ontology) -> MinisterPosts | None:
    """The ``by_minister`` rule of ``triggers.yaml``, checked: the relation must take a
    person and a public body and carry the qualifier; the home relation must be one."""
    found = single_relation_rule("by_minister")
    if found is None:
        return None
    name, rule, where = found
    keys = {"qualifier", "home", "confidence", "titles", "bodies", "rank_words", "implies", "story_home", "unnamed_briefs"}
    confidence, qualifier, home = rule.get("confidence"), rule.get("qualifier"), rule.get("home")
    lists = [rule.get(k) for k in ("titles", "bodies", "rank_words")]
    if not is_confidence(confidence) or not isinstance(qualifier, str) or not isinstance(home, str) \
            or not all(isinstance(v, list) and v for v in lists) or set(rule) - keys:
        raise OntologyError(f"{where}: needs a confidence from 0 to 1, a qualifier, a home relation, "
                            "and titles, bodies and rank_words (words)")
    relation = checked_ends(ontology, name, ["Person"], "GovernmentBody", where)
    if qualifier not in {camel_to_snake(q) for q in ontology.qualifiers}:
        raise OntologyError(f"{where}: unknown qualifier {qualifier!r}")
    home_relation = ontology.relation(home)
    path = resource_dir("data") / "reference" / "names.yaml"
    briefs = frozenset(w for phrase in word_set(path, "briefs", OntologyError, "reference data") for w in phrase.split())
    titles, bodies, ranks = (frozenset(str(w).lower() for w in v) for v in lists)
    implies = rule.get("implies") or {}
    if not isinstance(implies, dict) or not all(isinstance(k, str) and isinstance(v, str) and k.lower() in titles for k, v in implies.items()):
        raise OntologyError(f"{where}: implies maps titles to the head word of the body they imply")
    story_home = rule.get("story_home")
    if story_home is not None and not is_confidence(story_home):
        raise OntologyError(f"{where}: story_home must be a confidence from 0 to 1")
    return MinisterPosts(relation.eval_name, qualifier, home_relation.eval_name, float(confidence), titles, bodies, ranks, briefs,
                         {k.lower(): v for k, v in implies.items()}, None if story_home is None else float(story_home),
                         frozenset(str(w).lower() for w in rule.get("unnamed_briefs") or []))
