"""Guided `goals add` in a real pseudo-terminal, as new-user trial 4 used it:
an answer that names no measure is not taken as the measure in silence (and
is not thrown away), a client's name is caught as soon as it is typed, and
Ctrl-C keeps the line being typed (GNU readline gives it back) or says
plainly that it could not."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pexpect
import pytest
# the same way of typing at `goals add` as trial 3's tests (on 2026-11-23)
from test_add_trial_pty import _answer, _drafts, _env, _finish, _goals, _spawn

pytestmark = pytest.mark.slow

TIMEOUT = 30


def _interrupt(child, expected):
    """Ctrl-C, pressed again if a loaded machine lost the first one."""
    child.sendintr()
    if child.expect([expected, pexpect.TIMEOUT], timeout=8) == 1:
        child.sendintr()
        child.expect(expected)


GOAL = "help a client with panic disorder reduce panic attacks"
REST = [("By when", "in 3 months")]


def _rest(child):
    """Answer whatever else is asked as a person in a hurry would: skip, accept, save."""
    while child.expect([r"Hours a week", "How confident", "Your plan", "Why does it matter", "Which aspiration",
                        "Step", "Use this sentence", r"Save this goal\?", "A number to log progress against",
                        "Added goal 1"]) < 9:
        # (a number to log against offered on the line since trial 9: cleared, so skipped)
        child.sendline("a" if "sentence" in child.after else "y" if "Save" in child.after
                       else "\x15" if "number" in child.after else "")


def test_a_method_at_the_measure_question_goes_to_the_plan_and_the_measure_is_asked_again(isolated_home):
    child = _spawn(["add", GOAL], isolated_home)
    _answer(child, [("How will you know", "use interoceptive exposure")])
    child.expect(r"says how you'll get there, not how you'll know you did")
    child.expect("kept in your plan")
    child.expect("Put a number on it")  # the card's own advice says what is wanted
    _answer(child, [("How will you know", "panic attacks from 4 a week to 1"), *REST])
    _rest(child)
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["metric"] == "panic attacks from 4 a week to 1"
    assert goal["plan"] == "use interoceptive exposure"
    assert "use interoceptive exposure" not in goal["statement"]
    assert "4 a week to 1" in goal["statement"]
    assert goal["score"]["criteria"]["measurable"]["score"] == 2


def test_a_direction_waits_on_the_line_to_get_its_number(isolated_home):
    child = _spawn(["add", GOAL], isolated_home)
    _answer(child, [("How will you know", "fewer attacks")])
    child.expect("'fewer attacks' names no measure")
    child.expect("Add the number to your words")
    child.sendline(" from 4 a week to 1")  # typed after the words put back on the line
    _answer(child, REST)
    _rest(child)
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["metric"] == "fewer attacks from 4 a week to 1"
    assert goal["plan"] is None


def test_enter_on_the_same_words_keeps_them_as_the_measure_anyway(isolated_home):
    # 'she is discharged' is a result to check that the scorer does not read as one: the person decides
    child = _spawn(["add", GOAL], isolated_home)
    _answer(child, [("How will you know", "she is discharged")])
    child.expect("names no measure")
    child.expect(r"Enter keeps them as\s+they are")
    child.sendline("")
    child.expect("Kept as your measure as you wrote it")
    _answer(child, REST)
    _rest(child)
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["metric"] == "she is discharged" and goal["plan"] is None


def test_clearing_the_words_skips_the_measure(isolated_home):
    child = _spawn(["add", GOAL], isolated_home)
    _answer(child, [("How will you know", "fewer attacks")])
    child.expect("clear the line to skip")
    child.sendline("\x15")  # Ctrl-U, then Enter
    _answer(child, REST)
    _rest(child)
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["metric"] is None and goal["measure"]["target"] is None


def test_a_client_name_in_the_first_sentence_is_caught_before_the_first_card(isolated_home):
    child = _spawn(["add"], isolated_home)
    _answer(child, [("Your goal, in one sentence", "help Mrs. Lopez reduce panic attacks")])
    child.expect("may identify a client: a name with a title \\('Lopez'\\)")
    child.expect(r"\[edit/go/draft\]")
    before_choice = child.logfile_read.getvalue()
    assert "Your goal: " not in before_choice  # no scorecard yet, so none repeats the name
    _answer(child, [("", "edit")])
    child.expect(r"\(edit it\)\r\n> help Mrs. Lopez reduce panic attacks")  # on the line, ready to edit
    # Ctrl-A, three words forward, delete "Mrs. Lopez", type the new words
    child.sendline("\x01\x1bf\x1bd\x1bd" + " a client with panic disorder")
    _answer(child, [("How will you know", "panic attacks from 4 a week to 1"), *REST])
    _rest(child)
    shown = _finish(child)
    assert "lopez" not in shown.split("How will you know", 1)[-1].lower()  # (the edit's line is drawn below it)
    [goal] = _goals(isolated_home)
    assert "Lopez" not in json.dumps(goal)
    assert goal["statement"].startswith("Help a client with panic disorder reduce panic attacks")


def test_ctrl_c_keeps_the_half_typed_line_and_the_next_add_puts_it_back_on_the_line(isolated_home):
    child = _spawn(["add"], isolated_home)
    _answer(child, [("Your goal, in one sentence", "start a DBT skills group for teens")])
    child.expect("A number to log progress against")
    child.send("8 tee")
    child.expect("8 tee")
    _interrupt(child, r"the line you were typing are\s+kept")
    _finish(child, code=1)
    assert _goals(isolated_home) == []
    [path] = _drafts(isolated_home)
    kept = json.loads(path.read_text())
    assert kept["pending"] == {"question": "measure", "text": "8 tee"}
    assert kept["values"]["statement"] == "start a DBT skills group for teens"

    child = _spawn(["add"], isolated_home)
    _answer(child, [(r"Continue it\?", "")])
    # back on the line, and the question says how to skip it (trial 9, P4)
    child.expect(r"A number to log progress against, e.g. '50 training hours' \(clear the line to skip\): 8 tee")
    child.sendline("ns")
    _answer(child, [("By when", "March 31")])
    _rest(child)
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] == 8 and goal["measure"]["unit"] == "teens"
    assert _drafts(isolated_home) == []


def test_ctrl_c_while_typing_the_first_sentence_keeps_it(isolated_home):
    child = _spawn(["add"], isolated_home)
    child.expect("Your goal, in one sentence")
    child.send("finish my EMDR trai")
    child.expect("EMDR trai")
    _interrupt(child, "the sentence you were typing is kept")
    _finish(child, code=1)
    child = _spawn(["add"], isolated_home)
    child.expect("You stopped drafting a goal")
    _answer(child, [(r"Continue it\?", "")])
    child.expect("Your goal, in one sentence: finish my EMDR trai")
    child.sendintr()
    _finish(child, code=1)
    [path] = _drafts(isolated_home)
    assert json.loads(path.read_text())["values"]["statement"] == "finish my EMDR trai"


def test_without_line_editing_the_message_says_the_unfinished_line_is_not_kept(isolated_home):
    # stdout not a terminal: input() can't use readline, so the line being typed can't be read back
    out = isolated_home / "out.json"
    child = pexpect.spawn("/bin/sh", ["-c", f"exec {sys.executable} -m clingoals add > {out}"], env=_env(isolated_home, "2026-11-23"),
                          encoding="utf-8", timeout=TIMEOUT, dimensions=(40, 100))
    child.logfile_read = io.StringIO()
    _answer(child, [("Your goal, in one sentence", "start a DBT skills group for teens")])
    child.expect("A number to log progress against|By when")
    child.send("Thursdays after")
    _interrupt(child, r"are kept as a private\s+draft \(not in the\s+database\), but not a line you\s+hadn't ended with Enter")
    _finish(child, code=1)
    [path] = _drafts(isolated_home)
    assert json.loads(path.read_text())["pending"] is None


def test_with_yes_the_guided_check_warns_once_and_asks_nothing(isolated_home):
    child = _spawn(["add", "help Mrs. Lopez reduce panic attacks", "--yes"], isolated_home)
    child.expect("your sentence may identify a client")
    _answer(child, [("How will you know", "panic attacks from 4 a week to 1"), *REST])
    _rest(child)
    shown = _finish(child)
    assert "[edit/go/draft]" not in shown and "[edit/save/draft]" not in shown
    [goal] = _goals(isolated_home)
    assert "Lopez" in goal["statement"]


def test_a_sleep_goal_whose_reason_names_clients_is_still_offered_as_personal(isolated_home):
    # trial 4: the why answer named clients, so the goal was saved as professional without asking
    subprocess.run([sys.executable, "-m", "clingoals", "aspiration", "add", "trauma specialist"], env=_env(isolated_home, "2026-11-23"),
                   check=True, capture_output=True)
    child = _spawn(["add"], isolated_home)
    _answer(child, [("Your goal, in one sentence", "")])
    child.expect("Type your goal in your own words")  # Enter alone says what is wanted
    _answer(child, [("Your goal, in one sentence", "sleep better"),
                    ("Name the action, and when or where", "be in bed by 10:30 on weeknights"),
                    ("By when", "March 31"),  # the card reads the detail: a checkable bedtime, no measure asked
                    ("A number to log progress against", "\x15"),  # the nights offered (trial 9): skipped
                    # a sleep goal: a plan for it, never hours a week (trial 9)
                    (r"a set bedtime, a wind-down routine", ""), ("How confident", "8"),
                    ("Why does it matter", "so I have energy for clients and my family"), ("Which aspiration", ""),
                    (r"Keep it as personal\?", "")])
    _rest(child)
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["domain"] == "personal" and goal["hours_per_week"] is None
    assert goal["why"] == "so I have energy for clients and my family"
