"""New-user trial 13 (misc14): a journal draft with a bad goal id, the
review digest's "what moved", done --date's echo, drop's order of
questions, import counts, a duplicate step, 'hrs' answers, "24 Hour Fit",
and the "Enter keeps it" prompts."""

from __future__ import annotations

import json
import shutil

import pytest

PROFILE = """id = "my-assoc"
name = "My associate registration"
jurisdiction = "CA"
status = "example"
effective_from = "2020-01-01"
sources = ["a test"]
cycle_months = 24
total_hours = 36
"""


def test_done_with_a_date_phrase_echoes_the_day_it_was_read_as(run, add):
    """Trial 13: `goals done 7 --date "last tuesday"` echoed "(as of last tuesday)"."""
    goal = add("Run 3 times a week for 30 minutes", "2026-09-30", "--start", "2026-05-01")
    done = run("done", goal["id"], "--date", "last tuesday")
    assert done.code == 0, done
    assert "(as of Tuesday 2026-05-12)" in done.err + done.out and "last tuesday" not in done.err + done.out
    assert run("show", goal["id"], "--json").json()["status"] == "done"


def test_drop_of_a_goal_that_is_not_there_says_so_before_asking_for_a_reason(run):
    """Trial 13: `goals drop 9` answered "Say why you let it go with --reason"."""
    for args in (("drop", 9), ("drop", 9, "--reason", "no time")):
        result = run(*args)
        assert result.code == 1
        assert result.err.strip() == "error: No goal with id 9. 'goals list --all' shows every goal."


def test_drop_of_a_goal_that_is_there_still_asks_for_a_reason(run, add):
    goal = add("Run 3 times a week for 30 minutes", "2026-09-30")
    result = run("drop", goal["id"])
    assert result.code == 1 and "--reason" in result.err
    assert run("show", goal["id"], "--json").json()["status"] == "active"


def test_import_counts_the_ce_profile_it_brings(run, tmp_path, isolated_home):
    """Trial 13: the counts left out the custom CE profile the import also adds."""
    (tmp_path / "p.toml").write_text(PROFILE)
    assert run("ce", "profile", "add", tmp_path / "p.toml").code == 0
    assert run("aspiration", "add", "licensed MFT").code == 0
    export = tmp_path / "export.json"
    assert run("export", "--out", export).code == 0
    assert json.loads(export.read_text())["profiles"]
    shutil.rmtree(isolated_home)
    isolated_home.mkdir()

    checked = run("import", export, "--check")
    assert checked.code == 0, checked
    assert "Would add: 1 aspiration, 1 CE profile." in checked.err + checked.out
    assert not (isolated_home / "profiles" / "my-assoc.toml").exists()
    as_json = run("import", export, "--check", "--json")
    assert as_json.json()["added"] == {"aspirations": 1, "ce_profiles": 1}

    imported = run("import", export)
    assert imported.code == 0 and "Imported: 1 aspiration, 1 CE profile." in imported.err + imported.out
    assert (isolated_home / "profiles" / "my-assoc.toml").exists()
    again = run("import", export, "--json")
    assert again.code == 0 and again.json()["added"] == {}


def test_a_step_the_goal_has_already_is_refused_without_a_terminal(run, add):
    """Trial 13: the same step added twice went in without a word."""
    goal = add("Save $1,000 for an emergency fund", "2026-12-31")
    assert run("step", "add", goal["id"], "Open a separate savings account").code == 0
    again = run("step", "add", goal["id"], "  open a SEPARATE savings   account.")
    assert again.code == 1
    assert again.err.count("\n") == 1 and "already has step 1: 'Open a separate savings account'" in again.err
    assert "--yes" in again.err
    assert len(run("show", goal["id"], "--json").json()["steps"]) == 1
    forced = run("step", "add", goal["id"], "Open a separate savings account", "--yes", "--json")
    assert forced.code == 0 and forced.json()["id"] == 2
    other = run("step", "add", goal["id"], "Open a savings account at the credit union")
    assert other.code == 0
    assert len(run("show", goal["id"], "--json").json()["steps"]) == 3


def test_a_step_for_a_goal_that_is_not_there_is_refused_before_the_privacy_check(run):
    result = run("step", "add", 9, "Call John Smith about the referral")
    assert result.code == 1
    assert result.err.strip() == "error: No goal with id 9. 'goals list --all' shows every goal."
    assert run("drafts", "--json").json() == []


# --- B5: a journal entry about a goal that isn't there ---------------------------------------

def test_a_journal_entry_about_a_missing_goal_is_refused_before_the_privacy_check(run, isolated_home):
    """Trial 13 B5: the privacy check kept a draft holding goal 9, which could never be saved."""
    result = run("journal", "My client Tom skipped again; I need to address no-shows", "--goal", 9)
    assert result.code == 1
    assert result.err.strip() == "error: No goal with id 9. 'goals list --all' shows every goal."
    assert run("drafts", "--json").json() == []
    assert run("journal", "list", "--json").json() == []
    piped = run("journal", "-", "--goal", 9, input="No-shows are up this month\n")
    assert piped.code == 1 and "No goal with id 9" in piped.err


