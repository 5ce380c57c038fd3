"""Entity names, boundaries and classes as news writes them (session 22, second round,
helper "ents2"), on sentences invented here, each beside one of the same shape that must
not be read so."""

from __future__ import annotations


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# A firm's name carrying its initials or its country in brackets goes on after them
# (acronym_names.bracketed_names_joined).
def test_initials_in_brackets_inside_a_name(extract_text):
    names = typed(extract_text("Posco agreed to buy 10 percent of Hanul Emiliane (HE) Slovakia, an affiliate of Hanul Group."))
    assert "Hanul Emiliane (HE) Slovakia" in names


def test_a_country_in_brackets_inside_a_name(extract_text):
    names = typed(extract_text("Daewon Robotics is a joint venture between Hanul Motors (51%) and Daewon (China) Holdings (49%)."))
    assert "Daewon (China) Holdings" in names


def test_initials_before_a_title_join_nothing(extract_text):
    names = typed(extract_text("Hanul Motors (HM) Chairman Kim Min-jun met Daewon Robotics in Busan."))
    assert "Hanul Motors" in names and not any("(" in name for name in names)


def test_initials_the_words_do_not_spell_join_nothing(extract_text):
    names = typed(extract_text("Posco agreed to buy 10 percent of Hanul Emiliane (XQ) Slovakia last year."))
    assert not any("(" in name for name in names)


# A short form the text also writes in full is that name's, not an arm's that starts with
# it (coreference.References.link_short_forms).
def _firm(name: str, *surfaces: str, cls: str = "InvestmentFirm"):
    from kg.extract.entities import DocumentEntity

    return DocumentEntity(key=name, name=name, cls=cls, iri=None, known=True,
                          surfaces=dict.fromkeys((name, *surfaces)), mentions=[(0, len(name))])


def test_a_short_form_written_in_full_is_not_an_arms(extractor):
    entities = {"Hanul": _firm("Hanul", "Hanul Investment Company"), "Hanul Ventures": _firm("Hanul Ventures")}
    extractor.references.link_short_forms(entities, [])
    assert set(entities) == {"Hanul", "Hanul Ventures"}


def test_a_short_form_alone_is_still_the_longer_names(extractor):
    entities = {"Hanul": _firm("Hanul"), "Hanul Ventures": _firm("Hanul Ventures")}
    extractor.references.link_short_forms(entities, [])
    assert set(entities) == {"Hanul Ventures"}


# A verb's present and a firm's word with an "-ing" word after it narrow no sector
# (sector_mentions.narrowed_sectors).
def test_a_verb_before_a_sector_narrows_nothing(extract_text):
    names = typed(extract_text("Hanul Robotics exports machinery to Vietnam."))
    assert names.get("machinery") == "Sector" and "exports machinery" not in names


def test_a_plural_noun_of_trade_before_a_sector_still_narrows(extract_text):
    names = typed(extract_text("Hanul sells building materials to Daewon Robotics."))
    assert names.get("building materials") == "Sector"


def test_a_startup_doing_something_narrows_nothing(extract_text):
    names = typed(extract_text("Daewon Labs, a startup building software for hospitals, raised $5 million."))
    assert names.get("software") == "Sector" and not any("startup" in name for name in names)


# A bank or a broker that deals for others is a company, though a word of its name marks
# investment firms (names.yaml company_tails).
def test_an_investment_bank_is_a_company(extract_text):
    names = typed(extract_text("Hanul Investment Bank advised Daewon Robotics on the deal."))
    assert names.get("Hanul Investment Bank") == "Company"


def test_an_investment_firm_is_still_one(extract_text):
    names = typed(extract_text("Hanul Investment Partners invested in Daewon Robotics."))
    assert names.get("Hanul Investment Partners") == "InvestmentFirm"
