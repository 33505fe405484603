"""Trial 10 (a California LMFT starting career paths), scripted: the
clinical-supervisor path in the state of your licenses (C1), the long-term
goal filed long-term and arriving with its latest step (C6, B4), each step
goal tagged with the milestone it serves (B4), no catalogue blurb as your
"why" (P8), and number words in a reworded milestone (C7).
Today is 2026-05-13 (the autouse fixture)."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from clingoals.career import builtin_paths, for_state, parse_path, target_from_wording

NATIONAL = "Submit my supervisor designation application to the state board"


def _license(run, name, profile):
    added = run("license", "add", name, "--profile", profile, "--renews", "2027-08-31", "--issued", "2022-03-01")
    assert added.code == 0, added


def _start(run, *extra):
    started = run("path", "start", "clinical-supervisor", "--yes", "--json", *extra)
    assert started.code == 0, started
    return started


def _goals(run):
    return {g["id"]: g for g in run("list", "--json").json()}


def test_a_california_license_gets_californias_supervisor_route(run):
    _license(run, "CA LMFT", "example-ca-bbs")
    started = _start(run)
    data = started.json()
    goals = _goals(run)
    parent = goals[data["goal_id"]]
    assert parent["statement"] == "Become a clinical supervisor in California so that I can supervise associates"
    steps = [goals[i] for i in data["child_ids"]]
    assert [(s["statement"], s["measure"]["target"], s["measure"]["unit"]) for s in steps] == [
        ("Complete the 15 hours of California (BBS) supervisor training", 15, "training hours")]
    assert not any(NATIONAL in g["statement"] for g in goals.values())
    assert "Milestones as California has them (your license CA LMFT)" in started.err
    assert f"Left out in California: {NATIONAL}: California's route is 15 hours" in started.err
    # two months (the approved-supervisor-ca row): 2026-05-13 -> 2026-07-13
    assert steps[0]["deadline"] == data["target_date"] == "2026-07-13"
    card = run("show", str(steps[0]["id"]), "--json").json()["score"]["criteria"]["achievable"]
    assert "California" in card["reason"] and "approved clinical supervisor status" not in card["reason"]
    shown = run("path", "show", "clinical-supervisor", "--json").json()
    assert shown["skipped"] == []  # left out in California is not "skipped"


def test_a_florida_license_gets_the_qualified_supervisor_route(run):
    _license(run, "FL LMHC", "example-fl-mh")
    data = _start(run).json()
    goals = _goals(run)
    assert goals[data["goal_id"]]["statement"].startswith("Become a Florida qualified supervisor")
    steps = [(goals[i]["statement"], goals[i]["measure"]["target"]) for i in data["child_ids"]]
    assert steps == [("Complete the 12-hour live board-approved supervision course for Florida qualified supervisors", 12),
                     ("Submit my Qualified Supervisor Statement to the Florida board", None)]


def test_a_florida_supervisor_has_the_statement_done(run):
    """A qualified supervisor filed the statement, and took the 12-hour course
    before it (paths11: the course is done too; licensed since 2025 so the
    path still has a step to start with)."""
    added = run("license", "add", "FL LMHC", "--profile", "example-fl-mh", "--renews", "2027-08-31",
                "--issued", "2025-06-01")
    assert added.code == 0, added
    assert run("license", "edit", "FL LMHC", "--supervisor").code == 0
    data = _start(run).json()
    done = [a["milestone"] for a in data["already"] if a["status"] == "done"]
    assert "Submit my Qualified Supervisor Statement to the Florida board" in done
    assert "Complete the 12-hour live board-approved supervision course for Florida qualified supervisors" in done


@pytest.mark.parametrize("licenses", [[], [("NY LMHC", "example-ny-lmhc")],
                                      [("CA LMFT", "example-ca-bbs"), ("FL LMHC", "example-fl-mh")]])
def test_no_single_known_state_keeps_the_national_wording(run, licenses):
    for name, profile in licenses:
        _license(run, name, profile)
    started = _start(run)
    statements = [g["statement"] for g in _goals(run).values()]
    assert NATIONAL in statements and "Complete a 40-hour supervision training course approved by my board" in statements
    assert "Milestones as" not in started.err


def test_state_routes_cite_only_the_duration_rows():
    """Don't invent rules: a state route a built-in path offers is one the
    duration rows (with their sources) already hold, and its milestones'
    months are no more than that row's typical time. A months-licensed wait
    the route changes (Texas: 5 years licensed) is dated by the license's
    issue date, not by the row's typical time (which, like the scorer, counts
    from once you are eligible): the row says it in words, in years."""
    rows = tomllib.loads((resources.files("clingoals.smart") / "durations.toml").read_text("utf-8"))["milestone"]
    for path in builtin_paths():
        for jurisdiction, state in path.states.items():
            row = next(r for r in rows if state["name"] in r["name"] and r.get("source"))
            local, info = for_state(path, jurisdiction)
            changed = [m for m in local.milestones if jurisdiction in m.states]
            steps = [m for m in changed if m.counts != "months-licensed"]
            assert steps and sum(m.months for m in steps) <= row["typical_months"], (path.id, jurisdiction)
            for wait in (m for m in changed if m.counts == "months-licensed"):
                assert f"{wait.target / 12:g} years" in row["note"], (path.id, jurisdiction, row["id"])


def test_a_path_file_with_a_bad_state_table_is_one_error_line(run, tmp_path):
    text = (resources.files("clingoals.paths") / "clinical-supervisor.toml").read_text("utf-8")
    bad = tmp_path / "mine.toml"
    bad.write_text(text.replace('id = "clinical-supervisor"', 'id = "mine"').replace(
        '[state.US-FL]\nname = "Florida"', '[state.US-FL]\nname = ""'), "utf-8")
    added = run("path", "add", bad)
    assert added.code == 1 and len(added.err.strip().splitlines()) == 1 and "state" in added.err
    assert run("path", "list", "--json").json()[-1]["id"] != "mine"
    with pytest.raises(Exception, match="months"):
        parse_path(text.replace("months = 2\ntarget = 15", "months = 0\ntarget = 15"), "x")


def test_the_long_term_goal_is_long_term_with_no_blurb_as_its_why(run):
    data = _start(run).json()
    parent = run("show", str(data["goal_id"]), "--json").json()
    assert parent["horizon"] == "long" and parent["why"] is None  # C6, P8
    plan = run("plan").out
    assert plan.index("Long-term professional goals") < plan.index("Clinical supervisor")
    practice = run("path", "start", "private-practice", "--yes", "--json").json()
    assert run("show", str(practice["goal_id"]), "--json").json()["why"] is None


def test_each_step_goal_is_tagged_with_its_milestone(run):
    data = _start(run).json()
    tags = [run("show", str(i), "--json").json()["tags"] for i in data["child_ids"]]
    assert [t for t in tags] == [["path:clinical-supervisor", f"path:clinical-supervisor:{n}"] for n in (1, 2, 3, 4)]


def test_a_goal_you_had_for_the_only_milestone_left_still_starts_the_path(run, add):
    """California: the 15-hour BBS course already on the list is the route's
    one step left; starting joins it to the long-term goal (once 'nothing to
    add'), which arrives no earlier than it does."""
    _license(run, "CA LMFT", "example-ca-bbs")
    mine = add("Complete the 15-hour BBS supervision training course", "2026-12-31")
    data = _start(run).json()
    assert data["child_ids"] == [] and data["attached_ids"] == [mine["id"]]
    assert data["target_date"] == "2026-12-31"
    assert "path:clinical-supervisor:3" in run("show", str(mine["id"]), "--json").json()["tags"]
    assert run("path", "show", "clinical-supervisor", "--json").json()["skipped"] == []


def test_number_words_in_a_reworded_milestone_are_read_as_digits():
    old = "Get credentialed with 3 insurance panels for my private practice"
    assert target_from_wording(old, "Get credentialed with two insurance panels (Aetna and Optum)", 3) == ("derived", 2)
    assert target_from_wording(old, "Get credentialed with Twelve insurance panels", 3) == ("derived", 12)
    assert target_from_wording("Complete a 40-hour course", "Complete a fifteen-hour course", 40) == ("derived", 15)
    assert target_from_wording("Log 2 years of practice", "Log three years of practice", 24, "months") == \
        ("derived", 36)
    assert target_from_wording(old, "Get credentialed with someone's insurance panels", 3) == ("ask", 3)
    assert target_from_wording(old, "Get credentialed with twofold insurance panels", 3) == ("ask", 3)


def test_path_list_json_lists_state_routes_with_snake_case_keys(run):
    listed = {p["id"]: p for p in run("path", "list", "--json").json()}["clinical-supervisor"]
    assert [s["jurisdiction"] for s in listed["states"]] == ["US-CA", "US-FL", "US-TX"]
    assert listed["milestones"][3]["states"][0]["jurisdiction"] == "US-CA"
    assert [m["number"] for m in listed["milestones"]] == [1, 2, 3, 4]
