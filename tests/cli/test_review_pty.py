"""The weekly review and the journal in a real pseudo-terminal, typed as a
person would, bad answers included: decisions read as whole words or
unambiguous prefixes, a negative progress confirmed, needy goals first,
Ctrl-C then a resumed review, and a journal text kept as a private draft."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pexpect
import pytest
from pty_goals import spawn_goals

pytestmark = pytest.mark.slow

ENV = {"CLINGOALS_TODAY": "2026-05-13", "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}


def _goals(home, *args, day="2026-05-13"):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": day}
    out = subprocess.run([sys.executable, "-m", "clingoals", *args], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout) if "--json" in args else out


def _setup(home):
    """Two goals that need attention (one due in 7 days, one stale with 10 of
    20 hours logged six weeks ago) and one that doesn't (added three days ago)."""
    start = "2026-04-01"
    _goals(home, "add", "Pass the NCE", "--due", "2026-05-20", "--step", "Book the exam", "--step", "Practice test",
           day=start)
    _goals(home, "add", "Complete 20 CE hours", "--due", "2026-12-31", "--target", "20", "--unit", "hours", day=start)
    _goals(home, "log", "2", "10", day=start)
    _goals(home, "add", "Walk daily", "--due", "2027-01-31", "--personal", day="2026-05-10")


def _spawn(home, *args, env=None):
    return spawn_goals(home, *args, env={**ENV, **(env or {})})


def helpers_on(default_day: str):
    """This file's _goals and _spawn with another day as today by default,
    for the review tests of later trials (each keeps its own day)."""
    def goals(home, *args, day=default_day):
        return _goals(home, *args, day=day)

    def spawn(home, *args, day=default_day):
        return _spawn(home, *args, env={"CLINGOALS_TODAY": day})

    return goals, spawn


def _interrupt(child, expected):
    """Ctrl-C, pressed again if the first one is not noticed (on a loaded
    machine a ^C typed while the prompt is still being written can be lost,
    and a person would simply press it again)."""
    child.sendintr()
    if child.expect([expected, pexpect.TIMEOUT], timeout=8) == 1:
        child.sendintr()
        child.expect(expected)


def _reflect(child):
    child.expect("What did you achieve")
    child.sendline("Booked the exam and did 5 CE hours")
    child.expect("What got in the way")
    child.sendline("Two cancellations; I used the time to study")
    child.expect("still care")
    child.sendline("Yes, except the daily walk")
    child.expect("One focus")
    child.sendline("Practice test")
    child.expect("Energy")
    child.sendline("9")
    child.expect("1 to 5")
    child.expect(r"clear the line to skip\)")
    child.sendline("\x153")  # the refused 9 waits on the line: cleared, then 3
    child.expect("Stress")
    child.sendline("2")


