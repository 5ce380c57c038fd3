"""Feed files (kg ingest --feed FILE): read by kg.safe_io as every file the user names,
so their errors stop the run in kg's one wording before any page is fetched; a feed
file with nothing in it is "not a feed", not a crash. The site is tests/ingest/news_site.py
on 127.0.0.1."""

from __future__ import annotations

import os

import pytest
from news_site import rss

from kg.errors import IngestError
from kg.ingest.feeds import FEED_MAX_BYTES, read_feed
from kg.ingest.fetch import Fetcher, FetchError, FetchPolicy
from kg.ingest.web import collect


@pytest.fixture
def fetcher():
    with Fetcher(FetchPolicy(allow_private=True)) as client:
        yield client


def _fifo(path):
    os.mkfifo(path)
    return path


def _sparse(path):
    # A sparse file: over the cap by its size, without writing 10 MB to disk.
    with open(path, "wb") as handle:
        handle.truncate(FEED_MAX_BYTES + 1)
    return path


@pytest.mark.parametrize(("make", "told"), [
    (lambda p: p, "no such feed file: {path}"),
    (lambda p: p.mkdir() or p, "feed file {path} is a directory, not a regular file; kg reads only files"),
    (_fifo, "feed file {path} is a FIFO (named pipe), not a regular file; kg reads only files"),
    (_sparse, "feed file {path} is larger than 10,485,760 bytes (10,485,761 bytes)"),
], ids=["missing", "directory", "fifo", "too-large"])
def test_a_bad_feed_file_stops_the_run_before_any_page_is_fetched(tmp_path, news_site, fetcher, make, told):
    good = tmp_path / "good.xml"
    page = "/news/samsung-harman.html"
    good.write_bytes(rss([("Samsung", news_site.url(page), "Tue, 03 Feb 2026 08:00:00 GMT")]))
    bad = make(tmp_path / "wire.xml")
    hits = news_site.hits.get(page, 0)
    with pytest.raises(IngestError) as error:
        collect([], [str(good), str(bad)], fetcher, report=lambda line, failed: pytest.fail(line))
    # An IngestError of the file, not a FetchError counted as one failed feed among others.
    assert (type(error.value), str(error.value)) == (IngestError, told.format(path=bad))
    assert news_site.hits.get(page, 0) == hits


def test_an_empty_feed_file_is_not_a_feed(tmp_path, fetcher):
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    with pytest.raises(FetchError) as error:
        read_feed(str(empty), fetcher, limit=5)
    assert str(error.value) == "not an RSS or Atom feed"
