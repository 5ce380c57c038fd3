"""Relation rules built from data: the trigger words of ``ontology/triggers.yaml`` put
into the syntactic frames of ``ontology/frames.yaml``, checked against the ontology.

A frame says where the two ends of a fact stand relative to the word that states it
(subject of an active verb, agent of a passive one, possessor of a noun, a name in
apposition to a title...); a trigger group says which words of which relation go into
which frames and which end acts. Every pairing that fits becomes one
:class:`~kg.extract.patterns.Pattern`, so the relation reader treats them like the
surface patterns of ``ontology/patterns/``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from kg.errors import OntologyError
from kg.extract.entities import reference_maker_nouns
from kg.extract.patterns import Pattern, compile_check, remember_checks, token_attrs
from kg.ontology import Ontology, camel_to_snake, load_ontology
from kg.resources import read_yaml, resource_dir

__all__ = ["TRIGGER_KINDS", "load_carries", "load_deal_nouns", "load_end_nouns", "load_frame_patterns"]

TRIGGER_KINDS = ("verb", "noun", "title", "adjective", "sector-head", "sector-noun")
_GROUP_KEYS = {"kind", "words", "theme", "actor", "role", "light_verbs", "round_only", "modifiers", "not_modifiers", "also", "majority", "minority", "majority_only", "exact_ends", "carries",
               "with_light_verb",
               "end_classes", "not_frames", "untitled_ends", "passive", "marked", "frame_confidence", "objects", "not_objects",
               "object_needed"}
_FRAME_KEYS = {"id", "kind", "uses", "theme", "confidence", "pattern", "tokens", "unless_trigger_has", "unless_actor_has", "unless_node_has", "implicit_theme", "implicit_actor",
               "symmetric", "not_theme", "round_only", "bare", "passive", "marked"}
#: Kinds of common nouns that stand for a frame's end (``end_nouns`` in frames.yaml).
_END_NOUN_KINDS = ("part", "site", "occasion", "region", "sender", "organ")
#: Qualifiers a relation may carry besides the ontology's own (kg:amount brings these).
_IMPLIED_BY_AMOUNT = ("currency", "amount_usd")


def _read(path: Path) -> dict:
    data = read_yaml(path, OntologyError, "extraction rules file") or {}
    if not isinstance(data, dict):
        raise OntologyError(f"{path.name}: must be a mapping")
    return data


def load_carries(ontology: Ontology, folder: Path | None = None) -> dict[str, tuple[str, ...]]:
    """The qualifiers each relation may carry, by FORMAT.md name, checked against the
    ontology's qualifiers."""
    folder = folder or resource_dir("ontology")
    triggers = _read(folder / "triggers.yaml").get("relations") or {}
    known = {camel_to_snake(name) for name in ontology.qualifiers}
    carries = {}
    for relation_name, spec in triggers.items():
        where = f"triggers.yaml: {relation_name}"
        try:
            relation = ontology.relation(str(relation_name))
        except OntologyError:
            raise OntologyError(f"{where}: unknown relation") from None
        names = list((spec or {}).get("carries") or [])
        for name in names:
            if name not in known:
                raise OntologyError(f"{where}: carries unknown qualifier {name!r}")
        if "amount" in names:
            names.extend(q for q in _IMPLIED_BY_AMOUNT if q not in names)
        carries[relation.eval_name] = tuple(names)
    return carries


def load_deal_nouns(ontology: Ontology, folder: Path | None = None) -> dict[str, frozenset[str]]:
    """The nouns by which a sentence refers back to an earlier fact, each with the relations
    (FORMAT.md names) of the facts it may mean; only relations that carry an amount.
    Those of kg's own ontology and files are kept in the rules cache
    (:func:`kg.extract.rule_cache.word_sets`)."""
    if folder is None and ontology is load_ontology():
        from kg.extract.rule_cache import word_sets

        return word_sets("deal-nouns", lambda: _deal_nouns(ontology, resource_dir("ontology")))
    return _deal_nouns(ontology, folder or resource_dir("ontology"))


