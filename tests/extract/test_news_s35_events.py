"""Policies and events, session 35 (helper "events35"), kinds met among the development
texts' misses of policies told by what they are rather than by a name (8 of the 22 gold
policies kg missed): measures imposed by a subject that is no name ("the government will
impose export controls on ...", 1), by a pronoun for the body the clause above names ("the
administration announced it is imposing tariffs on ...", 1), by no subject at all ("since
imposing tighter curbs", 1), with a clause on what they fall on that is no part of them
("tariffs on steel and aluminum imported from ..."), and sanctions a union "agrees" (1);
of the policies kg had, the country an agreement is signed "with" (1 of 19 facts); of the
events kg had, a country a clause on the event makes its guest of honour (1 of 30 facts).
Sentences invented here, each beside one of a near shape that must not give the policy or
fact."""

from __future__ import annotations

from extract_support import fact_ends


def _policies(record: dict) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Policy"}


def test_measures_the_government_imposes_are_policies(extract_text):
    # "The government will impose export controls on 23 types of ...": the subject named no
    # country, and the measure was left out.
    record = extract_text("Japan said on Monday that the government will impose export controls on 18 types of chip equipment.")
    assert _policies(record) == {"export controls on 18 types of chip equipment"}
    # A firm's own restrictions are no policy.
    record = extract_text("Corvane Holdings said on Monday that the company will impose restrictions on its suppliers.")
    assert _policies(record) == set()


def test_measures_a_pronoun_imposes_are_the_clause_above_s(extract_text):
    # "The X administration announced it's imposing tariffs on steel and aluminum imported
    # from ...": the pronoun stood for the administration; what is told of the goods ends the
    # measure's name.
    record = extract_text("The Brazilian government announced it is imposing tariffs on steel and aluminum imported from Canada and Mexico.")
    assert _policies(record) == {"tariffs on steel and aluminum"}
    record = extract_text("Corvane Holdings announced it is imposing restrictions on orders imported from Canada.")
    assert _policies(record) == set()


def test_measures_imposed_by_a_gerund_are_the_clause_subject_s(extract_text):
    # "Japan has approved export of ... for the first time since imposing tighter curbs".
    record = extract_text("Japan has approved exports of a chip material to Vietnam for the first time since imposing tighter curbs last month.")
    assert _policies(record) == {"tighter curbs"}
    record = extract_text("Corvane Holdings has resumed exports of a chip material to Vietnam for the first time since imposing tighter curbs "
                          "last month.")
    assert _policies(record) == set()
    # Duties only vowed are no policy the news keeps.
    assert _policies(extract_text("Mexico vowed to impose duties on everything from steel to cheese.")) == set()


def test_sanctions_a_union_agrees_are_its_policy(extract_text):
    # "EU agrees new sanctions on Russia": "agree" was no verb of imposing.
    record = extract_text("The EU agreed new sanctions on Russia on Friday.")
    assert _policies(record) == {"new sanctions on Russia"}
    assert fact_ends(record, "policy_of") == {("new sanctions on Russia", "European Union")}
    record = extract_text("Corvane Holdings and Talvik Systems agreed new curbs on their trade on Friday.")
    assert _policies(record) == set()


def test_the_party_an_agreement_is_signed_with_is_its_party(extract_text):
    # "Chile was the first ... country to sign a free trade agreement (FTA) with China": the
    # signer alone was read as the agreement's party.
    record = extract_text("Chile was the first country to sign a free trade agreement (FTA) with Vietnam.")
    assert fact_ends(record, "policy_of") == {("FTA", "Chile"), ("FTA", "Vietnam")}
    record = extract_text("Peru concluded the Hanul Investment Treaty with South Korea last year.")
    assert fact_ends(record, "policy_of") == {("Hanul Investment Treaty", "Peru"), ("Hanul Investment Treaty", "South Korea")}
    # Only a signing makes the other side a party; nor is a firm one.
    record = extract_text("India discussed the Hanul Trade Agreement with the UAE on Monday.")
    assert fact_ends(record, "policy_of") == set()
    record = extract_text("Peru concluded the Hanul Investment Treaty with Corvane Holdings last year.")
    assert fact_ends(record, "policy_of") == {("Hanul Investment Treaty", "Peru")}


def test_a_country_a_clause_on_the_event_honours_takes_part_in_it(extract_text):
    # "... at the World Government Summit in Dubai where India is a guest of honour this
    # year": the copula after "where" was read of no one.
    record = extract_text("Later today, Kim will deliver a keynote address at the Hanul Government Summit in Dubai where India is a guest "
                          "of honour this year.")
    assert ("India", "Hanul Government Summit") in fact_ends(record, "participates_in")
    # A country a clause on the event tells of otherwise is no participant.
    record = extract_text("Later today, Kim will deliver a keynote address at the Hanul Government Summit in Dubai where India hopes to "
                          "sign deals.")
    assert ("India", "Hanul Government Summit") not in fact_ends(record, "participates_in")
