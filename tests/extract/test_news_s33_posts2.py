"""Posts of session 33 (helper "posts2"), kinds met on appointment news outside the corpus
(Korea, Nigeria, India, Japan): the one who appoints another to a post is not given the post.
Sentences invented here, each beside one of a near shape that must still give the fact."""

from __future__ import annotations

from extract_support import fact_ends


def test_who_appoints_another_as_chief_does_not_hold_the_post(extract_text):
    # "Chairman X appointed Y as chief executive of Z" (a Korean group's reshuffle) had
    # made X, the one appointing, Z's chief executive too.
    record = extract_text("Hallim Group chairman Seo Dong-jin appointed Yoon Ha-eun as chief executive of Hallim "
                          "Chemical on Tuesday.", "2024-03-06")
    assert ("Yoon Ha-eun", "Hallim Chemical") in fact_ends(record, "ceo_of")
    assert ("Seo Dong-jin", "Hallim Chemical") not in fact_ends(record, "ceo_of")
    # Named with no object of its own, the subject holds it.
    for sentence in ("Yoon Ha-eun was appointed as chief executive of Hallim Chemical on Tuesday.",
                     "Yoon Ha-eun was hired as chief executive of Hallim Chemical on Tuesday."):
        assert ("Yoon Ha-eun", "Hallim Chemical") in fact_ends(extract_text(sentence, "2024-03-06"), "ceo_of"), sentence


def test_who_is_announced_as_chief_holds_the_post(extract_text):
    # "The board announced X as the Managing Director and CEO of Y" (a Nigerian bank) had
    # given no post, X called a firm: "announce" gave none, and the title joined to the first
    # after "as" did not share its "of".
    record = extract_text("The board of Fidelia Bank announced Chuka Obiora as the Managing Director and CEO of Fidelia "
                          "Bank on Monday.", "2024-03-06")
    assert ("Chuka Obiora", "Fidelia Bank") in fact_ends(record, "ceo_of")
    record = extract_text("Kestrel Holdings announced Ada Nwosu as chief executive of Kestrel Foods.", "2024-03-06")
    assert ("Ada Nwosu", "Kestrel Foods") in fact_ends(record, "ceo_of")
    # Announced as what no person holds: no post.
    record = extract_text("Kestrel Holdings announced Ada Nwosu as the winner of its award.", "2024-03-06")
    assert not fact_ends(record, "ceo_of") and not fact_ends(record, "executive_of")
