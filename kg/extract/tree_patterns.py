"""Dependency-tree patterns matched outward from one selective node.

spaCy's ``DependencyMatcher`` first runs every node of every pattern as a one-token
pattern over the whole document, then joins the hits. With the relation frames most nodes
are generic ("a subject", "a preposition", "an object"), so that first step tests a few
hundred node patterns on every token and costs more than the parse it reads.
:class:`TreePatterns` takes the same patterns but starts each one at its anchor, a node
that names its words (the frame's trigger), found through an index from words to nodes;
from there it follows the pattern's relations, testing a node only on the tokens related
to one already matched.

Its matches are ``DependencyMatcher``'s, token for token and in the same order: pattern by
pattern in the order they were added, then tree by tree (a tree is one root's tokens) in
the order spaCy meets them, then by token ids. Only what the frames use is taken: the
relations ``<``, ``>``, ``<<``, ``>>`` and, per node, attributes from :data:`ATTRIBUTES`
tested for a value, ``IN`` or ``NOT_IN``. A pattern of another form is never read
otherwise than spaCy reads it: it is refused, or, when the matcher was given a vocabulary,
all the patterns go to spaCy's own matcher from then on.
``tests/extract/test_tree_patterns.py`` compares the two matchers on every frame pattern
over parsed and random trees.
"""

from __future__ import annotations

from kg.extract.token_tests import EQUAL, NOT_IN, REGEX, fits, read_test

__all__ = ["ATTRIBUTES", "TreePatterns"]

#: The token attributes a node may test, each read as spaCy's matcher reads it (an id).
ATTRIBUTES = ("LEMMA", "LOWER", "POS", "TAG", "DEP", "ENT_TYPE")
_COLUMN = {name: number for number, name in enumerate(ATTRIBUTES)}
_WORDS = (_COLUMN["LEMMA"], _COLUMN["LOWER"])
# A relation read from its left node (down) or from its right one (up): what to follow.
_CHILDREN, _HEAD, _DESCENDANTS, _ANCESTORS = range(4)
_FOLLOW = {">": (_CHILDREN, _HEAD), "<": (_HEAD, _CHILDREN), ">>": (_DESCENDANTS, _ANCESTORS), "<<": (_ANCESTORS, _DESCENDANTS)}


def _tests(attributes: dict) -> tuple:
    """A node's ``RIGHT_ATTRS`` as ``(column, kind, id or ids)`` tests."""
    tests = []
    for name, wanted in attributes.items():
        if name not in _COLUMN:
            raise ValueError(f"tree pattern attribute {name!r} is not one of {', '.join(ATTRIBUTES)}")
        test = read_test(_COLUMN[name], wanted)
        if test is None or test[1] == REGEX:
            raise ValueError(f"tree pattern test {name}: {wanted!r} is not a string, IN or NOT_IN of strings")
        tests.append(test)
    return tuple(tests)


class _Tree:
    """What matching needs of one parsed document: attribute ids and the tree's links,
    as lists of ints (spaCy's tokens are slow to make one by one)."""

    def __init__(self, doc) -> None:
        from spacy.attrs import HEAD

        # Column by column straight from the array (transposed there, not row by row here).
        self.columns = doc.to_array([*ATTRIBUTES, HEAD]).T.tolist() if len(doc) else [[] for _ in range(len(ATTRIBUTES) + 1)]
        # The head is stored as an offset in an unsigned array: left heads wrap around.
        self.head = [i + (offset - (1 << 64) if offset >= 1 << 63 else offset) for i, offset in enumerate(self.columns.pop())]
        self.children: list[list[int]] = [[] for _ in self.head]
        for i, head in enumerate(self.head):
            if head != i:
                self.children[head].append(i)
        self.root = self._roots()

    def _roots(self) -> list[int]:
        """Each token's root, each chain of heads walked once (a token's root is its
        head's: walked up from every token, a long sentence cost a walk per word)."""
        head = self.head
        root = [-1] * len(head)
        for i in range(len(head)):
            if root[i] >= 0:
                continue
            chain = [i]
            j = i
            while head[j] != j and root[j] < 0:
                j = head[j]
                chain.append(j)
            top = j if head[j] == j else root[j]
            for k in chain:
                root[k] = top
        return root

    def related(self, way: int, token: int) -> list[int]:
        """The tokens *token* leads to: its children, its head, all below it or all above."""
        if way == _CHILDREN:
            return self.children[token]
        if way == _HEAD:
            head = self.head[token]
            return [] if head == token else [head]
        if way == _ANCESTORS:
            found = []
            while self.head[token] != token:
                token = self.head[token]
                found.append(token)
            return found
        found, stack = [], list(self.children[token])
        while stack:
            below = stack.pop()
            found.append(below)
            stack.extend(self.children[below])
        return found

    def in_one_piece(self) -> bool:
        """Whether each tree's tokens stand together in the text (a parse's sentences do)."""
        seen = set()
        for i, root in enumerate(self.root):
            if i and root == self.root[i - 1]:
                continue
            if root in seen:
                return False
            seen.add(root)
        return True


