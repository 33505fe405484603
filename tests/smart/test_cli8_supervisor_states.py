"""cli8 item 5: the supervisor milestone's state routes. A goal that names
Florida (or its 491 board) is judged against Florida's qualified-supervisor
route (a 12-hour course, Fla. Admin. Code R. 64B4-6.0025), one that names
California (or the BBS) against California's 15 hours of supervision training
(16 CCR 1871), one that names Texas (or its BHEC) and the LPC-S against the
Texas LPC Supervisor route (txsuper16: bhec.texas.gov, 22 TAC §681.147);
elsewhere the national/ACS row stays."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score
from clingoals.smart.scorer import _first_matching_row, match_milestone, milestones

TODAY = dt.date(2026, 11, 23)


def achievable(statement: str) -> dict:
    return score(GoalText(statement), TODAY)["criteria"]["achievable"]


@pytest.mark.parametrize("statement, row", [
    ("Become a qualified supervisor in Florida by June 30, 2027", "approved-supervisor-fl"),
    ("Submit my qualified supervisor application to the Florida 491 board", "approved-supervisor-fl"),
    ("Become a Florida qualified supervisor", "approved-supervisor-fl"),
    ("Become a clinical supervisor in California by June 30, 2027", "approved-supervisor-ca"),
    ("Become an LCSW supervisor in California", "approved-supervisor-ca"),
    ("Become an approved clinical supervisor so that I can supervise associates", "approved-supervisor"),
    ("Become an LPC-S in Texas", "approved-supervisor-tx"),
    ("Submit my LPC Supervisor (LPC-S) application to the Texas BHEC", "approved-supervisor-tx"),
    ("Become a Texas LPC supervisor by June 30, 2027", "approved-supervisor-tx"),
    # the LPC's route only: Texas's LCSW-S (another board's rule, not in the table) and a supervisor not named
    # as an LPC-S keep the national row
    ("Become an LCSW-S in Texas", "approved-supervisor"),
    ("Become a clinical supervisor in Texas", "approved-supervisor"),
    ("Become an LPC-S", "approved-supervisor"),
    ("Submit my supervisor designation application to the state board", "approved-supervisor"),
])
def test_the_state_named_picks_its_route(statement, row):
    lowered = statement.lower()
    assert match_milestone(lowered).id == row
    assert _first_matching_row(lowered).id == row  # the prefilter agrees with trying every row


def test_an_intern_looking_for_a_qualified_supervisor_is_no_milestone():
    assert match_milestone("find a qualified supervisor in florida for my intern hours") is None


def test_the_state_rows_cite_their_board_rules():
    rows = {m.id: m for m in milestones()}
    assert "64B4-6.0025" in rows["approved-supervisor-fl"].source
    assert "12-hour" in rows["approved-supervisor-fl"].note
    assert "1871" in rows["approved-supervisor-ca"].source
    assert "15 hours" in rows["approved-supervisor-ca"].note
    texas = rows["approved-supervisor-tx"]
    assert "bhec.texas.gov" in texas.source and "681.147" in texas.source
    assert "40-clock-hour" in texas.note and "5 years" in texas.note
    assert "Texas LPC-S: 5 years" in rows["approved-supervisor"].note  # not the 2 years it said before txsuper16
    assert all(rows[r].basis == "rule" for r in ("approved-supervisor-fl", "approved-supervisor-ca",
                                                 "approved-supervisor-tx"))


def test_a_california_supervisor_six_weeks_out_is_tight_not_impossible():
    # national row: at least 3 months (a 40-45 hour course plus supervision-of-supervision): 0/2
    national = achievable("Become an approved clinical supervisor by December 31, 2026")
    assert national["score"] == 0
    california = achievable("Become a clinical supervisor in California by December 31, 2026")
    assert california["score"] == 1 and california["reason"].startswith("Tight: 1.2 months from now")
    assert "qualifying to supervise associates in California" in california["reason"]
    assert "16, § 1871(a)" in california["suggestion"]


def test_a_too_short_florida_deadline_names_the_licensing_time():
    found = achievable("Become a qualified supervisor in Florida by tomorrow")
    assert found["score"] == 0
    assert "2 years of practice after licensure" in found["reason"] and "64B4-6.0025" in found["suggestion"]


def test_a_too_short_texas_lpc_s_deadline_names_the_five_years():
    found = achievable("Become an LPC-S in Texas by tomorrow")
    assert found["score"] == 0
    assert "5 years" in found["reason"] and "bhec.texas.gov" in found["suggestion"]