def test_a_journal_entry_about_a_goal_that_is_there_is_still_checked_for_privacy(run, add):
    goal = add("Run 3 times a week for 30 minutes", "2026-09-30")
    kept = run("journal", "My client Tom skipped again", "--goal", goal["id"])
    assert kept.code == 1 and "private draft" in kept.err
    assert [d["kind"] for d in run("drafts", "--json").json()] == ["journal"]


def test_capitalised_words_after_a_number_are_not_taken_for_a_name(run):
    """Trial 13: the plan answer "Mon/Wed/Fri before work, 24 Hour Fit" was flagged as a full name."""
    saved = run("journal", "Mon/Wed/Fri before work, 24 Hour Fit", "--json")
    assert saved.code == 0, saved
    assert "warning" not in saved.err and saved.json()["text"] == "Mon/Wed/Fri before work, 24 Hour Fit"
    named = run("journal", "Mon/Wed/Fri before work with Daniel Ruiz")
    assert named.code == 1 and "a full name ('Daniel Ruiz')" in named.err


# --- answers in the unit's short form, and "about" -------------------------------------------

@pytest.mark.parametrize("typed, unit, value", [
    ("15 hrs", "supervised hours", 15), ("15 hours", "supervised hours", 15), ("15 hr", "supervised hours", 15),
    ("1 hour", "supervised hours", 1), ("about 2.5 hrs", "hours a week", 2.5), ("~15", "walks", 15),
    ("about $200", "dollars", 200), ("20 mins", "minutes a day", 20), ("2 books", "books read", 2),
    ("around 3 walks", "walks", 3), ("15 supervised hours", "supervised hours", 15)])
def test_the_one_amount_reader_takes_the_units_head_noun_short_forms_and_about(typed, unit, value):
    from clingoals.numbers import read_amount

    assert read_amount(typed, unit) == value


@pytest.mark.parametrize("typed, unit", [("15 training hours", "supervised hours"), ("15 miles", "hours"),
                                         ("about", "hours"), ("15 mins", "hours"), ("about 3 hours", "walks")])
def test_the_one_amount_reader_still_refuses_another_unit(typed, unit):
    from clingoals.numbers import read_amount

    with pytest.raises(ValueError):
        read_amount(typed, unit)


def test_goals_log_reads_hrs_and_about_for_an_hours_goal(run, add):
    goal = add("Log 3000 supervised hours for my LMFT license", "2028-06-30", "--target", "3000",
               "--unit", "supervised hours")
    for typed in ("15 hrs", "about 15 hours", "~2"):
        assert run("log", goal["id"], typed).code == 0, typed
    refused = run("log", goal["id"], "15 miles")
    assert refused.code == 1 and refused.err.count("\n") == 1
    assert run("show", goal["id"], "--json").json()["measure"]["current"] == 32


# --- C4: the digest's "what moved" ------------------------------------------------------------

def test_the_digest_lists_progress_logged_this_week_for_earlier_days_and_folds_a_typo(run, add, monkeypatch):
    """Trial 13 C4: progress logged on 11-24 --date "last week" was left out of the summary
    "since 2026-11-24", while a typo and its correction took two lines."""
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")
    goal = add("Log 3000 supervised hours for my LMFT license", "2028-06-30", "--target", "3000",
               "--unit", "supervised hours")
    assert run("log", goal["id"], 18, "--date", "last week").code == 0
    assert run("log", goal["id"], 5).code == 0
    assert run("log", goal["id"], 1800, "--yes").code == 0
    assert run("log", goal["id"], "--note", "typo, meant 18", "--yes", "--", -1800).code == 0
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-01")
    summary = run("review", "--summary", "--json")
    assert summary.code == 0, summary
    data = summary.json()
    assert [(p["date"], p["value"]) for p in data["progress"]] == [("2026-11-17", 18), ("2026-11-24", 5)]
    assert [(p["value"], p["correction"], p["correction_note"]) for p in data["corrected"]] == [
        (1800, -1800, "typo, meant 18")]
    shown = run("review", "--summary")
    assert shown.code == 0
    text = " ".join((shown.out + shown.err).split())
    # each entry in its goal's unit (review13's "+$60"), the day it was logged after it
    assert "+18 supervised hours (logged 2026-11-24)" in text
    assert ("+1800 supervised hours, taken back by -1800 supervised hours (typo, meant 18): nothing moved"
            in text)
    assert "Progress logged (3)" in text
    assert run("show", goal["id"], "--json").json()["measure"]["current"] == 23


def test_a_negative_entry_that_matches_no_earlier_one_stays_a_line_of_its_own(run, add, monkeypatch):
    goal = add("Log 3000 supervised hours for my LMFT license", "2028-06-30", "--target", "3000",
               "--unit", "supervised hours")
    assert run("log", goal["id"], 20).code == 0
    assert run("log", goal["id"], "--", -2).code == 0
    data = run("review", "--summary", "--json").json()
    assert [p["value"] for p in data["progress"]] == [20, -2] and data["corrected"] == []
