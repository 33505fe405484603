"""Golden cards for what new-user trial 7 (a Florida LMHC) found the scorer
judging wrong: a comparative outcome, a span counted from an undated event,
a saving rate that can't reach its total, a milestone taken from the why
clause, and Florida's "qualified supervisor"."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score

TODAY = dt.date(2026, 11, 23)


def criterion(statement: str, name: str, **parts) -> dict:
    return score(GoalText(statement, **parts), TODAY)["criteria"][name]


# --- 1: "more" after the outcome verb says which way, not how much -------------------------

@pytest.mark.parametrize("statement", ["Read more about DBT", "Read more about DBT by March 31",
                                       "Attend more DBT workshops"])
def test_a_comparative_outcome_is_partly_measurable(statement):
    measurable = criterion(statement, "measurable")
    assert measurable["score"] == 1
    assert measurable["reason"] == "'more' says which way, not how much."
    assert measurable["evidence"] == ["more"] and measurable["suggestion"].startswith("Put a number on it")


def test_walk_more_stays_partial_and_a_counted_reading_goal_is_measurable():
    # (judge20: a habit done "more" is missing how often, and the advice says so)
    assert criterion("Walk more", "measurable")["reason"] == "'more' says which way, not how often."
    assert criterion("Read 2 books about DBT by March 31", "measurable")["score"] == 2


def test_a_checkable_outcome_beside_a_comparative_elsewhere_stays_checkable():
    measurable = criterion("Pass the NCE and see more clients", "measurable")
    assert measurable["score"] == 2 and measurable["reason"] == "A checkable outcome: 'Pass the NCE'."


# --- 5: Florida's "qualified supervisor" is the supervisor milestone (its Florida route, cli8) ----

def test_a_supervisor_application_is_the_supervisor_milestone():
    achievable = criterion("Submit my supervisor designation application", "achievable")
    assert achievable["score"] == 1
    assert achievable["reason"].startswith("Approved clinical supervisor status")
    assert achievable["reason"].endswith("typically takes 9 months; there's no deadline to check it against.")


def test_a_florida_qualified_supervisor_application_is_the_florida_route():
    achievable = criterion("Submit my qualified supervisor application to the Florida 491 board", "achievable")
    assert achievable["score"] == 1
    assert achievable["reason"] == ("Florida qualified supervisor status typically takes 2 months; "
                                    "there's no deadline to check it against.")


def test_becoming_a_qualified_supervisor_in_florida_is_judged_against_the_florida_route():
    achievable = criterion("Become a qualified supervisor in Florida by June 30, 2027", "achievable")
    assert achievable["score"] == 2
    assert "the time fits Florida qualified supervisor status" in achievable["reason"]


def test_looking_for_a_qualified_supervisor_is_not_becoming_one():
    achievable = criterion("Find a qualified supervisor for my registered intern hours", "achievable")
    assert achievable["reason"] == "Nothing yet says it fits your time and resources."


# --- 2: a span counted from an event with no date is not a deadline --------------------------

def test_a_span_from_an_undated_event_is_partly_time_bound():
    card = score(GoalText("Get 10 new private-pay clients within 6 months of opening"), TODAY)
    time_bound = card["criteria"]["time_bound"]
    assert time_bound["score"] == 1
    assert time_bound["reason"] == ("'within 6 months of opening' counts from opening, which has no date yet: "
                                    "it's not a deadline.")
    assert time_bound["evidence"] == ["within 6 months of opening"]
    assert time_bound["suggestion"] == "Say when that is, or give the date itself, e.g. 'by June 30'."
    assert card["deadline"] is None


def test_find_deadline_passes_a_span_from_an_event_over_and_keeps_spans_from_now():
    from clingoals.dates import find_deadline, span_from_event
    assert find_deadline("Get 10 new private-pay clients within 6 months of opening", TODAY) is None
    assert span_from_event("Get 10 clients 6 months after opening my practice", TODAY) == (
        "6 months after opening my practice", "opening my practice")
    assert find_deadline("Get 10 clients within 6 months of opening, by Dec 31, 2027", TODAY).date == dt.date(2027, 12, 31)
    for kept in ("within 6 months of today", "in 3 weeks from now", "over the next 6 months of practice"):
        assert find_deadline(kept, TODAY) is not None and span_from_event(kept, TODAY) is None


# --- 3: a saving rate over the time left, against the total ----------------------------------

def test_a_saving_rate_that_falls_short_of_its_total_is_flagged_with_the_numbers():
    achievable = criterion("Save $500 a month toward my practice fund until I have $10,000 by Dec 31, 2027",
                           "achievable")
    assert achievable["score"] == 1
    assert achievable["reason"] == "$500 a month for 13 months comes to $6,500, short of $10,000 by the deadline."
    assert achievable["suggestion"] == ("Save about $770 a month, move the deadline to about 20 months from now, "
                                        "or aim for $6,500.")


def test_a_saving_rate_far_short_scores_0():
    achievable = criterion("Save $500 a month until I have $10,000 by March 31, 2027", "achievable")
    assert achievable["score"] == 0 and achievable["reason"].startswith("$500 a month for 4 months comes to $2,000")


def test_a_saving_rate_that_reaches_its_total_says_so_instead_of_the_why_milestone():
    achievable = criterion("Save $500 a month toward my private practice fund until I have $6,000 by Dec 31, 2027",
                           "achievable")
    assert achievable["score"] == 2
    assert achievable["reason"] == "Realistic: $500 a month for 13 months comes to $6,500, enough for $6,000."
    assert "private practice" not in achievable["reason"]


def test_a_stored_saving_target_counts_what_is_saved():
    achievable = criterion("Save $500 a month toward my private practice fund", "achievable", target=6500,
                           baseline=1200, unit="$", deadline=dt.date(2027, 12, 31))
    assert achievable["score"] == 2
    assert achievable["reason"] == "Realistic: $500 a month for 13 months comes to $6,500, enough for $5,300 to go."


# --- 4: the milestone comes from what the goal does, not from its reason ----------------------

EMDR = "Finish EMDR basic training through an EMDRIA approved program by June 30, 2027"


@pytest.mark.parametrize("why", ["", ", so I can help my clients with PTSD and eventually offer it in private practice"])
def test_the_milestone_comes_from_the_goal_before_its_why(why):
    achievable = criterion(EMDR + why, "achievable")
    assert achievable["score"] == 2
    assert achievable["reason"] == "Realistic: the time fits EMDR basic training (typically 6 months)."


def test_the_why_never_gives_the_milestone():
    # (trial 8 C14: a deadline that suits the goal must not be judged by its reason's milestone)
    achievable = criterion("Build my referral network by June 30, 2027 so I can open a private practice", "achievable")
    assert "private practice" not in achievable["reason"] and achievable["score"] == 1
