"""Trial 9 (flows9): a new deadline in the goal's own words, how to undo
done, the status of each goal in `list --all`, a path's long-term goal
without the skipped milestones, one shape for a value that can't be used,
no pager for short output, and a month refused as the day something happened.
Today is 2026-05-13 (tests/conftest.py)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from clingoals import render
from clingoals.career import goal_without
from clingoals.goal import restated
from clingoals.smart.compose import with_deadline

TODAY = dt.date(2026, 5, 13)


# --- C1: a new deadline in the statement's own words ------------------------------------------

def _statement_history(run, goal_id):
    return [(e["old"], e["new"]) for e in run("history", goal_id, "--json").json() if e.get("field") == "statement"]


def test_edit_due_rewrites_the_old_date_in_the_statement_and_keeps_the_old_one(run, add):
    goal = add("Save $3,000 for an EMDR course by April 30, 2027", "2027-04-30", "--target", "3000")
    result = run("edit", goal["id"], "--due", "end of next year", "--reason", "more time")
    assert result.code == 0, result
    shown = run("show", goal["id"], "--json").json()
    assert shown["deadline"] == "2027-12-31"
    assert shown["statement"] == "Save $3,000 for an EMDR course by December 31, 2027"
    assert shown["title"] == shown["statement"]  # a title made from the statement follows it
    assert _statement_history(run, goal["id"]) == [("Save $3,000 for an EMDR course by April 30, 2027",
                                                    "Save $3,000 for an EMDR course by December 31, 2027")]
    assert "2027-12-31" in result.err and "goals history" in result.err  # the date read is echoed


def test_a_statement_with_no_date_or_another_date_is_left_alone(run, add):
    plain = add("Read two trauma books", "2026-12-31")
    moved = run("edit", plain["id"], "--due", "2027-03-31", "--reason", "x")
    assert moved.code == 0 and "statement" not in moved.err
    assert run("show", plain["id"], "--json").json()["statement"] == "Read two trauma books"
    assert _statement_history(run, plain["id"]) == []
    other = add("Pass the NCE by June 30, 2026", "2026-09-30")  # the sentence already disagreed: the person's call
    edited = run("edit", other["id"], "--due", "2026-10-31", "--reason", "x")
    assert edited.code == 0 and "still says 'by June 30, 2026'" in edited.err  # ...and told so
    assert run("show", other["id"], "--json").json()["statement"] == "Pass the NCE by June 30, 2026"
    # a statement given with --due is taken as typed
    both = add("Pass the NCE by September 30, 2026", "2026-09-30")
    assert run("edit", both["id"], "--due", "2026-11-30", "--statement", "Pass the NCE this fall",
               "--reason", "x").code == 0
    assert run("show", both["id"], "--json").json()["statement"] == "Pass the NCE this fall"


def test_review_answers_with_a_new_deadline_rewrite_the_statement(run, add, tmp_path):
    goal = add("Walk 30 minutes after lunch 5 days a week through August 31, 2026", "2026-08-31")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"goals": {str(goal["id"]): {"progress": None, "decision": "adjust",
                                                               "deadline": "end of next year",
                                                               "reason": "winter"}}}))
    result = run("review", "--answers", answers)
    assert result.code == 0, result
    shown = run("show", goal["id"], "--json").json()
    assert shown["deadline"] == "2027-12-31"
    assert "by mistake" not in result.err  # only done and drop say how to undo them
    assert shown["statement"] == "Walk 30 minutes after lunch 5 days a week through December 31, 2027"
    assert len(_statement_history(run, goal["id"])) == 1


@pytest.mark.parametrize("text, new", [
    ("Complete 20 CE hours within 6 months", "Complete 20 CE hours by November 30, 2026"),
    ("By Q3, pass the NCE", "By November 30, 2026, pass the NCE"),
    ("Finish the intake manual no later than September 30, 2026, so that I can train staff",
     "Finish the intake manual no later than November 30, 2026, so that I can train staff"),
    ("Meditate 10 minutes every night in Q3", "Meditate 10 minutes every night through November 30, 2026"),
])
def test_the_deadline_phrase_is_rewritten_in_place(text, new):
    from clingoals.dates import find_deadline

    old = find_deadline(text, TODAY).date
    assert with_deadline(text, old, dt.date(2026, 11, 30), today=TODAY) == new
    assert with_deadline("Read two trauma books", old, dt.date(2026, 11, 30), today=TODAY) is None


def test_restated_reads_a_relative_phrase_from_the_goal_start():
    record = {"statement": "Complete 20 CE hours within 6 months", "title": "Complete 20 CE hours within 6 months",
              "deadline": "2026-07-01", "start_date": "2026-01-01"}
    assert restated(record, dt.date(2026, 9, 30), TODAY) == {
        "statement": "Complete 20 CE hours by September 30, 2026", "title": "Complete 20 CE hours by September 30, 2026"}
    assert restated({**record, "title": "CE hours"}, dt.date(2026, 9, 30), TODAY) == {
        "statement": "Complete 20 CE hours by September 30, 2026"}  # a title the person chose stays


# --- C2: how to undo done --------------------------------------------------------------------

def test_done_and_drop_say_how_to_undo_and_json_keeps_its_shape(run, add, tmp_path):
    goal = add("Read 2 books on trauma", "2026-12-31", "--target", "2", "--unit", "books")
    done = run("done", goal["id"])
    assert done.code == 0 and f"goals resume {goal['id']}" in done.err
    assert run("resume", goal["id"]).code == 0
    as_json = run("done", goal["id"], "--json")  # the JSON is the goal object it always was, nothing added
    assert as_json.code == 0 and as_json.err == ""
    listed = run("list", "--all", "--json").json()[0]
    assert set(as_json.json()) == set(listed) | {"previous_status", "target_reached"}
    assert as_json.json()["status"] == "done"
    assert run("resume", goal["id"]).code == 0
    dropped = run("drop", goal["id"], "--reason", "not now")
    assert dropped.code == 0 and f"goals resume {goal['id']}" in dropped.err
    assert run("resume", goal["id"]).code == 0
    answers = tmp_path / "answers.json"  # the review from a file says it too
    answers.write_text(json.dumps({"goals": {str(goal["id"]): {"progress": None, "decision": "done"}}}))
    reviewed = run("review", "--answers", answers)
    assert reviewed.code == 0 and f"Done by mistake? 'goals resume {goal['id']}'" in reviewed.err
    guessed = run("undo", goal["id"])  # the first guess of a new user: a usage error naming the command
    assert guessed.code == 2 and "Did you mean 'resume'?" in guessed.err


# --- C3: list --all shows each goal's status ---------------------------------------------------

def test_list_all_has_a_status_column_that_a_long_title_cannot_hide(run, add):
    long = add("Walk 30 minutes after lunch 5 days a week through February 24, 2027, so that I have energy "
               "for my clients", "2027-02-24")
    other = add("Pass the NCE", "2026-09-30")
    assert run("done", long["id"]).code == 0
    listed = run("list", "--all")
    assert listed.code == 0
    rows = {line.split()[0]: line.split() for line in listed.out.splitlines() if line.strip()[:1].isdigit()}
    assert "Status" in listed.out
    assert rows[str(long["id"])][1] == "done" and rows[str(other["id"])][1] == "active"
    statuses = {g["id"]: g["status"] for g in run("list", "--all", "--json").json()}
    assert statuses == {long["id"]: "done", other["id"]: "active"}
    assert "Status" not in run("list").out  # only active goals: no column


# --- C4: a path's long-term goal without the skipped milestones ---------------------------------

def test_the_long_term_goal_drops_a_credential_only_a_skipped_milestone_names():
    goal = "Become a trauma specialist certified in EMDR and TF-CBT"
    emdr = ["Complete the EMDR basic training (50 hours) to treat adults with PTSD",
            "Become EMDRIA certified in EMDR after 50 supervised EMDR sessions"]
    tfcbt = "Obtain TF-CBT certification to treat children after trauma"
    assert goal_without(goal, [tfcbt], emdr) == "Become a trauma specialist certified in EMDR"
    assert goal_without(goal, emdr, [tfcbt]) == "Become a trauma specialist certified in TF-CBT"
    assert goal_without(goal, [], emdr) == goal
    assert goal_without(goal, [tfcbt, *emdr], []) == goal  # nothing left to name: unchanged
    assert goal_without("Become a child and family specialist", ["child family"], []) == \
        "Become a child and family specialist"  # words, not credentials


def test_replan_dates_the_later_milestones_and_the_arrival_without_a_skipped_one(run):
    from clingoals.store.db import open_store  # noqa: F401 (the use case opens it below)
    from clingoals.cli.common import opened_store
    from clingoals.usecases import paths as use

    with opened_store() as store:
        plan = use.plan_start(store, "trauma-specialist", today=TODAY)
        tfcbt = next(d for d in plan["drafts"] if d["statement"].startswith("Obtain TF-CBT"))
        before, last = plan["end"], plan["drafts"][-1]["deadline"]
        dates = use.replan(plan, {tfcbt["index"]}, today=TODAY)
        assert tfcbt["index"] not in dates
        assert dates[plan["drafts"][-1]["index"]] < last and plan["end"] < before
        kept = [d for d in plan["drafts"] if d is not tfcbt]
        for draft in kept:
            draft["deadline"] = dates[draft["index"]]
        data = use.start_path(store, plan, kept, today=TODAY, now="2026-05-13T09:00:00+00:00")
    long_term = run("show", data["goal_id"], "--json").json()
    assert long_term["statement"] == "Become a trauma specialist certified in EMDR"
    assert long_term["deadline"] == plan["end"].isoformat() == data["target_date"]
    assert len(data["child_ids"]) == 3


# --- C8: one shape for a value that can't be used ------------------------------------------------

@pytest.mark.parametrize("args", [
    ("log", "1", "1,00"),
    ("log", "1", "lots"),
    ("log", "one", "2"),
    ("edit", "1", "--target", "lots", "--reason", "x"),
    ("ce", "add", "Trauma course", "--hours", "2", "--date", "2026-05-01"),  # a course without --format
    ("ce", "add", "Talk", "--hours", "2", "--date", "2026-05-01", "--activity", "juggling"),
    ("drop", "1"),  # no --reason, no terminal to ask at
])
def test_a_value_that_cannot_be_used_is_one_line_exit_1_and_changes_nothing(run, add, args):
    add("Read 2 books on trauma", "2026-12-31", "--target", "2", "--unit", "books")
    before = run("export").out
    result = run(*args)
    assert result.code == 1, result
    assert result.err.count("\n") == 1 and result.err.startswith("error: ") and "Usage:" not in result.err
    assert json.loads(run("export").out)["goals"] == json.loads(before)["goals"]
    assert json.loads(run("export").out)["ce_credits"] == []


@pytest.mark.parametrize("args", [("list", "--bogus"), ("show", "1", "2"), ("lsit",)])
def test_the_shape_of_the_command_line_stays_a_usage_error(run, args):
    result = run(*args)
    assert result.code == 2 and "Usage:" in result.err


# --- P1: short output is never paged ---------------------------------------------------------------

def test_output_that_fits_the_screen_is_printed_not_paged(run, monkeypatch, tmp_path):
    paged = tmp_path / "paged.txt"
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("PAGER", f"cat > {paged}")
    monkeypatch.setattr(render, "_paging", {"enabled": True})
    monkeypatch.setattr(type(render.out), "is_terminal", property(lambda self: True))
    monkeypatch.setattr(type(render.out), "height", property(lambda self: 500))
    result = run("path", "list")
    assert result.code == 0 and "trauma-specialist" in result.out and not paged.exists()
    monkeypatch.setattr(type(render.out), "height", property(lambda self: 10))
    result = run("path", "list")
    assert result.code == 0 and "trauma-specialist" in paged.read_text()


# --- P2: a month is not the day something happened ---------------------------------------------

@pytest.mark.parametrize("option", ["--date"])
def test_a_month_as_the_day_a_credit_was_earned_is_refused_with_the_question(run, option):
    result = run("ce", "add", "Trauma course", "--hours", "2", option, "last March", "--format", "in-person")
    assert result.code == 1 and result.err.count("\n") == 1
    assert "which day in March 2026?" in result.err
    assert run("ce", "list", "--json").json() == []
    kept = run("ce", "add", "Trauma course", "--hours", "2", option, "March 14", "--format", "in-person", "--json")
    assert kept.code == 0 and kept.json()["date"] == "2026-03-14"


def test_a_month_as_a_log_or_status_date_is_refused_but_last_week_is_a_day(run, add):
    goal = add("Read 2 books on trauma", "2026-12-31", "--target", "2", "--unit", "books", "--start", "2026-01-01")
    for args in (("log", goal["id"], "1", "--date", "April"), ("done", goal["id"], "--date", "Q1")):
        refused = run(*args)
        assert refused.code == 1 and "is a period, not a day" in refused.err
    assert run("show", goal["id"], "--json").json()["measure"]["current"] in (0, None)
    assert run("log", goal["id"], "1", "--date", "last week", "--json").code == 0
    entry = run("show", goal["id"], "--json").json()["progress_log"][0]
    assert entry["date"] == "2026-05-06"


def test_issued_and_supervisor_since_take_a_month_as_its_first_day(run):
    added = run("license", "add", "CA LCSW", "--profile", "example-ca-bbs", "--renews", "2027-03-31",
                "--issued", "March 2022", "--supervisor-since", "June 2024", "--json")
    assert added.code == 0, added
    assert (added.json()["issued"], added.json()["supervisor_since"]) == ("2022-03-01", "2024-06-01")


def test_the_long_term_goal_never_arrives_before_one_of_its_steps(run):
    """Trial 10 B4: a milestone's deadline edited past the path's end left the long-term goal due first."""
    from clingoals.cli.common import opened_store
    from clingoals.usecases import paths as use

    with opened_store() as store:
        plan = use.plan_start(store, "clinical-supervisor", target_date="2027-06-30", today=TODAY)
        plan["drafts"][0]["deadline"] = dt.date(2027, 8, 31)
        data = use.start_path(store, plan, plan["drafts"], today=TODAY, now="2026-05-13T09:00:00+00:00")
    assert data["target_date"] == "2027-08-31"
    assert run("show", data["goal_id"], "--json").json()["deadline"] == "2027-08-31"
