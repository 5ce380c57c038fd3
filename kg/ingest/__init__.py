"""Getting facts in: tables (CSV/JSON with a mapping), with names normalised and resolved
against the graph's entities."""
