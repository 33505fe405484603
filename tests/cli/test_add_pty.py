"""`goals add` in a real pseudo-terminal, typed as a person would."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pexpect
import pytest
from pty_goals import spawn_goals

pytestmark = pytest.mark.slow

TIMEOUT = 30


def _spawn(args, home, columns=100):
    env = {"CLINGOALS_TODAY": "2026-05-13", "NO_COLOR": "1", "COLUMNS": str(columns), "TERM": "dumb"}
    return spawn_goals(home, *args, env=env, columns=columns, rows=40, timeout=TIMEOUT)


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
    child.expect("someday")  # the refused answer waits on the line: cleared, then a date
    child.sendline("\x15June 30, 2027")
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
    child.expect("Please type a, e, k or d")
    child.expect("Use this sentence")
    child.sendline("a")  # accepting saves: no second question
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
    # the composed sentence waits on the line to be edited (TERM=dumb scrolls it sideways, prompt
    # and all): Ctrl-U clears it for a new wording
    child.sendline("\x15Complete the EMDR basic training for veterans with PTSD by December 31")
    child.expect(r"Save this goal\?")
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Complete the EMDR basic training for veterans with PTSD by December 31"
    assert goal["deadline"] == "2026-12-31" and goal["aspirations"] == ["trauma specialist"]
    assert goal["why"] == "so that I can treat veterans with PTSD"


def test_weak_achievability_asks_until_the_card_finds_it_fits(isolated_home):
    """Only what the card says is missing is asked (trial 12 P3): the plan
    skipped, hours a week meet Achievable, so confidence is not asked; the
    sentence's own reason ("to prevent burnout") is its why, so that isn't either."""
    child = _spawn(["add", "Walk 30 minutes a day to prevent burnout", "--personal"], isolated_home)
    child.expect("By when")
    child.sendline("in 8 weeks")
    child.expect("A number to log progress against")  # the count of walks offered (trial 9): skipped
    child.sendline("\x15")
    child.expect("Your plan")
    child.sendline("")
    child.expect("Hours a week")
    child.sendline("four")
    child.expect("is not a number of hours")  # shown examples in hours (trial 23 #15)
    child.expect("four")  # the refused answer waits on the line: Ctrl-U clears it
    child.sendline("\x153.5")
    assert child.expect(["How confident", "Why does it matter", "Which aspiration"]) == 2
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
    assert goal["domain"] == "personal" and goal["hours_per_week"] == 3.5 and goal["confidence"] is None
    assert goal["why"] == "to prevent burnout"
    assert goal["deadline"] == "2026-07-08"


def _drafts(home):
    folder = home / "drafts"
    return sorted(folder.glob("goal-*.json")) if folder.is_dir() else []


@pytest.mark.parametrize("stop", ["ctrl-c", "eof"])
def test_stopping_keeps_what_was_typed_and_the_next_add_continues_it(isolated_home, stop):
    child = _spawn(["add"], isolated_home)
    child.expect("Your goal, in one sentence")
    child.sendline("get better at trauma work")
    child.expect("What exactly will you do")
    child.sendline("complete the EMDR basic training for adults with PTSD")
    child.expect("A number to log progress against")
    child.sendline("50 training hours")
    child.expect("By when")
    child.sendintr() if stop == "ctrl-c" else child.sendeof()
    if child.expect(["kept as a private draft", pexpect.TIMEOUT], timeout=8) == 1:
        child.sendintr()  # on a loaded machine a ^C typed while the prompt is drawn can be lost: press it again
        child.expect("kept as a private draft")
    child.expect("'goals add' continues it")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert "Traceback" not in child.before
    assert _goals(isolated_home) == []                                   # nothing stored...
    [path] = _drafts(isolated_home)                                       # ...and nothing lost
    assert path.stat().st_mode & 0o777 == 0o600 and path.parent.stat().st_mode & 0o777 == 0o700
    kept = json.loads(path.read_text())
    assert kept["values"]["statement"] == "get better at trauma work"
    assert kept["values"]["specific"] == "complete the EMDR basic training for adults with PTSD"
    assert kept["values"]["target"] == 50 and kept["values"]["unit"] == "training hours"

    child = _spawn(["add"], isolated_home)
    child.expect("You stopped drafting a goal on 2026-05-13")
    child.expect("get better at trauma work")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("")
    index = child.expect(["What exactly will you do", "A number to log progress", "By when"])
    assert index == 2  # the two questions answered are not asked again
    child.sendline("June 30, 2027")
    child.expect("Why does it matter")
    child.sendline("so that I can treat veterans with PTSD")
    child.expect("Which aspiration")
    child.sendline("trauma specialist")
    child.expect("Step")
    child.sendline("")
    child.expect("Use this sentence")
    child.sendline("a")  # accepting saves: no second question
    child.expect("Added goal 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [goal] = _goals(isolated_home)
    assert goal["statement"] == ("Complete the EMDR basic training for adults with PTSD (50 training hours) "
                                 "by June 30, 2027, so that I can treat veterans with PTSD")
    assert goal["measure"]["target"] == 50 and goal["deadline"] == "2027-06-30"
    assert goal["aspirations"] == ["trauma specialist"]
    history = json.loads(_run(["history", "1", "--json"], isolated_home).stdout)
    assert any(e["field"] == "statement" and e["old"] == "get better at trauma work" for e in history)
    assert _drafts(isolated_home) == []                                   # continued, so gone


def test_stopping_before_anything_is_typed_keeps_no_draft(isolated_home):
    child = _spawn(["add"], isolated_home)
    child.expect("Your goal, in one sentence")
    child.sendintr()
    child.expect("nothing was saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert _goals(isolated_home) == [] and _drafts(isolated_home) == []


def test_a_kept_draft_can_be_left_for_later(isolated_home):
    child = _spawn(["add", "Pass the NCE"], isolated_home)
    child.expect("A number to log progress against")
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1 and len(_drafts(isolated_home)) == 1
    child = _spawn(["add"], isolated_home)
    child.expect(r"Continue it\?")
    child.sendline("n")
    child.expect("1 draft kept for later")
    child.expect("Your goal, in one sentence")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert len(_drafts(isolated_home)) == 1
    # A scripted add says that one is waiting.
    done = _run(["add", "Walk daily", "--due", "2026-12-31", "--personal"], isolated_home)
    assert "1 unfinished goal draft" in done.stderr


def _answer_client_goal(child, *, step="Call Mary at 512-555-0100"):
    child.expect("How will you know")
    child.sendline("8 sessions")
    child.expect("By when")
    child.sendline("in 3 months")
    child.expect("Why does it matter")
    child.sendline("")
    child.expect("Which aspiration")
    child.sendline("")
    child.expect("Step")
    child.sendline(step)


def _finish_client_goal(child, wording=None):
    child.expect("Step")
    child.sendline("")
    child.expect("Use this sentence")
    if wording is None:
        child.sendline("a")  # accepting saves
    else:
        child.sendline("e")
        child.sendline("\x15" + wording)  # the sentence waits on the line: Ctrl-U clears it
        child.expect(r"Save this goal\?")
        child.sendline("y")


def test_a_client_name_is_caught_as_soon_as_it_is_typed_and_edited_before_any_card(isolated_home):
    child = _spawn(["add"], isolated_home)
    child.expect("Your goal, in one sentence")
    child.sendline("Help patient Mary Jones manage her panic attacks")
    child.expect("your sentence may identify a client")
    child.expect("Mary Jones")
    child.expect(r"\[edit/go/draft\]")
    child.sendline("")  # Enter takes the safe choice: edit
    child.expect(r"Your goal, in one sentence \(edit it\)")
    child.sendline("\x15Help a client with panic disorder manage her panic attacks")
    child.expect("Your goal: ")  # the first card comes only now
    _answer_client_goal(child, step="Book the first session")
    _finish_client_goal(child)
    child.expect("Added goal 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Mary" not in child.before.split("(edit it)")[-1]  # no card ever echoed the name
    [goal] = _goals(isolated_home)
    history = _run(["history", "1", "--json"], isolated_home).stdout
    assert "Mary" not in history and "Mary" not in json.dumps(goal)
    assert goal["measure"]["target"] == 8 and _drafts(isolated_home) == []


def test_going_on_with_a_name_is_not_asked_again_at_save_but_a_new_one_is(isolated_home):
    child = _spawn(["add", "Help patient Mary Jones manage her panic attacks"], isolated_home)
    child.expect("your sentence may identify a client")
    child.expect(r"\[edit/go/draft\]")
    child.sendline("go")
    _answer_client_goal(child)
    child.expect("your answer may identify a client")   # the step, as soon as it is typed
    child.expect("512-555-0100")
    child.sendline("g")
    # the wording typed at the end names someone else: the check before saving asks about that one only
    _finish_client_goal(child, wording="Help patient Mary Jones and Mr. Smith manage panic attacks by August 13, 2026")
    child.expect("this goal may identify a client")
    child.expect("Smith")
    child.expect(r"\[edit/save/draft\]")
    child.sendline("save")
    child.expect("Added goal 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Mary Jones'" not in child.before.split("this goal may identify")[-1]
    [goal] = _goals(isolated_home)
    assert "Mary Jones" in goal["statement"] and "Mr. Smith" in goal["statement"]
    assert [s["text"] for s in goal["steps"]] == ["Call Mary at 512-555-0100"]
    assert _drafts(isolated_home) == []


def test_a_name_only_at_save_asks_and_declining_keeps_a_private_draft_to_edit_later(isolated_home):
    child = _spawn(["add", "Help a client with panic disorder manage her panic attacks"], isolated_home)
    _answer_client_goal(child, step="Book the first session")
    _finish_client_goal(child, wording="Help patient Mary Jones manage panic attacks (8 sessions) by August 13, 2026")
    child.expect("may identify a client")
    child.expect("Mary Jones")
    child.expect(r"\[edit/save/draft\]")
    child.sendline("maybe")  # not a choice: asked again
    child.expect("Please type edit, save or draft")
    child.sendline("draft")
    child.expect("Kept as a private draft")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert _goals(isolated_home) == []
    [path] = _drafts(isolated_home)
    assert "Mary Jones" in path.read_text() and path.stat().st_mode & 0o777 == 0o600

    child = _spawn(["add"], isolated_home)
    child.expect(r"Continue it\?")
    child.sendline("")
    child.expect("as you worded it")  # every question was answered: none is asked again
    child.expect(r"Save this goal\?")
    child.sendline("y")
    child.expect("may identify a client")
    child.expect(r"\[edit/save/draft\]")
    child.sendline("e")
    child.expect(r"Your goal \(edit it\)")
    child.sendline("\x15Help a client with panic disorder reduce panic attacks (8 sessions) by August 13, 2026")
    child.expect("Added goal 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Help a client with panic disorder reduce panic attacks (8 sessions) by August 13, 2026"
    assert "Mary" not in _run(["history", "1", "--json"], isolated_home).stdout and "Mary" not in json.dumps(goal)
    assert _drafts(isolated_home) == []


def test_keeping_a_draft_at_the_first_sentence_asks_it_again_with_the_sentence_on_the_line(isolated_home):
    child = _spawn(["add"], isolated_home)
    child.expect("Your goal, in one sentence")
    child.sendline("Help patient Mary Jones manage her panic attacks")
    child.expect(r"\[edit/go/draft\]")
    child.sendline("draft")
    child.expect("Kept as a private draft")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0 and _goals(isolated_home) == []
    [path] = _drafts(isolated_home)
    assert json.loads(path.read_text())["pending"] == {"question": "statement",
                                                        "text": "Help patient Mary Jones manage her panic attacks"}
    child = _spawn(["add"], isolated_home)
    child.expect(r"Continue it\?")
    child.sendline("")
    child.expect("Your goal, in one sentence: Help patient Mary Jones manage her panic attacks")
    child.sendline("\x1b[H")  # nothing changed: Enter keeps the sentence, and the check asks again
    child.expect(r"\[edit/go/draft\]")
    child.sendintr()
    child.expect(r"kept as a private\s+draft")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1 and _goals(isolated_home) == []
    [path] = _drafts(isolated_home)
    assert "Mary Jones" in json.loads(path.read_text())["pending"]["text"]


def test_ctrl_c_at_the_privacy_question_keeps_a_draft(isolated_home):
    child = _spawn(["add", "Help a client with panic disorder manage her panic attacks"], isolated_home)
    _answer_client_goal(child)
    child.expect(r"\[edit/go/draft\]")
    child.sendintr()
    child.expect(r"your sentence and the answers you entered are kept as a private\s+draft")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert _goals(isolated_home) == []
    [path] = _drafts(isolated_home)
    kept = json.loads(path.read_text())
    assert kept["pending"] == {"question": "step", "text": "Call Mary at 512-555-0100"}
    assert kept["values"]["target"] == 8


def test_declining_the_final_card_keeps_a_draft(isolated_home):
    child = _spawn(["add", "Pass the NCE"], isolated_home)
    child.expect("A number to log progress against")
    child.sendline("")  # pass or not: no number to log
    child.expect("By when")
    child.sendline("August 31")
    child.expect("Why does it matter")
    child.sendline("")
    child.expect("Which aspiration")
    child.sendline("")
    child.expect("Step")
    child.sendline("")
    child.expect("Use this sentence")
    child.sendline("d")  # the composed sentence, kept as a draft
    child.expect("Kept as a draft")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [goal] = _goals(isolated_home)
    assert goal["status"] == "draft" and goal["statement"] == "Pass the NCE by August 31, 2026"


def test_a_deadline_before_a_given_start_is_asked_again_not_failed_at_save(isolated_home):
    child = _spawn(["add", "Pass the NCE", "--start", "2027-12-01"], isolated_home)
    child.expect("A number to log progress against")
    child.sendline("")
    child.expect("By when")
    child.sendline("June 30 2027")
    child.expect("before the start date 2027-12-01: type a date on or after 2027-12-01")
    child.expect("By when")
    # the refused date waits on the line; without its year, June 30 is the next one after the start
    child.sendline("\b\b\b\b\b")
    child.expect("Why does it matter")
    child.sendline("so that I can get licensed")
    child.expect("Which aspiration")
    child.sendline("")
    child.expect("Step")
    child.sendline("Book the exam")
    child.expect("Step")
    child.sendline("")
    child.expect("Use this sentence")
    child.sendline("a")  # accepting saves: no second question
    child.expect("Added goal 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Pass the NCE by June 30, 2028, so that I can get licensed"
    assert goal["start_date"] == "2027-12-01" and goal["deadline"] == "2028-06-30"
    assert goal["why"] == "so that I can get licensed" and [s["text"] for s in goal["steps"]] == ["Book the exam"]
    assert _drafts(isolated_home) == []


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
