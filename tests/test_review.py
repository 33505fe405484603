"""The digest, rhythm and streak: pure code at fixed dates."""

from __future__ import annotations

import datetime as dt

import pytest

from clingoals.errors import InvalidInput
from clingoals.review import digest, next_review, parse_answers, parse_rhythm, review_due, streak

D = dt.date
TODAY = D(2026, 5, 13)


def goal(i, deadline, status="active", last_activity="2026-05-10", start="2026-01-01", steps=()):
    return {"id": i, "title": f"goal {i}", "status": status, "deadline": deadline, "start_date": start,
            "days_left": (D.fromisoformat(deadline) - TODAY).days, "last_activity": last_activity,
            "steps": list(steps)}


def test_rhythms():
    assert parse_rhythm("Weekly") == "weekly" and parse_rhythm("monthly") == "monthly"
    assert parse_rhythm("every 10 days") == "10" and parse_rhythm("14") == "14"
    with pytest.raises(InvalidInput):
        parse_rhythm("fortnightly-ish")
    assert next_review(D(2026, 5, 6), None, "weekly") == D(2026, 5, 13)
    assert next_review(D(2026, 1, 31), None, "monthly") == D(2026, 2, 28)
    assert next_review(None, D(2026, 5, 1), "14") == D(2026, 5, 15)
    assert next_review(None, None, "weekly") is None
    assert review_due(D(2026, 5, 6), None, "weekly", TODAY) is True
    assert review_due(D(2026, 5, 7), None, "weekly", TODAY) is False


def test_digest_at_a_fixed_date():
    goals = [
        goal(1, "2026-05-20"),                                        # due soon
        goal(2, "2026-05-01"),                                        # overdue
        goal(3, "2026-12-31", last_activity="2026-04-01"),            # stale (42 days)
        goal(4, "2026-12-31", last_activity="2026-04-22"),            # exactly 21 days: stale
        goal(5, "2026-12-31", status="done"),
        goal(6, "2026-12-31", steps=[
            {"id": 1, "text": "book exam", "due": "2026-05-20", "done": False},
            {"id": 2, "text": "old step", "due": "2026-05-01", "done": False},
            {"id": 3, "text": "done step", "due": None, "done": True, "done_at": "2026-05-10T09:00:00+00:00"},
        ]),
    ]
    data = digest(
        goals=goals,
        status_changes=[{"goal_id": 5, "status": "done", "changed_at": "2026-05-11T10:00:00+00:00"},
                        {"goal_id": 3, "status": "done", "changed_at": "2026-04-01T10:00:00+00:00"}],
        progress=[{"goal_id": 1, "title": "goal 1", "date": "2026-05-12", "value": 3, "note": None},
                  {"goal_id": 1, "title": "goal 1", "date": "2026-04-30", "value": 9, "note": None}],
        credits=[{"id": 1, "title": "Ethics", "date": "2026-05-08", "hours": 3.0},
                 {"id": 2, "title": "Old", "date": "2026-04-01", "hours": 5.0}],
        licenses=[{"name": "TX LPC", "remaining_hours": 14, "days_left": 263, "status": "behind", "next": "6 h ethics"}],
        last_review=D(2026, 5, 6), anchor=D(2026, 1, 1), rhythm="weekly", today=TODAY,
    )
    assert (data["since"], data["until"], data["last_review"], data["review_due"]) == (
        "2026-05-06", "2026-05-13", "2026-05-06", True)
    assert [g["id"] for g in data["completed"]] == [5]
    assert [p["value"] for p in data["progress"]] == [3]
    assert data["ce"]["hours_logged"] == 3.0 and data["ce"]["licenses"][0]["remaining_hours"] == 14
    assert [g["id"] for g in data["due_soon"]] == [1]
    assert [g["id"] for g in data["overdue"]] == [2]
    assert [g["id"] for g in data["stale"]] == [3, 4]
    assert [s["step_id"] for s in data["steps_due_soon"]] == [1]
    assert [s["step_id"] for s in data["steps_overdue"]] == [2]
    assert [s["step_id"] for s in data["steps_done"]] == [3]


def test_first_digest_covers_the_last_seven_days():
    data = digest(goals=[], status_changes=[], progress=[], credits=[], licenses=[], last_review=None,
                  anchor=None, rhythm="weekly", today=TODAY)
    assert data["since"] == "2026-05-06" and data["last_review"] is None and data["review_due"] is False


def test_streak():
    weekly = [D(2026, 4, 15), D(2026, 4, 22), D(2026, 4, 29), D(2026, 5, 6), D(2026, 5, 13)]
    assert streak(weekly, "weekly", TODAY) == 5
    gap = [D(2026, 4, 1), D(2026, 4, 22), D(2026, 4, 29), D(2026, 5, 6)]
    assert streak(gap, "weekly", TODAY) == 3
    assert streak(gap, "weekly", D(2026, 5, 20)) == 0  # the next one is overdue
    assert streak([], "weekly", TODAY) == 0


@pytest.mark.parametrize("data,message", [
    ({"energy": 7}, "energy must be a whole number from 1 to 5"),
    ({"stress": "high"}, "stress must be"),
    ({"goals": {"x": {}}}, "not a goal id"),
    ({"goals": {"1": {"decision": "maybe"}}}, "decision must be one of"),
    ({"goals": {"1": {"progress": "lots"}}}, "progress must be a number"),
    ({"mood": "ok"}, "Unknown answer key"),
])
def test_bad_answers(data, message):
    with pytest.raises(InvalidInput) as info:
        parse_answers(data)
    assert message in str(info.value)
