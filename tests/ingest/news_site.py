"""A local news site for the fetching tests: a real HTTP server on 127.0.0.1 serving short
hand-written pages, feeds and misbehaviour (redirect loops, a slow page, a page that never
ends, a binary, a 404); the fixture that starts it is in conftest.py.

Every endless answer is bounded on the server side too (in bytes and seconds), so that a
client that fails to stop cannot keep the test run busy.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLES = {
    "/news/tencent-krafton.html": (
        "Tencent takes a stake in Krafton",
        "2026-02-01",
        "Tencent, a Chinese company, holds a 5% stake in Krafton. Krafton is based in Seoul.",
    ),
    "/news/samsung-harman.html": (
        "Samsung buys Harman",
        "2026-02-03",
        ("Samsung Electronics acquired Harman, an American audio company, for 8 billion dollars. "
         "Harman makes car audio systems."),
    ),
    "/news/markup-title.html": (
        '<script>alert("x")</script> Deal & \x1b[31mco',
        "2026-02-05",
        ("Kakao, a South Korean company, invested in Upstage, a startup based in Seoul. "
         "Upstage builds language models."),
    ),
}

#: Server-side bounds of the endless answers.
ENDLESS_BYTES = 64 * 1024 * 1024
ENDLESS_SECONDS = 20


def page(title: str, date: str, text: str) -> bytes:
    """A news page as sites write them: navigation and footer around one article."""
    import html

    paragraphs = "".join(f"<p>{html.escape(sentence.strip())}.</p>" for sentence in text.split(". ") if sentence.strip())
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title>"
        f"<meta property='article:published_time' content='{date}T08:00:00Z'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/markets'>Markets</a></nav>"
        # No <h1>: trafilatura keeps it as the text's first line, and extraction then joins
        # a headline's last name to the next line's first (reported; not fetching's part).
        f"<article>{paragraphs}</article>"
        "<footer>Test pages written for kg's tests.</footer></body></html>"
    ).replace("..</p>", ".</p>").encode("utf-8")


def rss(items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed of (title, link, RFC 822 date) items."""
    from xml.sax.saxutils import escape

    body = "".join(
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link><pubDate>{date}</pubDate></item>"
        for title, link, date in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Test wire</title><link>http://127.0.0.1/</link><description>kg tests</description>{body}"
        "</channel></rss>"
    ).encode()


class NewsSite:
    """The server's state: its base URL, how often each path was asked for, and the
    text of the page at /news/changing.html (tests change it)."""

    def __init__(self) -> None:
        self.base = ""
        self.hits: dict[str, int] = {}
        self.changing = "Tencent, a Chinese company, holds a 5% stake in Krafton."
        self.lock = threading.Lock()

    def url(self, path: str) -> str:
        return self.base + path


