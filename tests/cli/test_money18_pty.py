"""money18 in a real pseudo-terminal: trial 16 P1, 'goals log 1 0.3' on a
$4,500 payoff asks whether $300 (0.3k) was meant; no logs nothing, yes logs
the $0.30."""

from __future__ import annotations

import pytest
from test_add_trial_pty import _finish, _goals, _run, _spawn

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("answer, current, code", [("n", None, 1), ("y", 0.3, 0)])
def test_p1_goals_log_asks_about_cents_on_a_payoff(isolated_home, answer, current, code):
    added = _run(["add", "Pay off the credit card, balance at 0 (its 4.5k right now)", "--due", "June 30"],
                 isolated_home, today="2026-11-24")
    assert added.returncode == 0, added.stderr
    child = _spawn(["log", "1", "0.3"], isolated_home, today="2026-11-27")
    child.expect(r"did you mean \$300 \(0\.3k\)\?")
    child.expect(r"Log \$0\.30 anyway\?")
    child.sendline(answer)
    _finish(child, code=code)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["current"] == current


def test_c7_at_a_terminal_the_duplicate_warning_names_the_edit_and_no_adds_nothing(isolated_home):
    import json

    credit = ["ce", "add", "Ethics in family therapy", "--hours", "3", "--date", "2026-11-10", "--format",
              "live-online", "--provider", "AAMFT", "--category"]
    added = _run([*credit, "ethic"], isolated_home, today="2026-11-24")
    assert added.returncode == 0, added.stderr
    child = _spawn([*credit, "ethics"], isolated_home, today="2026-11-24")
    said = "differs only in its category: to change credit 1, run goals ce edit 1 --category ethics"
    child.expect(r"\s+".join(said.split()))  # (the warning wraps at the terminal's width)
    child.expect(r"Add it again\?")
    child.sendline("n")
    child.expect("Nothing added")
    _finish(child)
    credits = json.loads(_run(["ce", "list", "--json"], isolated_home, today="2026-11-24").stdout)
    assert [c["categories"] for c in credits] == [["ethic"]]


def test_p3_a_level_between_two_is_asked_as_a_whole_number(isolated_home):
    import json

    added = _run(["add", "Walk daily", "--due", "2027-01-31", "--personal"], isolated_home, today="2026-11-24")
    assert added.returncode == 0, added.stderr
    child = _spawn(["review", "--all"], isolated_home, today="2026-12-01")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    for _ in range(4):
        child.expect(r"\(Enter to skip\)")
        child.sendline("")
    child.expect(r"Energy, 1-5 \(Enter to skip\)")
    child.sendline("2.5")
    child.expect(r"Please type a whole number from 1 to 5: 2 or 3\?")
    child.expect(r"Energy, 1-5 \(clear the line to skip\)")  # the 2.5 waits on the line
    child.sendline("\b\b")  # "2.5" corrected to 2 on the line
    child.expect(r"Stress, 1-5 \(Enter to skip\)")
    child.sendline("abc")
    child.expect(r"Please type a whole number from 1 to 5\.")
    child.expect(r"Stress, 1-5 \(clear the line to skip\)")
    child.sendline("\b\b\b4")
    child.expect("Review done")
    _finish(child)
    [entry] = json.loads(_run(["journal", "list", "--kind", "reflection", "--json"], isolated_home,
                              today="2026-12-01").stdout)
    assert (entry["energy"], entry["stress"]) == (2, 4)
