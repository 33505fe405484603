"""cepath13 (session 9): 1. a license whose current cycle is exempt says
"exempt (first cycle)" wherever its status appears, --json included;
2. a partial --profile matching several profiles names them; 3. a review's
deadline change goes through the long-term goal rule of `goals edit --due`;
4. the national route's 40-hour supervisor course and --supervisor.
Today is 2026-05-13 (the suite's clock)."""

from __future__ import annotations

import json

import pytest

from clingoals.career import parse_path
from clingoals.errors import InvalidInput


def ny_first_cycle(run):
    """An NY LCSW in its first registration period (exempt: Education Law §7710(1)(b))."""
    added = run("license", "add", "NY LCSW", "--profile", "example-ny-lcsw", "--issued", "2025-03-01",
                "--renews", "2028-02-29")
    assert added.code == 0, added


# --- 1. an exempt current cycle -------------------------------------------------------

def test_an_exempt_current_cycle_has_status_exempt_in_ce_status_json(run):
    ny_first_cycle(run)
    result = run("ce", "status", "--json")
    assert result.code == 0, result
    row, = result.json()["licenses"]
    assert (row["status"], row["exempt"], row["exempt_reason"]) == ("exempt", True, "first cycle")
    # the keys that were there keep their meaning: nothing is required, nothing remains
    assert (row["required_hours"], row["remaining_hours"], row["done_fraction"]) == (0, 0, 1)


def test_a_cycle_that_is_not_exempt_has_no_reason(run):
    added = run("license", "add", "NY LCSW", "--profile", "example-ny-lcsw", "--issued", "2019-03-01",
                "--renews", "2028-02-29")
    assert added.code == 0, added
    row, = run("ce", "status", "--json").json()["licenses"]
    assert (row["status"], row["exempt"], row["exempt_reason"]) == ("behind", False, None)


def test_an_exempt_current_cycle_says_exempt_everywhere_its_status_appears(run):
    ny_first_cycle(run)
    panel = run("ce")
    assert panel.code == 0, panel
    assert "Status     exempt (first cycle)" in panel.out and "complete" not in panel.out
    assert "100% done" not in panel.out and "at least 0 h" not in panel.out
    dashboard = run()
    assert dashboard.code == 0, dashboard
    assert "CE NY LCSW: exempt (first cycle); no CE due, renews 2028-02-29" in dashboard.out
    digest = run("review", "--summary")
    assert digest.code == 0, digest
    assert "NY LCSW: exempt (first cycle), none required" in digest.out and "(complete)" not in digest.out
    summary = run("review", "--summary", "--json")
    line, = summary.json()["ce"]["licenses"]
    assert (line["status"], line["exempt_reason"]) == ("exempt", "first cycle")
    plan = run("plan")
    assert plan.code == 0, plan
    assert "**NY LCSW** (example-ny-lcsw): exempt (first cycle), none required" in plan.out
    history = run("license", "history", "NY LCSW", "--json")
    cycle, = history.json()["cycles"]
    assert (cycle["status"], cycle["exempt"], cycle["outcome"]["complete"], cycle["outcome"]["text"]) == \
        ("exempt", True, True, "exempt (first cycle)")


def test_an_exempt_cycle_with_a_deadline_still_open_shows_the_deadline(run, tmp_path):
    # Florida-style: the first biennium is exempt, but 2 h within 6 months of licensure are not.
    path = tmp_path / "fl.toml"
    path.write_text('id = "my-fl"\nname = "FL (mine)"\ncycle_months = 24\ntotal_hours = 30\n\n'
                    '[[minimum]]\ncategory = "domestic-violence"\nhours = 2\nwithin_months_of_licensure = 6\n\n'
                    '[first_cycle]\nmode = "exempt"\n')
    assert run("ce", "profile", "add", path).code == 0
    added = run("license", "add", "FL", "--profile", "my-fl", "--issued", "2026-03-01", "--renews", "2027-03-31")
    assert added.code == 0, added
    row, = run("ce", "status", "--json").json()["licenses"]
    assert row["exempt"] is True and row["status"] == "on_track"  # the open deadline decides
    assert [d["met"] for d in row["deadlines"]] == [False]


# --- 2. a partial --profile that names several profiles ------------------------------------

WHICH = "'lcsw' matches example-nj-lcsw and example-ny-lcsw: which one? Give its full id."


def test_license_add_with_a_profile_part_of_two_ids_names_both_and_adds_nothing(run):
    result = run("license", "add", "LCSW", "--profile", "lcsw", "--renews", "2027-01-31")
    assert result.code == 1, result
    assert result.err.strip().splitlines() == [f"error: {WHICH}"] and result.out == ""
    assert run("license", "list", "--json").json() == []


def test_license_edit_with_a_profile_part_of_two_ids_changes_nothing(run):
    assert run("license", "add", "TX", "--profile", "example-tx-lpc", "--renews", "2027-01-31").code == 0
    result = run("license", "edit", "TX", "--profile", "lcsw")
    assert result.code == 1, result
    assert result.err.strip().splitlines() == [f"error: {WHICH}"]
    assert run("license", "show", "TX", "--json").json()["profile_id"] == "example-tx-lpc"


