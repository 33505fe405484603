"""Session 14 (around): the features around the three jobs, from trial 22
(/work/notes/trial3.md). #16: a journal entry piped in without '-' (so a
detail the privacy check refused needn't stay in the shell history)."""

from __future__ import annotations

import pytest


def _drafts(home):
    return sorted((home / "drafts").glob("journal-*.json")) if (home / "drafts").is_dir() else []


def test_a_journal_entry_piped_in_is_saved(run):
    result = run("journal", "--feedback", "peer", "--json", input="Peer said my case formulation was clear\n")
    assert result.code == 0, result
    assert result.json()["text"] == "Peer said my case formulation was clear" and result.json()["kind"] == "peer"
    result = run("journal", "add", "--tag", "groups", input="Ran the DBT group alone.\nIt went well.\n")
    assert result.code == 0, result
    [newest, _] = run("journal", "list", "--json").json()
    assert newest["text"] == "Ran the DBT group alone.\nIt went well." and newest["tags"] == ["groups"]


def test_a_piped_entry_passes_the_privacy_check_and_is_kept_as_a_draft(run, isolated_home):
    result = run("journal", input="Saw Maria Lopez today and the repair attempt worked\n")
    assert result.code == 1 and "may identify a client" in result.err and "Kept as a private draft" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert run("journal", "list", "--json").json() == []
    [draft] = _drafts(isolated_home)
    assert "Maria Lopez" in draft.read_text()
    saved = run("journal", "--yes", "--json", input="Saw Maria Lopez today and the repair attempt worked\n")
    assert saved.code == 0 and "may identify a client" in saved.err


@pytest.mark.parametrize("piped", [None, "", "  \n\n"])
def test_no_entry_anywhere_is_one_line_and_saves_nothing(run, isolated_home, piped):
    result = run("journal", input=piped)
    assert result.code == 1 and result.err.count("\n") == 1, result
    assert "No entry given" in result.err and "Traceback" not in result.err
    assert run("journal", "list", "--json").json() == [] and _drafts(isolated_home) == []


def test_a_bad_goal_is_said_before_the_piped_entry_is_read(run, isolated_home):
    result = run("journal", "--goal", "9", input="Saw Maria Lopez today\n")
    assert result.code == 1 and "No goal with id 9" in result.err
    assert _drafts(isolated_home) == []


# --- trial 22 #12: a finished training meets the path's training step ---------------------------

SUPERVISION_12 = "Complete a 12-hour clinical supervision training so I can supervise LMHC limited permit holders"
TRAINING_STEP = "Complete a 40-hour supervision training course approved by my board"


def _finished(run, add, statement=SUPERVISION_12, hours=12):
    goal = add(statement, "2026-12-31", "--target", str(hours), "--unit", "hours")
    assert run("log", goal["id"], str(hours)).code == 0 and run("done", goal["id"]).code == 0
    return goal["id"]


def _ny_license(run):
    assert run("license", "add", "NY LMHC", "--profile", "example-ny-lmhc", "--renews", "2027-08-31",
               "--issued", "2022-09-01").code == 0


def test_a_finished_shorter_training_meets_the_training_step_and_says_so(run, add):
    _ny_license(run)
    mine = _finished(run, add)
    result = run("path", "start", "clinical-supervisor", "--yes", "--json")
    assert result.code == 0, result
    data = result.json()
    [met] = [item for item in data["already"] if item["milestone"] == TRAINING_STEP]
    assert met["status"] == "done" and met["goal_id"] == mine
    assert (met["goal_hours"], met["milestone_hours"]) == (12, 40)
    assert f"Already done (goal {mine}, 12 hours where this step says 40: check your board accepts it)" in result.err
    assert mine in data["attached_ids"]
    added = [run("show", i, "--json").json()["statement"] for i in data["child_ids"]]
    assert not any("training" in statement for statement in added)   # no second, 40-hour training goal
    road = run("path", "show", "--json").json()
    assert TRAINING_STEP not in road["skipped"]
    assert [g["status"] for g in road["goals"] if g["id"] == mine] == ["done"]
    # drawn before the application though due later: done steps are behind you
    text = " ".join(run("path", "show").out.replace("│", " ").split())
    assert text.index(f"✔ {mine}: Complete a 12-hour") < text.index("Submit my supervisor designation")


def test_a_training_as_long_as_the_step_is_done_without_a_note(run, add):
    mine = _finished(run, add, "Finish a 40-hour clinical supervisor training course", 40)
    [met] = [i for i in run("path", "start", "clinical-supervisor", "--yes", "--json").json()["already"]
             if i["milestone"] == TRAINING_STEP]
    assert met["goal_id"] == mine and "goal_hours" not in met