def _handler(site: NewsSite):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # the test output is no place for access logs
            pass

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            with site.lock:
                site.hits[path] = site.hits.get(path, 0) + 1
            route = ROUTES.get(path)
            if route is None and path.startswith("/gone/"):
                route = ROUTES["/missing"]
            if route is None:
                return self.send("404 page", status=404, ctype="text/plain")
            route(self)

        def send(self, body: bytes | str, *, status: int = 200, ctype: str = "text/html; charset=utf-8", headers=()) -> None:
            data = body.encode("utf-8") if isinstance(body, str) else body
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def redirect(self, location: str) -> None:
            self.send(b"", status=302, headers=[("Location", location)])

        def stream(self, chunk: bytes, pause: float) -> None:
            """Chunked data until the client leaves or the server-side bound."""
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            sent, start = 0, time.monotonic()
            try:
                while sent < ENDLESS_BYTES and time.monotonic() - start < ENDLESS_SECONDS:
                    self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                    self.wfile.flush()
                    sent += len(chunk)
                    if pause:
                        time.sleep(pause)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True

    def article(path):
        return lambda h: h.send(page(*ARTICLES[path]))

    def slow(h) -> None:
        time.sleep(3)
        h.send(page(*ARTICLES["/news/tencent-krafton.html"]))

    ROUTES = {path: article(path) for path in ARTICLES}
    ROUTES.update({
        "/news/changing.html": lambda h: h.send(page("A page that changes", "2026-02-07", site.changing)),
        "/news/empty.html": lambda h: h.send("<html><head><title>Empty</title></head><body><script>var page = 1;</script></body></html>"),
        "/missing": lambda h: h.send("no such page", status=404, ctype="text/plain"),
        "/broken": lambda h: h.send("server error", status=500, ctype="text/plain"),
        "/report.pdf": lambda h: h.send(b"%PDF-1.4\x00\x01\x02" * 100, ctype="application/pdf"),
        "/blob": lambda h: h.send(b"\x00\x01\x02binary" * 100, ctype=""),
        "/huge.html": _declare_huge,
        "/endless.html": lambda h: h.stream(b"<p>more</p>" * 1000, 0),
        # Over a million characters of text in one paragraph: under the size cap, over what
        # the parser takes.
        "/long.html": lambda h: h.send(
            "<html><head><title>A long page</title></head><body><article><p>"
            + "The firm said it would grow and hire more people. " * 22_000 + "</p></article></body></html>"
        ),
        "/trickle.html": lambda h: h.stream(b"<p>", 0.2),
        "/slow.html": slow,
        "/redirect": lambda h: h.redirect("/news/tencent-krafton.html"),
        "/redirect-twice": lambda h: h.redirect(site.url("/redirect")),
        "/loop": lambda h: h.redirect("/loop"),
        "/to-file": lambda h: h.redirect("file:///etc/passwd"),
        "/feed.xml": lambda h: h.send(rss([
            ("Tencent <b>takes</b> a stake", site.url("/news/tencent-krafton.html"), "Sun, 01 Feb 2026 08:00:00 GMT"),
            ("Samsung buys Harman", site.url("/redirect-to-samsung"), "Tue, 03 Feb 2026 08:00:00 GMT"),
            ("A local file", "file:///etc/passwd", "Wed, 04 Feb 2026 08:00:00 GMT"),
            ("Gone", site.url("/missing"), "Thu, 05 Feb 2026 08:00:00 GMT"),
        ]), ctype="application/rss+xml"),
        "/redirect-to-samsung": lambda h: h.redirect("/news/samsung-harman.html"),
        "/atom.xml": lambda h: h.send((
            b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            b"<title>Test atom</title><id>urn:kg:test</id><updated>2026-02-05T08:00:00Z</updated>"
            b"<entry><title type='html'>Kakao &lt;i&gt;invests&lt;/i&gt;</title><id>urn:kg:1</id>"
            b"<link href='/news/markup-title.html'/><updated>2026-02-05T08:00:00Z</updated></entry>"
            b"</feed>"
        ), ctype="application/atom+xml"),
        "/huge-feed.xml": lambda h: h.send(rss([
            (f"Item {n}", site.url(f"/gone/{n}"), "Sun, 01 Feb 2026 08:00:00 GMT") for n in range(10_000)
        ]), ctype="application/rss+xml"),
        "/not-a-feed.xml": lambda h: h.send("<html><body>hello</body></html>", ctype="application/xml"),
    })
    return Handler


def _declare_huge(handler) -> None:
    """Says it is 100 MB; a client that believes it reads nothing."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(100 * 1024 * 1024))
    handler.end_headers()
    handler.close_connection = True


def start(site: NewsSite) -> tuple[ThreadingHTTPServer, threading.Thread]:
    """Serve *site* on a free port of 127.0.0.1 in a daemon thread; sets ``site.base``."""
    server = _Server(("127.0.0.1", 0), _handler(site))
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # A client that gives up on an endless page resets the connection: expected here.
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)
