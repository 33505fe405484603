"""Interactive-flow leftovers of trials 5 and 6 (prompts2), in a real
pseudo-terminal, typed as a person would, bad input included: a refused
answer waits on the line to be corrected, an emptied line does what its
prompt says (never sends the refused text), and Ctrl-C keeps what was typed.
Today is 2026-05-13."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pexpect
import pytest

pytestmark = pytest.mark.slow

ENV = {"CLINGOALS_TODAY": "2026-05-13", "NO_COLOR": "1", "TERM": "dumb"}
CLEAR = "\x15"  # Ctrl-U: clears the input line (readline)


def _env(home, **extra):
    env = {k: v for k, v in os.environ.items() if k not in ("EDITOR", "VISUAL", "CI", "COLUMNS")}
    return {**env, **ENV, "CLINGOALS_HOME": str(home), **extra}


def _goals(home, *args, ok=True):
    out = subprocess.run([sys.executable, "-m", "clingoals", *args], env=_env(home), capture_output=True, text=True,
                         stdin=subprocess.DEVNULL)
    if ok:
        assert out.returncode == 0, out.stderr
    return json.loads(out.stdout) if "--json" in args and out.returncode == 0 else out


def _spawn(home, *args, **extra):
    return pexpect.spawn(sys.executable, ["-m", "clingoals", *args], env=_env(home, **extra), encoding="utf-8",
                         timeout=30, dimensions=(50, 100))


def _interrupt(child, expected):
    """Ctrl-C, pressed again if the first one is not noticed (on a loaded
    machine a ^C typed while the prompt is still being written can be lost)."""
    child.sendintr()
    if child.expect([expected, pexpect.TIMEOUT], timeout=8) == 1:
        child.sendintr()
        child.expect(expected)


def _ended(child, status=0):
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == status, child.before


# --- goals path start -----------------------------------------------------------------------

def _licensed(home):
    _goals(home, "license", "add", "CA LCSW", "--profile", "example-ca-bbs", "--renews", "2027-03-31",
           "--issued", "2022-03-15")


def _edit_the_course(child, statement="Complete the BBS supervision training course"):
    child.expect("Keep, edit or skip")  # the 40-hour course (licensure and its 2 years are done)
    child.sendline("e")
    child.expect("Statement")
    child.sendline(CLEAR + statement)


def _save_the_course_only(child):
    child.expect("Keep, edit or skip")  # the application
    child.sendline("s")
    child.expect("Save the long-term goal")
    child.sendline("y")
    _ended(child)


def _course(home):
    return next(g for g in _goals(home, "list", "--json") if "BBS" in g["statement"])


def test_path_target_refused_waits_on_the_line_and_is_read_as_every_target(isolated_home):
    """Item 1: 'fifteen' is refused and waits on the line; corrected there
    ('15 hours' is read as goal.read_target reads a target: the number and
    its unit)."""
    _licensed(isolated_home)
    child = _spawn(isolated_home, "path", "start", "clinical-supervisor")
    _edit_the_course(child)
    child.expect(r"Target in training hours \(now 40; 0 for none\) \(Enter to keep 40\)")
    child.sendline("fifteen")
    child.expect("'fifteen' isn't a number")
    child.expect(r"\(clear the line to keep 40\)")
    child.expect("fifteen")                          # the refused text is back on the line
    child.sendline(CLEAR + "15 hours")
    child.expect("The unit changes from 'training hours' to 'hours'")
    child.expect("Deadline")
    child.sendline("")                               # Enter: the deadline as it was
    _save_the_course_only(child)
    course = _course(isolated_home)
    assert (course["measure"]["target"], course["measure"]["unit"]) == (15, "hours")


def test_path_target_refused_then_cleared_keeps_the_target(isolated_home):
    """Item 1: a refused target (too large, by goal.check_number's rule) then
    an emptied line keeps the target it had, as the prompt says."""
    _licensed(isolated_home)
    child = _spawn(isolated_home, "path", "start", "clinical-supervisor")
    _edit_the_course(child)
    child.expect("Target in training hours")
    child.sendline("2e12")
    child.expect("The target is too large")
    child.expect(r"\(clear the line to keep 40\)")
    child.sendline(CLEAR)
    child.expect("Deadline")
    child.sendline("")
    _save_the_course_only(child)
    assert _course(isolated_home)["measure"]["target"] == 40


def test_path_deadline_refused_then_cleared_keeps_the_old_deadline(isolated_home):
    """Item 2: a refused date waits on the line; clearing it keeps the
    milestone's deadline as it was, never the refused text."""
    _licensed(isolated_home)
    child = _spawn(isolated_home, "path", "start", "clinical-supervisor")
    _edit_the_course(child, "Complete the 15-hour BBS supervision training course")
    child.expect("Deadline")
    child.expect("2026-08-13")                       # the milestone's deadline, on the line
    child.sendline(CLEAR + "31/02")
    child.expect(r"31/02 isn't a date \(February has no day 31\)")
    child.expect(r"Deadline \(clear the line to keep 2026-08-13\)")
    child.expect("31/02")                            # the refused date, on the line to correct
    child.sendline(CLEAR)
    child.expect("Empty: keeping 2026-08-13")
    _save_the_course_only(child)
    assert _course(isolated_home)["deadline"] == "2026-08-13"


def test_path_deadline_refused_is_corrected_on_the_line(isolated_home):
    _licensed(isolated_home)
    child = _spawn(isolated_home, "path", "start", "clinical-supervisor")
    _edit_the_course(child, "Complete the 15-hour BBS supervision training course")
    child.expect("Deadline")
    child.sendline(CLEAR + "2026-13-01")
    child.expect(r"\(clear the line to keep 2026-08-13\)")
    child.sendline("\b\b\b\b\b09-30")                   # 2026-13-01 -> 2026-09-30, corrected in place
    child.expect(r"by 2026-09-30")
    _save_the_course_only(child)
    assert _course(isolated_home)["deadline"] == "2026-09-30"


# --- guided goals add: "By when?" -------------------------------------------------------------

def test_by_when_keeps_a_refused_date_on_the_line_and_an_emptied_line_asks_for_one(isolated_home):
    """Item 3: the refused date waits on the line; an emptied line is no
    answer (the question offers no skip: a goal needs a deadline), and the
    refused date is never sent again unseen."""
    child = _spawn(isolated_home, "add", "Pass the NCE")
    child.expect("A number to log progress against")
    child.sendline("")
    child.expect("By when")
    child.sendline("31/02")
    child.expect(r"31/02 isn't a date \(February has no day 31\)")
    child.expect("By when")
    child.expect("31/02")                            # on the line, to correct
    child.sendline(CLEAR)                            # emptied: not the refused date again
    child.expect("A goal needs a deadline")
    child.expect("By when")
    child.sendline("2/28/2027")
    for prompt, answer in (("Why does it matter", ""), ("Which aspiration", ""), ("Step", ""),
                           ("Use this sentence", "a"), (r"Save this goal\?", "y")):
        child.expect(prompt)
        child.sendline(answer)
    child.expect("Added goal 1")
    _ended(child)
    [goal] = _goals(isolated_home, "list", "--json")
    assert goal["deadline"] == "2027-02-28"


def test_a_more_realistic_deadline_refused_then_cleared_skips_as_the_prompt_says(isolated_home):
    child = _spawn(isolated_home, "add", "Open a private practice by friday")
    child.expect("A number to log progress against")
    child.sendline("")
    child.expect("A more realistic deadline")
    child.expect(r"\(Enter to skip\)")
    child.sendline("someday")
    child.expect("Can't read the date")
    child.expect(r"A more realistic deadline \(clear the line to skip\)")
    child.expect("someday")
    child.sendline(CLEAR)                            # skipped: the deadline stays friday
    index = child.expect(["Your plan", "Hours a week", "Step"])
    assert index in (0, 1, 2)
    child.sendintr()                                 # stop here: what matters is what was kept
    _ended(child, 1)
    [draft] = (isolated_home / "drafts").iterdir()
    values = json.loads(draft.read_text())["values"]
    assert values["due"] is None or "someday" not in values["due"]


def test_without_line_editing_by_when_prints_the_refused_date_back(isolated_home):
    """Where readline can't put the refused date on the line (output not to
    the terminal), it is printed back and Enter is an empty answer."""
    child = pexpect.spawn("/bin/sh", ["-c", f"{sys.executable} -m clingoals add 'Pass the NCE' | cat"],
                          env=_env(isolated_home), encoding="utf-8", timeout=30, dimensions=(50, 100))
    child.expect("A number to log progress against")
    child.sendline("")
    child.expect("By when")
    child.sendline("someday")
    child.expect("You typed: someday")
    child.sendline("")
    child.expect("A goal needs a deadline")
    child.sendintr()
    child.expect(pexpect.EOF)
