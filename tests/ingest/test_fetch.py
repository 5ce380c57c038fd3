"""Fetching pages and feeds from a real HTTP server on 127.0.0.1 (tests/ingest/news_site.py):
each failure is one exact line, every bound holds, and refused addresses are never
contacted. The server is on the loopback address, so every fetch that should reach it
says allow_private=True; the tests of the refusal leave it off."""

from __future__ import annotations

import hashlib
import socket

import pytest
from news_site import rss

from kg.errors import IngestError
from kg.ingest.feeds import parse_feed, read_feed
from kg.ingest.fetch import HTML_TYPES, Fetcher, FetchError, FetchPolicy
from kg.ingest.web import collect, page_document

LOCAL = FetchPolicy(allow_private=True)


@pytest.fixture
def fetcher():
    with Fetcher(LOCAL) as client:
        yield client


def test_fetches_a_page_and_follows_redirects(news_site, fetcher):
    page = fetcher.fetch(news_site.url("/news/tencent-krafton.html"), HTML_TYPES)
    assert (page.status, page.content_type, page.charset) == (200, "text/html", "utf-8")
    assert b"holds a 5% stake in Krafton" in page.body
    assert page.final_url == page.url == news_site.url("/news/tencent-krafton.html")
    moved = fetcher.fetch(news_site.url("/redirect-twice"), HTML_TYPES)
    assert moved.url == news_site.url("/redirect-twice")
    assert moved.final_url == news_site.url("/news/tencent-krafton.html")
    assert moved.body == page.body


@pytest.mark.parametrize("path, message", [
    ("/missing", "HTTP 404 Not Found"),
    ("/broken", "HTTP 500 Internal Server Error"),
    ("/loop", "more than 5 redirects (a redirect loop?)"),
    ("/to-file", "refused: only http and https URLs are fetched, not file:"),
    ("/report.pdf", "not HTML: the server says it is application/pdf"),
    ("/blob", "not HTML: no content type, and the body is not markup"),
    ("/huge.html", "too large: 100.0 MB (the limit is 5.0 MB)"),
    ("/endless.html", "too large: more than 5.0 MB (the limit)"),
])
def test_each_failure_is_one_line(news_site, fetcher, path, message):
    # The messages say which bound stopped the fetch (the endless page: the size cap, not
    # the server's own 20 s), without timing anything on a shared machine.
    with pytest.raises(FetchError) as error:
        fetcher.fetch(news_site.url(path), HTML_TYPES)
    assert str(error.value) == message


def test_a_redirect_loop_stops_after_the_bound(news_site, fetcher):
    before = news_site.hits.get("/loop", 0)
    with pytest.raises(FetchError):
        fetcher.fetch(news_site.url("/loop"), HTML_TYPES)
    assert news_site.hits["/loop"] - before == 6  # the URL asked for and 5 redirects


@pytest.mark.parametrize("path", ["/slow.html", "/trickle.html"])
def test_a_slow_or_trickling_page_times_out_in_all(news_site, path):
    # /slow.html answers after 3 s; /trickle.html sends a byte every 0.2 s for 20 s, which
    # a timeout between reads alone would never stop.
    # Without the overall time limit the slow page would answer (no error) and the trickle
    # would end with the server's bound, not this message.
    with Fetcher(FetchPolicy(timeout=1, allow_private=True)) as client, pytest.raises(FetchError) as error:
        client.fetch(news_site.url(path), HTML_TYPES)
    assert str(error.value) == "timed out after 1 s"


@pytest.mark.parametrize("url, message", [
    ("http://127.0.0.1:{port}/news/tencent-krafton.html", "refused: 127.0.0.1 is a private or local address; --allow-private fetches it"),
    ("http://localhost:{port}/news/tencent-krafton.html", "refused: localhost (127.0.0.1) is a private or local address; --allow-private fetches it"),
    ("http://[::1]:{port}/", "refused: ::1 is a private or local address; --allow-private fetches it"),
    ("http://10.0.0.1/", "refused: 10.0.0.1 is a private or local address; --allow-private fetches it"),
    ("http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 is a private or local address; --allow-private fetches it"),
    ("file:///etc/passwd", "refused: only http and https URLs are fetched, not file:"),
    ("ftp://127.0.0.1/x", "refused: only http and https URLs are fetched, not ftp:"),
    ("http://no-such-host.invalid/", "cannot resolve host no-such-host.invalid (DNS)"),
])
def test_private_addresses_and_other_schemes_are_refused_before_any_connection(news_site, url, message):
    port = news_site.base.rsplit(":", 1)[1]
    hits = dict(news_site.hits)
    with Fetcher() as client, pytest.raises(FetchError) as error:
        client.fetch(url.format(port=port), HTML_TYPES)
    assert str(error.value) == message
    assert news_site.hits == hits


