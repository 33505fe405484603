"""New-user trial 10 (misc10) in a real pseudo-terminal: guided add offers a
family goal as personal, as the scripted add files it."""

from __future__ import annotations

import json

import pexpect
import pytest
from test_add_trial_pty import _answer, _finish, _goals, _run, _spawn

pytestmark = pytest.mark.slow


def test_guided_add_offers_a_family_goal_as_personal(isolated_home):
    """Trial 10 B2: "Keep it as personal?" was never asked for "call my parents every Sunday"."""
    assert _run(["aspiration", "add", "clinical supervisor"], isolated_home).returncode == 0
    child = _spawn(["add", "call my parents every Sunday"], isolated_home)
    prompts = ["A number to log progress against", "By when", "Your plan", "Hours a week", "How confident",
               "Why does it matter", "Which aspiration", r"Keep it as personal\? \[Y/n\]", "Step",
               "Use this sentence", r"Save this goal\? \[Y/n\]", "Added goal 1"]
    answers = {"By when": "end of March", "Why does it matter": "so that I stay close to my family",
               "Use this sentence": "a", r"Save this goal\? \[Y/n\]": "y"}
    seen = []
    while (index := child.expect(prompts)) < len(prompts) - 1:
        seen.append(prompts[index])
        child.sendline(answers.get(prompts[index], ""))
    _finish(child)
    assert r"Keep it as personal\? \[Y/n\]" in seen
    [goal] = _goals(isolated_home)
    assert goal["domain"] == "personal"


def test_review_counts_the_digests_week_and_takes_an_amount_in_the_goals_unit(isolated_home):
    """Trial 10 C3: a payment dated 7 days ago was in the digest's week but not "moved this week",
    and its question lacked "already logged this week". C4: "400 dollars" was refused."""
    assert _run(["add", "Pay off my credit card", "--due", "2027-09-30", "--target", "$4,000"],
                isolated_home).returncode == 0
    assert _run(["add", "Read 6 books on grief", "--due", "2027-09-30", "--target", "6", "--unit", "books"],
                isolated_home).returncode == 0
    assert _run(["log", "1", "400", "--date", "2026-11-16", "--note", "November payment"],
                isolated_home).returncode == 0  # today is 2026-11-23: the first week's first day
    digest = json.loads(_run(["review", "--summary", "--json"], isolated_home).stdout)
    assert [(p["goal_id"], p["value"]) for p in digest["progress"]] == [(1, 400)]
    child = _spawn(["review"], isolated_home)
    child.expect(r"moved this week: \+\$400")
    child.expect(r"Progress to log toward \$4,000, besides this week's \+\$400")
    child.sendline("400 hours")  # another unit: asked again, the answer waits on the line
    child.expect("Please type a number, e.g. 3, 1.5, \\$200 or 1,000, with or without 'dollars'")
    child.sendline("\x15400 dollars")
    _answer(child, [(r"Keep, adjust", "keep"), (r"Review the other 1 goal too\?", "n")])
    while child.expect([r"\(Enter to skip\)", "Review done"]) == 0:
        child.sendline("")
    _finish(child)
    assert [g["measure"]["current"] for g in sorted(_goals(isolated_home), key=lambda g: g["id"])] == [800, None]


def test_a_misspelled_journal_kind_or_deadline_at_a_terminal_gets_a_did_you_mean(isolated_home):
    """Trial 10 P1: "supervsior" at the kind question, "end of Febuary" at "By when"."""
    from test_privacy_stops_pty import _goals as _stored
    from test_privacy_stops_pty import _spawn as _spawn_journal

    child = _spawn_journal(isolated_home, "journal")
    child.expect(r"\[note/supervisor/peer/client\]")
    child.sendline("supervsior")
    child.expect(r"Please type note, supervisor, peer or client \(or their first letter\)\. Did you mean 'supervisor'\?")
    child.sendline("\x15supervisor")
    child.expect("Your entry")
    child.sendline("My supervisor liked my case conceptualisation")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [entry] = _stored(isolated_home, "journal", "list", "--json")
    assert entry["kind"] == "supervisor"

    child = _spawn(["add", "Pass the NCE"], isolated_home)
    _answer(child, [("A number to log progress against", ""), ("By when", "end of Febuary")])
    child.expect(r"Did you mean 'end of February'\?")
    _answer(child, [("By when", "\x15end of February"), ("Why does it matter", ""), ("Which aspiration", ""),
                    ("Step", ""), ("Use this sentence", "a")])
    child.expect("Added goal 1")
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["deadline"] == "2027-02-28"
