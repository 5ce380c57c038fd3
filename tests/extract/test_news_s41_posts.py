"""Posts from invented news told in the shapes of fresh stories read in session 41: a
firm's "Board of Directors", capitalised, that names someone to a post makes the post the
firm's. Each beside a near text."""

from __future__ import annotations

from extract_support import fact_ends


def test_a_capitalised_board_names_to_its_firms_post(extract_text):
    record = extract_text("Dastrel Aviation said its Board of Directors has named Jonas Brek as chief executive officer.")
    assert fact_ends(record, "ceo_of") == {("Jonas Brek", "Dastrel Aviation")}
    record = extract_text("Dastrel Aviation today announced that its Board of Directors has named current chairman, "
                          "Jonas Brek, as chief executive officer, effective January 13.")
    assert ("Jonas Brek", "Dastrel Aviation") in fact_ends(record, "ceo_of")
    # A body whose name opens with "Board" is itself the one that names.
    record = extract_text("The Board of Trade named Jonas Brek as its chairman.")
    assert fact_ends(record, "chair_of") == {("Jonas Brek", "Board of Trade")}
