"""Reading news for extraction: files, directories or standard input, as text or HTML.

Every input is read and checked before anything is extracted: a binary file, text that is
not UTF-8, a file too large to be one article (over :data:`MAX_BYTES`, or a text over
:data:`MAX_CHARS` characters, the most spaCy parses as one document), or something that is
not a regular file (a FIFO, ``/dev/zero``: refused before a byte is read) is an
:class:`~kg.errors.IngestError` naming the file. A document with no usable text (empty, an HTML page of scripts only, not
English) is read but carries a ``warning`` and yields no facts.
"""

from __future__ import annotations

import hashlib
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import IngestError
from kg.safe_io import read_capped_bytes, read_errors

__all__ = ["MAX_BYTES", "MAX_CHARS", "Document", "looks_english", "main_text", "parsable_text", "read_documents", "text_warning", "unwrapped"]

#: One article is a few thousand words; a file past this is a dump, a book or a mistake.
MAX_BYTES = 2 * 1024 * 1024
#: spaCy's default ``nlp.max_length``: a longer text would fail in the parser, mid-run.
MAX_CHARS = 1_000_000
# spaCy's tokenizer takes time quadratic in the length of a run of punctuation (2,000 "["
# take 1 s, 20,000 more than 5 min), and the money pattern (kg.extract.values) in the length
# of a run of spaces. Such runs are no prose: each is overwritten with "_ _ _..." of the
# same length, short tokens both handle in linear time, and every offset stays right.
# Punctuation runs go first, so that a word right before one is kept.
_UNPARSABLE = (re.compile(r"[^\w\s]{32,}"), re.compile(r"\S{300,}|\s{200,}"))
_FILLER = "." + " " * 31
_TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
# The most frequent English words: running text has many of them, other languages few.
_WORDS = (
    "the of and to in a is that for on with as by at from it was are be has have its said "
    "an this which will or but were their not been his her they he she also after more "
    # and the most frequent of news: a one-line item ("Japan's exports fell 3 percent") has
    # none of those above.
    "up down over into than about year years month percent per cent million billion new first "
    "last biggest largest became rose fell rise fall grew exports imports company firm deal "
    "stake shares government minister president market trade would could can may who "
    # and of a funding item, dense with names ("X-based developer Y raised 3.1bn yen of
    # series E funding, backed by Z, among others").
    "raised raise backed funding round series based among others led investors investment"
)
_ENGLISH = frozenset(_WORDS.split(" "))


@dataclass(frozen=True)
class Document:
    """One article: its text and what is known about where it came from."""

    id: str
    text: str
    path: str | None
    title: str | None = None
    url: str | None = None
    publication_date: str | None = None
    kind: str = "text"
    sha256: str = ""
    warning: str | None = None


def read_documents(
    sources: Iterable[str], *, date: str | None = None, max_bytes: int = MAX_BYTES
) -> list[Document]:
    """Documents from file paths, directories (their text and HTML files, sorted) and
    ``-`` (standard input). *date* is the publication date of sources that give none."""
    documents = []
    for name, raw in _inputs(sources, max_bytes):
        documents.append(_document(name, raw, date))
    return documents


def _inputs(sources: Iterable[str], max_bytes: int) -> Iterator[tuple[str, bytes]]:
    for source in sources:
        if source == "-":
            raw = sys.stdin.buffer.read(max_bytes + 1)
            yield "stdin", _checked("standard input", raw, max_bytes)
            continue
        path = Path(source)
        if path.is_dir():
            with read_errors(path, what="directory"):
                files = sorted(
                    p for p in path.iterdir()
                    if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in _TEXT_SUFFIXES | _HTML_SUFFIXES
                )
            if not files:
                raise IngestError(f"{source}: no .txt or .html files in this directory")
            for file in files:
                yield str(file), _read(file, max_bytes)
        else:
            yield source, _read(path, max_bytes)


def _read(path: Path, max_bytes: int) -> bytes:
    with read_errors(path):
        info = path.stat()
    # An article's own words for a file too large, before safe_io's general one.
    if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        raise IngestError(
            f"{path}: {info.st_size / 1024 / 1024:.1f} MB is more than one article "
            f"(the limit is {max_bytes / 1024 / 1024:.0f} MB); split it"
        )
    # Directories, FIFOs and devices are refused here, before a read could block or never end.
    return _checked(str(path), read_capped_bytes(path, max_bytes), max_bytes)


def _checked(name: str, raw: bytes, max_bytes: int) -> bytes:
    if len(raw) > max_bytes:
        raise IngestError(f"{name}: more than {max_bytes / 1024 / 1024:.0f} MB, more than one article; split it")
    if b"\x00" in raw[:8192]:
        raise IngestError(f"{name}: binary data, not text or HTML")
    return raw


