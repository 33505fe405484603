"""Guided `goals add` in a real pseudo-terminal, after new-user trials (issue 11
item 5): what the person typed is kept, an edited wording gets its card, money
is read once and as typed, and the composed sentence is tidy."""

from __future__ import annotations

import json

import pytest
from test_add_trial_pty import _answer, _finish, _goals, _run, _spawn

pytestmark = pytest.mark.slow

TODAY = "2026-11-24"


def _history(home, goal_id=1):
    out = _run(["history", str(goal_id), "--json"], home, today=TODAY)
    assert out.returncode == 0, out.stderr
    return out.stdout


# --- 3. money ---------------------------------------------------------------------

def test_a_hedged_monthly_sum_reads_once_with_its_year(isolated_home):
    child = _spawn(["add"], isolated_home, today=TODAY)
    _answer(child, [("one sentence", "put about $200 a month into savings")])
    child.expect(r"You'll know by the numbers: \$200 a month\.")  # once, not "$200, 200 a month"
    _answer(child, [("By when", "end of 2027")])
    child.expect(r"comes to \$2,600 by December\s+31,\s+2027")  # which December 31: the year is said
    _answer(child, [("Your plan", ""), ("How confident", ""), ("Why does it matter", ""), ("Which aspiration", ""),
                    ("personal", ""), ("Step", ""), ("Use this sentence", "a")])
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Put about $200 a month into savings through December 31, 2027"


def test_a_payoff_takes_the_sum_from_the_first_sentence_without_asking(isolated_home):
    child = _spawn(["add"], isolated_home, today=TODAY)
    _answer(child, [("one sentence", "pay off my $6,000 credit card")])
    child.expect(r"You'll know by the numbers: \$6,000\.")  # not "6,000 credit, $6,000"
    _answer(child, [("By when", "end of 2027")])
    child.expect(r"Target \$6,000, read from your sentence")
    index = child.expect([r"A number to log progress against", r"Your plan"])
    assert index == 1, "the $6,000 typed in the sentence was asked for again"
    child.sendline("")
    _answer(child, [("put aside", "$500"), ("Why does it matter", ""), ("Which aspiration", ""),
                    ("personal", ""), ("Step", ""), ("Use this sentence", "a")])
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] == 6000 and goal["measure"]["unit"] == "dollars"
