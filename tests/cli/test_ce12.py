"""Trial 11 (Sam, a New York LCSW): C5 an exempt first cycle reads as
exempt, not "5 of 0 h counted / complete"; C9 the plan's CE footer says
whose rules are in use; P4 a built-in New York LCSW profile with its
sources. Today is 2026-05-13 (the suite's clock)."""

from __future__ import annotations

import json

SAM = """id = "my-ny-lcsw"
name = "NY LCSW (mine)"
cycle_months = 36
total_hours = 36

[[cap]]
format = "self-study"
hours = 12

[first_cycle]
mode = "exempt"
"""


def own_profile(run, tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(SAM)
    added = run("ce", "profile", "add", path)
    assert added.code == 0, added


def sam(run, tmp_path):
    own_profile(run, tmp_path)
    added = run("license", "add", "NY LCSW", "--profile", "my-ny-lcsw", "--renews", "2028-08-31",
                "--issued", "2022-09-01")
    assert added.code == 0, added
    credit = run("ce", "add", "Trauma basics", "--hours", "5", "--date", "2023-03-01", "--format", "in-person")
    assert credit.code == 0, credit


def test_an_exempt_first_cycle_says_exempt_in_the_history_and_its_json(run, tmp_path):
    sam(run, tmp_path)
    text = run("license", "history", "NY LCSW")
    assert text.code == 0, text
    assert "5 of 0 h" not in text.out
    assert "exempt (first cycle)" in text.out
    assert "5 h recorded, none required" in text.out
    result = run("license", "history", "NY LCSW", "--json")
    assert result.code == 0, result
    first, = [c for c in result.json()["cycles"] if c["cycle_number"] == 1]
    current, = [c for c in result.json()["cycles"] if c["cycle_number"] == 2]
    assert first["exempt"] is True and current["exempt"] is False
    # the keys and types that were there stay
    assert (first["required_hours"], first["counted_hours"], first["outcome"]["complete"]) == (0, 5, True)
    assert first["outcome"]["text"] == "exempt (first cycle)"


def test_the_ce_panel_of_an_exempt_cycle_does_not_count_toward_zero(run, tmp_path):
    sam(run, tmp_path)
    result = run("ce", "status", "--cycle", "previous")
    assert result.code == 0, result
    assert "exempt (first cycle), none required" in result.out
    assert "total of 0 h" not in result.out
    status = run("ce", "status", "--cycle", "previous", "--json")
    assert status.code == 0 and status.json()["licenses"][0]["exempt"] is True


def test_the_plan_footer_names_the_rules_in_use_as_the_ce_panel_does(run, tmp_path):
    sam(run, tmp_path)
    panel = run("ce")
    assert panel.code == 0, panel
    assert "Rules from your own profile." in panel.out
    for fmt in ("md", "html"):
        plan = run("plan", "--format", fmt)
        assert plan.code == 0, plan
        assert "Example requirement profiles" not in plan.out and "Example profile" not in plan.out
        assert "Rules from your own profile." in plan.out


def test_a_plan_with_an_example_and_an_own_profile_says_both(run, tmp_path):
    sam(run, tmp_path)
    added = run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-01-31")
    assert added.code == 0, added
    plan = run("plan")
    assert plan.code == 0, plan
    assert "_Example profile: verify these numbers with your board; the other rules are from your own profile._" \
        in plan.out


def test_a_built_in_new_york_social_work_profile_is_listed_and_shown_with_its_sources(run):
    listed = run("ce", "profile", "list", "--json")
    assert listed.code == 0, listed
    ny, = [p for p in listed.json() if p["id"] == "example-ny-lcsw"]
    assert (ny["status"], ny["jurisdiction"], ny["total_hours"], ny["cycle_months"]) == ("example", "US-NY", 36, 36)
    shown = run("ce", "profile", "show", "example-ny-lcsw", "--json")
    assert shown.code == 0, shown
    profile = shown.json()
    assert any("§7710" in s for s in profile["sources"])
    assert any("Appropriate Boundaries" in s for s in profile["sources"])
    assert profile["first_cycle"]["mode"] == "exempt"
    text = run("ce", "profile", "show", "example-ny-lcsw")
    assert text.code == 0 and "Sources:" in text.out and "7710" in text.out
    assert "example profile" in text.err


def test_the_new_york_social_work_profile_tallies_a_cycle(run):
    added = run("license", "add", "NY LCSW", "--profile", "example-ny-lcsw", "--renews", "2028-08-31",
                "--issued", "2022-09-01")
    assert added.code == 0, added
    for title, hours, fmt, cats in (("Boundaries", 3, "live-online", "boundaries"),
                                    ("Recorded course", 14, "self-study", "clinical")):
        credit = run("ce", "add", title, "--hours", hours, "--date", "2026-01-10", "--format", fmt,
                     "--category", cats, "--provider-type", "nysed-approved")
        assert credit.code == 0, credit
    status = run("ce", "status", "--json")
    assert status.code == 0, status
    row, = status.json()["licenses"]
    assert (row["required_hours"], row["counted_hours"], row["remaining_hours"]) == (36, 15, 21)
    assert row["exempt"] is False
    first, = [c for c in run("license", "history", "NY LCSW", "--json").json()["cycles"] if c["cycle_number"] == 1]
    assert first["exempt"] is True