def _document(name: str, raw: bytes, date: str | None) -> Document:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise IngestError(
            f"{name}: not UTF-8 text (byte 0x{raw[error.start]:02x} at offset {error.start})"
        ) from None
    stem = "stdin" if name == "stdin" else Path(name).stem
    path = None if name == "stdin" else str(Path(name).resolve())
    digest = hashlib.sha256(raw).hexdigest()
    suffix = Path(name).suffix.lower()
    if suffix in _HTML_SUFFIXES or (suffix not in _TEXT_SUFFIXES - {""} and _HTML_START.match(raw[:4096])):
        return _html_document(stem, path, text, digest, date)
    return Document(
        id=stem, text=parsable_text(name, text), path=path, title=_first_line(text), publication_date=date,
        kind="text", sha256=digest, warning=_warning(text),
    )


def main_text(html: str | bytes, *, url: str | None = None) -> tuple[str, str | None, str | None, str | None]:
    """(text, title, date, canonical URL) of an HTML page's article, as trafilatura finds
    them: the article's main text and its metadata; menus, scripts and comments left out."""
    import trafilatura

    found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False)
    if found is None:
        return "", None, None, None
    return (getattr(found, "text", None) or ""), getattr(found, "title", None), getattr(found, "date", None), getattr(found, "url", None)


def text_warning(text: str) -> str | None:
    """Why a page's or file's text will give no facts, or None: no text, or not English."""
    if not text.strip():
        return "no article text in this page"
    return _warning(text)


def _html_document(stem: str, path: str | None, html: str, digest: str, date: str | None) -> Document:
    text, title, published, url = main_text(html)
    return Document(
        id=stem,
        text=parsable_text(path or stem, text),
        path=path,
        title=title,
        url=url,
        publication_date=published or date,
        kind="html",
        sha256=digest,
        warning=text_warning(text),
    )


def parsable_text(name: str, text: str) -> str:
    """*text* as the extraction pipeline may take it: at most :data:`MAX_CHARS` characters
    (else :class:`~kg.errors.IngestError` naming *name*), and with the runs spaCy's tokenizer
    would take minutes over overwritten in place, so every offset stays right.

    >>> text = parsable_text("note", "a " + "[" * 40 + " b")
    >>> len(text), text[:4].split(), set(text[2:42]) == {".", " "}
    (44, ['a', '.'], True)
    """
    if len(text) > MAX_CHARS:
        raise IngestError(
            f"{name}: {len(text):,} characters, more than the {MAX_CHARS:,} the parser takes as one "
            "document; split it"
        )
    for pattern in _UNPARSABLE:
        text = pattern.sub(lambda match: (_FILLER * len(match.group()))[:len(match.group())], text)
    return text


def _first_line(text: str) -> str | None:
    """A plain text's title: its first line that reads like one (a page's "Select
    Language:" or a lone date is not), else its first line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:5]:
        if len(line.split()) >= 4 and not line.endswith(":"):
            return line[:200]
    return lines[0][:200] if lines else None


def _warning(text: str) -> str | None:
    if not text.strip():
        return "empty document"
    if not looks_english(text):
        return "does not look like English text; kg extracts from English only"
    return None


def looks_english(text: str) -> bool:
    """Whether *text* reads as English: at least one word in eight among the most common
    English words (news prose has about one in three; other languages next to none).

    >>> looks_english("LG Electronics holds a stake in the Chinese robot maker AgiBot.")
    True
    >>> looks_english("LG전자는 중국 로봇 기업 애지봇의 지분을 보유하고 있다.")
    False
    """
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    common = sum(1 for word in words if word in _ENGLISH)
    # A headline or a one-line item may hold no common word at all ("Busan's Hanul Robotics
    # raised money"): a short text is English in plain Latin letters, or with one common
    # word in four (one in eight lets "an der" pass).
    if len(words) < 20:
        return bool(words) and (all(w.isascii() for w in words) or common * 4 >= len(words))
    return common * 8 >= len(words)


_SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", ")", "’")


def unwrapped(text: str) -> str:
    r"""A text hard-wrapped at a fixed width (old wire copy: "SK said it would team up with
    German auto parts" / "supplier Continental AG ...") with its line breaks inside
    sentences made spaces, so that names and phrases across them read whole; the same
    length, so offsets into it are offsets into *text*. A text is taken as wrapped when
    three or more of its lines run on into a next line that opens in lower case; then every
    single line break after a line with no sentence end is a space.

    >>> unwrapped("Hanul said it\nwould buy a stake in\nOrvik Cells.\nThe deal\nis worth\nabout $5 million.")
    'Hanul said it would buy a stake in Orvik Cells.\nThe deal is worth about $5 million.'
    >>> unwrapped("Headline\nBody text here.")
    'Headline\nBody text here.'
    """
    lines = text.split("\n")
    runs_on = sum(1 for line, following in zip(lines, lines[1:]) if line.strip() and following[:1].islower())
    if runs_on < 3:
        return text
    joined = []
    for line, following in zip(lines, lines[1:]):
        soft = line.strip() and following.strip() and not line.rstrip().endswith(_SENTENCE_END)
        joined.append(line + (" " if soft else "\n"))
    return "".join(joined) + lines[-1]
