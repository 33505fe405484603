"""Session 10, review16: trial 14's C6 (a client's initials with an age),
C8 (a second entry on one day of a once-a-day rhythm, an entry before the
start), P5 (delete --reason), P7 (an inexact correction folds), a journal
draft's date, and the path's skipped milestone in its place."""

from __future__ import annotations

import pytest

TRIAL14_C6 = "Supervision w/ Dr. Patel: work on my pacing with teens. J.R. (14) is testing limits."


@pytest.mark.parametrize("text", [TRIAL14_C6, "JR, 14, is testing limits", "J.R., age 14, stormed out",
                                  "14yo J.R. refused to talk"])
def test_initials_with_an_age_are_not_saved_without_yes(run, text):
    result = run("journal", text, "--feedback", "supervisor")
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert "Not saved: this entry may identify a client" in line and "initials with an age" in line
    assert "Patel" not in line  # the supervisor is no client
    assert run("journal", "list", "--json").json() == []
    saved = run("journal", text, "--feedback", "supervisor", "--yes", "--json")
    assert saved.code == 0, saved
    assert [e["text"] for e in run("journal", "list", "--json").json()] == [text]


def test_a_goal_naming_a_client_by_initials_and_age_needs_yes(run):
    result = run("add", "Help J.R. (14) keep a mood log every day", "--due", "2027-03-31")
    assert result.code == 1 and "initials with an age ('J.R.')" in result.err
    assert run("list", "--all", "--json").json() == []


def test_a_review_answer_with_initials_and_an_age_needs_yes(run, add, tmp_path):
    import json

    add("Pass the NCE", "2027-03-31")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"obstacles": "JR, 14, kept testing limits in group", "goals": {}}))
    result = run("review", "--answers", answers)
    assert result.code == 1 and "initials with an age ('JR')" in result.err
    assert run("review", "--history", "--json").json()["reviews"] == []
    assert run("review", "--answers", answers, "--yes").code == 0


@pytest.mark.parametrize("text", ["Supervision with Dr. Patel helped me slow down with teens",
                                  "Need CE, 14 hours left before the TX renewal"])
def test_colleagues_and_abbreviations_with_numbers_pass(run, text):
    result = run("journal", text, "--json")
    assert result.code == 0 and result.err == "", result


# --- C8: a second entry on one day of a count of nights; an entry before the start ---------------

NIGHTLY = "Get to bed by 11pm every night through March 31"


