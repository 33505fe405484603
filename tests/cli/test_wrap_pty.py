"""80 columns in a real pseudo-terminal: a prompt with a long default keeps
its question whole and puts the default on its own line; a long error wraps
at words (trial 3 item 19)."""

from __future__ import annotations


import pexpect
import pytest
from pty_goals import spawn_goals

pytestmark = pytest.mark.slow


def _spawn(home, *args, columns=80):
    env = {"CLINGOALS_TODAY": "2026-05-13", "NO_COLOR": "1", "COLUMNS": str(columns), "TERM": "dumb"}
    return spawn_goals(home, *args, env=env, columns=columns, rows=40)


def test_wording_prompt_keeps_the_question_whole_and_the_default_below(isolated_home):
    child = _spawn(isolated_home, "add")
    child.expect("Your goal, in one sentence")
    child.sendline("Say no to meetings my manager schedules after 5 pm so that I can get home to my kids on time")
    while True:
        # (the count a boundary makes to the deadline waits on the line: Enter takes it, trial 23 #9)
        index = child.expect([r"Your wording", r"Use this sentence.*: $", r"By when.*: $", r"log progress against.*: ",
                              r": $"])
        if index == 0:
            break
        child.sendline({1: "e", 2: "end of year"}.get(index, ""))
    # the question whole on its line, the composed sentence below it on the input line, to edit
    # (TERM=dumb: readline scrolls a line wider than the terminal sideways instead of wrapping it)
    child.expect(r" \(edit it\)\r\n")  # "Your wording" was matched above
    child.expect("31, 2026, so that I can get home to my kids on time")  # the reason last (trial 12 P2)
    child.sendline("")  # Enter keeps the composed sentence
    child.expect(r"Save this goal\?")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    lines = child.before.splitlines()
    assert all(len(line) <= 80 for line in lines)


def test_a_long_error_wraps_at_words_at_a_terminal(isolated_home):
    child = _spawn(isolated_home, "log", "1", "0")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    lines = [line for line in child.before.replace("\r", "").split("\n") if line]
    assert lines[0].startswith("error: 0 adds nothing") and len(lines) >= 2
    assert all(len(line) <= 80 for line in lines)
    words = set(" ".join(child.before.split()).split())
    assert {"nothing", "logged;", "(a", "negative"} <= words  # no word cut at the edge
