"""Trial 23 #3 and #4, trial 22 #15 (session 14, ce2): a one-time minimum
done before the current cycle can be ticked and stops being asked; a CE
credit linked to a goal suggests taking back only what would count twice;
licenses go by the ID `license list` shows as well as by name; `license
show` says the example-profile note once. Today is 2026-11-25."""

from __future__ import annotations

import pytest

CA = "CA LMFT"


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-25")


@pytest.fixture
def ca(run):
    added = run("license", "add", CA, "--profile", "example-ca-bbs", "--renews", "March 2027",
                "--issued", "November 2023")
    assert added.code == 0, added
    return CA


def status(run, name=None):
    result = run("ce", "status", "--json", *(("--license", name) if name else ()))
    assert result.code == 0, result
    [row] = result.json()["licenses"]
    return row


# --- trial 23 #4: a one-time minimum done in an earlier cycle --------------------------

def test_a_one_time_minimum_done_in_an_earlier_cycle_is_ticked_and_no_longer_asked(run, ca):
    before = status(run)
    assert [c["category"] for c in before["categories"]] == ["hiv-aids", "law-and-ethics"]
    assert "7 h hiv-aids" in before["next"]
    panel = " ".join(run("ce").out.replace("│", " ").split())
    assert f'Taken before this cycle? Record it: goals license done "{CA}" hiv-aids --date DATE' in panel
    ticked = run("license", "done", CA, "hiv-aids", "--date", "2024-06-01", "--json")
    assert ticked.code == 0, ticked
    data = ticked.json()
    assert (data["requirement"], data["date"], data["once"]) == ("hiv-aids", "2024-06-01", True)
    after = status(run)
    assert [c["category"] for c in after["categories"]] == ["law-and-ethics"]
    assert after["once_met"] == [{"category": "hiv-aids", "hours": 7, "met_on": "2024-06-01", "ticked": True}]
    assert "hiv-aids" not in after["next"] and after["remaining_hours"] == 36  # its hours are not this cycle's
    assert "Taken before this cycle?" not in run("ce").out


def test_a_one_time_minimum_taken_this_cycle_is_a_credit_and_a_second_tick_is_refused(run, ca):
    this_cycle = run("license", "done", CA, "hiv-aids", "--date", "2025-06-01")
    assert this_cycle.code == 1 and "add it as a credit" in this_cycle.err and "--category hiv-aids" in this_cycle.err
    assert len(this_cycle.err.strip().splitlines()) == 1
    with_cycle = run("license", "done", CA, "hiv-aids", "--date", "2024-06-01", "--cycle", "previous")
    assert with_cycle.code == 1 and "--cycle doesn't apply" in with_cycle.err
    assert status(run)["once_met"] == []  # nothing changed
    assert run("license", "done", CA, "HIV-AIDS", "--date", "2019-05-01").code == 0  # before the license: in school
    again = run("license", "done", CA, "hiv-aids", "--date", "2024-06-01")
    assert again.code == 1 and "already ticked" in again.err
    assert status(run)["once_met"][0]["met_on"] == "2019-05-01"


def test_a_typo_in_the_requirement_names_the_one_time_minimums_too(run, ca):
    typo = run("license", "done", CA, "hiv-aid", "--date", "2024-06-01")
    assert typo.code == 1 and "(it has: hiv-aids)" in typo.err and "Did you mean 'hiv-aids'?" in typo.err


def test_an_earlier_credit_still_meets_it_and_the_earlier_day_wins(run, ca):
    assert run("ce", "add", "HIV/AIDS 7-hour course", "--hours", "7", "--date", "2024-05-01", "--format",
               "self-study", "--category", "hiv-aids").code == 0
    assert status(run)["once_met"] == [{"category": "hiv-aids", "hours": 7, "met_on": "2024-05-01",
                                        "ticked": False}]


# --- trial 23 #3: a credit linked to a goal takes back only what could count twice ------

