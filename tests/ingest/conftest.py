"""The local news site (tests/ingest/news_site.py) as a fixture, one server per module."""

from __future__ import annotations

import pytest
from news_site import NewsSite, start


@pytest.fixture(scope="module")
def news_site():
    """A :class:`NewsSite` served on 127.0.0.1 (a free port) for the module's tests."""
    site = NewsSite()
    server, thread = start(site)
    yield site
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)
