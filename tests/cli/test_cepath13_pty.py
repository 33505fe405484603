"""cepath13 in a real pseudo-terminal: a review's new deadline for a path's
step past its long-term goal asks to move that goal too, as `goals edit
--due` does; a no asks the date again with it on the line."""

from __future__ import annotations

import pexpect
import pytest
from test_paths11_pty import _goals, _spawn  # the same day, terminal and helpers as paths11's pty tests

pytestmark = pytest.mark.slow


def _to_the_steps_deadline(home) -> tuple[pexpect.spawn, int, int, str]:
    """`goals review --all` of an NY LMHC's clinical-supervisor path (the national route), kept
    goal by goal up to its last step's "New deadline" question (adjust)."""
    _goals(home, "license", "add", "NY LMHC", "--profile", "example-ny-lmhc", "--renews", "2027-01-31",
           "--issued", "2022-03-01", "--json")
    data = _goals(home, "path", "start", "clinical-supervisor", "--yes", "--json")
    parent, step = data["goal_id"], data["child_ids"][-1]
    arrives = _goals(home, "show", str(parent), "--json")["deadline"]
    child = _spawn(home, "review", "--all")
    current = None
    while True:
        found = child.expect([r"Goal (\d+): ", r"Progress to log[^\n]*: ", r"Steps done[^\n]*: ",
                              r"Keep, adjust, pause, drop or done\?[^\n]*: "])
        if found == 0:
            current = int(child.match.group(1))
        elif found in (1, 2):
            child.sendline("")
        elif current == step:
            child.sendline("adjust")
            child.expect("New deadline")
            return child, parent, step, arrives
        else:
            child.sendline("keep")


def test_a_review_moving_a_step_past_its_long_term_goal_asks_and_a_no_asks_the_date_again(isolated_home):
    child, parent, step, arrives = _to_the_steps_deadline(isolated_home)
    child.sendline("2028-09-30")
    child.expect(f"Move goal {parent}\\s+to 2028-09-30 too\\? \\[Y/n\\]")
    child.sendline("n")
    child.expect(f"Not taken: a step can't be due after its long-term goal \\(due {arrives}\\)")
    child.expect(r"New deadline \(now [-0-9]+\) \(clear the line to skip\)")
    child.sendline("")  # the date typed waits on the line: Enter sends it again
    child.expect(f"Move goal {parent}\\s+to 2028-09-30 too\\? \\[Y/n\\]")
    child.sendline("")  # yes
    child.expect("New deadline: 2028-09-30")
    child.expect("New target")
    child.sendline("")
    child.expect("New plan")
    child.sendline("")
    child.expect("Why the change")
    child.sendline("board backlog")
    child.expect(f"Saved goal {step}")
    child.expect(f"Goal {parent} \\(Clinical supervisor\\) moves with it: due 2028-09-30, not {arrives}")
    child.sendcontrol("c")  # stop after it: what was saved stays
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert _goals(isolated_home, "show", str(parent), "--json")["deadline"] == "2028-09-30"
    assert _goals(isolated_home, "show", str(step), "--json")["deadline"] == "2028-09-30"


def test_a_review_stopped_after_a_no_changes_nothing_and_keeps_the_date_typed(isolated_home):
    child, parent, step, arrives = _to_the_steps_deadline(isolated_home)
    before = _goals(isolated_home, "show", str(step), "--json")["deadline"]
    child.sendline("2028-09-30")
    child.expect(r"too\? \[Y/n\]")
    child.sendline("no")
    child.expect(r"\(clear the line to skip\)")
    child.sendcontrol("c")
    child.expect("kept as a private draft")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert _goals(isolated_home, "show", str(parent), "--json")["deadline"] == arrives
    assert _goals(isolated_home, "show", str(step), "--json")["deadline"] == before
    drafts = [p for p in isolated_home.rglob("*") if p.is_file() and "draft" in str(p)]
    assert any("2028-09-30" in p.read_text() for p in drafts)