def _deal_nouns(ontology: Ontology, folder: Path) -> dict[str, frozenset[str]]:
    triggers = _read(folder / "triggers.yaml").get("relations") or {}
    carries = load_carries(ontology, folder)
    nouns: dict[str, set[str]] = {}
    for relation_name, spec in triggers.items():
        words = (spec or {}).get("deal_nouns") or []
        if not words:
            continue
        relation = ontology.relation(str(relation_name))
        if "amount" not in carries[relation.eval_name] or not all(isinstance(w, str) and w for w in words):
            raise OntologyError(f"triggers.yaml: {relation_name}: deal_nouns must be words, for a relation that carries an amount")
        for word in words:
            nouns.setdefault(word.lower(), set()).add(relation.eval_name)
    return {word: frozenset(names) for word, names in nouns.items()}


def load_end_nouns(folder: Path | None = None) -> dict[str, frozenset[str]]:
    """Common nouns that stand for a frame's end: ``part`` nouns for their possessor, for a
    person's relation, ``site`` nouns for the place they are in, for a relation to a place,
    ``occasion`` nouns for the event they are part of, ``region`` nouns for the place
    they name, ``sender`` nouns for those they come from to an event (``end_nouns`` in
    frames.yaml). kg's own are kept in the rules cache
    (:func:`kg.extract.rule_cache.word_sets`)."""
    if folder is None:
        from kg.extract.rule_cache import word_sets

        return word_sets("end-nouns", lambda: _end_nouns(resource_dir("ontology")))
    return _end_nouns(folder)


def _end_nouns(folder: Path) -> dict[str, frozenset[str]]:
    raw = _read(folder / "frames.yaml").get("end_nouns") or {}
    if not isinstance(raw, dict) or set(raw) - set(_END_NOUN_KINDS):
        raise OntologyError(f"frames.yaml: end_nouns must be a mapping with the keys {', '.join(_END_NOUN_KINDS)}")
    found = {}
    for kind in _END_NOUN_KINDS:
        words = raw.get(kind) or []
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise OntologyError(f"frames.yaml: end_nouns: {kind} must be a list of words")
        found[kind] = frozenset(w.lower() for w in words)
    return found


def load_end_bounds(ontology: Ontology, folder: Path | None = None) -> dict[str, tuple[frozenset[str], frozenset[str], float]]:
    """Per relation (FORMAT.md name), the classes its subject and its object have by news
    convention, narrower than the ontology's domain and range ("a firm is founded by a
    person": firms that set up a venture are its owners), and the confidence a fact with
    an end of another class keeps at most (``bounds`` in triggers.yaml: ``subject``,
    ``object``, ``confidence``); an end with no list is left to the ontology."""
    folder = folder or resource_dir("ontology")
    found = {}
    for name, spec in (_read(folder / "triggers.yaml").get("relations") or {}).items():
        raw = (spec or {}).get("bounds")
        if raw is None:
            continue
        where = f"triggers.yaml: {name}: bounds"
        if not isinstance(raw, dict) or set(raw) - {"subject", "object", "confidence"} \
                or not isinstance(raw.get("confidence"), (int, float)) or not 0 < raw["confidence"] <= 1:
            raise OntologyError(f"{where}: a mapping of subject and object classes and a confidence from 0 to 1")
        ends = []
        for end in ("subject", "object"):
            classes = raw.get(end) or []
            if not isinstance(classes, list) or not all(isinstance(c, str) for c in classes):
                raise OntologyError(f"{where}: {end} must be a list of classes")
            ends.append(frozenset(ontology.cls(c).name for c in classes))
        found[ontology.relation(str(name)).eval_name] = (ends[0], ends[1], float(raw["confidence"]))
    return found


