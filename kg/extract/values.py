"""Qualifier values as news writes them: money with its currency and scale, percentages and
funding rounds; dates are :mod:`kg.extract.dates`' and :mod:`kg.extract.day_spans`'
(resolve_date and span_of_days are re-exported here, where the extractor has always asked
for them).

Currency words and scales are data (``data/reference/money.yaml``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from decimal import Decimal

from kg.errors import IngestError
from kg.extract.dates import counted_back, later_than, resolve_date
from kg.extract.day_spans import span_of_days
from kg.extract.patterns import token_mark
from kg.resources import read_yaml, resource_dir, word_set

__all__ = [
    "added_part_words",
    "counted_back",
    "funding_round",
    "funding_rounds",
    "holding_prepositions",
    "joint_sum",
    "joint_sum_words",
    "parties_sum",
    "later_than",
    "level_verbs",
    "listed_part",
    "money_of",
    "money_reference_words",
    "money_phrases",
    "money_words",
    "parse_money",
    "pair_noun",
    "pair_nouns",
    "parse_percent",
    "part_verbs",
    "price_verbs",
    "resolve_date",
    "same_money_nouns",
    "span_of_days",
    "story_currencies",
    "unit_price",
    "unit_price_words",
    "whole_stake_words",
]

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A decimal comma, as much of Europe and Central Asia writes it ("$2,1 billion", "€4,5 Mrd"):
# one or two digits after the comma, read so only before a scale word (a thousands comma
# has three digits after it).
_DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?!\d)"


@functools.cache
def money_words() -> tuple[dict[str, str], dict[str, float]]:
    """(currency word or sign -> ISO code, scale word -> factor), from money.yaml."""
    path = resource_dir("data") / "reference" / "money.yaml"
    data = read_yaml(path, IngestError, "reference data")
    currencies, scales = data.get("currencies"), data.get("scales")
    if not isinstance(currencies, dict) or not isinstance(scales, dict):
        raise IngestError(f"{path}: needs 'currencies' and 'scales' mappings")
    words = {}
    for code, names in currencies.items():
        if not re.fullmatch(r"[A-Z]{3}", str(code)):
            raise IngestError(f"{path}: {code!r} is not an ISO 4217 code")
        for name in names:
            words[str(name).casefold()] = str(code)
    return words, {str(k).casefold(): float(v) for k, v in scales.items()}


def _as_written(name: str) -> str:
    """A currency name as a pattern: an ISO code in capitals or with a capital first only
    ("PHP 2 billion", "Php 2 billion", "Rmb10bn"; "try 5 times" is no Turkish money), other
    names in any case."""
    code = re.fullmatch(r"[a-z]{3}", name) and name.upper() in _codes()
    return f"(?-i:{name.upper()}|{name.title()})" if code else re.escape(name)


@functools.cache
def _codes() -> frozenset[str]:
    path = resource_dir("data") / "reference" / "money.yaml"
    return frozenset(str(code) for code in ((read_yaml(path, IngestError, "reference data") or {}).get("currencies") or {}))


@functools.cache
def _signs() -> tuple[str, ...]:
    """The currency names of money.yaml written before a number: signs and codes, any name
    not written in lower case ("$", "US$", "RMB", "Rs"), casefolded as money_words keys them."""
    path = resource_dir("data") / "reference" / "money.yaml"
    currencies = (read_yaml(path, IngestError, "reference data") or {}).get("currencies") or {}
    return tuple(str(name).casefold() for names in currencies.values() for name in names if str(name) != str(name).lower()
                 or not str(name).replace(" ", "").isalpha())


@functools.cache
def whole_stake_words() -> frozenset[str]:
    """Words by which a buyer takes all of a firm ("all outstanding shares"), from money.yaml."""
    return _reference_words("whole_stake_words")


@functools.cache
def holding_prepositions() -> frozenset[str]:
    """Prepositions by which a holder's title gives its stake ("the largest shareholder at 25
    percent"), from money.yaml."""
    return _reference_words("holding_prepositions")


