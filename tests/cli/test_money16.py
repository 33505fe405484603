"""money16 (session 10): new-user trials 13 and 14, and limit13's leftovers.

Guided `goals add` here runs through the CliRunner (its input is no terminal:
an offer is the default Enter takes, a refused answer is printed back); the
pty tests are in test_money16_pty.py. Each test: the exit code, then the
stored goal (or --json)."""

from __future__ import annotations

import pytest
from test_guided9 import _goal, guided  # noqa: F401 (guided add's fixture, typed answers one per line)
from test_limit13 import _answers

from clingoals.usecases import drafting as use


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


# --- trial 13 C9: an entry worth many weeks of the goal's hours a week is asked about ---

HOURS_SAID = ("1800 supervised hours in one entry is 120 weeks of the 15 hours a week the goal plans for, "
              "but only 8 days have passed since the goal started on Nov 24")


@pytest.fixture
def supervised(run, add, monkeypatch):
    """Trial 13's goal 1: 1200 -> 3000 supervised hours at 15 hours a week, a week in."""
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")
    goal = add("Complete 3000 supervised hours for LPC licensure", "2028-06-30", "--target", "3000", "--unit",
               "supervised hours", "--baseline", "1200", "--hours-per-week", "15", "--professional")
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-01")
    return goal["id"]


def test_c9_goals_log_refuses_many_weeks_of_hours_in_one_entry_without_yes(run, supervised):
    result = run("log", supervised, "1800")
    assert result.code == 1
    assert HOURS_SAID in result.err and "--yes" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert _goal(run, supervised)["measure"]["current"] == 1200          # nothing logged
    result = run("log", supervised, "1800", "--yes", "--json")
    assert result.code == 0, result
    assert result.json()["measure"]["current"] == 3000


@pytest.mark.parametrize("value", ["18", "40", "75"])  # a week's hours, or a month's logged at once: no question
def test_c9_ordinary_hours_are_logged_without_a_question(run, supervised, value):
    result = run("log", supervised, value, "--json")
    assert result.code == 0, result
    assert result.json()["measure"]["current"] == 1200 + float(value)


def test_c9_at_a_terminal_the_question_is_asked_and_no_keeps_it_unlogged(run, supervised, monkeypatch):
    monkeypatch.setattr("clingoals.cli.common.interactive", lambda: True)
    result = run("log", supervised, "1800", input="n\n")
    assert "120 weeks of the 15 hours a week" in result.err and "no terminal" not in result.err
    assert _goal(run, supervised)["measure"]["current"] == 1200
    result = run("log", supervised, "1800", input="y\n")
    assert result.code == 0, result
    assert _goal(run, supervised)["measure"]["current"] == 3000


def test_c9_the_review_answers_file_follows_the_same_rule(run, supervised, tmp_path):
    result = run("review", "--answers", _answers(tmp_path, {str(supervised): {"progress": 1800, "decision": "keep"}}))
    assert result.code == 1
    assert HOURS_SAID in result.err and "--yes" in result.err
    assert _goal(run, supervised)["measure"]["current"] == 1200


def test_c9_hours_without_hours_a_week_are_not_checked_against_a_pace(run, add, monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")
    goal = add("Complete 3000 supervised hours for LPC licensure", "2028-06-30", "--target", "3000", "--unit",
               "supervised hours", "--professional")
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-01")
    assert run("log", goal["id"], "180", "--json").code == 0


# --- limit13 leftover: progress_date with no progress is refused, not ignored ---

@pytest.mark.parametrize("choice", [{"progress_date": "2026-11-28", "decision": "keep"},
                                    {"progress": None, "progress_date": "last friday", "decision": "keep"}])
def test_a_progress_date_without_progress_is_one_line_and_saves_nothing(run, add, tmp_path, monkeypatch, choice):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")
    goal = add("Keep takeout spending under $150 a month", "2027-06-30", "--personal")
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-01")
    result = run("review", "--answers", _answers(tmp_path, {str(goal["id"]): choice}))
    assert result.code == 1
    assert len(result.err.strip().splitlines()) == 1
    assert "progress_date" in result.err and "there is no progress" in result.err
    assert run("review", "--history", "--json").json()["reviews"] == []   # nothing saved
    assert run("review", "--answers", _answers(tmp_path, {str(goal["id"]): {**choice, "progress": 40}})).code == 0
    assert _goal(run, goal["id"])["measure"]["current"] == 40


# --- limit13 leftover: "$300 biweekly" is a limit per two weeks, counted from the goal's start ---

LIMIT_KEYS = ("period", "period_start", "spent", "limit_left", "over_limit")


@pytest.mark.parametrize("statement", ["Keep takeout spending under $300 biweekly",
                                       "Keep takeout spending under $300 every two weeks",
                                       "Keep my fortnightly takeout spending under $300"])
def test_a_biweekly_limit_counts_two_weeks_from_the_goal_s_start(run, add, monkeypatch, statement):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-10")
    goal = add(statement, "2027-03-31", "--personal")
    assert (goal["measure"]["target"], goal["period"], goal["period_start"]) == (300, "two weeks", "2026-11-10")
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-20")
    assert run("log", goal["id"], "120").code == 0
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-25")                  # the second two weeks began on the 24th
    result = run("log", goal["id"], "40")
    assert result.code == 0, result
    assert "Logged $40 on goal 1: $40 of your $300 limit these two weeks (from Nov 24): $260 left." in result.err
    data = _goal(run, goal["id"])
    assert {k: data[k] for k in LIMIT_KEYS} == {"period": "two weeks", "period_start": "2026-11-24", "spent": 40,
                                                "limit_left": 260, "over_limit": False}
    assert data["measure"]["current"] == 160                              # all logged, as for a monthly limit


def test_an_entry_for_the_two_weeks_before_says_where_they_stand(run, add, monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-10")
    goal = add("Keep takeout spending under $300 biweekly", "2027-03-31", "--personal")
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-20")
    assert run("log", goal["id"], "290").code == 0
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-25")
    result = run("log", goal["id"], "30", "--date", "2026-11-22")
    assert result.code == 0, result
    assert ("$30 logged for the two weeks from November 10 on goal 1: $320 of your $300 limit in the two weeks "
            "from November 10, $20 over.") in result.err
    assert "These two weeks: $0 of your $300 limit, $300 left." in result.err
    assert _goal(run, goal["id"])["spent"] == 0


def test_the_periods_of_two_weeks_a_review_week_spans():
    import datetime as dt

    from clingoals.goal import period_start, review_periods

    start = dt.date(2026, 11, 10)
    assert period_start("two weeks", dt.date(2026, 11, 23), start) == start
    assert period_start("two weeks", dt.date(2026, 11, 24), start) == dt.date(2026, 11, 24)
    goal = {"limit": True, "period": "two weeks", "start_date": "2026-11-10"}
    periods = review_periods(goal, dt.date(2026, 11, 20), dt.date(2026, 11, 25))
    assert [(p["name"], p["day"], p["days"]) for p in periods] == [("the two weeks before", "2026-11-23", 4),
                                                                   ("these two weeks", "2026-11-25", 2)]
    assert review_periods(goal, dt.date(2026, 11, 24), dt.date(2026, 11, 30)) is None  # all in one


def test_a_limit_per_paycheck_stays_one_for_the_whole_goal(run, add, monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-10")
    goal = add("Keep takeout spending under $300 per paycheck", "2027-03-31", "--personal")
    assert goal["period"] is None  # a pay period is the person's own: not guessed