def load_frame_patterns(ontology: Ontology, folder: Path | None = None) -> list[Pattern]:
    """One pattern per trigger group and frame that fit each other."""
    folder = folder or resource_dir("ontology")
    frames_data = _read(folder / "frames.yaml")
    triggers = _read(folder / "triggers.yaml").get("relations") or {}
    carries = load_carries(ontology, folder)
    frames = [_checked_frame(raw, number) for number, raw in enumerate(frames_data.get("frames") or [], 1)]
    if not frames:
        raise OntologyError("frames.yaml: no frames")
    light_verbs = [str(v) for v in frames_data.get("light_verbs") or []]
    groups = []
    for relation_name, spec in triggers.items():
        relation = ontology.relation(str(relation_name))
        for number, raw in enumerate((spec or {}).get("triggers") or [], 1):
            where = f"triggers.yaml: {relation_name}: trigger group {number}"
            group = _checked_group(raw, where)
            group["also"] = tuple(_also(ontology, relation, name, carries, where) for name in group.get("also") or ())
            group["majority"] = _also(ontology, relation, group["majority"], carries, where) if group.get("majority") else ()
            group["minority"] = _also(ontology, relation, group["minority"], carries, where) if group.get("minority") else ()
            # A group may carry fewer qualifiers than its relation: a founder's title dates
            # no founding ("spoke with Hanul co-founder Kim on June 26").
            own = group.get("carries", list(carries.get(relation.eval_name, ())))
            if not isinstance(own, list) or set(own) - set(carries.get(relation.eval_name, ())):
                raise OntologyError(f"{where}: carries must list qualifiers of {relation_name}'s own "
                                    f"({', '.join(carries.get(relation.eval_name, ())) or 'none'})")
            group["carries"] = tuple(own)
            if group["kind"] == "sector-noun":
                # The sector such a word names comes from sectors.yaml: a word missing there
                # would match and then name nothing.
                unknown = [w for w in group["words"] if w not in reference_maker_nouns()]
                if unknown:
                    raise OntologyError(f"{where}: sector-noun {unknown[0]!r} is none of the makers of data/reference/sectors.yaml")
            for cls in group.get("end_classes") or ():
                try:
                    ontology.cls(str(cls))
                except OntologyError:
                    raise OntologyError(f"{where}: end_classes names unknown class {cls!r}") from None
            groups.append((relation, group))
    known = {frame["id"] for frame in frames}
    # A mark on one side only would leave its frames or its trigger groups silently unread.
    marks = {frame["marked"]: frame["id"] for frame in frames if frame.get("marked")}
    filled = {group["marked"] for _, group in groups if group.get("marked")}
    for relation, group in groups:
        unknown = (set(group.get("frame_confidence", {})) | set(group.get("not_frames") or ())) - known
        if unknown:
            raise OntologyError(f"triggers.yaml: {relation.eval_name}: frame_confidence or not_frames names no frame {sorted(unknown)[0]!r}")
        if group.get("marked") and group["marked"] not in marks:
            raise OntologyError(f"triggers.yaml: {relation.eval_name}: marked {group['marked']!r} is the mark of no frame")
    for mark, frame_id in marks.items():
        if mark not in filled:
            raise OntologyError(f"frames.yaml: frame {frame_id!r}: marked {mark!r} is the mark of no trigger group")
    titles = sorted({w for _, g in groups if g["kind"] == "title" for w in g["words"]} | {"chief", "vice", "deputy", "co", "executive", "senior", "managing", "general", "former", "board"})
    patterns = []
    for relation, group in groups:
        for frame in frames:
            if group["kind"] not in frame["uses"] or frame.get("symmetric") and not relation.symmetric:
                continue
            direct = group["theme"] == "direct"
            if frame.get("theme") == "direct" and not direct or frame.get("theme") == "marker" and direct:
                continue
            if not direct and set(group["theme"]) & set(frame.get("not_theme") or ()):
                continue  # the frame's own preposition would be the theme's too
            if frame.get("round_only") and not group.get("round_only"):
                continue  # a frame for those who join a funding round only
            if group.get("passive") and not frame.get("passive"):
                continue  # "was founded in Busan" tells where the firm is; "founded a unit in Tokyo" does not
            if frame["id"] in (group.get("not_frames") or ()):
                continue  # "the acquisition of Hanul from Daewon": Daewon sells
            if group.get("with_light_verb") and not _with_verb(frame):
                continue  # "lost ground to Minjin" is a race; "its Minjin shares" is none
            if group.get("marked") != frame.get("marked"):
                continue  # "sold Hanul to Minjin": Minjin buys, in the recipient frames only
            # Groups of one relation may share their words and differ in their light verbs
            # ("holds a stake", "took a stake").
            ident = f"{frame['id']}:{relation.eval_name}:{group['words'][0]}" + (f"/{group['light_verbs'][0]}" if group.get("light_verbs") else "")
            where = f"frames.yaml: frame {frame['id']!r} with {relation.eval_name} trigger {group['words'][0]!r}"
            if frame["kind"] == "dependency":
                # A prepositional theme hangs off the trigger ("invested in X") or, when the
                # parser attaches it elsewhere, off the verb's object ("invested $5m in X")
                # or off the verb that carries a noun ("bought shares in X", "took the
                # role of CEO at X"), or off a title's own "of" ("head of European
                # operations at Jindal").
                marked = group["theme"] != "direct"
                variants = [("", None)] + ([("+object", "object")] if marked and group["kind"] == "verb" else []) \
                    + ([("+verb", "verb")] if marked and group["kind"] in ("noun", "title") and _with_verb(frame) else [])\
                    + ([("+of", "of")] if group["kind"] == "title" and "at" in (group["theme"] if marked else ()) else [])\
                    + ([("+of", "of")] if group["kind"] == "noun" and marked and _with_verb(frame) else [])
                built = [(suffix, _dependency(ontology, relation, frame, group, where, light_verbs=light_verbs, titles=titles, via=via))
                         for suffix, via in variants]
            else:
                body = _tokens(ontology, relation, frame, group, where, light_verbs=light_verbs, titles=titles)
                built = [("", body)] if body is not None else []
            implicit = _ends(relation, group)["theme"] if frame.get("implicit_theme") else \
                _ends(relation, group)["actor"] if frame.get("implicit_actor") else ""
            patterns.extend(Pattern(
                id=ident + suffix, relation=relation.name, eval_name=relation.eval_name, tokens=body, roles=roles,
                qualifiers={}, implied=False, source=where, kind=frame["kind"],
                confidence=float(group.get("frame_confidence", {}).get(frame["id"], frame.get("confidence", 0.8))),
                carries=() if frame.get("bare") else tuple(c for c in carries.get(relation.eval_name, ()) if c in group["carries"]),
                role=str(group.get("role") or ""), round_only=bool(group.get("round_only")),
                unless_trigger_has=tuple(frame.get("unless_trigger_has") or ()),
                unless_actor_has=tuple(frame.get("unless_actor_has") or ()),
                unless_node_has=tuple((str(node), tuple(deps)) for node, deps in (frame.get("unless_node_has") or {}).items()),
                modifiers=tuple(group.get("modifiers") or ()), not_modifiers=tuple(group.get("not_modifiers") or ()),
                titled=group["kind"] == "title",
                implicit=implicit, frame=frame["id"] + suffix, correct_ends=not group.get("exact_ends"), also=group["also"] if _with_verb(frame) or not group.get("light_verbs") else (),
                majority=group["majority"] if _with_verb(frame) or not group.get("light_verbs") else (),
                majority_only=bool(group.get("majority_only")),
                minority=group["minority"],
                end_classes=tuple(str(c) for c in group.get("end_classes") or ()),
                untitled_ends=bool(group.get("untitled_ends")),
                objects=tuple(w.lower() for w in group.get("objects") or ()),
                object_needed=bool(group.get("object_needed")),
                not_objects=tuple(w.lower() for w in group.get("not_objects") or ()),
            ) for suffix, (body, roles) in built)
    remember_checks()
    return patterns


