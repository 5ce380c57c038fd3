"""Relation patterns, read from ``ontology/patterns/*.yaml`` and checked against the
ontology (see that folder's README for the format)."""

from __future__ import annotations

import copy
import functools
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import OntologyError
from kg.json_cache import read_cached, write_cached
from kg.ontology import Ontology
from kg.resources import read_yaml, resource_dir

__all__ = [
    "ROLES",
    "VALUE_LABELS",
    "Pattern",
    "compile_check",
    "forget_cache",
    "label_mentions",
    "load_patterns",
    "register_token_extensions",
    "remember_checks",
    "token_attrs",
    "token_mark",
    "token_marks",
]

ROLES = ("subject", "object", "trigger", "sector", "phrase")
_VALUE_KINDS = ("money", "percent", "date")
_PATTERN_KEYS = {"id", "relation", "tokens", "qualifiers", "implied", "respectively"}
_QUALIFIER_KEYS = {"percent", "role"}


@dataclass(frozen=True)
class Pattern:
    """One relation pattern: spaCy Matcher tokens, and which token plays which role."""

    id: str
    relation: str  # the ontology relation's name (lowerCamel)
    eval_name: str
    tokens: list[dict]
    roles: dict[int, str]
    qualifiers: dict = field(default_factory=dict)
    implied: bool = False
    source: str = ""
    #: ``tokens`` (spaCy Matcher) or ``dependency`` (DependencyMatcher; ``roles`` then
    #: counts the pattern's nodes).
    kind: str = "tokens"
    #: What a fact read through this pattern is worth (before coreference lowers it).
    confidence: float = 0.8
    #: The qualifiers the relation may carry (ontology/triggers.yaml).
    carries: tuple[str, ...] = ()
    #: Where the role qualifier comes from: "trigger", "title", a fixed text, or "".
    role: str = ""
    #: The theme must be a funding round ("led the round"): the firm that raised it.
    round_only: bool = False
    #: Dependants of the trigger that make a match void (its own subject, say).
    unless_trigger_has: tuple[str, ...] = ()
    #: Dependants of the actor that make a match void ("bought Hanul's rival Minjin": the
    #: rival is Hanul's, not the buyer's).
    unless_actor_has: tuple[str, ...] = ()
    #: The same for other nodes of a dependency frame: (node, dependants) pairs ("a plan to
    #: buy X" read through the subject of the verb the plan is object of, not "Hanul's plan").
    unless_node_has: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: The trigger is a title: held by the name written with it, not by a companion listed
    #: after that name ("CEO Kim and his wife Lee": Kim's title alone).
    titled: bool = False
    #: Words one of which must modify the trigger ("controlling" stake), or none of which may.
    modifiers: tuple[str, ...] = ()
    not_modifiers: tuple[str, ...] = ()
    #: The frame (and its variant) a frame rule was built from: rules of one frame differ
    #: only in their words and are matched together.
    frame: str = ""
    #: The end the text leaves unsaid ("Chief Executive Taavi Madiberk said"): read as the
    #: organisation the text is about.
    implicit: str = ""
    #: Relations a fact of this rule also states, as (relation, FORMAT.md name, carries):
    #: taking a stake is investing ("acquired a 10% stake in X").
    also: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    #: The relation a fact of this rule is instead when the part it tells of is more than
    #: half ("bought a 60% stake in X" is buying X), as (relation, FORMAT.md name, carries).
    majority: tuple = ()
    #: The relation a fact of this rule is instead when the part it tells of is half or less
    #: ("completed the acquisition of 24.5% of X" is a stake in X), as `majority`.
    minority: tuple = ()
    #: Whether a fact of this rule needs the part it tells of, where it tells one, to be more
    #: than half ("Hanul is 40% owned by Daewon" makes no subsidiary; the stake is read too).
    majority_only: bool = False
    #: Whether an end whose class was only guessed may take the class the relation wants
    #: (False for words as common as "unveiled at", where any place could follow).
    correct_ends: bool = True
    #: Classes both ends must have already, for words whose ends may be of any kind
    #: ("Hanul overtook Minjin" tells of rivals, "China overtook Korea" of a ranking).
    end_classes: tuple[str, ...] = ()
    #: Whether no end may be a person a title stands before ("Daewon and President Kim signed
    #: an agreement": a firm partners with no official).
    untitled_ends: bool = False
    #: Lemmas one of which the trigger verb's direct object must have, if it has one, unless
    #: it is a sum of money ("raised $5 million from Daewon", "raised funds from Daewon"; not
    #: "obtained approval from Daewon").
    objects: tuple[str, ...] = ()
    #: Whether the trigger verb must have such an object ("Hanul and Minjin merged their chip
    #: units" is a venture of two firms; "Hanul and Minjin merged" one firm of two).
    object_needed: bool = False
    #: Lemmas none of which the trigger verb's direct object, or a noun joined to it, may
    #: have ("sold its chip business": a part sold off, no goods traded).
    not_objects: tuple[str, ...] = ()
    #: Whether ends listed on both sides go in order, one to one ("Dutch and German firms
    #: Hanul and Daewon": Hanul Dutch, Daewon German); lists of unequal length pair none.
    respectively: bool = False