def test_profile_show_with_a_part_of_two_ids_names_both(run):
    result = run("ce", "profile", "show", "lcsw")
    assert result.code == 1, result
    assert result.err.strip().splitlines() == [f"error: {WHICH}"] and result.out == ""


def test_a_part_of_many_ids_points_to_the_list_and_a_part_of_one_is_still_a_suggestion(run):
    many = run("license", "add", "X", "--profile", "example", "--renews", "2027-01-31")
    assert many.code == 1 and many.err.strip().splitlines() == [
        "error: 'example' is part of 11 profile ids: which one? 'goals ce profile list' shows them."]
    one = run("license", "add", "X", "--profile", "lmhc", "--renews", "2027-01-31")
    assert one.code == 1 and "Did you mean 'example-ny-lmhc'?" in one.err
    assert run("license", "list", "--json").json() == []


def test_an_own_profile_with_lcsw_in_its_id_is_one_more_candidate(run, tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('id = "my-ny-lcsw"\nname = "NY LCSW (mine)"\ncycle_months = 36\ntotal_hours = 36\n')
    assert run("ce", "profile", "add", path).code == 0
    result = run("license", "add", "X", "--profile", "LCSW", "--renews", "2027-01-31")
    assert result.code == 1
    assert "'LCSW' matches example-nj-lcsw, example-ny-lcsw and my-ny-lcsw: which one?" in result.err


# --- 3. a review's new deadline past a path's long-term goal ------------------------------

def _supervisor_path(run) -> tuple[int, list[int]]:
    """A TX LPC of 2022 on the clinical-supervisor path: (long-term goal, its open steps)."""
    added = run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-08-31",
                "--issued", "2022-03-01")
    assert added.code == 0, added
    started = run("path", "start", "clinical-supervisor", "--yes", "--json")
    assert started.code == 0, started
    return started.json()["goal_id"], started.json()["child_ids"]


def _deadline(run, goal_id) -> str:
    return run("show", goal_id, "--json").json()["deadline"]


def _answers(tmp_path, goals: dict):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"goals": {str(k): v for k, v in goals.items()}}))
    return path


def test_review_answers_dating_a_step_past_its_long_term_goal_need_a_yes(run, tmp_path):
    parent, steps = _supervisor_path(run)
    step = steps[-1]
    before = _deadline(run, parent), _deadline(run, step)
    path = _answers(tmp_path, {step: {"decision": "adjust", "deadline": "2028-09-30", "reason": "board backlog"}})
    refused = run("review", "--answers", path)
    assert refused.code == 1, refused
    assert refused.err.strip().splitlines() == [
        f"error: Nothing changed: goal {step} would be due after the long-term goal it serves, goal {parent} "
        f"(Clinical supervisor, due {before[0]}); move both with --yes, or give a date on or before {before[0]}."]
    assert (_deadline(run, parent), _deadline(run, step)) == before  # nothing changed
    assert run("review", "--history", "--json").json()["reviews"] == []  # and no review saved

    moved = run("review", "--answers", path, "--yes", "--json")
    assert moved.code == 0, moved
    assert moved.json()["long_term_goals_moved"] == {
        str(step): {"id": parent, "title": "Clinical supervisor", "deadline": before[0], "to": "2028-09-30"}}
    assert (_deadline(run, parent), _deadline(run, step)) == ("2028-09-30", "2028-09-30")
    change = [h for h in run("history", parent, "--json").json() if h["field"] == "deadline"]
    assert change[-1]["reason"] == f"arrives with its latest step, goal {step}"


def test_review_answers_moving_the_long_term_goal_too_need_no_yes(run, tmp_path):
    parent, steps = _supervisor_path(run)
    step = steps[-1]
    path = _answers(tmp_path, {parent: {"decision": "adjust", "deadline": "2028-12-31"},
                               step: {"decision": "adjust", "deadline": "2028-09-30"}})
    done = run("review", "--answers", path, "--json")
    assert done.code == 0, done
    assert done.json()["long_term_goals_moved"] == {}
    assert (_deadline(run, parent), _deadline(run, step)) == ("2028-12-31", "2028-09-30")


def test_review_answers_dating_the_long_term_goal_before_its_step_are_refused(run, tmp_path):
    parent, steps = _supervisor_path(run)
    before = [_deadline(run, g) for g in (parent, *steps)]
    path = _answers(tmp_path, {parent: {"decision": "adjust", "deadline": "2026-06-30"}})
    refused = run("review", "--answers", path, "--yes")
    assert refused.code == 1, refused
    assert len(refused.err.strip().splitlines()) == 1 and "arrives no earlier than its latest step" in refused.err
    assert [_deadline(run, g) for g in (parent, *steps)] == before


