"""New-user trial 5's prompt items in a real pseudo-terminal, typed as a
person would: a half-typed answer kept at Ctrl-C goes back on its question
when the conversation continues, even where the card no longer needs it
(item 1); a half-typed journal entry is kept as a journal draft (item 10);
texts to edit wait on the input line, and an emptied one says what it keeps
(items 20, 21); yes/no questions say what to type (item 23)."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pexpect
import pytest
# the same way of typing at `goals add` as the earlier trials' tests
from test_add_trial_pty import _answer, _drafts, _env, _finish, _goals, _spawn
from test_add_trial4_pty import _interrupt

pytestmark = pytest.mark.slow

TIMEOUT = 30
WALK = "Walk 30 minutes a day to prevent burnout"
# the count of walks to the deadline, offered as the number to log against since trial 9: cleared, so skipped
SKIP_COUNT = ("A number to log progress against", "\x15")


def _journal(home):
    out = subprocess.run([sys.executable, "-m", "clingoals", "journal", "list", "--json"], capture_output=True,
                         text=True, env=_env(home, "2026-11-23"), check=True).stdout
    return json.loads(out)


def _journal_drafts(home):
    folder = home / "drafts"
    return [json.loads(p.read_text()) for p in sorted(folder.glob("journal-*.json"))] if folder.is_dir() else []


def _stop_at_hours(home, typed="3 hours"):
    child = _spawn(["add", WALK, "--personal"], home)
    # the plan skipped: Achievable still short, so hours a week are asked (trial 12 P3)
    _answer(child, [("By when", "in 8 weeks"), SKIP_COUNT, ("Your plan", "")])
    child.expect("Hours a week you can give it")
    child.send(typed)
    child.expect(typed)
    _interrupt(child, r"the line you were typing are\s+kept")
    _finish(child, code=1)
    [path] = _drafts(home)
    assert json.loads(path.read_text())["pending"] == {"question": "hours", "text": typed}


def _rest(child, *, save="y"):
    while child.expect(["How confident", "Why does it matter", "Which aspiration", "Step", "Use this sentence",
                        r"Save this goal\? \[Y/n\]", "Added goal 1"]) < 6:
        child.sendline("a" if "sentence" in child.after else save if "Save" in child.after else "")


# --- item 1 ----------------------------------------------------------------------------------

def test_a_pending_answer_goes_back_on_its_question_though_the_card_no_longer_needs_it(isolated_home):
    _stop_at_hours(isolated_home)
    # a draft kept by an earlier version, which asked hours after a plan that met Achievable
    [path] = _drafts(isolated_home)
    draft = json.loads(path.read_text())
    draft["values"]["plan"] = "Lunch-break walks with a colleague"
    path.write_text(json.dumps(draft))
    child = _spawn(["add"], isolated_home)
    _answer(child, [(r"Continue it\?", "y")])
    child.expect("Achievable    ✔ 2/2")  # the plan answered before: the card needs no hours now
    child.expect("When you stopped you were typing an answer to this question")
    child.expect(r"Hours a week you can give it \(clear the line to skip\): 3 hours")
    child.sendline("")  # Enter takes the line as it waits
    _rest(child)
    shown = _finish(child)
    assert "When you stopped last time you were typing" not in shown
    [goal] = _goals(isolated_home)
    assert goal["hours_per_week"] == 3
    assert _drafts(isolated_home) == []


def test_clearing_the_pending_line_skips_that_question(isolated_home):
    _stop_at_hours(isolated_home)
    child = _spawn(["add"], isolated_home)
    _answer(child, [(r"Continue it\?", "y")])
    child.expect(r"Hours a week you can give it \(clear the line to skip\): 3 hours")
    child.sendline("\x15")  # Ctrl-U, then Enter
    _rest(child)
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["hours_per_week"] is None


def test_a_refused_number_waits_on_the_line_to_be_corrected(isolated_home):
    child = _spawn(["add", WALK, "--personal"], isolated_home)
    _answer(child, [("By when", "in 8 weeks"), SKIP_COUNT, ("Your plan", ""), ("Hours a week", "about three")])
    # hours that don't read are shown hours, as every command shows them (trial 23 #15: "two" got "0 to 168")
    child.expect(r"'about three' is not a number of hours: type one like 1\.5, 6 or 0\.75, or clear the line to skip")
    child.expect("Hours a week you can give it .*: about three")
    child.sendline("\x15" + "3.5 h a week")
    _rest(child)
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["hours_per_week"] == 3.5


def test_a_line_typed_while_editing_the_wording_is_offered_back_and_used(isolated_home):
    child = _spawn(["add", WALK, "--personal"], isolated_home)
    _answer(child, [("By when", "in 8 weeks"), SKIP_COUNT, ("Your plan", ""), ("Hours a week", "3")])
    while child.expect(["Why does it matter", "Which aspiration", "Step", "Use this sentence"]) < 3:
        child.sendline("")
    child.sendline("e")
    child.expect(r"Your wording \(edit it\)")
    child.send("\x15Walk 30 minutes at lunch on weekdays until Janu")
    child.expect("until Janu")
    _interrupt(child, r"the line you were typing are\s+kept")
    _finish(child, code=1)

    child = _spawn(["add"], isolated_home)
    _answer(child, [(r"Continue it\?", "y")])
    child.expect("When you stopped you were editing 'Your goal': Walk 30 minutes at lunch on weekdays until Janu")
    _answer(child, [(r"Use what you typed\? \[Y/n\]", "")])
    _rest(child)
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Walk 30 minutes at lunch on weekdays until Janu"


# --- items 21 and 23 -------------------------------------------------------------------------

def test_an_emptied_edit_says_it_keeps_the_composed_sentence_and_yes_no_says_what_to_type(isolated_home):
    child = _spawn(["add", WALK, "--personal"], isolated_home)
    _answer(child, [("By when", "in 8 weeks"), SKIP_COUNT, ("Your plan", ""), ("Hours a week", "3")])
    while child.expect(["Why does it matter", "Which aspiration", "Step", "Use this sentence"]) < 3:
        child.sendline("")
    child.sendline("e")
    child.expect(r"Your wording \(edit it\)")
    child.sendline("\x15")
    child.expect("Empty: keeping the composed sentence.")
    child.expect(r"Save this goal\? \[Y/n\]")
    child.sendline("maybe")
    child.expect("Please answer yes or no.")
    child.expect(r"Save this goal\? \[Y/n\]")
    child.sendline("yes")
    shown = _finish(child)
    assert "Error: invalid input" not in shown
    [goal] = _goals(isolated_home)
    # the deadline goes before the sentence's reason (trial 12 P2)
    assert goal["status"] == "active" and goal["statement"] == \
        "Walk 30 minutes a day through January 18, 2027, to prevent burnout"


# --- item 10 ---------------------------------------------------------------------------------

def _journal_child(home, *, redirect=False):
    env = {k: v for k, v in _env(home, "2026-11-23").items() if k not in ("EDITOR", "VISUAL")}
    if redirect:  # stdout not a terminal: input() can't use readline
        child = pexpect.spawn("/bin/sh", ["-c", f"exec {sys.executable} -m clingoals journal > {home}/out.txt"],
                              env=env, encoding="utf-8", timeout=TIMEOUT, dimensions=(40, 100))
    else:
        child = pexpect.spawn(sys.executable, ["-m", "clingoals", "journal"], env=env, encoding="utf-8",
                              timeout=TIMEOUT, dimensions=(40, 100))
    child.logfile_read = io.StringIO()
    return child


def test_ctrl_c_keeps_a_half_typed_journal_entry_as_a_journal_draft(isolated_home):
    typed = "Noticed I checked email at 9pm twice this wee"
    child = _journal_child(isolated_home)
    child.expect("Kind of entry")
    child.sendline("")  # a note
    child.expect("Your entry")
    child.send(typed)
    child.expect("this wee")
    _interrupt(child, "the line you were typing is not lost")
    child.expect("Kept as a private draft in")
    _finish(child, code=1)
    assert _journal(isolated_home) == []
    [draft] = _journal_drafts(isolated_home)
    assert draft["text"] == typed

    child = _journal_child(isolated_home)
    _answer(child, [(r"Continue it\?", "y")])
    child.expect(r"Your entry \(edit it\)\r\n> " + typed)  # back on the line, to finish
    child.sendline("k")
    child.expect("Saved journal entry 1")
    _finish(child)
    assert [e["text"] for e in _journal(isolated_home)] == [typed + "k"]
    assert _journal_drafts(isolated_home) == []


def test_without_readline_the_journal_says_the_unfinished_line_is_not_kept(isolated_home):
    child = _journal_child(isolated_home, redirect=True)
    child.expect("Kind of entry")
    child.sendline("")  # a note
    child.expect("Your entry")
    child.send("Noticed I checked")
    _interrupt(child, "can't be read back here")
    _finish(child, code=1)
    assert _journal_drafts(isolated_home) == [] and _journal(isolated_home) == []


# --- item 20: the review's answer edited at the privacy check --------------------------------

def test_a_review_answer_edited_at_the_privacy_check_waits_on_the_line(isolated_home):
    subprocess.run([sys.executable, "-m", "clingoals", "add", "Pass the NCE", "--due", "2027-03-31",
                    "--target", "1", "--unit", "exam"], env=_env(isolated_home, "2026-11-23"), check=True,
                   capture_output=True)
    child = pexpect.spawn(sys.executable, ["-m", "clingoals", "review", "--all"], env=_env(isolated_home, "2026-11-23"),
                          encoding="utf-8", timeout=TIMEOUT, dimensions=(40, 100))
    child.logfile_read = io.StringIO()
    _answer(child, [("Progress to log", ""), (r"Keep, adjust", "keep"),
                    ("What did you achieve", "Talked with Mr. Johnson about the exam")])
    child.expect(r"\[edit/save/draft\]")
    child.sendline("edit")
    child.expect(r"\(edit it\)\r\n> Talked with Mr. Johnson about the exam")
    child.sendline("\x15Talked with my supervisor about the exam")
    while child.expect([r"What got in the way", "Do you still care", "One focus", "Energy", "Stress",
                        "Review done"]) < 5:
        child.sendline("")
    _finish(child)
    out = json.dumps(_journal(isolated_home))  # the reflection is a journal entry
    assert "Talked with my supervisor about the exam" in out and "Johnson" not in out


# --- item 22: goals profile add ---------------------------------------------------------------

def _profile_child(home, *, redirect=False):
    if redirect:  # stdout not a terminal: no line editing, so no text can wait on the line
        child = pexpect.spawn("/bin/sh", ["-c", f"exec {sys.executable} -m clingoals profile add > {home}/out.txt"],
                              env=_env(home, "2026-11-23"), encoding="utf-8", timeout=TIMEOUT, dimensions=(40, 100))
    else:
        child = pexpect.spawn(sys.executable, ["-m", "clingoals", "profile", "add"], env=_env(home, "2026-11-23"),
                              encoding="utf-8", timeout=TIMEOUT, dimensions=(40, 100))
    child.logfile_read = io.StringIO()
    _answer(child, [("Strengths", "rapport"), ("Areas to grow", ""), ("Interests", "")])
    return child


def _profile(home):
    out = subprocess.run([sys.executable, "-m", "clingoals", "profile", "--json"], capture_output=True, text=True,
                         env=_env(home, "2026-11-23"), check=True).stdout
    return json.loads(out)


def test_profile_skills_name_every_bad_pair_and_the_bad_answer_waits_on_the_line(isolated_home):
    child = _profile_child(isolated_home)
    _answer(child, [(r"Clinical skills.*\(e.g. CBT=4; DBT=2\)", "CBT=4; DBT=six; EMDR=9")])
    child.expect(r"Rate 'DBT' from 1 to 5 \(got 'six'\); Rate 'EMDR' from 1 to 5 \(got '9'\)\. Fix them below")
    child.expect(r"Clinical skills.*: CBT=4; DBT=six; EMDR=9")  # the same layout, the answer on the line
    child.sendline("")  # Enter sends what is on the line: still refused, never taken
    child.expect("Fix them below")
    child.sendline("\x15CBT=4; DBT=2; EMDR=3")
    _answer(child, [(r"Interpersonal skills.*active listening=4;\s+conflict\s+resolution=3\)", "empathy=5"),
                    (r"Administrative skills.*documentation=3;\s+scheduling=4\)", "")])
    child.expect("Recorded your self-assessment")
    _finish(child)
    assert _profile(isolated_home)["skills"] == {"clinical": {"CBT": 4, "DBT": 2, "EMDR": 3},
                                                 "interpersonal": {"empathy": 5}}


def test_without_line_editing_enter_at_the_re_ask_skips_instead_of_resubmitting(isolated_home):
    child = _profile_child(isolated_home, redirect=True)
    _answer(child, [("Clinical skills", "CBT=4; DBT=six")])
    child.expect("You typed: CBT=4; DBT=six")
    child.expect(r"Clinical skills as SKILL=RATING 1-5, separated by ; \(e.g. CBT=4; DBT=2\): ")
    child.sendline("")
    _answer(child, [("Interpersonal skills", ""), ("Administrative skills", "")])
    child.expect("Recorded your self-assessment")
    shown = _finish(child)
    assert "[CBT=4; DBT=six]" not in shown
    assert _profile(isolated_home)["skills"] == {}


# --- item 12: the review's new target takes a unit ---------------------------------------------

def _run(home, *args):
    return subprocess.run([sys.executable, "-m", "clingoals", *args], env=_env(home, "2026-11-23"),
                          capture_output=True, text=True)


def _review_adjust_target(home, answers):
    child = pexpect.spawn(sys.executable, ["-m", "clingoals", "review", "--all"], env=_env(home, "2026-11-23"),
                          encoding="utf-8", timeout=TIMEOUT, dimensions=(40, 100))
    child.logfile_read = io.StringIO()
    _answer(child, [(r"Keep, adjust", "adjust"), ("New deadline", ""), *answers, ("New plan", ""),
                    ("Why the change", ""), ("Progress to log", "")])  # a first target: its progress asked (s13)
    child.expect("Saved goal 1")
    while child.expect(["What did you achieve", "What got in the way", "Do you still care", "One focus", "Energy",
                        "Stress", "Review done"]) < 6:
        child.sendline("")
    return _finish(child)


def test_the_reviews_new_target_takes_a_number_and_a_unit(isolated_home):
    assert _run(isolated_home, "add", "Walk after lunch on weekdays", "--due", "2027-03-31").returncode == 0
    shown = _review_adjust_target(isolated_home, [("New target", "20 walks")])
    assert "Please type a number" not in shown
    measure = json.loads(_run(isolated_home, "show", "1", "--json").stdout)["measure"]
    assert (measure["target"], measure["unit"]) == (20, "walks")


def test_a_bare_number_asks_what_it_counts_when_the_goal_has_no_unit(isolated_home):
    assert _run(isolated_home, "add", "Walk after lunch on weekdays", "--due", "2027-03-31").returncode == 0
    _review_adjust_target(isolated_home, [("New target", "twenty"), ("isn't a number to log against", "\x1520"),
                                          ("What does 20 count", "walks")])
    measure = json.loads(_run(isolated_home, "show", "1", "--json").stdout)["measure"]
    assert (measure["target"], measure["unit"]) == (20, "walks")


def test_a_bare_number_keeps_the_goals_unit(isolated_home):
    assert _run(isolated_home, "add", "Complete 20 CE hours", "--due", "2027-03-31", "--target", "20",
                "--unit", "CE hours").returncode == 0
    child_answers = [("Progress to log", "")]
    child = pexpect.spawn(sys.executable, ["-m", "clingoals", "review", "--all"], env=_env(isolated_home, "2026-11-23"),
                          encoding="utf-8", timeout=TIMEOUT, dimensions=(40, 100))
    child.logfile_read = io.StringIO()
    _answer(child, [*child_answers, (r"Keep, adjust", "adjust"), ("New deadline", ""),
                    (r"New target \(now 20 CE hours", "30"), ("New plan", ""), ("Why the change", "")])
    child.expect("Saved goal 1")
    shown = " ".join(child.logfile_read.getvalue().split())
    assert "What does 30 count" not in shown
    # The reflection can wait: the goal is saved. Ctrl-C once its question is
    # on the screen, again if a loaded machine lost the first (as a person would).
    child.expect("What did you achieve")
    child.sendintr()
    if child.expect([r"Review paused", pexpect.TIMEOUT], timeout=8) == 1:
        child.sendintr()
        child.expect(r"Review paused")
    _finish(child, code=1)
    measure = json.loads(_run(isolated_home, "show", "1", "--json").stdout)["measure"]
    assert (measure["target"], measure["unit"]) == (30, "CE hours")
