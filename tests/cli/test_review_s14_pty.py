"""Session 14, review2, in a real pseudo-terminal: a review resumed after
Ctrl-C asks every answer it takes up the same way, the answer on its line
(trial 23 #5: the plan was only printed, so the next Enter went to the
reason the pause had cut off, and "course got moved up to Ma" was saved),
and Enter on a half-typed line unchanged asks before saving it; `goals log`
asks before the same morning's walk is logged twice (trial 23 #10)."""

from __future__ import annotations

import pexpect
import pytest
from test_review_pty import helpers_on, _interrupt

pytestmark = pytest.mark.slow

DAY = "2026-12-01"


_goals, _spawn = helpers_on(DAY)


def _ended(child, status=0):
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == status


def _paused_mid_reason(home):
    """Adjust: a new deadline, no new target, a plan, then Ctrl-C while the
    reason is half typed."""
    _goals(home, "add", "Walk 3 mornings a week through February 28, 2027", "--due", "2027-02-28",
           "--target", "39", "--unit", "walks", "--yes", day="2026-11-24")
    child = _spawn(home, "review")
    child.expect(r"Progress to log toward 39 walks")
    child.sendline("")
    child.expect(r"Keep, adjust, pause, drop or done\?.*: ")
    child.sendline("adjust")
    child.expect(r"New deadline")
    child.sendline("2027-03-31")
    child.expect(r"New target")
    child.sendline("")
    child.expect(r"New plan \(now none\)")
    child.sendline("Shoes by the door")
    child.expect(r"Why the change")
    child.send("course got moved up to Ma")
    child.expect("up to Ma")
    _interrupt(child, "Review paused: 0 goals saved")
    child.expect("The answer you were typing is kept")
    _ended(child, 1)


def _to_the_adjustments(child):
    child.expect(r"Progress to log toward 39 walks: \(nothing: skipped\) +\(your answer before the pause\)")
    child.expect(r"Progress to log toward 39 walks \(Enter to skip\)")
    child.sendline("")
    child.expect(r"Keep, adjust, pause, drop or done: adjust +\(your answer before the pause\)")
    child.expect(r"\[keep\]: adjust")                             # on its line: Enter keeps it
    child.sendline("")


def test_a_resumed_review_asks_each_answer_and_enter_never_sends_the_cut_off_line(isolated_home):
    _paused_mid_reason(isolated_home)
    child = _spawn(isolated_home, "review")
    _to_the_adjustments(child)
    child.expect(r"New deadline \(now 2027-02-28\) \(clear the line to skip\)")
    child.sendline("")                                         # kept as it was
    child.expect(r"New target: \(nothing: skipped\) +\(your answer before the pause\)")
    child.expect(r"New target \(now 39 walks.*\(Enter to skip\)")
    child.sendline("")
    child.expect(r"New plan: Shoes by the door +\(your answer before the pause\)")
    child.expect(r"New plan \(now none\) \(clear the line to skip\)")  # asked, with it on the line (was only printed)
    child.expect("Shoes by the door")
    child.sendline("")                                         # the Enter that used to land on the reason
    child.expect(r"Why the change: unfinished")
    child.expect(r"Why the change \(clear the line to skip\)")
    child.expect("up to Ma")
    child.sendline("")                                         # unchanged: asked first
    child.expect(r"That is the line as it was when the review paused, unchanged: save it as it is\?\s+\[y/N\]")
    child.sendline("")                                         # Enter is no: it waits on the line
    child.expect(r"It waits on the line to be finished")
    child.expect(r"Why the change \(clear the line to skip\)")
    child.expect("up to Ma")
    child.sendline("y 2027")
    child.expect(r"Saved goal 1")
    child.expect(r"What did you achieve")
    _interrupt(child, "Review paused")
    _ended(child, 1)
    goal = _goals(isolated_home, "show", "1", "--json")
    assert (goal["deadline"], goal["plan"]) == ("2027-03-31", "Shoes by the door")
    history = _goals(isolated_home, "history", "1", "--json")
    reasons = {change["reason"] for change in history if change["kind"] == "revision"}
    assert reasons == {"course got moved up to May 2027"}


def test_the_cut_off_line_is_saved_as_it_is_when_the_person_says_so(isolated_home):
    _paused_mid_reason(isolated_home)
    child = _spawn(isolated_home, "review")
    _to_the_adjustments(child)
    for question in ("New deadline", "New target", "New plan"):
        child.expect(question + r" \(now")
        child.sendline("")
    child.expect(r"Why the change \(clear the line to skip\)")
    child.sendline("")
    child.expect(r"save it as it is\?\s+\[y/N\]")
    child.sendline("y")
    child.expect(r"Saved goal 1")
    child.expect(r"What did you achieve")
    _interrupt(child, "Review paused")
    _ended(child, 1)
    history = _goals(isolated_home, "history", "1", "--json")
    assert {change["reason"] for change in history if change["kind"] == "revision"} == {"course got moved up to Ma"}


def test_the_same_mornings_walk_logged_twice_is_asked_about_and_enter_is_no(isolated_home):
    _goals(isolated_home, "add", "Walk 3 mornings a week through February 28, 2027", "--due", "2027-02-28",
           "--target", "39", "--unit", "walks", "--yes", day="2026-11-24")
    _goals(isolated_home, "log", "1", "1", "--date", "saturday")
    child = _spawn(isolated_home, "log", "1", "1", "--date", "11/28")
    child.expect(r"1 walk is logged on Nov 28 already, and the goal's walks come one a day\s+\(3\s+mornings\s+a\s+week\)")
    child.expect(r"Log 1\s+walk\s+more\s+on\s+that\s+day\s+anyway\?\s+\[y/N\]")
    child.sendline("")
    child.expect("Nothing was logged")
    _ended(child, 1)
    assert _goals(isolated_home, "show", "1", "--json")["measure"]["current"] == 1
    child = _spawn(isolated_home, "log", "1", "1", "--date", "11/28")
    child.expect(r"anyway\?\s+\[y/N\]")
    child.sendline("y")
    child.expect(r"now 2 of 39 walks")
    _ended(child)


def test_a_goal_that_becomes_a_spending_limit_at_adjust_is_asked_which_month(isolated_home):
    import sqlite3

    _goals(isolated_home, "add", "Keep takeout spending under $150 a month through March", "--due", "2027-03-31",
           "--yes", day="2026-11-10")
    with sqlite3.connect(isolated_home / "goals.db") as conn:  # as a goal kept without a target is
        conn.execute("UPDATE goal SET target = NULL, unit = NULL")
    child = _spawn(isolated_home, "review")
    child.expect(r"Keep, adjust, pause, drop or done\?.*: ")
    child.sendline("adjust")
    child.expect(r"New deadline")
    child.sendline("")
    child.expect(r"New target \(now none")
    child.sendline("$150")
    child.expect(r"New plan")
    child.sendline("")
    child.expect(r"Why the change")
    child.sendline("set a budget")
    child.expect(r"Spending to log against your \$150 limit")
    child.sendline("90")
    child.expect(r"Which month does that spending count in, November or December")
    child.sendline("")                                       # Enter: the month holding most of the week
    child.expect(r"\$90 logged for November on goal 1")
    child.expect(r"What did you achieve")
    _interrupt(child, "Review paused")
    _ended(child, 1)
    goal = _goals(isolated_home, "show", "1", "--json")
    assert (goal["limit"], goal["spent"]) == (True, 0)          # December's month is untouched