def _training_goal(run):
    made = run("add", "Complete the 15-hour BBS supervision training course", "--due", "2027-01-31", "--target",
               "15", "--unit", "training hours", "--start", "2026-11-01", "--json")
    assert made.code == 0, made
    return made.json()["id"]


def test_a_credit_on_a_day_nothing_was_logged_suggests_at_most_its_own_hours(run, monkeypatch):
    goal = _training_goal(run)
    assert run("log", goal, "3", "--date", "2026-11-24").code == 0
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-01")
    assert run("log", goal, "3").code == 0
    added = run("ce", "add", "Supervision training day 2", "--hours", "180", "--unit", "minutes", "--date",
                "yesterday", "--format", "in-person", "--category", "supervision", "--goal", goal)
    assert added.code == 0, added
    err = " ".join(added.err.split())
    assert ("goal 1 also has 6 training hours logged by hand (3 on 2026-11-24, 3 on 2026-12-01), none on the "
            "credit's date (2026-11-30). Any of it that was this course now counts twice (logged, and through the "
            "credit): take back that part only, at most the credit's 3 h: goals log 1 -3 --note 'counted by CE "
            "credit 1'.") in err
    assert "-6" not in err
    assert run("show", goal, "--json").json()["measure"]["current"] == 9  # said, not done


def test_a_credit_worth_more_than_was_logged_by_hand_suggests_the_hand_entries_only(run):
    goal = _training_goal(run)
    assert run("log", goal, "2", "--date", "2026-11-10").code == 0
    added = run("ce", "add", "Day 3", "--hours", "10", "--date", "2026-11-20", "--format", "in-person",
                "--goal", goal)
    err = " ".join(added.err.split())
    assert added.code == 0 and "take back that part only (all of it only if all of it was): goals log 1 -2 " in err


def test_hours_logged_on_the_credits_date_are_taken_back_up_to_the_credits_hours(run):
    goal = _training_goal(run)
    assert run("log", goal, "5", "--date", "2026-11-20").code == 0
    added = run("ce", "add", "Half day", "--hours", "3", "--date", "2026-11-20", "--format", "in-person",
                "--goal", goal)
    err = " ".join(added.err.split())
    assert added.code == 0 and ("goal 1 also has 5 training hours logged on 2026-11-20, the credit's date; if that "
                                "was this course, it now counts twice: take it back with goals log 1 -3 ") in err


# --- trial 22 #15: licenses go by ID too; the example note said once --------------------

def test_license_commands_take_the_id_license_list_shows(run, ca):
    assert run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-01-31").code == 0
    listed = run("license", "list")
    assert listed.code == 0 and listed.out.split()[0] == "ID"
    ids = {row["name"]: row["id"] for row in run("license", "list", "--json").json()}
    shown = run("license", "show", ids[CA], "--json")
    assert shown.code == 0 and shown.json()["name"] == CA
    assert run("license", "edit", ids["TX LPC"], "--number", "12345").code == 0
    assert run("license", "show", "TX LPC", "--json").json()["number"] == "12345"
    assert run("license", "done", ids[CA], "hiv-aids", "--date", "2024-06-01").code == 0
    assert status(run, str(ids[CA]))["name"] == CA and status(run, CA)["once_met"][0]["ticked"]
    assert run("license", "delete", ids["TX LPC"], "--yes").code == 0
    assert run("license", "restore", ids["TX LPC"]).code == 0
    missing = run("license", "show", "7")
    assert missing.code == 1 and "No license named '7' or with ID 7." in missing.err
    assert len(missing.err.strip().splitlines()) == 1


def test_a_license_named_with_digits_is_found_by_its_name_first(run, ca):
    assert run("license", "add", "1", "--profile", "example-tx-lpc", "--renews", "2027-01-31").code == 0
    assert run("license", "show", "1", "--json").json()["profile_id"] == "example-tx-lpc"  # the name, not ID 1


def test_license_show_and_ce_say_the_example_profile_note_once(run, ca):
    for args in (("license", "show", CA), ("ce",)):
        shown = run(*args)
        assert shown.code == 0
        both = " ".join((shown.out + shown.err).replace("│", " ").split())
        assert both.count("xample profile") == 1, both


