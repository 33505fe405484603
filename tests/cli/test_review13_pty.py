"""Trial 12's review findings in a real pseudo-terminal: "40" typed for "4"
on a weeknights goal a week in is asked about, as `goals log` asks, and
waits on the line to be corrected (B1); a logged amount is confirmed with
the line `goals log` prints (P5); a half-typed line from an earlier review
is privacy-checked before it goes back (item 4); two drafts for one
question are each offered (item 5)."""

from __future__ import annotations

import json

import pexpect
import pytest
from test_review12_pty import CLEAR, ENV as ENV12, _goals as _goals12, _interrupt  # tests/cli is on the path
from pty_goals import spawn_goals

pytestmark = pytest.mark.slow

ENV = {**ENV12, "CLINGOALS_TODAY": "2026-12-01"}
BEDTIME = "Get to bed by 11pm on weeknights so I wake up rested"


def _goals(home, *args, day="2026-12-01"):
    return _goals12(home, *args, day=day)


def _spawn(home, *args, day="2026-12-01"):
    return spawn_goals(home, *args, env={**ENV, "CLINGOALS_TODAY": day})


def _bedtime(home):
    """Trial 12's goal: 69 weeknights from Tuesday Nov 24, 2026 (6 have passed by Dec 1)."""
    _goals(home, "add", BEDTIME, "--due", "2027-02-28", "--target", "69", "--unit", "nights", day="2026-11-24")


def test_forty_nights_a_week_in_is_asked_about_and_each_entry_is_confirmed(isolated_home):
    _goals(isolated_home, "add", "Save $6,000 for the practice by December 31, 2027", "--due", "2027-12-31",
           "--target", "$6,000", "--unit", "dollars", day="2026-11-24")
    _goals(isolated_home, "log", "1", "1500", day="2026-11-24")
    _bedtime(isolated_home)
    child = _spawn(isolated_home, "review", "--all")
    # misc17 (trial 15 C10): nothing logged a week after it began, the bedtime goal needs you first
    child.expect(r"Goal 2: Get to bed")
    child.expect(r"nothing logged since it began 7 days ago")
    child.expect(r"Progress to log toward 69 nights \(Enter to skip\)")
    child.sendline("40")
    child.expect(r"40 nights in one entry, but only 6 weeknights have passed since the goal started on Nov 24\."
                 r"\s+Log it\s+anyway\? \[y/N\]")                              # B1
    child.sendline("n")
    child.expect(r"Progress to log toward 69 nights \(clear the line to skip\)")
    child.expect("40")                                                       # what was typed, on the line
    child.sendline(CLEAR + "4")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect(r"Logged 4 on goal 2: now 4 of 69 nights\.")
    child.expect("Saved goal 2")
    child.expect(r"Progress to log toward \$6,000")
    child.sendline("$600")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect(r"Logged \$600 on goal 1: now \$2,100 of \$6,000\.")       # P5: goals log's own line
    child.expect("Saved goal 1")
    child.expect("What did you achieve")
    _interrupt(child, "Review paused: 2 goals saved")
    child.expect(pexpect.EOF)
    child.close()
    assert _goals(isolated_home, "show", "1", "--json")["measure"]["current"] == 2100
    assert _goals(isolated_home, "show", "2", "--json")["measure"]["current"] == 4


def test_forty_nights_confirmed_at_the_terminal_is_logged(isolated_home):
    _bedtime(isolated_home)
    child = _spawn(isolated_home, "review", "--all")
    child.expect(r"Progress to log toward 69 nights")
    child.sendline("40")
    child.expect(r"Log it\s+anyway\? \[y/N\]")
    child.sendline("y")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect(r"Logged 40 on goal 1: now 40 of 69 nights\.")
    _interrupt(child, "Review paused: 1 goal saved")
    child.expect(pexpect.EOF)
    child.close()
    assert _goals(isolated_home, "show", "1", "--json")["measure"]["current"] == 40


FLAGGED = "Client J.R. 3/14/1990 intake ran late"
SECOND = "Then supervision with client K.L. 5/2/1988 ran over"


def _drafts(home):
    return [json.loads(path.read_text()) for path in sorted((home / "drafts").glob("review-*.json"))]


def _to_obstacles(child):
    child.expect(r"Keep, adjust")  # misc17 (trial 15 C10): a swim goal with nothing logged since it began needs you
    child.sendline("keep")
    child.expect("What did you achieve")
    child.sendline("")


def _finish(child, shown: list | None = None):
    """The reflection's last questions skipped; what came before the first of them added to ``shown``."""
    for question in ("still care", "One focus", "Energy", "Stress"):
        child.expect(question)
        if shown is not None and question == "still care":
            shown.append(child.before)
        child.sendline("")
    child.expect("Review done")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def _week_one_paused_mid_line(home, line=FLAGGED):
    """12-01: the review pauses while an obstacles line is half typed (never sent, never checked)."""
    _goals(home, "add", "Swim twice a week through February", "--due", "2027-02-28", "--personal",
           day="2026-11-24")
    child = _spawn(home, "review")
    _to_obstacles(child)
    child.expect("What got in the way")
    child.send(line)
    child.expect(line.split()[-1])                                           # echoed: it is on the line
    _interrupt(child, "Review paused")
    child.expect(pexpect.EOF)
    child.close()
    assert [d["text"] for d in _drafts(home) if d["field"] == "obstacles"] == [line]


