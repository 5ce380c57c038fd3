"""Non-sector entities on real news, session 41: public bodies named by plurals and titles,
and names news writes in other forms. Invented sentences and names, each beside a near
sentence where the rule must not fire."""

from __future__ import annotations

from extract_support import entity_classes


def test_the_ministries_of_a_list_are_each_named(extract_text):
    record = extract_text("The Velmar plan was sent to the ministries of heavy industries, external affairs, "
                          "and home affairs for approval.")
    classes = entity_classes(record)
    for name in ("Ministry of Heavy Industries", "Ministry of External Affairs", "Ministry of Home Affairs"):
        assert classes[name] == {"GovernmentBody"}


def test_a_plural_of_ministries_without_briefs_names_none(extract_text):
    record = extract_text("Officials of the ministries of both countries and their agencies met in Lagos on Monday.")
    assert not any(name.startswith("Ministry") for name in entity_classes(record))