@functools.cache
def added_part_words() -> frozenset[str]:
    """Words by which a percentage is a part added to a stake ("a further 5%"), from money.yaml."""
    return _reference_words("added_part_words")


@functools.cache
def joint_sum_words() -> frozenset[str]:
    """Words by which a sum is that of several parties ("a combined"), from money.yaml."""
    return _reference_words("joint_sum_words")


def joint_sum(money) -> bool:
    """Whether a money token is the sum of several parties ("a combined 80 billion won":
    ``joint_sum_words`` of money.yaml, on the token or in its merged words), or the total of
    several deals told together ("the acquisition of a stake in A and an equity in B with a
    total investment of Rs 335 crore": ``total_sum_words`` on the noun the sum is of, the
    deal noun it is on coordinated with another)."""
    if parties_sum(money):
        return True
    noun = money.head.head if money.dep_ == "pobj" and money.head.lower_ == "of" else None
    if noun is None or noun.pos_ != "NOUN" or not (noun.lower_ in _reference_words("total_sum_words") or any(
            c.dep_ == "amod" and c.lower_ in _reference_words("total_sum_words") for c in noun.children)):
        return False
    deal = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "for") else None
    return deal is not None and deal.pos_ == "NOUN" and (any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in deal.children)
                                                          or deal.dep_ == "conj" and deal.head.pos_ == "NOUN")


def parties_sum(money) -> bool:
    """Whether a money token is told as the sum of several parties ("a combined $73 million",
    ``joint_sum_words`` of money.yaml, on the token or in its merged words)."""
    words = joint_sum_words()
    return any(c.lower_ in words for c in money.children if c.dep_ == "amod") or bool(words & set(money.lower_.split()))


@functools.cache
def same_money_nouns() -> frozenset[str]:
    """Nouns by which a deal is priced as an earlier one ("for the same price"), from money.yaml."""
    return _reference_words("same_money_nouns")


@functools.cache
def part_verbs() -> frozenset[str]:
    """Verbs by which an investor's own part of a round is told ("which put in $20 million"),
    from money.yaml."""
    return _reference_words("part_verbs")


@functools.cache
def level_verbs() -> dict[str, frozenset[str]]:
    """Verbs of a level reached with the prepositions before the level (``direct``: the
    object), from money.yaml: "reaching $1.1 billion", "standing at $2 billion"."""
    path = resource_dir("data") / "reference" / "money.yaml"
    table = (read_yaml(path, IngestError, "reference data") or {}).get("level_verbs")
    if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
        raise IngestError(f"{path}: 'level_verbs' must map verbs to lists of prepositions")
    return {str(verb).lower(): frozenset(str(p).lower() for p in preps) for verb, preps in table.items()}


@functools.cache
def price_verbs() -> dict[str, frozenset[str]]:
    """Verbs of paying with the prepositions of what is paid for ("paid $30 million for X",
    "spent $30 million on X"), from money.yaml: money on one, in a sentence naming the
    deal's two ends, is that deal's price."""
    path = resource_dir("data") / "reference" / "money.yaml"
    table = (read_yaml(path, IngestError, "reference data") or {}).get("price_verbs")
    if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
        raise IngestError(f"{path}: 'price_verbs' must map verbs to lists of prepositions")
    return {str(verb).lower(): frozenset(str(p).lower() for p in preps) for verb, preps in table.items()}


@functools.cache
def pair_nouns() -> frozenset[str]:
    """Plural nouns by which a sentence names two parties at once ("the two countries"),
    from money.yaml."""
    return _reference_words("pair_nouns")


