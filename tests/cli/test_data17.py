"""data17: trial 15's CE, license, path and date findings. C7 (one credit
worth more than the whole cycle of the licenses it counts for is asked
about, not only above 100 h)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-24")  # the trial's day


def _nj(run):
    added = run("license", "add", "NJ LCSW", "--profile", "example-nj-lcsw", "--issued", "March 2020",
                "--renews", "2027-02-28")
    assert added.code == 0, added


COURSE = ("--date", "2026-11-20", "--format", "live-online")


# --- C7: a credit above the cycle's requirement ---------------------------------------------

def test_a_credit_of_more_than_the_licenses_cycle_asks_needs_yes(run):
    _nj(run)  # 40 h a cycle
    refused = run("ce", "add", "Ethics and boundaries", "--hours", "60", *COURSE)
    assert refused.code == 1 and len(refused.err.strip().splitlines()) == 1
    assert "60 h in one credit is more than NJ LCSW asks for a whole renewal cycle (40 h)" in refused.err
    assert "--yes" in refused.err and run("ce", "list", "--json").json() == []
    assert run("ce", "add", "Supervision training", "--hours", "40", *COURSE).code == 0  # the whole cycle: fine
    taken = run("ce", "add", "Ethics and boundaries", "--hours", "60", *COURSE, "--yes", "--json")
    assert taken.code == 0 and taken.json()["hours"] == 60
    assert [c["hours"] for c in run("ce", "list", "--json").json()] == [40, 60]


def test_the_bound_is_the_most_any_of_the_credits_licenses_asks(run):
    _nj(run)
    assert run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-01-31").code == 0
    assert run("ce", "add", "Course", "--hours", "30", *COURSE).code == 0  # every license: fits NJ's 40 h
    texas = run("ce", "add", "Course", "--hours", "30", *COURSE, "--license", "TX LPC")
    assert texas.code == 1 and "more than TX LPC asks for a whole renewal cycle (24 h)" in texas.err
    assert len(run("ce", "list", "--json").json()) == 1


def test_without_a_license_the_bound_stays_100_hours(run):
    assert run("ce", "add", "Long training", "--hours", "100", *COURSE).code == 0
    refused = run("ce", "add", "Typo", "--hours", "101", *COURSE)
    assert refused.code == 1 and "than boards ask for a whole renewal cycle (100 h at most)" in refused.err


def test_editing_a_credit_above_its_licenses_cycle_needs_yes(run):
    _nj(run)
    credit = run("ce", "add", "Ethics", "--hours", "6", *COURSE, "--json").json()["id"]
    refused = run("ce", "edit", credit, "--hours", "60")
    assert refused.code == 1 and "(40 h). Change it anyway" in refused.err
    in_ceu = run("ce", "edit", credit, "--unit", "ceu")  # 6 ceu = 60 h
    assert in_ceu.code == 1 and "6 ceu (60 h) in one credit" in in_ceu.err
    assert run("ce", "show", credit, "--json").json()["hours"] == 6  # nothing changed
    assert run("ce", "edit", credit, "--hours", "60", "--yes").code == 0
    assert run("ce", "show", credit, "--json").json()["hours"] == 60


def test_an_import_row_above_its_licenses_cycle_is_named(run, tmp_path):
    _nj(run)
    csv = tmp_path / "credits.csv"
    csv.write_text("title,hours,date,format\nEthics,6,2026-04-01,in-person\nTypo,60,2026-04-02,in-person\n")
    refused = run("ce", "import", csv)
    assert refused.code == 1
    assert "row 3: 60 h in one credit is more than NJ LCSW asks for a whole renewal cycle (40 h)." in refused.err
    assert run("ce", "list", "--json").json() == []
    assert run("ce", "import", csv, "--yes").code == 0
    assert [c["hours"] for c in run("ce", "list", "--json").json()] == [6, 60]


def test_the_credit_rule_with_a_cycle():
    from clingoals.ce.records import outsized_credit

    assert outsized_credit(40, "hours", cycle=("NJ LCSW", 40.0)) is None
    assert outsized_credit(40.5, "hours", cycle=("NJ LCSW", 40.0)).startswith(
        "40.5 h in one credit is more than NJ LCSW")
    assert outsized_credit(150, "hours", cycle=("Board", 200.0)).endswith("(100 h at most). Add it anyway?")


# --- B5: a month/day just ahead of today is not silently last year's -----------------------

def test_a_month_day_just_ahead_is_refused_not_logged_a_year_back(run, add, monkeypatch):
    goal = add("Run 60 times by March 31, 2027", "2027-03-31", "--target", "60", "--unit", "runs")["id"]
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-08")
    for typed in ("12/10", "December 10"):
        refused = run("log", goal, "2", "--date", typed)
        assert refused.code == 1 and refused.err.count("error:") == 1  # (and the review reminder, once a day)
        assert f"'{typed}' is 2 days ahead (2026-12-10): give a day that has passed, or write 2025-12-10" in refused.err
    assert run("show", goal, "--json").json()["progress_log"] == []  # nothing logged
    for typed, day in (("12/03", "2026-12-03"), ("saturday", "2026-12-05"), ("12/10/2025", "2025-12-10")):
        logged = run("log", goal, "1", "--date", typed, "--json")
        assert logged.code == 0, logged
    days = [e["date"] for e in run("show", goal, "--json").json()["progress_log"]]
    assert sorted(days) == ["2025-12-10", "2026-12-03", "2026-12-05"]


def test_the_same_rule_for_journal_and_ce_dates(run, monkeypatch):
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-08")
    journal = run("journal", "Hard week", "--date", "12/10")
    assert journal.code == 1 and "2 days ahead" in journal.err
    credit = run("ce", "add", "Ethics", "--hours", "3", "--date", "dec 9", *COURSE[2:])
    assert credit.code == 1 and "'dec 9' is 1 day ahead (2026-12-09)" in credit.err
    assert run("ce", "list", "--json").json() == [] and run("journal", "list", "--json").json() == []


def test_which_month_days_are_refused():
    import datetime as dt

    from clingoals.dates import parse_happened
    from clingoals.errors import DateError

    today = dt.date(2026, 12, 20)
    with pytest.raises(DateError, match=r"'1/5' is 16 days ahead \(2027-01-05\).*write 2026-01-05"):
        parse_happened("1/5", today)  # across the new year too
    assert parse_happened("friday", dt.date(2026, 12, 28)) == dt.date(2026, 12, 25)  # a weekday is days back
    assert parse_happened("1/25", today) == dt.date(2026, 1, 25)  # 36 days ahead: the one that has passed
    assert parse_happened("12/19", today) == dt.date(2026, 12, 19)
    assert parse_happened("12/20", today) == today


# --- C5: path start with a goal that states the destination ----------------------------------

SUPERVISOR = ("Become an approved clinical supervisor (20 hours of supervision training) by September 30, 2027, "
              "so I can supervise LSWs at my agency")


def _supervisor_goal(run, add):
    _nj(run)
    return add(SUPERVISOR, "2027-09-30", "--target", "20", "--unit", "hours of supervision training")["id"]


def test_a_goal_stating_the_destination_is_the_paths_long_term_goal(run, add):
    mine = _supervisor_goal(run, add)
    refused = run("path", "start", "clinical-supervisor")  # no terminal: adds 2 goals, not 3
    assert refused.code == 1 and "adds 2 goals" in refused.err and len(run("list", "--json").json()) == 1
    started = run("path", "start", "clinical-supervisor", "--yes", "--json")
    assert started.code == 0, started
    data = started.json()
    assert data["goal_id"] == mine and data["goal_was_yours"] and len(data["child_ids"]) == 2
    assert f"Your goal {mine} already states where this path leads" in started.err
    goals = {g["id"]: g for g in run("list", "--json").json()}
    assert len(goals) == 3  # no second "become a supervisor" goal
    assert goals[mine]["horizon"] == "long" and goals[mine]["deadline"] == "2027-09-30"
    assert "path:clinical-supervisor" in goals[mine]["tags"] and goals[mine]["statement"] == SUPERVISOR
    training, application = (goals[i] for i in data["child_ids"])
    assert training["statement"].startswith("Complete a 40-hour supervision training course")
    assert training["parent_id"] == application["parent_id"] == mine
    assert training["deadline"] < application["deadline"] == "2027-09-30"  # spread to the goal's deadline


def test_the_destination_goal_is_not_taken_for_a_milestone():
    from clingoals.career import builtin_paths, states_destination

    path = next(p for p in builtin_paths() if p.id == "clinical-supervisor")
    assert states_destination(path, SUPERVISOR) and states_destination(path, "Become a clinical supervisor")
    assert not states_destination(path, "Complete 20 hours of supervision training")
    for each in builtin_paths():  # a milestone's own words are that milestone, never the destination
        assert not any(states_destination(each, m.statement) for m in each.milestones), each.id


# --- C9: a first term shorter or longer than a cycle, said in words --------------------------

def test_half_a_cycle_before_the_next_is_a_short_first_term_and_says_so(run):
    added = run("license", "add", "NJ LCSW", "--profile", "example-nj-lcsw", "--issued", "March 2020",
                "--renews", "2027-02-28", "--json")
    assert added.code == 0 and added.json()["cycle_number"] == 4  # 2020-21 short, then 21-23, 23-25, 25-27
    assert ("note: Cycle 1, 2020-03-01 → 2021-02-28, was a short first term (12 months, not 24)"
            in added.err.replace("\n", " "))
    history = run("license", "history", "NJ LCSW", "--json").json()
    first = history["cycles"][-1]
    assert (first["cycle_number"], first["cycle_start"], first["cycle_end"]) == (1, "2020-03-01", "2021-02-28")
    assert history["first_term"].startswith("Cycle 1, 2020-03-01 → 2021-02-28, was a short first term")
    shown = run("license", "history", "NJ LCSW")
    assert "was a short first term (12 months, not 24)" in " ".join(shown.out.split())
    assert "was a short first term" in " ".join(run("license", "show", "NJ LCSW").out.split())


def test_a_long_first_term_says_why_and_a_full_one_says_nothing(run):
    long = run("license", "add", "NJ", "--profile", "example-nj-lcsw", "--issued", "2020-03-02",
               "--renews", "2027-02-28", "--json")
    assert long.code == 0 and long.json()["cycle_number"] == 3
    assert "was a long first term (35 months, not 24): only 11 months passed" in " ".join(long.err.split())
    full = run("license", "add", "TX", "--profile", "example-tx-lpc", "--issued", "2025-02-01",
               "--renews", "2027-01-31")
    assert full.code == 0 and "first term" not in full.err
    assert run("license", "history", "TX", "--json").json()["first_term"] is None


def test_exactly_half_a_cycle_is_a_term_of_its_own_leap_day_or_not():
    import datetime as dt

    from clingoals.ce.tally import absorbed_by_first_cycle, cycle_number_from_issue

    assert not absorbed_by_first_cycle(dt.date(2020, 3, 1), dt.date(2021, 3, 1), 24)  # 365 of 731 days: 12 months
    assert not absorbed_by_first_cycle(dt.date(2022, 3, 1), dt.date(2023, 3, 1), 24)
    assert absorbed_by_first_cycle(dt.date(2020, 3, 2), dt.date(2021, 3, 1), 24)  # 11 months 30 days
    assert cycle_number_from_issue(dt.date(2020, 3, 1), dt.date(2027, 2, 28), 24) == 4


# --- C11: why a cycle is behind (or on track), in its status line ---------------------------

def test_the_status_says_why_it_is_behind_or_on_track(run, monkeypatch):
    _nj(run)
    run("ce", "add", "Ethics", "--hours", "6", *COURSE, "--category", "ethics")
    run("ce", "add", "Clinical", "--hours", "24.5", *COURSE, "--category", "clinical-practice")
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-12-08")  # 647 of 729 days gone: an even pace has 35.5 h
    [behind] = run("ce", "status", "--json").json()["licenses"]  # 5.1 h short: more than 3 months of pace (5 h)
    assert behind["status"] == "behind"
    assert behind["status_reason"] == ("30.5 h counted, under the 35.6 h an even pace through the cycle has by "
                                       "today, more than 3 months behind it")
    panel = " ".join(run("ce", "status").out.split())
    assert "Status behind: 30.5 h counted, under the 35.6 h an even pace through the cycle has by today" in panel
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-25")  # 4.9 h short: less than 3 months of it (ce2)
    [lagging] = run("ce", "status", "--json").json()["licenses"]
    assert lagging["status"] == "on_track"
    assert lagging["status_reason"].endswith("but less than 3 months behind it (CE often comes in bursts); "
                                             "behind from 2026-12-08 if nothing more is earned")  # the day above
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-07-01")
    [ahead] = run("ce", "status", "--json").json()["licenses"]
    assert ahead["status"] == "on_track" and ahead["status_reason"].startswith("30.5 h counted, at least the 26.")


def test_the_even_pace_is_rounded_away_from_the_hours_counted():
    from fractions import Fraction

    from clingoals.ce.tally import pace_reason

    assert "under the 30.6 h" in pace_reason("behind", Fraction(305, 10), Fraction(3052, 100), False)  # not 30.5
    assert "at least the 30.4 h" in pace_reason("on_track", Fraction(305, 10), Fraction(3049, 100), False)
    assert pace_reason("on_track", Fraction(40), Fraction(12), True).startswith("40 h counted with carry-over")


def test_a_step_after_a_goal_of_yours_is_dated_after_it(run, add):
    _nj(run)
    mine = add("Complete a 40-hour supervision training course approved by the NJ board by September 30, 2027",
               "2027-09-30", "--target", "40", "--unit", "hours")["id"]
    data = run("path", "start", "clinical-supervisor", "--yes", "--json").json()
    assert data["goal_id"] != mine and not data["goal_was_yours"]  # it serves the training milestone
    [application] = [g for g in run("list", "--json").json() if g["id"] in data["child_ids"]]
    assert application["statement"].startswith("Submit my supervisor designation application")
    assert application["deadline"] == "2027-12-30"  # its 3 months after your training goal, not before it
    assert data["target_date"] == "2027-12-30"  # and the path arrives with it


def test_a_target_date_moves_the_goal_used_as_long_term_and_says_so(run, add):
    mine = _supervisor_goal(run, add)
    started = run("path", "start", "clinical-supervisor", "--yes", "--target-date", "2027-12-31")
    assert started.code == 0 and "Goal 1 is now due 2027-12-31, not 2027-09-30" in " ".join(started.err.split())
    assert run("show", mine, "--json").json()["deadline"] == "2027-12-31"
