"""Trial 15 C10 (misc17): a goal kept week by week with nothing logged since
it began comes up among the goals that need you, past its first week; a
milestone months away does not, nor a habit logged on."""

from __future__ import annotations

import datetime as dt

from clingoals.usecases import goals, review

STARTED = dt.date(2026, 11, 24)


def _now(day):
    return f"{day.isoformat()}T09:30:00-05:00"


def _add(store, statement, due, added=STARTED, **extra):
    fields = goals.new_goal_fields(statement=statement, due=due, today=added, **extra)
    return goals.add_goal(store, fields, today=added, now=_now(added))["id"]


def _log(store, goal_id, value, day):
    goals.log_progress(store, goal_id, value, today=day, now=_now(day))


def _needy(store, day):
    plan = review.goals_to_review(store, today=day)
    return {item["goal"]["id"]: item["reasons"] for item in plan["needy"]}, \
        [item["goal"]["id"] for item in plan["others"]]


def test_an_unlogged_stop_goal_needs_you_a_week_and_two_weeks_after_it_began(store):
    email = _add(store, "Stop answering work email after 6pm on weekdays through February 28, 2027", "2027-02-28")
    evenings = _add(store, "Keep screen-free evenings with my partner 4 nights a week through March 31, 2027", "2027-03-31")
    supervisor = _add(store, "Become an approved clinical supervisor (20 hours of supervision training) "
                             "by September 30, 2027", "2027-09-30")
    runs = _add(store, "Run 3 times a week to run a 10k by April 25, 2027", "2027-04-25")
    _log(store, runs, 2, STARTED + dt.timedelta(days=6))

    needy, others = _needy(store, STARTED + dt.timedelta(days=6))          # still its first week
    assert email not in needy and evenings not in needy

    needy, others = _needy(store, STARTED + dt.timedelta(days=7))
    assert needy[email] == ["nothing logged since it began 7 days ago (2026-11-24)"]
    assert needy[evenings] == ["nothing logged since it began 7 days ago (2026-11-24)"]
    assert supervisor in others                                             # a milestone months away

    needy, others = _needy(store, STARTED + dt.timedelta(days=14))
    assert needy == {email: ["nothing logged since it began 14 days ago (2026-11-24)"],
                     evenings: ["nothing logged since it began 14 days ago (2026-11-24)"]}
    assert sorted(others) == sorted([supervisor, runs])                     # logged on: not flooding the list

    _log(store, email, 3, STARTED + dt.timedelta(days=14))
    needy, _ = _needy(store, STARTED + dt.timedelta(days=14))
    assert needy[email] == ["moved this week: +3"] and email in needy


def test_past_three_weeks_it_is_stale_once_not_twice(store):
    email = _add(store, "Stop answering work email after 6pm on weekdays through February 28, 2027", "2027-02-28")
    needy, _ = _needy(store, STARTED + dt.timedelta(days=22))
    assert needy[email] == ["no progress, step or edit for 22 days"]


def test_a_goal_added_with_an_earlier_start_gets_its_first_week_from_the_day_it_was_added(store):
    added = STARTED + dt.timedelta(days=14)
    walk = _add(store, "Walk after lunch on weekdays through March 31, 2027", "2027-03-31", added=added,
                start="2026-11-01")
    needy, others = _needy(store, added)
    assert walk in others
    needy, _ = _needy(store, added + dt.timedelta(days=7))
    assert needy[walk] == ["nothing logged since it began 7 days ago (2026-12-08)"]
