"""News outlets and wire services by name: "Reuters", "Nikkei Asia", "Korea Bizwire", "The
Yomiuri Shimbun". NER calls many of them people or places ("Caixin", "Nikkei Asia"); they
are organisations, which the gold files count as companies.

An outlet is a name of ``news_outlets`` in ``data/reference/names.yaml`` or a name of two
words or more ending in one of its ``news_outlet_heads`` (a head of two words, such as "News
Agency", after a word or more).

>>> outlets = Outlets.from_cues({"news_outlets": ["Nikkei Asia"], "news_outlet_heads": ["Shimbun"]})
>>> outlets.is_outlet("Nikkei Asia"), outlets.is_outlet("The Yomiuri Shimbun"), outlets.is_outlet("Shimbun")
(True, True, False)
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.ingest.normalize import name_key

__all__ = ["Outlets"]


@dataclass(frozen=True)
class Outlets:
    """What makes a name a news outlet's."""

    names: frozenset[str] = frozenset()  # name keys of outlets news names bare
    heads: frozenset[str] = frozenset()  # last words of outlets' names: "Shimbun", "Bizwire"

    @classmethod
    def from_cues(cls, cues: dict) -> Outlets:
        """From the ``news_outlets`` and ``news_outlet_heads`` of names.yaml."""
        return cls(
            frozenset(name_key(str(n)) for n in cues.get("news_outlets") or ()),
            frozenset(str(w) for w in cues.get("news_outlet_heads") or ()),
        )

    def is_listed(self, name: str) -> bool:
        """Whether *name* is an outlet's of the list: a name of its own though its words are
        generic ("Financial Times", "Sputnik")."""
        return name_key(name) in self.names

    def is_outlet(self, name: str) -> bool:
        """Whether *name* is a news outlet's, by the list or by its last word."""
        words = name.split()
        # A head may be two words ("Yonhap News Agency": not a public body's agency).
        return bool(words) and (name_key(name) in self.names or len(words) > 1 and words[-1] in self.heads
                                or len(words) > 2 and " ".join(words[-2:]) in self.heads) or self.bare(name) is not None

    def bare(self, name: str) -> str | None:
        """The listed outlet's name of *name* written with what it is in lower case ("Xinhua
        news agency", "Kyodo news service"), else None: the agency, no public body its
        "agency" had made it (session 31, fresh news)."""
        for tail in (" news agency", " news service", " agency", " news"):
            if name.endswith(tail) and name_key(name[:-len(tail)]) in self.names:
                return name[:-len(tail)]
        return None
