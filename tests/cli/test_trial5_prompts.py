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


# --- item 30: logging on a paused goal with no target ------------------------------------------

def test_logging_on_a_paused_goal_without_a_target_says_both(run, add):
    goal = add("Answer work email only before 6 pm", "2026-09-30")
    assert run("pause", goal["id"]).code == 0
    result = run("log", goal["id"], 1)
    assert result.code == 0
    assert f"Goal {goal['id']} is paused: 'goals resume {goal['id']}'" in result.err
    assert "no target to count toward" in result.err
    shown = run("show", goal["id"], "--json").json()
    assert shown["status"] == "paused" and shown["measure"]["current"] == 1
    quiet = add("Walk 20 minutes a day", "2026-09-30", "--target", "30", "--unit", "walks")
    result = run("log", quiet["id"], 1)
    assert result.code == 0 and "paused" not in result.err and "no target" not in result.err


# --- item 31: small ones ----------------------------------------------------------------------

def test_discarding_a_draft_number_that_isnt_there_says_there_is_only_one(run):
    assert run("journal", "Mrs. Lopez cancelled again").code == 1  # kept as a draft (no terminal)
    wrong = run("drafts", "--discard", "5", "--yes")
    assert wrong.code == 1 and "No draft 5 (there is only 1 draft, number 1)" in wrong.err
    assert "1 to 1" not in wrong.err
    assert len(run("drafts", "--json").json()) == 1


def test_step_done_takes_several_numbers_like_the_review(run, add):
    goal = add("Pass the NCE", "2026-09-30", "--step", "Book the exam", "--step", "Practice test",
               "--step", "Rest the day before")
    result = run("step", "done", goal["id"], 1, 2, "--json")
    assert result.code == 0
    assert [(s["id"], s["done"]) for s in result.json()] == [(1, True), (2, True)]
    assert [s["done"] for s in run("show", goal["id"], "--json").json()["steps"]] == [True, True, False]
    refused = run("step", "done", goal["id"], 3, 1)  # 1 is already done: none is ticked
    assert refused.code == 1 and "Step 1 of goal" in refused.err and "already done" in refused.err
    assert [s["done"] for s in run("show", goal["id"], "--json").json()["steps"]] == [True, True, False]
    one = run("step", "done", goal["id"], 3, "--json")
    assert one.code == 0 and one.json()["id"] == 3  # one number: the step itself, as before


def test_the_empty_dashboard_is_a_message_on_stderr_not_data(run):
    # house rule: data on stdout, messages on stderr; "No active goals yet" is a message (left as it was)
    result = run()
    assert result.code == 0 and result.out == "" and "No active goals yet" in result.err
