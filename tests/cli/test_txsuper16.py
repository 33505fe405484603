"""txsuper16 (session 10): the clinical-supervisor path's Texas route, the
LPC Supervisor (LPC-S). bhec.texas.gov ("Texas LPC Supervisor"): an
unrestricted LPC license in good standing for at least five years, then the
40-clock-hour supervision course (22 TAC §681.147) or a doctoral-level
course in supervision, then the application. A Texas LPC licensed in 2023
was told the national "2 years of post-licensure practice" was done (new-user
trial). CliRunner: exit code, then stored state or --json; today is
2026-11-24 here."""

from __future__ import annotations

import pytest

WAIT = "Hold my license 5 years (60 months) in good standing, as Texas requires before supervising LPC Associates"
COURSE = ("Complete the 40-clock-hour LPC supervisor training course (22 TAC §681.147) or a doctoral-level course "
          "in supervision for the Texas LPC-S")
APPLICATION = "Submit my LPC Supervisor (LPC-S) application to the Texas BHEC"
GOAL = "Become a Texas LPC Supervisor (LPC-S) so that I can supervise LPC Associates"
NATIONAL_WAIT = "Log 2 years of post-licensure clinical practice required before supervising"


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")


def _license(run, name, profile, issued):
    added = run("license", "add", name, "--profile", profile, "--renews", "2027-08-31", "--issued", issued)
    assert added.code == 0, added


def _start(run):
    started = run("path", "start", "clinical-supervisor", "--yes", "--json")
    assert started.code == 0, started
    return started


def _goals(run):
    return {g["statement"]: g for g in run("list", "--json").json()}


def test_a_texas_lpc_licensed_in_2023_has_the_five_years_still_to_serve_and_is_told_when(run):
    _license(run, "TX LPC", "example-tx-lpc", "2023-03-01")  # 44 months on 2026-11-24
    started = _start(run)
    data = started.json()
    assert "Milestones as Texas has them (your license TX LPC)" in started.err
    assert WAIT not in [a["milestone"] for a in data["already"]]
    goals = _goals(run)
    wait = goals[WAIT]
    assert (wait["measure"]["target"], wait["measure"]["baseline"], wait["measure"]["unit"]) == (60, 44, "months")
    assert wait["deadline"] == "2028-03-01"  # issued + 60 months, the day the board's five years are reached
    assert goals[COURSE]["measure"]["target"] == 40 and goals[COURSE]["deadline"] > "2028-03-01"
    assert APPLICATION in goals and NATIONAL_WAIT not in goals
    parent = goals[GOAL]
    assert parent["id"] == data["goal_id"] and parent["deadline"] == data["target_date"] == "2028-06-24"
    assert "path:clinical-supervisor:US-TX" in parent["tags"]
    shown = run("path", "show", "clinical-supervisor", "--json")
    assert shown.code == 0, shown
    assert shown.json()["state"] == {"jurisdiction": "US-TX", "name": "Texas"}
    assert WAIT not in [a["milestone"] for a in shown.json()["already"]]
    assert WAIT in [g["statement"] for g in shown.json()["goals"]]


def test_a_texas_lpc_licensed_in_2020_has_the_five_years_done(run):
    _license(run, "TX LPC", "example-tx-lpc", "2020-03-01")  # 80 months on 2026-11-24
    data = _start(run).json()
    already = {a["milestone"]: a for a in data["already"]}
    assert (already[WAIT]["status"], already[WAIT]["months"], already[WAIT]["since"]) == ("done", 80, "2020-03-01")
    assert set(_goals(run)) == {GOAL, COURSE, APPLICATION}
    shown = run("path", "show", "clinical-supervisor", "--json").json()
    assert WAIT in [a["milestone"] for a in shown["already"] if a["status"] == "done"]


def test_a_path_started_on_the_national_route_keeps_it_when_the_license_is_texan(run):
    """A Texas LPC who started the path before Texas had a route has the
    national route's tag: the roadmap shows what it did (2 years done, no
    Texas wording), and says the licenses now give Texas's route. (Stored
    as that start stored it: a national license, then the Texas one.)"""
    _license(run, "NY LMHC", "example-ny-lmhc", "2023-03-01")
    data = _start(run).json()
    _license(run, "TX LPC", "example-tx-lpc", "2023-03-01")
    assert run("license", "delete", "NY LMHC", "--yes").code == 0
    parent = run("show", str(data["goal_id"]), "--json").json()
    assert "path:clinical-supervisor:national" in parent["tags"]
    shown = run("path", "show", "clinical-supervisor", "--json")
    assert shown.code == 0, shown
    roadmap = shown.json()
    assert roadmap["state"] is None and roadmap["licenses_state"] == {"jurisdiction": "US-TX", "name": "Texas"}
    statements = [m["statement"] for m in roadmap["path"]["milestones"]]
    assert NATIONAL_WAIT in statements and WAIT not in statements and APPLICATION not in statements
    assert {a["milestone"]: a["license"] for a in roadmap["already"]}[NATIONAL_WAIT] == "TX LPC"
    assert roadmap["skipped"] == []
    said = run("path", "show", "clinical-supervisor")
    assert said.code == 0
    assert "this path keeps the national route, the one it was started on" in said.err


def test_the_texas_route_is_listed_with_its_60_months(run):
    listed = {p["id"]: p for p in run("path", "list", "--json").json()}["clinical-supervisor"]
    assert {"jurisdiction": "US-TX", "name": "Texas", "goal": GOAL} in listed["states"]
    wait = next(s for s in listed["milestones"][1]["states"] if s["jurisdiction"] == "US-TX")
    assert (wait["target"], wait["months"]) == (60, 60)
    assert any("bhec.texas.gov" in source for source in listed["sources"])
