"""Career paths, the self-assessment and the personal development plan."""

from __future__ import annotations

import re

import pytest


PATH_IDS = {"clinical-supervisor", "clinic-director", "trauma-specialist", "addiction-specialist",
            "child-family-specialist", "geriatric-specialist", "trainer", "private-practice", "researcher"}


def test_builtin_paths_are_all_there_and_honest(run):
    listed = run("path", "list", "--json").json()
    assert {p["id"] for p in listed} >= PATH_IDS
    for path in listed:
        assert path["milestones"] and path["caveat"] and path["sources"]
        assert re.search(r"vary|differ", path["caveat"], re.IGNORECASE), path["id"]


def test_start_creates_aspiration_long_term_goal_and_dated_children(run):
    result = run("path", "start", "trauma-specialist", "--target-date", "2030-05-13", "--yes", "--json")
    assert result.code == 0, result
    started = result.json()
    parent = run("show", started["goal_id"], "--json").json()
    assert parent["horizon"] == "long" and parent["deadline"] == "2030-05-13"
    assert parent["aspirations"] == ["trauma specialist"]
    children = [run("show", i, "--json").json() for i in started["child_ids"]]
    assert len(children) == 4 and all(c["parent_id"] == parent["id"] for c in children)
    deadlines = [c["deadline"] for c in children]
    assert deadlines == sorted(deadlines) and deadlines[-1] == "2030-05-13" and deadlines[0] > "2026-05-13"
    assert all(c["score"]["criteria"]["relevant"]["score"] == 2 for c in children)
    assert [a["name"] for a in run("aspiration", "list", "--json").json()] == ["trauma specialist"]
    again = run("path", "start", "trauma-specialist", "--yes")
    assert again.code == 1 and "already started" in again.err


def test_start_needs_yes_without_a_terminal_and_warns_when_squeezed(run):
    refused = run("path", "start", "private-practice")
    assert refused.code == 1 and "--yes" in refused.err
    assert run("list", "--all", "--json").json() == []
    squeezed = run("path", "start", "private-practice", "--target-date", "2027-01-01", "--yes")
    assert squeezed.code == 0 and "typically takes about" in squeezed.err
    assert run("path", "start", "researcher", "--target-date", "2020-01-01", "--yes").code == 1
    assert run("path", "start", "astronaut", "--yes").code == 1


def test_roadmap_highlights_the_next_step(run):
    started = run("path", "start", "clinical-supervisor", "--yes", "--json").json()
    run("done", started["child_ids"][0])
    roadmap = run("path", "show", "clinical-supervisor", "--json").json()
    assert roadmap["next_goal_id"] == started["child_ids"][1]
    pretty = run("path", "show", "clinical-supervisor")
    assert pretty.code == 0 and "←" in pretty.out and "vary" in pretty.out


def test_user_defined_path(run, tmp_path):
    good = tmp_path / "mine.toml"
    good.write_text('id = "ethics-chair"\nname = "Ethics committee chair"\naspiration = "ethics leader"\n'
                    'description = "Lead the ethics committee."\ngoal = "Chair the state ethics committee"\n'
                    '[[milestone]]\nstatement = "Join the state association ethics committee"\nkind = "experience"\n'
                    'months = 6\n')
    assert run("path", "add", good).code == 0
    assert "ethics-chair" in {p["id"] for p in run("path", "list", "--json").json()}
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\nname = "X"\naspiration = "x"\ndescription = "d"\ngoal = "g"\n'
                   '[[milestone]]\nstatement = "s"\nkind = "wish"\nmonths = 3\n')
    result = run("path", "add", bad)
    assert result.code == 1 and "milestone[1].kind" in result.err


def test_self_assessment_over_time(run):
    assert run("profile", "add", "--strength", "rapport", "--skill", "clinical:CBT=3", "--date", "2026-01-10").code == 0
    assert run("profile", "add", "--grow", "billing", "--skill", "clinical:CBT=4",
               "--skill", "administrative:documentation=2").code == 0
    latest = run("profile", "--json").json()
    assert latest["previous_date"] == "2026-01-10"
    changes = {(r["group"], r["skill"]): r["change"] for r in latest["skills_compared"]}
    assert changes == {("clinical", "CBT"): 1, ("administrative", "documentation"): None}
    assert len(run("profile", "list", "--json").json()) == 2
    for bad in (["--skill", "clinical:CBT=9"], ["--skill", "spiritual:prayer=3"], ["--skill", "CBT"], []):
        assert run("profile", "add", *bad).code == 1


