"""Start ``kg serve``'s application with settings the CLI has no option for yet (query
limits, allowed hosts): ``python serve_launcher.py STORE PORT SETTINGS_JSON``."""

from __future__ import annotations

import json
import sys

from kg.graph import KnowledgeGraph
from kg.query_limits import QueryLimits
from kg.serve import EndpointSettings, create_app, run_server


def main() -> None:
    store, port, options = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
    limits = QueryLimits(**{k: tuple(v) if isinstance(v, list) else v for k, v in options.pop("limits", {}).items()})
    settings = EndpointSettings(limits=limits, **options)
    graph = KnowledgeGraph.open(store, read_only=not settings.allow_update)
    run_server(create_app(graph, settings), host="127.0.0.1", port=port)


if __name__ == "__main__":
    main()
