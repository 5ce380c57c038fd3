"""People and their posts of session 33 (helper posts), kinds met on appointment news outside
the corpus (Korea Herald, Korea; Reuters' list of CEO changes, US; Core TV News, Nigeria): a
firm's name before the title after "as" ("was appointed as Hanul Oil CEO"), an appointee
with a title of his own before the name ("appointed former senior executive X as CEO"), a
firm named opening the clause ("For Polaris Bank, X was appointed as ..."), one put in by a
firm that replaces its officer ("replaced CEO X with Y"). Sentences invented here, each
beside one of a near shape that must not give the fact."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers


def test_a_firms_name_before_the_title_after_as_holds_the_post(extract_text):
    # "He was appointed as GS Caltex CEO in 2013" gave no post.
    record = extract_text("Kim Tae-ho joined Hanul Oil in 1990. He was appointed as Hanul Oil CEO in 2013.")
    assert fact_qualifiers(record, "Kim Tae-ho", "ceo_of", "Hanul Oil") == {"role": "CEO", "date": "2013"}
    took = extract_text("Park Ji-hoon took over as Daewon Steel chairman in March 2019.")
    assert ("Park Ji-hoon", "Daewon Steel") in fact_ends(took, "chair_of")
    # The one who appoints another holds nothing.
    appointer = extract_text("Kim Tae-ho appointed Lee Min-ji as Hanul Oil CEO on Monday.")
    assert ("Kim Tae-ho", "Hanul Oil") not in fact_ends(appointer, "ceo_of")


def test_an_appointee_with_a_title_before_the_name_takes_the_post_after_as(extract_text):
    # "Nike appointed former senior executive Elliott Hill as CEO" gave Hill no post, the
    # parser hanging "as CEO" on the name.
    record = extract_text("Talvik appointed former senior executive Brent Oller as CEO on Monday.", "2024-09-20")
    assert fact_qualifiers(record, "Brent Oller", "ceo_of", "Talvik") == {"role": "CEO", "date": "2024-09-16"}
    # One hired as an adviser holds no chief's post.
    adviser = extract_text("Talvik hired former senior executive Brent Oller as an adviser on Monday.", "2024-09-20")
    assert ("Brent Oller", "Talvik") not in fact_ends(adviser, "ceo_of")


def test_a_firm_named_opening_the_clause_holds_the_post_its_title_leaves_unsaid(extract_text):
    # "For Polaris Bank, X was appointed as the Managing Director and Chief Executive Officer"
    # had made X chief executive of Union Bank, the bank the story had named first.
    for text in ("Talvik Bank named Ravi Anand as its chief executive. For Osler Bank, Lee Ji-won was appointed as "
                 "the managing director and chief executive officer.",
                 "Talvik Bank named Ravi Anand as its chief executive. At Osler Bank, Lee Ji-won will become "
                 "chief executive in May."):
        record = extract_text(text)
        assert ("Lee Ji-won", "Osler Bank") in fact_ends(record, "ceo_of"), text
        assert ("Lee Ji-won", "Talvik Bank") not in fact_ends(record, "ceo_of"), text
    # A phrase of "for" that names no firm leaves the story's firm.
    plain = extract_text("Talvik Bank named Ravi Anand as its chief executive. For the first time, Lee Ji-won will "
                         "become chief executive in May.")
    assert ("Lee Ji-won", "Talvik Bank") in fact_ends(plain, "ceo_of")


def test_one_put_in_by_a_firm_that_replaces_its_officer_takes_the_title(extract_text):
    # "CVS Health replaced CEO Karen Lynch with company veteran David Joyner", "Nestle in
    # August replaced CEO Mark Schneider, who led the company for eight years, with veteran
    # Laurent Freixe" gave the successor no post.
    for text, holder in (("Corvane Health replaced CEO Mara Kessel with company veteran Ivo Pratt on Monday.", "Ivo Pratt"),
                         ("Corvane Foods in August replaced chief executive Mark Oller, who led the company for eight "
                          "years, with veteran Ivo Pratt.", "Ivo Pratt"),
                         ("Corvane Foods replaced Mark Oller with Talvik head Ivo Pratt as its CEO in August.", "Ivo Pratt")):
        record = extract_text(text, "2024-12-20")
        assert (holder, text.split(" replaced")[0].split(" in August")[0]) in fact_ends(record, "ceo_of"), text
    # What replaces an officer and is no person holds no post; nor does a firm put in for a firm.
    committee = extract_text("Corvane Foods replaced CEO Mark Oller with Osler Partners, a turnaround firm.", "2024-12-20")
    assert ("Osler Partners", "Corvane Foods") not in fact_ends(committee, "ceo_of")
    auditor = extract_text("Corvane Foods replaced its auditor Talvik Partners with Osler Audit.", "2024-12-20")
    assert not fact_ends(auditor, "ceo_of") and not fact_ends(auditor, "executive_of")
