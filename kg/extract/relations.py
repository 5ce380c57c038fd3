"""Relations from a parsed document whose mentions and values are single tokens: the
patterns of ``ontology/patterns/`` matched by spaCy's ``Matcher``, their ends checked
against the ontology's domains and ranges, their qualifiers read from the sentence, and
the places the text implies."""

from __future__ import annotations

from kg.extract.entities import DocumentEntity
from kg.extract.patterns import Pattern
from kg.extract.spans import coordinated, respectively_pairs
from kg.extract.values import funding_round
from kg.ingest.normalize import name_key
from kg.ontology import Ontology

__all__ = ["RelationReader"]

# What an entity of unsure class becomes when a relation's domain or range says otherwise.
_DEFAULT_CLASS = {"Organization": "Company", "Agent": "Company", "Company": "Company", "Place": "City"}


class RelationReader:
    """Runs the relation patterns over documents (see the module docstring)."""

    def __init__(self, ontology: Ontology, patterns: list[Pattern], vocab, city_country: dict[str, str]) -> None:
        from spacy.matcher import Matcher

        self.ontology = ontology
        self.patterns = patterns
        self.vocab = vocab
        self._city_country = city_country
        self.matcher = Matcher(vocab)
        for index, pattern in enumerate(patterns):
            self.matcher.add(str(index), [pattern.tokens])

    def read(self, doc, entities: dict[str, DocumentEntity], published: str | None) -> list[dict]:
        found: dict[tuple, dict] = {}
        self._sentence_values: dict[int, list] = {}
        # Of matches of one pattern that end on the same word, the longest: in "SMIC, China's
        # largest chipmaker, is a rival of TSMC" the subject is SMIC, not China.
        longest: dict[tuple, tuple] = {}
        for match_id, start, end, alignments in self.matcher(doc, with_alignments=True):
            key = (match_id, end)
            if key not in longest or start < longest[key][1]:
                longest[key] = (match_id, start, end, alignments)
        for match_id, start, end, alignments in sorted(longest.values(), key=lambda m: (m[1], m[2])):
            pattern = self.patterns[int(self.vocab.strings[match_id])]
            span = doc[start:end]
            role_tokens: dict[str, list] = {}
            for token, position in zip(span, alignments):
                role = pattern.roles.get(position)
                if role:
                    role_tokens.setdefault(role, []).append(token)
            subjects = coordinated(role_tokens.get("subject", [])[:1])
            objects = coordinated(role_tokens.get("object", [])[:1])
            qualifiers = self._qualifiers(pattern, span, role_tokens.get("trigger", []), published)
            paired = respectively_pairs(pattern, span.sent, subjects, objects)
            # "In sectors like A, B and C, X leads Y": one fact per sector.
            sectors = [entities[t._.kg_entity].name for t in coordinated(role_tokens.get("sector", [])[:1])] or [None]
            for s in subjects:
                for o in objects:
                    if s._.kg_entity == o._.kg_entity or not s._.kg_entity or not o._.kg_entity:
                        continue
                    subject, obj = entities[s._.kg_entity], entities[o._.kg_entity]
                    if not self._fits(pattern.relation, subject, obj):
                        continue
                    for sector in sectors:
                        key = (subject.key, pattern.eval_name, obj.key, sector)
                        if key in found:
                            for name, value in qualifiers.items():
                                found[key]["qualifiers"].setdefault(name, value)
                            continue
                        own = dict(qualifiers)
                        if paired:
                            own[pattern.qualifiers["percent"]] = paired[s.i if s.i in paired else o.i]
                        found[key] = {
                            "subject": subject.name, "predicate": pattern.eval_name, "object": obj.name,
                            "qualifiers": {**own, **({"sector": sector} if sector else {})},
                            "confidence": 0.6 if pattern.implied else 0.8,
                            "evidence": [span.sent.start_char, span.sent.end_char],
                            "implied": pattern.implied, "pattern": pattern.id,
                        }
        return list(found.values())

    def _fits(self, relation_name: str, subject: DocumentEntity, obj: DocumentEntity) -> bool:
        """Whether the ends fit the relation's domain and range. A guessed class that does
        not fit is corrected by them (NER calls many firms places: "invested in Stripe"); a
        known entity's class is never changed, and a fact it cannot take is dropped."""
        relation = self.ontology.relation(relation_name)
        for entity, bound in ((subject, relation.domain), (obj, relation.range)):
            wanted = self.ontology.cls(bound).name
            if self.ontology.is_subclass(entity.cls, wanted):
                continue
            if entity.known or wanted not in _DEFAULT_CLASS:
                return False
            entity.cls = _DEFAULT_CLASS[wanted]
        return True

    def _values_of(self, sentence) -> list:
        """The value tokens (money, percentages, dates) of a sentence, read once per sentence."""
        cache = self._sentence_values
        if sentence.start not in cache:
            cache[sentence.start] = [t for t in sentence if t._.kg_value_kind and t._.kg_value is not None]
        return cache[sentence.start]

    def _paragraph_date(self, sentence):
        """The last date of the sentences before *sentence* in its paragraph ("Figures for the
        past year show ... Exports totaled ..."), or None."""
        doc = sentence.doc
        for before in reversed(list(doc[:sentence.start].sents)):
            if any("\n" in t.text or "\n" in t.whitespace_ for t in before):
                # A paragraph break inside or after this sentence ends the search, but a
                # date in its last line still counts.
                tail = before.text_with_ws.rsplit("\n", 1)[-1]
                if tail.strip():
                    dates = [t for t in self._values_of(before) if t._.kg_value_kind == "date" and t.idx >= before.end_char - len(tail)]
                    if dates:
                        return dates[-1]._.kg_value
                return None
            dates = [t for t in self._values_of(before) if t._.kg_value_kind == "date"]
            if dates:
                return dates[-1]._.kg_value
        return None

    def implied_locations(self, entities: dict[str, DocumentEntity], relations: list[dict]) -> list[dict]:
        """Places the text implies: a facility named after a city of the text is in that
        city ("Shanghai International Convention Center"); a city of the reference data is
        in its country, when the text names that country too."""
        stated = {(r["subject"], r["predicate"], r["object"]) for r in relations}
        by_name = {e.name: e for e in entities.values()}
        cities = [e for e in entities.values() if e.cls == "City"]
        implied = []
        for entity in entities.values():
            if entity.cls == "Facility":
                for city in cities:
                    if entity.name.startswith(city.name + " "):
                        implied.append((entity, city))
            if entity.cls == "City":
                country = self._city_country.get(name_key(entity.name))
                if country and country in by_name:
                    implied.append((entity, by_name[country]))
        return [
            {
                "subject": place.name, "predicate": "located_in", "object": container.name, "qualifiers": {},
                "confidence": 0.7, "evidence": list(place.mentions[0]), "implied": True, "pattern": "place-names",
            }
            for place, container in implied
            if (place.name, "located_in", container.name) not in stated
        ]

    def _qualifiers(self, pattern: Pattern, span, triggers: list, published: str | None) -> dict:
        wanted = pattern.qualifiers
        qualifiers: dict[str, object] = {}
        sentence = span.sent
        values = self._values_of(sentence)
        in_span = [t for t in values if span.start <= t.i < span.end]
        if wanted.get("percent"):
            percent = next((t._.kg_value for t in in_span if t._.kg_value_kind == "percent"), None)
            if percent is not None:
                qualifiers[wanted["percent"]] = percent
        # The figure that goes with the fact: the first after the trigger word ("exports to
        # X totaled 1.03 trillion yuan, with imports ... at 1.34 trillion yuan"), else the
        # first of the match, else the first of the sentence.
        after = [t for t in values if triggers and t.i > triggers[0].i]
        money = [t for t in (after or in_span or values) if t._.kg_value_kind == "money"]
        if money and pattern.eval_name in ("invests_in", "acquires", "trades_with", "exports_to", "imports_from"):
            amount, currency = money[0]._.kg_value
            qualifiers["amount"], qualifiers["currency"] = amount, currency
            if currency != "USD" and len(money) > 1 and money[1]._.kg_value[1] == "USD" and money[1].i - money[0].i <= 3:
                qualifiers["amount_usd"] = money[1]._.kg_value[0]
        if pattern.eval_name == "invests_in":
            stage = funding_round(sentence.text)
            if stage:
                qualifiers["round"] = stage
        if wanted.get("date") == "sentence":
            date = next((t._.kg_value for t in values if t._.kg_value_kind == "date"), None)
            date = date or self._paragraph_date(sentence)
            if date:
                qualifiers["date"] = date
        role = wanted.get("role")
        if role == "trigger" and triggers:
            trigger = triggers[0]
            words = [c.text for c in trigger.children if c.dep_ in ("amod", "compound") and c.lower_ not in ("latest", "new", "former", "recent") and c.i < trigger.i]
            qualifiers["role"] = " ".join([*words, trigger.lemma_ if trigger.tag_ in ("NNS",) else trigger.text])
        elif role and role != "trigger":
            qualifiers["role"] = role
        if pattern.eval_name == "head_of_state_of" and triggers:
            qualifiers["role"] = triggers[0].text.title()
        return qualifiers
