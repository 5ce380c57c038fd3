"""Fetching pages and feeds over HTTP, bounded so that no answer can hold kg up or fill
its memory.

Every fetch is limited in time as a whole (not only between two bytes: a server that
trickles a byte a second is cut off too), in size (read as a stream and abandoned past
the cap, so a page that never ends costs the cap and no more) and in redirects (each hop
checked again). Only ``http`` and ``https`` are fetched, and only from public addresses:
a host that resolves to a loopback, private, link-local or otherwise non-public address
is refused unless the policy allows private addresses, so that a feed cannot make kg
read the machine's own services or the local network. The address is checked when the
host is resolved, just before the request; a DNS server that answers differently a
moment later is not defended against.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from kg._version import __version__
from kg.errors import IngestError

if TYPE_CHECKING:
    import httpx

__all__ = ["FEED_TYPES", "HTML_TYPES", "FetchError", "FetchPolicy", "Fetched", "Fetcher", "is_public", "is_url"]

#: Content types of a web page kg reads as an article.
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: Content types feeds are served with (many servers say plain XML).
FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    "application/xml", "text/xml", "application/x-rss+xml",
)
_REDIRECTS = (301, 302, 303, 307, 308)
_SCHEMES = ("http", "https")


class FetchError(IngestError):
    """One URL could not be fetched (or was refused); the message is one line naming why."""


@dataclass(frozen=True)
class FetchPolicy:
    """The bounds of every fetch.

    Parameters
    ----------
    timeout : float
        Seconds one fetch may take in all, redirects included.
    max_bytes : int
        Most bytes of one answer's body (after decompression).
    max_redirects : int
        Most redirects followed from the URL asked for.
    allow_private : bool
        Fetch from loopback and private addresses too (a test server, an intranet).
    """

    timeout: float = 30.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    allow_private: bool = False


@dataclass(frozen=True)
class Fetched:
    """One answer: the URL asked for, the one answered after redirects, the HTTP status,
    the media type and charset the server gave, the body and when it was fetched (UTC)."""

    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes
    fetched_at: datetime


def is_url(text: str) -> bool:
    """Whether a command-line source names a URL rather than a file.

    >>> is_url("https://example.org/a"), is_url("news/a.html"), is_url("file:///tmp/a")
    (True, False, True)
    """
    scheme, sep, _ = text.partition("://")
    return bool(sep) and scheme.isascii() and scheme.isalpha()


class Fetcher:
    """An HTTP client with :class:`FetchPolicy`'s bounds; use it as a context manager."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        # httpx is imported here, not with the module: ingesting files (which imports this
        # module for is_url) should not pay for an HTTP client it never uses.
        import httpx

        self.policy = policy or FetchPolicy()
        # Redirects are followed by hand, so that each hop's scheme and address is checked.
        self._client = httpx.Client(
            follow_redirects=False,
            headers={"User-Agent": f"kg/{__version__} (news ingest)"},
        )

    def __enter__(self) -> Fetcher:  # noqa: PYI034 - no subclasses
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str, accept: tuple[str, ...], *, what: str = "HTML", max_bytes: int | None = None) -> Fetched:
        """GET *url* and return its body, or raise :class:`FetchError`.

        Parameters
        ----------
        url : str
            An absolute http or https URL.
        accept : tuple of str
            The media types taken; an answer of another type is refused unread. An answer
            with no type is taken when its body starts with markup.
        what : str
            What the accepted types are, for the error message ("not HTML").
        max_bytes : int, optional
            The size cap for this answer, if not the policy's.
        """
        import httpx

        deadline = time.monotonic() + self.policy.timeout
        current = url
        for _ in range(self.policy.max_redirects + 1):
            self._check(current)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FetchError(f"timed out after {self.policy.timeout:g} s")
            try:
                with self._client.stream(
                    "GET", current, timeout=httpx.Timeout(remaining),
                    headers={"Accept": ", ".join((*accept, "*/*;q=0.1"))},
                ) as response:
                    location = response.headers.get("location")
                    if response.status_code in _REDIRECTS and location:
                        current = str(response.url.join(location.strip()))
                        continue
                    return self._read(url, response, accept, what, deadline, max_bytes or self.policy.max_bytes)
            except httpx.TimeoutException:
                raise FetchError(f"timed out after {self.policy.timeout:g} s") from None
            except httpx.InvalidURL as error:
                raise FetchError(f"not a valid URL: {error}") from None
            except httpx.HTTPError as error:
                # Connection refused or reset, TLS failures, broken chunked encoding: the
                # library's message is one line and says which.
                raise FetchError(f"cannot fetch: {_one_line(str(error)) or type(error).__name__}") from None
        raise FetchError(f"more than {self.policy.max_redirects} redirects (a redirect loop?)")

    def _check(self, url: str) -> None:
        import httpx

        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL as error:
            raise FetchError(f"not a valid URL: {error}") from None
        if parsed.scheme not in _SCHEMES:
            raise FetchError(f"refused: only http and https URLs are fetched, not {parsed.scheme or 'a relative URL'}:")
        host = parsed.host
        if not host:
            raise FetchError("not a valid URL: it names no host")
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError):
            raise FetchError(f"cannot resolve host {host} (DNS)") from None
        if self.policy.allow_private:
            return
        for info in infos:
            address = ipaddress.ip_address(info[4][0].partition("%")[0])
            if not is_public(address):
                named = host if host == str(address) else f"{host} ({address})"
                raise FetchError(f"refused: {named} is a private or local address; --allow-private fetches it")

    def _read(self, url: str, response: httpx.Response, accept, what: str, deadline: float, limit: int) -> Fetched:
        if response.status_code >= 400 or response.status_code in _REDIRECTS:
            reason = response.reason_phrase or ""
            raise FetchError(f"HTTP {response.status_code} {reason}".rstrip())
        media_type, _, params = response.headers.get("content-type", "").partition(";")
        media_type = media_type.strip().lower()
        if media_type and media_type not in accept:
            raise FetchError(f"not {what}: the server says it is {media_type}")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(f"too large: {_megabytes(int(declared))} (the limit is {_megabytes(limit)})")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"too large: more than {_megabytes(limit)} (the limit)")
            if time.monotonic() > deadline:
                raise FetchError(f"timed out after {self.policy.timeout:g} s")
            chunks.append(chunk)
        body = b"".join(chunks)
        if not media_type and not body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            raise FetchError(f"not {what}: no content type, and the body is not markup")
        return Fetched(
            url=url, final_url=str(response.url), status=response.status_code, content_type=media_type,
            charset=_charset(params), body=body, fetched_at=datetime.now(UTC).replace(microsecond=0),
        )


def is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether an address is on the public internet (an IPv4 address written as IPv6 is
    judged as IPv4).

    >>> [is_public(ipaddress.ip_address(a)) for a in ("93.184.216.34", "127.0.0.1", "10.1.2.3", "::ffff:192.168.0.1", "169.254.169.254")]
    [True, False, False, False, False]
    """
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"').lower()
    return None


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def _one_line(text: str) -> str:
    return " ".join(text.split())
