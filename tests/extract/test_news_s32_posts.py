"""Posts given to the wrong firm or missed in session 32 (helper posts): a successor elected
by a named firm's board, given to another firm the story had named first; a successor
taking a firm's title in the possessive ("as Hanul's chief executive"). Each case beside
one of a near shape."""

from __future__ import annotations

from extract_support import fact_dates, fact_ends


def test_a_successor_elected_by_a_named_firms_board_holds_that_firms_post(extract_text):
    # "X said profits rose. The board of Y elected Kim to succeed Lee as chair" had made
    # Kim chair of X, the firm named first.
    record = extract_text("Marlow Foods said on Tuesday its profit rose. Separately, the board of Kestrel Bank "
                          "has elected Nora Vale to succeed Owen Pratt as chair.")
    assert ("Nora Vale", "Kestrel Bank") in fact_ends(record, "chair_of")
    assert ("Nora Vale", "Marlow Foods") not in fact_ends(record, "chair_of")
    owned = extract_text("Marlow Foods said on Tuesday its profit rose. Separately, Kestrel Bank's board "
                         "has elected Nora Vale to succeed Owen Pratt as chair.")
    assert ("Nora Vale", "Kestrel Bank") in fact_ends(owned, "chair_of")
    # A board no firm is named for is the story's firm's, as before.
    unnamed = extract_text("Marlow Foods said on Tuesday its profit rose. The board has elected Nora Vale "
                           "to succeed Owen Pratt as chair.")
    assert ("Nora Vale", "Marlow Foods") in fact_ends(unnamed, "chair_of")


def test_a_successor_takes_a_firms_title_told_in_the_possessive(extract_text):
    # "X will replace Y as Hanul's CEO" gave X no post.
    record = extract_text("Nora Vale will replace Owen Pratt as Marlow Foods' chief executive, the company said.")
    assert ("Nora Vale", "Marlow Foods") in fact_ends(record, "ceo_of")
    assert ("Owen Pratt", "Marlow Foods") not in fact_ends(record, "ceo_of")
    # A firm replaced as another's supplier takes no post.
    supplier = extract_text("Nora Vale said Kestrel Bank will replace Marlow Foods as Tarn Steel's main lender.")
    assert not fact_ends(supplier, "ceo_of") and not fact_ends(supplier, "chair_of")


def test_a_noun_of_appointing_gives_the_post_after_its_as(extract_text):
    # "Hanul announced the appointment of X as chief executive" and "the board approved the
    # re-appointment of X as chief executive" gave no post, and NER had made one X a firm.
    record = extract_text("Tarn Steel announced the appointment of Julia Hartmann as chief executive officer on Tuesday.")
    assert ("Julia Hartmann", "Tarn Steel") in fact_ends(record, "ceo_of")
    assert {e["name"]: e["type"] for e in record["entities"]}["Julia Hartmann"] == "Person"
    again = extract_text("The board of Tarn Steel approved the re-appointment of Park Ji-hoon as chief executive on Tuesday.")
    assert ("Park Ji-hoon", "Tarn Steel") in fact_ends(again, "ceo_of")
    # A firm appointed as an adviser is no person and takes no post.
    adviser = extract_text("Tarn Steel welcomed the appointment of Kestrel Securities as financial adviser on the deal.")
    assert {e["name"]: e["type"] for e in adviser["entities"]}.get("Kestrel Securities") != "Person"
    assert not fact_ends(adviser, "ceo_of")
    # A title with its own "of" is that body's, not the appointer's.
    unit = extract_text("Tarn Steel announced the appointment of Julia Hartmann as chief executive of Marlow Foods.")
    assert ("Julia Hartmann", "Tarn Steel") not in fact_ends(unit, "ceo_of")


def test_a_title_held_by_the_one_named_to_another_takes_not_its_day(extract_text):
    # "Hanul named its current chairman, X, as chief executive, effective January 13" had
    # dated X's chair post January 13, the day of the new post.
    record = extract_text("Sorel Cement named its current chairman, Aiko Tanabe, as chief executive, effective June 1.", "2024-05-02")
    assert fact_dates(record, "chair_of")[("Aiko Tanabe", "Sorel Cement")] is None
    assert fact_dates(record, "ceo_of")[("Aiko Tanabe", "Sorel Cement")] == "2024-06-01"
    # The title the verb gives keeps the day.
    given = extract_text("Sorel Cement named Aiko Tanabe chairman, effective June 1.", "2024-05-02")
    assert fact_dates(given, "chair_of")[("Aiko Tanabe", "Sorel Cement")] == "2024-06-01"
