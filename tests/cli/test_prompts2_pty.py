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

def _licensed(home):  # New York: the path's national milestones (California, Florida, Texas: their own routes)
    _goals(home, "license", "add", "NY LMHC", "--profile", "example-ny-lmhc", "--renews", "2027-03-31",
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
                           ("Use this sentence", "a")):
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
    child.expect(r"A new deadline\?")  # (trial 23 #6: it offers the card's date; Enter keeps the one given)
    child.expect(r"\(Enter keeps [^)]*\)")
    child.sendline("someday")
    child.expect("Can't read the date")
    child.expect(r"A new deadline\?[\s\S]*\(clear the line to skip\)")
    child.expect("someday")
    child.sendline(CLEAR)                            # skipped: the deadline stays friday
    index = child.expect(["Your plan", "Hours a week", "Step"])
    assert index in (0, 1, 2)
    _interrupt(child, "Stopped")                     # stop here: what matters is what was kept
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
    _interrupt(child, "Stopped")
    child.expect(pexpect.EOF)


# --- goals review ----------------------------------------------------------------------------

def _review_setup(home):
    """Goal 1 due in 7 days with two steps; goal 2 stale with 10 of 20 hours
    logged six weeks ago (both need a review)."""
    for args, day in ((("add", "Pass the NCE", "--due", "2026-05-20", "--step", "Book the exam", "--step",
                        "Practice test"), "2026-04-01"),
                      (("add", "Complete 20 CE hours", "--due", "2026-12-31", "--target", "20", "--unit", "hours"),
                       "2026-04-01"),
                      (("log", "2", "10"), "2026-04-01")):
        out = subprocess.run([sys.executable, "-m", "clingoals", *args], env=_env(home, CLINGOALS_TODAY=day),
                             capture_output=True, text=True, stdin=subprocess.DEVNULL)
        assert out.returncode == 0, out.stderr


def test_review_refused_answers_wait_on_the_line_and_an_emptied_line_skips(isolated_home):
    """Item 4: steps, progress and energy each keep a refused answer on the
    line; clearing it does what the prompt says (none / skip)."""
    _review_setup(isolated_home)
    child = _spawn(isolated_home, "review")
    child.expect("Goal 1: Pass the NCE")
    child.expect(r"Steps done \(numbers separated by spaces\) \(Enter for none\)")
    child.sendline("7")
    child.expect("not an open step")
    child.expect(r"Steps done \(numbers separated by spaces\) \(clear the line for none\)")
    child.expect("7")
    child.sendline(CLEAR)                            # none done
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect("Saved goal 1")
    child.expect(r"Progress to log toward 20 hours \(Enter to skip\)")
    child.sendline("three")
    child.expect("Please type a number")
    child.expect(r"Progress to log toward 20 hours \(clear the line to skip\)")
    child.expect("three")
    child.sendline(CLEAR)                            # skipped: nothing logged, not 'three' again
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect("Saved goal 2")
    for _ in range(4):
        child.expect(r"\(Enter to skip\)")
        child.sendline("")
    child.expect(r"Energy, 1-5 \(Enter to skip\)")
    child.sendline("9")
    child.expect("Please type a whole number from 1 to 5")
    child.expect(r"Energy, 1-5 \(clear the line to skip\)")
    child.sendline(CLEAR)
    child.expect(r"Stress, 1-5 \(Enter to skip\)")
    child.sendline("0")
    child.expect("Please type a whole number from 1 to 5")
    child.sendline("\b2")                            # the refused 0 corrected on the line
    child.expect("Review done")
    _ended(child)
    assert [s["done"] for s in _goals(isolated_home, "show", "1", "--json")["steps"]] == [False, False]
    assert _goals(isolated_home, "show", "2", "--json")["measure"]["current"] == 10
    [entry] = _goals(isolated_home, "journal", "list", "--kind", "reflection", "--json")
    assert (entry["energy"], entry["stress"]) == (None, 2)


def test_review_energy_refused_then_cleared_keeps_todays_earlier_answer(isolated_home):
    """Item 4: going over today's review again, Energy shows today's answer;
    a refused answer cleared from the line keeps it, as '(… to keep it)' says."""
    _goals(isolated_home, "add", "Walk daily", "--due", "2027-01-31", "--personal")
    answers = isolated_home.parent / "answers.json"
    answers.write_text(json.dumps({"goals": [], "energy": 4, "stress": 2}))
    _goals(isolated_home, "review", "--answers", str(answers))
    child = _spawn(isolated_home, "review", "--all")
    child.expect("Goal 1: Walk daily")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    for _ in range(4):
        child.expect(r"\((Enter to skip|Enter keeps it)\)")
        child.sendline("")
    child.expect(r"Energy, 1-5 \(Enter keeps it\)\r\n  \[4\]\r\n> ")  # the one layout (trial 13)
    child.sendline("high")
    child.expect("Please type a whole number from 1 to 5")
    child.expect(r"Energy, 1-5 \(clear the line to keep it\)\r\n  \[4\]\r\n> ")
    child.sendline(CLEAR)
    child.expect("Stress")
    child.sendline("")
    child.expect("Review done")
    _ended(child)
    [entry] = _goals(isolated_home, "journal", "list", "--kind", "reflection", "--json")
    assert (entry["energy"], entry["stress"]) == (4, 2)