def load_patterns(ontology: Ontology, folder: Path | None = None) -> list[Pattern]:
    """Every pattern of *folder* (default: the ontology's ``patterns/``), checked."""
    folder = folder or resource_dir("ontology") / "patterns"
    patterns: list[Pattern] = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.yaml")):
        data = read_yaml(path, OntologyError, "pattern file") or {}
        for number, raw in enumerate(data.get("patterns") or [], 1):
            pattern = _checked(ontology, raw, f"{path.name}: pattern {number}")
            if pattern.id in seen:
                raise OntologyError(f"{path.name}: pattern id {pattern.id!r} is used twice")
            seen.add(pattern.id)
            patterns.append(pattern)
    if not patterns:
        raise OntologyError(f"{folder}: no relation patterns")
    remember_checks()
    return patterns


def _checked(ontology: Ontology, raw, where: str) -> Pattern:
    if not isinstance(raw, dict):
        raise OntologyError(f"{where}: must be a mapping")
    where = f"{where.split(':')[0]}: pattern {raw.get('id', where.rsplit(' ', 1)[-1])!r}"
    unknown = set(raw) - _PATTERN_KEYS
    if unknown:
        raise OntologyError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("id", "relation", "tokens"):
        if key not in raw:
            raise OntologyError(f"{where}: needs '{key}'")
    try:
        relation = ontology.relation(str(raw["relation"]))
    except OntologyError:
        raise OntologyError(f"{where}: unknown relation {raw['relation']!r}") from None
    qualifiers = raw.get("qualifiers") or {}
    if set(qualifiers) - _QUALIFIER_KEYS:
        raise OntologyError(f"{where}: unknown qualifier key(s) {', '.join(sorted(set(qualifiers) - _QUALIFIER_KEYS))}")
    if "percent" in qualifiers and qualifiers["percent"] not in _percent_qualifiers(ontology):
        raise OntologyError(f"{where}: percent fills {qualifiers['percent']!r}, which is not a percentage qualifier")
    tokens, roles = [], {}
    for index, token in enumerate(raw["tokens"] or []):
        if not isinstance(token, dict):
            raise OntologyError(f"{where}: token {index + 1} must be a mapping")
        token, role = token_attrs(ontology, token, f"{where}: token {index + 1}")
        if role is not None:
            roles[index] = role
        tokens.append(token)
    if sorted(set(roles.values()) & {"subject", "object"}) != ["object", "subject"]:
        raise OntologyError(f"{where}: needs one token with role subject and one with role object")
    compile_check(tokens, where)
    return Pattern(
        id=str(raw["id"]), relation=relation.name, eval_name=relation.eval_name, tokens=tokens,
        roles=roles, qualifiers=dict(qualifiers), implied=bool(raw.get("implied", False)), source=where,
        respectively=bool(raw.get("respectively", False)),
    )