@pytest.mark.parametrize("choice", ["discard", "no", "yes"])
def test_a_half_typed_line_from_an_earlier_review_is_privacy_checked_before_it_goes_back(isolated_home, choice):
    """Item 4: on 12-08 the line the privacy check warns about is offered as
    a kept draft is (continue, keep for later, discard), never printed unless
    continued."""
    _week_one_paused_mid_line(isolated_home)
    child = _spawn(isolated_home, "review", day="2026-12-08")
    child.expect("You kept 1 private draft answer from a review")
    _to_obstacles(child)
    child.expect(r"You were typing an answer to 'What got in the way")
    child.expect("2026-12-01")
    child.expect(r"not shown\s+here")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    shown = child.before
    child.sendline(choice)
    if choice == "yes":                                                      # back on its line, checked again
        child.expect(r"What got in the way.*\(clear the line to skip\)")
        child.expect("ran late")
        child.sendline("")
        child.expect(r"the line as it was when the review paused, unchanged: save it as it is\?\s+\[y/N\]")  # review2
        child.sendline("y")
        child.expect(r"\[edit/save/draft\]")
        child.sendline("draft")
    else:
        child.expect(r"What got in the way, and how did you handle it \(Enter to skip\)")
        shown += child.before
        child.sendline("")
    later = []
    _finish(child, later)
    if choice != "yes":
        assert "J.R." not in shown + later[0] and "3/14/1990" not in shown + later[0]
    assert [d["text"] for d in _drafts(isolated_home)] == ([] if choice == "discard" else [FLAGGED])
    reflections = _goals(isolated_home, "journal", "list", "--kind", "reflection", "--json")
    assert all(not entry["obstacles"] for entry in reflections)


def test_a_half_typed_line_without_a_warning_still_waits_on_its_line(isolated_home):
    _week_one_paused_mid_line(isolated_home, "Late intakes twice")
    child = _spawn(isolated_home, "review", day="2026-12-08")
    _to_obstacles(child)
    index = child.expect([r"Continue it\?", r"What got in the way.*\(clear the line to skip\)"])
    assert index == 1                                                        # nothing to warn about: no question
    child.expect("Late intakes twice")
    child.sendline("")
    child.expect(r"save it as it is\?\s+\[y/N\]")                             # cut off by the pause (review2)
    child.sendline("y")
    _finish(child)
    reflections = _goals(isolated_home, "journal", "list", "--kind", "reflection", "--json", day="2026-12-08")
    assert [entry["obstacles"] for entry in reflections] == ["Late intakes twice"]


def test_two_drafts_for_one_question_are_each_offered(isolated_home):
    """Item 5: 12-08 keeps 12-01's line for later and keeps a new flagged
    answer to the same question as a draft; 12-15 offers both (1 of 2, 2 of
    2), and the two continued are the answer's text together; nothing lost."""
    _week_one_paused_mid_line(isolated_home)
    child = _spawn(isolated_home, "review", day="2026-12-08")
    _to_obstacles(child)
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("no")
    child.expect(r"What got in the way, and how did you handle it \(Enter to skip\)")
    child.sendline(SECOND)
    child.expect(r"\[edit/save/draft\]")
    child.sendline("draft")
    _finish(child)
    assert sorted(d["text"] for d in _drafts(isolated_home)) == sorted([FLAGGED, SECOND])

    child = _spawn(isolated_home, "review", day="2026-12-15")
    child.expect("You kept 2 private draft answers from a review")
    child.expect(r"Keep, adjust")                                            # stale by now: reviewed
    child.sendline("keep")
    child.expect("What did you achieve")
    child.sendline("")
    child.expect(r"\(1 of 2\) You kept a private draft answer to 'What got in the way")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    shown = child.before
    child.sendline("yes")
    child.expect(r"\(2 of 2\) You were typing an answer to 'What got in the way")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    shown += child.before
    assert "J.R." not in shown and "K.L." not in shown
    child.sendline("yes")
    child.expect("The 2 drafts you continued are the answer's text together")
    child.expect(r"What got in the way.*\(Enter keeps it\)")
    child.sendline("")                                                       # both kept: the default
    child.expect(r"\[edit/save/draft\]")
    child.sendline("save")
    _finish(child)
    reflections = _goals(isolated_home, "journal", "list", "--kind", "reflection", "--json", day="2026-12-15")
    assert [entry["obstacles"] for entry in reflections if entry["obstacles"]] == [f"{FLAGGED} {SECOND}"]
    assert _drafts(isolated_home) == []