def test_a_credit_for_one_license_named_twice_over_counts_for_it_once(run, ca):
    added = run("ce", "add", "Law and ethics", "--hours", "6", "--date", "2026-11-01", "--format", "in-person",
                "--license", "1", "--license", "ca lmft", "--json")
    assert added.code == 0, added  # was an IntegrityError for two spellings of one license
    assert added.json()["licenses"] == [CA]
    assert run("ce", "edit", "1", "--license", CA, "--license", "1").code == 0
    assert [c["licenses"] for c in run("ce", "list", "--license", "1", "--json").json()] == [[CA]]


# --- session 13 notes: license edit --renews says where the cycle is now -----------------

def test_license_edit_renews_echoes_the_new_cycle(run, ca):
    edited = run("license", "edit", CA, "--renews", "2027-02-28")  # the birth month is February
    assert edited.code == 0
    assert ("Its current cycle is now 2025-03-01 → 2027-02-28 (cycle 2, counted from the issue date 2023-11-01), "
            "95 d left; status: behind.") in " ".join(edited.err.split())
    moved = run("license", "edit", CA, "--renews", "2029-03-31")  # a cycle on: the number stays, and it says so
    assert "(cycle 2 as recorded; the issue date 2023-11-01 makes it cycle 3" in " ".join(moved.err.split())
    data = run("license", "edit", CA, "--renews", "2027-03-31", "--json").json()
    assert data["current_cycle"] == {"start": "2025-04-01", "end": "2027-03-31", "days_left": 126,
                                     "label": "cycle 2, counted from the issue date 2023-11-01",
                                     "status": data["current_cycle"]["status"]}
    assert data["renews"] == "2027-03-31"
    quiet = run("license", "edit", CA, "--number", "LMFT 1")
    assert quiet.code == 0 and "current cycle" not in quiet.err


# --- session 13 notes: the even pace allows CE's bursts -----------------------------------

def test_no_hours_34_days_into_a_two_year_cycle_is_on_track_and_says_until_when(run, ca, monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2025-05-05")  # the cycle began 2025-04-01
    row = status(run)
    assert row["status"] == "on_track"
    assert row["status_reason"] == ("0 h counted, under the 1.7 h an even pace through the cycle has by today, but "
                                    "less than 3 months behind it (CE often comes in bursts); behind from "
                                    "2025-07-02 if nothing more is earned")
    monkeypatch.setenv("CLINGOALS_TODAY", "2025-07-02")
    row = status(run)
    assert row["status"] == "behind" and row["status_reason"].endswith("more than 3 months behind it")


def test_a_rule_other_than_the_total_says_the_slack_too():
    from fractions import Fraction

    from clingoals.ce.tally import rule_pace_reason

    rule = ("minimums", "the minimums are still open (6 h ethics)")
    lagging = rule_pace_reason("on_track", Fraction(2), Fraction(24), Fraction(3), rule)
    assert lagging == ("2 of the 24 h required met, under the 3 h an even pace through the cycle has by today, but "
                       "less than 3 months behind it (CE often comes in bursts): the minimums are still open "
                       "(6 h ethics)")
    assert "more than 3 months behind it: the minimums" in rule_pace_reason("behind", Fraction(2), Fraction(24),
                                                                            Fraction(9), rule)


def test_the_audit_summary_lists_a_one_time_minimum_met_before_the_cycle(run, ca, tmp_path):
    assert run("license", "done", "1", "hiv-aids", "--date", "2024-06-01").code == 0
    assert run("ce", "audit", "--license", CA, "--out", tmp_path / "a.zip").code == 0
    import zipfile
    with zipfile.ZipFile(tmp_path / "a.zip") as bundle:
        summary = bundle.read("summary.md").decode()
    assert "- hiv-aids (7 h, once): met 2024-06-01 (recorded as done, no credit)" in summary
    assert "| hiv-aids |" not in summary