def test_a_redirect_to_a_private_address_is_refused(news_site):
    # The first hop is allowed (the test server), the redirect's target is checked again.
    class FirstHopOnly(Fetcher):
        def _check(self, url):
            self.policy = FetchPolicy(allow_private=url.endswith("/redirect"))
            super()._check(url)

    with FirstHopOnly() as client, pytest.raises(FetchError) as error:
        client.fetch(news_site.url("/redirect"), HTML_TYPES)
    assert str(error.value) == "refused: 127.0.0.1 is a private or local address; --allow-private fetches it"


def test_a_closed_port_is_one_line():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with Fetcher(LOCAL) as client, pytest.raises(FetchError) as error:
        client.fetch(f"http://127.0.0.1:{port}/", HTML_TYPES)
    assert str(error.value).startswith("cannot fetch: ") and "\n" not in str(error.value)


def test_a_page_becomes_a_document_with_the_text_hashed(news_site, fetcher):
    fetched = fetcher.fetch(news_site.url("/news/samsung-harman.html"), HTML_TYPES)
    document = page_document(fetched)
    assert document.text == (
        "Samsung Electronics acquired Harman, an American audio company, for 8 billion dollars.\n"
        "Harman makes car audio systems."
    )
    assert (document.id, document.url, document.path) == (fetched.url, fetched.url, None)
    assert (document.title, document.publication_date, document.warning) == ("Samsung buys Harman", "2026-02-03", None)
    assert document.sha256 == hashlib.sha256(document.text.encode("utf-8")).hexdigest()
    # A feed's date comes before the page's own; its title only stands in for a missing one.
    from_feed = page_document(fetched, date="2026-02-04", title="Feed title")
    assert (from_feed.publication_date, from_feed.title) == ("2026-02-04", "Samsung buys Harman")
    # trafilatura gives nothing, not even the <title>, for a page with no text.
    blank = fetcher.fetch(news_site.url("/news/empty.html"), HTML_TYPES)
    empty = page_document(blank, title="Feed title")
    assert (empty.text, empty.title, empty.warning) == ("", "Feed title", "no article text in this page")
    assert page_document(blank).title == blank.url


def test_a_title_keeps_its_markup_as_text_and_loses_control_characters(news_site, fetcher):
    document = page_document(fetcher.fetch(news_site.url("/news/markup-title.html"), HTML_TYPES))
    assert document.title == '<script>alert("x")</script> Deal & [31mco'


def test_rss_items_newest_first_with_relative_links_resolved():
    raw = rss([
        ("Old", "/a.html", "Sun, 01 Feb 2026 08:00:00 GMT"),
        ("New", "https://news.example/b.html", "Tue, 03 Feb 2026 08:00:00 GMT"),
        ("Twice", "/a.html", "Mon, 02 Feb 2026 08:00:00 GMT"),
    ])
    feed = parse_feed(raw, "https://news.example/feed.xml", limit=10, base="https://news.example/feed.xml")
    assert [(item.url, item.title, item.date) for item in feed.items] == [
        ("https://news.example/b.html", "New", "2026-02-03"),
        ("https://news.example/a.html", "Old", "2026-02-01"),
    ]
    assert feed.total == 2


