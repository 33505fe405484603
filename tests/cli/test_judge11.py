"""judge11 (session 8): scorer judgements through the CLI: a weekday's part of
day in the plural is a rhythm, not a deadline; spending limits; paycheck rates."""

from __future__ import annotations


def test_tuesday_evenings_are_no_deadline_for_add(run, isolated_home):
    """Was saved due the next Tuesday; now the deadline is asked for, nothing is saved."""
    result = run("add", "Run 30 minutes on Tuesday evenings")
    assert result.code == 1
    assert "Missing --due" in result.err and result.out == ""
    assert run("list", "--json").json() == []
    goal = run("add", "Run 30 minutes on Tuesday evenings", "--due", "2027-03-31", "--json").json()
    assert goal["deadline"] == "2027-03-31"
    assert goal["statement"] == "Run 30 minutes on Tuesday evenings"


def test_check_reads_tuesday_evenings_as_a_rhythm(run):
    card = run("check", "Run 30 minutes on Tuesday evenings", "--json")
    assert card.code == 0, card
    data = card.json()
    assert data["deadline"] is None
    assert data["criteria"]["time_bound"]["score"] == 1
    assert data["criteria"]["time_bound"]["evidence"] == ["on Tuesday evenings"]


def test_check_reads_a_spending_limit_as_a_limit(run):
    card = run("check", "Spend no more than $200 a month on takeout", "--due", "2027-06-30", "--json")
    assert card.code == 0, card
    achievable = card.json()["criteria"]["achievable"]
    assert achievable["score"] == 1
    assert achievable["reason"] == "Nothing yet says what could make the limit hard to keep, or how you'll handle it."
    assert "comes to" not in achievable["suggestion"]


def test_add_reads_a_weekly_paycheck(run):
    goal = run("add", "Save $100 from each weekly paycheck until I have $3,000", "--due", "2027-06-30", "--json")
    assert goal.code == 0, goal
    achievable = goal.json()["score"]["criteria"]["achievable"]
    assert achievable["score"] == 2
    assert "(paid weekly)" in achievable["reason"]


def test_a_family_goals_card_names_family_not_child_family(run):
    assert run("aspiration", "add", "family").code == 0
    card = run("check", "Read a bedtime story to my kids 5 nights a week", "--json")
    assert card.code == 0, card
    relevant = card.json()["criteria"]["relevant"]
    assert relevant["reason"] == "Serves your aspiration 'family' (family, wellbeing)."
    assert "child family" not in card.out