def test_two_steps_of_a_review_move_their_long_term_goal_once_to_the_later_date(run, tmp_path):
    parent, steps = _supervisor_path(run)
    assert len(steps) >= 2
    path = _answers(tmp_path, {steps[0]: {"decision": "adjust", "deadline": "2028-10-31"},
                               steps[1]: {"decision": "adjust", "deadline": "2028-09-30"}})
    done = run("review", "--answers", path, "--yes", "--json")
    assert done.code == 0, done
    assert list(done.json()["long_term_goals_moved"]) == [str(steps[0])]
    assert _deadline(run, parent) == "2028-10-31"
    changes = [h for h in run("history", parent, "--json").json() if h["field"] == "deadline"]
    assert len(changes) == 1


# --- 4. the national 40-hour course and --supervisor ---------------------------------------

COURSE = "Complete a 40-hour supervision training course approved by my board"


def _tx_supervisor(run, *flag, profile="example-tx-lpc", issued="2020-03-01"):
    added = run("license", "add", "TX LPC", "--profile", profile, "--renews", "2027-08-31",
                "--issued", issued, *flag)
    assert added.code == 0, added


def _ny_supervisor(run, *flag):  # New York: the national route (Texas has its own since txsuper16)
    added = run("license", "add", "NY LMHC", "--profile", "example-ny-lmhc", "--renews", "2027-08-31",
                "--issued", "2020-03-01", *flag)
    assert added.code == 0, added


def test_a_supervisor_on_the_national_route_still_has_the_40_hour_course_to_do_and_is_told_why(run):
    _ny_supervisor(run, "--supervisor-since", "2025-01-15")
    started = run("path", "start", "clinical-supervisor", "--yes", "--json")
    assert started.code == 0, started
    step, = started.json()["child_ids"]  # the designation is done by the flag, the course is not
    assert run("show", step, "--json").json()["statement"] == COURSE
    assert "Still to do with license NY LMHC marked supervisor: " + COURSE in started.err
    shown = run("path", "show", "clinical-supervisor", "--json")
    assert shown.code == 0, shown
    item, = shown.json()["open_for_supervisor"]
    assert (item["milestone"], item["goal_id"], item["license"]) == (COURSE, step, "NY LMHC")
    assert "Ohio's LPCC-S asks 24 hours" in item["why"] and "doctoral-level course" in item["why"]
    text = run("path", "show", "clinical-supervisor")
    assert f"note: goal {step} ({COURSE}) stays to do with license NY LMHC marked supervisor" in text.err
    assert f"if you took it: goals done {step}." in text.err
    assert run("done", step).code == 0  # taken: nothing left to explain
    assert run("path", "show", "clinical-supervisor", "--json").json()["open_for_supervisor"] == []


def test_a_texas_lpc_s_has_the_course_and_the_application_done(run):
    """bhec.texas.gov: the LPC-S application needs the 40-clock-hour course
    certificate or a doctoral-level course in supervision, so an LPC marked
    supervisor has taken one (no "stays to do" to explain); licensed since
    2022 the 60 months are still to serve."""
    _tx_supervisor(run, "--supervisor-since", "2025-01-15", issued="2022-03-01")
    started = run("path", "start", "clinical-supervisor", "--yes", "--json")
    assert started.code == 0, started
    done = {a["milestone"] for a in started.json()["already"] if a["status"] == "done"}
    assert {"Submit my LPC Supervisor (LPC-S) application to the Texas BHEC",
            "Complete the 40-clock-hour LPC supervisor training course (22 TAC §681.147) or a doctoral-level course "
            "in supervision for the Texas LPC-S"} <= done
    step, = started.json()["child_ids"]
    assert run("show", step, "--json").json()["measure"]["target"] == 60
    assert "Still to do with" not in started.err
    assert run("path", "show", "clinical-supervisor", "--json").json()["open_for_supervisor"] == []


def test_no_supervisor_license_no_explanation(run):
    _tx_supervisor(run)
    started = run("path", "start", "clinical-supervisor", "--yes")
    assert started.code == 0, started
    assert "Still to do with" not in started.err
    assert run("path", "show", "clinical-supervisor", "--json").json()["open_for_supervisor"] == []


def test_a_california_supervisor_has_no_open_course_to_explain(run):
    added = run("license", "add", "CA LMFT", "--profile", "example-ca-bbs", "--renews", "2027-08-31",
                "--issued", "2025-03-01", "--supervisor-since", "2026-01-15")
    assert added.code == 0, added
    started = run("path", "start", "clinical-supervisor", "--yes")
    assert started.code == 0, started
    assert "Still to do with" not in started.err
    assert run("path", "show", "clinical-supervisor", "--json").json()["open_for_supervisor"] == []


def test_open_for_supervisor_beside_done_by_is_refused():
    text = ('id = "x"\nname = "X"\naspiration = "x"\ndescription = "d"\ngoal = "Become X"\ncaveat = "c"\n'
            'sources = []\n\n[[milestone]]\nstatement = "Take the course"\nkind = "training"\nmonths = 2\n'
            'done_by = "supervisor"\nopen_for_supervisor = "boards differ"\n')
    with pytest.raises(InvalidInput, match="open_for_supervisor"):
        parse_path(text, "x.toml")
    parsed = parse_path(text.replace('done_by = "supervisor"\n', ""), "x.toml")
    assert parsed.milestones[0].open_for_supervisor == "boards differ"