@functools.cache
def unit_price_words() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns of one unit after "per" or "a": "share"; words that price each by themselves:
    "apiece"), from money.yaml: money so written prices one share, not the deal."""
    return _reference_words("unit_nouns"), _reference_words("each_words")


def _reference_words(key: str) -> frozenset[str]:
    return word_set(resource_dir("data") / "reference" / "money.yaml", key, IngestError, "reference data")


@functools.cache
def money_reference_words(key: str) -> frozenset[str]:
    """The words of list *key* of data/reference/money.yaml, read once."""
    return _reference_words(key)


@functools.cache
def _money_pattern() -> re.Pattern:
    words, scales = money_words()
    currency = "|".join(_as_written(w) for w in sorted(words, key=len, reverse=True))
    # Before the number only a sign or a code ("$", "RMB", "Rs"): a word of the language
    # comes after it ("9 billion won"), and "won 5 awards" is no money.
    signs = "|".join(_as_written(w) for w in sorted(_signs(), key=len, reverse=True))
    scale = "|".join(re.escape(s) for s in sorted(scales, key=len, reverse=True))
    # Gaps of a few spaces at most: an open \s* scanned every run of blanks from each of its
    # starts, quadratic on a page of whitespace.
    # A range ("$10-20 million") is read as its low end, the least the text says; a
    # hyphen may join the number to its scale ("$5-million") and the scale to its currency
    # ("a 500 billion-won deal"), and two scales multiply ("Rs 1.5 lakh crore").
    in_words = _in_words()
    # A one-letter sign ("R50bn", "N2 billion", "P5 billion") only joined to a number with a
    # scale after it, and only in a story of its country (see story_currencies).
    letters = "|".join(re.escape(letter) for letter in _letter_signs())
    letter = rf"(?P<letter>(?<![^\W\d_])(?-i:{letters}))(?=\d[\d.,]*\s?(?:{scale})\b)|" if letters else ""
    decimal_comma = rf"{_DECIMAL_COMMA}(?=(?:\s{{0,3}}|-)(?:{scale})\b)"
    return re.compile(
        rf"(?:{letter}(?P<pre>(?<![^\W\d_])(?:{signs})))?\s{{0,3}}(?P<number>{decimal_comma}|{_NUMBER}|{in_words})"
        rf"(?:\s?(?:-|–|to)\s?(?:{signs})?(?P<high>{_NUMBER}))?"
        rf"(?:(?:\s{{0,3}}|-)(?P<scale>(?:{scale})\b(?:\s(?:{scale})\b)?))?\.?(?:-(?=(?:{currency})\b)|\s{{0,3}})(?P<post>(?:{currency})\b)?",
        re.IGNORECASE,
    )


def _in_words() -> str:
    """A number in words, only right before a scale word ("half a billion dollars"), as a pattern."""
    spelled, spelled_scales = _number_words()
    in_words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(spelled, key=len, reverse=True))
    return rf"\b(?:{in_words})(?=(?:\s{{1,3}}|-)(?:{'|'.join(map(re.escape, spelled_scales))})\b)"


@functools.cache
def _number_starts() -> tuple[re.Pattern, int]:
    """Where a money phrase's number may begin (a digit, a number in words before a scale),
    and how far before it the phrase may begin (the longest sign and three blanks)."""
    return re.compile(rf"\d|{_in_words()}", re.IGNORECASE), max(len(s) for s in (*_signs(), *_letter_signs())) + 3


def _money_matches(text: str):
    """The money pattern's matches in *text*, the same as its ``finditer``, tried only at the
    few places before a number where one may begin.

    The pattern opens with optional signs, so the regular expression engine tried it at
    every character (a third of a second on the benchmark's 343 texts); every match holds a
    number that begins at most a sign and three blanks after the match, so the first place
    a number may begin, and the stretch before it, is where the next match is to be looked for.

    >>> text = "Hanul paid US$ 2bn, half a billion euros and Rs 1.5 lakh crore; 2024 sales rose 5%"
    >>> [m.span() for m in _money_matches(text)] == [m.span() for m in _money_pattern().finditer(text)]
    True
    >>> [text[slice(*m.span())].strip() for m in _money_matches(text)][:3]
    ['US$ 2bn', 'half a billion euros', 'Rs 1.5 lakh crore']
    """
    pattern = _money_pattern()
    numbers, reach = _number_starts()
    position = tried = 0  # the next match begins at position or later; none begins before tried
    while (number := numbers.search(text, position)) is not None:
        at = max(position, tried, number.start() - reach)
        match = None
        while at <= number.start() and (match := pattern.match(text, at)) is None:
            at += 1
        if match is None:
            position = tried = number.start() + 1
            continue
        yield match
        position = tried = match.end()


def money_phrases(text: str, story: Mapping[str, str] | None = None) -> list[tuple[int, int]]:
    """Character spans of the money phrases of *text* (a number with a currency before or
    after it), for the ones a statistical model cuts short ("$2.2bn", "41.3 million euros");
    *story* as for :func:`parse_money`.

    >>> text = "raised 41.3 million euros ($48 million) and RMB 4b"
    >>> [text[a:b] for a, b in money_phrases(text)]
    ['41.3 million euros', '$48 million', 'RMB 4b']
    """
    found = []
    for match in _money_matches(text):
        if _currency_of(match, story):
            start, end = match.span()
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1] in " .\n":
                end -= 1
            found.append((start, end))
    return found


def parse_money(text: str, story: Mapping[str, str] | None = None) -> tuple[float, str] | None:
    """(amount in units of the currency, ISO code) for a money phrase, or None; *story* maps
    names several currencies share to the one the story means (:func:`story_currencies`).

    >>> parse_money("approximately 2.37 trillion yuan")
    (2370000000000.0, 'CNY')
    >>> parse_money("around $340 billion"), parse_money("9 billion won"), parse_money("US$1.5m")
    ((340000000000.0, 'USD'), (9000000000.0, 'KRW'), (1500000.0, 'USD'))
    >>> parse_money("$128.3 billion"), parse_money("$10-20 million"), parse_money("Rs 1.5 lakh crore")
    ((128300000000.0, 'USD'), (10000000.0, 'USD'), (1500000000000.0, 'INR'))
    >>> parse_money("12 apples") is None, parse_money("¥40 billion", {"¥": "CNY"})
    (True, (40000000000.0, 'CNY'))
    """
    words, scales = money_words()
    for match in _money_pattern().finditer(text):
        currency = _currency_of(match, story)
        if not currency:
            continue
        symbol = (match.group("post") or match.group("pre") or match.group("letter") or "").casefold()
        currency = (story or {}).get(symbol, currency)
        # In decimal, so that "128.3 billion" is 128300000000, not binary's 128300000000.00002.
        number = match.group("number")
        if re.fullmatch(_DECIMAL_COMMA, number):
            number = number.replace(",", ".")
        amount = Decimal(number.replace(",", "")) if number[0].isdigit() else _number_words()[0][" ".join(number.casefold().split())]
        for word in (match.group("scale") or "").casefold().split():
            amount *= Decimal(str(scales[word]))
        return float(round(amount, 6)), currency
    return None


def _currency_of(match: re.Match, story: Mapping[str, str] | None = None) -> str | None:
    """The ISO code of a money pattern's match: its sign or currency word, else the currency
    its scale names ("500 crore"), else None (a bare number); a one-letter sign only where
    the *story* is of its country ("R50bn" in a South African story)."""
    if match.group("letter") and not match.group("post"):
        return (story or {}).get(match.group("letter").casefold())
    # A code joined to a bare number by a full stop is a listing's exchange ("603019.SH": a
    # Shanghai ticker), not shillings.
    if match.group("post") and not (match.group("pre") or match.group("scale")) \
            and match.string[match.end("number"):match.start("post")] == ".":
        return None
    # A word after the number names the currency a sign before it leaves open ("¥1.2
    # billion yuan": yuan, not yen).
    symbol = match.group("post") or match.group("pre")
    if symbol and len(symbol) == 3 and symbol.istitle() and symbol.upper() in _codes() and not match.group("scale"):
        return None  # "Try 5 times": a code written "Php" is money only with its scale ("Php 2 billion")
    if symbol:
        return money_words()[0][symbol.casefold()]
    scale = (match.group("scale") or "").casefold().split()
    if scale and _counted_after(match):
        return None  # "bought 1.9 crore shares": a count of things, no sum of rupees
    return _scale_currencies().get(scale[-1]) if scale else None


def _counted_after(match: re.Match) -> bool:
    """Whether one of the two words after a number with no currency of its own names the
    things it counts (``counted_nouns`` of money.yaml: "1.9 crore equity shares")."""
    return any(word in _reference_words("counted_nouns") for word in match.string[match.end():match.end() + 40].casefold().split()[:2])


def story_currencies(text: str) -> dict[str, str]:
    """The currency each name several currencies share (``shared_names`` of money.yaml) means
    in *text*: the one whose words the text uses most, where it uses any; casefolded names.

    >>> story_currencies("Shenzhen-based Hanul raised ¥40 billion from Chinese investors.")["¥"]
    'CNY'
    >>> "¥" in story_currencies("Hanul raised ¥40 billion.")
    False
    """
    chosen = {}
    for names, cues, beside in _shared_names():
        # A name read as a local currency only where the text also writes the other one
        # marked ("US$"): a text that marks it does not mean it by the bare name.
        if beside and not any(pattern.search(text) for word, pattern in beside if word in text):
            continue
        # A word the text does not hold is no match: the cheap test skips most patterns.
        counts = {code: sum(len(pattern.findall(text)) for word, pattern in patterns if word in text)
                  for code, patterns in cues.items()}
        best = max(counts, key=lambda code: counts[code])  # the first listed on a tie
        if counts[best]:
            chosen.update((name, best) for name in names)
    return chosen


@functools.cache
def _shared_names() -> tuple[tuple[tuple[str, ...], dict[str, tuple[tuple[str, re.Pattern], ...]], tuple[tuple[str, re.Pattern], ...]], ...]:
    path = resource_dir("data") / "reference" / "money.yaml"
    entries = (read_yaml(path, IngestError, "reference data") or {}).get("shared_names") or []
    read = []
    for entry in entries:
        currencies = entry.get("currencies") if isinstance(entry, dict) else None
        if not isinstance(currencies, dict) or not all(re.fullmatch(r"[A-Z]{3}", str(c)) for c in currencies):
            raise IngestError(f"{path}: each of 'shared_names' needs 'names' and 'currencies' keyed by ISO 4217 codes")
        cues = {str(code): _word_patterns(words) for code, words in currencies.items()}
        read.append((tuple(str(name).casefold() for name in entry.get("names") or ()), cues,
                     _word_patterns(entry.get("beside"))))
    return tuple(read)


def _word_patterns(words) -> tuple[tuple[str, re.Pattern], ...]:
    """Each word with a pattern finding it as written, not inside a longer word (a sign such
    as "US$" may run into its number)."""
    found = []
    for word in map(str, words or ()):
        end = r"(?!\w)" if word[-1:].isalnum() else ""
        found.append((word, re.compile(rf"(?<!\w){re.escape(word)}{end}")))
    return tuple(found)


@functools.cache
def _letter_signs() -> tuple[str, ...]:
    """The one-letter signs of money.yaml's ``letter_signs``, as written."""
    return tuple(sorted(str(w).upper() for w in _reference_words("letter_signs")))


@functools.cache
def _number_words() -> tuple[dict[str, Decimal], tuple[str, ...]]:
    """(number word -> its value, the scale words a number in words must come before), from
    money.yaml's ``number_words`` and ``number_word_scales``."""
    path = resource_dir("data") / "reference" / "money.yaml"
    data = read_yaml(path, IngestError, "reference data") or {}
    words, scales = data.get("number_words") or {}, data.get("number_word_scales") or []
    if not isinstance(words, dict) or not all(isinstance(v, (int, float)) for v in words.values()):
        raise IngestError(f"{path}: 'number_words' must map words to numbers")
    return {" ".join(str(k).casefold().split()): Decimal(str(v)) for k, v in words.items()}, tuple(str(s).casefold() for s in scales)


@functools.cache
def _scale_currencies() -> dict[str, str]:
    path = resource_dir("data") / "reference" / "money.yaml"
    table = (read_yaml(path, IngestError, "reference data") or {}).get("scale_currencies") or {}
    if not isinstance(table, dict) or not all(re.fullmatch(r"[A-Z]{3}", str(v)) for v in table.values()):
        raise IngestError(f"{path}: 'scale_currencies' must map scale words to ISO 4217 codes")
    return {str(k).casefold(): str(v) for k, v in table.items()}


def parse_percent(text: str) -> float | None:
    """The number of a percentage phrase.

    >>> parse_percent("1.7 percent"), parse_percent("30%"), parse_percent("a fifth") is None
    (1.7, 30.0, True)
    >>> parse_percent("a 51-percent stake"), parse_percent("4.5pc"), parse_percent("10% to 15%")
    (51.0, 4.5, 15.0)
    """
    sign = r"(?:\s*|-)(?:%|per\s*cent|percent\b|pct\b|pc\b)"
    # "10% to 15%", each figure a percentage: a change, read as where it ends.
    change = re.search(rf"(?:{_NUMBER}){sign}\s*to\s*({_NUMBER}){sign}", text, re.IGNORECASE)
    match = change or re.search(rf"({_NUMBER}){sign}", text, re.IGNORECASE)
    return float(match.group(1).replace(",", "")) if match else None


_ROUND = re.compile(
    r"\b(?:(?P<pre>pre-?\s?)?(?:series|round)\s+(?P<letter>[a-h])(?P<part>\+{1,2}|-?\d)?(?![\w-])"
    # "pre-A", "a B round", "B+ round": a bare letter only before a round word, and never
    # "A", which is an article as often ("A round led by ...").
    r"|pre-?(?P<pre_letter>[a-h])(?P<pre_part>\+)?(?=[\s-]+(?:round|funding|financing))"
    r"|(?-i:(?P<bare>[B-H]))(?P<bare_part>\+{1,2}|-?\d)?(?=[\s-]+(?:round|funding|financing)\b)"
    r"|(?P<word>pre-seed|seed|angel|pre-ipo|bridge|growth)\b(?=[\s-]+(?:funding|financing|investment|stage|round))"
    r"|(?P<strategic>strategic)\b(?=[\s-]+(?:funding|financing|round))"
    r"|(?P<ipo>ipo)\b)",
    re.IGNORECASE,
)


def funding_round(text: str) -> str | None:
    """The funding round a sentence names, in kg's spelling (``series-b``, ``seed``), the
    spelling of its store and of the Crunchbase tables; FORMAT.md fixes none.

    >>> funding_round("led a $40 million Series B round"), funding_round("its seed funding")
    ('series-b', 'seed')
    >>> funding_round("a Series B+ round"), funding_round("its pre-A round"), funding_round("a C round")
    ('series-b+', 'pre-series-a', 'series-c')
    >>> funding_round("a series of deals") is None, funding_round("a strategic investment") is None
    (True, True)
    >>> funding_round("growth-stage firms such as Hanul, which raised a Series F round"), funding_round("a seed-stage firm")
    ('series-f', 'seed')
    """
    matches = list(_ROUND.finditer(text))
    # "growth-stage companies, including Hanul, which raised a Series F round": a stage that
    # describes firms yields to a round the sentence names.
    named = [m for m in matches if not re.match(r"[\s-]+stage", text[m.end():])]
    match = (named or matches or [None])[0]
    return _stage(match) if match else None


def funding_rounds(text: str) -> frozenset[str]:
    """Every funding round a text names, as :func:`funding_round` spells them.

    >>> sorted(funding_rounds("after its seed round, it raised a Series A and then a Series B"))
    ['seed', 'series-a', 'series-b']
    """
    return frozenset(_stage(match) for match in _ROUND.finditer(text))


def _stage(match: re.Match) -> str:
    found = match.groupdict()
    if found["letter"] or found["bare"]:
        stage = f"series-{(found['letter'] or found['bare']).lower()}{found['part'] or found['bare_part'] or ''}"
        return f"pre-{stage}" if found["pre"] else stage
    if found["pre_letter"]:
        return f"pre-series-{found['pre_letter'].lower()}{found['pre_part'] or ''}"
    return (found["word"] or found["strategic"] or found["ipo"]).lower()


def unit_price(money) -> bool:
    """Whether a money token prices one unit ("$30 per share", "4,050 yen apiece"), by the
    words after it (``unit_price_words`` of money.yaml); not a sum each of several subjects
    puts in ("A and B invested $25 million each")."""
    doc, after = money.doc, money.i + 1
    following = [t.lower_ for t in doc[after:min(after + 2, len(doc))]]
    if not following:
        return False
    units, each = unit_price_words()
    if following[0] in each:
        # "A and B invested $25 million each": each party's own sum, no price of a unit.
        verb = money.head.head if money.dep_ == "pobj" else money.head
        return not any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children) for c in verb.children)
    return len(following) == 2 and following[0] in ("per", "a", "an") and following[1] in units


