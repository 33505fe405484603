"""The review's adjust step in a real pseudo-terminal (trial 20 #19, #3): a
decision typed slightly wrong is offered the close one and waits on the
line to be corrected, the plan shows what it is now, and a target set on a
goal that had none asks for this week's progress in the same review."""

from __future__ import annotations

import pexpect
import pytest
from test_review_pty import helpers_on, _interrupt

pytestmark = pytest.mark.slow

DAY = "2026-11-24"


_goals, _spawn = helpers_on(DAY)


def test_adjust_typed_wrong_then_a_first_target_asks_for_progress(isolated_home):
    _goals(isolated_home, "add", "Walk after lunch three days a week", "--due", "2026-12-01",
           "--plan", "Shoes at the office", "--yes", day="2026-11-01")
    child = _spawn(isolated_home, "review")
    child.expect(r"Goal 1: Walk after lunch")
    child.expect(r"Keep, adjust, pause, drop or done\?.*: ")
    child.sendline("ajust")
    child.expect(r"'ajust' is not a decision; .* Did you mean 'adjust'\?")
    child.expect(r"Keep, adjust, pause, drop or done\?.*: ")
    child.send("\x01\x06d\r")                  # 'ajust' waits on the line: Home, one right, the missing d
    child.expect(r"New deadline \(now 2026-12-01\)")
    child.sendline("")
    child.expect(r"New target \(now none")
    child.sendline("12 walks")
    child.expect(r"New plan \(now: Shoes at the office\) \(Enter to skip\)")
    child.sendline("")
    child.expect(r"Why the change")
    child.sendline("")
    child.expect(r"Progress to log toward 12 walks \(Enter to skip\)")  # never asked before the target
    child.sendline("3")
    child.expect(r"Logged 3 on goal 1: now 3 of 12 walks")
    child.expect(r"What did you achieve")
    child.sendline("")
    for question in ("What got in the way", "still care", "One focus", "Energy", "Stress"):
        child.expect(question)
        child.sendline("")
    child.expect(r"Review done")
    child.expect(pexpect.EOF)
    goal = _goals(isolated_home, "show", "1", "--json")
    assert (goal["measure"]["target"], goal["measure"]["unit"], goal["measure"]["current"]) == (12, "walks", 3)
    assert goal["plan"] == "Shoes at the office"


def test_adjust_without_a_target_asks_no_progress(isolated_home):
    _goals(isolated_home, "add", "Walk after lunch three days a week", "--due", "2026-12-01", "--yes",
           day="2026-11-01")
    child = _spawn(isolated_home, "review")
    child.expect(r"Keep, adjust, pause, drop or done\?.*: ")
    child.sendline("adjust")
    child.expect(r"New deadline")
    child.sendline("2026-12-31")
    child.expect(r"New target \(now none")
    child.sendline("")
    child.expect(r"New plan \(now none\)")
    child.sendline("")
    child.expect(r"Why the change")
    child.sendline("more time")
    index = child.expect([r"Progress to log", r"What did you achieve"])
    assert index == 1                          # still no target: nothing to log toward
    _interrupt(child, pexpect.EOF)                # pressed again if a loaded machine lost it
    assert _goals(isolated_home, "show", "1", "--json")["deadline"] == "2026-12-31"


def test_done_short_of_the_target_says_so_and_a_refused_word_is_cleared_for_the_default(isolated_home):
    _goals(isolated_home, "add", "Save $3,000 for the EMDR training", "--due", "2027-05-31", "--yes",
           day="2026-10-01")
    _goals(isolated_home, "log", "1", "500", day="2026-10-01")
    _goals(isolated_home, "add", "Complete 20 CE hours", "--due", "2027-06-30", "--target", "20", "--unit",
           "CE hours", "--yes", day="2026-10-01")
    child = _spawn(isolated_home, "review")
    child.expect(r"Goal 1: Save \$3,000")
    child.expect(r"Progress to log toward \$3,000")
    child.sendline("750")
    child.expect(r"Keep, adjust, pause, drop or done\?.*: ")
    child.sendline("do")                       # a prefix of done, taken: the card's shortfall is said
    child.expect(r"Its target isn't reached: \$1,250 of \$3,000\.")
    child.expect(r"goals resume 1")
    child.expect(r"Goal 2: Complete 20 CE hours")
    child.expect(r"Progress to log")
    child.sendline("")
    child.expect(r"Keep, adjust, pause, drop or done\? \[keep/adjust/pause/drop/done\] \[keep\]: ")
    child.sendline("none")
    child.expect(r"'none' is not a decision; choose one of: keep, adjust, pause, drop, done\.\r?\n")
    child.expect(r"done\? \(clear the line for keep\) \[keep\]: none")  # waits on the line: Enter sends it
    child.send("\x15\r")
    child.expect(r"Saved goal 2")
    child.expect(r"What did you achieve")
    _interrupt(child, pexpect.EOF)                # pressed again if a loaded machine lost it
    assert _goals(isolated_home, "show", "1", "--json")["status"] == "done"
    assert _goals(isolated_home, "show", "2", "--json")["status"] == "active"


def test_a_new_target_with_the_unit_typed_slightly_wrong_keeps_the_unit(isolated_home):
    _goals(isolated_home, "add", "Complete 20 CE hours", "--due", "2026-11-15", "--target", "20", "--unit",
           "CE hours", "--yes", day="2026-10-01")
    child = _spawn(isolated_home, "review")
    child.expect(r"Goal 1: Complete 20 CE hours\s+due 2026-11-15 \(9 d late\)")  # as `goals list`, not "-9 d"
    child.expect(r"Progress to log")
    child.sendline("")
    child.expect(r"Keep, adjust, pause, drop or done\?.*: ")
    child.sendline("adjust")
    child.expect(r"New deadline")
    child.sendline("2027-06-30")
    child.expect(r"New target \(now 20 CE hours")
    child.sendline("30 CE hurs")
    child.expect(r"'CE hurs' is spelled almost like the goal's unit: did you mean 'CE hours'\? \[Y/n\]")
    child.sendline("")
    child.expect(r"New plan")
    child.sendline("")
    child.expect(r"Why the change")
    child.sendline("the board's new rule")
    child.expect(r"Saved goal 1")
    child.expect(r"What did you achieve")
    _interrupt(child, pexpect.EOF)                # pressed again if a loaded machine lost it
    measure = _goals(isolated_home, "show", "1", "--json")["measure"]
    assert (measure["target"], measure["unit"]) == (30, "CE hours")