@pytest.fixture
def nightly(run, add, monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")
    return add(NIGHTLY, "2027-03-31", "--target", "69", "--unit", "nights")["id"]


def _current(run, goal_id):
    return run("show", goal_id, "--json").json()["measure"]["current"]


def test_a_second_entry_on_one_night_needs_yes(run, nightly):
    assert run("log", nightly, "1").code == 0
    again = run("log", nightly, "1")
    assert again.code == 1
    [line] = again.err.strip().splitlines()
    assert "1 night is logged on Nov 24 already" in line and "--again" in line  # (review2: --yes still works)
    assert _current(run, nightly) == 1                                  # nothing changed
    assert run("log", nightly, "1", "--yes").code == 0
    assert _current(run, nightly) == 2


def test_an_entry_taken_back_leaves_the_night_free(run, nightly):
    assert run("log", nightly, "1").code == 0
    assert run("log", nightly, "-1").code == 0                          # a correction is never asked about
    assert run("log", nightly, "1").code == 0
    assert _current(run, nightly) == 1


def test_entries_on_other_nights_and_amounts_are_not_asked(run, nightly, add, monkeypatch):
    assert run("log", nightly, "1").code == 0
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-25")
    assert run("log", nightly, "1").code == 0
    hours = add("Log 20 supervised hours every week through March", "2027-03-31", "--target", "300",
                "--unit", "hours")["id"]
    assert run("log", hours, "2").code == 0 and run("log", hours, "3").code == 0   # hours: many a day


def test_a_reviews_week_total_dated_today_is_not_that_nights_entry(run, nightly, monkeypatch, tmp_path):
    import json

    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-01")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"goals": {str(nightly): {"progress": 6, "decision": "keep"}}}))
    assert run("review", "--answers", answers).code == 0                # the week's nights, dated Dec 1
    assert run("log", nightly, "1").code == 0                           # tonight's: not asked about
    assert run("log", nightly, "1").code == 1                           # tonight's again: asked
    assert _current(run, nightly) == 7


def test_a_night_before_the_goal_started_needs_yes_and_then_gets_the_note(run, nightly):
    refused = run("log", nightly, "1", "--date", "yesterday")
    assert refused.code == 1
    assert "Nov 23 is before the goal started (Nov 24)" in refused.err and "--yes" in refused.err
    assert _current(run, nightly) in (0, None)
    taken = run("log", nightly, "1", "--date", "yesterday", "--yes")
    assert taken.code == 0 and "goals edit" in taken.err and "--start 2026-11-23" in taken.err
    assert _current(run, nightly) == 1


def test_money_logged_before_the_start_is_taken_with_the_note(run, add, monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")
    saving = add("Save $2,400 for the practice by June", "2027-06-30", "--target", "2400", "--unit", "dollars")["id"]
    result = run("log", saving, "200", "--date", "yesterday")
    assert result.code == 0 and "before goal" in result.err
    assert _current(run, saving) == 200


# --- P5: delete takes --reason, kept in the goal's history -------------------------------------

def test_delete_takes_a_reason_and_keeps_it_in_the_history(run, add):
    add("Pass the NCE exam", "2027-03-31")
    goal = add("Pass the NCE exam again", "2027-03-31")["id"]
    result = run("delete", goal, "--reason", "duplicate of 1", "--yes", "--json")
    assert result.code == 0, result
    assert result.json()["reason"] == "duplicate of 1" and result.json()["deleted"] is True
    assert [g["id"] for g in run("list", "--deleted", "--json").json()] == [goal]
    [event] = [e for e in run("history", goal, "--json").json() if e["field"] == "deleted"]
    assert event["new"] == "deleted" and event["reason"] == "duplicate of 1"
    assert run("restore", goal).code == 0
    assert [e["new"] for e in run("history", goal, "--json").json() if e["field"] == "deleted"] == \
        ["deleted", "restored"]


def test_delete_without_a_terminal_still_needs_yes_and_keeps_nothing(run, add):
    goal = add("Pass the NCE exam", "2027-03-31")["id"]
    result = run("delete", goal, "--reason", "duplicate of 1")
    assert result.code == 1 and "--yes" in result.err and len(result.err.strip().splitlines()) == 1
    assert run("list", "--deleted", "--json").json() == []
    assert [e for e in run("history", goal, "--json").json() if e["field"] == "deleted"] == []


def test_a_delete_reason_naming_a_client_is_refused_without_yes(run, add):
    goal = add("Pass the NCE exam", "2027-03-31")["id"]
    result = run("delete", goal, "--reason", "Jake Miller asked me to stop", "--yes")
    assert result.code == 0  # --yes: the one flag saves the reason and confirms, as drop's does
    goal = add("Pass the NCE exam", "2027-03-31")["id"]
    refused = run("delete", goal, "--reason", "Jake Miller asked me to stop")
    assert refused.code == 1 and "a full name ('Jake Miller')" in refused.err
    assert goal not in [g["id"] for g in run("list", "--deleted", "--json").json()]


def test_delete_of_a_goal_that_isnt_there_says_so_first(run):
    result = run("delete", "9", "--reason", "Jake Miller asked")
    assert result.code == 1 and "No goal with id 9" in result.err


# --- P7: a correction whose note says what was meant folds into one row -------------------------

def _takeout(run, add, monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")
    goal = add("Keep takeout under $200 a month", "2027-06-30", "--target", "200", "--unit", "dollars")["id"]
    assert run("log", goal, "380", "--note", "pizza", "--yes").code == 0
    assert run("log", goal, "--note", "typo, pizza was 38", "--yes", "--", "-342").code == 0
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-01")
    return goal


def test_an_inexact_correction_naming_what_was_meant_is_one_row(run, add, monkeypatch):
    _takeout(run, add, monkeypatch)
    data = run("review", "--summary", "--json").json()
    assert data["progress"] == []
    assert [(p["value"], p["correction"], p["correction_note"], p["corrected_to"]) for p in data["corrected"]] == [
        (380, -342, "typo, pizza was 38", 38)]
    shown = run("review", "--summary")
    assert shown.code == 0
    text = " ".join((shown.out + shown.err).split())
    assert "+$38 (pizza; +$380 corrected by -$342: typo, pizza was 38)" in text
    assert "Progress logged (1)" in text


@pytest.mark.parametrize("note", [None, "typo", "pizza was 40"])
def test_a_smaller_negative_entry_without_the_amount_left_stays_its_own_line(run, add, monkeypatch, note):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")
    goal = add("Keep takeout under $200 a month", "2027-06-30", "--target", "200", "--unit", "dollars")["id"]
    assert run("log", goal, "380", "--yes").code == 0
    assert run("log", goal, *(["--note", note] if note else []), "--yes", "--", "-342").code == 0
    data = run("review", "--summary", "--json").json()
    assert [p["value"] for p in data["progress"]] == [380, -342] and data["corrected"] == []


def test_an_exact_correction_still_says_nothing_moved(run, add, monkeypatch):
    goal = add("Log 3000 supervised hours for my LMFT license", "2028-06-30", "--target", "3000",
               "--unit", "supervised hours")["id"]
    assert run("log", goal, 1800, "--yes").code == 0
    assert run("log", goal, "--note", "typo, meant 18", "--yes", "--", -1800).code == 0
    [row] = run("review", "--summary", "--json").json()["corrected"]
    assert row["corrected_to"] == 0
    assert "taken back by -1800 supervised hours (typo, meant 18): nothing moved" in \
        " ".join(run("review", "--summary").out.split())


# --- a journal draft keeps the day it was about ------------------------------------------------

def test_a_journal_draft_keeps_the_date_its_phrase_meant(run, monkeypatch):
    from clingoals.usecases import journal

    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")
    assert run("journal", "Session with client Maria Lopez was hard", "--date", "yesterday").code == 1
    assert run("journal", "Tough day; my client Tom skipped").code == 1
    assert sorted(d["entry_date"] for d in journal.drafts()) == ["2026-11-23", "2026-11-24"]


# --- path show: a skipped milestone in its place on the route -----------------------------------

def test_a_skipped_milestone_is_drawn_in_its_place_on_the_route(run, monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")
    monkeypatch.setenv("COLUMNS", "200")
    assert run("path", "start", "clinical-supervisor", "--yes").code == 0
    assert run("delete", "3", "--yes").code == 0                     # "Log 2 years ...": no goal serves it now
    assert run("path", "show", "clinical-supervisor", "--json").json()["skipped"] == [
        "Log 2 years of post-licensure clinical practice required before supervising"]
    shown = run("path", "show", "clinical-supervisor")
    assert shown.code == 0
    lines = [line for line in shown.out.splitlines() if "─" in line]
    order = [next((key for key in ("2:", "Log 2 years", "4:", "5:") if key in line), None) for line in lines]
    assert [key for key in order if key] == ["2:", "Log 2 years", "4:", "5:"]     # not after the designation