def listed_part(part) -> bool:
    """Whether the percentage *part* is one of several listed ("51 percent and 49 percent
    stakes"): another percentage coordinated with it, or with the stake noun it is on;
    without "respectively" no reading pairs them with their holders.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from kg.extract.patterns import register_token_extensions
    >>> register_token_extensions()
    >>> doc = Doc(spacy.blank("en").vocab, words=["51 percent", "and", "49 percent", "stakes"], heads=[0, 0, 3, 0],
    ...           deps=["ROOT", "cc", "compound", "conj"])
    >>> doc[0]._.kg_value_kind = doc[2]._.kg_value_kind = "percent"
    >>> listed_part(doc[0]), listed_part(doc[2])
    (True, True)
    """
    def percent_on(token, besides=None) -> bool:
        return token_mark(token, "kg_value_kind") == "percent" or any(
            token_mark(c, "kg_value_kind") == "percent" for c in token.children if besides is None or c.i != besides.i)

    if any(c.dep_ == "conj" and percent_on(c) for c in part.children):
        return True
    listed = part if part.dep_ == "conj" else part.head if part.head.dep_ == "conj" and part.head.i != part.i else None
    # Not the part itself on the noun it restates ("1.6 million shares, or 6.72 percent").
    return listed is not None and percent_on(listed.head, besides=listed)