def test_review_resumes_a_goal_where_the_person_was_after_ctrl_c(isolated_home):
    """Item 5: progress typed, Ctrl-C at the decision; the next review takes
    the progress up (shown, and on its line to keep or correct) and asks the decision."""
    _review_setup(isolated_home)
    child = _spawn(isolated_home, "review")
    child.expect("Steps done")
    child.sendline("1")
    child.expect(r"Keep, adjust")
    child.sendline("keep")
    child.expect("Saved goal 1")
    child.expect("Progress to log toward 20 hours")
    child.sendline("4")
    child.expect(r"Keep, adjust")
    _interrupt(child, "Review paused: 1 goal saved")
    child.expect("The 1 answer you had finished there is kept as a private draft")
    _ended(child, 1)
    assert _goals(isolated_home, "show", "2", "--json")["measure"]["current"] == 10  # not saved yet

    child = _spawn(isolated_home, "review")
    child.expect("You had finished 1 answer when the review paused")
    child.expect("Goal 2: Complete 20 CE hours")
    child.expect(r"Progress to log toward 20 hours: 4 +\(your answer before the pause\)")
    child.expect(r"Progress to log toward 20 hours \(clear the line to skip\)")  # on its line: Enter keeps it
    child.sendline("")
    child.expect(r"Keep, adjust")                    # asked where the person was
    child.sendline("keep")
    child.expect("Saved goal 2")
    child.expect("What did you achieve")
    _interrupt(child, "Review paused: 2 goals saved")
    _ended(child, 1)
    assert _goals(isolated_home, "show", "2", "--json")["measure"]["current"] == 14
    assert not list((isolated_home / "drafts").iterdir())


def test_review_resumes_the_reflection_after_the_answers_already_given(isolated_home):
    """Item 5: two reflection answers given, Ctrl-C while typing the third;
    the next review takes the two up and puts the half-typed third back on
    its line."""
    _goals(isolated_home, "add", "Walk daily", "--due", "2027-01-31", "--personal")
    child = _spawn(isolated_home, "review")
    child.expect(r"Review the other 1 goal too\?")
    child.sendline("n")
    child.expect("What did you achieve")
    child.sendline("Walked four times")
    child.expect("What got in the way")
    child.sendline("")
    child.expect("still care")
    child.send("Yes, all of th")
    child.expect("all of th")
    _interrupt(child, "Review paused: 0 goals saved")
    child.expect("The 2 answers you had finished there are kept as private drafts")
    child.expect("The answer you were typing is kept")
    _ended(child, 1)

    child = _spawn(isolated_home, "review")
    child.expect("You had finished 2 answers when the review paused")
    child.expect(r"Review the other 1 goal too\?")
    child.sendline("n")
    child.expect(r"What did you achieve since the last review: Walked four times +\(your answer before the pause\)")
    child.expect(r"What did you achieve since the last review \(clear the line to skip\)")  # asked, as every one
    child.sendline("")                               # taken up is (review2: these two were only printed)
    child.expect(r"What got in the way, and how did you handle it: \(nothing: skipped\)")
    child.expect(r"What got in the way, and how did you handle it \(Enter to skip\)")
    child.sendline("")
    child.expect(r"should one change: unfinished")
    child.expect(r"still care.*\(clear the line to skip\)")  # text on the line: Enter would send it
    child.expect("all of th")                        # the half-typed answer, back on its line
    child.sendline("em")
    child.expect("One focus")
    child.sendline("")
    child.expect("Energy")
    child.sendline("")
    child.expect("Stress")
    child.sendline("")
    child.expect("Review done")
    _ended(child)
    [entry] = _goals(isolated_home, "journal", "list", "--kind", "reflection", "--json")
    assert (entry["achieved"], entry["obstacles"], entry["still_care"]) == \
        ("Walked four times", None, "Yes, all of them")
    assert not list((isolated_home / "drafts").iterdir())


# --- Ctrl-C while editing a line ---------------------------------------------------------------

def _journal_drafts(home):
    folder = home / "drafts"
    found = [json.loads(p.read_text()) for p in sorted(folder.iterdir())] if folder.exists() else []
    return [d for d in found if d["kind"] in ("note", "supervisor", "peer", "client", "reflection")
            and "text" in d and "field" not in d]


def test_a_half_edited_continued_journal_draft_is_kept_beside_it(isolated_home):
    """Item 6: Ctrl-C while a continued journal draft is edited on the line:
    the half-edited line is kept as a draft of its own, and the draft
    continued stays as it was."""
    first = "Noticed I checked email at 9pm"
    child = _spawn(isolated_home, "journal")
    child.expect("Kind of entry")
    child.sendline("")
    child.expect("Your entry")
    child.send(first)
    child.expect("9pm")
    _interrupt(child, "the line you were typing is not lost")
    _ended(child, 1)

    child = _spawn(isolated_home, "journal")
    child.expect(r"Continue it\?")
    child.sendline("y")
    child.expect(r"Your entry \(edit it\)\r\n> " + first)
    child.send(" twice this wee")
    child.expect("this wee")
    _interrupt(child, "The line you were editing is kept as a private draft too")
    child.expect("kept as it was")
    _ended(child, 1)
    assert sorted(d["text"] for d in _journal_drafts(isolated_home)) == [first, first + " twice this wee"]
    assert _goals(isolated_home, "journal", "list", "--json") == []


