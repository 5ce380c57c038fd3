"""The endpoint's own reading of query strings and form bodies gives what the standard
library's ``parse_qsl`` gives, on generated texts (fixed seed) that mix valid and broken
escapes, '+', backslashes, non-ASCII and invalid UTF-8."""

from __future__ import annotations

import random
from urllib.parse import parse_qsl, quote_plus

from kg.serve.protocol import form_fields

_PIECES = ["%", "%2", "%41", "%7b", "%C3%A9", "%C3", "%ff", "%zz", "+", "\\", "\\x41", "\\%41", "=", "&", "&&", "é", "a", "query", " ", "%25"]


def test_form_fields_read_as_parse_qsl():
    rng = random.Random(11)
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(12)))
        assert form_fields(text) == parse_qsl(text, keep_blank_values=True), text


def test_encoded_queries_round_trip():
    rng = random.Random(12)
    alphabet = "SELECT?x{}<>:/#\"'\\%+&=;é漢 \n\t"
    for _ in range(2_000):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randrange(60)))
        assert form_fields(f"query={quote_plus(query)}&default-graph-uri=") == [("query", query), ("default-graph-uri", "")]