def test_a_whole_review_reads_every_answer_as_meant(isolated_home):
    _setup(isolated_home)
    child = _spawn(isolated_home, "review")
    child.expect("no review yet")
    # the needy goals first, each with why
    child.expect("Goal 1: Pass the NCE")
    child.expect(r"why: due in 7 days \(2026-05-20\)")
    child.expect("Steps done")
    child.sendline("7")                     # not a step of this goal
    child.expect("not an open step")
    child.sendline("\b1")                   # the refused 7 waits on the line: corrected to 1
    child.expect(r"Keep, adjust, pause, drop or done\?")
    child.sendline("x")                     # not a decision: asked again, the x waiting on the line (rhythm18)
    child.expect("not a decision")
    child.expect(r"Keep, adjust, pause, drop or done\?[^\n]*: x")
    child.sendline("\x15d")                 # Ctrl-U clears it; drop or done? asked again
    child.expect("could be drop or done")
    child.expect(r"Keep, adjust, pause, drop or done\?[^\n]*: d")
    child.sendline("\x15keep")
    child.expect("Saved goal 1")
    child.expect("Goal 2: Complete 20 CE hours")
    child.expect("why: no progress, step or edit for 42 days")
    child.expect("Progress to log toward 20 hours")
    child.sendline("-25")                   # below zero: asked again
    child.expect("would go below zero")
    child.sendline("\x15-5")                # the refused -25 waits on the line: cleared
    child.expect(r"Subtract 5 hours from goal 2\? \[y/N\]")
    child.sendline("")                      # declined: asked again
    child.expect("Progress to log toward 20 hours")
    child.sendline("-5")
    child.expect(r"Subtract 5 hours from goal 2\?")
    child.sendline("y")
    child.expect(r"Keep, adjust, pause, drop or done\?")
    child.sendline("a")
    child.expect("New deadline")
    child.sendline("2027-03-31")
    child.expect("New target")
    child.sendline("1e400")                 # too large for any target: said so, asked again
    child.expect("The target is too large")
    child.expect("New target")
    child.expect("1e400")                   # the refused answer waits on the line: Ctrl-U, Enter skips
    child.sendline("\x15")
    child.expect("New plan")
    child.sendline("Two webinars a month")
    child.expect("Why the change")
    child.sendline("Renewal is in March")
    child.expect("Saved goal 2")
    # then the others, only if wanted
    child.expect(r"Review the other 1 goal too\? \[y/N\]")
    child.sendline("y")
    child.expect("Goal 3: Walk daily")
    child.expect(r"Keep, adjust, pause, drop or done\?")
    child.sendline("done")
    child.expect("Saved goal 3")
    _reflect(child)
    child.expect("Review done: 3 goal")
    child.expect("Next review: 2026-05-20")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    nce = _goals(isolated_home, "show", "1", "--json")
    assert nce["status"] == "active" and [s["done"] for s in nce["steps"]] == [True, False]
    ce = _goals(isolated_home, "show", "2", "--json")
    assert ce["measure"]["current"] == 5 and ce["deadline"] == "2027-03-31" and ce["plan"] == "Two webinars a month"
    history = _goals(isolated_home, "history", "2", "--json")
    assert {e["reason"] for e in history if e["kind"] == "revision"} == {"Renewal is in March"}
    assert _goals(isolated_home, "show", "3", "--json")["status"] == "done"
    [entry] = _goals(isolated_home, "journal", "list", "--kind", "reflection", "--json")
    assert entry["energy"] == 3 and entry["stress"] == 2 and entry["focus"] == "Practice test"
    assert sorted(entry["goals"]) == [1, 2, 3]


def test_ctrl_c_keeps_confirmed_goals_and_the_next_review_resumes(isolated_home):
    _setup(isolated_home)
    child = _spawn(isolated_home, "review")
    child.expect("Goal 1: Pass the NCE")
    child.expect("Steps done")
    child.sendline("1 2")
    child.expect(r"Keep, adjust")
    child.sendline("done")
    child.expect("Saved goal 1")
    child.expect("Progress to log toward 20 hours")
    child.sendline("4")
    child.expect(r"Keep, adjust")
    _interrupt(child, "Review paused: 1 goal")  # Ctrl-C before goal 2 is confirmed
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert _goals(isolated_home, "show", "1", "--json")["status"] == "done"         # confirmed: kept
    assert _goals(isolated_home, "show", "2", "--json")["measure"]["current"] == 10  # not confirmed
    assert _goals(isolated_home, "review", "--history", "--json")["reviews"] == []  # not finished yet
    assert _goals(isolated_home, "db", "check", "--json")["ok"] is True

    child = _spawn(isolated_home, "review")
    child.expect("Continuing today's review: 1 goal")
    index = child.expect(["Goal 1: Pass the NCE", "Goal 2: Complete 20 CE hours"])
    assert index == 1, "the resumed review starts at the first goal not yet reviewed"
    # where the person was: the progress typed before Ctrl-C is taken up, waiting on its line (trial 11 B2:
    # correctable, not forced): Enter keeps it
    child.expect(r"Progress to log toward 20 hours: 4 +\(your answer before the pause\)")
    child.expect(r"Progress to log toward 20 hours \(clear the line to skip\)")
    child.sendline("")
    child.expect(r"Keep, adjust, pause, drop or done\? \[keep/adjust/pause/drop/done\] \[keep\]")
    child.sendline("keep")
    child.expect(r"Review the other 1 goal too\?")
    child.sendline("n")
    _reflect(child)
    child.expect("Review done: 2 goal")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert _goals(isolated_home, "show", "2", "--json")["measure"]["current"] == 14
    [review] = _goals(isolated_home, "review", "--history", "--json")["reviews"]
    assert review["goals"] == 2
    [entry] = _goals(isolated_home, "journal", "list", "--kind", "reflection", "--json")
    assert sorted(entry["goals"]) == [1, 2]