def test_a_half_edited_path_statement_is_printed_back_to_copy(isolated_home):
    """Item 6: Ctrl-C while a milestone's statement is edited: nothing is
    saved, and the half-edited line is printed back with what was typed."""
    _licensed(isolated_home)
    child = _spawn(isolated_home, "path", "start", "clinical-supervisor")
    child.expect("Keep, edit or skip")
    child.sendline("e")
    child.expect("Statement")
    child.send(CLEAR + "Complete the BBS 15-hour super")
    child.expect("15-hour super")
    _interrupt(child, "What you typed, to copy:")
    child.expect("Complete the BBS 15-hour super")
    _ended(child, 1)
    assert _goals(isolated_home, "list", "--json") == []


# --- the guided journal asks the entry's kind --------------------------------------------------

def test_the_guided_journal_asks_the_kind_and_enter_is_a_note(isolated_home):
    """Item 7: at a terminal with no text, the journal asks what the entry
    is, as --feedback would say it; a refused answer waits on the line, a
    first letter is enough, and Enter means a note."""
    child = _spawn(isolated_home, "journal")
    child.expect("Kind of entry")
    child.expect(r"\[note/supervisor/peer/client\] \(Enter for a note\)")
    child.sendline("boss")
    child.expect("Please type note, supervisor, peer or client")
    child.expect(r"\(clear the line for a note\)")
    child.sendline(CLEAR + "s")
    child.expect("Your entry")
    child.sendline("Supervision today: slow down before interpreting")
    child.expect("Saved journal entry 1")
    _ended(child)

    child = _spawn(isolated_home, "journal")
    child.expect("Kind of entry")
    child.sendline("")
    child.expect("Your entry")
    child.sendline("Walked after lunch")
    child.expect("Saved journal entry 2")
    _ended(child)
    kinds = {e["text"]: e["kind"] for e in _goals(isolated_home, "journal", "list", "--json")}
    assert kinds == {"Supervision today: slow down before interpreting": "supervisor", "Walked after lunch": "note"}


def test_the_kind_asked_goes_with_a_half_typed_entry_kept_at_ctrl_c(isolated_home):
    child = _spawn(isolated_home, "journal")
    child.expect("Kind of entry")
    child.sendline("feedback from a peer")
    child.expect("Your entry")
    child.send("Dana said my case notes are cle")
    child.expect("are cle")
    _interrupt(child, "the line you were typing is not lost")
    _ended(child, 1)
    [draft] = _journal_drafts(isolated_home)
    assert (draft["kind"], draft["text"]) == ("peer", "Dana said my case notes are cle")


def test_journal_with_feedback_given_does_not_ask_the_kind(isolated_home):
    child = _spawn(isolated_home, "journal", "--feedback", "client")
    child.expect("Your entry")
    child.sendline("Said the homework helped")
    child.expect("Saved journal entry 1")
    _ended(child)
    [entry] = _goals(isolated_home, "journal", "list", "--json")
    assert entry["kind"] == "client"


def test_an_entry_typed_at_the_kind_question_is_kept_for_the_entry_line(isolated_home):
    # a person who starts writing at the first prompt had the sentence refused as a kind and had to retype it
    child = _spawn(isolated_home, "journal")
    child.expect(r"\[note/supervisor/peer/client\]")
    child.sendline("Supervision today went well, we talked about boundaries with late calls")
    child.expect("That reads like the entry itself: it is kept for the entry line")
    child.expect(r"\[note/supervisor/peer/client\]")
    child.sendline("s")
    child.expect("Supervision today went well, we talked about boundaries with late calls")  # on the entry line
    child.sendline(" and I felt heard.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [entry] = _goals(isolated_home, "journal", "list", "--json")
    assert entry["kind"] == "supervisor"
    assert entry["text"] == "Supervision today went well, we talked about boundaries with late calls and I felt heard."


def test_ctrl_c_after_an_entry_typed_at_the_kind_question_keeps_it_as_a_draft(isolated_home):
    child = _spawn(isolated_home, "journal")
    child.expect(r"\[note/supervisor/peer/client\]")
    child.sendline("Second thoughts about the supervision session and my own reactions")
    child.expect("kept for the entry line")
    child.expect(r"\[note/supervisor/peer/client\]")
    child.sendintr()
    child.expect("the entry you typed is not lost")
    child.expect(pexpect.EOF)
    child.close()
    [draft] = _goals(isolated_home, "drafts", "--json")
    assert draft["kind"] == "journal" and draft["preview"].startswith("Second thoughts about the supervision")
    assert _goals(isolated_home, "journal", "list", "--json") == []
