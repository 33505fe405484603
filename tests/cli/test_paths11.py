"""paths11 (session 8): a path's long-term goal arrives with its latest step
after `goals edit` too; a California supervisor has the 15-hour training
done; `path show` keeps the route a path was started on; `goals drop`'s
reason goes through the privacy check; one review window, one aspiration
matcher, a state route of a months-licensed milestone checked; guided
examples that fit what a personal goal is about. CliRunner: exit code,
then stored state or --json (today is 2026-05-13)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from clingoals.career import parse_path
from clingoals.errors import InvalidInput

NATIONAL = "Submit my supervisor designation application to the state board"
CA_TRAINING = "Complete the 15 hours of California (BBS) supervisor training"


def _license(run, name, profile, *extra, issued="2022-03-01"):
    added = run("license", "add", name, "--profile", profile, "--renews", "2027-08-31", "--issued", issued, *extra)
    assert added.code == 0, added


def _start(run):
    started = run("path", "start", "clinical-supervisor", "--yes", "--json")
    assert started.code == 0, started
    return started.json()


def _goal(run, goal_id):
    return run("show", goal_id, "--json").json()


# --- 1. a step moved past its long-term goal ----------------------------------------------------

def test_a_step_dated_past_its_long_term_goal_needs_a_yes_and_then_moves_it_too(run):
    _license(run, "TX LPC", "example-tx-lpc")
    data = _start(run)
    parent, step = data["goal_id"], data["child_ids"][0]
    before = _goal(run, parent)["deadline"], _goal(run, step)["deadline"]

    refused = run("edit", step, "--due", "2029-01-31", "--reason", "the course is full until 2029")
    assert refused.code == 1
    assert refused.err.count("\n") == 1 and "--yes" in refused.err and f"goal {parent}" in refused.err
    assert (_goal(run, parent)["deadline"], _goal(run, step)["deadline"]) == before  # nothing changed

    moved = run("edit", step, "--due", "2029-01-31", "--reason", "the course is full until 2029", "--yes", "--json")
    assert moved.code == 0, moved
    assert moved.json()["deadline"] == "2029-01-31"
    assert moved.json()["long_term_goal_moved"] == {"id": parent, "title": "Clinical supervisor",
                                                    "deadline": before[0], "to": "2029-01-31"}
    assert _goal(run, parent)["deadline"] == "2029-01-31"
    change = [h for h in run("history", parent, "--json").json() if h["field"] == "deadline"]
    assert change[-1]["reason"] == f"arrives with its latest step, goal {step}"


def test_a_step_dated_within_its_long_term_goal_moves_nothing_else(run):
    _license(run, "TX LPC", "example-tx-lpc")
    data = _start(run)
    parent, step = data["goal_id"], data["child_ids"][0]
    arrives = _goal(run, parent)["deadline"]
    moved = run("edit", step, "--due", arrives, "--reason", "same day as the end", "--json")
    assert moved.code == 0, moved
    assert "long_term_goal_moved" not in moved.json()
    assert _goal(run, parent)["deadline"] == arrives


def test_a_long_term_goal_dated_before_its_latest_step_is_refused(run):
    _license(run, "TX LPC", "example-tx-lpc")
    data = _start(run)
    parent = data["goal_id"]
    latest = max(_goal(run, i)["deadline"] for i in data["child_ids"])
    arrives = _goal(run, parent)["deadline"]
    refused = run("edit", parent, "--due", "2026-06-30", "--reason", "sooner")
    assert refused.code == 1
    assert refused.err.count("\n") == 1 and "arrives no earlier than its latest step" in refused.err
    assert latest in refused.err
    assert _goal(run, parent)["deadline"] == arrives
    assert run("edit", parent, "--due", latest, "--reason", "with its last step").code == 0


def test_a_step_of_a_goal_that_is_not_a_path_moves_alone(run, add):
    parent = add("Open a private practice", "2027-01-31")
    child = add("Get credentialed with 2 insurance panels", "2026-12-31", "--parent", str(parent["id"]))
    moved = run("edit", child["id"], "--due", "2027-06-30", "--reason", "panels are slow", "--json")
    assert moved.code == 0, moved
    assert _goal(run, parent["id"])["deadline"] == "2027-01-31"


# --- 2. a California supervisor has the training done --------------------------------------------

def test_a_california_supervisor_has_the_15_hour_training_done(run):
    """16 CCR § 1871(a): the 15 hours are taken in the 2 years before or the 60
    days after one starts supervising; licensed 2024-06-01 so the path still
    has its months-licensed step."""
    _license(run, "CA LMFT", "example-ca-bbs", "--supervisor-since", "2026-01-15", issued="2024-06-01")
    data = _start(run)
    done = [a["milestone"] for a in data["already"] if a["status"] == "done"]
    assert CA_TRAINING in done
    steps = [_goal(run, i)["statement"] for i in data["child_ids"]]
    assert CA_TRAINING not in steps and len(steps) == 1 and steps[0].startswith("Log 2 years")


def test_a_california_supervisor_of_less_than_60_days_still_has_the_training_to_do_by_the_60th_day(run):
    _license(run, "CA LMFT", "example-ca-bbs", "--supervisor-since", "2026-04-01", issued="2024-06-01")
    data = _start(run)
    assert CA_TRAINING not in [a["milestone"] for a in data["already"]]
    steps = {_goal(run, i)["statement"]: _goal(run, i)["deadline"] for i in data["child_ids"]}
    assert steps[CA_TRAINING] == "2026-05-31"  # supervising since 2026-04-01: 60 days


def test_a_california_license_not_marked_supervisor_has_the_training_to_do(run):
    _license(run, "CA LMFT", "example-ca-bbs")
    data = _start(run)
    assert [_goal(run, i)["statement"] for i in data["child_ids"]] == [CA_TRAINING]


PATH = """
id = "mine"
name = "Mine"
aspiration = "mine"
description = "d"
goal = "Get there"
[state.US-CA]
name = "California"
[[milestone]]
statement = "Log 2 years licensed"
kind = "experience"
months = 24
target = 24
unit = "months"
counts = "months-licensed"
[milestone.state.US-CA]
{variant}
"""


@pytest.mark.parametrize("variant, problem", [
    ('unit = "years"\ntarget = 2', "milestone[1].state.US-CA.unit: months-licensed needs a target in months"),
    ('done_by = "boss"', "milestone[1].state.US-CA.done_by: must be one of supervisor"),
    ('done_by = "supervisor"\nsupervising_days = -1', "supervising_days: must be a whole number of days"),
])
def test_a_state_route_is_checked_as_the_national_milestone_is(run, tmp_path, variant, problem):
    """career._state_variants: a state's months-licensed milestone keeps counting months."""
    with pytest.raises(InvalidInput, match=re.escape(problem)):
        parse_path(PATH.format(variant=variant), "mine.toml")
    file = tmp_path / "mine.toml"
    file.write_text(PATH.format(variant=variant))
    added = run("path", "add", file)
    assert added.code == 1 and added.err.count("\n") == 1 and problem in added.err
    assert [p["id"] for p in run("path", "list", "--json").json() if p["id"] == "mine"] == []