def with_carries(patterns: list[Pattern], carries: dict[str, tuple[str, ...]]) -> list[Pattern]:
    """The surface patterns with their relation's qualifiers and role source."""
    return [
        dataclasses.replace(p, carries=carries.get(p.eval_name, ()), role=str(p.qualifiers.get("role") or ""))
        for p in patterns
    ]


def _with_verb(frame: dict) -> bool:
    """Whether *frame* has a light verb: what a group's ``also`` rests on when the group
    has light verbs ("took a stake" is investing; "its stake" is not)."""
    return any(isinstance(node, dict) and node.get("RIGHT_ID") == "verb" for node in frame.get("pattern") or [])


def _also(ontology: Ontology, relation, name, carries, where: str) -> tuple[str, str, tuple[str, ...]]:
    """A relation a trigger group states besides its own, checked: its ends must take
    the group's ends."""
    try:
        other = ontology.relation(str(name))
    except OntologyError:
        raise OntologyError(f"{where}: also names unknown relation {name!r}") from None
    for end, mine, theirs in (("subject", relation.domain, other.domain), ("object", relation.range, other.range)):
        if not ontology.is_subclass(ontology.cls(mine).name, ontology.cls(theirs).name):
            raise OntologyError(f"{where}: also {name}: its {end} must be a {theirs}, this relation's is a {mine}")
    return other.name, other.eval_name, carries.get(other.eval_name, ())


