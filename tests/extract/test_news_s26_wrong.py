"""Silent wrong facts met on news snippets outside the corpus (session 26): kinds of wording
that made kg write a fact the text does not say. Each case beside one of a near shape that
must still give its fact."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers


def test_an_outlet_that_reports_is_not_the_firm_its_story_describes(extract_text):
    # "The Irish Times reported ... that the bank's board has selected the group's former
    # CFO" had made the CFO an executive of the newspaper.
    lead = "Hanul Bank has named Kim Min-soo its interim chief executive. "
    record = extract_text(lead + "The Korea Herald reported on Tuesday that the group's former finance chief "
                          "Park Ji-hoon would become its next chief executive.")
    assert ("Park Ji-hoon", "Korea Herald") not in fact_ends(record, "ceo_of") | fact_ends(record, "executive_of")
    possessive = extract_text(lead + "Bloomberg reported that Park Ji-hoon would become its next chief executive.")
    assert ("Park Ji-hoon", "Bloomberg") not in fact_ends(possessive, "ceo_of")
    # A firm that is the sentence's subject still owns the description.
    firm = extract_text(lead + "Daewon Motors said on Tuesday that the group's former finance chief Park Ji-hoon would retire.")
    assert ("Park Ji-hoon", "Daewon Motors") in fact_ends(firm, "executive_of")


def test_the_chief_of_a_function_is_an_executive_not_the_chief_executive(extract_text):
    # "the group's former finance chief Myles O'Grady" had been read ceo_of.
    record = extract_text("Kim Min-soo, technology chief of Sora Motors, resigned last week after a dispute with the board.")
    assert fact_ends(record, "executive_of") == {("Kim Min-soo", "Sora Motors")}
    assert fact_qualifiers(record, "Kim Min-soo", "executive_of", "Sora Motors")["role"] == "technology chief"
    assert not fact_ends(record, "ceo_of")
    chief = extract_text("Choi Ji-woo, chief of Minjin Steel, said the company would keep its plants open.")
    assert fact_ends(chief, "ceo_of") == {("Choi Ji-woo", "Minjin Steel")}