#: The entity types a merged token carries besides kg's classes: its value kind. A token
#: that is no mention has one of these (or none).
VALUE_LABELS = {"money": "MONEY", "percent": "PERCENT", "date": "DATE"}
_NOT_A_MENTION = ["", *VALUE_LABELS.values()]


def token_attrs(ontology: Ontology, token: dict, where: str) -> tuple[dict, str | None]:
    """spaCy attributes of one token of a pattern with kg's keys (``role``, ``mention``,
    ``value``, ``_: {kg_class: ...}``) turned into its own, and the token's role.

    Mentions are matched on the merged token's entity type, which extraction sets to the
    entity's class (or the value's kind): a native attribute, many times faster for
    spaCy's matchers than an extension attribute read through Python.
    """
    token = _plain_copy(token)
    role = token.pop("role", None)
    if role is not None and role not in ROLES:
        raise OntologyError(f"{where} has unknown role {role!r}")
    extension = token.pop("_", {}) or {}
    wanted = extension.pop("kg_class", None)
    mention = token.pop("mention", None)
    allowed: list[str] | None = None
    if mention == "any":
        allowed = sorted(c.name for c in ontology.entity_classes())
    elif mention == "none":
        allowed = list(_NOT_A_MENTION)
    elif mention is not None:
        allowed = sorted(_classes(ontology, [mention] if isinstance(mention, str) else list(mention), where))
    if wanted is not None:
        # An extension-style class test ("" for no mention), alone or narrowing a mention
        # ("a Person" within the relation's end).
        names = [wanted] if isinstance(wanted, str) else list(wanted.get("IN", []))
        narrowed = set(_NOT_A_MENTION if "" in names else []) | _classes(ontology, [n for n in names if n], where)
        if isinstance(wanted, dict) and "NOT_IN" in wanted:
            # "any end but a country" ("US peer Minjin": the country says where the peer
            # is, not whose), within the mention or the relation's end.
            dropped = [n for n in wanted["NOT_IN"] if n]
            base = set(allowed) if allowed is not None else set(_NOT_A_MENTION) | {c.name for c in ontology.entity_classes()}
            narrowed = (narrowed if "IN" in wanted else base) - _classes(ontology, dropped, where) \
                - (set(_NOT_A_MENTION) if "" in wanted["NOT_IN"] else set())
        allowed = sorted(narrowed if allowed is None else set(allowed) & narrowed)
    value = token.pop("value", None)
    if value is not None:
        if value not in _VALUE_KINDS:
            raise OntologyError(f"{where} has unknown value kind {value!r}")
        allowed = [VALUE_LABELS[value]]
    if allowed is not None:
        token["ENT_TYPE"] = {"IN": allowed}
    if extension:
        token["_"] = extension
    return token, role


def _plain_copy(value):
    """A deep copy of data as YAML reads it; ``copy.deepcopy``, which keeps a memo of
    everything it copies, took a third of :func:`token_attrs`' time."""
    if isinstance(value, dict):
        return {key: _plain_copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain_copy(item) for item in value]
    if value is None or isinstance(value, (str, int, float)):
        return value
    return copy.deepcopy(value)


def _classes(ontology: Ontology, names: list[str], where: str) -> set[str]:
    classes: set[str] = set()
    for name in names:
        try:
            classes |= ontology.subclasses(name)
        except OntologyError:
            raise OntologyError(f"{where} names unknown class {name!r}") from None
    return classes


def _percent_qualifiers(ontology: Ontology) -> set[str]:
    from kg.ontology import camel_to_snake

    return {camel_to_snake(name) for name in ontology.qualifiers if name.endswith("Percent")}


#: What extraction marks on tokens: a mention's class and entity, a value and its kind,
#: whether a country was named by its demonym, whether the entity was reached through a
#: reference ("it", "the company").
TOKEN_EXTENSIONS = (("kg_class", ""), ("kg_value_kind", ""), ("kg_demonym", False), ("kg_entity", None), ("kg_value", None), ("kg_coref", False))


