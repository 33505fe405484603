"""New-user trial 10 (money10): a money goal's months are whole calendar
months (B3), money is written one way (P3), and "$4,000 balance down to $0"
answered to "how will you know?" is 4,000 dollars (B1)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from clingoals.goal import read_measure
from clingoals.numbers import amount, dollars
from clingoals.smart import GoalText, score
from clingoals.smart.compose import compose_statement

TODAY = "2026-11-24"


def _add(run, *args):
    result = run("add", *args, "--json", today=TODAY)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def run(isolated_home):
    import os
    import subprocess
    import sys

    def _run(*args, today=TODAY):
        env = {**os.environ, "CLINGOALS_HOME": str(isolated_home), "CLINGOALS_TODAY": today, "NO_COLOR": "1",
               "COLUMNS": "100"}
        return subprocess.run([sys.executable, "-m", "clingoals", *args], capture_output=True, text=True, env=env)
    return _run


def test_ten_calendar_months_of_400_pay_off_4000(run):
    """B3: 'in 10 months' from November 24 is September 24: ten payments, not nine (304 days)."""
    goal = _add(run, "Pay off my $4,000 credit card", "--due", "in 10 months", "--plan", "set aside $400 a month",
                "--target", "$4,000")
    assert goal["deadline"] == "2027-09-24"
    achievable = goal["score"]["criteria"]["achievable"]
    assert achievable["score"] == 2
    assert achievable["reason"].startswith("Realistic: $400 a month for 10 months comes to $4,000, enough for $4,000")


def test_a_shortfall_never_moves_the_deadline_to_where_it_is():
    """B3: the fix names a deadline later than the one the goal has."""
    today = dt.date(2026, 11, 24)
    for months, due in ((9, dt.date(2027, 8, 24)), (9, dt.date(2027, 9, 23)), (1, dt.date(2026, 12, 31))):
        card = score(GoalText("Pay off my $4,000 credit card", plan="set aside $400 a month", target=4000,
                              unit="dollars", deadline=due), today)
        achievable = card["criteria"]["achievable"]
        assert f"$400 a month for {months} month" in achievable["reason"]
        moved = int(achievable["suggestion"].split("move the deadline to about ")[1].split()[0])
        assert moved == 10 > months


def test_weeks_are_counted_as_before():
    card = score(GoalText("Save $1,000 for a course", plan="set aside $100 a week", deadline=dt.date(2027, 1, 31)),
                 dt.date(2026, 11, 24))  # 68 days: 9 whole weeks
    assert "$100 a week for 9 weeks comes to $900" in card["criteria"]["achievable"]["reason"]
    assert "move the deadline to about 10 weeks from now" in card["criteria"]["achievable"]["suggestion"]


def test_money_is_written_one_way():
    """P3: '$3,200, enough for $2,200.00 to go' (4000 - 1799.9999999 left)."""
    assert dollars(2200.0000000001) == "$2,200" and dollars(2199.999999) == "$2,200"
    assert dollars(4000.5) == "$4,000.50" and dollars(-50) == "-$50" and dollars(0.004) == "$0"
    assert amount(4000, "dollars") == "$4,000" and amount(20, "CE hours") == "20 CE hours"
    card = score(GoalText("Pay off my credit card", plan="set aside $400 a month", target=4000, unit="dollars",
                          current=1799.9999999, deadline=dt.date(2027, 7, 24)), dt.date(2026, 11, 24))
    reason = card["criteria"]["achievable"]["reason"]
    assert "$400 a month for 8 months comes to $3,200, enough for $2,200 to go" in reason
    assert ".00" not in reason and card["criteria"]["measurable"]["reason"] == "Target set: $4,000."


def test_show_writes_the_sum_left_once(run):
    """P3 by hand: goals show after a payment that leaves a whole sum."""
    _add(run, "Pay off my credit card", "--due", "2027-07-24", "--plan", "set aside $400 a month",
         "--target", "$4,000")
    assert run("log", "1", "1799.999999999").returncode == 0
    shown = run("show", "1", "--json")
    assert shown.returncode == 0
    reason = json.loads(shown.stdout)["score"]["criteria"]["achievable"]["reason"]
    assert "enough for $2,200 to go" in reason, reason


def test_a_sum_with_its_sign_counts_dollars_and_keeps_its_words():
    """B1 at the source: the words after '$4,000' say what the sum is; they are not its unit."""
    assert read_measure("$4,000 balance down to $0") == (4000.0, "dollars", "balance down to $0")
    assert read_measure("about $4,000 paid off") == (4000.0, "dollars", "paid off")
    assert read_measure("$6,000") == (6000.0, "dollars", None)
    assert read_measure("$6,000 dollars") == (6000.0, "dollars", None)
    assert read_measure("50 training hours") == (50.0, "training hours", None)
    assert read_measure("4000 dollars") == (4000.0, "dollars", None)


def test_the_composed_sentence_keeps_the_dollar_sign():
    today = dt.date(2026, 11, 24)
    assert compose_statement("pay off my credit card", today=today, target=4000, unit="dollars",
                             metric="balance down to $0", deadline=dt.date(2027, 9, 24)) == \
        "Pay off my credit card ($4,000 balance down to $0) by September 24, 2027"
    assert compose_statement("Pay off my $4,000 credit card", today=today, target=4000, unit="dollars",
                             metric="dollars", deadline=dt.date(2027, 9, 24)) == \
        "Pay off my $4,000 credit card by September 24, 2027"
    assert compose_statement("Do CE", today=today, target=20, unit="CE hours", metric="CE hours",
                             deadline=dt.date(2027, 9, 24)) == "Do CE (20 CE hours) by September 24, 2027"
