"""``kg serve``: a SPARQL 1.1 Protocol endpoint and a browser explorer over one store."""

from kg.serve.app import create_app, run_server
from kg.serve.protocol import EndpointSettings

__all__ = ["EndpointSettings", "create_app", "run_server"]