@pytest.mark.parametrize("statement,status", [
    (SUPERVISION_12, "active"),                                                   # not finished: not assumed
    ("Complete a 12-hour trauma-informed care training", "done"),                  # another subject
    ("Provide clinical supervision to 2 associates every week", "done"),           # supervising, not a training
])
def test_other_goals_do_not_meet_the_training_step(run, add, statement, status):
    goal = add(statement, "2026-12-31", "--target", "12", "--unit", "hours")
    if status == "done":
        assert run("log", goal["id"], "12").code == 0 and run("done", goal["id"]).code == 0
    data = run("path", "start", "clinical-supervisor", "--yes", "--json").json()
    assert TRAINING_STEP not in [item["milestone"] for item in data["already"] if item.get("goal_id") == goal["id"]]
    assert any(run("show", i, "--json").json()["statement"] == TRAINING_STEP for i in data["child_ids"])


def test_a_training_finished_after_the_path_started_shows_the_skipped_step_done(run, add):
    _ny_license(run)
    started = run("path", "start", "clinical-supervisor", "--yes", "--json").json()
    [step] = [i for i in started["child_ids"] if run("show", i, "--json").json()["statement"] == TRAINING_STEP]
    assert run("delete", step, "--yes").code == 0                                  # as skipped at the start
    assert TRAINING_STEP in run("path", "show", "--json").json()["skipped"]
    mine = _finished(run, add)
    road = run("path", "show", "--json").json()
    assert TRAINING_STEP not in road["skipped"]
    # in route order: the license, its years, then the training met by your goal
    assert [(item["milestone"][:12], item.get("goal_id")) for item in road["already"]] == [
        ("Obtain my in", None), ("Log 2 years ", None), (TRAINING_STEP[:12], mine)]
    shown = run("path", "show")
    assert shown.code == 0
    text = " ".join(shown.out.replace("│", " ").split())
    assert text.index("Obtain my independent license") < text.index("Log 2 years") < text.index(TRAINING_STEP)
    assert f"done: your goal {mine}, 12 hours where this step says 40" in text


# --- trial 22 #13: the plan shows what was achieved in its period ---------------------------------

def _achievements(run, add):
    """A done training (December 1), an open goal, a personal goal done, a goal done long ago, one resumed."""
    training = _finished(run, add, SUPERVISION_12)
    old = add("Pass the NCE", "2026-04-30", "--start", "2025-01-06")
    assert run("done", old["id"], "--date", "2025-03-01").code == 0
    sleep = add("Get to bed by 11pm on weeknights", "2026-12-31", "--personal")
    assert run("done", sleep["id"]).code == 0
    resumed = add("Present a case at the team meeting", "2026-09-30")
    assert run("done", resumed["id"]).code == 0 and run("resume", resumed["id"]).code == 0
    open_goal = add("Run a weekly DBT skills group for teens", "2026-12-31")
    return training, old["id"], sleep["id"], resumed["id"], open_goal["id"]


def test_the_plan_lists_goals_achieved_in_its_period_apart_from_open_ones(run, add):
    training, old, sleep, resumed, open_goal = _achievements(run, add)
    data = run("plan", "--json").json()
    assert data["achieved_since"] == "2025-05-13"                      # a year before today (2026-05-13)
    assert [(g["id"], g["done_on"], g["status"]) for g in data["achieved"]] == [(training, "2026-05-13", "done")]
    assert training not in [g["id"] for g in data["goals"]] and open_goal in [g["id"] for g in data["goals"]]
    assert resumed in [g["id"] for g in data["goals"]]                  # done, then resumed: open
    mine = run("plan", "--json", "--include-personal").json()
    assert [g["id"] for g in mine["achieved"]] == [training, sleep]
    assert [g["id"] for g in run("plan", "--json", "--since", "2025-01-01").json()["achieved"]] == [old, training]


def test_the_markdown_and_html_plans_show_the_achieved_goal_before_the_open_ones(run, add, tmp_path):
    training, *_ = _achievements(run, add)
    result = run("plan")
    assert result.code == 0, result
    text = result.out
    assert "## Achieved since 2025-05-13" in text and f"### ✔ {SUPERVISION_12}" in text
    assert "- Done: 2026-05-13 (due 2026-12-31)" in text and "- Result: 12 of 12 hours" in text
    assert text.index("## Achieved since") < text.index(SUPERVISION_12) < text.index("Run a weekly DBT skills group")
    assert "Get to bed" not in text and "Pass the NCE" not in text
    out = tmp_path / "plan.html"
    assert run("plan", "--format", "html", "--out", out).code == 0
    page = out.read_text()
    assert "<h2>Achieved since 2025-05-13</h2>" in page and 'class="goal achieved"' in page
    assert page.index("Achieved since") < page.index(SUPERVISION_12) < page.index("Run a weekly DBT skills group")


def test_a_plan_with_nothing_achieved_says_so(run, add):
    add("Run a weekly DBT skills group for teens", "2026-12-31")
    assert "No goal was marked done in this period." in run("plan").out
    assert run("plan", "--json").json()["achieved"] == []


@pytest.mark.parametrize("since", ["next month", "2026-06-01", "someday"])
def test_a_plan_period_that_cannot_be_read_or_is_ahead_is_one_line(run, since):
    result = run("plan", "--since", since)
    assert result.code == 1 and result.err.count("\n") == 1 and "Traceback" not in result.err, result
