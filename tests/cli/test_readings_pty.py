"""Guided `goals add` in a real pseudo-terminal after trial 3 (session 13, a New
York LMHC): a clock time is never a count, an amount typed with a letter O in
an answer is asked about, a partial paydown is a measure, and an aim's purpose
stays as the why when an answer replaces it."""

from __future__ import annotations

import pytest
from test_add_trial_pty import _answer, _finish, _goals, _run, _spawn

pytestmark = pytest.mark.slow

TODAY = "2026-11-24"


# --- #3: a clock time's minutes are no count ------------------------------------------

def test_a_bedtime_is_offered_its_nights_not_its_minutes(isolated_home):
    child = _spawn(["add"], isolated_home, today=TODAY)
    _answer(child, [("one sentence", "be in bed by 10:30 every day through January 31, 2027")])
    # not "30 every day ... is 2040 nights"
    _answer(child, [(r"is\s+68\s+nights\.\s+A number to log progress against", ""),
                    ("Your plan", ""), ("How confident", ""),
                    ("Why does it matter", ""), ("Which aspiration", ""), ("personal", ""), ("Step", ""),
                    ("Use this sentence", "a")])
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] == 68 and goal["measure"]["unit"] == "nights"


# --- #4: a letter-O amount typed in an answer -----------------------------------------

def test_a_letter_o_amount_in_an_answer_is_asked_about_and_kept_corrected(isolated_home):
    child = _spawn(["add"], isolated_home, today=TODAY)
    _answer(child, [("one sentence", "save money"), ("What exactly will you do", "pay down my $18,OOO student loans")])
    _answer(child, [(r"'\$18,OOO' doesn't read as an amount: did you mean \$18,000\? Go on with "
                     r"\"pay down my \$18,000\s+student loans\"\? \[Y/n\]", "y"), ("By when", "dec 31 2028")])
    # about $720 a month, not "$18 ... $0.72 a month"
    child.expect(r"\$720")
    _answer(child, [("A number to log progress against", ""), ("Your plan", ""), ("put aside", ""),
                    ("How confident", ""), ("Why does it matter", ""), ("Which aspiration", ""), ("personal", ""),
                    ("Step", "")])
    child.expect(r"Pay down my \$18,000 student loans by December 31, 2028")
    _answer(child, [("Use this sentence", "a")])
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Pay down my $18,000 student loans by December 31, 2028"
    assert goal["specific"] == "pay down my $18,000 student loans"
    assert goal["measure"]["target"] == 18000
    history = _run(["history", "1", "--json"], isolated_home, today=TODAY)
    assert "'$18,OOO' in an answer read as $18,000" in history.stdout  # what was typed is not lost


# --- #6: a partial paydown answered as the measure --------------------------------------

def test_a_partial_paydown_is_read_as_the_measure_and_what_is_paid_is_the_target(isolated_home):
    child = _spawn(["add"], isolated_home, today=TODAY)
    _answer(child, [("one sentence", "pay down my student loans"),
                    ("How will you know", "pay off $6,000 of it, balance down to $12k"),  # was refused: no measure
                    ("By when", "December 31, 2027")])
    child.expect(r"paying \$6,000 brings the balance from \$18,000\s+to \$12,000")
    _answer(child, [("A number to log progress against", ""), ("Your plan", ""), ("put aside", ""),
                    ("How confident", ""), ("Why does it matter", ""), ("Which aspiration", ""), ("personal", ""),
                    ("Step", ""), ("Use this sentence", "a")])
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] == 6000 and goal["measure"]["unit"] == "dollars"


# --- #7: the kids' bedtime is family, and the aim stays as the why ----------------------

def test_the_kids_bedtime_keeps_its_point_and_its_link_after_the_answer_replaces_it(isolated_home):
    assert _run(["aspiration", "add", "present parent"], isolated_home, today=TODAY).returncode == 0
    child = _spawn(["add"], isolated_home, today=TODAY)
    _answer(child, [("one sentence", "be home for the kids bedtime more often")])
    child.expect(r"Serves your aspiration 'present parent'")
    index = child.expect([r"be in bed by 10:30", r"What exactly will you do\? Name the action, and when or where "
                                                 r"\(e\.g\. 'call my parents"])  # not a sleep example
    assert index == 1
    child.sendline("leave the clinic by 6pm four nights a week")
    child.expect(r"Serves your aspiration 'present parent'")  # the link stays (was 0/2, 'rested and healthy')
    _answer(child, [("By when", "March 31, 2027")])  # (its count comes with the deadline: trial 23 #9)
    _answer(child, [("A number to log progress against", ""), ("Your plan", ""), ("Hours a week", ""),
                    ("How confident", ""), ("personal", ""), ("Step", "")])
    child.expect(r"so I'm\s+home\s+for\s+the\s+kids\s+bedtime")
    _answer(child, [("Use this sentence", "a")])
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["statement"] == ("Leave the clinic by 6pm four nights a week (72 nights) through March 31, 2027, "
                                 "so I'm home for the kids bedtime more often")
    assert "present parent" in str(goal["aspirations"])
