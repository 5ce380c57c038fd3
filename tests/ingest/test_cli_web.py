"""kg ingest URL... and kg ingest --feed FEED against the local news site
(tests/ingest/news_site.py): what is written and with which provenance, what is skipped,
what fails (one line each, exit code 1) and what is refused.

The site is on 127.0.0.1, which kg refuses to fetch from unless told --allow-private:
every command that should reach it says so.
"""

from __future__ import annotations

import httpx
import pytest
from rdflib import URIRef

from kg.cli import main
from kg.graph import KnowledgeGraph

PRIVATE = "--allow-private"


def kg(capsys, *args) -> tuple[int, str, str]:
    """Run kg in this process; its exit code, standard output and standard error."""
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    captured = capsys.readouterr()
    return exit_.value.code, captured.out, captured.err


def sources(store: str) -> dict[str, dict[str, str]]:
    """Each fetched source's properties (local names, one value each), by its URL."""
    with KnowledgeGraph.open(store, read_only=True) as graph:
        rows = graph.query(
            "SELECT ?url ?p ?o WHERE { GRAPH ?g { ?g a kg:Source ; dcterms:source ?url ; ?p ?o } }"
        ).rows
    found: dict[str, dict[str, str]] = {}
    for url, predicate, value in rows:
        name = str(predicate).rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        found.setdefault(str(url), {})[name] = str(value)
    return found


def test_urls_and_a_feed_are_ingested_with_provenance_and_unchanged_pages_skipped(tmp_path, news_site, capsys):
    store = f"oxigraph:{tmp_path / 'store'}"
    tencent, missing = news_site.url("/news/tencent-krafton.html"), news_site.url("/missing")
    samsung, feed = news_site.url("/redirect-to-samsung"), news_site.url("/feed.xml")
    args = ["--store", store, "ingest", PRIVATE, "--date", "2026-01-01", tencent, missing, "--feed", feed]
    code, out, err = kg(capsys, *args)
    assert code == 1
    # The feed lists /missing again (fetched once) and a file: URL (refused).
    assert err.splitlines() == [
        f"kg: error: {missing}: HTTP 404 Not Found",
        "kg: error: file://etc/passwd: refused: only http and https URLs are fetched, not file:",
    ]
    lines = out.splitlines()
    assert [line.split(": ")[0] for line in lines[:2]] == [tencent, samsung]
    assert all(" entities, " in line for line in lines[:2])
    assert lines[2:] == ["2 ingested, 0 unchanged (skipped), 2 failed"]

    found = sources(store)
    assert set(found) == {tencent, samsung}
    assert found[tencent]["httpStatus"] == found[samsung]["httpStatus"] == "200"
    assert found[samsung]["retrievedFrom"] == news_site.url("/news/samsung-harman.html")
    assert "retrievedFrom" not in found[tencent]
    # Given directly first, the Tencent page has no feed; the Samsung page came from one.
    assert (found[samsung]["feed"], "feed" in found[tencent]) == (feed, False)
    assert (found[tencent]["issued"], found[samsung]["issued"]) == ("2026-02-01", "2026-02-03")
    assert found[tencent]["title"] == "Tencent takes a stake in Krafton"
    assert found[tencent]["fetchedAt"].endswith("Z") or found[tencent]["fetchedAt"].endswith("+00:00")
    with KnowledgeGraph.open(store, read_only=True) as graph:
        assert graph.query("ASK { id:tencent kg:holdsStakeIn id:krafton }").boolean
        assert graph.validate().conforms
        before = set(graph.store.quads())

    code, out, err = kg(capsys, "--store", store, "why", "Tencent", "holds_stake_in", "Krafton")
    assert (code, out.splitlines()) == (0, [
        "1. Tencent takes a stake in Krafton (2026-02-01)",
        f"   <{_source_iri(store, tencent)}> from {tencent}",
        "   (fetched from the web; kg keeps no copy of the page)",
    ])

    code, out, err = kg(capsys, *args)
    assert code == 1
    assert out.splitlines() == [
        f"{tencent}: unchanged since it was ingested; skipped",
        f"{samsung}: unchanged since it was ingested; skipped",
        "0 ingested, 2 unchanged (skipped), 2 failed",
    ]
    with KnowledgeGraph.open(store, read_only=True) as graph:
        assert set(graph.store.quads()) == before  # nothing rewritten, not even the fetch time


