"""Guided `goals add` in a real pseudo-terminal, as new-user trial 3 used it:
a deadline before the start is refused and asked again, a continued draft
asks again for an answer that would fail instead of failing forever, and a
life goal is offered as personal."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pexpect
import pytest
from pty_goals import spawn_goals

pytestmark = pytest.mark.slow

TIMEOUT = 30


def _env(home, today):
    return {**os.environ, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": today, "NO_COLOR": "1",
            "COLUMNS": "100", "TERM": "dumb"}


def _spawn(args, home, today="2026-11-23"):
    child = spawn_goals(home, *args, env=_env(home, today), rows=40, timeout=TIMEOUT)
    child.logfile_read = io.StringIO()
    return child


def _run(args, home, today="2026-11-23"):
    return subprocess.run([sys.executable, "-m", "clingoals", *args], capture_output=True, text=True,
                          env=_env(home, today))


def _goals(home):
    return json.loads(_run(["list", "--all", "--json"], home).stdout)


def _drafts(home):
    folder = home / "drafts"
    return sorted(folder.glob("goal-*.json")) if folder.is_dir() else []


def _answer(child, exchanges):
    for prompt, answer in exchanges:
        child.expect(prompt)
        child.sendline(answer)


def _interrupt(child, expected):
    """Ctrl-C, pressed again if the first one is lost (under load a ^C sent
    while the prompt is still being set up can be missed, and a person would
    simply press it again)."""
    child.sendintr()
    if child.expect([expected, pexpect.TIMEOUT], timeout=8) == 1:
        child.sendintr()
        child.expect(expected)


def _finish(child, code=0):
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == code, child.logfile_read.getvalue()
    assert "Traceback" not in child.logfile_read.getvalue()
    return " ".join(child.logfile_read.getvalue().split())


def test_a_deadline_before_the_start_is_refused_and_asked_again(isolated_home):
    child = _spawn(["add", "Pass the NCE"], isolated_home)
    _answer(child, [("A number to log progress against", ""), ("By when", "yesterday")])
    child.expect("The deadline 2026-11-22 is before the start date 2026-11-23: type a date on or after 2026-11-23")
    # the refused "yesterday" waits on the line: Ctrl-U clears it
    _answer(child, [("By when", "\x15March 31"), ("Why does it matter", ""), ("Which aspiration", ""),
                    ("Step", ""), ("Use this sentence", "a")])
    child.expect("Added goal 1")
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["deadline"] == "2027-03-31" and goal["start_date"] == "2026-11-23"
    assert _drafts(isolated_home) == []


def test_a_continued_draft_asks_again_for_a_deadline_that_has_passed(isolated_home):
    # Drafted in May with a June deadline, stopped, and continued in November.
    child = _spawn(["add", "Pass the NCE"], isolated_home, today="2026-05-13")
    _answer(child, [("A number to log progress against", ""), ("By when", "August 31"),
                    ("Why does it matter", "so that I can get licensed")])
    child.expect("Which aspiration")
    _interrupt(child, "kept as a private draft")
    _finish(child, code=1)
    assert len(_drafts(isolated_home)) == 1

    for attempt in range(2):  # stopped again, the draft keeps the question open, not the failing answer
        child = _spawn(["add"], isolated_home)
        _answer(child, [(r"Continue it\?", "y")])
        if attempt == 0:
            child.expect("The deadline 2026-08-31 is before the start date 2026-11-23: asking for it again")
        child.expect("By when")
        if attempt == 0:
            _interrupt(child, "kept as a private draft")
            _finish(child, code=1)
            continue
        child.sendline("yesterday")  # still refused at the question
        child.expect("type a date on or after 2026-11-23")
        _answer(child, [("By when", "\x15June 30, 2027"), ("Which aspiration", ""), ("Step", ""),
                        ("Use this sentence", "a")])
        child.expect("Added goal 1")
        shown = _finish(child)
        assert "option corrected" not in shown
    [goal] = _goals(isolated_home)
    assert goal["deadline"] == "2027-06-30" and goal["why"] == "so that I can get licensed"
    assert goal["statement"] == "Pass the NCE by June 30, 2027, so that I can get licensed"
    assert _drafts(isolated_home) == []


def test_a_save_that_fails_keeps_the_draft_and_the_next_add_asks_that_answer_again(isolated_home):
    child = _spawn(["add", "Pass the NCE", "--target", "-5", "--unit", "exams"], isolated_home)
    _answer(child, [("By when", "March 31"), ("Why does it matter", ""), ("Which aspiration", ""),
                    ("Step", "Book the exam"), ("Step", ""), ("Use this sentence", "a")])
    child.expect("kept as a private draft")
    shown = _finish(child, code=1)
    assert "'goals add' continues it and asks again for what needs changing" in shown
    assert "option" not in shown.split("error:")[-1]  # nobody typed an option to correct
    assert _goals(isolated_home) == [] and len(_drafts(isolated_home)) == 1

    child = _spawn(["add"], isolated_home)
    _answer(child, [(r"Continue it\?", "y")])
    child.expect("asking for it again")
    _answer(child, [("A number to log progress against", "1 exam"), ("Use this sentence", "a")])
    child.expect("Added goal 1")
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] == 1 and goal["deadline"] == "2027-03-31"
    assert [s["text"] for s in goal["steps"]] == ["Book the exam"]
    assert _drafts(isolated_home) == []


def test_a_life_goal_is_offered_as_personal_and_a_work_goal_is_not_asked(isolated_home):
    _run(["aspiration", "add", "healthy work-life balance", "--description", "sleep, exercise, boundaries, money"],
         isolated_home)
    child = _spawn(["add", "Save $200 from every paycheck for an emergency fund"], isolated_home)
    # a money goal is asked how much a month, not hours a week (session 7), unless its words
    # say already: "$200 from every paycheck" is a rate (scorer9), so it goes on to confidence
    _answer(child, [("By when", "end of June"), ("Your plan", ""), ("How confident", "8")])
    assert "How much a month" not in child.before
    child.expect(r"It reads as a personal goal, not a work one\. Keep it as personal\? \[Y/n\]")
    _answer(child, [("", ""), ("Step", ""), ("Use this sentence", "a")])
    child.expect("Added goal 1")
    shown = _finish(child)
    assert "--hours-per-week" not in shown  # the conversation says it in plain words
    [goal] = _goals(isolated_home)
    assert goal["domain"] == "personal"
    assert goal["aspirations"] == ["healthy work-life balance"]

    child = _spawn(["add", "Complete the 40-hour supervisor training course"], isolated_home)
    # "the 40-hour ... course" is 40 training hours to log against (money11, trial 10 B6): Enter takes it
    _answer(child, [("By when", "end of March"), ("A number to log progress against", ""), ("Why does it matter", ""),
                    ("Which aspiration", ""), ("Step", ""), ("Use this sentence", "a")])
    child.expect("Added goal 2")
    shown = _finish(child)
    assert "personal goal" not in shown
    assert {g["id"]: g["domain"] for g in _goals(isolated_home)} == {1: "personal", 2: "professional"}
    assert [(g["measure"]["target"], g["measure"]["unit"]) for g in _goals(isolated_home) if g["id"] == 2] == \
        [(40, "training hours")]


def test_a_life_goal_can_stay_professional(isolated_home):
    child = _spawn(["add", "Get 8 hours of sleep a night"], isolated_home)
    # the nights to the deadline offered to count (cleared: skipped), and no hours a week for sleep (trial 9)
    _answer(child, [("By when", "end of March"), ("A number to log progress against", "\x15"),
                    ("Your plan", ""), ("How confident", ""), ("Why does it matter", ""), ("Which aspiration", "")])
    child.expect(r"Keep it as personal\?")
    _answer(child, [("", "n"), ("Step", ""), ("Use this sentence", "a")])
    child.expect("Added goal 1")
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["domain"] == "professional"
