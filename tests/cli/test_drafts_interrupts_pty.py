"""New-user trials 3 (items 8-11 and 17) and 4, in a real pseudo-terminal: drafts
offered newest first with 'discard' and one after another, the same text
kept once, Ctrl-C saying one clear thing (never
Click's "Aborted!") and keeping typed answers, Ctrl-C at the review's
privacy choice pausing the review, the suggested decision after a
correction, and a scripted `goals add` whose privacy choice defaults to safe."""

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


def _goals(home, *args):
    env = {**os.environ, **ENV, "CLINGOALS_HOME": str(home)}
    # never the terminal pytest runs in: these commands are the scripted, terminal-less kind
    return subprocess.run([sys.executable, "-m", "clingoals", *args], env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL)


def _json(home, *args):
    out = _goals(home, *args, "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _spawn(home, *args):
    return spawn_goals(home, *args, env=ENV, without=("EDITOR", "VISUAL"))  # the same on every machine


def _interrupt(child, expected):
    """Ctrl-C, pressed again if a loaded machine missed the first one."""
    child.sendintr()
    if child.expect([expected, pexpect.TIMEOUT], timeout=8) == 1:
        child.sendintr()
        child.expect(expected)


def _finish(child):
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def _drafts(home):
    return sorted((home / "drafts").glob("*.json")) if (home / "drafts").is_dir() else []


def test_journal_drafts_are_offered_newest_first_and_an_older_one_can_be_discarded(isolated_home):
    for text in ("Mrs. Patel, 14 Elm Street, cancelled again", "Session with Mr. Johnson, DOB 3/4/1988"):
        assert _goals(isolated_home, "journal", text).returncode == 1      # kept as drafts (no terminal)
    child = _spawn(isolated_home, "journal")
    child.expect(r"\(1 of 2\)")
    child.expect("Johnson")                                                # the newest first
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("maybe")
    child.expect("Please type yes, no or discard")
    child.sendline("no")                                                   # later: the older one is offered
    child.expect(r"\(2 of 2\)")
    child.expect("Patel")
    child.sendline("discard")
    child.expect("Discarded: the draft is gone")
    child.expect("1 draft kept for later")
    child.expect("Kind of entry")                                          # then a new entry
    child.sendline("")
    child.expect("Your entry")                                             # no editor set: asked on one line
    _interrupt(child, "Stopped; nothing was saved.")
    assert _finish(child) == 1
    [left] = _drafts(isolated_home)
    assert "Johnson" in left.read_text()
    assert _json(isolated_home, "journal", "list") == []


def test_a_goal_draft_can_be_discarded_when_offered(isolated_home):
    child = _spawn(isolated_home, "add")
    child.expect("Your goal, in one sentence")
    child.sendline("Get better at boundaries with my manager")
    child.expect(r"skip\): ")
    _interrupt(child, "kept as a private draft")
    assert _finish(child) == 1 and len(_drafts(isolated_home)) == 1
    child = _spawn(isolated_home, "add")
    child.expect("You stopped drafting a goal")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("discard")
    child.expect("Discarded")
    child.expect("Your goal, in one sentence")
    _interrupt(child, "Stopped; nothing was saved")
    assert _finish(child) == 1
    assert _drafts(isolated_home) == [] and _json(isolated_home, "list") == []


def test_ctrl_c_at_a_yes_no_question_stops_clearly(isolated_home):
    assert _goals(isolated_home, "add", "Pass the NCE", "--due", "2026-09-30").returncode == 0
    child = _spawn(isolated_home, "delete", "1")
    child.expect(r"\[y/N\]")
    _interrupt(child, "Stopped; nothing was saved.")
    assert _finish(child) == 1 and "Aborted" not in child.before
    assert [g["id"] for g in _json(isolated_home, "list")] == [1]


def test_ctrl_c_while_reviewing_a_path_stops_and_prints_back_what_was_rewritten(isolated_home):
    child = _spawn(isolated_home, "path", "start", "clinical-supervisor", "--target-date", "2028-12-31")
    child.expect("Keep, edit or skip")
    child.sendline("k")
    child.expect("Keep, edit or skip")
    child.sendline("e")
    child.expect("Statement")
    child.sendline("\x15Finish the 40-hour supervision course by spring")  # Ctrl-U clears the old statement
    child.expect("Target")  # the old wording said '2 years' (its 24 months) and this one doesn't: asked
    child.sendline("")
    child.expect("Deadline")
    _interrupt(child, "Stopped; nothing was saved.")
    child.expect("What you typed, to copy:")
    child.expect("Finish the 40-hour supervision course by spring")
    assert _finish(child) == 1 and "Aborted" not in child.before
    assert _json(isolated_home, "list", "--all") == []


def test_ctrl_c_in_profile_add_keeps_the_answers_and_the_next_one_continues_them(isolated_home):
    child = _spawn(isolated_home, "profile", "add")
    child.expect("Strengths")
    child.sendline("rapport; humour")
    child.expect("Areas to grow")
    child.sendline("group work")
    child.expect("Interests")
    child.sendline("teens")
    child.expect("Clinical skills")
    child.sendline("CBT=4; DBT=seven")
    child.expect("Fix it below")
    child.expect("Clinical skills")
    _interrupt(child, "your answers are kept as a private draft")
    assert _finish(child) == 1 and "Aborted" not in child.before
    assert _json(isolated_home, "profile", "list") == []
    [draft] = _drafts(isolated_home)
    assert "DBT=seven" in draft.read_text() and draft.stat().st_mode & 0o777 == 0o600

    child = _spawn(isolated_home, "profile", "add")
    child.expect("You stopped a self-assessment")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("")
    child.expect(r"Clinical skills.*: CBT=4; DBT=seven")                   # the strengths etc. are not asked again
    child.sendline("\x15CBT=4; DBT=2")                                      # the answer waits on the line: Ctrl-U
    child.expect("Interpersonal skills.*active listening=4")                # its own example
    child.sendline("")
    child.expect("Administrative skills")
    child.sendline("")
    child.expect("Recorded your self-assessment")
    assert _finish(child) == 0
    profile = _json(isolated_home, "profile")
    assert profile["strengths"] == ["rapport", "humour"] and profile["interests"] == ["teens"]
    assert profile["skills"] == {"clinical": {"CBT": 4, "DBT": 2}}
    assert _drafts(isolated_home) == []


def test_ctrl_c_at_the_reviews_privacy_choice_keeps_a_draft_and_pauses_the_review(isolated_home):
    assert _goals(isolated_home, "add", "Pass the NCE", "--due", "2026-05-20").returncode == 0
    child = _spawn(isolated_home, "review")
    child.expect("Keep, adjust, pause, drop or done")
    child.sendline("keep")
    child.expect("What did you achieve")
    child.sendline("Helped Mr. Johnson through a panic attack")
    child.expect(r"\[edit/save/draft\] \[edit\]")                           # the safe default
    _interrupt(child, "Kept as a private draft")
    child.expect("Review paused")
    assert _finish(child) == 1 and "What got in the way" not in child.before  # stopped, not the next question
    [draft] = _drafts(isolated_home)
    assert "Mr. Johnson" in draft.read_text()
    history = _json(isolated_home, "review", "--history")
    assert history["reviews"] == []                                         # not finished: resumable


def test_a_correction_below_the_target_no_longer_suggests_done(isolated_home):
    assert _goals(isolated_home, "add", "Save for an emergency fund", "--due", "2026-12-31",
                  "--target", "2400", "--unit", "dollars").returncode == 0
    assert _goals(isolated_home, "log", "1", "5000", "--yes").returncode == 0   # the typo, confirmed (trial 14 B4 asks)
    child = _spawn(isolated_home, "review")
    child.expect("target reached")
    child.expect("Progress to log")
    child.sendline("-4500")
    child.expect(r"Subtract \$4,500 from goal 1\? \[y/N\]")
    child.sendline("y")
    child.expect(r"Keep, adjust, pause, drop or done\? \[keep/adjust/pause/drop/done\] \[keep\]")
    child.sendline("")                                                      # one Enter: kept, not closed
    child.expect("Saved goal 1")
    _interrupt(child, "Review paused")
    _finish(child)
    goal = _json(isolated_home, "show", "1")
    assert goal["status"] == "active" and goal["measure"]["current"] == 500


def test_a_scripted_add_with_a_clients_name_defaults_to_cancel_and_cancelling_is_no_error(isolated_home):
    child = _spawn(isolated_home, "add", "Help Mr. Johnson reduce his PHQ-9 below 10", "--due", "2026-09-30")
    child.expect("may identify a client")
    child.expect(r"\[save/cancel\] \[cancel\]")
    child.sendline("")                                                      # one Enter stores nothing
    child.expect("Your text, to copy:")
    child.expect("you cancelled at the privacy check")
    assert _finish(child) == 1 and "error:" not in child.before
    assert _json(isolated_home, "list", "--all") == []


def test_ctrl_c_at_a_privacy_choice_with_no_draft_to_keep_prints_the_text_back(isolated_home):
    child = _spawn(isolated_home, "add", "Help Mr. Johnson reduce his PHQ-9 below 10", "--due", "2026-09-30")
    child.expect(r"\[save/cancel\] \[cancel\]")
    _interrupt(child, "Stopped; nothing was saved.")
    child.expect("What you typed, to copy:")
    child.expect("Help Mr. Johnson reduce his PHQ-9 below 10")
    assert _finish(child) == 1 and "Aborted" not in child.before and "error:" not in child.before
    assert _json(isolated_home, "list", "--all") == []


def test_a_review_redone_the_same_day_shows_the_earlier_answers_and_enter_keeps_them(isolated_home, tmp_path):
    assert _goals(isolated_home, "add", "Walk daily", "--due", "2027-01-31", "--personal").returncode == 0
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"achieved": "Walked four times", "obstacles": "Rain", "focus": "Stretch",
                                   "energy": 3}))
    assert _goals(isolated_home, "review", "--answers", str(answers)).returncode == 0
    child = _spawn(isolated_home, "review", "--all")
    child.expect("Keep, adjust, pause, drop or done")
    child.sendline("keep")
    child.expect(r"What did you achieve[\s\S]*Enter\s+keeps\s+it\)\s+\[Walked four times\]")
    child.sendline("")                                                      # kept
    child.expect(r"What got in the way[\s\S]*\[Rain\]")
    child.sendline("")
    child.expect(r"still care[\s\S]*\(Enter\s+to\s+skip\)")                 # nothing earlier: nothing shown
    child.sendline("")
    child.expect(r"One focus[\s\S]*\[Stretch\]")
    child.sendline("Stretch every morning")                                  # replaced
    child.expect(r"Energy, 1-5 \(Enter keeps it\)\r\n  \[3\]\r\n> ")   # the one layout (trial 13)
    child.sendline("")
    child.expect("Stress")
    child.sendline("")
    child.expect("Review done")
    assert _finish(child) == 0
    [entry] = _json(isolated_home, "journal", "list", "--kind", "reflection")
    assert (entry["achieved"], entry["obstacles"], entry["focus"], entry["energy"]) == (
        "Walked four times", "Rain", "Stretch every morning", 3)