def _source_iri(store: str, url: str) -> str:
    with KnowledgeGraph.open(store, read_only=True) as graph:
        rows = graph.query("SELECT ?g WHERE { GRAPH ?g { ?g dcterms:source ?url } }", bindings={"url": URIRef(url)}).rows
    return str(rows[0][0])


def test_a_changed_page_replaces_its_graph(tmp_path, news_site, capsys):
    store = f"oxigraph:{tmp_path / 'store'}"
    url = news_site.url("/news/changing.html")
    assert kg(capsys, "--store", store, "ingest", PRIVATE, url)[0] == 0
    ask = "ASK { id:tencent kg:holdsStakeIn id:krafton }"
    with KnowledgeGraph.open(store, read_only=True) as graph:
        assert graph.query(ask).boolean
        graphs = len(graph.store.graphs())
    old_hash = sources(store)[url]["contentHash"]
    news_site.changing = "Samsung Electronics acquired Harman, an American audio company. Harman is based in Stamford."
    try:
        code, out, _ = kg(capsys, "--store", store, "ingest", PRIVATE, url)
    finally:
        news_site.changing = "Tencent, a Chinese company, holds a 5% stake in Krafton."
    assert code == 0 and out.splitlines()[-1] == "1 ingested, 0 unchanged (skipped), 0 failed"
    with KnowledgeGraph.open(store, read_only=True) as graph:
        assert not graph.query(ask).boolean
        assert graph.query("ASK { id:samsung-electronics kg:acquires id:harman }").boolean
        assert len(graph.store.graphs()) == graphs
    assert sources(store)[url]["contentHash"] != old_hash


def test_loopback_is_refused_without_allow_private_and_nothing_is_made(tmp_path, news_site, capsys):
    url = news_site.url("/news/tencent-krafton.html")
    hits = dict(news_site.hits)
    code, out, err = kg(capsys, "--store", f"oxigraph:{tmp_path / 'store'}", "ingest", url)
    assert (code, out) == (1, "0 ingested, 0 unchanged (skipped), 1 failed\n")
    assert err == f"kg: error: {url}: refused: 127.0.0.1 is a private or local address; --allow-private fetches it\n"
    assert news_site.hits == hits
    assert not (tmp_path / "store").exists()


def test_a_feed_cannot_point_kg_at_this_machine_or_the_local_network(tmp_path, news_site, capsys):
    # A feed file, so that the refusals are all there is: no --allow-private here.
    from news_site import rss

    local = news_site.url("/news/tencent-krafton.html")
    feed = tmp_path / "wire.xml"
    feed.write_bytes(rss([
        ("Local", local, "Sun, 01 Feb 2026 08:00:00 GMT"),
        ("Intranet", "http://10.0.0.1/news", "Mon, 02 Feb 2026 08:00:00 GMT"),
        ("Cloud metadata", "http://169.254.169.254/latest/meta-data/", "Tue, 03 Feb 2026 08:00:00 GMT"),
        ("A file", "file:///etc/passwd", "Wed, 04 Feb 2026 08:00:00 GMT"),
    ]))
    hits = dict(news_site.hits)
    code, out, err = kg(capsys, "--store", f"oxigraph:{tmp_path / 'store'}", "ingest", "--feed", str(feed))
    assert (code, out) == (1, "0 ingested, 0 unchanged (skipped), 4 failed\n")
    assert err.splitlines() == [
        "kg: error: file://etc/passwd: refused: only http and https URLs are fetched, not file:",
        "kg: error: http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 is a private or local address; --allow-private fetches it",
        "kg: error: http://10.0.0.1/news: refused: 10.0.0.1 is a private or local address; --allow-private fetches it",
        f"kg: error: {local}: refused: 127.0.0.1 is a private or local address; --allow-private fetches it",
    ]
    assert news_site.hits == hits


@pytest.mark.parametrize("limit, taken", [(None, 100), ("3", 3)])
def test_a_feed_of_ten_thousand_items_fetches_at_most_the_limit(tmp_path, news_site, capsys, limit, taken):
    feed = news_site.url("/huge-feed.xml")
    before = sum(n for path, n in news_site.hits.items() if path.startswith("/gone/"))
    options = ["--limit", limit] if limit else []
    code, out, err = kg(capsys, "--store", f"oxigraph:{tmp_path / 'store'}", "ingest", PRIVATE, "--feed", feed, *options)
    assert code == 1
    lines = err.splitlines()
    assert lines[0] == f"kg: warning: feed {feed}: took the newest {taken} of its 10,000 items (--limit)"
    assert lines[1:] == [f"kg: error: {news_site.url(f'/gone/{n}')}: HTTP 404 Not Found" for n in range(taken)]
    assert out == f"0 ingested, 0 unchanged (skipped), {taken} failed\n"
    assert sum(n for path, n in news_site.hits.items() if path.startswith("/gone/")) - before == taken


