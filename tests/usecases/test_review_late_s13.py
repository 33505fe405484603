"""Progress logged late (`goals log 7 1 --date <a day before the week>`):
news at the next review, said apart from what moved this week, and not
counted as "already logged this week" (the progress question's "on top of");
a day before the goal's start, or in the future, as `goals log` takes it."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.errors import InvalidInput
from clingoals.usecases import goals, review

ADDED = dt.date(2026, 11, 3)
REVIEWED = dt.date(2026, 11, 17)  # the week under review at TODAY runs from here
TODAY = dt.date(2026, 11, 24)


def _now(day):
    return f"{day.isoformat()}T09:30:00-05:00"


def _walks(store):
    fields = goals.new_goal_fields(statement="Walk 30 minutes after lunch 3 days a week", due="2027-02-28",
                                   today=ADDED, target=51, unit="walks")
    return goals.add_goal(store, fields, today=ADDED, now=_now(ADDED))["id"]


def _item(store, goal_id):
    plan = review.goals_to_review(store, today=TODAY)
    return next(item for item in plan["needy"] + plan["others"] if item["goal"]["id"] == goal_id)


def test_an_entry_logged_this_week_for_an_earlier_week_is_said_apart(store):
    walks = _walks(store)
    goals.log_progress(store, walks, 2, today=dt.date(2026, 11, 10), now=_now(dt.date(2026, 11, 10)))
    review.review_goal(store, walks, {"decision": "keep"}, today=REVIEWED, now=_now(REVIEWED))
    review.finish_review(store, {}, today=REVIEWED, now=_now(REVIEWED))
    goals.log_progress(store, walks, 1, today=dt.date(2026, 11, 18), now=_now(dt.date(2026, 11, 18)))
    goals.log_progress(store, walks, 1, entry_date="2026-11-12", today=dt.date(2026, 11, 22),
                       now=_now(dt.date(2026, 11, 22)))                      # logged late, for the week before
    item = _item(store, walks)
    assert item["reasons"] == ["moved this week: +1 walk",
                               "logged this week for an earlier day: +1 walk (2026-11-12)"]
    assert item["logged_this_week"] == 1                                     # "on top of the +1 walk", not +2
    digest = review.digest(store, today=TODAY, scored=False)                 # the digest lists both, dated
    assert [(p["date"], p["value"]) for p in digest["progress"]] == [("2026-11-12", 1), ("2026-11-18", 1)]
    assert goals.goal_data(store, walks, today=TODAY)["measure"]["current"] == 4


def test_only_a_late_entry_is_no_move_this_week(store):
    walks = _walks(store)
    review.review_goal(store, walks, {"decision": "keep"}, today=REVIEWED, now=_now(REVIEWED))
    review.finish_review(store, {}, today=REVIEWED, now=_now(REVIEWED))
    goals.log_progress(store, walks, 2, entry_date="2026-11-15", today=dt.date(2026, 11, 20),
                       now=_now(dt.date(2026, 11, 20)))
    item = _item(store, walks)
    assert not any(reason.startswith("moved this week") for reason in item["reasons"])
    assert "logged this week for an earlier day: +2 walks (2026-11-15)" in item["reasons"]
    assert item["logged_this_week"] is None


@pytest.mark.parametrize("day,message", [("2026-11-25", "is in the future"), ("tomorrow", "is in the future")])
def test_a_late_entry_in_the_future_is_refused(store, day, message):
    walks = _walks(store)
    with pytest.raises(InvalidInput) as info:
        goals.log_progress(store, walks, 1, entry_date=day, today=TODAY, now=_now(TODAY))
    assert message in str(info.value) and "\n" not in str(info.value)
    assert goals.goal_data(store, walks, today=TODAY)["measure"]["current"] in (None, 0)


def test_what_a_review_left_unfinished_yesterday_logged_is_this_weeks(store):
    """A review paused on Dec 2 and never finished: the Dec 3 review asked
    the same goal again 'on top of' only what `goals log` logged, and its
    digest left the paused review's entries out, so its 3 nights were
    logged twice."""
    walks = _walks(store)
    goals.log_progress(store, walks, 2, today=dt.date(2026, 11, 26), now=_now(dt.date(2026, 11, 26)))
    paused = dt.date(2026, 12, 2)
    review.review_goal(store, walks, {"progress": 3, "decision": "keep"}, today=paused, now=_now(paused))
    # no finish_review: Ctrl-C at the reflection, and the next run is the next day
    day = dt.date(2026, 12, 3)
    plan = review.goals_to_review(store, today=day)
    item = next(i for i in plan["needy"] + plan["others"] if i["goal"]["id"] == walks)
    assert item["logged_this_week"] == 5 and item["reasons"] == ["moved this week: +5 walks"]
    digest = review.digest(store, today=day, scored=False)
    assert sorted(p["value"] for p in digest["progress"]) == [2, 3]
    # a finished review's entries stay its own: not this week's news at the next one
    review.review_goal(store, walks, {"decision": "keep"}, today=day, now=_now(day))
    review.finish_review(store, {}, today=day, now=_now(day))
    later = dt.date(2026, 12, 10)
    assert review.digest(store, today=later, scored=False)["progress"] == []
    plan = review.goals_to_review(store, today=later)
    item = next(i for i in plan["needy"] + plan["others"] if i["goal"]["id"] == walks)
    assert item["logged_this_week"] is None
