"""Golden cards for what session 6's new-user trials found the scorer
misjudging in everyday goals: clock-time limits, an amount with no how-often,
counts that cannot fit the time, advice that fits money and stop-doing goals,
and a hyphenated word hiding a comparative."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score
from clingoals.smart import vocabulary as v
from clingoals.smart.scorer import missing_rhythm

TODAY = dt.date(2026, 11, 23)


def criterion(statement: str, name: str, **parts) -> dict:
    return score(GoalText(statement, **parts), TODAY)["criteria"][name]


# --- 1: a clock-time limit kept on a rhythm is checkable each day ----------------------------

@pytest.mark.parametrize("statement, reason", [
    ("No work email after 7pm", "Checkable each day: 'No work email after 7pm', kept or not."),
    ("In bed by 10:30 on weeknights", "Checkable each weeknight: 'In bed by 10:30', kept or not."),
    ("Go to bed by 10:30 pm every night", "Checkable every night: 'Go to bed by 10:30 pm', kept or not."),
    ("Stop checking work email after 7pm on weekdays",
     "Checkable each weekday: 'Stop checking work email after 7pm', kept or not."),
])
def test_a_clock_time_limit_is_judged_the_same_way_with_what_is_checked(statement, reason):
    measurable = criterion(statement, "measurable")
    assert (measurable["score"], measurable["reason"], measurable["suggestion"]) == (2, reason, None)


def test_no_work_email_names_what_is_left_undone():
    specific = criterion("No work email after 7pm", "specific")
    assert specific["score"] == 2  # it was 1: "'work' doesn't say what you'll actually do"
    assert specific["reason"] == "Names what you'll do and the context (no, work, email, after 7pm)."


def test_a_clock_time_alone_is_kept_every_day_not_a_rhythm_word():
    time_bound = criterion("No work email after 7pm", "time_bound")
    assert (time_bound["score"], time_bound["reason"]) == (1, "'after 7pm' is kept every day, with no end date.")
    # named days are the rhythm the card names, not the clock time
    assert criterion("Stop checking work email after 7pm on weekdays", "time_bound")["reason"] == \
        "'on weekdays' is a rhythm without an end date."


def test_a_time_of_day_is_not_a_unit():
    measurable = criterion("Stop answering work emails after 6 pm on weekdays", "measurable")
    assert measurable["evidence"] == ["after 6 pm", "on weekdays"]


def test_named_days_until_a_date_are_checked_each_day_and_alone_are_not_a_count():
    kept = criterion("Leave my laptop at the office on Fridays for the next 2 months", "measurable")
    assert (kept["score"], kept["reason"]) == (2, "Checkable each Friday: 'Leave my laptop at the office', kept or not.")
    assert criterion("Never check email on weekends", "measurable")["score"] == 1


def test_a_clock_time_on_a_dated_one_off_is_not_a_daily_limit():
    measurable = criterion("Submit the quarterly report by 5 pm on June 30", "measurable")
    assert measurable["score"] == 2 and "each day" not in measurable["reason"]


# --- 2: an amount each time needs how often -----------------------------------------------------

def test_an_amount_each_time_without_how_often_is_partial_and_asks_how_often():
    measurable = criterion("walk 30 minutes after lunch", "measurable")
    assert measurable["score"] == 1
    assert measurable["reason"] == ("'30 minutes' says how much each time, not how often: every day, "
                                    "or some days a week?")
    assert measurable["suggestion"] == "Add how often, e.g. '30 minutes a day' or '30 minutes 5 days a week'."
    assert missing_rhythm(GoalText("walk 30 minutes after lunch")) == "30 minutes"


@pytest.mark.parametrize("statement", [
    "walk 30 minutes after lunch 5 days a week",
    "walk 30 minutes a day",
    "walk 30 minutes after lunch on weekdays",
    "Practice a 5-minute breathing exercise before each session with a client",
    "Complete a 30-minute ethics webinar by June 30",     # a one-off with a checkable outcome
    "Walk 30 minutes 40 times by March 31",               # a total count
])
def test_an_amount_with_a_rhythm_a_total_or_a_checkable_outcome_is_met(statement):
    assert criterion(statement, "measurable")["score"] == 2
    assert missing_rhythm(GoalText(statement)) is None


def test_the_how_often_answer_as_the_measure_meets_it():
    goal = GoalText("Get healthier", specific="walk 30 minutes after lunch", metric="5 days a week")
    assert score(goal, TODAY)["criteria"]["measurable"]["score"] == 2
    assert missing_rhythm(goal) is None


def test_sleep_hours_without_a_rhythm_ask_how_often_too():
    assert missing_rhythm(GoalText("Sleep 8 hours")) == "Sleep 8 hours"


# --- 7: a hyphenated word hides no comparative -------------------------------------------------

@pytest.mark.parametrize("statement, word", [("See fewer-than 3 new clients a day", "fewer"),
                                             ("Sleep more-or-less", "more")])
def test_a_comparative_inside_a_hyphenated_word_is_found(statement, word):
    from clingoals.smart.scorer import found

    assert word in [w.lower() for w in found(v.COMPARATIVE, statement)]


def test_lower_case_and_carry_over_are_no_comparative_or_threshold():
    from clingoals.smart.scorer import found

    assert found(v.COMPARATIVE, "use lower-case words") == []
    assert found(v.THRESHOLD, "Carry-over 10 h from the previous cycle") == []


# --- 6: one pattern for each rule ---------------------------------------------------------------

def test_days_seasons_and_rates_are_written_once():
    import inspect

    from clingoals import dates, goal
    from clingoals.smart import compose, scorer

    assert not hasattr(scorer, "ON_WEEKDAYS")
    for module in (scorer, compose, goal, v):
        source = inspect.getsource(module)
        assert "mondays?|tuesdays?" not in source and "summer|winter" not in source, module.__name__
        assert "(?:day|night|week|month" not in source.replace("FREQUENCY_COUNT", ""), module.__name__
    assert set(dates.SEASONS) == {"summer", "winter", "spring", "fall", "autumn"}
    assert compose._EVERY.search("walk after lunch on weekdays") and compose._EVERY.search("2 hours a month")


# --- 3: a count that cannot fit the time ------------------------------------------------------

def test_more_times_than_days_is_more_than_once_a_day():
    achievable = criterion("Walk 40 times in the next 11 days", "achievable")
    assert (achievable["score"], achievable["reason"]) == (0, "40 times in 11 days is more than once a day (about 3.6 a day).")
    assert achievable["suggestion"] == ("Plan at most one a day: lower it to 11, or move the deadline to about "
                                        "40 days from now.")


def test_a_target_count_over_the_goals_own_rhythm_is_more_than_the_days_allow():
    achievable = criterion("Walk 30 minutes 5 days a week", "achievable", target=40, unit="walks",
                           deadline=dt.date(2026, 12, 4))
    assert achievable["score"] == 0
    assert achievable["reason"] == "40 walks in 11 days at 5 days a week is at most 7: more than the days allow."
    assert achievable["suggestion"].startswith("Lower it to 7, or move the deadline to about 8 weeks from now")


def test_personal_sessions_are_counted_and_a_caseload_is_not():
    assert criterion("Walk 40 sessions in 2 weeks", "achievable")["reason"].startswith(
        "40 sessions in 14 days is more than once a day")
    assert "once a day" not in criterion("Provide 40 therapy sessions in 2 weeks", "achievable")["reason"]


def test_a_count_that_fits_is_not_flagged():
    assert "once a day" not in criterion("Walk 20 times in the next 30 days", "achievable")["reason"]


# --- 4: advice that fits money and stop-doing goals ---------------------------------------------

def test_a_money_goal_is_asked_for_an_amount_a_month_not_hours():
    achievable = criterion("Save $5,000 by June 30", "achievable")
    assert achievable["reason"] == "Nothing yet says how it fits your budget."
    assert achievable["suggestion"].startswith("Say how much a month you can set aside: $5,000 by June 30 is about $")
    assert "hours" not in achievable["suggestion"]
    assert "hours" not in criterion("Pay off my credit card by June 30", "achievable")["suggestion"]


def test_a_stop_doing_goal_is_asked_what_makes_it_hard_not_hours():
    achievable = criterion("No work email after 7pm", "achievable")
    assert achievable["reason"] == "Nothing yet says what could make it hard to keep, or how you'll handle it."
    assert "hours" not in achievable["suggestion"]
    assert "hours" not in criterion("Stop checking work email after 7pm on weekdays", "achievable")["suggestion"]


# --- session 7: the amount a month guided add keeps in the plan is read against the total ---

@pytest.mark.parametrize("plan, achievable, reason", [
    (None, 1, "Nothing yet says how it fits your budget."),
    ("set aside $400 a month", 2, "Realistic: $400 a month for 13 months comes to $5,200, enough for $5,000; a plan."),
    ("set aside $300 a month", 1, "$300 a month for 13 months comes to $3,900, short of $5,000 by the deadline."),
])
def test_an_amount_a_month_in_the_plan_is_checked_against_the_total(plan, achievable, reason):
    goal = GoalText(statement="Save $5,000 for a practice fund", plan=plan, deadline=dt.date(2027, 12, 31))
    criterion = score(goal, TODAY)["criteria"]["achievable"]
    assert (criterion["score"], criterion["reason"]) == (achievable, reason)
