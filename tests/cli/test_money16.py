"""money16 (session 10): new-user trials 13 and 14, and limit13's leftovers.

Guided `goals add` here runs through the CliRunner (its input is no terminal:
an offer is the default Enter takes, a refused answer is printed back); the
pty tests are in test_money16_pty.py. Each test: the exit code, then the
stored goal (or --json)."""

from __future__ import annotations

import pytest

from clingoals.usecases import drafting as use


@pytest.fixture
def guided(run, monkeypatch):
    monkeypatch.setattr("clingoals.cli.goals.interactive", lambda: True)
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")

    def adding(*args, answers):
        return run("add", *args, input="".join(f"{answer}\n" for answer in answers))

    return adding


def _goal(run, goal_id=1):
    result = run("show", goal_id, "--json")
    assert result.code == 0, result
    return result.json()


# --- trial 14 C1: "balance at 0 (its 4.5k right now)" is a payoff measure ---

def test_c1_a_balance_at_zero_with_what_it_is_now_reads_as_a_payoff(guided, run):
    result = guided("Pay off my credit card", answers=["balance at 0 (its 4.5k right now)", "June 30"] + [""] * 12)
    assert result.code == 0, result
    assert "names no measure" not in result.err
    assert "Read as 'balance down to $0 from $4,500'." in result.err
    goal = _goal(run)
    assert goal["measure"]["metric"] == "balance down to $0 from $4,500"
    assert goal["statement"] == "Pay off my credit card (balance down to $0 from $4,500) by June 30, 2027"
    assert goal["score"]["criteria"]["measurable"]["score"] == 2


@pytest.mark.parametrize("answer, reading", [
    ("balance at 0 (its 4.5k right now)", (4500.0, 0.0)),
    ("balance down to $0 from $4,500", (4500.0, 0.0)),
    ("0 and 4.5k", (4500.0, 0.0)),
    ("debt at zero, I owe $3,200", (3200.0, 0.0)),
    ("balance from $4,500 to $1,000", (4500.0, 1000.0)),
    ("2 cards, 5 payments", None),  # two sums, neither zero, no "from ... to": not read
    ("30 minutes", None),
])
def test_c1_payoff_in_reads_the_balance_and_what_it_comes_down_to(answer, reading):
    assert use.payoff_in(answer, "Pay off my credit card") == reading


def test_c1_two_sums_without_a_debt_are_no_payoff():
    assert use.payoff_in("from 7 to 3", "Feel less anxious at work") is None


def test_c1_an_unread_answer_with_numbers_is_not_told_it_has_no_number(guided, run):
    result = guided("Use exposure therapy with my panic clients",
                    answers=["anxiety at 3 (its 7 now)", "", "June 30"] + [""] * 12)
    assert result.code == 0, result
    assert "no number" not in result.err
    assert "'anxiety at 3 (its 7 now)' names no measure: nothing says what 3 and 7 count." in result.err
    assert "Kept as your measure as you wrote it; with nothing saying what its numbers count" in result.err
    assert _goal(run)["measure"]["metric"] == "anxiety at 3 (its 7 now)"  # nothing typed is lost


def test_c1_an_action_with_numbers_kept_in_the_plan_is_not_told_it_has_no_number(guided, run):
    result = guided("Use exposure therapy with my panic clients",
                    answers=["attacks at 3 (its 7 now)", "", "June 30"] + [""] * 12)
    assert result.code == 0, result
    assert ("'attacks at 3 (its 7 now)' says how you'll get there, not how you'll know you did (nothing says "
            "what 3 and 7 count): it is kept in your plan.") in result.err


def test_c1_an_answer_with_no_number_still_says_so(guided, run):
    result = guided("Use exposure therapy with my panic clients",
                    answers=["fewer panic attacks", "", "June 30"] + [""] * 12)
    assert result.code == 0, result
    assert "'fewer panic attacks' names no measure: no number" in result.err


# --- trial 14 C2: a guided payoff goal is offered what is paid as its target ---

def test_c2_a_guided_payoff_goal_is_offered_the_balance_as_its_target(guided, run):
    result = guided("Pay off my credit card", answers=["balance down to $0 from $4,500", "June 30"] + [""] * 12)
    assert result.code == 0, result
    assert ("To log progress you need a number to count toward: paying $4,500 brings the balance from $4,500 "
            "to $0.") in result.err
    goal = _goal(run)
    assert (goal["measure"]["target"], goal["measure"]["unit"]) == (4500, "dollars")
    # the sentence says the sum once, not "($4,500 balance down to $0 from $4,500)"
    assert goal["statement"] == "Pay off my credit card (balance down to $0 from $4,500) by June 30, 2027"
    logged = run("log", 1, "700")
    assert logged.code == 0, logged
    assert _goal(run)["measure"]["current"] == 700


def test_c2_a_balance_paid_down_to_a_sum_is_offered_the_difference(guided, run):
    result = guided("Pay off my credit card", answers=["balance from $4,500 to $1,000", "June 30"] + [""] * 12)
    assert result.code == 0, result
    assert "paying $3,500 brings the balance from $4,500 to $1,000" in result.err
    assert _goal(run)["measure"]["target"] == 3500


def test_c2_the_offer_can_be_skipped(guided, run):
    result = guided("Pay off my credit card", answers=["balance down to $0 from $4,500", "June 30", "none"]
                    + [""] * 12)
    assert result.code == 0, result
    assert _goal(run)["measure"]["target"] is None


def test_c2_two_sums_with_no_offer_say_why_no_target_was_set(guided, run):
    result = guided("Save for a course", answers=["a deposit of $500 and $1,500 in all", "June 30"] + [""] * 12)
    assert result.code == 0, result
    assert ("No target set: the sentence names $500 and $1,500; once it is saved, 'goals edit ID --target N' "
            "sets the one to count toward.") in result.err
    assert _goal(run)["measure"]["target"] is None
