"""money16 in a real pseudo-terminal: trial 14 C1 and C2, guided add of a
credit-card payoff answered 'balance at 0 (its 4.5k right now)' reads it as
a balance paid down and offers $4,500 on the line as the number to log
against; an answer whose numbers say nothing they count is told so (not
"no number") and waits on the line."""

from __future__ import annotations

import pytest
from test_add_trial_pty import _answer, _finish, _goals, _spawn
from test_guided_r7_pty import _flat, _rest

pytestmark = pytest.mark.slow


def test_c1_c2_a_balance_at_zero_is_a_payoff_offered_as_the_target(isolated_home):
    child = _spawn(["add"], isolated_home, today="2026-11-24")
    _answer(child, [("Your goal, in one sentence", "pay off my credit card"),
                    ("How will you know you got there", "balance at 0 (its 4.5k right now)")])
    child.expect(r"Read as 'balance down to \$0 from \$4,500'\.")
    _answer(child, [("By when", "June 30")])
    child.expect(r"paying \$4,500 brings the balance from \$4,500 to\s+\$0\.")
    child.expect(r"A number to log progress against \(clear the line to skip\): \$4,500")
    child.sendline("")  # the offer, on the line, taken as it is
    _answer(child, [("Your plan", ""), ("How much a month can you put aside", "$700")])
    _rest(child)
    shown = _flat(_finish(child))
    assert "names no measure" not in shown
    [goal] = _goals(isolated_home)
    assert (goal["measure"]["target"], goal["measure"]["unit"]) == (4500.0, "dollars")
    assert goal["statement"] == "Pay off my credit card (balance down to $0 from $4,500) by June 30, 2027"


def test_c1_numbers_that_say_nothing_they_count_wait_on_the_line(isolated_home):
    child = _spawn(["add"], isolated_home, today="2026-11-24")
    _answer(child, [("Your goal, in one sentence", "use exposure therapy with my panic clients"),
                    ("How will you know you got there", "anxiety at 3 (its 7 now)")])
    child.expect(r"nothing says what 3 and 7 count")
    # the words wait on the line: the number's unit added at the end of them
    child.expect("Add what the number counts")
    child.sendline(", 3 panic attacks a week or fewer")
    _answer(child, [("By when", "June 30")])
    _rest(child)
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["metric"].startswith("anxiety at 3 (its 7 now), 3 panic attacks a week or fewer")


def test_c9_goals_log_asks_about_many_weeks_of_hours_and_no_logs_nothing(isolated_home):
    from test_add_trial_pty import _run

    added = _run(["add", "Complete 3000 supervised hours for LPC licensure", "--due", "2028-06-30", "--target",
                  "3000", "--unit", "supervised hours", "--baseline", "1200", "--hours-per-week", "15",
                  "--professional"], isolated_home, today="2026-11-24")
    assert added.returncode == 0, added.stderr
    child = _spawn(["log", "1", "1800"], isolated_home, today="2026-12-01")
    child.expect(r"120 weeks of the 15 hours a week the goal plans for")
    child.expect(r"Log it anyway\?")
    child.sendline("n")
    _finish(child, code=1)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["current"] == 1200


def test_a_biweekly_limit_s_review_asks_which_two_weeks_the_spending_counts_in(isolated_home, tmp_path):
    import json

    from test_limit13_pty import _goals as _command
    from test_limit13_pty import _keep_and_pause
    from test_limit13_pty import _spawn as _review

    _command(isolated_home, "add", "Keep takeout spending under $300 biweekly", "--due", "2027-03-31", "--yes",
             day="2026-11-10")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"goals": {"1": {"decision": "keep"}}}))
    _command(isolated_home, "review", "--answers", str(answers), day="2026-11-18")
    child = _review(isolated_home, day="2026-11-25")   # the week: Nov 18-23 in the first two weeks, 24-25 in the next
    child.expect(r"Spending to log against your \$300 limit")
    child.sendline("45")
    child.expect(r"Which two weeks does that spending count in, the two weeks before or these\s+two weeks.*"
                 r"\[the two weeks before\]")
    child.sendline("")
    _keep_and_pause(child)
    spent = {day: _command(isolated_home, "show", "1", "--json", day=day)["spent"]
             for day in ("2026-11-23", "2026-11-25")}
    assert spent == {"2026-11-23": 45, "2026-11-25": 0}
