"""Findings of new-user trial 3 (items 7, 15, 16, 19, 23, 25, 26, 27):
each checked through exit code, stored state or --json, and 80-column output."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest

from clingoals import render


def test_edit_statement_carries_a_derived_title(run, add, tmp_path):
    goal = add("Get 8 hours of sleep", "2026-12-31", "--personal")
    assert goal["title"] == "Get 8 hours of sleep"
    result = run("edit", goal["id"], "--statement", "Sleep 7.5 hours a night, 5 nights a week",
                 "--reason", "more realistic", "--json")
    assert result.code == 0, result
    assert result.json()["title"] == "Sleep 7.5 hours a night, 5 nights a week"
    listed = run("list", "--json").json()
    assert [g["title"] for g in listed] == ["Sleep 7.5 hours a night, 5 nights a week"]
    ics = tmp_path / "goals.ics"
    assert run("export", "--format", "ics", "--out", ics).code == 0
    text = ics.read_text()
    assert "Goal due: Sleep 7.5 hours" in text and "Get 8 hours" not in text
    history = run("history", goal["id"], "--json").json()
    assert {e["field"] for e in history} >= {"title", "statement"}


def test_edit_statement_keeps_a_chosen_title_and_says_so(run, add):
    goal = add("Get 8 hours of sleep", "2026-12-31", "--title", "Sleep")
    result = run("edit", goal["id"], "--statement", "Sleep 7 hours a night", "--reason", "simpler")
    assert result.code == 0, result
    assert "title stays 'Sleep'" in result.err and "--title" in result.err
    assert run("show", goal["id"], "--json").json()["title"] == "Sleep"


def test_progress_and_done_before_the_start_are_taken_with_the_same_note(run, add):
    goal = add("Walk 30 minutes", "2026-12-31", "--target", "20", "--unit", "walks", "--start", "2026-05-10")
    logged = run("log", goal["id"], "1", "--date", "2026-05-01")
    done = run("done", goal["id"], "--date", "2026-05-02")
    for result, what in ((logged, "progress logged on 2026-05-01"), (done, "done on 2026-05-02")):
        assert result.code == 0, result
        assert f"Note: {what}, before goal {goal['id']} started (2026-05-10)" in result.err
        assert f"goals edit {goal['id']} --start 2026-05-0" in result.err
    shown = run("show", goal["id"], "--json").json()
    assert [e["date"] for e in shown["progress_log"]] == ["2026-05-01"] and shown["status"] == "done"
    later = add("Read a book", "2026-12-31", "--start", "2026-05-10")
    on_time = run("done", later["id"], "--date", "2026-05-11")
    assert on_time.code == 0 and "Note:" not in on_time.err


def test_logging_zero_is_refused(run, add):
    goal = add("Walk 30 minutes", "2026-12-31", "--target", "20", "--unit", "walks")
    for value in ("0", "-0", "0.0"):
        result = run("log", goal["id"], "--", value)
        assert result.code == 1 and "0 adds nothing, so nothing was logged" in result.err, value
    assert run("show", goal["id"], "--json").json()["progress_log"] == []


def test_wrong_type_of_number_in_plain_words(run):
    assert "'abc' is not a number." in run("log", "1", "abc").err
    assert "'abc' is not a whole number." in run("show", "abc").err
    assert "valid float" not in run("log", "1", "abc").err


def test_number_limits_say_which_way(run):
    huge = run("add", "Walk", "--due", "2026-12-31", "--target", "1e14")
    assert huge.code == 1 and "at most 1,000,000,000,000 (got 100000000000000)" in huge.err
    assert "either way" not in huge.err
    negative = run("add", "Walk", "--due", "2026-12-31", "--target", "-1e14")
    assert negative.code == 1 and "must be more than zero" in negative.err
    hours = run("add", "Walk", "--due", "2026-12-31", "--hours-per-week", "-3")
    assert hours.code == 1 and "(got -3)" in hours.err


def test_baseline_is_where_progress_starts(run, add):
    goal = add("Save $200 from every paycheck for an emergency fund", "2027-06-30", "--target", "3000",
               "--unit", "dollars", "--baseline", "300", "--start", "2026-05-01")
    assert goal["measure"]["current"] == 300
    assert run("log", goal["id"], "500").code == 0
    shown = run("show", goal["id"], "--json").json()
    assert shown["measure"] == {"metric": None, "target": 3000, "unit": "dollars", "baseline": 300, "current": 800}
    assert abs(shown["progress"] - 800 / 3000) < 1e-9
    text = run("show", goal["id"]).out
    assert "$800 ($300 at the start + $500 logged)" in text  # money as money (money11)
    # the pace still needs what is left from where the person is: 2200 over the weeks to go
    weeks = (date(2027, 6, 30) - date(2026, 5, 13)).days / 7
    assert f"${2200 / weeks:.2f} a week" in text
    # a correction may take back what was logged, not the baseline
    too_much = run("log", goal["id"], "--", "-600")
    assert too_much.code == 1 and "has $500 logged" in too_much.err
    assert run("log", goal["id"], "--", "-500").code == 0
    assert run("show", goal["id"], "--json").json()["measure"]["current"] == 300


def _lines_fit(text: str, width: int = 80) -> list[str]:
    lines = text.splitlines()
    assert all(len(line) <= width for line in lines), text
    assert all(line == line.rstrip() for line in lines), "trailing spaces in piped output"
    return lines


def test_piped_review_summary_continues_under_its_item(run, add, columns):
    columns(80)
    goal = add("Walk 30 minutes before work on Mon Wed Fri to clear my head before my first sessions",
               "2027-02-28", "--target", "36", "--unit", "walks")
    run("log", goal["id"], "5", "--note", "three walks and two runs with the dog along the river path (two paychecks)")
    result = run("review", "--summary")
    assert result.code == 0, result
    lines = _lines_fit(result.out)
    at = next(i for i, line in enumerate(lines) if line.startswith("  2026-05-13 goal"))
    assert lines[at + 1].startswith("    ") and lines[at + 1].strip()
    assert "river path (two paychecks)" in " ".join(" ".join(lines).split())


def test_piped_license_history_continues_under_its_outcome(run, columns):
    columns(60)
    run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30")
    result = run("license", "history", "TX LPC")
    assert result.code == 0, result
    lines = _lines_fit(result.out, 60)
    outcome = next(i for i, line in enumerate(lines) if line.startswith("     in progress"))
    assert lines[outcome + 1].startswith("     ") and lines[outcome + 1][5] != " "


def test_review_goal_header_keeps_numbers_with_their_units():
    from rich.console import Console

    for filler in range(50):
        goal = {"id": 7, "title": "Walk " + "x" * filler, "deadline": "2027-02-28",
                "measure": {"current": 5, "target": 36, "unit": "walks", "baseline": None}}
        console = Console(width=80, record=True, file=open(os.devnull, "w"))
        console.print(render.review_goal_header(goal, date(2026, 11, 23)))
        text = console.export_text()
        assert "5/36 walks" in text and "(97 d)" in text and "due 2027-02-28" in text, text
        assert all(len(line) <= 80 for line in text.splitlines())


def test_piped_tables_carry_no_trailing_spaces(run, add, columns):
    columns(80)
    goal = add("Walk", "2026-12-31", "--target", "10", "--unit", "walks")
    run("log", goal["id"], "2")
    for command in (("list",), ("show", goal["id"]), ("history", goal["id"]), ()):
        result = run(*command)
        assert result.code == 0 and result.out.strip(), (command, result)
        _lines_fit(result.out)


def test_history_gives_a_changed_statement_the_room(run, add, columns):
    columns(80)
    goal = add("Get 8 hours of sleep", "2026-12-31")
    run("edit", goal["id"], "--statement", "Sleep 7.5 hours a night, 5 nights a week", "--reason", "more realistic")
    lines = _lines_fit(run("history", goal["id"]).out)
    at = next(i for i, line in enumerate(lines) if " statement " in line)
    assert "Get 8 hours of sleep → Sleep 7.5" in lines[at]
    assert lines[at + 1].strip() == "hours a night, 5 nights a week"  # two lines, not four
    assert "more realistic" in lines[at]


def test_journal_list_gives_the_entry_the_room(run, add, columns):
    columns(80)
    text = "Felt calmer this week after I started walking before work; sessions on Monday went better"
    assert run("journal", text).code == 0
    out = run("journal", "list").out
    lines = _lines_fit(out)
    assert "Goals" not in lines[0]  # no empty column taking the text's room
    assert text in " ".join(" ".join(lines).split())
    goal = add("Walk before work", "2026-12-31")
    run("journal", "A walk with the dog", "--goal", goal["id"])
    linked = run("journal", "list").out
    assert "Goals" in linked.splitlines()[0] and "Felt calmer this week after I started walking" in linked


def test_path_show_includes_what_path_start_recognised(run, add, columns):
    columns(80)
    assert run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30").code == 0
    mine = add("Complete a 40-hour supervision training course", "2027-03-31")
    started = run("path", "start", "clinical-supervisor", "--yes", "--json").json()
    assert started["attached_ids"] == [mine["id"]]
    shown = run("show", mine["id"], "--json").json()
    assert shown["parent_id"] == started["goal_id"] and "clinical supervisor" in shown["aspirations"]
    assert "path:clinical-supervisor" in shown["tags"]
    assert mine["id"] in [c["id"] for c in run("show", started["goal_id"], "--json").json()["children"]]
    roadmap = run("path", "show", "clinical-supervisor", "--json").json()
    assert mine["id"] in [g["id"] for g in roadmap["goals"]]
    assert roadmap["already"] == [{"milestone": "Obtain my independent license (LPC, LMHC, LCSW or LMFT) to qualify "
                                                "for supervisor status", "status": "done", "license": "TX LPC"}]
    text = " ".join(run("path", "show", "clinical-supervisor").out.split())
    assert f"{mine['id']}: Complete a 40-hour supervision training course" in text
    assert "✔ Obtain my independent license" in text and "done: license TX LPC on file" in text
    history = run("history", mine["id"], "--json").json()
    assert any(e["field"] == "parent_id" and e["reason"] == "part of the clinical-supervisor path" for e in history)


def test_path_start_keeps_an_existing_parent(run, add):
    parent = add("Grow as a clinician", "2028-12-31")
    mine = add("Complete a 40-hour supervision training course", "2027-03-31", "--parent", parent["id"])
    assert run("path", "start", "clinical-supervisor", "--yes").code == 0
    shown = run("show", mine["id"], "--json").json()
    assert shown["parent_id"] == parent["id"] and "clinical supervisor" in shown["aspirations"]
    assert mine["id"] in [g["id"] for g in run("path", "show", "clinical-supervisor", "--json").json()["goals"]]


def test_date_phrases_people_type(run, add):
    assert run("add", "Walk", "--due", "2027-6-30", "--json").json()["deadline"] == "2027-06-30"
    # 2026-05-13 is a Wednesday: friday is this week's, next friday the one after
    assert run("add", "Read", "--due", "friday", "--json").json()["deadline"] == "2026-05-15"
    assert run("add", "Rest", "--due", "next Friday", "--json").json()["deadline"] == "2026-05-22"
    assert run("ce", "add", "Ethics", "--hours", "3", "--date", "2026-04-20", "--format", "in-person").code == 0
    listed = run("ce", "list", "--from", "last month", "--json")
    assert listed.code == 0, listed
    assert [c["title"] for c in listed.json()] == ["Ethics"]
    assert run("ce", "list", "--from", "3 weeks ago", "--json").json() == []


def test_a_deadline_centuries_away_is_refused(run, add):
    far = run("add", "Walk", "--due", "in 300 years")
    assert far.code == 1 and "2326-05-13 is 300 years away" in far.err and "at most 50 years" in far.err
    assert run("list", "--all", "--json").json() == []
    goal = add("Walk", "in 50 years")
    assert goal["deadline"] == "2076-05-13"
    edit = run("edit", goal["id"], "--due", "in 51 years", "--reason", "typo")
    assert edit.code == 1 and "at most 50 years ahead" in edit.err
    assert run("show", goal["id"], "--json").json()["deadline"] == "2076-05-13"


def test_counts_agree_with_their_nouns(run, add):
    goal = add("Walk", "2026-12-31")
    assert run("delete", goal["id"], "--yes").code == 0
    purged = run("db", "purge", "--yes")
    assert purged.code == 0 and "Removed 1 deleted record for good" in purged.err
    from clingoals.numbers import counted, plural
    assert counted(1, "CE credit") == "1 CE credit" and counted(2, "journal entry", "journal entries") == "2 journal entries"
    assert plural(1, "column") == "column" and plural(3, "column") == "columns"


def test_ce_messages_in_plain_numbers_and_sentences(run, tmp_path):
    hours = run("ce", "add", "Ethics", "--hours", "-3", "--date", "2026-05-01", "--format", "in-person")
    assert hours.code == 1 and "(got -3)." in hours.err and "-3.0" not in hours.err
    rows = tmp_path / "credits.csv"
    rows.write_text("title,hours,date,format\nEthics,3,2026-04-01,in-person\nA,3,2026-09-31,in-person\n")
    refused = run("ce", "import", rows)
    assert refused.code == 1 and "Row 3: 2026-09-31: September 2026 has 30 days. Nothing was imported." in refused.err
    rows.write_text("title,hours,date,format\nEthics,3,2026-04-01,in-person\nLaw,2,2026-04-02,in-person\n")
    imported = run("ce", "import", rows)
    assert imported.code == 0 and "Imported 2 CE credits" in imported.err
    assert len(run("ce", "list", "--json").json()) == 2


def test_review_answers_name_the_goal_and_field_of_a_bad_deadline(run, add, tmp_path):
    goal = add("Complete 20 CE hours", "2026-12-31", "--target", "20", "--unit", "hours")
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"goals": {str(goal["id"]): {"decision": "adjust", "deadline": "April 31"}}}))
    result = run("review", "--answers", path)
    assert result.code == 1
    assert f"Goal {goal['id']}: deadline: 'April 31'" in result.err or f"Goal {goal['id']}: deadline: April 31" in result.err
    assert run("show", goal["id"], "--json").json()["deadline"] == "2026-12-31"
    assert run("review", "--history", "--json").json()["reviews"] == []


def test_review_rhythm_zero_says_at_least_one_day(run):
    zero = run("settings", "set", "review.rhythm", "0")
    assert zero.code == 1 and "at least 1 day" in zero.err
    assert run("settings", "set", "review.rhythm", "14").code == 0
    assert "e.g.\n" not in run("settings", "--help").out


def test_ce_duplicate_refusal_is_one_line_saying_how(run):
    args = ("ce", "add", "Ethics", "--hours", "3", "--date", "2026-05-01", "--format", "in-person")
    assert run(*args).code == 0
    again = run(*args)
    assert again.code == 1
    assert again.err.strip().splitlines() == [
        "error: Not added: credit 1 has the same title, provider and date. "
        "To add it anyway, run the same command with --yes."]
    assert len(run("ce", "list", "--json").json()) == 1
    assert run(*args, "--yes").code == 0 and len(run("ce", "list", "--json").json()) == 2


def test_ce_show_and_list_name_real_ids_in_id_order(run, columns, tmp_path):
    columns(120)
    for day in ("2026-05-01", "2026-01-01", "2026-03-01"):
        assert run("ce", "add", f"Course {day}", "--hours", "1", "--date", day, "--format", "in-person").code == 0
    assert "goals ce edit 2 --certificate FILE" in " ".join(run("ce", "show", "2").out.split())
    listed = " ".join(run("ce", "list").out.split())
    assert "3 credits, 3 h; no certificate yet: 1, 2, 3" in listed


def test_db_check_says_error_like_everything_else(run, tmp_path, monkeypatch):
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "empty"))
    result = run("db", "check")
    assert result.code == 1 and "error: " in result.err and "problem:" not in result.err


def test_plan_says_a_unit_once(run):
    assert run("path", "start", "clinical-supervisor", "--yes").code == 0
    text = run("plan").out
    assert "24 months" in text and "months; target 24 months" not in text


def test_db_backup_never_replaces_a_file_without_force(run, add, tmp_path):
    add("Walk", "2026-12-31")
    dest = tmp_path / "bk.zip"
    first = run("db", "backup", dest)
    assert first.code == 0 and "Backed up to" in first.err
    before = dest.read_bytes()
    add("Read", "2026-12-31")
    again = run("db", "backup", dest)
    assert again.code == 1 and "already exists" in again.err and "--force" in again.err
    assert dest.read_bytes() == before
    forced = run("db", "backup", dest, "--force")
    assert forced.code == 0 and "Replaced the earlier file" in forced.err
    assert dest.read_bytes() != before
    copy = tmp_path / "copy.db"
    assert run("db", "backup", copy).code == 0
    assert run("db", "backup", copy).code == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("bk", "copy"))) == ["bk.zip", "copy.db"]


def test_a_privacy_refusal_is_one_line(run):
    result = run("add", "Help Mr. Johnson reduce his PHQ-9 below 10", "--due", "2026-12-31")
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert line.startswith("error: Not saved: ") and "may identify a client" in line and "--yes" in line
    assert run("list", "--all", "--json").json() == []


def test_ce_list_gives_short_titles_one_line_at_80(run, columns):
    columns(80)
    for title, extra in (("Ethics in telehealth", ["--category", "ethics"]),
                         ("Cultural humility", ["--category", "cultural-diversity"]),
                         ("Suicide risk refresher", ["--unit", "ceu"])):
        hours = "0.3" if "ceu" in extra else "3"
        assert run("ce", "add", title, "--hours", hours, "--date", "2026-03-01", "--format", "in-person",
                   *extra).code == 0
    lines = _lines_fit(run("ce", "list").out)
    assert any("Ethics in telehealth" in line for line in lines)
    at = next(i for i, line in enumerate(lines) if "Suicide risk" in line)
    assert "3 (0.3 ceu)" in lines[at]  # the amount as given, beside its hours (trial 8 P4: never under a title)
    assert run("ce", "list", "--json").json()[0]["unit"] in ("hours", "ceu")
