"""New-user trial 13 (misc14) in a real pseudo-terminal: a continued journal
draft whose goal is gone is saved without the link, a rewrite that can't be
saved is kept, a duplicate step is asked about, 'hrs' answers in the review,
and the one "Enter keeps it" layout."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pexpect
import pytest
from pty_goals import spawn_goals

pytestmark = pytest.mark.slow

ENV = {"CLINGOALS_TODAY": "2026-05-13", "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}


def _goals(home, *args, input=None):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "clingoals", *args], env=env, capture_output=True, text=True,
                          input=input, stdin=None if input is not None else subprocess.DEVNULL)


def _json(home, *args):
    out = _goals(home, *args, "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _spawn(home, *args):
    return spawn_goals(home, *args, env=ENV, without=("EDITOR", "VISUAL"))


def _finish(child):
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def _rewrite(child, text):
    """Clear the line offered for editing and type ``text``."""
    child.expect("Your entry")
    child.sendcontrol("u")
    child.sendline(text)


def _draft_texts(home):
    return [json.loads(path.read_text())["text"] for path in sorted((home / "drafts").glob("journal-*.json"))]


def test_a_continued_draft_whose_goal_is_gone_is_saved_without_the_link(isolated_home):
    """Trial 13 B5: continuing it failed "No goal with id 9" and lost the rewrite."""
    home = isolated_home
    goal = _json(home, "add", "Run 3 times a week for 30 minutes", "--due", "2026-09-30")
    kept = _goals(home, "journal", "My client Tom skipped again; I need to address no-shows", "--goal", str(goal["id"]))
    assert kept.returncode == 1 and "private draft" in kept.stderr
    assert _goals(home, "delete", str(goal["id"]), "--yes").returncode == 0

    child = _spawn(home, "journal")
    child.expect(r"Continue it\?")
    child.sendline("y")
    _rewrite(child, "A client skipped again; I need to address no-shows with my supervisor")
    child.expect("without that link")
    child.expect("Saved journal entry 1")
    assert _finish(child) == 0
    entries = _json(home, "journal", "list")
    assert [(e["text"], e["goals"]) for e in entries] == [
        ("A client skipped again; I need to address no-shows with my supervisor", [])]
    assert _draft_texts(home) == []


def test_a_rewrite_that_cannot_be_saved_is_kept_as_the_draft(isolated_home):
    """Trial 13 B5: the draft on disk kept the old text with the client's name; the rewrite was lost."""
    from clingoals.usecases import journal

    home = isolated_home
    journal.keep_draft("My client Tom skipped again", entry_date="2026-13-45", now="2026-05-13T09:00:00+00:00")
    child = _spawn(home, "journal")
    child.expect(r"Continue it\?")
    child.sendline("y")
    _rewrite(child, "A client skipped again")
    child.expect("error: ")
    assert _finish(child) == 1
    assert _draft_texts(home) == ["A client skipped again"]
    assert _json(home, "journal", "list") == []


def _interrupt(child, expected):
    child.sendintr()
    if child.expect([expected, pexpect.TIMEOUT], timeout=8) == 1:
        child.sendintr()
        child.expect(expected)


def test_review_progress_in_the_units_short_form_or_with_about_is_read(isolated_home):
    """Trial 13: '15 hrs' and '15 hours' were refused for a goal counted in "supervised hours"."""
    home = isolated_home
    _json(home, "add", "Log 3000 supervised hours for my LMFT license", "--due", "2028-06-30",
          "--target", "3000", "--unit", "supervised hours")
    child = _spawn(home, "review", "--all")
    child.expect(r"Progress to log toward 3000 supervised hours \(Enter to skip\)")
    child.sendline("15 miles")
    child.expect("with or without 'supervised hours'")            # another unit: still refused
    child.expect(r"\(clear the line to skip\): 15 miles")  # put back on the line: clear it only once it is there
    child.sendcontrol("u")
    child.sendline("about 15 hrs")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect("Saved goal 1")
    _interrupt(child, "Review paused")
    child.expect(pexpect.EOF)
    child.close()
    assert _json(home, "show", "1")["measure"]["current"] == 15


def test_a_review_gone_over_again_today_offers_every_earlier_answer_in_one_layout(isolated_home, tmp_path):
    """Trial 13: "(Enter keeps it)" with [text] on its own line, "(Enter keeps it) [text]:" and
    "(Enter to keep it) [4]:" -- now one: the question, "(Enter keeps it)", the answer below, "> "."""
    home = isolated_home
    _json(home, "add", "Walk daily", "--due", "2027-01-31", "--personal")
    answers = tmp_path / "answers.json"
    long_focus = "Keep my Tuesday walks going even when the week is long and the clinic is busy with intakes"
    answers.write_text(json.dumps({"goals": [], "achieved": "Walked 5 days", "focus": long_focus,
                                   "energy": 4, "stress": 2}))
    assert _goals(home, "review", "--answers", str(answers)).returncode == 0
    child = _spawn(home, "review", "--all")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect(r"What did you achieve since the last review \(Enter keeps it\)\r\n  \[Walked 5 days\]\r\n> ")
    child.sendline("")
    child.expect(r"What got in the way, and how did you handle it \(Enter to skip\): ")
    child.sendline("")
    child.expect(r"still care")
    child.sendline("")
    child.expect(r"One focus for next week \(Enter keeps it\)\r\n  \[Keep my Tuesday")
    child.expect(r"\]\r\n> ")
    child.sendline("")
    child.expect(r"Energy, 1-5 \(Enter keeps it\)\r\n  \[4\]\r\n> ")
    child.sendline("")
    child.expect(r"Stress, 1-5 \(Enter keeps it\)\r\n  \[2\]\r\n> ")
    child.sendline("")
    child.expect("Review done")
    assert _finish(child) == 0
    [entry] = _json(home, "journal", "list", "--kind", "reflection")
    assert (entry["achieved"], entry["focus"], entry["energy"], entry["stress"]) == ("Walked 5 days", long_focus, 4, 2)


@pytest.mark.parametrize("answer, steps", [("", 1), ("n", 1), ("y", 2)])
def test_a_step_the_goal_has_already_is_asked_about_at_a_terminal(isolated_home, answer, steps):
    """Trial 13: the same step added twice went in without a word."""
    home = isolated_home
    _json(home, "add", "Save $1,000 for an emergency fund", "--due", "2026-12-31")
    assert _goals(home, "step", "add", "1", "Open a separate savings account").returncode == 0
    child = _spawn(home, "step", "add", "1", "open a separate  Savings account")
    child.expect(r"Goal 1 already has step 1: 'Open a separate savings account'\. Add it again\? \[y/N\]")
    child.sendline(answer)
    child.expect("Added step 2" if answer == "y" else "Not added; the goal keeps its step 1")
    assert _finish(child) == 0
    assert len(_json(home, "show", "1")["steps"]) == steps
