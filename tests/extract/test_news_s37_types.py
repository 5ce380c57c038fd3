"""Entities' classes and recall, session 37 (helper "types37"), kinds met among the entity
misses of the read dev texts: products news names bare, which NER missed or read as firms
(a messaging app, a chatbot, a satellite service, a phone: 5 products of 5 stories), the
firm before a possessive that NER read with its product as one firm's name ("X's
iPhones", 1 firm), and the social platform X, named by one letter after "on" or
"platform" (2 products of 2 stories); the sectors a verb lists whose subject is a noun of
sectors ("key sectors include ...": 3 sectors of 1 story).
Sentences invented here, each beside one of a near shape that must not give (or must give)
the class."""

from __future__ import annotations

from extract_support import entity_classes


def test_a_product_news_names_bare_is_a_product(extract_text):
    # "said in a Viber message": NER found nothing; "the WeChat operator": nothing either.
    classes = entity_classes(extract_text("Halvex Chief Executive Dora Brill said in a Viber message that the deal would close soon."))
    assert classes.get("Viber") == {"Product"}
    classes = entity_classes(extract_text("Corvane, the WeChat operator, holds a 5 per cent stake in Halvex."))
    assert classes.get("WeChat") == {"Product"}
    # A name of the list inside a longer firm's name stays the firm's.
    classes = entity_classes(extract_text("Viber Media Holdings signed a deal with Halvex on Monday."))
    assert "Viber" not in classes and "Product" not in set().union(*classes.values())


def test_a_firms_possessive_before_its_product_leaves_the_firm(extract_text):
    # "assembling Brantel's iPhones": NER read "Brantel's iPhones" as one firm; the product's
    # name ruled, the firm before its "'s" is still a firm.
    classes = entity_classes(extract_text("Halvex already plays a key role in assembling Apple’s iPhones for customers abroad."))
    assert classes.get("iPhones") == {"Product"}
    assert classes.get("Apple") == {"Company"}


def test_the_platform_x_is_a_product_after_on_or_platform(extract_text):
    classes = entity_classes(extract_text("On social platform X, Dora Brill thanked the firm's new investors."))
    assert classes.get("X") == {"Product"}
    classes = entity_classes(extract_text("Minister Oren Talvik shared a video of his visit to Halvex on 'X'."))
    assert classes.get("X") == {"Product"}


def test_a_letter_in_a_longer_name_or_before_a_number_is_no_platform(extract_text):
    # "Model X", "X Corp": a letter that a name goes on after, or that no opener stands before.
    classes = entity_classes(extract_text("Halvex sold 300 Model X cars and bought shares on X Corp's behalf."))
    assert "X" not in classes
    classes = entity_classes(extract_text("Halvex will post on X 2 new photos, and Series X bonds fell."))
    assert "X" not in classes


def test_sectors_a_verb_lists_after_a_noun_of_sectors_are_sectors(extract_text):
    # "strategic sectors highlighted for growth include pharmaceuticals, agriculture, ethanol,
    # biodiesel and aerospace": the list is the object of "include", whose subject is
    # "sectors" (the parse may hang "include" on the participle as a second verb).
    classes = entity_classes(extract_text("Key sectors singled out for growth include cement, tourism and biodiesel, the minister said."))
    assert {name: classes.get(name) for name in ("cement", "tourism", "biodiesel")} == {
        "cement": {"Sector"}, "tourism": {"Sector"}, "biodiesel": {"Sector"}}
    classes = entity_classes(extract_text("Key industries include cement and tourism, the minister said."))
    assert classes.get("tourism") == {"Sector"}


def test_what_a_verb_lists_after_another_noun_is_no_sector(extract_text):
    # The same verb after a noun of no sectors: the talks' topics, a firm's clients.
    classes = entity_classes(extract_text("The talks include tourism and investment, the minister said."))
    assert "tourism" not in classes
    classes = entity_classes(extract_text("Halvex's main markets include cement and tourism, the firm said."))
    assert "tourism" not in classes
