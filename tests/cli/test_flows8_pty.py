"""Trial 8 fixes in a real pseudo-terminal (guided goals add, review):
an aspiration typed slightly wrong is offered as the one you have, a new one
is announced, and accepting the composed sentence saves without asking
again. Today is 2026-11-23."""

from __future__ import annotations

import io

import pexpect
import pytest
from test_add_trial_pty import _answer, _goals, _run, _spawn

pytestmark = pytest.mark.slow


def _aspirations(home):
    import json

    return sorted(a["name"] for a in json.loads(_run(["aspiration", "list", "--json"], home).stdout))


def _to_aspiration(child):
    """From the first question to "Which aspiration" of a goal that asks it."""
    while (index := child.expect([r"Which aspiration", "By when", r"\(Enter to skip\)"])) > 0:
        child.sendline("end of March" if index == 1 else "")


def test_an_aspiration_typed_slightly_wrong_is_offered_as_yours_and_accepting_saves_at_once(isolated_home):
    for name in ("clinical supervisor (LPC-S)", "private practice"):
        assert _run(["aspiration", "add", name], isolated_home).returncode == 0
    child = _spawn(["add", "Read two books on grief counseling"], isolated_home)
    seen = child.logfile_read = io.StringIO()
    _to_aspiration(child)
    child.sendline("privat practise")
    child.expect(r"Did you mean 'private practice'\?")
    child.sendline("y")
    _answer(child, [("Step", ""), ("Use this sentence", "a")])
    child.expect("Added goal 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, seen.getvalue()[-1500:]
    assert "Save this goal?" not in seen.getvalue()  # one question is enough
    assert _aspirations(isolated_home) == ["clinical supervisor (LPC-S)", "private practice"]
    [goal] = _goals(isolated_home)
    assert goal["status"] == "active" and goal["aspirations"] == ["private practice"]


def test_a_new_aspiration_is_announced_and_draft_keeps_the_composed_sentence(isolated_home):
    assert _run(["aspiration", "add", "private practice"], isolated_home).returncode == 0
    child = _spawn(["add", "Read two books on grief counseling"], isolated_home)
    seen = child.logfile_read = io.StringIO()
    _to_aspiration(child)
    child.sendline("privat practise")
    child.expect(r"Did you mean 'private practice'\?")
    child.sendline("n")  # no: it is a new one
    child.expect("'privat practise' is a new aspiration")
    _answer(child, [("Step", ""), ("Use this sentence", "d")])
    child.expect("Added the new aspiration 'privat practise'")
    child.expect("Kept as a draft goal 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, seen.getvalue()[-1500:]
    assert _aspirations(isolated_home) == ["privat practise", "private practice"]
    [goal] = _goals(isolated_home)
    assert goal["status"] == "draft" and goal["aspirations"] == ["privat practise"]


def test_journal_at_a_terminal_warns_about_a_full_name_and_keeps_the_edit(isolated_home):
    from test_privacy_stops_pty import CHOICE, _goals as _stored
    from test_privacy_stops_pty import _spawn as _spawn_journal

    child = _spawn_journal(isolated_home, "journal")
    child.expect(r"\[note/supervisor/peer/client\]")
    child.sendline("supervisor")
    child.expect("Your entry")
    child.sendline("My supervisor said my notes on Daniel Ruiz are thorough but too long")
    child.expect(r"a full name \('Daniel Ruiz'\)")
    child.expect(CHOICE)
    child.sendline("edit")
    child.expect(r"Your entry \(edit it\)")
    child.sendline("\x15My supervisor said my notes are thorough but too long")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [entry] = _stored(isolated_home, "journal", "list", "--json")
    assert entry["text"] == "My supervisor said my notes are thorough but too long" and entry["kind"] == "supervisor"


def test_review_asks_for_more_than_the_weeks_log_and_takes_money_as_typed(isolated_home):
    assert _run(["add", "Run twice a week", "--due", "2027-05-31", "--target", "24", "--unit", "runs",
                 "--personal"], isolated_home).returncode == 0
    assert _run(["add", "Save 6000 dollars for the practice fund", "--due", "2027-12-31", "--target", "6000",
                 "--unit", "dollars", "--personal"], isolated_home).returncode == 0
    assert _run(["log", "1", "2", "--note", "Mon and Thu runs"], isolated_home).returncode == 0
    child = _spawn(["review"], isolated_home)
    seen = child.logfile_read = io.StringIO()
    child.expect(r"Progress to log toward 24 runs, besides this week's \+2 runs")
    child.sendline("1")
    _answer(child, [(r"Keep, adjust", "keep"), (r"Review the other 1 goal too\?", "y")])
    child.expect(r"Progress to log toward \$6,000")
    child.sendline("$1,0")  # not a number as written: asked again, the answer waits on the line
    child.expect("Please type a number, e.g. 3, 1.5, \\$200 or 1,000")
    child.sendline("\x15$1,000")
    _answer(child, [(r"Keep, adjust", "keep")])
    while child.expect([r"\(Enter to skip\)", "Review done"]) == 0:
        child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, seen.getvalue()[-1500:]
    assert [g["measure"]["current"] for g in sorted(_goals(isolated_home), key=lambda g: g["id"])] == [3, 1000]


def test_path_start_offers_your_close_aspiration_and_shows_a_skipped_milestone(isolated_home):
    assert _run(["aspiration", "add", "clinical supervisor (LPC-S)"], isolated_home).returncode == 0
    child = _spawn(["path", "start", "clinical-supervisor", "--target-date", "2027-12-31"], isolated_home)
    seen = child.logfile_read = io.StringIO()
    child.expect(r"Use your aspiration 'clinical supervisor \(LPC-S\)' for this path")
    child.sendline("y")
    skipped = None
    while child.expect([r"Keep, edit or skip\?", r"Save the long-term goal"]) == 0:
        heading = " ".join(child.before.split("\n\x1b")[0].split("╭")[0].split())
        if "40-hour" in heading:
            skipped = "Complete a 40-hour supervision training course approved by my board"
            child.sendline("s")
        else:
            child.sendline("k")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, seen.getvalue()[-1500:]
    assert skipped == "Complete a 40-hour supervision training course approved by my board"
    import json

    names = [a["name"] for a in json.loads(_run(["aspiration", "list", "--json"], isolated_home).stdout)]
    assert names == ["clinical supervisor (LPC-S)"]
    shown = json.loads(_run(["path", "show", "clinical-supervisor", "--json"], isolated_home).stdout)
    assert shown["skipped"] == [skipped]
