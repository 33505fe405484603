"""credits16: trial 14 C3 / trial 13 C6 (a scripted course goal gets its
hours as target; a linked CE credit's hours count toward an hours goal),
`ce import` checks provider types, a note when --provider is given without
--provider-type, an ambiguous --profile at a terminal."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")  # the trials' day


def test_a_scripted_course_goal_takes_the_course_hours_as_its_target_and_says_so(run):
    added = run("add", "Complete the 40-hour LPC-S supervisor training course", "--due", "2027-03-31", "--json")
    assert added.code == 0, added
    assert added.json()["measure"]["target"] == 40 and added.json()["measure"]["unit"] == "training hours"
    assert "Target 40 training hours, read from '40-hour' (--target sets another)." in added.err
    ce = run("add", "Finish a 12-hour CE course on telehealth", "--due", "2027-03-31", "--json").json()
    assert (ce["measure"]["target"], ce["measure"]["unit"]) == (12, "CE hours")
    logged = run("log", added.json()["id"], "8")
    assert logged.code == 0 and "now 8 of 40 training hours" in logged.err


def test_a_target_or_unit_given_wins_over_the_course_length(run):
    given = run("add", "Complete the 40-hour LPC-S supervisor training course", "--due", "2027-03-31",
                "--target", "30", "--unit", "hours", "--json")
    assert given.code == 0 and (given.json()["measure"]["target"], given.json()["measure"]["unit"]) == (30, "hours")
    assert "read from" not in given.err
    plain = run("add", "Walk 30-minute loops with my dog", "--due", "2027-03-31", "--json")
    assert plain.code == 0 and plain.json()["measure"]["target"] is None  # minutes are no course length


def _course(run):
    goal = run("add", "Complete the 40-hour LPC-S supervisor training course", "--due", "2027-03-31", "--json")
    assert goal.code == 0, goal
    return goal.json()["id"]


def _credit(run, title, hours, *extra):
    added = run("ce", "add", title, "--hours", hours, "--date", "2026-11-20", "--format", "live-online", *extra,
                "--json")
    assert added.code == 0, added
    return added


def test_a_linked_credit_counts_toward_an_hours_goal_once_in_show_list_and_review(run):
    goal = _course(run)
    added = _credit(run, "LPC-S course part 1", "20", "--goal", goal)
    assert f"Its hours count toward goal {goal}: now 20 of 40 training hours." in added.err
    shown = run("show", goal, "--json").json()
    assert shown["measure"]["current"] == 20 and shown["progress"] == 0.5 and shown["ce_credit_hours"] == 20
    assert shown["progress_log"] == []  # nothing was written as logged progress: the credit counts when read
    [listed] = run("list", "--json").json()
    assert listed["measure"]["current"] == 20 and listed["progress"] == 0.5
    digest = run("review", "--summary", "--json").json()
    assert digest["ce"]["credits"][0]["counts_toward"] == goal
    assert "20 h count toward goal 1" in run("review", "--summary").out
    logged = run("log", goal, "8")  # more hours logged by hand add to the credit's
    assert logged.code == 0 and "now 28 of 40 training hours" in logged.err
    text = " ".join(run("show", goal).out.split())
    assert "Their 20 h count toward the target" in text and "28 of 40 training hours" in text


def test_unlinking_or_deleting_the_credit_takes_its_hours_away_and_restoring_brings_them_back(run):
    goal = _course(run)
    credit = _credit(run, "Part 1", "20", "--goal", goal).json()["id"]
    _credit(run, "Part 2", "90", "--unit", "minutes", "--goal", goal)
    assert run("show", goal, "--json").json()["measure"]["current"] == 21.5  # 90 minutes are 1.5 hours
    assert run("ce", "delete", credit, "--yes").code == 0
    assert run("show", goal, "--json").json()["measure"]["current"] == 1.5
    assert run("ce", "restore", credit).code == 0
    assert run("show", goal, "--json").json()["measure"]["current"] == 21.5
    assert run("ce", "edit", credit, "--goal", "0").code == 0
    after = run("show", goal, "--json").json()
    assert after["measure"]["current"] == 1.5 and after["ce_credit_hours"] == 1.5
    relinked = run("ce", "edit", credit, "--goal", goal)
    assert relinked.code == 0 and "now 21.5 of 40 training hours" in relinked.err
    done = _credit(run, "Part 3", "18.5", "--goal", goal)
    assert "now 40 of 40 training hours. Target reached! Mark it done: goals done 1" in done.err


def test_hours_logged_by_hand_are_pointed_out_as_possibly_the_same_hours(run):
    goal = _course(run)
    assert run("log", goal, "20", "--date", "2026-11-20").code == 0
    added = _credit(run, "LPC-S course part 1", "20", "--goal", goal)
    assert ("note: goal 1 also has 20 training hours logged on 2026-11-20, the credit's date; if that was this "
            "course, it now counts twice: take it back with goals log 1 -20 --note 'counted by CE credit 1'."
            ) in " ".join(added.err.split())
    assert run("show", goal, "--json").json()["measure"]["current"] == 40  # counted as it stands: said, not guessed
    taken = run("log", goal, "-20", "--note", "counted by CE credit 1")
    assert taken.code == 0 and run("show", goal, "--json").json()["measure"]["current"] == 20


def test_a_credit_linked_to_a_goal_not_counted_in_hours_adds_nothing_and_says_so(run):
    goal = run("add", "Finish 12 supervision sessions with my supervisor", "--due", "2027-03-31", "--target", "12",
               "--unit", "sessions", "--json").json()["id"]
    added = _credit(run, "Supervision basics", "3", "--goal", goal)
    assert "goal 1 counts sessions, not hours of training" in " ".join(added.err.split())
    shown = run("show", goal, "--json").json()
    assert shown["measure"]["current"] is None and shown["ce_credit_hours"] is None
    clinical = run("add", "Log 3,000 hours of supervised clinical experience", "--due", "2028-03-31", "--target",
                   "3000", "--unit", "clinical hours", "--json").json()["id"]
    _credit(run, "Trauma course", "6", "--goal", clinical)  # a course is no client hour
    assert run("show", clinical, "--json").json()["measure"]["current"] is None


def test_export_and_import_keep_the_link_and_the_hours_count_again(run, tmp_path, monkeypatch):
    goal = _course(run)
    _credit(run, "Part 1", "20", "--goal", goal)
    assert run("log", goal, "3").code == 0
    assert run("export", "--out", tmp_path / "one.json").code == 0
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "fresh"))
    assert run("import", tmp_path / "one.json").code == 0
    shown = run("show", goal, "--json").json()
    assert shown["measure"]["current"] == 23 and shown["ce_credit_hours"] == 20
    assert [e["value"] for e in shown["progress_log"]] == [3]  # the credit's hours were never written as progress
    assert run("export", "--out", tmp_path / "two.json").code == 0


def _texas(run):
    added = run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-03-31",
                "--issued", "2023-03-15")
    assert added.code == 0, added


def test_ce_import_refuses_a_provider_type_no_rule_counts_naming_the_row_and_imports_nothing(run, tmp_path):
    _texas(run)
    sheet = tmp_path / "credits.csv"
    sheet.write_text("title,hours,date,format,provider_type,licenses\n"
                     "Ethics,3,2026-10-01,live-online,listed-in-rule,\n"
                     "Trauma,6,2026-10-02,in-person,listed,TX LPC\n")
    refused = run("ce", "import", sheet)
    assert refused.code == 1 and refused.out == ""
    assert refused.err == ("error: Row 3: No rule of your licenses counts the provider type 'listed' (they count: "
                           "listed-in-rule). Did you mean 'listed-in-rule'? Nothing was imported.\n")
    assert run("ce", "list", "--json").json() == []
    sheet.write_text("title,hours,date,format,provider_type,licenses\n"
                     "Ethics,3,2026-10-01,live-online,Listed in rule,tx lpc\n"
                     "Trauma,6,2026-10-02,in-person,,\n")
    imported = run("ce", "import", sheet, "--json")
    assert imported.code == 0, imported
    assert [c["provider_type"] for c in run("ce", "list", "--json").json()] == ["listed-in-rule", None]


def test_ce_import_keeps_any_provider_type_where_no_profile_names_types(run, tmp_path):
    sheet = tmp_path / "credits.csv"
    sheet.write_text("title,hours,date,format,provider_type\nEthics,3,2026-10-01,live-online,university\n")
    assert run("ce", "import", sheet).code == 0  # no license yet: nothing to judge the type by
    assert run("ce", "list", "--json").json()[0]["provider_type"] == "university"


def test_a_provider_without_a_type_gets_a_note_naming_the_types_a_rule_counts(run):
    _texas(run)
    added = run("ce", "add", "Trauma", "--hours", "6", "--date", "2026-11-02", "--format", "in-person",
                "--provider", "PESI", "--json")
    assert added.code == 0 and added.json()["provider_type"] is None
    note = [line for line in added.err.splitlines() if line.startswith("note: --provider")]
    assert note == ["note: --provider is the organisation's name and counts toward no rule. TX LPC's rule counts "
                    "hours by provider type (listed-in-rule): if PESI is one, goals ce edit 1 --provider-type "
                    "listed-in-rule"]
    typed = run("ce", "add", "Ethics", "--hours", "3", "--date", "2026-11-02", "--format", "in-person",
                "--provider", "PESI", "--provider-type", "listed-in-rule")
    assert typed.code == 0 and "note: --provider" not in typed.err
    fixed = run("ce", "edit", "1", "--provider-type", "listed-in-rule")
    assert fixed.code == 0 and "note: --provider" not in fixed.err


def test_no_provider_note_where_no_rule_counts_types(run):
    added = run("ce", "add", "Trauma", "--hours", "6", "--date", "2026-11-02", "--format", "in-person",
                "--provider", "PESI")
    assert added.code == 0 and "note: --provider" not in added.err  # no license: no rule counts types