def test_markup_in_a_title_is_text_wherever_it_is_shown(tmp_path, news_site, capsys):
    from serve_support import Server

    store = f"oxigraph:{tmp_path / 'store'}"
    assert kg(capsys, "--store", store, "ingest", PRIVATE, news_site.url("/news/markup-title.html"))[0] == 0
    title = '<script>alert("x")</script> Deal & [31mco'  # the escape character dropped
    assert sources(store)[news_site.url("/news/markup-title.html")]["title"] == title
    code, out, _ = kg(capsys, "--store", store, "why", "Kakao", "invests_in", "Upstage")
    assert code == 0 and out.splitlines()[0] == f"1. {title} (2026-02-05)"
    code, out, _ = kg(capsys, "--store", store, "stats")
    assert code == 0 and title in out and "\x1b" not in out
    server = Server(store)
    try:
        page = httpx.get(server.url + "/entity/kakao", timeout=30).text
    finally:
        server.stop()
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Deal &amp; [31mco" in page
    assert '<script>alert("x")' not in page


def test_nothing_to_ingest_is_a_usage_error(capsys):
    code, _, err = kg(capsys, "--store", "memory:", "ingest")
    assert code == 2 and "give FILE or URL arguments, or --feed FEED" in err


def test_a_bad_file_stops_everything_before_any_fetch(tmp_path, news_site, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    url = news_site.url("/news/samsung-harman.html")
    hits = news_site.hits.get("/news/samsung-harman.html", 0)
    code, out, err = kg(capsys, "--store", f"oxigraph:{tmp_path / 'store'}", "ingest", PRIVATE, str(bad), url)
    assert (code, out, err) == (1, "", f"kg: error: {bad}: binary data, not text or HTML\n")
    assert news_site.hits.get("/news/samsung-harman.html", 0) == hits
    assert not (tmp_path / "store").exists()


def test_validate_refuses_a_changed_page_that_would_break_a_shape(tmp_path, news_site, capsys):
    # A firm typed only by the page; another graph states a stake in it. The page then
    # changes to one that no longer names the firm: writing it would leave the stake's
    # object outside the relation's range, so --validate refuses it whole and the store
    # keeps the old page.
    store = f"oxigraph:{tmp_path / 'store'}"
    url = news_site.url("/news/changing.html")
    news_site.changing = "Blue Fund acquired a 30% stake in Zentrix Robotics Inc in January 2026."
    try:
        assert kg(capsys, "--store", store, "ingest", PRIVATE, url)[0] == 0
        with KnowledgeGraph.open(store, read_only=True) as graph:
            firms = [str(row[0]) for row in graph.query(
                "SELECT DISTINCT ?e WHERE { ?e a ?c . ?c rdfs:subClassOf* kg:Organization "
                "FILTER(CONTAINS(STR(?e), 'zentrix')) }").rows]
        if not firms:
            pytest.skip("the extractor made no Zentrix organisation")
        patch = tmp_path / "patch.trig"
        patch.write_text(f"<https://w3id.org/kg/source/patch> {{ <https://w3id.org/kg/id/fund> a "
                         f"<https://w3id.org/kg/ontology#Organization> ; <https://w3id.org/kg/ontology#holdsStakeIn> "
                         f"<{firms[0]}> . }}\n", encoding="utf-8")
        assert kg(capsys, "--store", store, "load", str(patch))[0] == 0
        with KnowledgeGraph.open(store, read_only=True) as graph:
            before = set(graph.store.quads())
        news_site.changing = ("Blue Fund reported record results in January 2026. The fund said that its "
                              "investors were pleased with the year and that it plans to open an office in Seoul.")
        code, out, err = kg(capsys, "--store", store, "ingest", PRIVATE, "--validate", url)
    finally:
        news_site.changing = "Tencent, a Chinese company, holds a 5% stake in Krafton."
    assert code == 1, (out, err)
    assert out.splitlines() == ["0 ingested, 0 unchanged (skipped), 0 failed, 1 refused (--validate)"]
    assert "was not written" in err and "outside the relation's range" in err
    with KnowledgeGraph.open(store, read_only=True) as graph:
        assert set(graph.store.quads()) == before