def test_a_state_route_may_reword_a_months_licensed_milestone_in_months():
    path = parse_path(PATH.format(variant='statement = "Hold my California license 2 years"'), "mine.toml")
    assert path.milestones[0].states["US-CA"] == {"statement": "Hold my California license 2 years"}


# --- 3. the route a path was started on ----------------------------------------------------------

def test_path_show_keeps_the_national_route_when_a_california_license_comes_later(run):
    _license(run, "NY LMHC", "example-ny-lmhc")  # New York: the national route (Texas has its own since txsuper16)
    _start(run)
    _license(run, "CA LMFT", "example-ca-bbs")
    assert run("license", "delete", "NY LMHC", "--yes").code == 0
    shown = run("path", "show", "clinical-supervisor", "--json")
    assert shown.code == 0, shown
    data = shown.json()
    assert data["state"] is None and data["licenses_state"] == {"jurisdiction": "US-CA", "name": "California"}
    assert NATIONAL in [m["statement"] for m in data["path"]["milestones"]]
    assert data["skipped"] == []
    said = run("path", "show", "clinical-supervisor")
    assert said.code == 0
    assert "this path keeps the national route, the one it was started on" in said.err


def test_path_show_keeps_californias_route_when_a_texas_license_comes_later(run):
    _license(run, "CA LMFT", "example-ca-bbs")
    _start(run)
    _license(run, "TX LPC", "example-tx-lpc")
    data = run("path", "show", "clinical-supervisor", "--json").json()
    assert data["state"] == {"jurisdiction": "US-CA", "name": "California"} and data["licenses_state"] is None
    assert CA_TRAINING in [m["statement"] for m in data["path"]["milestones"]]
    assert NATIONAL not in [m["statement"] for m in data["path"]["milestones"]] and data["skipped"] == []
    said = run("path", "show", "clinical-supervisor").err
    assert "Milestones as California has them (the route you started it on)." in said
    assert "the licenses on file now give the national route; this path keeps California's route" in said


