"""HTTP/1.1 for a lane (:mod:`kg.serve.lanes`): requests read from one blocking socket with
httptools (the parser uvicorn uses), responses written as bytes, and requests a lane does not
answer itself passed on to the parent's server over its Unix socket.

A lane serves one connection at a time, so everything here blocks; what bounds the wait is
the caller's poll (keep-alive, a request that trickles in) and the socket's own timeout for
writes (a client that does not read).
"""

from __future__ import annotations

import email.utils
import http
import socket
import time
from dataclasses import dataclass, field

import httptools

__all__ = ["HEAD_LIMIT", "LaneRequest", "RequestReader", "chunk_bytes", "forward", "ok_bytes", "response_bytes", "stream_head"]

#: Most bytes a request's line and headers may take (a query in the URL counts here).
HEAD_LIMIT = 2 * 1024 * 1024
_SECURITY = b"x-content-type-options: nosniff\r\n"
_NO_FRAMING = b"content-security-policy: default-src 'none'; frame-ancestors 'none'\r\n"
# Not passed on to the parent: hop-by-hop, or rewritten here (the body is whole, dechunked).
_HOP = frozenset({b"connection", b"keep-alive", b"transfer-encoding", b"content-length", b"expect", b"upgrade", b"te"})


@dataclass
class LaneRequest:
    """One request as read: method, raw URL, lower-cased headers, body, whether the
    connection may serve another after it, and *problem*, the status owed instead of an
    answer when the request could not be read whole (400, 413, 431); *http11*, whether
    the client speaks HTTP/1.1 (and so reads a chunked body)."""

    method: str = ""
    url: bytes = b""
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: bytearray = field(default_factory=bytearray)
    keep_alive: bool = True
    problem: int = 0
    http11: bool = True

    def header(self, name: bytes, default: bytes = b"") -> bytes:
        """The first value of header *name* (lower case)."""
        for key, value in self.headers:
            if key == name:
                return value
        return default


class RequestReader:
    """Requests from one connection, in order (pipelined ones too), parsed by httptools.

    Parameters
    ----------
    max_body : int
        A body past this many bytes is not read: the request gets 413 and the
        connection closes.
    """

    def __init__(self, max_body: int) -> None:
        self.max_body = max_body
        self.ready: list[LaneRequest] = []  # read whole, not answered yet
        self.current: LaneRequest | None = None  # being read
        self.wants_continue = False  # a client waits for "100 Continue" before its body
        self._head_bytes = 0
        self._headers_done = False
        self._parser = httptools.HttpRequestParser(self)

    # httptools callbacks ---------------------------------------------------------------

    def on_message_begin(self) -> None:
        self.current = LaneRequest()
        self._head_bytes = 0
        self._headers_done = False

    def on_url(self, url: bytes) -> None:
        self.current.url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        self.current.headers.append((name.lower(), value))

    def on_headers_complete(self) -> None:
        self._headers_done = True
        request = self.current
        request.method = self._parser.get_method().decode("latin-1")
        request.http11 = self._parser.get_http_version() != "1.0"
        declared = request.header(b"content-length")
        if declared.isdigit() and int(declared) > self.max_body:
            request.problem = 413
        elif request.header(b"expect").lower() == b"100-continue":
            self.wants_continue = True

    def on_body(self, data: bytes) -> None:
        request = self.current
        if not request.problem:
            request.body += data
            if len(request.body) > self.max_body:
                request.problem = 413
                request.body = bytearray()

    def on_message_complete(self) -> None:
        self.current.keep_alive = self._parser.should_keep_alive()
        self.ready.append(self.current)
        self.current = None

    # ------------------------------------------------------------------------------------

    @property
    def partial(self) -> bool:
        """Whether part of a request was read and the rest is awaited."""
        return self.current is not None

    def feed(self, data: bytes) -> None:
        """Parse *data*; a request that cannot be read whole ends up in :attr:`ready` with
        its problem set, and nothing after it is read."""
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._fail(400)
        except httptools.HttpParserError:
            self._fail(400)
            return
        current = self.current
        if current is not None:
            if not self._headers_done:
                self._head_bytes += len(data)
                if self._head_bytes > HEAD_LIMIT:
                    self._fail(431)
            elif current.problem == 413:
                self._fail(413)  # answered at once: the client need not send the rest

    def _fail(self, status: int) -> None:
        request = self.current or LaneRequest()
        request.problem, request.keep_alive = status, False
        self.ready.append(request)
        self.current = None