def test_journal_without_an_editor_asks_for_the_entry_instead_of_failing(isolated_home):
    child = _spawn(isolated_home, "journal")
    child.expect("Kind of entry")
    child.sendline("")                                                     # a note
    child.expect("Your entry")
    child.sendline("A quiet week; finished my notes early")
    child.expect("Saved journal entry 1")
    assert _finish(child) == 0
    [entry] = _json(isolated_home, "journal", "list")
    assert entry["text"] == "A quiet week; finished my notes early"


# --- new-user trial 4: a draft is kept once, and every journal draft is offered in turn -----

NAMED = "Mr. Smith cancelled again; I felt relieved and then guilty"


def test_a_journal_text_drafted_at_the_terminal_then_without_one_is_kept_once(isolated_home):
    child = _spawn(isolated_home, "journal", NAMED)
    child.expect(r"\[edit/save/draft\]")
    child.sendline("draft")
    child.expect("Kept as a private draft in")
    assert _finish(child) == 0
    again = _goals(isolated_home, "journal", NAMED)                   # the same text, no terminal
    assert again.returncode == 1 and "Already kept: the same text is a private draft" in again.stderr
    [draft] = _drafts(isolated_home)
    assert "Smith" in draft.read_text()
    assert _json(isolated_home, "journal", "list") == []


