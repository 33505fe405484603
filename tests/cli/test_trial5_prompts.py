"""New-user trial 5, the prompt items (CliRunner side; the terminal flows
are in test_trial5_prompts_pty.py): exit code first, then the stored state
or --json."""

from __future__ import annotations

import pytest


# --- item 9: a day-first date that is no date either way round -------------------------------

@pytest.mark.parametrize("option", [("add", "Walk daily", "--due"), ("log", 1, 1, "--date")])
def test_31_02_is_not_a_date_and_no_impossible_us_date_is_suggested(run, add, option):
    add("Walk 20 minutes a day", "2026-12-31", "--target", "30", "--unit", "walks")
    result = run(*option, "31/02")
    assert result.code == 1
    assert "31/02 isn't a date (February has no day 31)" in result.err
    assert "2/31" not in result.err
    [goal] = run("list", "--all", "--json").json()
    assert goal["measure"]["current"] in (0, None)


# --- item 12: a unit in a review's answers file, as --unit takes it ----------------------------

def test_review_answers_can_adjust_the_unit_with_the_target(run, add, tmp_path):
    goal = add("Walk after lunch on weekdays", "2026-09-30")
    answers = tmp_path / "answers.json"
    answers.write_text('{"goals": {"%d": {"decision": "adjust", "target": 20, "unit": "walks"}}}' % goal["id"])
    result = run("review", "--answers", answers, "--json")
    assert result.code == 0, result
    measure = run("show", goal["id"], "--json").json()["measure"]
    assert (measure["target"], measure["unit"]) == (20, "walks")
    answers.write_text('{"goals": {"%d": {"decision": "adjust", "unit": 3}}}' % goal["id"])
    bad = run("review", "--answers", answers)
    assert bad.code == 1 and "unit must be text" in bad.err


def test_read_target_is_the_grammar_of_every_target_question():
    from clingoals.errors import InvalidInput
    from clingoals.goal import read_target

    assert read_target("20 walks") == (20, "walks")
    assert read_target("20") == (20, None)
    assert read_target("1e3 dollars") == (1000, "dollars")  # as --target 1e3 reads it
    for bad, says in (("twenty", "isn't a number"), ("0", "more than zero"), ("1e400", "too large"),
                      ("5 walks a week", "rhythm")):
        with pytest.raises(InvalidInput, match=says):
            read_target(bad)
