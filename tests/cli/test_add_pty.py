"""`goals add` in a real pseudo-terminal, typed as a person would."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pexpect
import pytest

pytestmark = pytest.mark.slow

TIMEOUT = 30


def _spawn(args, home, columns=100):
    env = {**os.environ, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": "2026-05-13",
           "NO_COLOR": "1", "COLUMNS": str(columns), "TERM": "dumb"}
    return pexpect.spawn(sys.executable, ["-m", "clingoals", *args], env=env, encoding="utf-8",
                         timeout=TIMEOUT, dimensions=(40, columns))


def _goals(home):
    out = subprocess.run([sys.executable, "-m", "clingoals", "list", "--all", "--json"],
                         env={**os.environ, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": "2026-05-13"},
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _run(args, home):
    return subprocess.run([sys.executable, "-m", "clingoals", *args], check=True, capture_output=True, text=True,
                          env={**os.environ, "CLINGOALS_HOME": str(home), "CLINGOALS_TODAY": "2026-05-13"})


def test_vague_goal_is_rewritten_as_one_smart_sentence_and_saved(isolated_home):
    _run(["aspiration", "add", "private practice"], isolated_home)
    _run(["aspiration", "add", "trauma specialist"], isolated_home)
    child = _spawn(["add"], isolated_home)
    child.expect("Your goal, in one sentence")
    child.sendline("get better at trauma work")
    child.expect("Your goal: ")
    child.expect("What exactly will you do")
    child.sendline("complete the EMDR basic training for adults with PTSD")
    child.expect("A number to log progress against")
    child.sendline("50 training hours")
    child.expect("By when")
    child.sendline("")  # required: asked again, not skipped and not saved without one
    child.expect("needs a deadline")
    child.expect("By when")
    child.sendline("someday")  # unreadable: asked again, never silently today
    child.expect("Can't read the date")
    child.expect("By when")
    child.sendline("June 30, 2027")
    # It already serves "trauma specialist" and the training fits: no more questions.
    child.expect("Step")
    child.sendline("Register for EMDR part 1")
    child.expect("Step")
    child.sendline("")
    child.expect("one SMART sentence")
    child.expect(r"Complete the EMDR basic training for adults with PTSD \(50 training hours\) by June 30, 2027")
    child.expect("The composed goal: 10/10")
    child.expect("Use this sentence")
    child.sendline("x")  # not a choice: asked again
    child.expect("Please type a, e or k")
    child.expect("Use this sentence")
    child.sendline("a")
    child.expect(r"Save this goal\?")
    child.sendline("y")
    child.expect("Linked to your aspiration 'trauma specialist'")
    child.expect("Added goal 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [goal] = _goals(isolated_home)
    assert goal["statement"] == ("Complete the EMDR basic training for adults with PTSD (50 training hours) "
                                 "by June 30, 2027")
    assert goal["score"]["total"] == 10
    assert goal["measure"]["target"] == 50 and goal["measure"]["unit"] == "training hours"
    assert goal["deadline"] == "2027-06-30"
    assert goal["aspirations"] == ["trauma specialist"]
    assert [s["text"] for s in goal["steps"]] == ["Register for EMDR part 1"]
    history = json.loads(_run(["history", "1", "--json"], isolated_home).stdout)
    assert any(e["field"] == "statement" and e["old"] == "get better at trauma work" and e["new"] == goal["statement"]
               for e in history)


def test_answers_without_declared_aspirations_add_one_and_every_skip_skips(isolated_home):
    child = _spawn(["add"], isolated_home)
    child.expect("Your goal, in one sentence")
    child.sendline("get better at trauma work")
    child.expect("What exactly will you do")
    child.sendline("complete the EMDR basic training for adults with PTSD")
    child.expect("A number to log progress against")
    child.sendline("")  # Enter skips
    child.expect("By when")
    child.sendline("end of year")
    child.expect("Why does it matter")
    child.sendline("so that I can treat veterans with PTSD")
    child.expect("Which aspiration")
    child.sendline("trauma specialist")
    child.expect("Step")
    child.sendline("")
    child.expect("Use this sentence")
    child.sendline("e")
    child.expect("Your wording")
    child.sendline("Complete the EMDR basic training for veterans with PTSD by December 31")
    child.expect(r"Save this goal\?")
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Complete the EMDR basic training for veterans with PTSD by December 31"
    assert goal["deadline"] == "2026-12-31" and goal["aspirations"] == ["trauma specialist"]
    assert goal["why"] == "so that I can treat veterans with PTSD"


def test_weak_achievability_asks_for_plan_hours_and_confidence(isolated_home):
    child = _spawn(["add", "Walk 30 minutes a day to prevent burnout", "--personal"], isolated_home)
    child.expect("By when")
    child.sendline("in 8 weeks")
    child.expect("Your plan")
    child.sendline("Lunch-break walks with a colleague")
    child.expect("Hours a week")
    child.sendline("four")
    child.expect("Please type a number")
    child.sendline("3.5")
    child.expect("How confident")
    child.sendline("8")
    child.expect("Why does it matter")
    child.sendline("")
    child.expect("Which aspiration")
    child.sendline("sustainable career without burnout")
    child.expect("Step")
    child.sendline("")
    child.expect("Use this sentence")
    child.sendline("k")  # keep my own wording
    child.expect("Your goal: 10/10")
    child.expect(r"Save this goal\?")
    child.sendline("")  # Enter takes the default: yes
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Walk 30 minutes a day to prevent burnout"
    assert goal["domain"] == "personal" and goal["hours_per_week"] == 3.5 and goal["confidence"] == 8
    assert goal["deadline"] == "2026-07-08"


@pytest.mark.parametrize("stop,status", [("ctrl-c", 1), ("eof", 1)])
def test_stopping_the_conversation_saves_nothing(isolated_home, stop, status):
    child = _spawn(["add", "Pass the NCE"], isolated_home)
    child.expect("A number to log progress against")
    if stop == "ctrl-c":
        child.sendintr()
    else:
        child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == status
    assert _goals(isolated_home) == []


def test_declining_the_final_card_keeps_a_draft(isolated_home):
    child = _spawn(["add", "Pass the NCE"], isolated_home)
    child.expect("A number to log progress against")
    child.sendline("")  # pass or not: no number to log
    child.expect("By when")
    child.sendline("June 30")
    child.expect("Why does it matter")
    child.sendline("")
    child.expect("Which aspiration")
    child.sendline("")
    child.expect("Step")
    child.sendline("")
    child.expect("Use this sentence")
    child.sendline("a")
    child.expect(r"Save this goal\?")
    child.sendline("n")
    child.expect("Kept as a draft")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [goal] = _goals(isolated_home)
    assert goal["status"] == "draft" and goal["statement"] == "Pass the NCE by June 30, 2026"


def test_a_long_prompt_wraps_at_words_at_80_columns(isolated_home):
    child = _spawn(["add"], isolated_home, columns=80)
    child.expect("Your goal, in one sentence")
    child.sendline("get better at trauma work")
    child.expect(r"\(Enter to skip\): ")
    prompt = child.before[child.before.rindex("What exactly"):] + "(Enter to skip): "
    lines = prompt.replace("\r", "").split("\n")
    assert len(lines) == 2 and all(len(line) <= 80 for line in lines), lines
    assert not lines[1].startswith(" ") and lines[1].endswith("setting (Enter to skip): ")
    child.sendintr()
    child.expect(pexpect.EOF)
    assert _goals(isolated_home) == []
