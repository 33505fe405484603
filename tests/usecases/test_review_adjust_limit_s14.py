"""Session 14, review2: a goal given its first target at the review's
'adjust' is asked its progress as what it becomes: a statement keeping
spending under a sum is a limit, and a week spanning two months asks which
one the spending counts in (the periods), as for any limit."""

from __future__ import annotations

import datetime as dt

from clingoals.usecases import goals, review

ADDED, TODAY = dt.date(2026, 11, 10), dt.date(2026, 12, 1)


def _now(day):
    return f"{day.isoformat()}T09:30:00-05:00"


def _takeout(store):
    fields = goals.new_goal_fields(statement="Keep takeout spending under $150 a month, down from $300",
                                   due="2027-03-31", today=ADDED)
    assert fields.get("target") is None                        # two sums: no target read
    return goals.add_goal(store, fields, today=ADDED, now=_now(ADDED))["id"]


def test_a_first_target_at_adjust_makes_a_limit_whose_week_spans_two_months(store):
    goal_id = _takeout(store)
    aimed = review.aimed_goal(store, goal_id, {"target": 150, "unit": "dollars"}, today=TODAY)
    assert aimed["limit"] is True and aimed["period"] == "month"
    assert [p["name"] for p in aimed["periods"]] == ["November", "December"]
    item = next(i for i in review.goals_to_review(store, today=TODAY)["needy"] if i["goal"]["id"] == goal_id)
    assert item["periods"] is None                             # as stored (no target): no limit yet
    choice = {"progress": 90, "decision": "adjust", "reason": "set a budget", "progress_date": "2026-11-30",
              "adjust": {"target": 150, "unit": "dollars"}}
    saved = review.review_goal(store, goal_id, choice, today=TODAY, now=_now(TODAY))["goal"]
    assert (saved["spent"], saved["limit_left"]) == (0, 150)   # November's, not this month's


def test_a_first_target_on_another_goal_has_no_periods(store):
    fields = goals.new_goal_fields(statement="Walk after lunch three days a week", due="2027-03-31", today=ADDED)
    goal_id = goals.add_goal(store, fields, today=ADDED, now=_now(ADDED))["id"]
    aimed = review.aimed_goal(store, goal_id, {"target": 12, "unit": "walks"}, today=TODAY)
    assert not aimed["limit"] and aimed["periods"] is None and aimed["measure"]["target"] == 12