def token_marks(tokens, name: str) -> list:
    """``token._.<name>`` of each of *tokens* (a Doc or a Span), in order, read in one pass.

    spaCy builds an object at each ``token._`` (about a microsecond: some 5% of extraction
    went on reading kg's marks a token at a time). It keeps an extension that has a default
    in ``doc.user_data`` under ``("._.", name, token.idx, None)``, which is read here; the
    defaults of :data:`TOKEN_EXTENSIONS` are immutable, so a missing key is the default.

    >>> import spacy
    >>> register_token_extensions()
    >>> doc = spacy.blank("en")("Hanul raised $5 million")
    >>> doc[2]._.kg_value_kind = "money"
    >>> token_marks(doc, "kg_value_kind"), token_marks(doc[1:3], "kg_value_kind")
    (['', '', 'money', '', ''], ['', 'money'])
    >>> token_marks(doc, "kg_value_kind") == [t._.kg_value_kind for t in doc]
    True
    """
    from spacy.attrs import IDX

    default = _MARK_DEFAULTS[name]
    doc = tokens.doc  # a Doc's .doc is itself
    data = doc.user_data
    if tokens is not doc:
        # A span's offsets are read token by token: ``Span.to_array`` costs more than
        # building the tokens of the short spans asked (~10,000 a document, most under 20
        # tokens: 3-4 times as long); a document's, whole, less.
        return [data.get(("._.", name, token.idx, None), default) for token in tokens]
    return [data.get(("._.", name, idx, None), default) for idx in tokens.to_array([IDX]).ravel().tolist()]


_MARK_DEFAULTS = dict(TOKEN_EXTENSIONS)


def token_mark(token, name: str):
    """``token._.<name>`` for one of kg's marks (:data:`TOKEN_EXTENSIONS`), read where spaCy
    keeps it, as :func:`token_marks` reads a run of tokens: ``token._`` builds an object at
    each read (about five times the cost of this; some 5% of extraction).

    >>> import spacy
    >>> register_token_extensions()
    >>> doc = spacy.blank("en")("Hanul raised $5 million")
    >>> doc[2]._.kg_value_kind = "money"
    >>> token_mark(doc[2], "kg_value_kind"), token_mark(doc[1], "kg_value_kind"), token_mark(doc[1], "kg_entity")
    ('money', '', None)
    >>> all(token_mark(t, name) == getattr(t._, name) for t in doc for name, _ in TOKEN_EXTENSIONS)
    True
    """
    return token.doc.user_data.get(("._.", name, token.idx, None), _MARK_DEFAULTS[name])


def doc_text(doc) -> str:
    """*doc*'s text, kept in its ``user_data`` once built: spaCy joins every token's text
    anew at each ``doc.text`` (some 15 reads a document), and nothing kg does to a parse
    (merging tokens, setting names) changes the text it covers.

    >>> import spacy
    >>> doc = spacy.blank("en")("Hanul raised $5 million.")
    >>> doc_text(doc), doc_text(doc) is doc_text(doc), doc_text(doc) == doc.text
    ('Hanul raised $5 million.', True, True)
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = "kg_text"


def marked_entities(tokens, name_class: str = "") -> frozenset:
    """The entity keys marked on *tokens* (a Doc or a Span; of class *name_class* only, when
    given), read as :func:`token_marks` reads them: a fact's dates ask this of its span at
    each step, and reading ``token._`` a token at a time cost more than the step itself.

    >>> import spacy
    >>> register_token_extensions()
    >>> doc = spacy.blank("en")("Hanul met Daewon at CES")
    >>> doc[0]._.kg_entity, doc[4]._.kg_entity, doc[4]._.kg_class = "Company:hanul", "Event:ces", "Event"
    >>> sorted(marked_entities(doc[:5])), sorted(marked_entities(doc, "Event")), marked_entities(doc[1:4])
    (['Company:hanul', 'Event:ces'], ['Event:ces'], frozenset())
    """
    keys = token_marks(tokens, "kg_entity")
    if name_class:
        return frozenset(key for key, cls in zip(keys, token_marks(tokens, "kg_class")) if key and cls == name_class)
    return frozenset(key for key in keys if key)


def register_token_extensions() -> None:
    """Declare kg's token attributes to spaCy (once; later calls do nothing)."""
    from spacy.tokens import Token

    for name, default in TOKEN_EXTENSIONS:
        if not Token.has_extension(name):
            Token.set_extension(name, default=default)