def _checked_frame(raw, number: int) -> dict:
    if not isinstance(raw, dict) or "id" not in raw:
        raise OntologyError(f"frames.yaml: frame {number} must be a mapping with an id")
    where = f"frames.yaml: frame {raw['id']!r}"
    unknown = set(raw) - _FRAME_KEYS
    if unknown:
        raise OntologyError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    if raw.get("kind") not in ("dependency", "tokens"):
        raise OntologyError(f"{where}: kind must be dependency or tokens")
    body = raw.get("pattern" if raw["kind"] == "dependency" else "tokens")
    if not isinstance(body, list) or not body:
        raise OntologyError(f"{where}: needs a non-empty {'pattern' if raw['kind'] == 'dependency' else 'tokens'} list")
    uses = raw.get("uses") or []
    if not uses or set(uses) - set(TRIGGER_KINDS):
        unknown_kinds = ", ".join(repr(k) for k in sorted(set(uses) - set(TRIGGER_KINDS))) or "nothing"
        raise OntologyError(f"{where}: uses {unknown_kinds}; trigger kinds are {', '.join(TRIGGER_KINDS)}")
    if raw.get("theme") not in (None, "direct", "marker"):
        raise OntologyError(f"{where}: theme must be direct or marker")
    guarded = raw.get("unless_node_has") or {}
    nodes = {step.get("RIGHT_ID") for step in body if isinstance(step, dict)} if raw["kind"] == "dependency" else set()
    if not isinstance(guarded, dict) or set(guarded) - nodes:
        raise OntologyError(f"{where}: unless_node_has must map nodes of its pattern to dependency labels")
    return raw