def test_the_route_is_kept_in_a_tag_of_the_long_term_goal(run):
    _license(run, "CA LMFT", "example-ca-bbs")
    data = _start(run)
    assert "path:clinical-supervisor:US-CA" in _goal(run, data["goal_id"])["tags"]
    assert run("path", "start", "private-practice", "--yes").code == 0  # a path with no state routes: no route tag
    parent = next(g for g in run("list", "--json").json() if g["title"] == "Private practice owner"
                  or "path:private-practice" in g["tags"] and not g["parent_id"])
    assert [t for t in parent["tags"] if t.startswith("path:private-practice")] == ["path:private-practice"]


# --- 4. the drop reason's privacy check -------------------------------------------------------

def test_a_drop_reason_that_may_name_a_client_needs_a_yes(run, add):
    goal = add("Pass the NCE", "2026-09-30")
    refused = run("drop", goal["id"], "--reason", "my client John Smith needs the slot")
    assert refused.code == 1 and refused.err.count("\n") == 1 and "may identify a client" in refused.err
    assert _goal(run, goal["id"])["status"] == "active"
    saved = run("drop", goal["id"], "--reason", "my client John Smith needs the slot", "--yes", "--json")
    assert saved.code == 0, saved
    assert saved.json()["status"] == "dropped" and "may identify a client" in saved.err
    assert run("history", goal["id"], "--json").json()[-1]["reason"] == "my client John Smith needs the slot"


# --- 5. one review window, one aspiration matcher --------------------------------------------

def test_the_review_window_is_one_helper(isolated_home):
    from clingoals.store.db import open_store
    from clingoals.usecases.review import review_window

    today = dt.date(2026, 5, 13)
    store = open_store()
    try:
        assert review_window(store.conn, today) == (None, dt.date(2026, 5, 6), None)
    finally:
        store.close()


@pytest.mark.parametrize("typed, known, expected", [
    ("Clinical Supervisor ", ["clinical supervisor", "debt free"], ("clinical supervisor", True)),
    ("privat practise", ["private practice", "debt free"], ("private practice", False)),
    ("family", ["private practice", "debt free"], (None, False)),
])
def test_one_aspiration_matcher(typed, known, expected):
    from clingoals.suggest import same_or_closest

    assert same_or_closest(typed, known) == expected


# --- 6. examples that fit the goal -----------------------------------------------------------------

@pytest.mark.parametrize("statement, personal, kind", [
    ("Call my parents every Sunday", True, "family"),
    ("Date night with my partner twice a month", True, "family"),
    ("See my close friends once a month", True, "family"),
    ("Sleep 7 hours a night", True, "sleep"),
    ("Be in bed by 10:30 on weeknights", False, "sleep"),
    ("Walk 30 minutes after lunch", True, "exercise"),
    ("Go to the gym 3 times a week", True, "exercise"),
    ("Leave work by 6 on weekdays", True, "boundary"),  # (judge16: boundaries and money get their own)
    ("No work email after 7pm", True, "boundary"),
    ("Pay off my $4,500 credit card", True, "money"),
    ("Start my own therapy", True, "personal"),
    ("Complete the EMDR basic training", False, "work"),
    ("Run a parenting group for parents of teens", False, "work"),
])
def test_the_guided_examples_fit_what_the_goal_is_about(statement, personal, kind):
    from clingoals.usecases.drafting import example_kind

    assert example_kind({"statement": statement}, personal=personal, today=dt.date(2026, 5, 13)) == kind


def test_every_kind_of_goal_has_every_example():
    from clingoals.cli.drafting import EXAMPLES

    assert {key for row in EXAMPLES.values() for key in row} == set(EXAMPLES["work"])
    assert all(set(row) == set(EXAMPLES["work"]) for row in EXAMPLES.values())
    assert set(EXAMPLES) == {"work", "family", "sleep", "exercise", "money", "boundary", "personal"}
