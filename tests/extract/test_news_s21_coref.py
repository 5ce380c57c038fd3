"""A description with a demonym ("the South Korean company") refers back only to a firm the
text has not placed in another country (session 21); on sentences invented here, each beside
one of the same shape that must be read so."""

from __future__ import annotations

from extract_support import fact_ends

from kg.extract.stated_homes import stated_homes


def homes(record) -> set[tuple[str, str]]:
    return fact_ends(record, "headquartered_in")


def test_a_demonym_description_skips_the_firm_called_of_another_country(extract_text):
    # Daewon, named most and last, would be the description's pick without the rule.
    record = extract_text("Daewon Robotics, a Japanese firm, signed a deal with Hanul Motors of South Korea on Monday. "
                          "Daewon Robotics will supply parts. The South Korean company will invest $20 million in Minjin Bio.")
    assert ("Daewon Robotics", "South Korea") not in homes(record)
    assert ("Hanul Motors", "Minjin Bio") in fact_ends(record, "invests_in")
    assert ("Daewon Robotics", "Minjin Bio") not in fact_ends(record, "invests_in")


def test_with_no_firm_placed_the_most_named_is_still_the_pick(extract_text):
    # The same story without the homes: nothing says Daewon is not the Korean company.
    record = extract_text("Daewon Robotics signed a deal with Hanul Motors on Monday. Daewon Robotics will supply "
                          "parts. The South Korean company will invest $20 million in Minjin Bio.")
    assert ("Daewon Robotics", "Minjin Bio") in fact_ends(record, "invests_in")


def test_a_description_resolves_to_no_one_when_every_firm_is_placed_elsewhere(extract_text):
    record = extract_text("Daewon Robotics, a Japanese firm, signed a deal with Hanul Motors, a Chinese carmaker, on "
                          "Monday. The South Korean company will invest $20 million in Minjin Bio.")
    assert not {subject for subject, _ in fact_ends(record, "invests_in")} & {"Daewon Robotics", "Hanul Motors"}
    assert not {firm for firm, country in homes(record) if country == "South Korea"}


def test_the_description_itself_places_no_one(extract_text):
    # "Hanul Motors, the Japanese company said": the description after a name is not that
    # name's apposition while it is being resolved.
    record = extract_text("Daewon Robotics has completed its purchase of Hanul Motors, the Japanese company said on "
                          "Wednesday. Daewon Robotics is based in Osaka.")
    assert ("Hanul Motors", "Japan") not in homes(record)


def test_stated_homes_reads_before_after_and_of(extractor):
    from kg.extract.entities import DocumentEntity

    text = "Japan's Daewon met Hanul Motors of Korea and Minjin, a Chinese maker, but not Taesan, which sells to India."
    doc = extractor.nlp(text)

    def entity(key, name, cls):
        starts = [text.index(name)]
        return DocumentEntity(key, name, cls, None, mentions=[(s, s + len(name)) for s in starts])

    entities = {e.key: e for e in (entity("c:jp", "Japan", "Country"), entity("o:d", "Daewon", "Company"),
                                   entity("o:h", "Hanul Motors", "Company"), entity("c:kr", "Korea", "Country"),
                                   entity("o:m", "Minjin", "Company"), entity("c:cn", "Chinese", "Country"),
                                   entity("o:t", "Taesan", "Company"), entity("c:in", "India", "Country"))}
    assert stated_homes(doc, entities) == {"o:d": {"c:jp"}, "o:h": {"c:kr"}, "o:m": {"c:cn"}}