EDITOR = textwrap.dedent("""
    import sys
    path = sys.argv[1]
    text = open(path, encoding="utf-8").read()
    if "Mary Jones" in text:
        text = text.replace("Called patient Mary Jones at 512-555-0100", "Called a client back; felt steadier")
    else:
        text = "Called patient Mary Jones at 512-555-0100 about her panic\\n" + text
    open(path, "w", encoding="utf-8").write(text)
""")


def test_ctrl_c_at_the_privacy_choice_keeps_a_draft_and_says_so_on_its_own_line(isolated_home, tmp_path):
    editor = tmp_path / "editor.py"
    editor.write_text(EDITOR)
    child = _spawn(isolated_home, "journal", env={"EDITOR": f"{sys.executable} {editor}"})
    child.expect("Kind of entry")
    child.sendline("")                      # a note
    child.expect(r"\[edit/save/draft\]")
    _interrupt(child, r"[\r\n]Kept as a private draft")  # not glued to the prompt line after ^C
    child.expect("the next 'goals journal' offers it back")
    child.expect(pexpect.EOF)
    child.close()
    assert _goals(isolated_home, "journal", "list", "--json") == []
    assert len(list((isolated_home / "drafts").iterdir())) == 1


def test_a_journal_text_kept_as_a_draft_is_offered_back(isolated_home, tmp_path):
    editor = tmp_path / "editor.py"
    editor.write_text(EDITOR)
    env = {"EDITOR": f"{sys.executable} {editor}"}
    child = _spawn(isolated_home, "journal", env=env)
    child.expect("Kind of entry")
    child.sendline("")                      # a note
    child.expect("may identify a client")
    child.expect(r"\[edit/save/draft\]")
    child.sendline("nope")                  # not a choice: asked again
    child.expect("Please type edit, save or draft")
    child.sendline("draft")
    child.expect("Kept as a private draft")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert _goals(isolated_home, "journal", "list", "--json") == []            # nothing stored...
    [draft] = list((isolated_home / "drafts").iterdir())                        # ...but nothing lost
    assert "Mary Jones" in draft.read_text() and draft.stat().st_mode & 0o777 == 0o600
    assert (isolated_home / "drafts").stat().st_mode & 0o777 == 0o700

    child = _spawn(isolated_home, "journal", env=env)
    child.expect("You kept a private journal draft")
    child.expect("Called patient Mary Jones")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("")
    child.expect("Saved journal entry 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [entry] = _goals(isolated_home, "journal", "list", "--json")
    assert entry["text"].startswith("Called a client back; felt steadier about her panic")
    assert list((isolated_home / "drafts").iterdir()) == []


def test_a_review_answer_kept_as_a_draft_is_offered_at_the_next_review(isolated_home):
    _goals(isolated_home, "add", "Walk daily", "--due", "2027-01-31", "--personal")
    child = _spawn(isolated_home, "review")
    child.expect(r"Review the other 1 goal too\?")
    child.sendline("n")
    child.expect("What did you achieve")
    child.sendline("Helped Mr. Johnson through a panic attack")
    child.expect("may identify a client")
    child.sendline("e")                     # edit: asked again with the text
    child.expect("What did you achieve")
    child.sendline("")                      # Enter keeps the text: warned again
    child.expect("may identify a client")
    child.sendline("draft")
    child.expect("Kept as a private draft")
    child.expect("What got in the way")
    _interrupt(child, "Review paused")
    child.expect(pexpect.EOF)
    child.close()

    child = _spawn(isolated_home, "review")
    child.expect("You kept 1 private draft answer")
    child.expect(r"Review the other 1 goal too\?")
    child.sendline("n")
    child.expect(r"What did you achieve since the last review\s+\(Enter\s+keeps\s+it\)\s+\[Helped Mr. Johnson")
    child.sendline("Helped a client through a panic attack")
    for _ in range(3):
        child.expect(r"\(Enter to skip\)")
        child.sendline("")
    child.expect("Energy")
    child.sendline("")
    child.expect("Stress")
    child.sendline("")
    child.expect("Review done")
    child.expect(pexpect.EOF)
    [entry] = _goals(isolated_home, "journal", "list", "--kind", "reflection", "--json")
    assert entry["achieved"] == "Helped a client through a panic attack"
    assert list((isolated_home / "drafts").iterdir()) == []


def test_profile_add_checks_each_skill_answer_as_typed_and_keeps_it(isolated_home):
    child = _spawn(isolated_home, "profile", "add")
    child.expect("Strengths")
    child.sendline("rapport; case notes")
    child.expect("Areas to grow")
    child.sendline("group work")
    child.expect("Interests")
    child.sendline("adolescents")
    child.expect("Clinical skills")
    child.sendline("CBT=4; DBT=seven")
    child.expect("Rate 'DBT' from 1 to 5")
    child.expect(r"Clinical skills .*: CBT=4; DBT=seven")     # asked again with what was typed on the line
    child.sendline("\x08" * len("seven") + "2")              # corrected there: backspace over 'seven'

    child.expect("Interpersonal skills")
    child.sendline("")
    child.expect("Administrative skills")
    child.sendline("notes=3")
    child.expect("Recorded your self-assessment")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    profile = _goals(isolated_home, "profile", "--json")
    assert profile["skills"] == {"administrative": {"notes": 3}, "clinical": {"CBT": 4, "DBT": 2}}
    assert profile["strengths"] == ["rapport", "case notes"]


def test_a_journal_argument_declined_is_kept_and_offered_back(isolated_home):
    """`goals journal "TEXT"` at a terminal, no $EDITOR: the privacy stop offers
    the same edit / save / draft choice; a draft is offered back, edited by
    answering again, and stored."""
    text = "Saw patient Mary Jones, DOB 4/5/1980, discussed sleep"
    child = _spawn(isolated_home, "journal", text)
    child.expect("may identify a client")
    child.expect(r"\[edit/save/draft\]")
    child.sendline("n")                     # the old "Save it anyway? [y/N]" answer: not a choice, asked again
    child.expect("Please type edit, save or draft")
    child.sendline("d")
    child.expect("Kept as a private draft in")
    child.expect("offers it back")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0 and "error:" not in child.before
    assert _goals(isolated_home, "journal", "list", "--json") == []
    [draft] = list((isolated_home / "drafts").iterdir())
    assert text in draft.read_text() and draft.stat().st_mode & 0o777 == 0o600

    child = _spawn(isolated_home, "journal")
    child.expect("You kept a private journal draft")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("")
    child.expect("Your entry")
    child.sendline("\x15Discussed sleep with a client; try a wind-down routine")  # Ctrl-U clears the text on the line
    child.expect("Saved journal entry 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [entry] = _goals(isolated_home, "journal", "list", "--json")
    assert entry["text"] == "Discussed sleep with a client; try a wind-down routine"
    assert list((isolated_home / "drafts").iterdir()) == []


def test_a_declined_note_is_printed_back_to_copy(isolated_home):
    _goals(isolated_home, "add", "Walk daily", "--due", "2027-01-31", "--personal")
    child = _spawn(isolated_home, "log", "1", "1", "--note", "Walked with Mr. Johnson")
    child.expect(r"\[edit/save/cancel\]")
    child.sendline("e")
    child.expect("Your note")
    child.sendline("Walked with Mr. Johnson again")   # still identifying: asked again
    child.expect(r"\[edit/save/cancel\]")
    child.sendline("c")
    child.expect("Your text, to copy:")
    child.expect("Walked with Mr. Johnson again")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert not _goals(isolated_home, "show", "1", "--json")["measure"]["current"]   # nothing logged


def test_a_half_typed_reflection_answer_waits_on_its_line_after_ctrl_c(isolated_home):
    """Trial 6 item 2: part of an answer typed, Ctrl-C; the next review puts
    the half-typed text back on the same question's input line, to finish."""
    _goals(isolated_home, "add", "Walk daily", "--due", "2027-01-31", "--personal")
    child = _spawn(isolated_home, "review")
    child.expect(r"Review the other 1 goal too\?")
    child.sendline("n")
    child.expect("What did you achieve")
    child.send("Walked three times and booked a meeting with a small-business ba")
    child.expect("small-business ba")  # echoed: on the line when Ctrl-C comes
    _interrupt(child, "Review paused: 0 goals saved")
    child.expect("The answer you were typing is kept as a private draft")
    child.expect("puts it back on the line of the same question")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    [draft] = list((isolated_home / "drafts").iterdir())
    assert "small-business ba" in draft.read_text() and draft.stat().st_mode & 0o777 == 0o600
    assert _goals(isolated_home, "journal", "list", "--kind", "reflection", "--json") == []

    child = _spawn(isolated_home, "review")
    child.expect("What you were typing when the review paused waits on the line of its question")
    child.expect(r"\('What\s+did\s+you\s+achieve\s+since\s+the\s+last\s+review'\)")
    child.expect(r"Review the other 1 goal too\?")
    child.sendline("n")
    child.expect("What did you achieve")
    child.expect("small-business ba")   # back on the input line...
    child.sendline("nker")              # ...so typing on finishes it
    for _ in range(3):
        child.expect(r"\(Enter to skip\)")
        child.sendline("")
    child.expect("Energy")
    child.sendline("")
    child.expect("Stress")
    child.sendline("")
    child.expect("Review done")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [entry] = _goals(isolated_home, "journal", "list", "--kind", "reflection", "--json")
    assert entry["achieved"] == "Walked three times and booked a meeting with a small-business banker"
    assert list((isolated_home / "drafts").iterdir()) == []  # the draft went into the reflection


def test_a_half_typed_plan_waits_on_its_line_when_the_goal_comes_again(isolated_home):
    """A goal's own answers too: the half-typed new plan is back on the line
    when the paused goal is reviewed again and 'adjust' is chosen."""
    _setup(isolated_home)
    child = _spawn(isolated_home, "review")
    child.expect("Goal 1: Pass the NCE")
    child.expect("Steps done")
    child.sendline("")
    child.expect(r"Keep, adjust")
    child.sendline("adjust")
    child.expect("New deadline")
    child.sendline("")
    child.expect("New target")
    child.sendline("")
    child.expect("New plan")
    child.send("Two practice tests a wee")
    child.expect("practice tests a wee")
    _interrupt(child, "Review paused: 0 goals saved")
    child.expect("kept as a private draft")
    child.expect(pexpect.EOF)
    child.close()

    child = _spawn(isolated_home, "review")
    child.expect("waits on the line of its question \\('New plan'\\)")
    child.expect("Goal 1: Pass the NCE")
    # the answers finished before Ctrl-C are taken up, each waiting on its line (Enter keeps it); then the plan's
    child.expect(r"Steps done: \(nothing: skipped\)")
    child.expect(r"Steps done.*\(Enter for none\)")
    child.sendline("")
    child.expect(r"Keep, adjust, pause, drop or done: adjust")
    child.expect(r"Keep, adjust, pause, drop or done\?")
    child.sendline("")
    child.expect(r"New deadline: \(nothing: skipped\)")
    child.expect(r"New deadline.*\(Enter to skip\)")
    child.sendline("")
    child.expect(r"New target: \(nothing: skipped\)")
    child.expect(r"New target.*\(Enter to skip\)")
    child.sendline("")
    child.expect("New plan")
    child.expect("practice tests a wee")
    child.sendline("k")
    child.expect("Why the change")
    child.sendline("the exam is close")
    child.expect("Saved goal 1")
    _interrupt(child, "Review paused: 1 goal saved")
    child.expect(pexpect.EOF)
    child.close()
    assert _goals(isolated_home, "show", "1", "--json")["plan"] == "Two practice tests a week"
    assert list((isolated_home / "drafts").iterdir()) == []


def test_a_review_resumed_after_its_needy_goals_does_not_say_nothing_is_due(isolated_home):
    # trial 6: the resumed review listed a goal "Due in the next 14 days" (already reviewed today),
    # then said "No goal needs you this week: nothing overdue, due soon, ..."
    _setup(isolated_home)
    child = _spawn(isolated_home, "review")
    child.expect("Goal 1: Pass the NCE")
    child.expect("Steps done")
    child.sendline("1")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect("Saved goal 1")
    child.expect("Progress to log toward 20 hours")
    child.sendline("4")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect("Saved goal 2")
    child.expect(r"Review the other 1 goal too\?")
    _interrupt(child, "Review paused: 2 goals")
    child.expect(pexpect.EOF)
    child.close()

    child = _spawn(isolated_home, "review")
    child.expect("Continuing today's review: 2 goals")
    child.expect("The goals that needed you are reviewed today; no other goal is overdue, due soon, stale or moved.")
    child.expect(r"Review the other 1 goal too\?")
    child.sendline("n")
    _reflect(child)
    child.expect("Review done: 2 goals")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
