"""Deals of session 34 (helper "deals"): ownership, stakes and takeovers, kinds met on deal
news outside the corpus (Yonhap, South Korea; Reuters, Sweden; NNA, Japan): a holding
company named for the firm it owns, a subholding company named for the group above it.
Sentences invented here, each beside one of a near shape that must not give the fact."""

from __future__ import annotations

from extract_support import fact_ends


def test_a_subholding_company_belongs_to_the_group_above_it(extract_text):
    # "X is the subholding company of Korea's ninth-largest conglomerate Y Group" (Yonhap):
    # no frame read "subholding company" as a title, and X had no parent.
    for text in ("Brenmor Holdings is the subholding company of South Korea's ninth-largest conglomerate Talvik Group.",
                 "Brenmor Holdings is the sub-holding company of the Talvik Group.",
                 "Brenmor Holdings, the holding company of Talvik Group, said profits rose."):
        record = extract_text(text, "2024-03-04")
        assert ("Brenmor Holdings", "Talvik Group") in fact_ends(record, "subsidiary_of"), text
    # A holding company of a firm owns it: the firm after "of" is the subsidiary.
    for text in ("Brenmor Holdings is the holding company of Corvane Steel.",
                 "Brenmor Holdings, the holding company of Corvane Steel, said profits rose."):
        record = extract_text(text, "2024-03-04")
        assert fact_ends(record, "subsidiary_of") == {("Corvane Steel", "Brenmor Holdings")}, text
    # A firm that is no holding company of another names no parent.
    record = extract_text("Brenmor Holdings is the largest customer of Corvane Steel.", "2024-03-04")
    assert fact_ends(record, "subsidiary_of") == set()