class TreePatterns:
    """Dependency patterns in ``DependencyMatcher``'s form, matched from an anchor node.

    Parameters
    ----------
    vocab : spacy.vocab.Vocab, optional
        With it, a pattern of a form not read here (see the module docstring) is not
        refused: from then on all the patterns run on spaCy's own ``DependencyMatcher``
        (slower, same matches; :attr:`on_spacy` tells).
    anchors : tuple of str
        ``RIGHT_ID`` names to start a pattern from, best first, when that node tests a
        word (``LEMMA`` or ``LOWER``); otherwise the first node with a value or ``IN``
        test is the anchor.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> vocab = spacy.blank("en").vocab
    >>> doc = Doc(vocab, words=["Hanul", "bought", "Minjin", "."], heads=[1, 1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "punct"], lemmas=["Hanul", "buy", "Minjin", "."])
    >>> patterns = TreePatterns(anchors=("trigger",))
    >>> patterns.add("buys", [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": ["buy", "acquire"]}}},
    ...                       {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "actor", "RIGHT_ATTRS": {"DEP": "nsubj"}},
    ...                       {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "theme", "RIGHT_ATTRS": {"DEP": "dobj"}}])
    >>> patterns(doc)
    [('buys', [1, 0, 2])]
    """

    def __init__(self, vocab=None, anchors: tuple[str, ...] = ()) -> None:
        self._vocab = vocab
        self._spacy = None  # spaCy's DependencyMatcher, once a pattern needs it
        self._anchors = anchors
        self._keys: list[str] = []
        self._nodes: list[list[dict]] = []
        self._tests: list[tuple] = []  # per pattern, per node
        self._plans: list[tuple] = []  # per pattern: (node, from node, way) after the anchor
        self._anchor_of: list[int] = []
        # (column, id) -> [(pattern, anchor node)]; patterns whose anchor tests no value
        # (only NOT_IN) are tried on every token.
        self._index: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._everywhere: list[tuple[int, int]] = []
        self._all_tests: list[tuple] | None = None
        self._columns_index: dict[int, dict[int, list[tuple[int, int]]]] | None = None

    def __len__(self) -> int:
        return len(self._keys)

    def patterns(self) -> list[tuple[str, list[dict]]]:
        """The patterns added, as ``(key, nodes)`` in the order of adding."""
        return list(zip(self._keys, self._nodes))

    @property
    def on_spacy(self) -> bool:
        """Whether the patterns run on spaCy's ``DependencyMatcher`` (see *vocab*)."""
        return self._spacy is not None

    def add(self, key: str, nodes: list[dict]) -> None:
        """Add one pattern under *key* (matches are reported in the order of adding).

        Raises
        ------
        ValueError
            Without a *vocab*, for a relation other than ``<``, ``>``, ``<<``, ``>>``, a
            test this matcher does not read as spaCy does, or a node that names an unknown
            left node; with one, when spaCy's matcher refuses the pattern too.
        """
        if self._spacy is None:
            try:
                self._compile(key, nodes)
                return
            except ValueError:
                if self._vocab is None:
                    raise
            from spacy.matcher import DependencyMatcher

            self._spacy = DependencyMatcher(self._vocab)
            for known, known_nodes in self.patterns():
                self._spacy.add(known, [known_nodes])
        self._spacy.add(key, [nodes])
        self._keys.append(key)
        self._nodes.append(nodes)

    def _compile(self, key: str, nodes: list[dict]) -> None:
        names = [node["RIGHT_ID"] for node in nodes]
        if len(set(names)) != len(names) or not nodes or "REL_OP" in nodes[0] or any("REL_OP" not in n for n in nodes[1:]):
            raise ValueError(f"tree pattern {key!r}: the first node alone must be the root, each name once")
        tests = tuple(_tests(node.get("RIGHT_ATTRS", {})) for node in nodes)
        links: list[list[tuple[int, int]]] = [[] for _ in nodes]  # node -> [(other node, way)]
        for right, node in enumerate(nodes[1:], start=1):
            if node["REL_OP"] not in _FOLLOW or node.get("LEFT_ID") not in names[:right]:
                raise ValueError(f"tree pattern {key!r}: node {node['RIGHT_ID']!r} needs a known LEFT_ID and one of {', '.join(_FOLLOW)}")
            left = names.index(node["LEFT_ID"])
            down, up = _FOLLOW[node["REL_OP"]]
            links[left].append((right, down))
            links[right].append((left, up))
        anchor = self._anchor(nodes, tests)
        # Breadth first from the anchor: each node is reached from one already matched.
        plan, reached = [], [anchor]
        for node in reached:
            for other, way in links[node]:
                if other not in reached:
                    reached.append(other)
                    plan.append((other, node, way))
        number = len(self._keys)
        self._keys.append(key)
        self._nodes.append(nodes)
        self._tests.append(tests)
        self._plans.append(tuple(plan))
        self._anchor_of.append(anchor)
        self._all_tests = self._columns_index = None
        # Indexed by the node's word when it tests one: a dependency label is too common.
        wanted = sorted((column not in _WORDS, position, column, kind, ids)
                        for position, (column, kind, ids) in enumerate(tests[anchor]) if kind != NOT_IN)
        if not wanted:
            self._everywhere.append((number, anchor))
            return
        _, _, column, kind, ids = wanted[0]
        for value in ([ids] if kind == EQUAL else sorted(ids)):
            self._index.setdefault((column, value), []).append((number, anchor))

    def _anchor(self, nodes: list[dict], tests: tuple) -> int:
        for name in self._anchors:
            for number, node in enumerate(nodes):
                if node["RIGHT_ID"] == name and any(t[0] in _WORDS and t[1] != NOT_IN for t in tests[number]):
                    return number
        return next((number for number, node_tests in enumerate(tests) if any(t[1] != NOT_IN for t in node_tests)), 0)

    def __call__(self, doc) -> list[tuple[str, list[int]]]:
        """The matches in *doc*: ``(key, token ids in the pattern's node order)``."""
        if self._spacy is not None:
            return [(self._vocab.strings[key], ids) for key, ids in self._spacy(doc)]
        tree = _Tree(doc)
        columns = tree.columns
        starts: dict[int, list[int]] = {}  # pattern -> anchor tokens
        for column, by_value in self._by_column().items():
            # Only the tokens whose value some anchor wants, in the text's order.
            for token, value in enumerate(columns[column]):
                if value in by_value:
                    for number, anchor in by_value[value]:
                        if fits(self._tests[number][anchor], columns, token):
                            starts.setdefault(number, []).append(token)
        for number, anchor in self._everywhere:
            starts[number] = [t for t in range(len(tree.head)) if fits(self._tests[number][anchor], columns, t)]
        order = None
        matches = []
        for number in sorted(starts):
            found = self._extended(number, starts[number], tree)
            if not found:
                continue
            if order is None:
                order = self._tree_order(tree)
            found.sort(key=lambda ids: (order[tree.root[ids[0]]], ids))
            key = self._keys[number]
            matches.extend((key, list(ids)) for ids in found)
        return matches

    def _by_column(self) -> dict[int, dict[int, list[tuple[int, int]]]]:
        """The index by column, then value (the columns in the order they were first
        indexed, as the set of columns was walked), built once after the last pattern."""
        if self._columns_index is None:
            by_column: dict[int, dict[int, list[tuple[int, int]]]] = {}
            for column in {column for column, _ in self._index}:
                by_column[column] = {}
            for (column, value), entries in self._index.items():
                by_column[column][value] = entries
            self._columns_index = by_column
        return self._columns_index

    def _extended(self, number: int, anchors: list[int], tree: _Tree) -> list[tuple]:
        """Every whole match of pattern *number* from the given anchor tokens."""
        tests, plan, anchor = self._tests[number], self._plans[number], self._anchor_of[number]
        found: list[tuple] = []
        chosen = [0] * len(tests)

        def extend(step: int) -> None:
            if step == len(plan):
                found.append(tuple(chosen))
                return
            node, source, way = plan[step]
            for token in tree.related(way, chosen[source]):
                if fits(tests[node], tree.columns, token):
                    chosen[node] = token
                    extend(step + 1)

        for token in anchors:
            chosen[anchor] = token
            extend(0)
        return found

    def _tree_order(self, tree: _Tree) -> dict[int, int]:
        """Each tree's rank in spaCy's order: the order of the first token, in the text, at
        which any node of any pattern fits. When trees do not interleave (a parse's never
        do) that is the order of their first tokens."""
        if tree.in_one_piece():
            order: dict[int, int] = {}
            for root in tree.root:
                order.setdefault(root, len(order))
            return order
        if self._all_tests is None:
            self._all_tests = list({node for pattern in self._tests for node in pattern})
        order = {}
        for token, root in enumerate(tree.root):
            if root not in order and any(fits(tests, tree.columns, token) for tests in self._all_tests):
                order[root] = len(order)
        return order
