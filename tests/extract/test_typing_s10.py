"""The class of names no reference data knows (session 10): what the text says a name is
outweighs the class its head word suggests."""

from __future__ import annotations


def classes(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_a_description_outweighs_a_policy_head_word(extract_text):
    # "Initiative" ends plans' names; the apposition says this one is a think tank.
    record = extract_text("The tariffs will hurt exporters, said Mina Cho, director of Open Markets Initiative, "
                          "a Seoul-based economic policy think tank.")
    assert classes(record).get("Open Markets Initiative") == "ResearchOrg"


def test_a_policy_head_word_without_a_description_stays_a_policy(extract_text):
    record = extract_text("Hanul Robotics will receive grants under the Smart Factory Initiative.")
    assert classes(record).get("Smart Factory Initiative") == "Policy"


def test_a_description_outweighs_an_event_head_word(extract_text):
    # "Forum" ends events' names; the apposition says this one is an investment firm.
    record = extract_text("Daewon Ventures raised $20 million from Minjin Forum, a venture capital firm based in Busan.")
    assert classes(record).get("Minjin Forum") == "InvestmentFirm"
