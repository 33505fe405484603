"""Golden cards for what new-user trial 8 (a Texas LPC heading for LPC-S and a
private practice) found the scorer judging wrong: a why clause scored as the
action (B4), "private practice" anywhere read as opening one (B3, C14), a
stop-doing limit called a one-off (C13), a spoken "so I ..." why (C12) and
personal goals against career aspirations (C11)."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.smart import GoalText, score

TODAY = dt.date(2026, 11, 23)
DANA = ("clinical supervisor (LPC-S)", "private practice")


def criterion(statement: str, name: str, **parts) -> dict:
    return score(GoalText(statement, **parts), TODAY)["criteria"][name]


# --- B4: the why clause is not the action --------------------------------------------------

@pytest.mark.parametrize("why", ["so that I manage stress better", "so that I manage stress",
                                 "so that I feel better", "so I feel better", "to manage stress better",
                                 "because I want to feel better"])
def test_a_why_clause_does_not_lower_specific(why):
    specific = criterion(f"Run twice a week by March 1 {why}", "specific")
    assert specific["score"] == 2, specific
    assert specific["reason"] == "Names what you'll do and the context (run, twice a week)."
    assert criterion("Run twice a week", "specific")["score"] == 2


def test_a_why_clause_does_not_make_a_rhythm_unmeasurable():
    measurable = criterion("Walk every day so that I can improve my mood", "measurable")
    assert measurable["score"] == 2 and measurable["reason"] == "You'll know by the numbers: every day."


@pytest.mark.parametrize("statement", ["Learn to swim", "Try to walk more", "Find ways to reduce stress",
                                       "Get better at trauma work to help veterans"])
def test_a_to_that_belongs_to_a_vague_action_changes_nothing(statement):
    assert criterion(statement, "specific")["score"] <= 1


def test_the_why_clause_still_names_who_it_is_for():
    specific = criterion("Attend a workshop to help clients with anxiety", "specific")
    assert specific["score"] == 2 and "anxiety" in specific["evidence"]


# --- B3, C14: "private practice" as a modifier or in the reason is not opening one -----------

def test_the_paths_business_plan_is_judged_as_a_business_plan():
    for parts in ({"deadline": dt.date(2027, 1, 23)}, {}):
        statement = "Write a business plan and fee schedule for my private practice"
        achievable = criterion(statement + ("" if parts else " by January 23"), "achievable", **parts)
        assert achievable["score"] == 2, achievable
        assert achievable["reason"] == "Realistic: the time fits writing a business plan (typically 2 months)."


@pytest.mark.parametrize("deadline", [dt.date(2027, 1, 31), dt.date(2027, 5, 31)])
def test_saving_for_a_practice_fund_is_judged_as_saving(deadline):
    achievable = criterion("Save $6,000 for my private practice fund", "achievable", deadline=deadline,
                           target=6000, unit="dollars")
    assert achievable["score"] == 1 and achievable["reason"] == "Nothing yet says how it fits your budget."
    assert "private practice" not in achievable["suggestion"]


def test_the_reason_clause_is_not_the_milestone():
    achievable = criterion("Send no work email replies after 7pm on weekdays so that I avoid burnout before "
                           "opening my practice", "achievable", deadline=dt.date(2027, 3, 31))
    assert "private practice" not in achievable["reason"]


@pytest.mark.parametrize("statement", ["Open my private practice by June 30, 2027",
                                       "Go into private practice by June 30, 2027",
                                       "Start a private practice by June 30, 2027"])
def test_opening_the_practice_is_still_the_milestone(statement):
    assert "opening a private practice" in criterion(statement, "achievable")["reason"]


@pytest.mark.parametrize("statement", ["See 20 clients a week in my private practice by June 30, 2027",
                                       "Build a website for my private practice by January 31",
                                       "Complete 270 hours of addiction-specific education for the CADC by "
                                       "January 31"])
def test_a_milestone_named_as_what_the_object_is_for_is_not_the_goals_milestone(statement):
    achievable = criterion(statement, "achievable")
    assert "usually takes" not in achievable["reason"] and "credential" not in achievable["reason"], achievable


@pytest.mark.parametrize("statement", ["Study for the NCE by January 31", "Register for the NCE by March 31"])
def test_a_verb_that_aims_at_the_milestone_keeps_it(statement):
    assert "NCE" in criterion(statement, "achievable")["reason"]


def test_a_deadline_whole_calendar_months_ahead_meets_that_minimum():
    # December 31 + 6 months is June 30: 181 days, fewer than 6 x 30.44
    card = score(GoalText("Defend my dissertation by June 30"), dt.date(2025, 12, 31))["criteria"]["achievable"]
    assert card["score"] == 1 and card["reason"].startswith("Tight: 5.9 months from now")


def _path_milestones():
    from clingoals.career import builtin_paths
    return [(path.id, m) for path in builtin_paths() for m in path.milestones]


@pytest.mark.parametrize("path,milestone", _path_milestones(), ids=lambda x: getattr(x, "statement", x)[:40])
def test_no_path_milestone_is_unachievable_at_its_own_suggested_duration(path, milestone):
    # the tool dates each milestone at least its own months ahead (goals path start): it must
    # never then call that date unachievable
    from dateutil.relativedelta import relativedelta
    due = TODAY + relativedelta(months=round(milestone.months))
    achievable = score(GoalText(milestone.statement, deadline=due), TODAY)["criteria"]["achievable"]
    assert achievable["score"] >= 1, (path, achievable["reason"])


# --- C13: a stop-doing limit with a clock time is kept each day, not done once ----------------

@pytest.mark.parametrize("statement", ["Stop answering work email after 7pm", "No work email after 7pm"])
def test_a_stop_doing_limit_with_a_deadline_is_checked_each_day(statement):
    for deadline in (dt.date(2027, 3, 31), None):
        measurable = criterion(statement, "measurable", deadline=deadline)
        assert measurable["score"] == 2
        assert measurable["reason"] == f"Checkable each day: '{statement}', kept or not.", measurable


def test_a_one_off_by_a_clock_time_stays_a_one_off():
    measurable = criterion("Submit the report by 5 pm on June 30", "measurable")
    assert "each day" not in measurable["reason"]


# --- C12: the spoken "so I ..." why counts (the scorer side) -------------------------------------

@pytest.mark.parametrize("parts", [{"why": "so I have energy for my clients"}, {}])
def test_a_spoken_so_i_why_raises_relevant_from_0_to_1(parts):
    statement = "Sleep 7 hours on weeknights" + ("" if parts else " so I have energy for my clients")
    relevant = criterion(statement, "relevant", aspirations=DANA, **parts)
    assert relevant["score"] == 1
    assert criterion("Sleep 7 hours on weeknights", "relevant", aspirations=DANA)["score"] == 0


# --- C11: a personal goal judged against work aspirations is offered a personal one -----------

@pytest.mark.parametrize("statement", ["Run twice a week", "Stop answering work email after 7pm",
                                       "Sleep 7 hours on weeknights"])
def test_a_personal_goal_without_a_personal_aspiration_is_offered_one(statement):
    relevant = criterion(statement, "relevant", aspirations=DANA)
    assert relevant["score"] == 0  # aspirations are declared and it serves none of them
    assert relevant["reason"].endswith("they are about work, and this reads as a personal goal.")
    assert "rested and healthy" in relevant["suggestion"] and "qualify" not in relevant["suggestion"]


def test_a_personal_goal_serves_a_declared_personal_aspiration():
    relevant = criterion("Run twice a week", "relevant", aspirations=DANA + ("rested and healthy",),
                         linked_aspirations=("rested and healthy",))
    assert relevant["score"] == 2


def test_a_work_goal_keeps_the_work_suggestion():
    relevant = criterion("Complete a 12-hour ethics course by June 30", "relevant", aspirations=("researcher",))
    assert relevant["score"] == 0 and "to qualify for" in relevant["suggestion"]


def test_a_verb_with_no_is_a_limit_to_keep_not_hours_to_find():
    achievable = criterion("Send no work email replies after 7pm on weekdays so that I avoid burnout before "
                           "opening my practice", "achievable", deadline=dt.date(2027, 3, 31))
    assert achievable["score"] == 1
    assert achievable["reason"] == "Nothing yet says what could make it hard to keep, or how you'll handle it."
    assert "hours a week" not in criterion("Take no more than 25 clients a week by June 30", "achievable")["reason"]