def label_mentions(doc) -> None:
    """Each merged mention's entity type becomes its class, each value's its kind, and
    nothing else keeps one: what the relation rules match on (see :func:`token_attrs`)."""
    from spacy.tokens import Span

    labelled = []
    for i, (name_class, kind) in enumerate(zip(token_marks(doc, "kg_class"), token_marks(doc, "kg_value_kind"))):
        label = name_class or VALUE_LABELS.get(kind, "")
        if label:
            labelled.append(Span(doc, i, i + 1, label=label))
    doc.ents = labelled


@functools.cache
def _vocab():
    from spacy.lang.en import English

    register_token_extensions()
    return English().vocab


def compile_check(pattern: list[dict], where: str, *, dependency: bool = False) -> None:
    """spaCy's own validation of a token pattern (or a dependency pattern), with the
    pattern named in the error.

    A pattern this spaCy version has passed before (kg's cache directory keeps their
    digests, see :func:`remember_checks`) is not validated again: validating the ~1,700
    patterns of the rules took more than a second in every process.
    """
    from spacy.matcher import DependencyMatcher, Matcher

    register_token_extensions()
    digest = _pattern_digest(pattern, dependency)
    checks = _checks()
    if digest is not None and digest in checks.passed:
        checks.used.add(digest)
        return
    matcher = (DependencyMatcher if dependency else Matcher)(_vocab(), validate=True)
    try:
        matcher.add("check", [pattern])
    except (ValueError, KeyError) as error:
        raise OntologyError(f"{where}: {str(error).splitlines()[0]}") from None
    if digest is not None:
        checks.passed.add(digest)
        checks.used.add(digest)
        checks.dirty = True


_CHECKS_KIND = "kg-checked-patterns/1"
#: Past this many remembered digests, only those used by this process are written back,
#: so digests of rules since edited do not pile up.
_MAX_CHECKS = 20_000


@dataclass
class _Checks:
    """Digests of patterns that passed validation: read from *path*, used and added here."""

    path: Path
    key: str
    passed: set[str]
    used: set[str] = field(default_factory=set)
    dirty: bool = False


def _pattern_digest(pattern: list[dict], dependency: bool) -> str | None:
    """The digest of a pattern as validated; None for one JSON cannot spell exactly."""
    try:
        text = json.dumps([dependency, pattern], sort_keys=True, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        return None
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _valid_digests(found: object) -> bool:
    return isinstance(found, list) and all(isinstance(d, str) and len(d) == 64 for d in found)


@functools.cache
def _checks() -> _Checks:
    import spacy

    from kg.store.pieces import cache_dir

    # What validation depends on besides the pattern: spaCy's version and kg's extensions.
    key = hashlib.sha256(f"{_CHECKS_KIND}\n{spacy.__version__}\n{TOKEN_EXTENSIONS!r}".encode()).hexdigest()
    path = cache_dir() / f"checked-patterns-{key[:16]}.json"
    passed = read_cached(path, kind=_CHECKS_KIND, key=key, field="passed", valid=_valid_digests)
    return _Checks(path, key, set(passed or ()))


def forget_cache() -> None:
    """Forget the checks this process holds (those not yet written by
    :func:`remember_checks` are lost), so that the next check reads them again from kg's
    cache directory (``KG_CACHE_DIR``)."""
    _checks.cache_clear()


def remember_checks() -> None:
    """Write the digests of the patterns validated so far to kg's cache directory (if any
    are new), for the next process."""
    checks = _checks()
    if not checks.dirty:
        return
    keep = checks.passed if len(checks.passed) <= _MAX_CHECKS else checks.used
    if write_cached(checks.path, {"passed": sorted(keep)}, kind=_CHECKS_KIND, key=checks.key, stale="checked-patterns-*.json"):
        checks.dirty = False