@pytest.fixture
def planned(run, add):
    run("aspiration", "add", "private practice", "--description", "A small group practice")
    add("Write a business plan and fee schedule", "2026-09-01", "--aspiration", "private practice",
        "--step", "Talk to an accountant", "--hours-per-week", "2", "--plan", "Weekend mornings")
    add("Walk 30 minutes a day", "in 8 weeks", "--personal")
    run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-01-31")
    run("profile", "add", "--strength", "rapport", "--skill", "administrative:billing=2")
    run("journal", "Supervision: start small with the business plan <script>", "--feedback", "supervisor")


def test_plan_markdown_has_every_section(run, planned):
    result = run("plan", "--include-personal")  # personal goals are left out by default
    assert result.code == 0
    for heading in ("# Personal development plan", "## Where I am heading", "## Self-assessment",
                    "## Short-term professional goals", "## Short-term personal goals", "## Review rhythm",
                    "## Continuing education"):
        assert heading in result.out
    assert "| Specific |" in result.out and "- [ ] Talk to an accountant" in result.out
    assert "TX LPC" in result.out and "verify these numbers with your board" in result.out
    assert "Recent reflections" not in result.out
    assert "Recent reflections" in run("plan", "--include-journal").out


def test_plan_html_is_self_contained(run, planned, tmp_path):
    out = tmp_path / "plan.html"
    assert run("plan", "--format", "html", "--include-journal", "--out", out).code == 0
    page = out.read_text()
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert not re.search(r"https?://|<link|<script|src=|@import|url\(", page, re.IGNORECASE)
    assert "&lt;script&gt;" in page  # user text is escaped
    assert "@media print" in page and "break-inside: avoid" in page


@pytest.mark.slow
def test_path_start_in_a_terminal_reviews_each_goal(isolated_home):
    import json
    import os
    import subprocess
    import sys

    import pexpect

    env = {**os.environ, "CLINGOALS_HOME": str(isolated_home), "CLINGOALS_TODAY": "2026-05-13", "NO_COLOR": "1",
           "COLUMNS": "100"}
    child = pexpect.spawn(sys.executable, ["-m", "clingoals", "path", "start", "private-practice",
                                           "--target-date", "2028-12-31"], env=env, encoding="utf-8", timeout=30)
    child.expect("1. Obtain my independent license")
    child.expect(r"Keep, edit or skip\?")
    child.sendline("k")
    child.expect("2. Write a business plan")
    child.expect(r"Keep, edit or skip\?")
    child.sendline("e")
    child.expect("Statement")
    child.expect("Write a business plan")  # the old statement waits on the line: Ctrl-U clears it
    child.sendline("\x15Write a business plan, fee schedule and marketing plan for my practice")
    child.expect("Deadline")
    child.sendline("\x15someday")
    child.expect("Can't read the date")
    child.expect("Deadline")
    child.expect("someday")  # the refused date waits on the line to be corrected
    child.sendline("\x152027-09-30")
    child.expect("3. Get credentialed")
    child.expect(r"Keep, edit or skip\?")
    child.sendline("s")
    child.expect("4. Open my private practice")
    child.expect(r"Keep, edit or skip\?")
    child.sendline("")  # Enter keeps
    child.expect(r"Save the long-term goal and 3 step goals\?")
    child.sendline("y")
    child.expect("Started Private practice owner")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    out = subprocess.run([sys.executable, "-m", "clingoals", "list", "--all", "--json"], env=env,
                         capture_output=True, text=True, check=True)
    goals = {g["statement"]: g for g in json.loads(out.stdout)}
    assert len(goals) == 4
    edited = goals["Write a business plan, fee schedule and marketing plan for my practice"]
    assert edited["deadline"] == "2027-09-30" and edited["parent_id"]
    assert not any(s.startswith("Get credentialed") for s in goals)


