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
    assert bad.code == 1 and "'1,00' is not a number." in bad.err and bad.err.count("\n") == 1
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


TRAINING = "Complete a 40-hour supervision training course approved by my board"


def test_path_start_uses_a_close_aspiration_and_your_goal_for_the_training(run, add):
    assert run("aspiration", "add", "clinical supervisor (LPC-S)").code == 0
    mine = add("Become an LPC-S by completing the 40-hour supervisor training and applying to the board",
               "2027-09-30", "--target", "40", "--unit", "hours")
    started = run("path", "start", "clinical-supervisor", "--target-date", "2027-12-31", "--yes", "--json")
    assert started.code == 0, started
    data = started.json()
    assert data["aspiration"] == "clinical supervisor (LPC-S)" and data["attached_ids"] == [mine["id"]]
    assert "Using your aspiration 'clinical supervisor (LPC-S)'" in started.err
    assert [a["name"] for a in run("aspiration", "list", "--json").json()] == ["clinical supervisor (LPC-S)"]
    children = [run("show", i, "--json").json() for i in data["child_ids"]]
    assert TRAINING not in [c["statement"] for c in children]  # your goal serves it: not added again
    assert all(c["aspirations"] == ["clinical supervisor (LPC-S)"] for c in children)
    shown = run("path", "show", "clinical-supervisor", "--json")
    assert shown.code == 0 and shown.json()["skipped"] == []


def test_path_show_keeps_a_milestone_without_a_goal_as_skipped(run):
    started = run("path", "start", "clinical-supervisor", "--target-date", "2027-12-31", "--yes", "--json").json()
    children = [run("show", i, "--json").json() for i in started["child_ids"]]
    [training] = [c for c in children if c["statement"] == TRAINING]
    assert run("delete", training["id"], "--yes").code == 0
    shown = run("path", "show", "clinical-supervisor", "--json")
    assert shown.code == 0 and shown.json()["skipped"] == [TRAINING]
    text = run("--no-pager", "path", "show", "clinical-supervisor")
    assert "skipped: no goal yet" in " ".join(text.out.split())


@pytest.mark.parametrize("width", [100, 80])
def test_ce_list_keeps_the_amount_as_given_beside_its_hours_never_under_a_title(run, columns, width):
    columns(width)
    assert run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-03-31").code == 0
    assert run("ce", "add", "Webinar: telehealth basics", "--hours", "90", "--unit", "minutes", "--date",
               "2026-03-01", "--format", "live-online", "--category", "cultural-diversity").code == 0
    listed = run("--no-pager", "ce", "list")
    assert listed.code == 0
    lines = listed.out.splitlines()
    [row] = [line for line in lines if "Webinar" in line]
    assert "1.5 (90 min)" in row
    assert not any("(90" in line for line in lines if line is not row)
    assert run("ce", "list", "--json").json()[0]["unit"] == "minutes"


@pytest.mark.parametrize("typed, example", [("EMDR 2", "EMDR=2"), ("EMDR: 2", "EMDR=2"), ("EMDR", "EMDR=3"),
                                            ("trauma focused CBT 4", "trauma focused CBT=4")])
def test_a_skill_rating_without_equals_is_shown_the_fix_it_needs(typed, example):
    from clingoals.cli.profile import _skill_problems

    [problem] = _skill_problems("clinical", [typed])
    assert problem == f"Can't read {typed!r}: write SKILL=RATING, e.g. {example}"


@pytest.mark.parametrize("typed, today, day", [
    ("next sept", "2026-11-23", "2027-09-30"), ("next September", "2026-11-23", "2027-09-30"),
    ("next sep", "2026-08-10", "2026-09-30"), ("next sept", "2026-09-10", "2027-09-30"),
    ("next december", "2026-11-23", "2026-12-31"), ("last march", "2026-11-23", "2026-03-31"),
    ("last march", "2026-02-10", "2025-03-31")])
def test_next_and_last_month_names_are_dates(typed, today, day):
    import datetime as dt

    from clingoals.dates import parse_date

    assert parse_date(typed, dt.date.fromisoformat(today)) == dt.date.fromisoformat(day)


def test_a_goal_due_next_sept(run):
    added = run("add", "Pass the NCE", "--due", "next sept", "--json")
    assert added.code == 0, added
    assert added.json()["deadline"] == "2026-09-30"  # today is 2026-05-13 in tests
    bad = run("add", "Pass the NCE", "--due", "next smarch")
    assert bad.code == 1 and "Can't read the date 'next smarch'" in bad.err
    assert len(run("list", "--all", "--json").json()) == 1