def test_a_journal_draft_taken_up_and_kept_again_unchanged_is_not_lost(isolated_home):
    assert _goals(isolated_home, "journal", NAMED).returncode == 1     # kept as a draft (no terminal)
    child = _spawn(isolated_home, "journal")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("yes")
    child.expect("Your entry")
    child.sendline("")                                                # Enter keeps the text
    child.expect(r"\[edit/save/draft\]")
    child.sendline("draft")
    child.expect("Already kept")
    assert _finish(child) == 0
    [draft] = _drafts(isolated_home)
    assert "Smith" in draft.read_text()


def test_the_same_goal_sentence_stopped_twice_is_kept_once(isolated_home):
    for attempt in range(2):
        child = _spawn(isolated_home, "add")
        if attempt:
            child.expect(r"Continue it\? \[yes/no/discard\]")
            child.sendline("no")                                      # start again instead, same words
        child.expect("Your goal, in one sentence")
        child.sendline("Start a DBT skills group for teens")
        child.expect(r"skip\): ")
        _interrupt(child, r"already\s+kept\s+as\s+a\s+private\s+draft\s+on\s+2026-05-13,\s+not\s+copied\s+again" if attempt
                   else "are kept as a private draft")
        assert _finish(child) == 1
    [draft] = _drafts(isolated_home)
    assert "DBT skills group" in draft.read_text()


def test_a_review_answer_kept_again_unchanged_is_not_lost(isolated_home):
    assert _goals(isolated_home, "add", "Walk daily", "--due", "2027-01-31", "--personal").returncode == 0
    for attempt in range(2):
        child = _spawn(isolated_home, "review")
        child.expect(r"Review the other 1 goal too\?")
        child.sendline("n")
        child.expect("What did you achieve")
        child.sendline("" if attempt else "Helped Mr. Johnson through a panic attack")  # Enter keeps the draft
        child.expect("may identify a client")
        child.sendline("draft")
        child.expect("Already kept: the same answer" if attempt else "Kept as a private draft")
        child.expect("What got in the way")
        _interrupt(child, "Review paused")
        child.expect(pexpect.EOF)
        child.close()
        [draft] = _drafts(isolated_home)
        assert "Johnson" in draft.read_text()