def _date() -> bytes:
    return email.utils.formatdate(usegmt=True).encode()


class _DateCache:
    """The Date header, formatted once a second."""

    second = -1
    line = b""


def response_bytes(status: int, headers: list[tuple[bytes, bytes]], body: bytes, keep_alive: bool) -> bytes:
    """A whole HTTP/1.1 response: *headers* (Starlette's raw headers: content-length and
    content-type already there) with the security headers every kg response carries."""
    now = int(time.time())
    if now != _DateCache.second:
        _DateCache.second, _DateCache.line = now, b"date: " + _date() + b"\r\n"
    lines = [b"HTTP/1.1 %d %s\r\n" % (status, http.HTTPStatus(status).phrase.encode()), _DateCache.line]
    policy = False
    for name, value in headers:
        lines.append(name + b": " + value + b"\r\n")
        policy = policy or name.lower() == b"content-security-policy"
    lines.append(_SECURITY if policy else _SECURITY + _NO_FRAMING)
    if not keep_alive:
        lines.append(b"connection: close\r\n")
    lines.append(b"\r\n")
    lines.append(body)
    return b"".join(lines)


def ok_bytes(content_type: str, body: bytes, keep_alive: bool) -> bytes:
    """A 200 answer of *body*: what :func:`response_bytes` writes, built in fewer steps
    (it is the answer to nearly every request a lane serves)."""
    now = int(time.time())
    if now != _DateCache.second:
        _DateCache.second, _DateCache.line = now, b"date: " + _date() + b"\r\n"
    return b"".join((
        b"HTTP/1.1 200 OK\r\n", _DateCache.line, b"content-length: %d\r\ncontent-type: " % len(body), content_type.encode(),
        b"\r\n", _SECURITY, _NO_FRAMING, b"\r\n" if keep_alive else b"connection: close\r\n\r\n", body,
    ))


def stream_head(content_type: str, keep_alive: bool, chunked: bool) -> bytes:
    """The head of a 200 answer whose length is not known yet: its body follows in chunks
    (:func:`chunk_bytes`, then ``0\r\n\r\n``), or, when not *chunked* (an HTTP/1.0
    client), raw until the connection closes."""
    now = int(time.time())
    if now != _DateCache.second:
        _DateCache.second, _DateCache.line = now, b"date: " + _date() + b"\r\n"
    framing = b"transfer-encoding: chunked\r\n" if chunked else b""
    closing = b"\r\n" if keep_alive and chunked else b"connection: close\r\n\r\n"
    return b"".join((b"HTTP/1.1 200 OK\r\n", _DateCache.line, b"content-type: ", content_type.encode(), b"\r\n",
                     framing, _SECURITY, _NO_FRAMING, closing))


def chunk_bytes(data: bytes) -> bytes:
    """*data* as one chunk of a chunked body (never empty: an empty chunk ends the body)."""
    return b"%x\r\n" % len(data) + data + b"\r\n"


def forward(request: LaneRequest, address: str, client: str, trusted: bool, timeout: float) -> bytes:
    """What the parent's server at the Unix socket *address* answers to *request*, ready for
    the client: the request is sent whole with ``Connection: close`` and the client's
    address as ``X-Forwarded-For`` (its own X-Forwarded-* headers kept only when *trusted*,
    as uvicorn trusts them only from 127.0.0.1), and the answer read to its end. The
    answer's ``Connection: close`` is dropped when the client's connection stays open."""
    lines = [f"{request.method} ".encode() + request.url + b" HTTP/1.1\r\n"]
    for name, value in request.headers:
        if name in _HOP or (name.startswith(b"x-forwarded-") and not trusted):
            continue
        lines.append(name + b": " + value + b"\r\n")
    if not (trusted and request.header(b"x-forwarded-for")):
        lines.append(b"x-forwarded-for: " + client.encode() + b"\r\n")
    lines.append(b"content-length: %d\r\nconnection: close\r\n\r\n" % len(request.body))
    parts = []
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as upstream:
        upstream.settimeout(timeout)
        upstream.connect(address)
        upstream.sendall(b"".join(lines) + request.body)
        while chunk := upstream.recv(1 << 16):
            parts.append(chunk)
    answer = b"".join(parts)
    head, separator, body = answer.partition(b"\r\n\r\n")
    if not separator:
        raise ConnectionError("the parent's server closed without an answer")
    kept = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
    if not request.keep_alive:
        kept.append(b"connection: close")
    return b"\r\n".join(kept) + b"\r\n\r\n" + body