def test_a_feed_s_entities_are_neither_read_from_files_nor_expanded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET", encoding="utf-8")
    # An external entity naming a local file, and nested entities a billion characters long.
    laughs = "".join(
        f'<!ENTITY {name} "{(f"&{previous};" * 10) if previous else "lol"}">'
        for previous, name in zip([None, *"abcdefgh"], "abcdefghi")
    )
    raw = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">{laughs}]>'
        '<rss version="2.0"><channel><title>t</title>'
        "<item><title>x &xxe; y &i;</title><link>https://news.example/a</link></item></channel></rss>"
    ).encode()
    feed = parse_feed(raw, "feed.xml", limit=5)
    assert [(item.url, item.title) for item in feed.items] == [("https://news.example/a", "x &xxe; y &i;")]


def test_an_atom_title_in_html_is_read_as_its_words(news_site, fetcher):
    feed = read_feed(news_site.url("/atom.xml"), fetcher, limit=5)
    assert [(item.url, item.title, item.date) for item in feed.items] == [
        (news_site.url("/news/markup-title.html"), "Kakao invests", "2026-02-05"),
    ]


def test_a_feed_of_ten_thousand_items_is_cut_to_the_limit(news_site, fetcher):
    feed = read_feed(news_site.url("/huge-feed.xml"), fetcher, limit=100)
    assert (feed.total, len(feed.items)) == (10_000, 100)
    assert feed.items[0].url == news_site.url("/gone/0")  # undated ties keep the feed's order


@pytest.mark.parametrize("source, message", [
    ("/not-a-feed.xml", "not an RSS or Atom feed"),
    ("/news/tencent-krafton.html", "not a feed: the server says it is text/html"),
    ("/missing", "HTTP 404 Not Found"),
])
def test_what_is_not_a_feed_is_one_line(news_site, fetcher, source, message):
    with pytest.raises(FetchError) as error:
        read_feed(news_site.url(source), fetcher, limit=5)
    assert str(error.value) == message


def test_a_feed_file_and_a_missing_one(tmp_path, news_site, fetcher):
    path = tmp_path / "wire.xml"
    path.write_bytes(rss([("Samsung", news_site.url("/news/samsung-harman.html"), "Tue, 03 Feb 2026 08:00:00 GMT")]))
    feed = read_feed(str(path), fetcher, limit=5)
    assert (feed.source, [item.url for item in feed.items]) == (str(path), [news_site.url("/news/samsung-harman.html")])
    # The file's own errors are kg.safe_io's (tests/ingest/test_feeds.py).
    with pytest.raises(IngestError) as error:
        read_feed(str(tmp_path / "none.xml"), fetcher, limit=5)
    assert str(error.value) == f"no such feed file: {tmp_path / 'none.xml'}"


def test_collect_reports_each_failure_skips_the_unchanged_and_goes_on(news_site, fetcher):
    lines = []
    tencent = news_site.url("/news/tencent-krafton.html")
    known = {tencent: page_document(fetcher.fetch(tencent, HTML_TYPES)).sha256}
    collected = collect(
        [news_site.url("/missing"), tencent], [news_site.url("/feed.xml"), news_site.url("/nope.xml")], fetcher,
        date="2026-01-01", known_hash=known.get, report=lambda line, failed: lines.append((line, failed)),
    )
    assert collected.unchanged == [tencent]
    assert [d.url for d in collected.documents] == [news_site.url("/redirect-to-samsung")]
    origin = collected.origins[news_site.url("/redirect-to-samsung")]
    assert (origin.status, origin.final_url, origin.feed) == (
        200, news_site.url("/news/samsung-harman.html"), news_site.url("/feed.xml"),
    )
    assert collected.failed == 3
    assert lines == [
        (f"feed {news_site.url('/nope.xml')}: HTTP 404 Not Found", True),
        (f"{news_site.url('/missing')}: HTTP 404 Not Found", True),
        # The feed lists this file: URL; feedparser hands it on as file://etc/passwd.
        ("file://etc/passwd: refused: only http and https URLs are fetched, not file:", True),
    ]


def test_a_page_with_more_text_than_the_parser_takes_is_one_failure(news_site, fetcher):
    lines = []
    collected = collect([news_site.url("/long.html")], [], fetcher, report=lambda line, failed: lines.append(line))
    assert (collected.documents, collected.failed) == ([], 1)
    assert lines == [(
        f"{news_site.url('/long.html')}: 1,099,999 characters of text, more than the 1,000,000 the parser "
        "takes as one document"
    )]
