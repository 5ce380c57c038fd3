"""Pictures of the graph: views of the projection drawn as self-contained HTML pages.
"""

from kg.viz.expand import neighbour_records
from kg.viz.html import page_data, render_html
from kg.viz.layout import positions
from kg.viz.pictures import (
    SIZE_MEASURES,
    NotebookPicture,
    choose_view,
    page_for,
    view_for,
)
from kg.viz.views import (
    MAX_NODES,
    View,
    focus_view,
    links_view,
    pairs_view,
    reduce_view,
    whole_view,
)

__all__ = [
    "MAX_NODES",
    "SIZE_MEASURES",
    "NotebookPicture",
    "View",
    "choose_view",
    "focus_view",
    "links_view",
    "neighbour_records",
    "page_data",
    "page_for",
    "pairs_view",
    "positions",
    "reduce_view",
    "render_html",
    "view_for",
    "whole_view",
]
