"""add17 in a real pseudo-terminal (trial 15): guided add offers a sum in
the first sentence that doesn't read as one corrected, before anything else
(B3), keeps the sentence as typed in the history, asks a money goal how much
a month even after a plan, and judges a measure answer on its own words when
the correction is declined."""

from __future__ import annotations

import json

import pytest
from test_add_trial_pty import _answer, _finish, _goals, _run, _spawn

pytestmark = pytest.mark.slow


def test_guided_add_offers_the_mistyped_sum_corrected_first(isolated_home):
    assert _run(["aspiration", "add", "financial health"], isolated_home).returncode == 0
    child = _spawn(["add"], isolated_home, today="2026-11-24")
    _answer(child, [("Your goal, in one sentence", "Pay down my $9,OOO car loan")])
    child.expect(r"'\$9,OOO' doesn't read as an amount: did you mean \$9,000\? Go on with "
                 r"\"Pay down my \$9,000 car loan\"\?")
    _answer(child, [(r"\[Y/n\]", "")])
    child.expect(r"Measurable\s+✔ 2/2\s+You'll know by the numbers: \$9,000")
    _answer(child, [("By when", "December 31, 2027")])
    child.expect(r"Target \$9,000, read from your sentence")  # the sum owed, not asked for again (add19)
    _answer(child, [("Your plan and what you'll need", "autopay")])
    # a plan alone met Achievable, but a money goal is still asked how much a month (README)
    _answer(child, [("How much a month can you put aside", "$750")])
    child.expect(r"Realistic: \$750 a month for 13 months comes to \$9,750")
    _answer(child, [("Keep it as personal", "y"), ("Step", "")])
    child.expect("Pay down my \\$9,000 car loan by December 31, 2027")
    _answer(child, [("Use this sentence", "a")])
    child.expect("Added goal 1")
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["statement"] == "Pay down my $9,000 car loan by December 31, 2027"
    assert (goal["measure"]["target"], goal["measure"]["unit"]) == (9000, "dollars")
    assert goal["plan"] == "autopay; set aside $750 a month"
    history = json.dumps(json.loads(_run(["history", "1", "--json"], isolated_home).stdout))
    assert "Pay down my $9,OOO car loan" in history  # what was typed stays in the history
    assert "'$9,OOO' read as $9,000" in history


def test_declined_the_measure_answer_is_judged_on_its_own_words(isolated_home):
    child = _spawn(["add"], isolated_home, today="2026-11-24")
    _answer(child, [("Your goal, in one sentence", "Pay down my $9,OOO car loan"), (r"\[Y/n\]", "n"),
                    ("How will you know you got there", "lower it")])
    child.expect("'lower it' names no measure")
    child.expect("→ Add a measure")  # the measure's advice, not the sum's fix
    assert "Write it as" not in child.before
    _answer(child, [("> lower it", "\x15balance down to $0")])  # the refused answer waits on the line
    child.expect("By when")  # taken as the measure at once (was refused: trial 15 B3)
    assert "names no measure" not in child.before
    child.sendline("December 31, 2027")
    child.expect("Your plan")
    child.sendintr()
    _finish(child, 1)


def test_a_10k_finish_line_is_the_measure_and_the_result_again_is_no_plan(isolated_home):
    """Trial 15 C1 and C2, with the trial's answers."""
    assert _run(["aspiration", "add", "healthy work-life balance"], isolated_home).returncode == 0
    child = _spawn(["add"], isolated_home, today="2026-11-24")
    _answer(child, [("Your goal, in one sentence", "Run a 10k in the spring")])
    child.expect("Name the result you can check: finish the race")  # not 'pass the licensing exam'
    _answer(child, [("How will you know you got there", "cross the finish line of a 10k race")])
    child.expect("By when")  # taken as the measure (was "says how you'll get there ... kept in your plan")
    assert "how you'll get there" not in child.before
    child.sendline("April 25, 2027")
    _answer(child, [("Your plan and what you'll need", "finish the race")])
    child.expect("'finish the race' says the result again, not how you'll get there")
    _answer(child, [("Your plan and what you'll need", "\x15Saturday long runs, 3 runs a week")])
    prompts = ["Use this sentence", r"\[Y/n\]", r"\(Enter to skip\)", "Step:", "Added goal 1"]
    while (index := child.expect(prompts)) < 4:
        child.sendline({0: "a", 1: "y"}.get(index, ""))
    _finish(child)
    [goal] = _goals(isolated_home)
    # the date said once, in place of 'in the spring'
    assert goal["statement"] == "Run a 10k (cross the finish line of a 10k race) by April 25, 2027"
    assert goal["measure"]["metric"] == "cross the finish line of a 10k race"
    assert goal["plan"] == "Saturday long runs, 3 runs a week"


def test_an_aspiration_typo_is_asked_about_at_a_terminal(isolated_home):
    """Trial 15 C8: yes adds nothing (the one declared is meant); no adds the new name."""
    assert _run(["aspiration", "add", "clinical supervisor"], isolated_home).returncode == 0
    child = _spawn(["aspiration", "add", "clinical supervsor"], isolated_home)
    _answer(child, [(r"Did you mean 'clinical supervisor' \(already declared\)\? \[Y/n\]", "")])
    child.expect("Nothing added: 'clinical supervisor' is already one of your aspirations")
    _finish(child)
    names = [a["name"] for a in json.loads(_run(["aspiration", "list", "--json"], isolated_home).stdout)]
    assert names == ["clinical supervisor"]
    child = _spawn(["aspiration", "add", "clinical supervsor"], isolated_home)
    _answer(child, [(r"\(already declared\)\? \[Y/n\]", "n")])
    child.expect("Added aspiration 2: clinical supervsor")
    _finish(child)