def test_plan_reads_as_a_document(run, add, planned):
    add("Complete the EMDR basic training (50 hours) to treat adults with PTSD and complex trauma histories",
        "2026-12-31", "--target", "50", "--unit", "hours")
    add("Take a week off", "2026-08-31", "--personal")  # nothing but a statement and a date
    run("log", "3", "10", "--date", "2026-05-01")
    page = run("plan", "--include-personal").out
    statement = "Complete the EMDR basic training (50 hours) to treat adults with PTSD and complex trauma histories"
    assert f"### {statement}" in page and page.count("Complete the EMDR basic training") == 1  # not cut, not repeated
    section = page.split("### Take a week off")[1].split("###")[0]
    assert "Resources" not in section and "How progress is judged" not in section and "Why" not in section
    assert "- Resources: Weekend mornings; 2 h a week" in page
    assert not re.search(r"--[a-z]", page)  # suggestions in plain words, never flags
    assert "hours a week you can give it" in page


def test_plan_html_draws_progress_and_the_ce_cycle(run, add, planned, tmp_path):
    add("Complete 40 hours of supervision training", "2026-12-31", "--target", "40", "--unit", "hours")
    run("log", "3", "10", "--date", "2026-05-01")
    run("ce", "add", "Ethics", "--hours", "6", "--date", "2026-03-01", "--format", "live-online", "--yes")
    out = tmp_path / "plan.html"
    assert run("plan", "--format", "html", "--out", out).code == 0
    page = out.read_text()
    assert page.count("<svg") == 2  # the goal with a target, and the license's cycle
    assert "<polyline" in page and "stroke-dasharray" in page and "<title>Progress: 10 of 40 hours" in page
    assert "CE hours by month of the cycle" in page
    assert not re.search(r"https?://|<script|href=|src=", page, re.IGNORECASE)


def test_start_knows_what_you_already_have(run, add):
    emdr = add("Complete the EMDR basic training (50 hours) to treat adults with PTSD", "2026-12-31")
    tfcbt = add("Obtain TF-CBT certification to treat teens after trauma", "2027-06-30")
    run("done", tfcbt["id"])
    result = run("path", "start", "trauma-specialist", "--yes", "--json")
    assert result.code == 0, result
    data = result.json()
    already = {a["milestone"]: a for a in data["already"]}
    emdr_milestone = "Complete the EMDR basic training (50 hours) to treat adults with PTSD"
    assert already[emdr_milestone]["status"] == "on_list" and already[emdr_milestone]["goal_id"] == emdr["id"]
    assert already["Obtain TF-CBT certification to treat children after trauma"]["status"] == "done"
    created = [run("show", i, "--json").json() for i in data["child_ids"]]
    statements = [g["statement"] for g in created]
    assert emdr_milestone not in statements and len(created) == 4 - 2
    assert all(g["title"] == g["statement"] for g in created)  # titles never cut


def test_start_marks_the_license_you_hold_as_done(run):
    assert run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30").code == 0
    result = run("path", "start", "private-practice", "--yes")
    assert result.code == 0
    assert "Already done (license TX LPC on file): Obtain my independent license" in result.err
    goals = run("list", "--all", "--json").json()
    assert not any("independent license" in g["statement"] for g in goals)


def test_same_aim_matches_wording_not_just_words():
    from clingoals.career import builtin_paths, same_aim

    assert same_aim("Submit my supervisor designation application to the state board",
                    "Submit my LPC-S application to the state board")
    assert same_aim("Obtain TF-CBT certification to treat children after trauma",
                    "Obtain TF-CBT certification to treat teens after trauma")
    assert not same_aim("Submit 2 conference proposals to the state counseling association",
                        "Attend 4 state counseling association meetings")
    milestones = list(dict.fromkeys(m.statement for p in builtin_paths() for m in p.milestones
                                    if "independent license" not in m.statement))
    clashes = [(a, b) for i, a in enumerate(milestones) for b in milestones[i + 1:] if same_aim(a, b)]
    assert clashes == []  # no two different built-in milestones look like one aim


def test_plan_says_a_measure_that_is_its_unit_once(run, add):
    add("Complete 24 months of supervised practice", "2028-06-30", "--target", "24", "--unit", "months",
        "--measure", "months")
    page = run("plan").out
    assert "How progress is judged: target 24 months; now 0" in page
    assert "months; target 24 months" not in page