@functools.cache
def _pair_adjectives() -> frozenset[str]:
    return _reference_words("pair_adjectives")


def pair_noun(token) -> bool:
    """Whether *token* names two parties at once: a plural noun of ``pair_nouns``
    (money.yaml) after "the", "both" or "two" ("the two countries", "both companies"), or an
    adjective of ``pair_adjectives`` on a noun ("bilateral trade", "two-way trade")."""
    if token.dep_ == "amod" and token.lower_ in _pair_adjectives():
        return True
    # "Two-way trade": the tokenizer parts the hyphen, and the parse hangs "Two" on "way".
    if token.dep_ in ("amod", "compound") and token.head.pos_ == "NOUN" and any(c.text in ("-", "‐") for c in token.children) \
            and "".join(t.text for t in token.subtree).lower() in _pair_adjectives():
        return True
    return token.tag_ == "NNS" and token.lower_ in pair_nouns() and any(
        c.lower_ in ("the", "both", "two") for c in token.children if c.dep_ in ("det", "nummod", "predet"))


def money_of(values: list) -> dict:
    """The amount and currency of the first money value, with the US-dollar figure that
    follows it within four tokens ("1.5 billion euros, or about $1.7 billion")."""
    money = [t for t in values if token_mark(t, "kg_value_kind") == "money"]
    if not money:
        return {}
    amount, currency = token_mark(money[0], "kg_value")
    read = {"amount": amount, "currency": currency}
    if currency != "USD" and len(money) > 1 and token_mark(money[1], "kg_value")[1] == "USD" and money[1].i - money[0].i <= 4:
        read["amount_usd"] = token_mark(money[1], "kg_value")[0]
    return read
