"""Trial 16 C4/P4 fixes to `goals path start trauma-specialist` in a real
pseudo-terminal, as an LMFT whose aspiration is 'child and adolescent trauma
specialist'. Today is 2026-11-23."""

from __future__ import annotations

import io
import json

import pexpect
import pytest
from test_add_trial_pty import _run, _spawn

pytestmark = pytest.mark.slow

MINE = "child and adolescent trauma specialist"


def test_the_cards_name_the_aspiration_you_chose_for_the_path(isolated_home):
    assert _run(["aspiration", "add", MINE], isolated_home).returncode == 0
    child = _spawn(["path", "start", "trauma-specialist", "--target-date", "end of 2029"], isolated_home)
    seen = child.logfile_read = io.StringIO()
    child.expect(f"Use your aspiration '{MINE}' for this path")
    child.sendline("y")
    cards = 0
    while child.expect([r"Keep, edit or skip\?", r"Save the long-term goal"]) == 0:
        card = " ".join(child.before.split("SMART check")[-1].replace("│", " ").split())  # the card, unwrapped
        assert f"Serves your aspiration '{MINE}'" in card and "aspiration 'trauma specialist'" not in card, card
        cards += 1
        child.sendline("k")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, seen.getvalue()[-1500:]
    assert cards == 4
    names = [a["name"] for a in json.loads(_run(["aspiration", "list", "--json"], isolated_home).stdout)]
    assert names == [MINE]


def _skip_second(home, *target):
    """Start the trauma path, keep milestone 1, skip milestone 2 (EMDR basic training): what is said then."""
    child = _spawn(["path", "start", "trauma-specialist", *target], home)
    seen = child.logfile_read = io.StringIO()
    child.expect(r"Keep, edit or skip\?")
    child.sendline("k")
    child.expect(r"2\. Complete the EMDR basic training")
    child.expect(r"Keep, edit or skip\?")
    child.sendline("s")
    child.expect(r"Keep, edit or skip\?")
    said = " ".join(child.before.split())
    child.sendline("k")
    child.expect(r"4\. Become EMDRIA certified")
    child.expect(r"Keep, edit or skip\?")
    said += " ".join(child.before.replace("│", " ").split())  # milestone 4's card and what follows it
    child.sendline("k")
    child.expect(r"Save the long-term goal")
    child.sendline("n")  # nothing saved
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, seen.getvalue()[-1500:]
    return said


def test_skipping_says_how_many_of_the_milestones_after_it_are_dated_again(isolated_home):
    # with a target date the last one stays on it: 1 of the 2 after it moves (trial 16 P4 said "the 1 milestone")
    said = _skip_second(isolated_home, "--target-date", "end of 2029")
    assert "Skipped: 1 of the 2 milestones after it is dated again without it; the other keeps its date." in said
    assert _run(["list", "--json"], isolated_home).stdout.strip() == "[]"


def test_skipping_with_no_target_date_moves_every_milestone_after_it(isolated_home):
    said = _skip_second(isolated_home)
    assert "Skipped: the 2 milestones after it are dated again without it." in said


def test_a_milestone_that_needs_the_skipped_one_says_so_under_its_card(isolated_home):
    said = _skip_second(isolated_home)  # EMDRIA certification needs the EMDR basic training (trial 16 P4)
    assert ("It needs milestone 2, which you skipped (Complete the EMDR basic training (50 hours) to treat adults "
            "with PTSD): keep it if you have that done already; the card above counts on it.") in said
    assert said.count("It needs milestone") == 1  # not under TF-CBT's card


def test_an_answer_that_is_not_keep_edit_or_skip_is_asked_again(isolated_home):
    # "n" (a person meaning "no, not this one") was read as keep: only k/e/s (or the words) decide
    child = _spawn(["path", "start", "trauma-specialist", "--target-date", "end of 2029"], isolated_home)
    seen = child.logfile_read = io.StringIO()
    child.expect(r"1\. ([^(]+?)\s*\(by\s+\d")  # (the heading may wrap)
    first = " ".join(child.match.group(1).split())
    child.expect(r"Keep, edit or skip\?")
    child.sendline("n")
    child.expect("Please type k to keep this step, e to edit it, or s to skip it.")
    child.expect(r"Keep, edit or skip\?")
    child.send("\x15")  # the refused answer waits on the line: clear it
    child.sendline("skip")
    cards = 1
    while child.expect([r"Keep, edit or skip\?", r"Save the long-term goal"]) == 0:
        cards += 1
        child.sendline("k")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, seen.getvalue()[-1500:]
    assert cards == 4
    statements = [g["statement"] for g in json.loads(_run(["list", "--json"], isolated_home).stdout)]
    assert first not in statements and len(statements) == 4, (first, statements)  # milestone 1 skipped, not kept
