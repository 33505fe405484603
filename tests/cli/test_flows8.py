"""Trial 8 (flows8): money typed as people write it (C8), a week's `goals
log` progress beside a review (C7). Exit code first, then stored state or
--json."""

from __future__ import annotations

import json

import pytest

from clingoals.goal import read_target
from clingoals.numbers import read_number


@pytest.mark.parametrize("typed, value", [("200", 200), ("$200", 200), ("1,000", 1000), ("$1,000.50", 1000.5),
                                          ("-$50", -50), ("1e6", 1e6), (".5", 0.5), ("12,345,678", 12345678)])
def test_one_number_reader_takes_currency_signs_and_thousands(typed, value):
    assert read_number(typed) == value


@pytest.mark.parametrize("typed", ["1,00", "1,0000", "$", "abc", "--3", "200$", "nan", "inf", ""])
def test_it_refuses_what_is_not_a_number(typed):
    with pytest.raises(ValueError):
        read_number(typed)


def test_a_target_typed_with_a_currency_sign_counts_dollars():
    assert read_target("$6,000") == (6000, "dollars")
    assert read_target("6,000 dollars") == (6000, "dollars")


def _money_goal(run):
    added = run("add", "Save $6,000 for the practice fund", "--due", "2027-12-31", "--target", "$6,000",
                "--unit", "dollars", "--personal", "--json")
    assert added.code == 0, added
    assert added.json()["measure"]["target"] == 6000


def test_log_takes_dollars_and_thousands_and_refuses_a_decimal_comma(run):
    _money_goal(run)
    assert run("log", "1", "$200").code == 0
    assert run("log", "1", "1,000").code == 0
    bad = run("log", "1", "1,00")
    assert bad.code == 2 and "'1,00' is not a number" in bad.err
    assert run("show", "1", "--json").json()["measure"]["current"] == 1200


def test_review_answers_take_money_as_typed(run, tmp_path):
    _money_goal(run)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"goals": {"1": {"progress": "$1,200", "decision": "keep"}}}))
    assert run("review", "--answers", answers).code == 0
    assert run("show", "1", "--json").json()["measure"]["current"] == 1200
    answers.write_text(json.dumps({"goals": {"1": {"progress": "lots", "decision": "keep"}}}))
    refused = run("review", "--answers", answers)
    assert refused.code == 1 and "progress must be a number" in refused.err
    assert run("show", "1", "--json").json()["measure"]["current"] == 1200


def test_progress_logged_with_goals_log_stays_in_the_digest_after_the_goal_is_reviewed(run, tmp_path):
    assert run("add", "Run twice a week", "--due", "2027-05-31", "--target", "24", "--unit", "runs",
               "--personal").code == 0
    assert run("log", "1", "2", "--note", "Mon and Thu runs").code == 0
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"goals": {"1": {"progress": 1, "decision": "keep"}}}))
    assert run("review", "--answers", answers).code == 0
    assert run("show", "1", "--json").json()["measure"]["current"] == 3
    from clingoals import clock
    from clingoals.usecases import review as use
    from clingoals.cli.common import opened_store

    with opened_store() as store:
        digest = use.digest(store, today=clock.today(), scored=False)
    # goal 1 was reviewed today; its `goals log` entry is the week's and still listed, the review's own is not
    assert [(p["goal_id"], p["value"], p["note"]) for p in digest["progress"]] == [(1, 2, "Mon and Thu runs")]
    # the progress question asks for more than what was logged this week besides today's review
    with opened_store() as store:
        plan = use.goals_to_review(store, today=clock.today(), again=True)
    [item] = [i for i in plan["needy"] + plan["others"] if i["goal"]["id"] == 1]
    assert item["logged_this_week"] == 2
