"""News from the web: the pages of URLs and of feed items, as documents for extraction.

A page is fetched within :class:`~kg.ingest.fetch.FetchPolicy`'s bounds and trafilatura
takes its main text, title and date (menus, scripts and comments left out). Its content
hash is that of the text extracted, so a page whose adverts or menus change between two
fetches counts as unchanged: the text is what facts come from. A page whose URL the store
already holds with the same hash is skipped before extraction, the costly part; a failed
URL is reported and the others go on.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import datetime

from kg.extract.documents import (
    MAX_CHARS,
    Document,
    main_text,
    parsable_text,
    text_warning,
)
from kg.ingest.feeds import read_feed
from kg.ingest.fetch import (
    HTML_TYPES,
    Fetched,
    Fetcher,
    FetchError,
    FetchPolicy,
    is_url,
)

__all__ = [
    "DEFAULT_FEED_LIMIT", "FETCH_WORKERS", "Collected", "WebIngested", "WebOrigin", "clean_title", "collect",
    "ingest_web", "page_document", "refusing_check",
]

#: Items taken from one feed unless told otherwise: a day of a busy news site's feed.
DEFAULT_FEED_LIMIT = 100
#: Pages fetched at once: waiting on servers overlaps, and one site is not flooded.
FETCH_WORKERS = 4


@dataclass(frozen=True)
class WebOrigin:
    """Where a fetched document came from, for its provenance: the URL asked for, the one
    that answered (after redirects), the HTTP status, when it was fetched and the feed
    that listed it (None for a URL given directly)."""

    url: str
    final_url: str
    status: int
    fetched_at: datetime
    feed: str | None = None


@dataclass
class Collected:
    """What :func:`collect` gathered: the documents to extract, their origins by URL, the
    URLs skipped as unchanged, and the number of failures (each already reported)."""

    documents: list[Document] = field(default_factory=list)
    origins: dict[str, WebOrigin] = field(default_factory=dict)
    unchanged: list[str] = field(default_factory=list)
    failed: int = 0


def clean_title(text: str | None) -> str | None:
    """A title as one line of printable text: whitespace collapsed and control characters
    (a terminal's escape sequences among them) dropped; markup is kept as the words it is,
    for whatever shows it to escape.

    >>> clean_title("  Deal\\x1b[31m <b>done</b>\\n today ")
    'Deal[31m <b>done</b> today'
    """
    if not text:
        return None
    kept = "".join(ch if unicodedata.category(ch)[0] != "C" else " " if ch in "\t\r\n" else "" for ch in text)
    return " ".join(kept.split())[:300] or None


def page_document(fetched: Fetched, *, date: str | None = None, title: str | None = None) -> Document:
    """The document of a fetched page: its main text, title and date as trafilatura finds
    them. *date* and *title* (a feed item's) stand in where the page gives none; a feed's
    date comes first, as a page's own metadata is sometimes a guess."""
    html = fetched.body.decode(fetched.charset, errors="replace") if _known_codec(fetched.charset) else fetched.body
    text, page_title, page_date, _ = main_text(html, url=fetched.final_url)
    warning = text_warning(text)
    return Document(
        id=fetched.url,
        text=text,
        path=None,
        title=clean_title(page_title) or clean_title(title) or fetched.url,
        url=fetched.url,
        publication_date=date or page_date,
        kind="html",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        warning=warning,
    )


def _known_codec(name: str | None) -> bool:
    if not name:
        return False
    import codecs

    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def collect(
    urls: Iterable[str],
    feeds: Iterable[str],
    fetcher: Fetcher,
    *,
    limit: int = DEFAULT_FEED_LIMIT,
    date: str | None = None,
    known_hash: Callable[[str], str | None] = lambda url: None,
    report: Callable[[str, bool], None] = lambda line, failed: None,
    progress: Callable[[int, int], None] | None = None,
) -> Collected:
    """Fetch the pages of *urls* and of the items of *feeds* (URLs or files).

    Parameters
    ----------
    limit : int
        Most items taken from each feed (its newest).
    date : str, optional
        Publication date of pages that give none.
    known_hash : callable
        The content hash (hex) the store holds for a URL, or None: a page with the same
        hash is skipped as unchanged.
    report : callable
        Called with one line and True for each failure, and with a line and False for
        each feed cut to *limit*.
    progress : callable, optional
        Called with (pages done, pages in all).
    """
    collected = Collected()
    targets: dict[str, tuple[str | None, str | None, str | None]] = {}
    for url in urls:
        targets.setdefault(url, (None, None, None))
    for source in feeds:
        try:
            feed = read_feed(source, fetcher, limit=limit)
        except FetchError as error:
            collected.failed += 1
            report(f"feed {source}: {error}", True)
            continue
        if feed.total > len(feed.items):
            report(f"feed {source}: took the newest {len(feed.items)} of its {feed.total:,} items (--limit)", False)
        for item in feed.items:
            targets.setdefault(item.url, (feed.source, item.date, item.title))

    def fetch_page(url: str) -> tuple[Fetched, Document] | FetchError:
        # Runs in a worker: the page is reduced to its document there, so that at most a
        # few raw bodies are held at once, not one per item of a long feed.
        _, item_date, item_title = targets[url]
        try:
            fetched = fetcher.fetch(url, HTML_TYPES)
        except FetchError as error:
            return error
        document = page_document(fetched, date=item_date, title=item_title)
        if len(document.text) > MAX_CHARS:
            return FetchError(
                f"{len(document.text):,} characters of text, more than the {MAX_CHARS:,} the parser "
                "takes as one document"
            )
        # Runs of characters the tokenizer takes minutes over are blanked, as in a file.
        document = replace(document, text=parsable_text(url, document.text))
        return replace(fetched, body=b""), document

    with ThreadPoolExecutor(max_workers=FETCH_WORKERS) as pool:
        # map() yields in the order asked, so reports and documents come in that order.
        for number, (url, outcome) in enumerate(zip(targets, pool.map(fetch_page, targets)), 1):
            if isinstance(outcome, FetchError):
                collected.failed += 1
                report(f"{url}: {outcome}", True)
            else:
                fetched, document = outcome
                if date and not document.publication_date:
                    document = replace(document, publication_date=date)
                if known_hash(url) == document.sha256:
                    collected.unchanged.append(url)
                else:
                    collected.documents.append(document)
                    collected.origins[url] = WebOrigin(
                        url=url, final_url=fetched.final_url, status=fetched.status,
                        fetched_at=fetched.fetched_at, feed=targets[url][0],
                    )
            if progress is not None:
                progress(number, len(targets))
    return collected


@dataclass
class WebIngested:
    """What :func:`ingest_web` did: one summary per document extracted (see
    :func:`kg.extract.store_io.ingest_documents`), the URLs skipped as unchanged, the URLs
    and feeds that failed (each already reported) and the documents refused by the check."""

    summaries: list[dict] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: int = 0
    refused: int = 0

    @property
    def problems(self) -> int:
        """Failures and refusals: the command's exit code is 1 when there is any."""
        return self.failed + self.refused

    def counts(self) -> str:
        """The closing line of ``kg ingest`` with URLs or feeds.

        >>> WebIngested([{}, {}], ["u"], failed=1, refused=1).counts()
        '1 ingested, 1 unchanged (skipped), 1 failed, 1 refused (--validate)'
        """
        refused = f", {self.refused} refused (--validate)" if self.refused else ""
        return f"{len(self.summaries) - self.refused} ingested, {len(self.unchanged)} unchanged (skipped), {self.failed} failed{refused}"


def refusing_check(store, ontology, refused: Callable[[list[str]], None]) -> Callable[[str, list], bool]:
    """A *check* for :func:`~kg.extract.store_io.ingest_documents`: a document's graph is
    checked against kg's shapes with *store* around it; one that would violate a shape is
    refused (False) and its violations' lines handed to *refused* at once."""
    from kg.validation_changes import WriteRefused, refuse_violations

    def check(source, quads) -> bool:
        try:
            refuse_violations(store, ontology, source, quads, f"<{source}>")
        except WriteRefused as error:
            refused(error.lines())
            return False
        return True

    return check


def _no_progress(description: str, total: int | None = None) -> AbstractContextManager:
    return nullcontext()


def ingest_web(
    sources: Iterable[str],
    feeds: Iterable[str],
    open_target: Callable[[], tuple],
    *,
    exists: bool,
    policy: FetchPolicy,
    limit: int = DEFAULT_FEED_LIMIT,
    date: str | None = None,
    model: str | None = None,
    min_confidence: float | None = None,
    report: Callable[[str, bool], None] = lambda line, failed: None,
    refused: Callable[[list[str]], None] | None = None,
    progress: Callable[..., AbstractContextManager] = _no_progress,
) -> WebIngested:
    """Read the files of *sources*, fetch its URLs and *feeds*' items, extract them and
    write each document as its own source graph.

    Parameters
    ----------
    sources : iterable of str
        Files (read and checked first: a bad one stops everything before any fetch) and
        http(s) URLs.
    feeds : iterable of str
        RSS or Atom feeds (URLs or files), see :func:`collect`.
    open_target : callable
        Opens the store to write to, creating it if need be, and returns ``(store,
        ontology)``. Called at once when *exists*, to skip pages the store holds unchanged;
        otherwise only when there is a document to write, so that a store is not made for
        nothing.
    exists : bool
        Whether the store is there already.
    policy : kg.ingest.fetch.FetchPolicy
        Bounds of every fetch.
    report : callable
        As for :func:`collect`.
    refused : callable, optional
        When given, each document is checked against kg's shapes before it is written
        (:func:`refusing_check`) and a refused one's violation lines are handed to it.
    progress : callable
        ``progress(description, total=None)``: a context manager giving the function to
        report (done, total) to, or None.
    """
    from kg.extract.documents import read_documents
    from kg.extract.guard import resolve_min_confidence
    from kg.extract.parsing import fewer_collections
    from kg.extract.pipeline import Extractor
    from kg.extract.store_io import ingest_documents, ingested_hash, known_entities

    threshold = resolve_min_confidence(min_confidence)
    sources = list(sources)
    files = [s for s in sources if not is_url(s)]
    documents = read_documents(files, date=date) if files else []
    target = open_target() if exists else None
    with Fetcher(policy) as fetcher, progress("fetching") as bar:
        collected = collect(
            [s for s in sources if is_url(s)], feeds, fetcher, limit=limit, date=date,
            known_hash=lambda url: ingested_hash(target[0], url) if target is not None else None, report=report,
            progress=bar,
        )
    documents += collected.documents
    done = WebIngested(unchanged=collected.unchanged, failed=collected.failed)
    if documents:
        store, ontology = target or open_target()
        check = refusing_check(store, ontology, refused) if refused is not None else None
        with fewer_collections():
            extractor = Extractor(ontology, known_entities(store, ontology), model=model)
            with progress("ingesting", total=len(documents)) as bar:
                done.summaries = ingest_documents(
                    store, ontology, documents, extractor, bar, min_confidence=threshold, origins=collected.origins,
                    check=check,
                )
        done.refused = sum(1 for summary in done.summaries if summary.get("refused"))
    return done