# --- every journal draft is offered, one after another ----------------------------------------

OLDER = "Mrs. Patel, 14 Elm Street, cancelled again"
NEWER = "Session with Mr. Johnson, DOB 3/4/1988, felt stuck"


def _two_journal_drafts(home):
    for text in (OLDER, NEWER):
        assert _goals(home, "journal", text).returncode == 1             # kept as drafts (no terminal)


def test_journal_offers_the_next_draft_after_saving_one(isolated_home):
    _two_journal_drafts(isolated_home)
    child = _spawn(isolated_home, "journal")
    child.expect(r"\(1 of 2\) You kept a private journal draft")
    child.expect("Johnson")                                               # the newest first
    child.sendline("yes")
    child.expect("Your entry")
    child.sendline("\x15Session felt stuck; bring it to supervision")  # rewritten (Ctrl-U clears the line)
    child.expect("Saved journal entry 1")
    child.expect(r"\(2 of 2\) You kept a private journal draft")          # not the end: the older one
    child.expect("Patel")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("y")
    child.expect("Your entry")
    child.sendline("")                                                    # Enter keeps the text: warned
    child.expect(r"\[edit/save/draft\]")
    child.sendline("save")
    child.expect("Saved journal entry 2")
    assert _finish(child) == 0
    assert _drafts(isolated_home) == []
    texts = [e["text"] for e in _json(isolated_home, "journal", "list")]
    assert sorted(texts) == sorted([OLDER, "Session felt stuck; bring it to supervision"])


def _save_the_newest_and_get_offered_the_next(home):
    child = _spawn(home, "journal")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("yes")
    child.expect("Your entry")
    child.sendline("\x15Felt stuck in session; supervision next week")  # Ctrl-U clears the text on the line
    child.expect("Saved journal entry 1")
    child.expect(r"\(2 of 2\)")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    return child


def test_a_draft_left_for_later_after_saving_one_ends_the_command_and_says_where_it_is(isolated_home):
    _two_journal_drafts(isolated_home)
    child = _save_the_newest_and_get_offered_the_next(isolated_home)
    child.sendline("no")
    child.expect("1 draft kept for later; 'goals drafts' lists every draft.")
    assert _finish(child) == 0                                            # no new entry is asked for
    [left] = _drafts(isolated_home)
    assert "Patel" in left.read_text()
    assert len(_json(isolated_home, "journal", "list")) == 1


def test_ctrl_c_at_the_next_draft_says_the_saved_entry_stays(isolated_home):
    _two_journal_drafts(isolated_home)
    child = _save_the_newest_and_get_offered_the_next(isolated_home)
    _interrupt(child, r"Stopped; journal entry 1 is saved, and every draft not finished is kept")
    assert _finish(child) == 1 and "nothing was saved" not in child.before
    [left] = _drafts(isolated_home)
    assert "Patel" in left.read_text()
    assert len(_json(isolated_home, "journal", "list")) == 1


def test_a_goal_draft_left_for_later_points_to_goals_drafts(isolated_home):
    child = _spawn(isolated_home, "add")
    child.expect("Your goal, in one sentence")
    child.sendline("Start a DBT skills group for teens")
    child.expect(r"skip\): ")
    _interrupt(child, "kept as a private draft")
    assert _finish(child) == 1
    child = _spawn(isolated_home, "add")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("no")
    child.expect("1 draft kept for later; 'goals drafts' lists every draft.")
    child.expect("Your goal, in one sentence")
    _interrupt(child, "Stopped; nothing was saved")
    assert _finish(child) == 1
    listed = _json(isolated_home, "drafts")
    assert [d["kind"] for d in listed] == ["goal"] and listed[0]["continue_with"] == "goals add"


def test_journal_json_continues_one_draft_and_says_how_many_wait(isolated_home):
    _two_journal_drafts(isolated_home)
    child = _spawn(isolated_home, "journal", "--json")
    child.expect(r"Continue it\? \[yes/no/discard\]")
    child.sendline("yes")
    child.expect("Your entry")
    child.sendline("\x15Felt stuck in session; supervision next week")  # Ctrl-U clears the text on the line
    child.expect(r'"id": 1')                                             # one JSON document
    child.expect(r"1 more private journal draft waiting: 'goals journal' offers it next.")
    assert _finish(child) == 0 and "(2 of 2)" not in child.before
    [left] = _drafts(isolated_home)
    assert "Patel" in left.read_text()
