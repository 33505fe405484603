"""amount14 in a real pseudo-terminal (new-user trial 13): guided add offers
"$1.5k" as the $1,500 it is (B1) and a money goal's figure though its
sentence names "Level 1" (B2); "3000 supervised hours and pass the clinical
exam" counts supervised hours, the exam kept in the measure (B3)."""

from __future__ import annotations

import pytest
from test_add_trial_pty import _answer, _finish, _goals, _run, _spawn
from test_money11_pty import _guided

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sentence", ["Save $1.5k for the EFT externship training",
                                      "Save $1,500 for the Gottman Level 1 training"])
def test_guided_add_offers_a_money_goals_sum_and_saves_it_as_the_target(isolated_home, sentence):
    child = _spawn(["add"], isolated_home, today="2026-11-24")
    _answer(child, [("Your goal, in one sentence", sentence), ("By when", "May 15")])
    child.expect(r"To log progress you need a number to count toward: your goal names \$1,500\.")
    child.expect(r"A number to log progress against .*: \$1,500")  # on the line, as it will be saved
    child.sendline("")  # Enter takes it
    child.expect(r"Target set: \$1,500\.")
    _guided(child, {})
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"]["target"] == 1500 and goal["measure"]["unit"] == "dollars"
    logged = _run(["log", "1", "200"], isolated_home, today="2026-11-24")
    assert logged.returncode == 0 and "now $200 of $1,500" in logged.stderr


def test_guided_add_keeps_a_further_outcome_out_of_the_unit(isolated_home):
    child = _spawn(["add"], isolated_home, today="2026-11-24")
    _answer(child, [("Your goal, in one sentence", "Get my LMFT license"),
                    ("How will you know you got there", "3000 supervised hours and pass the clinical exam"),
                    ("By when", "in 3 years")])
    _guided(child, {})
    _finish(child)
    [goal] = _goals(isolated_home)
    assert goal["measure"] == {"metric": "supervised hours and pass the clinical exam", "target": 3000.0,
                               "unit": "supervised hours", "baseline": None, "current": None}
    shown = _run(["show", "1"], isolated_home, today="2026-11-24").stdout
    assert "supervised hours a week to finish" in shown and "exam a week" not in shown
