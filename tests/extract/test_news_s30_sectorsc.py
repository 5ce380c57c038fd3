"""What firms do, as fresh news writes it (session 30, a short round): a firm that runs a
phone or mobile service is in telecommunications, not in the handsets "mobile phones" name;
an adjective joined to the last item's adjective before a head shares its nouns ("an
industrial and general packaging products supplier"); verbs listed before one object.
On sentences invented here, each beside one of a near shape that must not be read so."""

from __future__ import annotations

import pytest

from extract_support import fact_ends


def sectors(record) -> set[tuple[str, str]]:
    return fact_ends(record, "operates_in_sector")


@pytest.mark.parametrize("text, firm", [
    ("Tamna Telecom, the country's biggest mobile phone operator, posted a loss.", "Tamna Telecom"),
    ("Gaon Mobile, Peru's largest mobile service provider, posted a loss.", "Gaon Mobile"),
    ("Nuri Telecom, a mobile phone carrier, cut 300 jobs.", "Nuri Telecom"),
])
def test_a_firm_running_a_phone_service_is_in_telecommunications(extract_text, text, firm):
    found = sectors(extract_text(text))
    assert (firm, "telecommunications") in found
    assert (firm, "smartphones") not in found


def test_a_maker_of_mobile_phones_makes_smartphones(extract_text):
    found = sectors(extract_text("Koru Ltd, a mobile phone maker, cut 300 jobs."))
    assert ("Koru Ltd", "smartphones") in found
    assert ("Koru Ltd", "telecommunications") not in found


def sector_names(record) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Sector"}


def test_adjectives_joined_before_a_head_share_the_nouns_after_them(extract_text):
    found = sectors(extract_text("Tamna Ltd is an industrial and general packaging products supplier."))
    assert {("Tamna Ltd", "industrial packaging products"), ("Tamna Ltd", "general packaging products")} <= found


def test_an_adjective_joined_to_a_praise_word_shares_nothing(extract_text):
    record = extract_text("Gaon Ltd is a large and growing packaging products supplier.")
    assert not any(name.startswith(("large", "growing")) for name in sector_names(record))


_FILLER = "The company said on Monday that its sales rose in the first quarter of the year. "


@pytest.mark.parametrize("text, firm, sector", [
    ("Koru Corp makes, recycles and distributes plastic packaging products.", "Koru Corp", "plastic packaging products"),
    ("Gaon Corp manufactures and distributes plastic films.", "Gaon Corp", "plastic films"),
])
def test_verbs_listed_before_one_object_share_it_and_the_subject(extract_text, text, firm, sector):
    assert (firm, sector) in sectors(extract_text(_FILLER + text))


def test_a_verb_with_its_own_subject_in_the_list_keeps_its_object_from_the_first(extract_text):
    found = sectors(extract_text(_FILLER + "Sora Telecom makes robots and Minjin Corp recycles and sells plastic films."))
    assert ("Sora Telecom", "plastic films") not in found