def _checked_group(raw, where: str) -> dict:
    if not isinstance(raw, dict):
        raise OntologyError(f"{where}: must be a mapping")
    unknown = set(raw) - _GROUP_KEYS
    if unknown:
        raise OntologyError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    if raw.get("kind") not in TRIGGER_KINDS:
        raise OntologyError(f"{where}: unknown kind {raw.get('kind')!r}; kinds are {', '.join(TRIGGER_KINDS)}")
    words = raw.get("words")
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
        raise OntologyError(f"{where}: words must be a non-empty list of words")
    theme = raw.get("theme", "direct")
    if theme != "direct" and not (isinstance(theme, list) and theme and all(isinstance(t, str) for t in theme)):
        raise OntologyError(f"{where}: theme must be 'direct' or a list of prepositions")
    if raw.get("actor", "subject") not in ("subject", "object"):
        raise OntologyError(f"{where}: actor must be subject or object")
    measured = raw.get("frame_confidence", {})
    if not isinstance(measured, dict) or not all(isinstance(c, (int, float)) and not isinstance(c, bool) and 0 < c <= 1
                                                 for c in measured.values()):
        raise OntologyError(f"{where}: frame_confidence must map frame ids to confidences from 0 to 1")
    if not isinstance(raw.get("majority_only", False), bool):
        raise OntologyError(f"{where}: majority_only must be true or false")
    if raw.get("object_needed", False) not in (True, False) or raw.get("object_needed") and not raw.get("objects"):
        raise OntologyError(f"{where}: object_needed must be true or false, with the objects it needs")
    for key, kinds in (("objects", ("verb",)), ("not_objects", ("verb", "noun"))):
        objects = raw.get(key, [])
        if not isinstance(objects, list) or not all(isinstance(w, str) and w for w in objects) or objects and raw["kind"] not in kinds:
            raise OntologyError(f"{where}: {key} must be a list of words, for a {' or a '.join(kinds)}")
    return {**raw, "words": [w.lower() if raw["kind"] != "verb" and raw["kind"] != "noun" else w for w in words], "theme": theme}


def _ends(relation, group) -> dict[str, str]:
    """Which relation end each frame slot fills."""
    actor = group.get("actor", "subject")
    return {"actor": actor, "theme": "object" if actor == "subject" else "subject"}


def _trigger_attrs(group) -> dict:
    key = "LEMMA" if group["kind"] in ("verb", "noun") else "LOWER"
    words = list(group["words"])
    if group["kind"] in ("title", "sector-noun", "sector-head"):
        # Titles are matched as written ("CEO" has no useful lemma), plurals included
        # ("investors in the round include ...", "chipmakers Samsung and SK Hynix").
        words += [_plural(w) for w in words if _plural(w) not in words]
    return {key: {"IN": words}}


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def _substitute(value, light_verbs, titles):
    if value == "$light_verbs":
        return list(light_verbs)
    if value == "$titles":
        return list(titles)
    if isinstance(value, dict):
        return {k: _substitute(v, light_verbs, titles) for k, v in value.items()}
    if isinstance(value, list):
        return [_substitute(v, light_verbs, titles) for v in value]
    return value


