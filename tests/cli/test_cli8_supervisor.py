"""cli8 item 5 end to end: `goals check` and `goals add` judge a goal naming
Florida against Florida's qualified-supervisor route (tests/smart/test_cli8_supervisor_states.py
has the rows)."""

from __future__ import annotations


def test_check_shows_the_florida_route(run):
    card = run("check", "Become a qualified supervisor in Florida by June 30, 2027", "--json")
    assert card.code == 0, card
    assert card.json()["criteria"]["achievable"]["evidence"][0] == "Florida qualified supervisor status"


def test_add_stores_the_goal_and_its_card_names_the_california_route(run):
    added = run("add", "Become a clinical supervisor in California", "--due", "2026-12-31", "--json")
    assert added.code == 0, added
    shown = run("show", "1", "--json").json()
    assert shown["statement"] == "Become a clinical supervisor in California"
    assert shown["score"]["criteria"]["achievable"]["evidence"][0] == "qualifying to supervise associates in California"
