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


# --- 4. the composed sentence's polish ----------------------------------------------

def test_a_year_typed_with_a_letter_o_is_asked_about_and_the_sentence_is_tidied(isolated_home):
    child = _spawn(["add"], isolated_home, today=TODAY)
    _answer(child, [("one sentence", "i will book 1 consultation calls with a board advisor by June 2O28 "
                                     "so i can renew my license")])
    child.expect(r"'2O28' has a letter O where a 0 goes: did you mean '2028'\?")  # not read as "by June" 2027
    _answer(child, [("Go on with", "y"), ("Your plan", ""), ("Hours a week", ""), ("How confident", ""),
                    ("Which aspiration", ""), ("Step", "")])
    child.expect(r"I will book 1 consultation call with a board advisor by June 30, 2028, so I can renew my license")
    _answer(child, [("Use this sentence", "a")])
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["deadline"] == "2028-06-30"
    assert goal["statement"] == ("I will book 1 consultation call with a board advisor by June 30, 2028, "
                                 "so I can renew my license")
    assert "June 2O28" in _history(isolated_home)  # the sentence as typed stays in the history


def test_a_deadline_answer_with_a_letter_o_is_asked_about_not_refused(isolated_home):
    child = _spawn(["add"], isolated_home, today=TODAY)
    _answer(child, [("one sentence", "Pass the NCE"), ("A number to log progress against", ""),
                    ("By when", "March 2O27")])
    child.expect(r"'2O27' has a letter O where a 0 goes: did you mean 'March 2027'\?")
    _answer(child, [("", "y"), ("Why does it matter", ""), ("Which aspiration", ""), ("Step", ""),
                    ("Use this sentence", "a")])
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["deadline"] == "2027-03-31"


# --- 5. a word of the field typed slightly wrong ------------------------------------

def test_the_card_suggests_the_spelling_of_a_mistyped_field_word(isolated_home):
    child = _spawn(["add"], isolated_home, today=TODAY)
    _answer(child, [("one sentence", "renew my lisence by June 30, 2027")])
    child.expect(r"'lisence': did you mean 'license'\?")
    _answer(child, [("A number to log progress against", ""), ("Your plan", ""), ("Hours a week", ""),
                    ("How confident", ""), ("Why does it matter", ""), ("Which aspiration", ""), ("Step", "")])
    child.expect("The composed goal")
    child.expect(r"'lisence': did you mean 'license'\?")  # said again until it is corrected
    _answer(child, [("Use this sentence", "e"), ("Your wording", "\x15Renew my license by June 30, 2027")])
    index = child.expect([r"did you mean 'license'", r"Save this goal"])
    assert index == 1, "the corrected wording was still told it was misspelled"
    child.sendline("y")
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Renew my license by June 30, 2027"
    assert "renew my lisence" in _history(isolated_home)


# --- 1 and 2. an edited wording: its card, and every sentence typed kept ------------

SLEEP = "read 20 pages 5 nights a week by March 31, 2027 so I sleep better"
# (its "5 nights a week" is offered as a count of nights: cleared, so the card reads the wording's pages)
TO_THE_WORDING = [("A number to log progress against", "\x15"), ("Your plan", ""), ("How confident", ""), ("Which aspiration", ""), ("personal", ""),
                  ("Step", ""), ("Use this sentence", "e")]


def test_an_edit_shows_its_card_and_can_be_edited_again_keeping_each_wording(isolated_home):
    child = _spawn(["add"], isolated_home, today=TODAY)
    _answer(child, [("one sentence", SLEEP), *TO_THE_WORDING])
    child.expect("sleep better")  # the composed sentence waits on the line
    child.sendline("\x15Read 30 pages every night through March 31, 2027")
    child.expect(r"Your goal: \d+/10")  # the card of the edited wording, before saving
    child.expect(r"30 pages, every night")
    child.expect(r"Save this goal\? \[Y/n\] \(or e to edit it again\)")
    child.sendline("e")
    child.expect("through March 31, 2027")
    child.sendline("\x15Read 25 pages every night through March 31, 2027")
    child.expect(r"Your goal: \d+/10")
    child.expect(r"25 pages, every night")
    _answer(child, [(r"Save this goal\?", "y")])
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Read 25 pages every night through March 31, 2027"
    history = json.dumps(json.loads(_history(isolated_home)))
    for typed in (SLEEP, "Read 30 pages every night through March 31, 2027"):  # nothing typed vanishes
        assert typed in history


def test_an_edit_stopped_with_ctrl_c_and_not_used_later_stays_in_the_history(isolated_home):
    child = _spawn(["add"], isolated_home, today=TODAY)
    _answer(child, [("one sentence", SLEEP), *TO_THE_WORDING])
    child.expect("sleep better")
    child.send("\x15Read 30 pages every night")
    child.expect("every night")
    child.sendintr()
    child.expect(r"kept as a private\s+draft")
    _finish(child, code=1)
    child = _spawn(["add"], isolated_home, today=TODAY)
    _answer(child, [("Continue it", "yes")])
    child.expect(r"When you stopped you were editing .Your goal.: Read 30 pages\s+every night")
    _answer(child, [("Use what you typed", "n")])
    child.expect(r"kept in the goal.s\s+history")
    _answer(child, [("Use this sentence", "a")])
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Read 20 pages 5 nights a week through March 31, 2027, so I sleep better"
    history = json.dumps(json.loads(_history(isolated_home)))
    assert SLEEP in history and "Read 30 pages every night" in history
