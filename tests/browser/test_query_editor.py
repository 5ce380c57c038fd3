"""The explorer's query page in headless Chromium: the query coloured by token as it is
typed, kg's prefixes and the ontology's terms offered and inserted, answers still paged."""

from __future__ import annotations

import pytest

TOKENS = """Array.from(document.querySelectorAll('#query-highlight span'))
    .map(span => [span.className.slice(4), span.textContent])"""
OFFERED = "Array.from(document.querySelectorAll('#query-completions li')).map(li => li.textContent)"


@pytest.fixture
def query_page(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors, outside = [], []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: outside.append(request.url) if not request.url.startswith(server.url) else None)
    page.goto(server.url + "/query")
    yield page
    assert errors == [] and outside == []
    page.close()


def test_keywords_iris_literals_and_variables_are_coloured(query_page):
    query_page.fill("#query-text", 'SELECT ?x WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> "LG"@en ; a kg:Company } # hi\nLIMIT 5')
    tokens = query_page.evaluate(TOKENS)
    assert tokens == [
        ["keyword", "SELECT"], ["var", "?x"], ["keyword", "WHERE"], ["var", "?x"],
        ["iri", "<http://www.w3.org/2000/01/rdf-schema#label>"], ["literal", '"LG"@en'], ["keyword", "a"],
        ["pname", "kg:Company"], ["comment", "# hi"], ["keyword", "LIMIT"], ["number", "5"],
    ]
    # The coloured copy holds exactly the text, so it lies under the textarea's own letters.
    assert query_page.text_content("#query-highlight") == query_page.input_value("#query-text")
    # A keyword inside a string or a comment is not one.
    query_page.fill("#query-text", "# SELECT\nASK { ?s ?p 'WHERE' }")
    assert query_page.evaluate(TOKENS) == [["comment", "# SELECT"], ["keyword", "ASK"], ["var", "?s"], ["var", "?p"], ["literal", "'WHERE'"]]


def test_a_prefix_and_a_term_are_offered_and_inserted(query_page):
    area = "#query-text"
    query_page.fill(area, "")
    query_page.type(area, "PREFIX k")
    assert query_page.evaluate(OFFERED) == ["kg: <https://w3id.org/kg/ontology#>"]
    query_page.press(area, "Enter")
    assert query_page.input_value(area) == "PREFIX kg: <https://w3id.org/kg/ontology#>"
    assert query_page.locator("#query-completions").is_hidden()
    query_page.press(area, "Enter")
    query_page.type(area, "SELECT ?firm WHERE { id:lg-electronics kg:holdsSt")
    assert query_page.evaluate(OFFERED) == ["kg:holdsStakeIn"]
    query_page.press(area, "Tab")
    query_page.type(area, " ?firm }")
    assert query_page.input_value(area).endswith("SELECT ?firm WHERE { id:lg-electronics kg:holdsStakeIn ?firm }")
    # A keyword by its first letters, and the terms of a prefix picked from the list.
    query_page.fill(area, "")
    query_page.type(area, "ORD")
    assert query_page.evaluate(OFFERED) == ["ORDER"]
    query_page.press(area, "Escape")
    query_page.fill(area, "")
    query_page.type(area, "?x rdfs")
    assert query_page.evaluate(OFFERED) == ["rdfs:"]
    query_page.press(area, "Enter")
    assert "rdfs:label" in query_page.evaluate(OFFERED)
    query_page.locator("#query-completions li", has_text="rdfs:label").click()
    assert query_page.input_value(area) == "?x rdfs:label"
    query_page.type(area, " # kg:hol")
    assert query_page.locator("#query-completions").is_hidden()  # nothing offered in a comment
    # The completed query runs: the editor is still the form's field.
    query_page.fill(area, "SELECT ?firm WHERE { id:lg-electronics kg:holdsStakeIn ?firm }")
    query_page.click("button[type=submit]")
    query_page.wait_for_selector("#results")
    assert query_page.text_content("#results").split() == ["firm", "id:agibot"]
    assert query_page.evaluate(TOKENS)[0] == ["keyword", "SELECT"]  # the text sent comes back coloured


def test_answers_still_page(query_page):
    query_page.fill("#query-text", "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 250")
    query_page.click("button[type=submit]")
    query_page.wait_for_selector("#results")
    assert "rows 1–100 of 250 · page 1 of 3" in query_page.text_content("#pager-top")
    first = query_page.locator("#results tr").nth(1).text_content()
    query_page.click("#pager-bottom >> text=next →")
    query_page.wait_for_selector("#results")
    assert "rows 101–200 of 250 · page 2 of 3" in query_page.text_content("#pager-top")
    assert query_page.locator("#results tr").count() == 101
    assert query_page.locator("#results tr").nth(1).text_content() != first
    assert query_page.input_value("#query-text").startswith("SELECT ?s ?p ?o")
