"""judge12 (session 8, new-user trial 11): scorer judgements through the CLI."""

from __future__ import annotations

SAM = ("clinical supervisor", "private practice", "rested and healthy", "close to family")


def declare(run, names=SAM):
    for name in names:
        assert run("aspiration", "add", name).code == 0


def test_a_sleep_goal_is_linked_to_rested_and_healthy(run):
    """Trial 11 B5: was linked (and saved) to 'close to family'."""
    declare(run)
    card = run("check", "Be in bed by 11pm on weeknights through February", "--json")
    assert card.code == 0, card
    assert card.json()["criteria"]["relevant"]["reason"] == "Serves your aspiration 'rested and healthy' (wellbeing)."
    goal = run("add", "Be in bed by 11pm on weeknights", "--due", "2027-02-28", "--json")
    assert goal.code == 0, goal
    assert goal.json()["aspirations"] == ["rested and healthy"]
    assert run("show", "1", "--json").json()["aspirations"] == ["rested and healthy"]


def test_due_feb_29_names_the_year_it_falls_in(run):
    """Trial 11 C8 (the tests' today, 2026-05-13, reads it as 2027-02-29): was "'Feb 29' is not a day on the calendar"."""
    result = run("add", "Walk 20 minutes a day", "--due", "Feb 29")
    assert result.code == 1
    assert result.out == ""
    assert "February 2027 has 28 days" in result.err and len(result.err.strip().splitlines()) == 1
    assert run("list", "--json").json() == []


def test_check_points_at_a_mistyped_sum(run):
    """Trial 11 B3: was Measurable 2/2 "You'll know by the numbers: $6,." (as --target '$6,OOO' is refused)."""
    card = run("check", "Save $6,OOO for the practice by next June", "--json")
    assert card.code == 0, card
    measurable = card.json()["criteria"]["measurable"]
    assert measurable["score"] == 1
    assert measurable["reason"] == "'$6,OOO' doesn't read as an amount: did you mean $6,000?"