def _dependency(ontology, relation, frame, group, where, *, light_verbs, titles, via=None):
    ends = _ends(relation, group)
    nodes, roles = [], {}
    for raw in _substitute(frame["pattern"], light_verbs, titles):
        if "THEME_OF" in raw:
            anchor = raw["THEME_OF"]
            if via == "verb":
                anchor = "verb"
            theme = group["theme"]
            if via == "of":
                nodes.append({"LEFT_ID": anchor, "REL_OP": ">", "RIGHT_ID": "title_of", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "of"}})
                nodes.append({"LEFT_ID": "title_of", "REL_OP": ">", "RIGHT_ID": "area", "RIGHT_ATTRS": {"DEP": "pobj", "ENT_TYPE": ""}})
                # "head of European operations at Jindal", "chairman of the board of
                # Posco"; "signed a memorandum of understanding with Naver": the theme
                # hangs off the noun's "of" phrase.
                anchor, theme = "area", ["at", "of"] if group["kind"] == "title" else theme
            if via == "object":
                nodes.append({"LEFT_ID": anchor, "REL_OP": ">", "RIGHT_ID": "carrier", "RIGHT_ATTRS": {"DEP": "dobj"}})
                anchor = "carrier"
            if group["theme"] == "direct":
                nodes.append({"LEFT_ID": anchor, "REL_OP": ">", "RIGHT_ID": "theme", "RIGHT_ATTRS": {"DEP": "dobj"}})
            else:
                nodes.append({"LEFT_ID": anchor, "REL_OP": ">", "RIGHT_ID": "marker", "RIGHT_ATTRS": {"DEP": {"IN": ["prep", "dative"]}, "LOWER": {"IN": list(theme)}}})
                nodes.append({"LEFT_ID": "marker", "REL_OP": ">", "RIGHT_ID": "theme", "RIGHT_ATTRS": {"DEP": "pobj"}})
            continue
        node = dict(raw)
        attrs = dict(node.get("RIGHT_ATTRS") or {})
        if node["RIGHT_ID"] == "trigger":
            attrs.update(_trigger_attrs(group))
        if node["RIGHT_ID"] == "verb" and group.get("light_verbs") and "LEMMA" in attrs:
            attrs["LEMMA"] = {"IN": list(group["light_verbs"])}
        attrs, _ = token_attrs(ontology, attrs, where)
        node["RIGHT_ATTRS"] = attrs
        nodes.append(node)
    for index, node in enumerate(nodes):
        name = node["RIGHT_ID"]
        if name == "trigger":
            roles[index] = "trigger"
        elif name in ends:
            roles[index] = ends[name]
    if sorted(set(roles.values()) & {"subject", "object"}) != ["object", "subject"]:
        raise OntologyError(f"{where}: the frame needs an actor and a theme")
    compile_check(nodes, where, dependency=True)
    return nodes, roles


def _tokens(ontology, relation, frame, group, where, *, light_verbs, titles):
    ends = _ends(relation, group)
    bounds = {"subject": relation.domain, "object": relation.range}
    body, roles = [], {}
    for number, raw in enumerate(_substitute(frame["tokens"], light_verbs, titles), 1):
        raw = dict(raw)
        # A token may play more than one part: "the battery maker" is the trigger and,
        # referring back, the firm too ("trigger+subject").
        parts = []
        if raw.pop("trigger", False):
            if raw.pop("unmodified", False) and group.get("modifiers"):
                return None  # a group its modifier makes ("vice chairman") is not the plain title
            attrs = _trigger_attrs(group)
            narrow = raw.pop("LOWER", None)
            if isinstance(narrow, dict) and ("IN" in narrow or "NOT_IN" in narrow):
                # A frame for some title words only ("the chairman", not "the analyst").
                (key, spec), = attrs.items()
                kept = [w for w in spec["IN"] if w in narrow.get("IN", spec["IN"]) and w not in narrow.get("NOT_IN", ())]
                if key != "LOWER" or not kept:
                    return None
                attrs = {"LOWER": {"IN": kept}}
            raw.update(attrs)
            parts.append("trigger")
        if raw.pop("marker", False):
            if group["theme"] == "direct":
                raise OntologyError(f"{where}: token {number} wants a preposition but the trigger's theme is direct")
            raw["LOWER"] = {"IN": list(group["theme"])}
            parts.append("marker")
        if raw.pop("phrase", False):
            parts.append("phrase")
        slot = raw.pop("slot", None)
        if slot is not None:
            if slot not in ends:
                raise OntologyError(f"{where}: token {number} has unknown slot {slot!r}")
            parts.append(ends[slot])
            raw["mention"] = [ontology.cls(bounds[ends[slot]]).name]
        token, _ = token_attrs(ontology, raw, f"{where}: token {number}")
        if parts:
            roles[len(body)] = "+".join(parts)
        body.append(token)
    unsaid = {_ends(relation, group)[end] for end in ("theme", "actor") if frame.get(f"implicit_{end}")}
    present = {part for role in roles.values() for part in role.split("+")} | unsaid
    if not {"subject", "object"} <= present | ({"object"} if "phrase" in present else set()):
        raise OntologyError(f"{where}: the frame needs an actor and a theme")
    compile_check(body, where)
    return body, roles
